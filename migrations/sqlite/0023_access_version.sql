-- A version for what a signed-in request's identity is read from: accounts,
-- their grants, and the sessions' state (revoked, second factor passed,
-- expiry). A server keeps each session as last read while this version and
-- the directory's (people, positions held) are unchanged. A session's
-- last-seen time changes on use and is left out.
INSERT INTO data_versions (area, version) VALUES ('access', 1);

CREATE TRIGGER accounts_insert_version AFTER INSERT ON accounts
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'access'; END;
CREATE TRIGGER accounts_update_version AFTER UPDATE ON accounts
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'access'; END;
CREATE TRIGGER accounts_delete_version AFTER DELETE ON accounts
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'access'; END;
CREATE TRIGGER role_grants_insert_version AFTER INSERT ON role_grants
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'access'; END;
CREATE TRIGGER role_grants_update_version AFTER UPDATE ON role_grants
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'access'; END;
CREATE TRIGGER role_grants_delete_version AFTER DELETE ON role_grants
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'access'; END;
CREATE TRIGGER sessions_update_version AFTER UPDATE OF revoked_at, stage, expires_at, account_id ON sessions
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'access'; END;
CREATE TRIGGER sessions_delete_version AFTER DELETE ON sessions
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'access'; END;
