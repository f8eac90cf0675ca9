-- Each account's balance, kept by the one write path in the transaction that writes the
-- legs (under the treasury's lock), so that checking a flagged account or the 64-bit
-- bound reads one row instead of summing every leg the account ever had. The legs stay
-- the record: the balances are their sums, and the tests compare the two.
CREATE TABLE ledger_balances (
    account_id TEXT PRIMARY KEY NOT NULL REFERENCES ledger_accounts(id),
    balance BIGINT NOT NULL
);
INSERT INTO ledger_balances (account_id, balance)
    SELECT account_id, SUM(amount) FROM ledger_legs GROUP BY account_id;
