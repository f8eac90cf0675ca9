DROP TABLE ledger_payees;
DROP TABLE ledger_distribution_shares;
DROP TABLE ledger_distributions;
