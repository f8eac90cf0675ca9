DROP TABLE budget_project_commons;
DROP TABLE budget_project_proposers;
