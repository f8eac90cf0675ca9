DROP TABLE body_seats;
DROP TABLE body_candidates;
DROP TABLE body_elections;
DROP TABLE body_authorisations;
ALTER TABLE bodies DROP COLUMN spending_limit_currency;
ALTER TABLE bodies DROP COLUMN spending_limit_minor;
