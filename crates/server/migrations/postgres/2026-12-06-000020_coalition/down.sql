DROP TABLE coalition_affiliations;
DROP TABLE coalition_breaches;
DROP TABLE coalition_determinations;
DROP TABLE coalition_policies;
