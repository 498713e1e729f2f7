-- Campaign Manager workspace, schema 1.
-- Times are UTC, ISO 8601 text ("2026-11-23T14:41:00Z"). Secrets are never stored here.

CREATE TABLE accounts (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    provider    TEXT NOT NULL,
    base_url    TEXT NOT NULL DEFAULT '',
    user_name   TEXT NOT NULL DEFAULT '',
    settings    TEXT NOT NULL DEFAULT '{}',   -- JSON, provider-specific, no secrets
    created_at  TEXT NOT NULL
);

CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER,                       -- no FK: an import record outlives its group
    file_name   TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    state       TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'done', 'undone', 'failed')),
    imported    INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    invalid     INTEGER NOT NULL DEFAULT 0,
    report      TEXT NOT NULL DEFAULT '[]'     -- JSON list of {line, reason}
);

CREATE TABLE groups (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    account_id  INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    remote_id   TEXT,
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    synced_at   TEXT
);

CREATE TABLE custom_fields (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,          -- the template name: {{loyalty_tier}}
    label       TEXT NOT NULL,
    type        TEXT NOT NULL DEFAULT 'text' CHECK (type IN ('text', 'number', 'date'))
);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    email       TEXT,                          -- lower-cased
    phone       TEXT,                          -- E.164
    first_name  TEXT NOT NULL DEFAULT '',
    last_name   TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    fields      TEXT NOT NULL DEFAULT '{}',    -- JSON: custom field values
    remote_id   TEXT,
    import_id   INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
CREATE INDEX contacts_by_group ON contacts(group_id, id);
CREATE UNIQUE INDEX contacts_unique_email ON contacts(group_id, email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX contacts_unique_phone ON contacts(group_id, phone) WHERE phone IS NOT NULL;

-- What an import changed, so that it can be undone: the previous row of every contact it updated.
CREATE TABLE import_changes (
    import_id   INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL,
    previous    TEXT NOT NULL,                 -- JSON of the contact before the update
    PRIMARY KEY (import_id, contact_id)
);

-- Workspace-wide suppression: opt-outs, blocks, bounces and complaints, per channel ('all' for both).
CREATE TABLE suppressions (
    id          INTEGER PRIMARY KEY,
    channel     TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'all')),
    address     TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (reason IN ('opt_out', 'block', 'bounce', 'complaint')),
    source      TEXT NOT NULL DEFAULT '',      -- "import", "sandbox: March newsletter", …
    created_at  TEXT NOT NULL,
    UNIQUE (channel, address)
);

CREATE TABLE templates (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    channel     TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    subject     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    text_body   TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE campaigns (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    channel      TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
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
    finished_at  TEXT
);

-- Batches of one send; a batch moves pending → submitting → accepted | failed | unknown.
CREATE TABLE send_batches (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'submitting', 'accepted', 'failed', 'unknown')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    error       TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    UNIQUE (campaign_id, seq)
);

-- The recipients of a campaign, snapshotted with their personalised content when the send starts.
CREATE TABLE campaign_recipients (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    contact_id  INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    batch_id    INTEGER REFERENCES send_batches(id) ON DELETE SET NULL,
    address     TEXT NOT NULL,
    content     TEXT NOT NULL DEFAULT '',
    parts       INTEGER NOT NULL DEFAULT 1,    -- SMS parts (1 for email): what the send costs
    state       TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'submitting', 'accepted', 'delivered', 'failed', 'bounced', 'unknown')),
    client_key  TEXT NOT NULL UNIQUE,          -- our idempotency key, sent where the provider takes one
    provider_id TEXT,
    error       TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    UNIQUE (campaign_id, address)
);
CREATE INDEX recipients_by_state ON campaign_recipients(campaign_id, state, id);
CREATE INDEX recipients_by_provider_id ON campaign_recipients(provider_id) WHERE provider_id IS NOT NULL;

-- Delivery and engagement events as the provider reported them.
CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    recipient_id INTEGER NOT NULL REFERENCES campaign_recipients(id) ON DELETE CASCADE,
    type         TEXT NOT NULL
                 CHECK (type IN ('sent', 'delivered', 'failed', 'opened', 'clicked', 'bounced', 'unsubscribed',
                                 'complained')),
    occurred_at  TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT '',
    UNIQUE (recipient_id, type, occurred_at, detail)
);
CREATE INDEX events_by_campaign ON events(campaign_id, type);

-- Every report refresh, kept so that reports read offline and show how the numbers changed.
CREATE TABLE report_snapshots (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    taken_at    TEXT NOT NULL,
    counters    TEXT NOT NULL                  -- JSON, CampaignStats::toJson()
);
CREATE INDEX snapshots_by_campaign ON report_snapshots(campaign_id, taken_at);
