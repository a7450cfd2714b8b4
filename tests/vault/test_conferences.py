"""Case conference records in the vault: stored rows, audit, handover, erasure."""

from __future__ import annotations

import secrets
from datetime import date, datetime, timezone

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model.conference import AgendaItem, Measure, Participant, RoleAssignment
from legato_desk.vault import Vault, retention, transfer
from legato_desk.vault.conferences import ConferenceRepository
from tests.conftest import PASSPHRASE
from tests.vault.pages import hits, vault_plaintext

NOW = datetime(2025, 6, 13, 15, 30, tzinfo=timezone.utc)
ONE_TIME = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX"
TABLES = ("case_conferences", "conference_agenda", "conference_participants",
          "conference_roles", "conference_measures")


@pytest.fixture
def v(vault):
    vault.conferences = ConferenceRepository(vault.conn, vault.audit, clock=lambda: NOW)
    return vault


def rows(vault, sql, *args):
    return vault.conn.execute(sql, args).fetchall()


def _contact(vault):
    agency = vault.directory.add_agency("Jugendamt Nord", "youth_welfare")
    cid = vault.directory.save_contact(agency.id, name="Lena Berg", role="case worker",
                                       deputy="Tom Kral")
    return vault.directory.contact(cid)


def _values(m, contact):
    return dict(
        held_on=date(2025, 5, 14), anonymous=True,
        agenda=[AgendaItem(m["topic"], True), AgendaItem(m["secret"], False)],
        participants=[Participant(contact.role, contact.name, contact.agency_name, contact.id),
                      Participant("case worker", contact.deputy, contact.agency_name,
                                  contact.id, deputy=True),
                      Participant(m["role"])],
        roles=[RoleAssignment("chairs", 0), RoleAssignment("keeps the minutes", 2)],
        measures=[Measure(m["what"], "mother", date(2025, 6, 1)), Measure("Call", "me")],
        minutes=m["minutes"], minutes_agreed=True)


def _markers(tag):
    token = secrets.token_hex(5)
    return {k: f"zq{k}{tag}{token}" for k in ("pseudo", "topic", "secret", "role", "what",
                                              "minutes")}


def _fill(vault, m):
    case = vault.cases.create(m["pseudo"])
    return case, vault.conferences.add(case.id, **_values(m, _contact(vault)))


def test_a_conference_is_stored_whole_and_the_audit_names_only_the_record(v):
    m = _markers("a")
    case, c = _fill(v, m)
    assert rows(v, "SELECT case_id, held_on, anonymous, minutes, minutes_agreed, created_at"
                   " FROM case_conferences") == [
        (case.id, "2025-05-14", 1, m["minutes"], 1, "2025-06-13T15:30:00+00:00")]
    assert rows(v, "SELECT position, text, agreed FROM conference_agenda ORDER BY position") \
        == [(0, m["topic"], 1), (1, m["secret"], 0)]
    assert rows(v, "SELECT position, name, agency, role, deputy FROM conference_participants"
                   " ORDER BY position") == [
        (0, "Lena Berg", "Jugendamt Nord", "case worker", 0),
        (1, "Tom Kral", "Jugendamt Nord", "case worker", 1), (2, "", "", m["role"], 0)]
    assert rows(v, "SELECT r.duty, p.position FROM conference_roles r JOIN"
                   " conference_participants p ON p.id = r.participant_id ORDER BY r.position"
                   ) == [("chairs", 0), ("keeps the minutes", 2)]
    assert rows(v, "SELECT what, who, due_on FROM conference_measures ORDER BY position") == [
        (m["what"], "mother", "2025-06-01"), ("Call", "me", None)]
    for table in TABLES:
        assert rows(v, f"SELECT DISTINCT case_id FROM {table}") == [(case.id,)]
    assert v.conferences.for_case(case.id) == [c]
    assert v.audit.entries()[-1][3:] == ("created", "conference", str(c.id))
    assert m["topic"] not in repr(v.audit.entries())


def test_a_change_replaces_the_record_and_a_delete_removes_every_row(v):
    m = _markers("b")
    case, c = _fill(v, m)
    values = _values(m, v.directory.contact(c.participants[0].contact_id))
    values.update(anonymous=False, agenda=[AgendaItem("Only this", True)],
                  roles=[RoleAssignment("chairs", 2)], measures=[])
    changed = v.conferences.update(c.id, **values)
    assert (changed.anonymous, [a.text for a in changed.agenda], changed.roles,
            changed.measures) == (False, ["Only this"], (RoleAssignment("chairs", 2),), ())
    assert rows(v, "SELECT count(*) FROM conference_agenda") == [(1,)]
    v.conferences.delete(c.id)
    for table in TABLES:
        assert rows(v, f"SELECT count(*) FROM {table}") == [(0,)]
    assert [e[3] for e in v.audit.entries()[-2:]] == ["changed", "deleted"]


def test_a_refused_conference_stores_nothing(v):
    m = _markers("c")
    case = v.cases.create("A.")
    values = _values(m, _contact(v))
    values["roles"] = [RoleAssignment("chairs", 9)]
    before = len(v.audit.entries())
    with pytest.raises(ValidationError, match="which participant chairs"):
        v.conferences.add(case.id, **values)
    assert rows(v, "SELECT count(*) FROM case_conferences") == [(0,)]
    assert len(v.audit.entries()) == before


def test_agreed_measures_are_the_seam_for_the_intervention_plan(v):
    m = _markers("d")
    case, c = _fill(v, m)
    assert [(x.conference_id, x.agreed_on, x.what, x.who, x.due_on)
            for x in v.conferences.agreed_measures(case.id)] == [
        (c.id, date(2025, 5, 14), m["what"], "mother", date(2025, 6, 1)),
        (c.id, date(2025, 5, 14), "Call", "me", None)]


def test_a_deleted_contact_leaves_the_participant_by_name(v):
    case, c = _fill(v, _markers("e"))
    v.directory.delete_contact(c.participants[0].contact_id)
    kept = v.conferences.get(c.id).participants[0]
    assert (kept.name, kept.agency, kept.contact_id) == ("Lena Berg", "Jugendamt Nord", None)


def test_conferences_move_with_a_handover(v, tmp_path, kdf):
    m = _markers("moved")
    case, c = _fill(v, m)
    path = tmp_path / "h.legato-transfer"
    transfer.export_cases(v, [case.id], path, ONE_TIME, kdf=kdf)
    target, _ = Vault.create(tmp_path / "target", PASSPHRASE, kdf=kdf)
    try:
        other = target.cases.create("T.")
        target.conferences.add(other.id, held_on=date(2025, 1, 2),
                               agenda=[AgendaItem("x", True)],
                               participants=[Participant("a"), Participant("b")],
                               roles=[RoleAssignment("chairs", 1)])  # ids collide
        moved = transfer.import_transfer(target, path, ONE_TIME).imported[0]
        (got,) = target.conferences.for_case(moved)
        assert got.agenda == c.agenda and got.measures == c.measures
        assert got.roles == c.roles and got.minutes == m["minutes"]
        # The directory is the other office's: the link goes, the name stays.
        assert [(p.name, p.role, p.contact_id) for p in got.participants] == [
            ("Lena Berg", "case worker", None), ("Tom Kral", "case worker", None),
            ("", m["role"], None)]
        assert target.check() == []
    finally:
        target.close()


def test_erasing_a_case_leaves_none_of_its_conferences(v, vault_dir):
    gone, kept = _markers("gone"), _markers("kept")
    gone_case, _c = _fill(v, gone)
    _fill(v, kept)
    key = v._key
    assert hits(vault_plaintext(vault_dir, key), list(gone.values()))
    retention.erase_case(v, gone_case.id)
    for table in TABLES:
        assert rows(v, f"SELECT count(*) FROM {table} WHERE case_id = ?", gone_case.id) == [(0,)]
    plain = vault_plaintext(vault_dir, key)
    assert hits(plain, list(gone.values())) == []
    assert {m for _f, m in hits(plain, list(kept.values()))} == set(kept.values())
