"""Intake, escalations, the sharing log, the directory and endings, in a real vault."""

import json
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legato_desk.errors import ValidationError
from legato_desk.model.case import CaseStatus
from legato_desk.model.ending import EndingReason
from legato_desk.model.intake import CallerCategory, ContactKind, Intake, ReferralRoute
from legato_desk.model.safeguarding import (
    DisclosureKind,
    FlagType,
    ProtocolStep,
    SharingGround,
    StepState,
    default_protocol,
)
from legato_desk.vault import Vault, connection
from legato_desk.vault.header import Header
from tests.conftest import PASSPHRASE


def rows(vault, table):
    return vault.conn.execute(f"SELECT * FROM {table}").fetchall()


def audit_tail(vault, n=1):
    return [e[3:] for e in vault.audit.entries()[-n:]]


def test_intake_is_saved_changed_and_audited_without_content(vault):
    case = vault.cases.create("A.")
    assert vault.intake.get(case.id) == Intake(case_id=case.id)
    intake = Intake(case.id, CallerCategory.FAMILY, ReferralRoute.HELPLINE,
                    ContactKind.CASE, concern="He no longer eats with us",
                    recent="left school", languages="German, Turkish",
                    confidentiality_explained=True)
    assert vault.intake.save(intake) == intake
    assert audit_tail(vault) == [("created", "intake", str(case.id))]
    vault.intake.save(intake)  # unchanged: no entry
    vault.intake.save(Intake(case.id, concern="changed"))
    assert audit_tail(vault, 2) == [("created", "intake", str(case.id)),
                                    ("changed", "intake", str(case.id))]
    assert not any("changed" in str(e[4:]) and "He no" in str(e) for e in vault.audit.entries())
    with pytest.raises(ValidationError):
        vault.intake.save(Intake(case.id, goals="x" * 20_001))
    assert vault.intake.get(case.id).concern == "changed"


def test_raising_a_flag_copies_the_protocol_and_closing_needs_every_step(vault):
    case = vault.cases.create("A.")
    protocol = default_protocol()
    protocol[FlagType.PLANNED_CRIME] = (ProtocolStep("Call the team lead", "team lead", "now"),
                                        ProtocolStep("Inform the police", "police", "now"))
    vault.safeguarding.set_protocol(protocol)
    esc = vault.safeguarding.raise_flag(case.id, FlagType.PLANNED_CRIME, "Heard of a plan")
    assert [s.text for s in esc.steps] == ["Call the team lead", "Inform the police"]
    assert vault.safeguarding.open_flags_by_case() == {case.id: [FlagType.PLANNED_CRIME]}
    # A later protocol change does not rewrite the record.
    vault.safeguarding.set_protocol(default_protocol())
    assert vault.safeguarding.get(esc.id).steps == esc.steps

    esc = vault.safeguarding.set_step(esc.id, esc.steps[0].id, StepState.DONE)
    before = rows(vault, "escalations"), len(vault.audit.entries())
    with pytest.raises(ValidationError, match="1 step"):
        vault.safeguarding.close(esc.id, "all done")
    assert (rows(vault, "escalations"), len(vault.audit.entries())) == before

    esc = vault.safeguarding.set_step(esc.id, esc.steps[1].id, StepState.NOT_NEEDED)
    closed = vault.safeguarding.close(esc.id, "police already knew")
    assert closed.closed_at is not None and closed.closing_note == "police already knew"
    assert vault.safeguarding.open_flags_by_case() == {}
    with pytest.raises(ValidationError, match="closed"):
        vault.safeguarding.set_step(esc.id, esc.steps[0].id, StepState.OPEN)
    assert [e[3] for e in vault.audit.entries() if e[4] == "escalation"] == [
        "created", "changed", "changed", "status"]


def test_disclosures_need_a_ground_and_leave_nothing_half_saved(vault):
    case = vault.cases.create("A.")
    esc = vault.safeguarding.raise_flag(case.id, FlagType.THREAT_TO_OTHERS)
    before = len(vault.audit.entries())
    with pytest.raises(ValidationError, match="ground"):
        vault.sharing.log(case.id, what="the threat", recipient="Police", purpose="danger",
                          ground=None, escalation_id=esc.id)
    assert rows(vault, "disclosures") == [] and len(vault.audit.entries()) == before
    vault.audit.actor = "JK"
    entry = vault.sharing.log(case.id, what="the threat", recipient="Police, Ms P.",
                              purpose="acute danger to a teacher",
                              ground=SharingGround.ACUTE_DANGER, escalation_id=esc.id,
                              acknowledged_by="Ms P.")
    assert entry.informed_by == "JK" and entry.kind is DisclosureKind.DISCLOSURE
    assert vault.safeguarding.get(esc.id).disclosures == (entry,)
    export = vault.sharing.log(case.id, what="Supervision summary (PDF)",
                               recipient="Team supervision", purpose="supervision",
                               ground=SharingGround.INTERNAL, kind=DisclosureKind.EXPORT)
    assert vault.sharing.for_case(case.id) == [entry, export]
    assert [e[3:5] for e in vault.audit.entries()[-2:]] == [
        ("created", "disclosure"), ("exported", "disclosure")]
    with pytest.raises(ValidationError, match="future"):
        vault.sharing.log(case.id, what="x", recipient="y", purpose="z", ground="consent",
                          shared_at=datetime.now(timezone.utc) + timedelta(days=2))


def test_directory_contacts_have_deputies_and_survive_in_the_log_when_deleted(vault):
    case = vault.cases.create("A.")
    agency = vault.directory.add_agency("Youth welfare office North", "youth_welfare")
    contact_id = vault.directory.save_contact(agency.id, name="Ms R.", role="case worker",
                                              deputy="Mr S.", deputy_phone="040 123")
    [contact] = vault.directory.contacts()
    assert contact.deputy == "Mr S." and contact.agency_name == agency.name
    entry = vault.sharing.log(case.id, what="x", recipient=contact.label(), purpose="y",
                              ground="consent", contact_id=contact_id)
    vault.directory.delete_agency(agency.id)
    assert vault.directory.contacts() == []
    [kept] = vault.sharing.for_case(case.id)
    assert kept.recipient == entry.recipient and kept.contact_id is None
    with pytest.raises(ValidationError):
        vault.directory.add_agency("  ")


def test_ending_a_case_sets_its_status_in_the_same_step(vault):
    case = vault.cases.create("A.")
    ending = vault.endings.end_case(case.id, EndingReason.KEYCLIENT_DECIDED, reachable=True,
                                    note="the sister wants a pause")
    assert vault.cases.get(case.id).status is CaseStatus.ENDED_REACHABLE
    assert vault.endings.for_case(case.id) == [ending]
    with pytest.raises(ValidationError):
        vault.endings.end_case(case.id, EndingReason.OTHER, reachable=False)
    assert vault.cases.get(case.id).status is CaseStatus.ENDED_REACHABLE
    assert len(vault.endings.for_case(case.id)) == 1


def test_every_case_owned_table_cascades_from_the_case(vault):
    tables = [r[0] for r in vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        cols = [r[1] for r in vault.conn.execute(f"PRAGMA table_info({table})")]
        fks = vault.conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
        for fk in fks:
            assert fk[6] in ("CASCADE", "SET NULL"), (table, fk)
        if "case_id" in cols:
            assert any(fk[2] == "cases" and fk[3] == "case_id" and fk[6] == "CASCADE"
                       for fk in fks), table
    case = vault.cases.create("A.")
    vault.intake.save(Intake(case.id, concern="c"))
    esc = vault.safeguarding.raise_flag(case.id, FlagType.SELF_HARM)
    vault.sharing.log(case.id, what="x", recipient="y", purpose="z", ground="consent",
                      escalation_id=esc.id)
    vault.endings.end_case(case.id, "goal_reached", reachable=False)
    vault.conn.execute("DELETE FROM cases WHERE id = ?", (case.id,))
    for table in ("intake", "escalations", "escalation_steps", "disclosures", "case_endings"):
        assert rows(vault, table) == [], table


def test_per_case_audit_view_and_the_profile_name(vault):
    a = vault.cases.create("A.")
    b = vault.cases.create("B.")
    vault.audit.actor = "JK"
    vault.safeguarding.raise_flag(a.id, FlagType.SELF_HARM)
    vault.intake.save(Intake(b.id, concern="c"))
    assert [(e[1], e[2], e[3]) for e in vault.audit.for_case(a.id)] == [
        ("counsellor", "created", "case"), ("JK", "created", "escalation")]
    assert [e[3] for e in vault.audit.for_case(b.id)] == ["case", "intake"]


# -- tampering ---------------------------------------------------------------------


def _tamper(vault_dir, *statements):
    key = Header.read(vault_dir / "vault.header").unlock(PASSPHRASE)
    conn = connection.connect(vault_dir / "vault.db", key)
    try:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _history(vault):
    case = vault.cases.create("A.")
    esc = vault.safeguarding.raise_flag(case.id, FlagType.CHILD_PROTECTION)
    vault.sharing.log(case.id, what="x", recipient="y", purpose="z", ground="legal_duty",
                      escalation_id=esc.id)
    assert len(vault.audit.entries()) == 3 and vault.check() == []


@pytest.mark.parametrize("statements, problem", [
    (["UPDATE audit_log SET actor = 'someone else' WHERE id = 2"], "entry 2"),
    (["UPDATE audit_log SET case_ref = 9 WHERE id = 3"], "entry 3"),
    (["DELETE FROM audit_log WHERE id = 3"], "entry 3"),  # the newest one
    (["DELETE FROM audit_log WHERE id >= 2"], "entry 2"),
    (["DELETE FROM audit_log"], "entry 1"),
    (["DELETE FROM audit_log WHERE id = 3",
      "UPDATE sqlite_sequence SET seq = 1 WHERE name = 'audit_log'"], "entry 2"),
])
def test_check_finds_an_edited_or_removed_entry_including_the_newest(
        vault, vault_dir, statements, problem):
    _history(vault)
    vault.close()
    _tamper(vault_dir, *statements)
    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        problems = reopened.check()
        assert problems == [f"audit trail broken at {problem}"], problems
    finally:
        reopened.close()


@pytest.mark.parametrize("statement, entry", [
    ("UPDATE audit_log SET action = 'changed' WHERE id = 1", 1),
    ("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)", 3),
])
def test_the_cli_check_fails_on_a_tampered_audit_row(vault, vault_dir, statement, entry):
    from tests.cli.test_cli import cli

    _history(vault)
    vault.close()
    assert cli("check", "--vault", vault_dir, stdin=PASSPHRASE + "\n").returncode == 0
    _tamper(vault_dir, statement)
    result = cli("check", "--vault", vault_dir, stdin=PASSPHRASE + "\n")
    assert result.returncode == 1
    assert f"audit trail broken at entry {entry}" in result.stdout


def test_protocol_setting_is_json_in_the_vault(vault):
    vault.safeguarding.set_protocol(default_protocol())
    stored = vault.settings.get("safeguarding.protocol")
    assert stored["format"] == "legato-desk office protocol"
    assert json.loads(json.dumps(stored)) == stored
    assert vault.safeguarding.protocol() == default_protocol()


def test_upgrade_keeps_the_old_chain_and_anchors_it(vault_dir, kdf):
    """A vault from before the safeguarding schema: chain intact, tail now guarded."""
    from legato_desk.vault import migrations
    from tests.vault.test_migrations import make_old_vault

    schema = next(m.version for m in migrations.available()
                  if m.name.endswith("_safeguarding.sql")) - 1
    paths, key = make_old_vault(vault_dir, kdf, schema=schema,
                                cases=(("2025-001", "Old A."), ("2025-002", "Old B.")))
    from legato_desk.vault.audit import AuditTrail

    conn = connection.connect(paths.db, key)
    try:  # the entries an older version wrote, without case_ref
        with connection.transaction(conn):
            for (case_id,) in conn.execute("SELECT id FROM cases").fetchall():
                AuditTrail(conn).append("created", "case", case_id)
    finally:
        conn.close()
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert len(vault.audit.entries()) == 2 and vault.check() == []
        seq = vault.conn.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()[0]
        assert seq == 2
        vault.safeguarding.raise_flag(vault.cases.list()[0].id, FlagType.SELF_HARM)
        assert vault.check() == []
        with pytest.raises(connection.DatabaseError, match="append-only"):
            vault.conn.execute("DELETE FROM audit_log WHERE id = 3")
    finally:
        vault.close()
    _tamper(vault_dir, "DELETE FROM audit_log WHERE id = 3")
    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert reopened.check() == ["audit trail broken at entry 3"]
    finally:
        reopened.close()


def test_safeguarding_text_is_encrypted_and_never_in_the_audit_trail(vault, vault_dir, tmp_path):
    import os
    import secrets
    from pathlib import Path

    from tests.test_security import files_under, scan

    marker = f"MARKER-sg-{secrets.token_hex(6)}"
    case = vault.cases.create("A.")
    vault.intake.save(Intake(case.id, concern=f"{marker} concern", risk_factors=marker))
    esc = vault.safeguarding.raise_flag(case.id, FlagType.THREAT_TO_OTHERS, f"{marker} threat")
    vault.sharing.log(case.id, what=f"{marker} what", recipient=f"{marker} Police",
                      purpose=marker, ground="acute_danger", escalation_id=esc.id)
    agency = vault.directory.add_agency(f"{marker} office")
    vault.directory.save_contact(agency.id, name=f"{marker} contact", deputy=marker)
    vault.endings.end_case(case.id, "other", reachable=False, note=f"{marker} note")
    assert marker in vault.intake.get(case.id).concern  # really stored
    assert not any(marker in str(entry) for entry in vault.audit.entries())
    files = files_under(vault_dir, Path(os.environ["TMPDIR"]), tmp_path)
    assert any(p.name == "vault.db-wal" for p in files)
    assert scan(files, [marker]) == []


@given(st.binary(max_size=300))
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_protocol_file_imports_or_is_refused_with_a_message(tmp_path, raw):
    from legato_desk.vault.safeguarding import SafeguardingRepository

    path = tmp_path / "protocol.json"
    path.write_bytes(raw)
    try:
        SafeguardingRepository.read_protocol_file(path)
    except ValidationError:
        pass


def test_a_disclosure_keeps_whether_the_person_was_told_and_asked_and_a_withdrawal(vault):
    from legato_desk.model.safeguarding import Consent

    case = vault.cases.create("A.")
    before = len(vault.audit.entries())
    with pytest.raises(ValidationError, match="acute danger"):
        vault.sharing.log(case.id, what="what he said in session", recipient="Police",
                          purpose="risk", ground=SharingGround.LEGAL_DUTY,
                          consent=Consent.REFUSED, counselling_content=True,
                          consent_answered=True)
    with pytest.raises(ValidationError, match="asked to agree"):
        vault.sharing.log(case.id, what="dates", recipient="School", purpose="plan",
                          ground=SharingGround.LEGAL_DUTY, consent_answered=True)
    assert rows(vault, "disclosures") == [] and len(vault.audit.entries()) == before
    entry = vault.sharing.log(case.id, what="the plan for school", recipient="Ms T., school",
                              purpose="a joint plan", ground=SharingGround.CONSENT,
                              client_told=True, consent=Consent.GIVEN,
                              consent_note="agreed in the session of 2 May",
                              consent_answered=True)
    stored = vault.sharing.for_case(case.id)[0]
    assert stored == entry and (stored.client_told, stored.consent, stored.consent_note,
                                stored.counselling_content) == (
        True, Consent.GIVEN, "agreed in the session of 2 May", False)
    assert stored.consent_in_force
    withdrawn = vault.sharing.withdraw_consent(entry.id)
    assert withdrawn.consent_withdrawn_at is not None and not withdrawn.consent_in_force
    assert vault.sharing.for_case(case.id) == [withdrawn]
    assert vault.audit.entries()[-1][3:5] == ("changed", "disclosure")
    with pytest.raises(ValidationError, match="already withdrawn"):
        vault.sharing.withdraw_consent(entry.id)
    # The app's own exports record no consent; entries from before schema 13 neither.
    export = vault.sharing.log(case.id, what="Supervision (PDF)", recipient="Team",
                               purpose="supervision", ground=SharingGround.INTERNAL,
                               kind=DisclosureKind.EXPORT)
    assert export.consent is Consent.NOT_RECORDED and not export.client_told
