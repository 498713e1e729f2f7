-- Campaign Manager workspace, schema 12: segments, saved rules over contacts, as audiences of campaigns.
-- A segment keeps its rule as written (SegmentRule turns it into SQL when it is counted or sent to): it is evaluated
-- when a send is snapshotted, so it holds whoever matches then.
CREATE TABLE segments (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    rule        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- A campaign's segments beside its groups: sent to, or left out (exclude = 1).
CREATE TABLE campaign_segments (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    segment_id  INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    exclude     INTEGER NOT NULL DEFAULT 0 CHECK (exclude IN (0, 1)),
    PRIMARY KEY (campaign_id, segment_id)
);
CREATE INDEX campaign_segments_by_segment ON campaign_segments(segment_id);
