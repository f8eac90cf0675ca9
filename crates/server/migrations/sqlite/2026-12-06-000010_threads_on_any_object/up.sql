-- Threads on any object: a thread belongs to a scope (a commons, an organization, and each
-- later domain's objects), named by kind and id, instead of to a commons only. SQLite cannot
-- drop the old column's reference to `commons`, so the three discussion tables are built
-- anew and their rows copied; the old ones are dropped children first, so that no cascade
-- fires, and the new ones renamed (SQLite rewrites their references on the way).
CREATE TABLE discussion_threads_new (
    id TEXT PRIMARY KEY NOT NULL,
    scope_kind TEXT NOT NULL,
    scope_id TEXT NOT NULL,
    number BIGINT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    subject_number BIGINT,
    title TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES people(id),
    comment_count BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (scope_id, number)
);
INSERT INTO discussion_threads_new (id, scope_kind, scope_id, number, subject_kind, subject_id,
    subject_number, title, author_id, comment_count, created_at, updated_at)
SELECT id, 'commons', commons_id, number, subject_kind, subject_id, subject_number, title,
    author_id, comment_count, created_at, updated_at
FROM discussion_threads;

CREATE TABLE discussion_comments_new (
    id TEXT PRIMARY KEY NOT NULL,
    thread_id TEXT NOT NULL REFERENCES discussion_threads_new(id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES people(id),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at BIGINT,
    deleted_at BIGINT
);
INSERT INTO discussion_comments_new (id, thread_id, author_id, body, created_at, edited_at,
    deleted_at)
SELECT id, thread_id, author_id, body, created_at, edited_at, deleted_at FROM discussion_comments;

CREATE TABLE discussion_comment_edits_new (
    id TEXT PRIMARY KEY NOT NULL,
    comment_id TEXT NOT NULL REFERENCES discussion_comments_new(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    written_at BIGINT NOT NULL,
    replaced_at BIGINT NOT NULL
);
INSERT INTO discussion_comment_edits_new (id, comment_id, body, written_at, replaced_at)
SELECT id, comment_id, body, written_at, replaced_at FROM discussion_comment_edits;

DROP TABLE discussion_comment_edits;
DROP TABLE discussion_comments;
DROP TABLE discussion_threads;
ALTER TABLE discussion_threads_new RENAME TO discussion_threads;
ALTER TABLE discussion_comments_new RENAME TO discussion_comments;
ALTER TABLE discussion_comment_edits_new RENAME TO discussion_comment_edits;

CREATE UNIQUE INDEX discussion_threads_contribution ON discussion_threads(subject_id)
    WHERE subject_kind = 'contribution';
CREATE INDEX discussion_threads_activity ON discussion_threads(scope_id, updated_at);
CREATE INDEX discussion_comments_thread ON discussion_comments(thread_id, created_at);
CREATE INDEX discussion_comment_edits_comment ON discussion_comment_edits(comment_id, replaced_at);
