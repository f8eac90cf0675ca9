DROP TABLE budget_group_projects;
DROP TABLE budget_groups;
