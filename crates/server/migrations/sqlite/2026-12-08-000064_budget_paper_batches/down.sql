DROP TABLE budget_paper_sheets;
DROP TABLE budget_paper_batches;
