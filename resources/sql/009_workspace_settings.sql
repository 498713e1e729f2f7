-- Campaign Manager workspace, schema 9: settings that belong to the workspace rather than to one computer: its own
-- id (random, made once: what keys this workspace's entries elsewhere, e.g. in the keychain) and the region assumed
-- for phone numbers written without a country code.
CREATE TABLE workspace_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO workspace_settings (key, value) VALUES ('workspace_id', lower(hex(randomblob(16))));
INSERT INTO workspace_settings (key, value) VALUES ('phone_region', 'TR');
