-- Threads of other scopes than commons cannot go back into a table that only knows commons.
DELETE FROM discussion_threads WHERE scope_kind <> 'commons';
CREATE TABLE discussion_threads_old (
    id TEXT PRIMARY KEY NOT NULL,
    commons_id TEXT NOT NULL REFERENCES commons(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    subject_number BIGINT,
    title TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES people(id),
    comment_count BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (commons_id, number)
);
INSERT INTO discussion_threads_old SELECT id, scope_id, number, subject_kind, subject_id,
    subject_number, title, author_id, comment_count, created_at, updated_at FROM discussion_threads;
CREATE TABLE discussion_comments_old (
    id TEXT PRIMARY KEY NOT NULL,
    thread_id TEXT NOT NULL REFERENCES discussion_threads_old(id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES people(id),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at BIGINT,
    deleted_at BIGINT
);
INSERT INTO discussion_comments_old SELECT * FROM discussion_comments;
CREATE TABLE discussion_comment_edits_old (
    id TEXT PRIMARY KEY NOT NULL,
    comment_id TEXT NOT NULL REFERENCES discussion_comments_old(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    written_at BIGINT NOT NULL,
    replaced_at BIGINT NOT NULL
);
INSERT INTO discussion_comment_edits_old SELECT * FROM discussion_comment_edits;
DROP TABLE discussion_comment_edits;
DROP TABLE discussion_comments;
DROP TABLE discussion_threads;
ALTER TABLE discussion_threads_old RENAME TO discussion_threads;
ALTER TABLE discussion_comments_old RENAME TO discussion_comments;
ALTER TABLE discussion_comment_edits_old RENAME TO discussion_comment_edits;
CREATE UNIQUE INDEX discussion_threads_contribution ON discussion_threads(subject_id)
    WHERE subject_kind = 'contribution';
CREATE INDEX discussion_threads_activity ON discussion_threads(commons_id, updated_at);
CREATE INDEX discussion_comments_thread ON discussion_comments(thread_id, created_at);
CREATE INDEX discussion_comment_edits_comment ON discussion_comment_edits(comment_id, replaced_at);
