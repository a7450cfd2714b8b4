"""Test-only case-owned tables, to prove that handover and erasure are generic.

``t_people`` (parent) and ``t_links`` (child, with two foreign keys to
people and one to itself) follow the conventions every feature table
follows. Their names sort child-first, so the order must come from the
foreign keys. ``t_office`` is not case-owned and must be left alone.
"""

EXTRA_SCHEMA = """
CREATE TABLE t_people (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    uid     TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    photo   BLOB,
    weight  REAL
);
CREATE TABLE t_links (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    a           INTEGER NOT NULL REFERENCES t_people(id) ON DELETE CASCADE,
    b           INTEGER REFERENCES t_people(id) ON DELETE SET NULL,
    parent_link INTEGER REFERENCES t_links(id) ON DELETE SET NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE TABLE t_office (id INTEGER PRIMARY KEY, note TEXT);
CREATE VIRTUAL TABLE t_notes_fts USING fts5(note, content='t_links', content_rowid='id');
"""


def add_extra_tables(vault) -> None:
    for statement in EXTRA_SCHEMA.strip().split(";"):
        if statement.strip():
            vault.conn.execute(statement)


def add_people(vault, case_id: int, prefix: str) -> list[int]:
    """Three people and three links (one pointing at another link) in a case."""
    conn, ids = vault.conn, []
    for i in range(3):
        cur = conn.execute(
            "INSERT INTO t_people (case_id, uid, name, photo, weight) VALUES (?, ?, ?, ?, ?)",
            (case_id, f"{prefix}-uid-{i}", f"{prefix} person {i}", bytes([i, 0, 255]) * 3,
             1.5 + i))
        ids.append(cur.lastrowid)
    first = conn.execute(
        "INSERT INTO t_links (case_id, a, b, note) VALUES (?, ?, ?, ?)",
        (case_id, ids[0], ids[1], f"{prefix} link 0-1")).lastrowid
    conn.execute("INSERT INTO t_links (case_id, a, b, parent_link, note) VALUES (?, ?, ?, ?, ?)",
                 (case_id, ids[1], ids[2], first, f"{prefix} link 1-2"))
    conn.execute("INSERT INTO t_links (case_id, a, b, note) VALUES (?, ?, NULL, ?)",
                 (case_id, ids[2], f"{prefix} link 2-none"))
    conn.execute("INSERT INTO t_notes_fts(t_notes_fts) VALUES ('rebuild')")
    return ids


def people_view(vault, case_id: int) -> dict:
    """A case's people and links by name, independent of integer ids."""
    conn = vault.conn
    people = conn.execute("SELECT uid, name, photo, weight FROM t_people WHERE case_id = ?"
                          " ORDER BY uid", (case_id,)).fetchall()
    links = conn.execute(
        "SELECT pa.name, pb.name, parent.note, l.note FROM t_links l"
        " JOIN t_people pa ON pa.id = l.a LEFT JOIN t_people pb ON pb.id = l.b"
        " LEFT JOIN t_links parent ON parent.id = l.parent_link"
        " WHERE l.case_id = ? ORDER BY l.note", (case_id,)).fetchall()
    # Every reference stays inside the case.
    stray = conn.execute(
        "SELECT count(*) FROM t_links l JOIN t_people p ON p.id = l.a"
        " WHERE l.case_id = ? AND p.case_id != l.case_id", (case_id,)).fetchone()[0]
    assert stray == 0
    return {"people": people, "links": links}
