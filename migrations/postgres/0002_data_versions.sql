-- A version counter per area of data, bumped by triggers in the same
-- transaction as every write, so that app servers can keep derived pages and
-- know, with one cheap query, whether they are still current.

CREATE TABLE data_versions (
    area TEXT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO data_versions (area, version) VALUES ('directory', 1);

CREATE FUNCTION bump_directory_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_versions SET version = version + 1 WHERE area = 'directory';
    RETURN NULL;
END
$$;

CREATE TRIGGER places_version AFTER INSERT OR UPDATE OR DELETE ON places
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
CREATE TRIGGER place_parents_version AFTER INSERT OR UPDATE OR DELETE ON place_parents
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
CREATE TRIGGER institutions_version AFTER INSERT OR UPDATE OR DELETE ON institutions
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
CREATE TRIGGER positions_version AFTER INSERT OR UPDATE OR DELETE ON positions
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
CREATE TRIGGER people_version AFTER INSERT OR UPDATE OR DELETE ON people
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
CREATE TRIGGER position_holders_version AFTER INSERT OR UPDATE OR DELETE ON position_holders
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
CREATE TRIGGER structures_version AFTER INSERT OR UPDATE OR DELETE ON structures
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
CREATE TRIGGER structure_members_version AFTER INSERT OR UPDATE OR DELETE ON structure_members
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
CREATE TRIGGER hubs_version AFTER INSERT OR UPDATE OR DELETE ON hubs
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
CREATE TRIGGER memberships_version AFTER INSERT OR UPDATE OR DELETE ON memberships
    FOR EACH STATEMENT EXECUTE FUNCTION bump_directory_version();
