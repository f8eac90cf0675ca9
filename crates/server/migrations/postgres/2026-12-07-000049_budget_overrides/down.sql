DROP TABLE budget_overrides;
