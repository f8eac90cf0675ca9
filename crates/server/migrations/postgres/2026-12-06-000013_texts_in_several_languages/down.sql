DROP TABLE organization_translations;
DROP TABLE commons_translations;
ALTER TABLE organizations DROP COLUMN language;
ALTER TABLE commons DROP COLUMN language;
