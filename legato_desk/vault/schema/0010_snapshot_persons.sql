-- Schema 10: who is on each map snapshot, kept beside the snapshot's state.
-- Opening a case numbers the pseudonym codes over everyone ever on its map
-- (model/pseudonyms.py); reading that out of twelve whole states took about
-- 100 ms on the large case (performance.md), this list about 2 ms. It is
-- derived from the state only: [[id, uid, is_index], ...], filled here for
-- the snapshots that exist, by take_snapshot for new ones, and by the trigger
-- for any row inserted without it (e.g. a handover from an older version).
ALTER TABLE map_snapshots ADD COLUMN persons TEXT;
UPDATE map_snapshots SET persons = (
    SELECT json_group_array(json_array(json_extract(p.value, '$.id'),
                                       json_extract(p.value, '$.uid'),
                                       coalesce(json_extract(p.value, '$.is_index'), 0)))
    FROM json_each(map_snapshots.state, '$.persons') p);
CREATE TRIGGER map_snapshots_persons AFTER INSERT ON map_snapshots WHEN NEW.persons IS NULL
BEGIN
    UPDATE map_snapshots SET persons = (
        SELECT json_group_array(json_array(json_extract(p.value, '$.id'),
                                           json_extract(p.value, '$.uid'),
                                           coalesce(json_extract(p.value, '$.is_index'), 0)))
        FROM json_each(NEW.state, '$.persons') p)
    WHERE id = NEW.id;
END;
