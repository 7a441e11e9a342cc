-- Admin sessions kept on the server, so that logging out ends one and "log out everywhere" ends them all
-- (a signed cookie alone stayed valid until it expired). Only a hash of the cookie's token is stored.
CREATE TABLE admin_sessions (
    token_hash  VARCHAR(64) PRIMARY KEY,
    created_at  BIGINT      NOT NULL,
    expires_at  BIGINT      NOT NULL
);
CREATE INDEX admin_sessions_expiry ON admin_sessions (expires_at);
