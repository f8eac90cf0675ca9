DROP INDEX discussion_threads_object;
