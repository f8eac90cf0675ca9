DROP TABLE body_ballots;
DROP TABLE body_electorate;
DROP TABLE body_decision_records;
DROP TABLE body_decisions;
DROP TABLE body_rulebooks;
DROP TABLE bodies;
