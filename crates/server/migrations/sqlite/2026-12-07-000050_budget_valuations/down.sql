DROP TABLE budget_valuations;
DROP TABLE budget_valuation_panels;
