DROP TABLE budget_supports;
DROP TABLE budget_milestones;
DROP TABLE budget_ballots;
DROP TABLE budget_projects;
DROP TABLE budget_headings;
DROP TABLE budget_phases;
DROP TABLE budget_rules;
DROP TABLE budget_processes;
