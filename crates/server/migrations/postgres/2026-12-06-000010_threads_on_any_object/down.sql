DELETE FROM discussion_threads WHERE scope_kind <> 'commons';
ALTER TABLE discussion_threads DROP COLUMN scope_kind;
ALTER TABLE discussion_threads RENAME COLUMN scope_id TO commons_id;
ALTER TABLE discussion_threads ADD CONSTRAINT discussion_threads_commons_id_fkey
    FOREIGN KEY (commons_id) REFERENCES commons(id) ON DELETE CASCADE;
