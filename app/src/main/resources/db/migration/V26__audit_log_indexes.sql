-- Issue 17: /admin/audit lists the log newest first, the id as tie-break, all of it or one user's (any case) or one
-- action's; the log grows with every login, change and reader comment. Each way has an index in that order, so a page
-- reads one range up to its LIMIT; the filter's actions are read one index seek each (store.DistinctValues).
-- Portable SQL (SQLite and PostgreSQL).
CREATE INDEX audit_log_newest ON audit_log (at, id);
DROP INDEX audit_log_at;
CREATE INDEX audit_log_by_user ON audit_log (LOWER(user_name), at, id);
DROP INDEX audit_log_user;
CREATE INDEX audit_log_by_action ON audit_log (action, at, id);
DROP INDEX audit_log_action;
