DROP TABLE commons_offers;
DROP TABLE commons_forks;
