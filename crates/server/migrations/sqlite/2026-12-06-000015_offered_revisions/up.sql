-- An offer keeps which of the fork's revisions it carries (JSON list of revision ids,
-- oldest first), so that the offer and the revision it becomes upstream list them with
-- their own titles and authors. Offers made before are given the fork's own revisions
-- after the last accepted offer, up to the revision offered.
ALTER TABLE commons_offers ADD COLUMN revisions TEXT NOT NULL DEFAULT '[]';

UPDATE commons_offers SET revisions = (
    SELECT COALESCE(json_group_array(id), '[]') FROM (
        SELECT r.id AS id FROM commons_revisions r
        WHERE r.commons_id = commons_offers.fork_id
          AND r.number <= (SELECT o.number FROM commons_revisions o
                           WHERE o.id = commons_offers.fork_revision_id)
          AND r.number > COALESCE((
              SELECT MAX(pr.number) FROM commons_offers p
              JOIN commons_revisions pr ON pr.id = p.fork_revision_id
              JOIN commons_contributions pk ON pk.id = p.contribution_id
              WHERE p.fork_id = commons_offers.fork_id
                AND pk.state = 'accepted'
                AND pr.number < (SELECT o.number FROM commons_revisions o
                                 WHERE o.id = commons_offers.fork_revision_id)), 0)
        ORDER BY r.number
    )
);
