"""Everything that belongs to a case, found from the schema itself.

A table is *case-owned* when it has a ``case_id`` column with a foreign key
to ``cases(id)`` (every such table carries it directly, CONVENTIONS.md).
Export, import and erasure work over whatever case-owned tables the schema
holds, so a new feature's tables are moved and erased without code here:

* tables are discovered with ``PRAGMA table_list`` / ``table_info`` /
  ``foreign_key_list`` and ordered parents first;
* on import, integer primary keys get fresh values and every foreign key
  that points at one of them is remapped; all other columns are copied as
  they are;
* not case-owned: ``audit_log``, ``settings``, ``sqlite_*``, virtual tables
  and their shadow tables (full-text indexes are rebuilt, see ``rebuild_fts``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

CASES = "cases"

# Rows that freeze their children once signed off (session records): on
# import their sign-off columns are written after the children, and the
# tables that only signed rows may have (addenda) come after that.
SIGN_OFF: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sessions": (("signed_at", "signed_by"), ("session_addenda",)),
}


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str  # the parent table
    to: str | None  # the parent column; None: its primary key
    on_delete: str = "NO ACTION"


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    int_pk: str | None  # the INTEGER PRIMARY KEY column (a rowid alias), if any
    foreign_keys: tuple[ForeignKey, ...] = field(default=())


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _plain_tables(conn) -> list[str]:
    rows = conn.execute("PRAGMA main.table_list").fetchall()
    return sorted(r[1] for r in rows
                  if r[2] == "table" and not r[1].startswith("sqlite_"))


def fts_tables(conn) -> list[tuple[str, str]]:
    """(name, CREATE statement) of every full-text (virtual) table."""
    rows = conn.execute("PRAGMA main.table_list").fetchall()
    virtual = [r[1] for r in rows if r[2] == "virtual"]
    result = []
    for name in sorted(virtual):
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        result.append((name, sql[0] if sql else ""))
    return result


def _describe(conn, name: str) -> Table:
    info = conn.execute(f"PRAGMA table_info({_quote(name)})").fetchall()
    columns = tuple(r[1] for r in info)
    pk = [r for r in info if r[5] > 0]
    int_pk = pk[0][1] if len(pk) == 1 and pk[0][2].upper() == "INTEGER" else None
    fks = tuple(ForeignKey(r[3], r[2], r[4], r[6])
                for r in conn.execute(f"PRAGMA foreign_key_list({_quote(name)})"))
    return Table(name, columns, int_pk, fks)


def _is_case_owned(table: Table) -> bool:
    return table.name == CASES or any(
        fk.column == "case_id" and fk.table == CASES for fk in table.foreign_keys)


def case_tables(conn) -> list[Table]:
    """The case-owned tables, ``cases`` first, every parent before its children."""
    tables = {t.name: t for t in map(lambda n: _describe(conn, n), _plain_tables(conn))
              if _is_case_owned(t)}
    ordered: list[Table] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in visiting or any(t.name == name for t in ordered):
            return  # cycles are allowed: foreign keys are deferred on import
        visiting.add(name)
        for fk in tables[name].foreign_keys:
            if fk.table in tables and fk.table != name:
                visit(fk.table)
        visiting.discard(name)
        ordered.append(tables[name])

    for name in [CASES, *sorted(tables)]:
        if name in tables:
            visit(name)
    return ordered


def owner_filter(table: Table) -> str:
    return "id" if table.name == CASES else "case_id"


def rows_of(conn, table: Table, case_ids: list[int]) -> list[tuple]:
    marks = ", ".join("?" * len(case_ids))
    cols = ", ".join(_quote(c) for c in table.columns)
    order = f" ORDER BY {_quote(table.int_pk)}" if table.int_pk else " ORDER BY rowid"
    sql = (f"SELECT {cols} FROM {_quote(table.name)}"
           f" WHERE {_quote(owner_filter(table))} IN ({marks}){order}")
    return conn.execute(sql, case_ids).fetchall()


def delete_case_rows(conn, case_id: int) -> None:
    """Remove every row of one case: children first, then the case itself.

    ON DELETE CASCADE would do it too; deleting table by table also holds
    for a table whose author forgot the cascade. Runs inside the caller's
    transaction.
    """
    for table in reversed(case_tables(conn)):
        conn.execute(f"DELETE FROM {_quote(table.name)}"
                     f" WHERE {_quote(owner_filter(table))} = ?", (case_id,))
    for name, sql in fts_tables(conn):
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({_quote(name)})")]
        if "case_id" in columns and not _is_external_content(sql):
            conn.execute(f"DELETE FROM {_quote(name)} WHERE case_id = ?", (case_id,))


def _is_external_content(sql: str) -> bool:
    return "content=" in sql.replace(" ", "").lower()


def rebuild_fts(conn) -> None:
    """Rebuild every external-content full-text index from its tables.

    An FTS5 table declared with ``content=<table>`` indexes rows of a
    case-owned table; after a bulk import or an erase its index is made to
    match those rows again (and holds no words of an erased case).
    """
    for name, sql in fts_tables(conn):
        if _is_external_content(sql) and "content=''" not in sql.replace(" ", "").lower():
            conn.execute(f"INSERT INTO {_quote(name)}({_quote(name)}) VALUES ('rebuild')")
