"""Erasing a case leaves no trace of its content; retention finds cases to review.

The files are encrypted, so grepping them proves nothing: the check decrypts
every page of the database and the WAL with the data key (tests/vault/pages.py)
and looks there, where deleted cells and free pages would still show.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime, timedelta, timezone

import pytest

from legato_desk.model.case import CaseStatus
from legato_desk.model.retention import months_before, past_retention
from legato_desk.vault import Vault, backups, retention
from legato_desk.vault.cases import CaseNotFound
from tests.conftest import PASSPHRASE
from tests.vault.extra_tables import add_extra_tables, add_people
from tests.vault.pages import hits, vault_plaintext


def markers(tag: str) -> dict[str, str]:
    token = secrets.token_hex(6)
    # Lower case: the full-text index stores its tokens folded.
    return {k: f"zq{k}{tag}{token}" for k in ("pseudo", "summary", "person", "note")}


def fill(vault, m: dict[str, str]) -> int:
    case = vault.cases.create(m["pseudo"])
    vault.cases.set_summary(case.id, f"{m['summary']} " + "filler words " * 300)
    ids = add_people(vault, case.id, m["person"])
    vault.conn.execute("UPDATE t_links SET note = ? || note WHERE case_id = ?",
                       (m["note"] + " ", case.id))
    vault.conn.execute("INSERT INTO t_notes_fts(t_notes_fts) VALUES ('rebuild')")
    assert ids
    return case.id


def test_an_erased_case_is_found_nowhere(vault, vault_dir):
    add_extra_tables(vault)
    gone, kept = markers("gone"), markers("kept")
    gone_id = fill(vault, gone)
    fill(vault, kept)
    older_backup = backups.back_up(vault)  # made before: it still holds the case
    key = vault._key
    before = vault_plaintext(vault_dir, key)
    assert hits(before, list(gone.values())), "the decryption probe sees nothing"

    retention.erase_case(vault, gone_id)

    with pytest.raises(CaseNotFound):
        vault.cases.get(gone_id)
    for table in ("t_people", "t_links"):
        assert vault.conn.execute(f"SELECT count(*) FROM {table} WHERE case_id = ?",
                                  (gone_id,)).fetchone()[0] == 0
    assert (vault_dir / "vault.db-wal").stat().st_size == 0  # checkpointed (TRUNCATE)
    after_backup = backups.back_up(vault)
    while_open = vault_plaintext(vault_dir, key)
    backup_pages = vault_plaintext(after_backup, key)
    assert hits(while_open, list(gone.values())) == []
    assert hits(backup_pages, list(gone.values())) == []
    # Positive control: the other case is still readable in the same pages.
    assert {m for _f, m in hits(while_open, list(kept.values()))} == set(kept.values())
    assert {m for _f, m in hits(backup_pages, list(kept.values()))} == set(kept.values())
    assert hits(vault_plaintext(older_backup, key), [gone["pseudo"]])
    # The audit trail records the erasure by id only, and stays intact.
    entry = vault.audit.entries()[-1]
    assert entry[3:] == ("erased", "case", str(gone_id))
    assert vault.audit.verify() is None
    vault.close()
    assert hits(vault_plaintext(vault_dir, key), list(gone.values())) == []
    reopened = Vault.open(vault_dir, PASSPHRASE)
    assert reopened.check() == []
    reopened.close()


def test_erasing_a_missing_case_changes_nothing(vault):
    before = vault.audit.entries()
    with pytest.raises(CaseNotFound):
        retention.erase_case(vault, 42)
    assert vault.audit.entries() == before


# --- retention ---------------------------------------------------------------------------


@pytest.mark.parametrize("day, months, expected", [
    (date(2026, 3, 31), 1, date(2026, 2, 28)),
    (date(2026, 5, 15), 24, date(2024, 5, 15)),
    (date(2024, 2, 29), 12, date(2023, 2, 28)),
    (date(2026, 1, 10), 13, date(2024, 12, 10)),
])
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected


def test_only_ended_cases_past_the_period_are_listed(vault):
    today = date(2026, 6, 1)
    long_ago = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
    recent = datetime.now(timezone.utc) - timedelta(days=3)

    def case(name, status, when):
        created = vault.cases.create(name)
        vault.cases.set_status(created.id, status)
        vault.conn.execute("UPDATE cases SET last_activity = ? WHERE id = ?",
                           (when.isoformat(), created.id))
        return created.id

    old_ended = case("Old ended.", CaseStatus.ENDED, long_ago)
    old_reachable = case("Old reachable.", CaseStatus.ENDED_REACHABLE, long_ago)
    case("Old but active.", CaseStatus.ACTIVE, long_ago)
    case("Recently ended.", CaseStatus.ENDED, recent)

    assert retention.cases_past_retention(vault, today) == []  # no period set
    vault.settings.set(retention.MONTHS_KEY, 24)
    listed = retention.cases_past_retention(vault, today)
    assert sorted(c.id for c in listed) == sorted([old_ended, old_reachable])
    vault.settings.set(retention.MONTHS_KEY, 36)
    assert retention.cases_past_retention(vault, today) == []


def test_past_retention_rule():
    from legato_desk.model.case import Case

    ended = Case(1, "2020-001", "A.", CaseStatus.ENDED, date(2020, 1, 1),
                 datetime(2020, 2, 1, tzinfo=timezone.utc))
    assert past_retention(ended, 12, date(2021, 3, 1))
    assert not past_retention(ended, 12, date(2021, 1, 1))
    assert not past_retention(ended, 0, date(2030, 1, 1))
    active = Case(2, "2020-002", "B.", CaseStatus.ACTIVE, date(2020, 1, 1),
                  datetime(2020, 2, 1, tzinfo=timezone.utc))
    assert not past_retention(active, 12, date(2030, 1, 1))


def test_erasing_a_case_with_every_kind_of_record_leaves_no_word_of_it(vault, vault_dir):
    """The real tables: map, snapshots, key-clients, sessions with their index, safeguarding."""
    from legato_desk.demo import populate
    from legato_desk.model.session import SessionRecord

    populate(vault)
    case = vault.cases.list()[0]  # M.'s (S.'s shows a release)
    marker = "Zebulonquartz" + secrets.token_hex(4)
    alias, real = ("Quixbramble" + secrets.token_hex(4), "Yarrowfen" + secrets.token_hex(4))
    vault.maps.add_person(case.id, 0.3, 0.3, name=marker, role="uncle", aliases=f"Ux, {alias}")
    # The index client's real name and other names, also in a snapshot's state.
    vault.maps.update_person(vault.maps.ensure_index(case.id).id, name=real,
                             aliases=f"{real[:4]}, {alias}o")
    vault.maps.take_snapshot(case.id, "with every name")
    saved = vault.sessions.save(SessionRecord(case_id=case.id, held_at=datetime(2026, 3, 2, 9),
                                              facts=f"talked with {marker}"))
    vault.sessions.sign(saved.id)
    vault.sessions.add_addendum(saved.id, f"{marker} called again")
    vault.safeguarding.raise_flag(case.id, "self_harm", f"{marker} said so")
    assert vault.sessions.search(marker[:10])
    key = vault._key
    assert {m for _f, m in hits(vault_plaintext(vault_dir, key), [marker, alias, real])} == {
        marker, alias, real}

    retention.erase_case(vault, case.id)

    assert vault.sessions.search(marker[:10]) == []
    for (table,) in vault.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%case_id%'"
            " AND name NOT LIKE '%fts%'").fetchall():
        assert vault.conn.execute(f"SELECT count(*) FROM {table} WHERE case_id = ?",
                                  (case.id,)).fetchone()[0] == 0, table
    assert hits(vault_plaintext(vault_dir, key), [marker, alias, real]) == []
    assert vault.check() == []
