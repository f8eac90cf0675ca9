DROP TABLE budget_support_rules;
