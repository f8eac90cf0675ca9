DROP TABLE ledger_payouts;
