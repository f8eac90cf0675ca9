DROP TABLE discussion_comment_edits;
DROP TABLE discussion_comments;
DROP TABLE discussion_threads;
