DROP TABLE budget_census;
DROP TABLE budget_voter_rules;
