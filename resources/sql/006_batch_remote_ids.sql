-- Campaign Manager workspace, schema 6: the provider's own id for each batch it accepted.
-- Some providers report only per campaign of theirs, and one send of ours may become several of theirs (one per
-- batch, or a deployment the sends are linked to). A refresh asks about each and adds them up.
ALTER TABLE send_batches ADD COLUMN remote_id TEXT;
