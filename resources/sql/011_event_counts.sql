-- Campaign Manager workspace, schema 11: a report's counters kept as the events arrive.
-- The report asks, per event type, how many events there are and how many recipients have one. Counting them from
-- the events costs a pass over every event of the campaign and a temporary B-tree for the distinct recipients
-- (250 ms at a million events, 2.5 s at ten million); kept here, the answer is a handful of rows whatever the size.
-- An event that arrives twice is ignored by the events' UNIQUE constraint (INSERT OR IGNORE), so its trigger does
-- not run; whether the recipient already had one of that type is an index seek on that same constraint.
CREATE TABLE event_counts (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    events      INTEGER NOT NULL DEFAULT 0,    -- every event of the type
    recipients  INTEGER NOT NULL DEFAULT 0,    -- recipients with at least one
    PRIMARY KEY (campaign_id, type)
) WITHOUT ROWID;

INSERT INTO event_counts (campaign_id, type, events, recipients)
    SELECT campaign_id, type, count(*), count(DISTINCT recipient_id) FROM events GROUP BY campaign_id, type;

CREATE TRIGGER events_counted AFTER INSERT ON events
BEGIN
    INSERT INTO event_counts (campaign_id, type, events, recipients) VALUES (NEW.campaign_id, NEW.type, 1, 1)
        ON CONFLICT (campaign_id, type) DO UPDATE SET events = events + 1,
            recipients = recipients + NOT EXISTS (SELECT 1 FROM events WHERE recipient_id = NEW.recipient_id
                                                  AND type = NEW.type AND id <> NEW.id);
END;

CREATE TRIGGER events_uncounted AFTER DELETE ON events
BEGIN
    UPDATE event_counts SET events = events - 1,
        recipients = recipients - NOT EXISTS (SELECT 1 FROM events WHERE recipient_id = OLD.recipient_id
                                              AND type = OLD.type)
        WHERE campaign_id = OLD.campaign_id AND type = OLD.type;
END;
