-- Campaign Manager workspace, schema 13: automated series (welcome and follow-up messages that run by themselves).
-- A series is an entry (a group's contacts, or whoever matches a segment) and numbered steps. Each contact's way
-- through it is a row of series_members; what it got at each step is a row of series_sends, never two for one step.
-- A step's messages go as a campaign of their own (campaigns.series_id), through the dispatcher like any other.
CREATE TABLE series (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    group_id    INTEGER REFERENCES groups(id) ON DELETE SET NULL,
    segment_id  INTEGER REFERENCES segments(id) ON DELETE SET NULL,
    starts_at   TEXT,                          -- contacts enter from then (UTC); NULL: from when it is started
    only_new    INTEGER NOT NULL DEFAULT 0,    -- 1: only contacts added after it starts
    time_zone   TEXT NOT NULL DEFAULT '',      -- of its steps' times of day and quiet hours; empty: the system's
    state       TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'running', 'paused', 'stopped')),
    -- Entry is looked at often: the contacts above this id are the new ones (an index range); the whole group is
    -- looked at again (full_entry_at) now and then, for contacts moved into it from another group.
    entered_through INTEGER NOT NULL DEFAULT 0,
    full_entry_at TEXT,
    looked_at   TEXT,                          -- the last look at the entry: a contact found since entered since
    created_at  TEXT NOT NULL,
    started_at  TEXT,
    stopped_at  TEXT
);

CREATE TABLE series_steps (
    series_id    INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,             -- 0, 1, …
    name         TEXT NOT NULL DEFAULT '',
    template_id  INTEGER REFERENCES templates(id) ON DELETE SET NULL,
    account_id   INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    sender       TEXT NOT NULL DEFAULT '',
    delay_min    INTEGER NOT NULL DEFAULT 0,   -- after the previous step (or the entry, after_entry = 1)
    after_entry  INTEGER NOT NULL DEFAULT 0,
    time_of_day  INTEGER,                      -- minutes after midnight: sent at the first such time once due
    window_start INTEGER,                      -- quiet hours as a sending window, minutes after midnight
    window_end   INTEGER,
    condition    TEXT NOT NULL DEFAULT '',     -- on the previous step: opened, not_opened, clicked, …
    otherwise    TEXT NOT NULL DEFAULT 'skip' CHECK (otherwise IN ('skip', 'leave')),
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (series_id, position)
);

-- A contact in a series: waiting for step `step` (due at due_at), finished, or left (why in left_reason).
CREATE TABLE series_members (
    series_id   INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL,              -- no cascade: a deleted contact leaves, its timeline stays
    state       TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'finished', 'left')),
    step        INTEGER NOT NULL DEFAULT 0,
    entered_at  TEXT NOT NULL,
    reached_at  TEXT NOT NULL,                 -- when it reached its step: the entry, or the previous step
    due_at      TEXT,
    left_reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (series_id, contact_id)
);
-- Due work is an index range, whatever the size of the series.
CREATE INDEX series_members_due ON series_members(series_id, due_at) WHERE state = 'waiting';
CREATE INDEX series_members_by_step ON series_members(series_id, state, step);

-- What each contact got at each step, and when: its timeline. UNIQUE: a step is never sent twice to a contact.
CREATE TABLE series_sends (
    id          INTEGER PRIMARY KEY,
    series_id   INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    step        INTEGER NOT NULL,
    contact_id  INTEGER NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('sent', 'skipped', 'left')),
    campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    at          TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    UNIQUE (series_id, contact_id, step)
);
CREATE INDEX series_sends_by_campaign ON series_sends(campaign_id, contact_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX series_sends_by_step ON series_sends(series_id, step, outcome);

-- A deleted contact leaves the series it was in, and its rows step aside: their contact id becomes the negative of
-- the member row's own id (unique). SQLite gives the next contact the id of the newest one deleted, and that is another
-- person, who enters anew rather than inherit a stranger's place and history.
CREATE INDEX series_members_by_contact ON series_members(contact_id);
CREATE INDEX series_sends_by_contact ON series_sends(contact_id);
CREATE TRIGGER series_contact_deleted AFTER DELETE ON contacts
WHEN EXISTS (SELECT 1 FROM series_members WHERE contact_id = OLD.id)
BEGIN
    UPDATE series_sends SET contact_id = -(SELECT m.rowid FROM series_members m
                                           WHERE m.series_id = series_sends.series_id AND m.contact_id = OLD.id)
        WHERE contact_id = OLD.id;
    UPDATE series_members SET contact_id = -rowid, due_at = NULL,
                              state = CASE state WHEN 'waiting' THEN 'left' ELSE state END,
                              left_reason = CASE state WHEN 'waiting' THEN 'deleted' ELSE left_reason END
        WHERE contact_id = OLD.id;
END;

-- A step's send: a campaign of the series, not listed with the user's own campaigns.
ALTER TABLE campaigns ADD COLUMN series_id INTEGER REFERENCES series(id) ON DELETE SET NULL;
CREATE INDEX campaigns_by_series ON campaigns(series_id) WHERE series_id IS NOT NULL;
-- A step's recipients found by contact, for its conditions and its report.
CREATE INDEX recipients_by_contact ON campaign_recipients(campaign_id, contact_id);
