-- Schema 20: everyone ever frozen on a case's map snapshots, once per way of
-- writing them. Opening a case numbers the pseudonym codes over everyone ever
-- on its map, and the name register redacts every name a snapshot holds.
-- Schema 10 kept a persons list beside each snapshot, so opening a case still
-- read every snapshot's copy of the same people: k times the snapshots of k
-- times the persons is k² rows (626 ms at 4× the large case, performance.md).
-- The roster holds each distinct (id, uid, index, name, aliases, kind) once,
-- filled here from the existing snapshots and by the trigger for every
-- snapshot inserted (take_snapshot, a handover); deleting a snapshot rebuilds
-- its case's rows from the snapshots left (vault/maps.py), so a name removed
-- with its last snapshot is gone. It replaces schema 10's list.
CREATE TABLE map_roster (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL,   -- the id in the snapshot's state (not remapped)
    uid       TEXT    NOT NULL,
    is_index  INTEGER NOT NULL,
    name      TEXT    NOT NULL,
    aliases   TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    UNIQUE (case_id, uid, person_id, is_index, name, aliases, kind) ON CONFLICT IGNORE
);
-- Each person of each snapshot as the roster keeps them (one definition for
-- the fill below, the trigger and the rebuild after a deletion).
CREATE VIEW map_snapshot_people AS
    SELECT s.id AS snapshot_id, s.case_id, p.key AS position,
           json_extract(p.value, '$.id') AS person_id,
           coalesce(json_extract(p.value, '$.uid'), '') AS uid,
           coalesce(json_extract(p.value, '$.is_index'), 0) AS is_index,
           coalesce(json_extract(p.value, '$.name'), '') AS name,
           coalesce(json_extract(p.value, '$.aliases'), '') AS aliases,
           coalesce(json_extract(p.value, '$.kind'), 'person') AS kind
    FROM map_snapshots s, json_each(s.state, '$.persons') p;
INSERT INTO map_roster (case_id, person_id, uid, is_index, name, aliases, kind)
    SELECT case_id, person_id, uid, is_index, name, aliases, kind FROM map_snapshot_people
    ORDER BY snapshot_id, position;
CREATE TRIGGER map_snapshots_roster AFTER INSERT ON map_snapshots
BEGIN
    INSERT INTO map_roster (case_id, person_id, uid, is_index, name, aliases, kind)
        SELECT case_id, person_id, uid, is_index, name, aliases, kind
        FROM map_snapshot_people WHERE snapshot_id = NEW.id ORDER BY position;
END;
DROP TRIGGER map_snapshots_persons;
ALTER TABLE map_snapshots DROP COLUMN persons;
