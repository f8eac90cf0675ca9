-- Discussion: threads on a commons or on one of its contributions, their comments, and the
-- earlier versions of edited comments. A deleted comment keeps its row as a tombstone
-- (body emptied, deleted_at set) and loses its earlier versions.
CREATE TABLE discussion_threads (
    id TEXT PRIMARY KEY NOT NULL,
    commons_id TEXT NOT NULL REFERENCES commons(id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    -- The contribution's number in its commons (numbers never change); NULL for commons.
    subject_number BIGINT,
    title TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES people(id),
    comment_count BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (commons_id, number)
);
-- One discussion per contribution.
CREATE UNIQUE INDEX discussion_threads_contribution ON discussion_threads(subject_id)
    WHERE subject_kind = 'contribution';
CREATE INDEX discussion_threads_activity ON discussion_threads(commons_id, updated_at);

CREATE TABLE discussion_comments (
    id TEXT PRIMARY KEY NOT NULL,
    thread_id TEXT NOT NULL REFERENCES discussion_threads(id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES people(id),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at BIGINT,
    deleted_at BIGINT
);
CREATE INDEX discussion_comments_thread ON discussion_comments(thread_id, created_at);

CREATE TABLE discussion_comment_edits (
    id TEXT PRIMARY KEY NOT NULL,
    comment_id TEXT NOT NULL REFERENCES discussion_comments(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    written_at BIGINT NOT NULL,
    replaced_at BIGINT NOT NULL
);
CREATE INDEX discussion_comment_edits_comment ON discussion_comment_edits(comment_id, replaced_at);
