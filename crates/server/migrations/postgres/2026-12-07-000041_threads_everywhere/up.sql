-- Threads everywhere: a decision of a body, a project of a budget process and a
-- determination of a commons each have one discussion, opened by its first comment, as a
-- contribution has. The writers open it under the scope's thread lock; this index keeps
-- it to one whatever the writer.
CREATE UNIQUE INDEX discussion_threads_object ON discussion_threads(subject_kind, subject_id)
    WHERE subject_kind IN ('decision', 'project', 'determination');
