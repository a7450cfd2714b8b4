"""A case's release and the contacts' availability in the vault: stored rows,
audit, handover, erasure."""

from __future__ import annotations

import secrets
from datetime import date, datetime, time, timezone

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model.availability import Availability, Hours
from legato_desk.model.release import ChecklistItem, default_items
from legato_desk.vault import Vault, retention, transfer
from legato_desk.vault.releases import ReleaseRepository
from tests.conftest import PASSPHRASE
from tests.vault.pages import hits, vault_plaintext

NOW = datetime(2025, 6, 10, 8, 0, tzinfo=timezone.utc)
ONE_TIME = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX"
OFFICE = Availability((Hours(540, 960),) * 5)


@pytest.fixture
def v(vault):
    vault.releases = ReleaseRepository(vault.conn, vault.audit, vault.settings,
                                       vault.directory, clock=lambda: NOW)
    return vault


def rows(vault, sql, *args):
    return vault.conn.execute(sql, args).fetchall()


def _contact(v, deputy_hours=None):
    agency = v.directory.add_agency("Bewährungshilfe Mitte", "probation")
    cid = v.directory.save_contact(agency.id, name="Anna Roth", role="probation officer",
                                   deputy="Ben Kurz")
    v.directory.set_availability(cid, OFFICE, deputy_hours)
    return cid


def test_availability_is_stored_with_the_directory_row_and_goes_with_it(v):
    cid = _contact(v, Availability((None, Hours(600, 720), None, None, None), weekend=True))
    assert rows(v, "SELECT person, mon, tue, fri, weekend FROM contact_availability"
                   " ORDER BY person") == [("contact", "9:00-16:00", "9:00-16:00",
                                            "9:00-16:00", 0),
                                           ("deputy", "", "10:00-12:00", "", 1)]
    hours, deputy = v.directory.availability(cid)
    assert hours == OFFICE and deputy.weekend and deputy.weekdays[1] == Hours(600, 720)
    v.directory.set_availability(cid, OFFICE, Availability())  # nothing: not recorded
    assert v.directory.availability(cid) == (OFFICE, None)
    v.directory.delete_contact(cid)
    assert rows(v, "SELECT count(*) FROM contact_availability") == [(0,)]
    with pytest.raises(ValidationError):
        v.directory.set_availability(cid, OFFICE, None)


def test_a_release_starts_from_the_office_checklist_and_is_saved_as_a_whole(v):
    case = v.cases.create("A.")
    assert v.releases.get(case.id) is None
    started = v.releases.start(case.id, "de")
    assert [i.label for i in started.items] == default_items("de")
    assert v.releases.start(case.id, "en") == started  # once begun, it stays
    cid = _contact(v)
    items = [ChecklistItem("Pick-up arranged", True, "brother drives", "the brother"),
             ChecklistItem("Probation contact", False, "", "Anna Roth, probation officer "
                           "(Bewährungshilfe Mitte)", cid)]
    saved = v.releases.save(case.id, released_on=date(2025, 6, 13), released_at=time(15, 30),
                            institution="JVA Nord", items=items)
    assert saved.moment == datetime(2025, 6, 13, 15, 30) and saved.done == 1
    assert rows(v, "SELECT case_id, released_on, released_at, institution, changed_at"
                   " FROM releases") == [(case.id, "2025-06-13", "15:30", "JVA Nord",
                                          "2025-06-10T08:00:00+00:00")]
    assert rows(v, "SELECT position, label, done, note, responsible, contact_id"
                   " FROM release_items ORDER BY position") == [
        (0, "Pick-up arranged", 1, "brother drives", "the brother", None),
        (1, "Probation contact", 0, "", "Anna Roth, probation officer (Bewährungshilfe Mitte)",
         cid)]
    actions = [e[2:] for e in v.audit.for_case(case.id) if e[3] == "release"]
    assert actions == [("created", "release", str(started.id)),
                       ("changed", "release", str(started.id))]
    # The check reads the responsible contact and their deputy.
    check = v.releases.check(case.id)
    assert check.warning and check.first == datetime(2025, 6, 16, 9, 0)
    assert [(p.name, p.recorded) for p in check.people] == [("Anna Roth", True),
                                                            ("Ben Kurz", False)]
    # A contact deleted from the directory: the name stays, the link goes.
    v.directory.delete_contact(cid)
    assert v.releases.get(case.id).items[1].contact_id is None
    assert v.releases.check(case.id).people == ()


def test_a_release_without_time_has_no_check_and_bad_values_store_nothing(v):
    case = v.cases.create("A.")
    v.releases.save(case.id, released_on=date(2025, 6, 13), released_at=None,
                    institution="", items=[])
    assert v.releases.check(case.id) is None
    with pytest.raises(ValidationError):
        v.releases.save(case.id, released_on=None, released_at=None, institution="x" * 201,
                        items=[])
    with pytest.raises(ValidationError):
        v.releases.save(case.id, released_on=None, released_at=None, institution="",
                        items=[ChecklistItem("")])
    assert v.releases.get(case.id).released_on == date(2025, 6, 13)


def test_the_office_saves_its_own_default_checklist(v):
    assert v.releases.default_checklist("en") == default_items("en")
    v.releases.set_default_checklist(["Phone with credit", " ", "Bank account"])
    assert v.releases.default_checklist("de") == ["Phone with credit", "Bank account"]
    case = v.cases.create("A.")
    assert [i.label for i in v.releases.start(case.id).items] == [
        "Phone with credit", "Bank account"]
    v.releases.reset_default_checklist()
    assert not v.releases.has_own_checklist()


def _fill(v, m):
    case = v.cases.create(m["pseudo"])
    cid = _contact(v)
    v.releases.save(case.id, released_on=date(2025, 6, 13), released_at=time(15, 30),
                    institution=m["inst"], items=[
                        ChecklistItem(m["label"], True, m["note"], m["who"]),
                        ChecklistItem("Probation", False, "", "Anna Roth", cid)])
    return case


def _markers(tag):
    token = secrets.token_hex(5)
    return {k: f"zq{k}{tag}{token}" for k in ("pseudo", "inst", "label", "note", "who")}


def test_a_release_moves_with_a_handover(v, tmp_path, kdf):
    m = _markers("moved")
    case = _fill(v, m)
    path = tmp_path / "h.legato-transfer"
    transfer.export_cases(v, [case.id], path, ONE_TIME, kdf=kdf)
    target, _ = Vault.create(tmp_path / "target", PASSPHRASE, kdf=kdf)
    try:
        other = target.cases.create("T.")
        target.releases.start(other.id)  # ids collide
        moved = transfer.import_transfer(target, path, ONE_TIME).imported[0]
        release = target.releases.get(moved)
        assert (release.institution, release.moment) == (m["inst"], datetime(2025, 6, 13, 15, 30))
        assert release.items == (ChecklistItem(m["label"], True, m["note"], m["who"]),
                                 ChecklistItem("Probation", False, "", "Anna Roth", None))
        assert target.check() == []
    finally:
        target.close()


def test_erasing_a_case_leaves_none_of_its_release(v, vault_dir):
    gone, kept = _markers("gone"), _markers("kept")
    gone_case = _fill(v, gone)
    _fill(v, kept)
    key = v._key
    assert hits(vault_plaintext(vault_dir, key), list(gone.values()))
    retention.erase_case(v, gone_case.id)
    for table in ("releases", "release_items"):
        assert rows(v, f"SELECT count(*) FROM {table} WHERE case_id = ?", gone_case.id) == [(0,)]
    plain = vault_plaintext(vault_dir, key)
    assert hits(plain, list(gone.values())) == []
    assert {m for _f, m in hits(plain, list(kept.values()))} == set(kept.values())
