DROP TABLE commons_reviews;
DROP TABLE commons_contributions;
DROP TABLE commons_revisions;
DROP TABLE commons_blobs;
DROP TABLE commons_maintainers;
DROP TABLE commons;
