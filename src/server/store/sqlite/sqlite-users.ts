import type Database from 'better-sqlite3';
import type { UserStatus } from '../../../shared/auth-api.ts';
import type { Role } from '../../../shared/roles.ts';
import type { UserPatch, UserRecord, UserRepository } from '../store.ts';

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  status: UserStatus;
  created_at: number;
  updated_at: number;
}

export class SqliteUsers implements UserRepository {
  constructor(private readonly db: Database.Database) {}

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  list(): UserRecord[] {
    const rows = this.db.prepare('SELECT * FROM users ORDER BY display_name, email').all();
    return (rows as UserRow[]).map((row) => this.withRolesAndKernen(row));
  }

  findById(id: string): UserRecord | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return row && this.withRolesAndKernen(row);
  }

  findByEmail(email: string): UserRecord | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE email = ?').get(email) as
      UserRow | undefined;
    return row && this.withRolesAndKernen(row);
  }

  insert(user: UserRecord): void {
    this.db
      .prepare(
        `INSERT INTO users (id, email, display_name, password_hash, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        user.id,
        user.email,
        user.displayName,
        user.passwordHash,
        user.status,
        user.createdAt,
        user.updatedAt,
      );
    this.replaceRoles(user.id, user.roles);
    this.replaceKernen(user.id, user.kernIds);
  }

  update(id: string, patch: UserPatch): void {
    const current = this.findById(id);
    if (!current) throw new Error(`no user ${id}`);
    this.db
      .prepare(
        `UPDATE users SET display_name = ?, password_hash = ?, status = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(
        patch.displayName ?? current.displayName,
        patch.passwordHash === undefined ? current.passwordHash : patch.passwordHash,
        patch.status ?? current.status,
        patch.updatedAt,
        id,
      );
    if (patch.roles) this.replaceRoles(id, patch.roles);
    if (patch.kernIds) this.replaceKernen(id, patch.kernIds);
  }

  private replaceRoles(userId: string, roles: readonly Role[]): void {
    this.db.prepare('DELETE FROM user_roles WHERE user_id = ?').run(userId);
    const insert = this.db.prepare('INSERT INTO user_roles (user_id, role) VALUES (?, ?)');
    for (const role of new Set(roles)) insert.run(userId, role);
  }

  private replaceKernen(userId: string, kernIds: readonly string[]): void {
    this.db.prepare('DELETE FROM user_kernen WHERE user_id = ?').run(userId);
    const insert = this.db.prepare('INSERT INTO user_kernen (user_id, kern_id) VALUES (?, ?)');
    for (const kernId of new Set(kernIds)) insert.run(userId, kernId);
  }

  private withRolesAndKernen(row: UserRow): UserRecord {
    const roles = this.db
      .prepare('SELECT role FROM user_roles WHERE user_id = ? ORDER BY role')
      .pluck()
      .all(row.id) as Role[];
    const kernIds = this.db
      .prepare('SELECT kern_id FROM user_kernen WHERE user_id = ? ORDER BY kern_id')
      .pluck()
      .all(row.id) as string[];
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      passwordHash: row.password_hash,
      status: row.status,
      roles,
      kernIds,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}
