-- A version for what a signed-in request's identity is read from: accounts,
-- their grants, and the sessions' state (revoked, second factor passed,
-- expiry). A server keeps each session as last read while this version and
-- the directory's (people, positions held) are unchanged. A session's
-- last-seen time changes on use and is left out.
INSERT INTO data_versions (area, version) VALUES ('access', 1);

CREATE FUNCTION bump_access_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_versions SET version = version + 1 WHERE area = 'access';
    RETURN NULL;
END
$$;

CREATE TRIGGER accounts_access_version AFTER INSERT OR UPDATE OR DELETE ON accounts
    FOR EACH STATEMENT EXECUTE FUNCTION bump_access_version();
CREATE TRIGGER role_grants_access_version AFTER INSERT OR UPDATE OR DELETE ON role_grants
    FOR EACH STATEMENT EXECUTE FUNCTION bump_access_version();
CREATE TRIGGER sessions_access_version AFTER UPDATE OF revoked_at, stage, expires_at, account_id OR DELETE ON sessions
    FOR EACH STATEMENT EXECUTE FUNCTION bump_access_version();
