-- Campaign Manager workspace, schema 3: sending.
-- The dispatcher reads and moves a batch's recipients by batch (before and after each request): without this
-- index each of those statements scanned every recipient of the workspace.
CREATE INDEX recipients_by_batch ON campaign_recipients(batch_id);
