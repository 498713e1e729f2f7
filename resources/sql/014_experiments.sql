-- Campaign Manager workspace, schema 14: A/B tests, sending at each recipient's local time, and templates in
-- several languages.
-- An A/B test belongs to a campaign (ab_tests). Its 2-4 variants (ab_variants) differ in template, subject, sender
-- or route (the account that carries it); variant A is the campaign's own. When the campaign is due, a seeded draw
-- picks each variant's test contacts (campaign_audience), and each variant goes as a send of its own (a campaign
-- with variant_of set). When the wait ends, the winner's template, subject, sender and account become the
-- campaign's, and the campaign itself goes to the rest: its audience less everyone the test reached.
ALTER TABLE campaigns ADD COLUMN variant_of INTEGER REFERENCES campaigns(id) ON DELETE CASCADE;
ALTER TABLE campaigns ADD COLUMN subject TEXT NOT NULL DEFAULT ''; -- email: instead of the template's; '': its own
-- Each recipient gets it at this time of their own day (minutes after midnight); NULL: when the send goes.
ALTER TABLE campaigns ADD COLUMN local_time INTEGER;
-- A zone whose local time has passed on the send's day: 'tomorrow' (at that time) or 'now'.
ALTER TABLE campaigns ADD COLUMN local_late TEXT NOT NULL DEFAULT 'tomorrow';
CREATE INDEX campaigns_by_variant ON campaigns(variant_of) WHERE variant_of IS NOT NULL;

CREATE TABLE ab_tests (
    campaign_id INTEGER PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,
    share       INTEGER NOT NULL CHECK (share BETWEEN 1 AND 50), -- percent of the audience per variant
    measure     TEXT NOT NULL,                 -- delivery, open, click, cost_delivered, cost_click
    wait_min    INTEGER NOT NULL CHECK (wait_min >= 0),
    seed        INTEGER NOT NULL,              -- the draw's: the same audience and seed draw the same contacts
    state       TEXT NOT NULL DEFAULT 'ready' CHECK (state IN ('ready', 'testing', 'decided')),
    started_at  TEXT,
    winner      TEXT,                          -- a variant's label
    decided_at  TEXT,
    decided_by  TEXT                           -- 'measure', 'user', or 'nothing' (no variant had the measure)
);

CREATE TABLE ab_variants (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    label       TEXT NOT NULL,                 -- A, B, C, D
    template_id INTEGER REFERENCES templates(id) ON DELETE SET NULL,
    account_id  INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    sender      TEXT NOT NULL DEFAULT '',
    subject     TEXT NOT NULL DEFAULT '',
    send_id     INTEGER REFERENCES campaigns(id) ON DELETE SET NULL, -- its send, once the test started
    PRIMARY KEY (campaign_id, label)
) WITHOUT ROWID;

-- The contacts a send goes to when they were chosen for it (an A/B variant's draw), rather than its groups.
CREATE TABLE campaign_audience (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, contact_id)
) WITHOUT ROWID;

-- A batch of a local-time send waits until its recipients' time (UTC); NULL: it goes when its turn comes.
ALTER TABLE send_batches ADD COLUMN not_before TEXT;

-- A template's text in another language: a contact whose `language` field names it ("es", or "es" for "es-MX") gets
-- this version; everyone else the template's own text.
CREATE TABLE template_versions (
    template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
    language    TEXT NOT NULL,                 -- lower case: es, pt-br
    subject     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    text_body   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (template_id, language)
) WITHOUT ROWID;
