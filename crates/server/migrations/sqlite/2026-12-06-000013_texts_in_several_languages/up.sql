-- A commons' and an organization's name and description in several languages: the
-- language they were first written in (NULL: written before languages were recorded,
-- read as the instance's default), and their translations, one row per language.
ALTER TABLE commons ADD COLUMN language TEXT;
ALTER TABLE organizations ADD COLUMN language TEXT;

CREATE TABLE commons_translations (
    commons_id TEXT NOT NULL REFERENCES commons(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    summary TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (commons_id, lang)
);

CREATE TABLE organization_translations (
    org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, lang)
);
