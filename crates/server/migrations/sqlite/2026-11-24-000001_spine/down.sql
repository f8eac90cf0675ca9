DROP TABLE journal;
DROP TABLE memberships;
DROP TABLE organizations;
DROP TABLE api_tokens;
DROP TABLE sessions;
DROP TABLE people;
