-- Threads on any object: a thread belongs to a scope (a commons, an organization, and each
-- later domain's objects), named by kind and id, instead of to a commons only.
ALTER TABLE discussion_threads DROP CONSTRAINT discussion_threads_commons_id_fkey;
ALTER TABLE discussion_threads RENAME COLUMN commons_id TO scope_id;
ALTER TABLE discussion_threads ADD COLUMN scope_kind TEXT NOT NULL DEFAULT 'commons';
ALTER TABLE discussion_threads ALTER COLUMN scope_kind DROP DEFAULT;
