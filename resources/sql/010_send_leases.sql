-- Campaign Manager workspace, schema 10: one sender per campaign, across processes and machines; imports in chunks;
-- campaigns with their zone saved.
-- A send holds its campaign's lease while it runs and renews it (the heartbeat); another process, or another
-- machine on a shared workspace, sees who sends and leaves the campaign alone. A lease that expired, or whose
-- process on this host no longer runs, was left by a send that was interrupted: the next send (or run-due) takes it
-- over, and only then are the batches the old owner had in flight treated as interrupted.
CREATE TABLE send_leases (
    campaign_id  INTEGER PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,
    owner        TEXT NOT NULL,    -- a random id for one send
    host         TEXT NOT NULL,    -- its name, for the user
    machine      TEXT NOT NULL,    -- the machine and its boot, to tell whether its process still runs
    pid          INTEGER NOT NULL,
    program      TEXT NOT NULL,    -- campaign-manager, campaignctl
    started_at   TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);

-- Which send marked a batch submitting: finishing it checks the owner it expects.
ALTER TABLE send_batches ADD COLUMN owner TEXT;

-- Which host and process runs an import: imports commit in chunks, and one whose process died is reverted when the
-- workspace next opens there.
ALTER TABLE import_batches ADD COLUMN host TEXT;
ALTER TABLE import_batches ADD COLUMN pid INTEGER;
ALTER TABLE import_batches ADD COLUMN machine TEXT;
-- The last contact id whose row is in the search index (each chunk is indexed as it commits): the triggers keep the
-- index in step for a running import's rows up to it, and leave the rest to the chunk's own indexing.
ALTER TABLE import_batches ADD COLUMN indexed_through INTEGER NOT NULL DEFAULT 0;

DROP TRIGGER contacts_search_delete;
CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts
WHEN NOT EXISTS (SELECT 1 FROM import_batches b WHERE b.id = old.import_id AND b.state = 'running'
                 AND old.id > b.indexed_through) BEGIN
    INSERT INTO contacts_search (contacts_search, rowid, email, phone, first_name, last_name, city)
    VALUES ('delete', old.id, old.email, old.phone, old.first_name, old.last_name, old.city);
END;

DROP TRIGGER contacts_search_update;
CREATE TRIGGER contacts_search_update AFTER UPDATE OF email, phone, first_name, last_name, city ON contacts
WHEN NOT EXISTS (SELECT 1 FROM import_batches b WHERE b.id = old.import_id AND b.state = 'running'
                 AND old.id > b.indexed_through) BEGIN
    INSERT INTO contacts_search (contacts_search, rowid, email, phone, first_name, last_name, city)
    VALUES ('delete', old.id, old.email, old.phone, old.first_name, old.last_name, old.city);
    INSERT INTO contacts_search (rowid, email, phone, first_name, last_name, city)
    VALUES (new.id, new.email, new.phone, new.first_name, new.last_name, new.city);
END;

-- "My time zone" meant the zone of whoever read the campaign; it is now saved as the zone's id, so quiet hours mean
-- the same under cron with TZ=UTC. Campaigns saved before get the zone of the machine that upgrades them, the one
-- they were made on.
UPDATE campaigns SET time_zone = 'cm:system-time-zone' WHERE time_zone = '';
