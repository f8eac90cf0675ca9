-- Pending holds, TigerBeetle's two-phase transfers: an amount set aside from one account
-- for another until a steward posts it (in full or in part), voids it, or it expires. A
-- pending hold that has not expired counts against an account that must not go negative.
CREATE TABLE ledger_holds (
    id TEXT PRIMARY KEY NOT NULL,
    treasury_id TEXT NOT NULL REFERENCES ledger_treasuries(id),
    number BIGINT NOT NULL,
    from_account_id TEXT NOT NULL REFERENCES ledger_accounts(id),
    to_account_id TEXT NOT NULL REFERENCES ledger_accounts(id),
    amount BIGINT NOT NULL,
    posted_amount BIGINT,
    -- pending, posted, voided or expired; only a pending one changes, once.
    state TEXT NOT NULL,
    memo TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    created_by TEXT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL,
    resolved_by TEXT REFERENCES people(id),
    resolved_at BIGINT,
    transaction_id TEXT REFERENCES ledger_transactions(id),
    UNIQUE (treasury_id, number)
);
CREATE INDEX ledger_holds_pending ON ledger_holds(from_account_id, state);
CREATE INDEX ledger_holds_expiry ON ledger_holds(state, expires_at);
