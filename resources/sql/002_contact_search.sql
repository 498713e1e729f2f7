-- Campaign Manager workspace, schema 2: searching contacts.
-- A full-text index over the contact columns a marketer searches by (external content: the text lives once, in
-- `contacts`). Accents are folded, so "ayse" finds "Ayşe".
-- Updates and deletes keep it in step through triggers. New contacts are indexed by the code that adds them, in the
-- same transaction, with one statement for all of them (GroupStore::indexContactsAfter): an insert trigger, even
-- one whose WHEN is false, makes every row of a million-row import pay for a statement journal (8 µs a row here).
-- The rows of an import still running are the import's to index when it finishes.

CREATE VIRTUAL TABLE contacts_search USING fts5(
    email, phone, first_name, last_name, city,
    content = 'contacts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts
WHEN NOT EXISTS (SELECT 1 FROM import_batches b WHERE b.id = old.import_id AND b.state = 'running') BEGIN
    INSERT INTO contacts_search (contacts_search, rowid, email, phone, first_name, last_name, city)
    VALUES ('delete', old.id, old.email, old.phone, old.first_name, old.last_name, old.city);
END;

CREATE TRIGGER contacts_search_update AFTER UPDATE OF email, phone, first_name, last_name, city ON contacts
WHEN NOT EXISTS (SELECT 1 FROM import_batches b WHERE b.id = old.import_id AND b.state = 'running') BEGIN
    INSERT INTO contacts_search (contacts_search, rowid, email, phone, first_name, last_name, city)
    VALUES ('delete', old.id, old.email, old.phone, old.first_name, old.last_name, old.city);
    INSERT INTO contacts_search (rowid, email, phone, first_name, last_name, city)
    VALUES (new.id, new.email, new.phone, new.first_name, new.last_name, new.city);
END;

INSERT INTO contacts_search (contacts_search) VALUES ('rebuild');
