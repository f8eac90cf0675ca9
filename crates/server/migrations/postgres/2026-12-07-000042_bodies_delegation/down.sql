DROP TABLE body_delegations;
ALTER TABLE body_electorate DROP COLUMN proxy_accepted;
