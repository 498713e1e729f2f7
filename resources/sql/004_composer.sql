-- Campaign Manager workspace, schema 4: composing and scheduling.

-- The groups a campaign sends to, and the groups whose contacts it leaves out (by address). campaigns.group_id
-- stays the first group sent to, for lists and older readers.
CREATE TABLE campaign_groups (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    group_id    INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    exclude     INTEGER NOT NULL DEFAULT 0 CHECK (exclude IN (0, 1)),
    PRIMARY KEY (campaign_id, group_id)
);
INSERT INTO campaign_groups (campaign_id, group_id) SELECT id, group_id FROM campaigns WHERE group_id IS NOT NULL;

-- Sending window (quiet hours outside it): minutes after midnight in the campaign's time zone; NULL: any time.
ALTER TABLE campaigns ADD COLUMN window_start INTEGER;
ALTER TABLE campaigns ADD COLUMN window_end INTEGER;
-- A send the window paused continues at this time (UTC), by the app's scheduler or `campaignctl run-due`.
ALTER TABLE campaigns ADD COLUMN resume_at TEXT;
CREATE INDEX campaigns_due ON campaigns(state, scheduled_at);

-- Marketing email must carry {{unsubscribe_url}}; transactional email (a receipt, a password reset) need not.
ALTER TABLE templates ADD COLUMN marketing INTEGER NOT NULL DEFAULT 1;
