DROP TABLE ledger_approval_tiers;
