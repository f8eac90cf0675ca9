-- Back to two reasons: sheets set aside under the district rule cannot be kept.
DELETE FROM budget_paper_sheets WHERE set_aside = 'district_rule';
ALTER TABLE budget_paper_sheets DROP CONSTRAINT budget_paper_sheets_set_aside_check;
ALTER TABLE budget_paper_sheets ADD CONSTRAINT budget_paper_sheets_set_aside_check
    CHECK (set_aside IN ('voted_online', 'twice_on_paper'));
