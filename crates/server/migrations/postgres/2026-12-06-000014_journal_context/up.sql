-- Each event says whose record it belongs to (`commons:<id>`, `organization:<id>`, or the
-- object itself), so that a commons' page and `?context=` read its whole record (its
-- contributions, reviews, threads, comments and the forks made from it) from one index.
-- Events written before are given theirs from the rows they are about.
ALTER TABLE journal ADD COLUMN context TEXT NOT NULL DEFAULT '';

UPDATE journal SET context = object_type || ':' || object_id;

UPDATE journal SET context = 'commons:' || (
    SELECT k.commons_id FROM commons_contributions k WHERE k.id = journal.object_id)
WHERE object_type = 'contribution'
  AND EXISTS (SELECT 1 FROM commons_contributions k WHERE k.id = journal.object_id);

UPDATE journal SET context = 'commons:' || (
    SELECT f.parent_id FROM commons_forks f WHERE f.child_id = journal.object_id)
WHERE object_type = 'commons' AND kind = 'commons.forked'
  AND EXISTS (SELECT 1 FROM commons_forks f WHERE f.child_id = journal.object_id);

UPDATE journal SET context = (
    SELECT t.scope_kind || ':' || t.scope_id FROM discussion_threads t
    WHERE t.id = journal.object_id)
WHERE object_type = 'thread'
  AND EXISTS (SELECT 1 FROM discussion_threads t WHERE t.id = journal.object_id);

UPDATE journal SET context = (
    SELECT t.scope_kind || ':' || t.scope_id
    FROM discussion_comments c JOIN discussion_threads t ON t.id = c.thread_id
    WHERE c.id = journal.object_id)
WHERE object_type = 'comment'
  AND EXISTS (SELECT 1 FROM discussion_comments c WHERE c.id = journal.object_id);

CREATE INDEX journal_context ON journal(context, seq);
