-- Payouts: an expense that pays a person what a treasury owes them (their liability
-- account, credited by distributions) rather than a supplier. Paying it debits that
-- account, so that what is owed falls as the money leaves.
CREATE TABLE ledger_payouts (
    expense_id TEXT PRIMARY KEY NOT NULL REFERENCES ledger_expenses(id) ON DELETE CASCADE,
    account_id TEXT NOT NULL REFERENCES ledger_accounts(id)
);
CREATE INDEX ledger_payouts_by_account ON ledger_payouts (account_id);
