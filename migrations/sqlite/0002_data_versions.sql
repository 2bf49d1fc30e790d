-- A version counter per area of data, bumped by triggers in the same
-- transaction as every write, so that app servers can keep derived pages and
-- know, with one cheap query, whether they are still current.

CREATE TABLE data_versions (
    area TEXT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO data_versions (area, version) VALUES ('directory', 1);

CREATE TRIGGER places_insert_version AFTER INSERT ON places
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER places_update_version AFTER UPDATE ON places
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER places_delete_version AFTER DELETE ON places
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER place_parents_insert_version AFTER INSERT ON place_parents
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER place_parents_update_version AFTER UPDATE ON place_parents
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER place_parents_delete_version AFTER DELETE ON place_parents
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER institutions_insert_version AFTER INSERT ON institutions
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER institutions_update_version AFTER UPDATE ON institutions
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER institutions_delete_version AFTER DELETE ON institutions
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER positions_insert_version AFTER INSERT ON positions
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER positions_update_version AFTER UPDATE ON positions
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER positions_delete_version AFTER DELETE ON positions
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER people_insert_version AFTER INSERT ON people
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER people_update_version AFTER UPDATE ON people
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER people_delete_version AFTER DELETE ON people
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER position_holders_insert_version AFTER INSERT ON position_holders
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER position_holders_update_version AFTER UPDATE ON position_holders
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER position_holders_delete_version AFTER DELETE ON position_holders
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER structures_insert_version AFTER INSERT ON structures
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER structures_update_version AFTER UPDATE ON structures
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER structures_delete_version AFTER DELETE ON structures
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER structure_members_insert_version AFTER INSERT ON structure_members
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER structure_members_update_version AFTER UPDATE ON structure_members
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER structure_members_delete_version AFTER DELETE ON structure_members
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER hubs_insert_version AFTER INSERT ON hubs
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER hubs_update_version AFTER UPDATE ON hubs
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER hubs_delete_version AFTER DELETE ON hubs
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER memberships_insert_version AFTER INSERT ON memberships
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER memberships_update_version AFTER UPDATE ON memberships
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
CREATE TRIGGER memberships_delete_version AFTER DELETE ON memberships
BEGIN UPDATE data_versions SET version = version + 1 WHERE area = 'directory'; END;
