-- Campaign Manager workspace, schema 7: a campaign's options for its provider (360NRS tags, flash SMS, open and
-- click tracking, …), as a JSON object; the provider declares which it takes.
ALTER TABLE campaigns ADD COLUMN options TEXT NOT NULL DEFAULT '{}';
