-- Paper ballots under the district rule (issue 15): a named paper voter whom the rule
-- leaves out of a heading (counting their ballots online and on paper) has the sheet set
-- aside as 'district_rule', beside 'voted_online' and 'twice_on_paper'.
ALTER TABLE budget_paper_sheets DROP CONSTRAINT budget_paper_sheets_set_aside_check;
ALTER TABLE budget_paper_sheets ADD CONSTRAINT budget_paper_sheets_set_aside_check
    CHECK (set_aside IN ('voted_online', 'twice_on_paper', 'district_rule'));
