DROP TABLE coalition_employer_lines;
DROP TABLE commons_git_commits;
DROP TABLE commons_git_authors;
