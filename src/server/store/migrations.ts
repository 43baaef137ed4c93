/**
 * The server's schema, as an append-only list. Migration n brings a database from
 * schema version n-1 to n; a shipped migration is never edited, only followed by a new one.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'server metadata (epoch)',
    sql: `
      CREATE TABLE server_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      INSERT INTO server_meta (key, value)
        VALUES ('epoch', lower(hex(randomblob(16))));
    `,
  },
  {
    version: 2,
    description: 'accounts, roles, kern assignments, device sessions, audit log, reference lists',
    sql: `
      CREATE TABLE kernen (
        id        TEXT PRIMARY KEY,
        name      TEXT NOT NULL UNIQUE COLLATE NOCASE,
        kind      TEXT NOT NULL CHECK (kind IN ('dorp', 'buurtschap', 'buitengebied')),
        parent_id TEXT REFERENCES kernen (id),
        active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) STRICT;

      CREATE TABLE organisation_kinds (
        id     TEXT PRIMARY KEY,
        name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) STRICT;

      CREATE TABLE users (
        id            TEXT PRIMARY KEY,
        email         TEXT NOT NULL UNIQUE,
        display_name  TEXT NOT NULL,
        password_hash TEXT,
        status        TEXT NOT NULL CHECK (status IN ('invited', 'active', 'deactivated')),
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE user_roles (
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role    TEXT NOT NULL CHECK (role IN ('gebiedsverbinder', 'teamleider', 'beheerder')),
        PRIMARY KEY (user_id, role)
      ) STRICT;

      CREATE TABLE user_kernen (
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kern_id TEXT NOT NULL REFERENCES kernen (id),
        PRIMARY KEY (user_id, kern_id)
      ) STRICT;

      -- One-time links to set a password. user_id NULL: the link for the first administrator.
      CREATE TABLE setup_links (
        token_hash TEXT PRIMARY KEY,
        user_id    TEXT REFERENCES users (id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at    INTEGER
      ) STRICT;

      -- A signed-in device: one refresh-token family.
      CREATE TABLE device_sessions (
        id           TEXT PRIMARY KEY,
        user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        device_label TEXT NOT NULL,
        created_at   INTEGER NOT NULL,
        last_used_at INTEGER NOT NULL,
        expires_at   INTEGER NOT NULL,
        ended_at     INTEGER,
        end_reason   TEXT CHECK (end_reason IN ('logout', 'revoked', 'reuse'))
      ) STRICT;
      CREATE INDEX device_sessions_by_user ON device_sessions (user_id);

      -- Every access/refresh pair issued to a session; only hashes are kept.
      CREATE TABLE session_tokens (
        refresh_hash       TEXT PRIMARY KEY,
        session_id         TEXT NOT NULL REFERENCES device_sessions (id) ON DELETE CASCADE,
        access_hash        TEXT NOT NULL UNIQUE,
        access_expires_at  INTEGER NOT NULL,
        refresh_expires_at INTEGER NOT NULL,
        issued_at          INTEGER NOT NULL,
        rotated_at         INTEGER,
        superseded_at      INTEGER,
        parent_hash        TEXT
      ) STRICT;
      CREATE INDEX session_tokens_by_session ON session_tokens (session_id);

      -- Who did what to which object, with what result, from where. Never secrets.
      CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        at          INTEGER NOT NULL,
        actor_id    TEXT,
        action      TEXT NOT NULL,
        object_type TEXT,
        object_id   TEXT,
        result      TEXT NOT NULL CHECK (result IN ('ok', 'refused')),
        origin      TEXT
      ) STRICT;
      CREATE INDEX audit_log_by_time ON audit_log (at);
    `,
  },
  {
    version: 3,
    description: 'synced records, sync clients, rejected mutations',
    sql: `
      -- Every synced record as its latest JSON, numbered by seq: the server's change order,
      -- which is the pull cursor. A change gives the row a new seq, so a pull after cursor c
      -- returns each record changed since c once, in its latest form.
      -- field_versions: per field, the seq, client and user of its last write (for conflicts).
      -- scope: JSON list of keys ('all', 'kern:<id>', 'user:<id>') that may read the row.
      CREATE TABLE sync_records (
        table_name     TEXT NOT NULL,
        record_id      TEXT NOT NULL,
        seq            INTEGER NOT NULL,
        data           TEXT NOT NULL,
        field_versions TEXT NOT NULL,
        scope          TEXT NOT NULL,
        deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        PRIMARY KEY (table_name, record_id)
      ) STRICT;
      CREATE UNIQUE INDEX sync_records_by_seq ON sync_records (seq);

      -- One row per device database: whose it is and the last mutation id it processed.
      CREATE TABLE sync_clients (
        client_id        TEXT PRIMARY KEY,
        user_id          TEXT NOT NULL REFERENCES users (id),
        last_mutation_id INTEGER NOT NULL,
        created_at       INTEGER NOT NULL,
        last_seen_at     INTEGER NOT NULL
      ) STRICT;

      -- Mutations that can never apply; a retried push gets the same answer for them.
      CREATE TABLE sync_rejections (
        client_id    TEXT NOT NULL,
        mutation_id  INTEGER NOT NULL,
        reason       TEXT NOT NULL,
        PRIMARY KEY (client_id, mutation_id)
      ) STRICT;
    `,
  },
  {
    version: 4,
    description: 'municipal settings, starting with the feedback term (four weeks)',
    sql: `
      -- One JSON value per key, checked by the shared schema when read and written.
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      INSERT INTO settings (key, value)
        VALUES ('feedback-term', '{"unit":"weeks","amount":4}');
    `,
  },
  {
    version: 5,
    description: 'sync clients: their browser, what they still owe, and what a predecessor lost',
    sql: `
      -- device_id: the browser a client (one database) lives in, from an HttpOnly cookie.
      -- outbox_*: what the client last said it still had to send (OutboxReport).
      -- retired_at: replaced by a newer database in the same browser, or signed out.
      -- lost_*: what the retired predecessors in this browser still owed when this client
      -- replaced them; the device shows it until read (lost-changes.ts).
      ALTER TABLE sync_clients ADD COLUMN device_id TEXT;
      ALTER TABLE sync_clients ADD COLUMN outbox_last_numbered INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE sync_clients ADD COLUMN outbox_waiting INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE sync_clients ADD COLUMN retired_at INTEGER;
      ALTER TABLE sync_clients ADD COLUMN lost_changes INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE sync_clients ADD COLUMN lost_last_contact_at INTEGER;
      CREATE INDEX sync_clients_by_device ON sync_clients (user_id, device_id)
        WHERE retired_at IS NULL;
    `,
  },
  {
    version: 6,
    description: 'synced records keyed by seq, with who wrote which fields per write',
    sql: `
      -- seq becomes the row id: rows are stored in pull order, and the separate index on seq
      -- (one more b-tree to write per change) goes. field_versions, a [seq, client, user]
      -- per field, becomes field_writes, one [seq, client, user, fields] per write: a field
      -- belongs to the last write that names it, else to the first (field-writes.ts).
      CREATE TABLE sync_records_v6 (
        seq          INTEGER PRIMARY KEY,
        table_name   TEXT NOT NULL,
        record_id    TEXT NOT NULL,
        data         TEXT NOT NULL,
        field_writes TEXT NOT NULL,
        scope        TEXT NOT NULL,
        deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        UNIQUE (table_name, record_id)
      ) STRICT;
      -- Every field keeps its write: the fields with the same [seq, client, user] are grouped,
      -- oldest write first, each naming its fields.
      INSERT INTO sync_records_v6 (seq, table_name, record_id, data, field_writes, scope, deleted)
        SELECT r.seq, r.table_name, r.record_id, r.data, (
            SELECT coalesce(json_group_array(json(w.write) ORDER BY w.seq), '[]')
            FROM (
              SELECT v.value ->> 0 AS seq,
                     json_array(v.value ->> 0, v.value ->> 1, v.value ->> 2,
                                json_group_array(v.key)) AS write
              FROM json_each(r.field_versions) AS v
              GROUP BY v.value ->> 0, v.value ->> 1, v.value ->> 2
            ) AS w
          ), r.scope, r.deleted
        FROM sync_records AS r;
      DROP TABLE sync_records;
      ALTER TABLE sync_records_v6 RENAME TO sync_records;
    `,
  },
  {
    version: 7,
    description: 'sign-in throttle in the database; the browser each token pair was issued to',
    sql: `
      -- Sign-in attempts per key ('account:' or 'address:' + a SHA-256 of the e-mail or client
      -- address, so typed e-mail addresses of strangers are not kept), counted in a fixed
      -- window. In the database so that a restart forgives nothing and several server
      -- processes share one count (login-throttle.ts).
      CREATE TABLE login_throttle (
        key          TEXT PRIMARY KEY,
        attempts     INTEGER NOT NULL,
        window_start INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX login_throttle_by_window ON login_throttle (window_start);

      -- device_id: the noaber_device cookie of the request the pair was issued to. A lost
      -- answer may be retried only from that browser (session-service.ts).
      ALTER TABLE session_tokens ADD COLUMN device_id TEXT;
    `,
  },
  {
    version: 8,
    description: 'synced records indexed by who may read them, so a pull walks only those',
    sql: `
      -- One entry per scope key of a row: a scoped pull walks the entries of the viewer's keys
      -- after its cursor instead of every row. Kept in step by the triggers below, so every
      -- write of sync_records (an upsert gives the row a new seq) moves its entries along.
      CREATE TABLE sync_record_scope (
        scope_key TEXT NOT NULL,
        seq       INTEGER NOT NULL,
        PRIMARY KEY (scope_key, seq)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO sync_record_scope (scope_key, seq)
        SELECT DISTINCT s.value, r.seq FROM sync_records AS r, json_each(r.scope) AS s;

      -- The store writes each scope with every key once (an initiative registered by and
      -- assigned to the same person lists them twice); rows of before are filled DISTINCT.
      -- Not DISTINCT or OR IGNORE in the triggers: the first costs a push a fifth more, the
      -- second is overridden by the outer upsert's conflict policy (abort) on its update path.
      CREATE TRIGGER sync_records_scope_insert AFTER INSERT ON sync_records BEGIN
        INSERT INTO sync_record_scope (scope_key, seq)
          SELECT value, new.seq FROM json_each(new.scope);
      END;
      CREATE TRIGGER sync_records_scope_update AFTER UPDATE OF seq, scope ON sync_records BEGIN
        DELETE FROM sync_record_scope
          WHERE seq = old.seq AND scope_key IN (SELECT value FROM json_each(old.scope));
        INSERT INTO sync_record_scope (scope_key, seq)
          SELECT value, new.seq FROM json_each(new.scope);
      END;
      CREATE TRIGGER sync_records_scope_delete AFTER DELETE ON sync_records BEGIN
        DELETE FROM sync_record_scope
          WHERE seq = old.seq AND scope_key IN (SELECT value FROM json_each(old.scope));
      END;
    `,
  },
  {
    version: 9,
    description: 'request counts per key and fixed time window (the push rate limit)',
    sql: `
      -- One row per key (e.g. push:<user id>): the start of its current window and how many
      -- requests it counted in it. In the database, so every server process shares it.
      CREATE TABLE rate_windows (
        key          TEXT PRIMARY KEY,
        window_start INTEGER NOT NULL,
        hits         INTEGER NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 10,
    description: 'sync clients linked to their device session; the quarantine of revoked devices',
    sql: `
      -- session_id: the device session whose access token the client's last sync request
      -- carried, so the beheerder's device list can say what each device still has to send.
      ALTER TABLE sync_clients ADD COLUMN session_id TEXT;
      CREATE INDEX sync_clients_by_session ON sync_clients (session_id)
        WHERE session_id IS NOT NULL;

      -- The outbox of a revoked device, delivered once (UNIQUE session_id) as it came, for a
      -- beheerder to accept (applied as the account's own push) or discard (quarantine.ts).
      -- mutations: the delivered JSON array; emptied when discarded.
      CREATE TABLE quarantine (
        id             TEXT PRIMARY KEY,
        session_id     TEXT NOT NULL UNIQUE REFERENCES device_sessions (id),
        user_id        TEXT NOT NULL REFERENCES users (id),
        client_id      TEXT NOT NULL,
        epoch          TEXT,
        protocol       INTEGER NOT NULL,
        delivered_at   INTEGER NOT NULL,
        mutation_count INTEGER NOT NULL,
        mutations      TEXT NOT NULL,
        decided_at     INTEGER,
        decided_by     TEXT REFERENCES users (id),
        decision       TEXT CHECK (decision IN ('accepted', 'discarded')),
        applied        INTEGER,
        rejected       INTEGER
      ) STRICT;
      CREATE INDEX quarantine_by_delivery ON quarantine (delivered_at);
    `,
  },
  {
    version: 11,
    description: 'AVG: erased people and list entries, the access log, retention job runs',
    sql: `
      -- People erased (art. 17 or a retention term): only the id, which names no one once
      -- the record is emptied, so that a device's late edit to them is refused (erasure.ts).
      CREATE TABLE erased_people (
        person_id TEXT PRIMARY KEY,
        erased_at INTEGER NOT NULL,
        cause     TEXT NOT NULL CHECK (cause IN ('request', 'retention'))
      ) STRICT;

      -- Entries of append-only lists taken out by an erasure or a retention term (older note
      -- revisions holding a name): a device that still holds one cannot merge it back.
      CREATE TABLE erased_entries (
        entry_id  TEXT PRIMARY KEY,
        erased_at INTEGER NOT NULL
      ) STRICT;

      -- Which account received which person's data, compact: one row per person, account,
      -- municipal day and way (a pull page, an export), counting the rows. Kept for its own
      -- retention term (access-log.ts).
      CREATE TABLE access_log (
        person_id TEXT NOT NULL,
        user_id   TEXT NOT NULL,
        day       TEXT NOT NULL,
        via       TEXT NOT NULL CHECK (via IN ('pull', 'export')),
        rows      INTEGER NOT NULL,
        PRIMARY KEY (person_id, user_id, day, via)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX access_log_by_day ON access_log (day);

      -- Server jobs run by one process at a time: who holds the lease until when, and when
      -- the job last ran to the end (so a server that was down catches up at its start).
      CREATE TABLE job_runs (
        job         TEXT PRIMARY KEY,
        holder      TEXT,
        lease_until INTEGER NOT NULL DEFAULT 0,
        last_run_at INTEGER
      ) STRICT;
    `,
  },
  {
    version: 12,
    description: "residents' ideas from the form at /idee, their photos, and the mail outbox",
    sql: `
      -- One row per idea a resident sent (id made by their phone: a resend is recognised).
      -- code_hash: SHA-256 of the code, which is a bearer secret (the status page's key).
      -- text_hash: SHA-256 of the normalised title and description, for "the same text twice
      -- within a day is kept once". state: received | duplicate | spam.
      -- initiative_id / person_id: the sync records it became (null for a duplicate).
      CREATE TABLE idea_submissions (
        id              TEXT PRIMARY KEY,
        code_hash       TEXT NOT NULL UNIQUE,
        text_hash       TEXT NOT NULL,
        state           TEXT NOT NULL CHECK (state IN ('received', 'duplicate', 'spam')),
        initiative_id   TEXT,
        person_id       TEXT,
        email           TEXT NOT NULL,
        language        TEXT NOT NULL CHECK (language IN ('nl', 'en')),
        received_at     INTEGER NOT NULL,
        -- What the resident was last mailed about (status and number of shared entries).
        notified_status TEXT,
        notified_shared INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX idea_submissions_by_text ON idea_submissions (text_hash, received_at);
      CREATE INDEX idea_submissions_by_initiative ON idea_submissions (initiative_id);

      -- Photos with the database, so a backup holds them (checked by magic bytes and size).
      CREATE TABLE idea_photos (
        id            TEXT PRIMARY KEY,
        initiative_id TEXT NOT NULL,
        type          TEXT NOT NULL CHECK (type IN ('image/jpeg', 'image/png', 'image/webp')),
        bytes         BLOB NOT NULL,
        created_at    INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX idea_photos_by_initiative ON idea_photos (initiative_id);

      -- Mail to residents, sent by a loop with retries: an SMTP outage loses nothing.
      CREATE TABLE mail_outbox (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        recipient       TEXT NOT NULL,
        subject         TEXT NOT NULL,
        body            TEXT NOT NULL,
        created_at      INTEGER NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        sent_at         INTEGER,
        last_error      TEXT
      ) STRICT;
      CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;
    `,
  },
];

/** The version of the last migration: a new database gets it, an older one is brought to it. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
