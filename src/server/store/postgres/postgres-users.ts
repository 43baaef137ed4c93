import type { UserStatus } from '../../../shared/auth-api.ts';
import type { Role } from '../../../shared/roles.ts';
import type { Async, UserPatch, UserRecord, UserRepository } from '../store.ts';
import type { PostgresDb } from './postgres-db.ts';

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  status: UserStatus;
  created_at: number;
  updated_at: number;
  roles: Role[];
  kern_ids: string[];
}

/** A user with their roles and kernen, in one statement (one round trip, also for a list). */
const SELECT_USERS = `
  SELECT u.*,
         ARRAY(SELECT role FROM user_roles WHERE user_id = u.id ORDER BY role) AS roles,
         ARRAY(SELECT kern_id FROM user_kernen WHERE user_id = u.id ORDER BY kern_id) AS kern_ids
  FROM users AS u`;

const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  passwordHash: row.password_hash,
  status: row.status,
  roles: row.roles,
  kernIds: row.kern_ids,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export class PostgresUsers implements Async<UserRepository> {
  constructor(private readonly db: PostgresDb) {}

  async count(): Promise<number> {
    return (await this.db.row<{ n: number }>('SELECT count(*) AS n FROM users'))?.n ?? 0;
  }

  async list(): Promise<UserRecord[]> {
    const rows = await this.db.rows<UserRow>(`${SELECT_USERS} ORDER BY display_name, email`);
    return rows.map(toUser);
  }

  async findById(id: string): Promise<UserRecord | undefined> {
    const row = await this.db.row<UserRow>(`${SELECT_USERS} WHERE id = $1`, [id]);
    return row && toUser(row);
  }

  async findByEmail(email: string): Promise<UserRecord | undefined> {
    const row = await this.db.row<UserRow>(`${SELECT_USERS} WHERE email = $1`, [email]);
    return row && toUser(row);
  }

  /** The user, roles and kernen together: in a transaction of its own when not in one. */
  insert(user: UserRecord): Promise<void> {
    return this.db.transaction(async () => {
      await this.db.run(
        `INSERT INTO users (id, email, display_name, password_hash, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          user.id,
          user.email,
          user.displayName,
          user.passwordHash,
          user.status,
          user.createdAt,
          user.updatedAt,
        ],
      );
      await this.replaceRoles(user.id, user.roles);
      await this.replaceKernen(user.id, user.kernIds);
    });
  }

  update(id: string, patch: UserPatch): Promise<void> {
    return this.db.transaction(async () => {
      const current = await this.findById(id);
      if (!current) throw new Error(`no user ${id}`);
      await this.db.run(
        `UPDATE users SET display_name = $1, password_hash = $2, status = $3, updated_at = $4
         WHERE id = $5`,
        [
          patch.displayName ?? current.displayName,
          patch.passwordHash === undefined ? current.passwordHash : patch.passwordHash,
          patch.status ?? current.status,
          patch.updatedAt,
          id,
        ],
      );
      if (patch.roles) await this.replaceRoles(id, patch.roles);
      if (patch.kernIds) await this.replaceKernen(id, patch.kernIds);
    });
  }

  private async replaceRoles(userId: string, roles: readonly Role[]): Promise<void> {
    await this.db.run('DELETE FROM user_roles WHERE user_id = $1', [userId]);
    await this.db.run(
      'INSERT INTO user_roles (user_id, role) SELECT $1::text, unnest($2::text[])',
      [userId, [...new Set(roles)]],
    );
  }

  private async replaceKernen(userId: string, kernIds: readonly string[]): Promise<void> {
    await this.db.run('DELETE FROM user_kernen WHERE user_id = $1', [userId]);
    await this.db.run(
      'INSERT INTO user_kernen (user_id, kern_id) SELECT $1::text, unnest($2::text[])',
      [userId, [...new Set(kernIds)]],
    );
  }
}
