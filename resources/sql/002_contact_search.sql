-- Campaign Manager workspace, schema 2: searching contacts.
-- A full-text index over the contact columns a marketer searches by, kept in step with `contacts` by triggers
-- (external content: the text lives once, in `contacts`). Accents are folded, so "ayse" finds "Ayşe".

CREATE VIRTUAL TABLE contacts_search USING fts5(
    email, phone, first_name, last_name, city,
    content = 'contacts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_search (rowid, email, phone, first_name, last_name, city)
    VALUES (new.id, new.email, new.phone, new.first_name, new.last_name, new.city);
END;

CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_search (contacts_search, rowid, email, phone, first_name, last_name, city)
    VALUES ('delete', old.id, old.email, old.phone, old.first_name, old.last_name, old.city);
END;

CREATE TRIGGER contacts_search_update AFTER UPDATE OF email, phone, first_name, last_name, city ON contacts BEGIN
    INSERT INTO contacts_search (contacts_search, rowid, email, phone, first_name, last_name, city)
    VALUES ('delete', old.id, old.email, old.phone, old.first_name, old.last_name, old.city);
    INSERT INTO contacts_search (rowid, email, phone, first_name, last_name, city)
    VALUES (new.id, new.email, new.phone, new.first_name, new.last_name, new.city);
END;

INSERT INTO contacts_search (contacts_search) VALUES ('rebuild');
