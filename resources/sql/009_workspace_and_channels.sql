-- cm:rebuilds-tables (Database::migrate runs this with foreign keys off and checks them before it commits)
-- Campaign Manager workspace, schema 9.

-- Settings that belong to the workspace rather than to one computer: its own id (random, made once: what keys this
-- workspace's entries elsewhere, e.g. in the keychain) and the region assumed for phone numbers written without a
-- country code.
CREATE TABLE workspace_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO workspace_settings (key, value) VALUES ('workspace_id', lower(hex(randomblob(16))));
INSERT INTO workspace_settings (key, value) VALUES ('phone_region', 'TR');

-- Channels: calls and WhatsApp are channels of their own, no longer SMS campaigns with a "delivery" option. SQLite
-- cannot change a CHECK constraint, so templates and campaigns are rebuilt the way SQLite documents it (a new table,
-- the rows copied, the old one dropped, the new one renamed, its indexes made again), with their ids, so every row
-- that refers to them still does.
CREATE TABLE campaigns_9 (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    channel      TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'voice', 'whatsapp')),
    account_id   INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    template_id  INTEGER REFERENCES templates(id) ON DELETE SET NULL,
    group_id     INTEGER REFERENCES groups(id) ON DELETE SET NULL,
    sender       TEXT NOT NULL DEFAULT '',
    state        TEXT NOT NULL DEFAULT 'draft'
                 CHECK (state IN ('draft', 'scheduled', 'sending', 'sent', 'cancelled', 'failed')),
    scheduled_at TEXT,
    time_zone    TEXT NOT NULL DEFAULT '',
    remote_id    TEXT,
    created_at   TEXT NOT NULL,
    started_at   TEXT,
    finished_at  TEXT,
    window_start INTEGER,
    window_end   INTEGER,
    resume_at    TEXT,
    options      TEXT NOT NULL DEFAULT '{}'
);
-- A 360NRS SMS campaign whose "delivery" was a call (read aloud, or an audio file: its audio_url stays set and says
-- so) becomes a call campaign, one whose delivery was WhatsApp a WhatsApp campaign. A landing SMS stays SMS: its
-- landing_page option set is what makes it one now. The "delivery" key goes, and so does what the old delivery
-- ignored (an audio file on a call that read the text, a landing page on a plain SMS).
INSERT INTO campaigns_9 (id, name, channel, account_id, template_id, group_id, sender, state, scheduled_at, time_zone,
                         remote_id, created_at, started_at, finished_at, window_start, window_end, resume_at, options)
    SELECT id, name,
           CASE WHEN channel = 'sms' AND json_valid(options)
                     AND json_extract(options, '$.delivery') IN ('voice', 'voice_audio') THEN 'voice'
                WHEN channel = 'sms' AND json_valid(options)
                     AND json_extract(options, '$.delivery') = 'whatsapp' THEN 'whatsapp'
                ELSE channel END,
           account_id, template_id, group_id, sender, state, scheduled_at, time_zone, remote_id, created_at,
           started_at, finished_at, window_start, window_end, resume_at,
           CASE WHEN NOT json_valid(options) OR channel <> 'sms' THEN options
                WHEN json_extract(options, '$.delivery') = 'voice_audio' THEN json_remove(options, '$.delivery')
                WHEN json_extract(options, '$.delivery') = 'landing' THEN json_remove(options, '$.delivery')
                WHEN json_extract(options, '$.delivery') = 'voice'
                    THEN json_remove(options, '$.delivery', '$.audio_url')
                ELSE json_remove(options, '$.delivery', '$.landing_page') END
    FROM campaigns;

-- A template takes the channel of the campaigns that use it when they are all calls, or all WhatsApp; one shared
-- with SMS campaigns stays SMS (a call or WhatsApp campaign may use an SMS template).
CREATE TABLE templates_9 (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    channel     TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'voice', 'whatsapp')),
    subject     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    text_body   TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    marketing   INTEGER NOT NULL DEFAULT 1
);
INSERT INTO templates_9 (id, name, channel, subject, body, text_body, created_at, updated_at, marketing)
    SELECT t.id, t.name,
           CASE WHEN t.channel = 'sms'
                     AND (SELECT count(DISTINCT c.channel) FROM campaigns_9 c WHERE c.template_id = t.id) = 1
                THEN (SELECT c.channel FROM campaigns_9 c WHERE c.template_id = t.id LIMIT 1)
                ELSE t.channel END,
           t.subject, t.body, t.text_body, t.created_at, t.updated_at, t.marketing
    FROM templates t;

DROP TABLE campaigns;
DROP TABLE templates;
ALTER TABLE templates_9 RENAME TO templates;
ALTER TABLE campaigns_9 RENAME TO campaigns;
CREATE INDEX campaigns_due ON campaigns(state, scheduled_at);
