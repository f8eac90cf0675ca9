DROP TABLE coalition_determinations;
DROP TABLE coalition_policies;
