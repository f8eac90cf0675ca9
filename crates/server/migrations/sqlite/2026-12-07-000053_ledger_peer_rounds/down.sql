DROP TABLE ledger_peer_gifts;
DROP TABLE ledger_peer_members;
DROP TABLE ledger_peer_rounds;
