-- Campaign Manager workspace, schema 8: the suppression list takes "voice" (numbers not to be called; 360NRS keeps
-- a blacklist of its own for calls). SQLite cannot change a CHECK constraint, so the table is rebuilt with its rows;
-- nothing refers to it.
CREATE TABLE suppressions_8 (
    id          INTEGER PRIMARY KEY,
    channel     TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'voice', 'all')),
    address     TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (reason IN ('opt_out', 'block', 'bounce', 'complaint')),
    source      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    UNIQUE (channel, address)
);
INSERT INTO suppressions_8 (id, channel, address, reason, source, created_at)
    SELECT id, channel, address, reason, source, created_at FROM suppressions;
DROP TABLE suppressions;
ALTER TABLE suppressions_8 RENAME TO suppressions;
