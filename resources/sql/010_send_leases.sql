-- Campaign Manager workspace, schema 10: one sender per campaign, across processes and machines; imports in chunks;
-- campaigns with their zone saved.
-- A send holds its campaign's lease while it runs and renews it (the heartbeat); another process, or another
-- machine on a shared workspace, sees who sends and leaves the campaign alone. A lease that expired, or whose
-- process on this host no longer runs, was left by a send that was interrupted: the next send (or run-due) takes it
-- over, and only then are the batches the old owner had in flight treated as interrupted.
CREATE TABLE send_leases (
    campaign_id  INTEGER PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,
    owner        TEXT NOT NULL,    -- a random id for one send
    host         TEXT NOT NULL,
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

-- "My time zone" meant the zone of whoever read the campaign; it is now saved as the zone's id, so quiet hours mean
-- the same under cron with TZ=UTC. Campaigns saved before get the zone of the machine that upgrades them, the one
-- they were made on.
UPDATE campaigns SET time_zone = 'cm:system-time-zone' WHERE time_zone = '';
