-- Accounts with roles instead of one shared admin password, invitations (and the first-run setup link), and the
-- audit log of editorial and administrative actions. Only hashes of passwords and of link tokens are stored.
CREATE TABLE users (
    id                  VARCHAR(40)  PRIMARY KEY,
    name                VARCHAR(100) NOT NULL UNIQUE,
    role                VARCHAR(16)  NOT NULL,
    password_hash       VARCHAR(300) NOT NULL,
    disabled            INTEGER      NOT NULL DEFAULT 0,
    created_at          BIGINT       NOT NULL,
    password_changed_at BIGINT       NOT NULL
);

-- The single password of older installations becomes the first admin's (upgraded to Argon2id at its next login).
INSERT INTO users (id, name, role, password_hash, disabled, created_at, password_changed_at)
SELECT '00000000-0000-7000-8000-000000000001', 'admin', 'admin', value, 0, 0, 0 FROM settings WHERE name = 'admin.password';
DELETE FROM settings WHERE name = 'admin.password';

-- A session now belongs to a user; sessions of the shared password end (one new login).
DELETE FROM admin_sessions;
ALTER TABLE admin_sessions ADD COLUMN user_id VARCHAR(40);
CREATE INDEX admin_sessions_user ON admin_sessions (user_id);

-- An invitation link for a role; purpose 'setup' is the first-run link (the first admin also sets up the site).
CREATE TABLE user_invites (
    token_hash  VARCHAR(64) PRIMARY KEY,
    purpose     VARCHAR(16) NOT NULL,
    role        VARCHAR(16) NOT NULL,
    created_by  VARCHAR(40),
    created_at  BIGINT      NOT NULL,
    expires_at  BIGINT,
    used_at     BIGINT,
    used_by     VARCHAR(40)
);

CREATE TABLE audit_log (
    id          VARCHAR(40)  PRIMARY KEY,
    at          BIGINT       NOT NULL,
    user_id     VARCHAR(40),
    user_name   VARCHAR(100),
    action      VARCHAR(60)  NOT NULL,
    target      VARCHAR(300),
    before_json TEXT,
    after_json  TEXT,
    client      VARCHAR(64)
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_user ON audit_log (user_name, at);
CREATE INDEX audit_log_action ON audit_log (action, at);
