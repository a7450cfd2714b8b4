"""The headless CLI, driven for real.

Most tests run ``python -m legato_desk ...`` as a subprocess with the
passphrase on standard input, exactly as a script or a support person would,
and look at exit code, stdout and stderr. A few call ``__main__.main`` in
process where that is enough and faster.

Commands that create a vault calibrate Argon2id to about half a second (the
CLI has no cheap-KDF switch on purpose), so only three tests do that: init,
demo and the in-process passphrase-length check (which fails before the KDF).
Everything that only needs an existing vault builds it in process with the
cheap test KDF and then runs the real CLI against it.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from legato_desk import __main__ as entry
from legato_desk import demo
from legato_desk.model.case import CaseStatus
from legato_desk.vault import Vault
from legato_desk.vault.errors import WrongPassphrase
from legato_desk.vault.keys import PRODUCTION_MEMORY_KIB, PRODUCTION_PARALLELISM, \
    PRODUCTION_TIME_COST
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

PROJECT_ROOT = Path(__file__).resolve().parents[2]
RECOVERY_KEY = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}\b")


# -- helpers -------------------------------------------------------------------

def cli(*args: str, stdin: str = "", cwd: Path | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the real CLI in a child process with this test's isolated HOME/XDG/TMPDIR."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p)
    return subprocess.run(
        [sys.executable, "-m", "legato_desk", *map(str, args)],
        input=stdin, capture_output=True, text=True, env=env, cwd=cwd,
        timeout=timeout,
    )


def run_in_process(monkeypatch, capsys, argv: list[str], stdin: str):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = entry.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_calm(stderr: str) -> None:
    """A message for people: no traceback, no exception class names."""
    assert "Traceback" not in stderr
    assert "Error:" not in stderr and "Exception" not in stderr


def digest_folder(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def flip_middle_byte(path: Path) -> int:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle] ^= 0xFF
    path.write_bytes(bytes(data))
    return middle


@pytest.fixture
def filled_vault_dir(vault_dir, kdf) -> Path:
    """A closed vault (cheap KDF) holding a few cases and enough pages to damage."""
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    try:
        for i in range(60):
            case = vault.cases.create(f"Case {i}")
            vault.cases.set_summary(case.id, f"summary {i} " + "lorem ipsum " * 60)
    finally:
        vault.close()
    assert not (vault_dir / "vault.db-wal").exists() or \
        (vault_dir / "vault.db-wal").stat().st_size == 0
    return vault_dir


# -- init ------------------------------------------------------------------------

def test_init_creates_a_vault_shows_the_recovery_key_once_and_it_opens_the_vault(tmp_path):
    folder = tmp_path / "new-vault"
    result = cli("init", "--vault", folder, stdin=PASSPHRASE + "\n")

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    keys_shown = RECOVERY_KEY.findall(result.stdout + result.stderr)
    assert len(keys_shown) == 1, result.stdout
    recovery_key = keys_shown[0]
    assert len(recovery_key.split("-")) == 8
    assert result.stdout.count(recovery_key) == 1
    assert PASSPHRASE not in result.stdout
    assert (folder / "vault.db").is_file() and (folder / "vault.header").is_file()

    # The CLI uses production-grade, calibrated Argon2id, never the test shortcut.
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert vault.kdf.time_cost >= PRODUCTION_TIME_COST
        assert vault.kdf.memory_kib >= PRODUCTION_MEMORY_KIB
        assert vault.kdf.parallelism >= PRODUCTION_PARALLELISM
        assert vault.cases.list() == []
    finally:
        vault.close()

    # The key printed is the real recovery key: it opens the vault and sets a new passphrase.
    recovered = Vault.recover(folder, recovery_key, OTHER_PASSPHRASE)
    recovered.close()
    Vault.open(folder, OTHER_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)


def test_init_on_an_existing_vault_refuses_and_changes_nothing(vault_dir, kdf, tmp_path):
    Vault.create(vault_dir, PASSPHRASE, kdf=kdf)[0].close()
    before = digest_folder(vault_dir)

    result = cli("init", "--vault", vault_dir, stdin=OTHER_PASSPHRASE + "\n")

    assert result.returncode == 2
    assert "already holds a vault" in result.stderr
    assert_calm(result.stderr)
    assert RECOVERY_KEY.search(result.stdout) is None
    assert digest_folder(vault_dir) == before
    Vault.open(vault_dir, PASSPHRASE).close()


def test_init_with_a_too_short_passphrase_refuses_and_creates_nothing(tmp_path):
    folder = tmp_path / "short"
    result = cli("init", "--vault", folder, stdin="short\n")

    assert result.returncode == 2
    assert "too short" in result.stderr
    assert_calm(result.stderr)
    assert RECOVERY_KEY.search(result.stdout) is None
    assert not (folder / "vault.header").exists()
    assert not (folder / "vault.db").exists()


@pytest.mark.parametrize("stdin, message", [
    ("", "choose a passphrase"),
    ("abc def\n", "too short"),
])
def test_init_in_process_rejects_unusable_passphrases(monkeypatch, capsys, tmp_path,
                                                       stdin, message):
    folder = tmp_path / "v"
    code, out, err = run_in_process(monkeypatch, capsys,
                                    ["init", "--vault", folder], stdin)
    assert code == 2
    assert message in err.lower()
    assert out == ""
    assert not folder.exists() or not any(folder.iterdir())


# -- demo ------------------------------------------------------------------------

def test_demo_creates_a_vault_holding_the_demo_cases(tmp_path):
    folder = tmp_path / "demo-vault"
    result = cli("demo", "--vault", folder, stdin=PASSPHRASE + "\n")

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert len(RECOVERY_KEY.findall(result.stdout)) == 1

    vault = Vault.open(folder, PASSPHRASE)
    try:
        cases = vault.cases.list()
        assert [c.pseudonym for c in cases] == ["M.", "S."]  # S.: the release case
        case = cases[0]
        assert case.status is CaseStatus.ACTIVE
        assert case.summary == demo._summary()  # the CLI writes English
        assert vault.kdf.time_cost >= PRODUCTION_TIME_COST
        assert vault.check() == []
    finally:
        vault.close()


def test_demo_large_adds_the_generated_large_case(tmp_path, monkeypatch, capsys):
    from legato_desk.vault import keys

    monkeypatch.setattr(keys, "calibrate", lambda *a, **k: keys.KdfParams.cheap_for_tests())
    folder = tmp_path / "large-vault"
    code, out, err = run_in_process(monkeypatch, capsys,
                                    ["demo", "--large", "--vault", folder], PASSPHRASE + "\n")
    assert code == 0, err
    vault = Vault.open(folder, PASSPHRASE)
    try:
        large = next(c for c in vault.cases.list() if c.pseudonym == "L.")
        state = vault.maps.state(large.id)
        assert (len(state.persons), len(state.relations)) == (301, 800)
        assert len(vault.maps.snapshots(large.id)) == 12
    finally:
        vault.close()


# -- check -----------------------------------------------------------------------

def test_check_on_a_good_vault_prints_ok(filled_vault_dir):
    result = cli("check", "--vault", filled_vault_dir, stdin=PASSPHRASE + "\n")

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[-1] == "ok"
    assert "60 case(s)" in result.stdout
    assert "SQLCipher 4." in result.stdout


def test_check_with_a_wrong_passphrase_exits_2_calmly_and_changes_nothing(filled_vault_dir):
    before = digest_folder(filled_vault_dir)

    result = cli("check", "--vault", filled_vault_dir, stdin=OTHER_PASSPHRASE + "\n")

    assert result.returncode == 2
    assert result.stderr.strip() == WrongPassphrase.message
    assert result.stdout == ""
    assert digest_folder(filled_vault_dir) == before


def test_check_on_a_damaged_vault_exits_1_and_leaves_the_file_alone(filled_vault_dir):
    db = filled_vault_dir / "vault.db"
    flip_middle_byte(db)
    before = digest_folder(filled_vault_dir)

    result = cli("check", "--vault", filled_vault_dir, stdin=PASSPHRASE + "\n")

    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "damaged" in result.stderr
    assert_calm(result.stderr)
    assert "ok" not in result.stdout.split()
    # A failed open never modifies the file (security.md §7). The read-only
    # probe may leave SQLite's -shm index and an empty -wal beside it.
    after = digest_folder(filled_vault_dir)
    assert after["vault.db"] == before["vault.db"]
    assert after["vault.header"] == before["vault.header"]
    wal = filled_vault_dir / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_check_in_process_accepts_a_crlf_line_and_counts_cases(monkeypatch, capsys,
                                                                filled_vault_dir):
    code, out, err = run_in_process(monkeypatch, capsys,
                                    ["check", "--vault", filled_vault_dir],
                                    PASSPHRASE + "\r\n")
    assert code == 0, err
    assert out.splitlines()[-1] == "ok"
    from legato_desk.vault.migrations import latest_version

    assert f"schema {latest_version()}, 60 case(s)" in out


def test_check_on_a_damaged_key_file_exits_1(monkeypatch, capsys, filled_vault_dir):
    (filled_vault_dir / "vault.header").write_text("{not json")
    code, out, err = run_in_process(monkeypatch, capsys,
                                    ["check", "--vault", filled_vault_dir],
                                    PASSPHRASE + "\n")
    assert code == 1
    assert "vault.header" in err and "Traceback" not in err


def test_check_in_process_on_a_missing_vault_says_so(monkeypatch, capsys, tmp_path):
    code, out, err = run_in_process(monkeypatch, capsys,
                                    ["check", "--vault", tmp_path / "nothing-here"],
                                    PASSPHRASE + "\n")
    assert code == 2
    assert "no vault" in err
    assert out == ""
    assert not (tmp_path / "nothing-here").exists()


def test_check_in_process_on_a_truncated_vault_exits_1(monkeypatch, capsys,
                                                       filled_vault_dir):
    db = filled_vault_dir / "vault.db"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 123])
    code, out, err = run_in_process(monkeypatch, capsys,
                                    ["check", "--vault", filled_vault_dir],
                                    PASSPHRASE + "\n")
    assert code == 1
    assert "damaged" in err
    assert len(db.read_bytes()) == len(data) // 2 + 123


# -- export ----------------------------------------------------------------------

def test_export_writes_a_pseudonymised_pdf_and_logs_it(vault_dir, kdf, tmp_path):
    from pypdf import PdfReader

    vault, _recovery = Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    try:
        case = vault.cases.create("M.")
        vault.maps.add_person(case.id, 0.0, -0.3, name="Karoline Brandt", role="mother")
        vault.cases.set_summary(case.id, "Karoline Brandt called twice.")
    finally:
        vault.close()
    out = tmp_path / "out.pdf"
    result = cli("export", "--vault", vault_dir, "--case", case.code, "--audience",
                 "supervision", "--out", out, stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "P1 · mother" in text and "P1 called twice." in text and "Brandt" not in text
    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert [r.audience for r in reopened.exports.list(case.id)] == ["supervision"]
    finally:
        reopened.close()


def test_export_refuses_unreviewed_lookalike_names_until_reviewed_or_accepted(
        vault_dir, kdf, tmp_path):
    from pypdf import PdfReader

    vault, _recovery = Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    try:
        case = vault.cases.create("M.")
        vault.maps.add_person(case.id, 0.0, -0.3, name="Karoline Brandt", role="mother")
        vault.cases.set_summary(case.id, "Karolines Bruder met Herr Quellmann at school.")
    finally:
        vault.close()
    out = tmp_path / "out.pdf"
    args = ("export", "--vault", vault_dir, "--case", case.code, "--audience", "supervision")
    review = cli(*args, "--review", stdin=PASSPHRASE + "\n")
    assert review.returncode == 0, review.stderr
    assert "Karolines -> P1 (inflected), 1 time(s)" in review.stdout
    assert "Quellmann, 1 time(s)" in review.stdout
    refused = cli(*args, "--out", out, stdin=PASSPHRASE + "\n")
    assert refused.returncode != 0 and "Quellmann" in refused.stderr
    assert "--accept-unreviewed" in refused.stderr and not out.exists()
    accepted = cli(*args, "--out", out, "--accept-unreviewed", stdin=PASSPHRASE + "\n")
    assert accepted.returncode == 0, accepted.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "P1 Bruder" in text and "Karoline" not in text and "Quellmann" in text
    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:  # the review wrote nothing; only the export is logged
        assert [r.audience for r in reopened.exports.list(case.id)] == ["supervision"]
    finally:
        reopened.close()


def test_export_of_an_unknown_case_is_an_error_and_writes_nothing(filled_vault_dir, tmp_path):
    out = tmp_path / "out.pdf"
    result = cli("export", "--vault", filled_vault_dir, "--case", "1999-999", "--audience",
                 "supervision", "--out", out, stdin=PASSPHRASE + "\n")
    assert result.returncode == 2 and "no case 1999-999" in result.stderr
    assert not out.exists()


def test_export_prints_the_chosen_conference_and_an_anonymous_one_refuses_real_names(
        vault_dir, kdf, tmp_path):
    from datetime import date

    from pypdf import PdfReader

    from legato_desk.model.conference import AgendaItem, Participant

    vault, _recovery = Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    try:
        case = vault.cases.create("M.")
        vault.maps.add_person(case.id, 0.0, -0.3, name="Karoline Brandt", role="mother")
        conference = vault.conferences.add(
            case.id, held_on=date(2025, 5, 14), anonymous=True,
            agenda=[AgendaItem("What Karoline Brandt noticed", True)],
            participants=[Participant("mother")])
    finally:
        vault.close()
    out = tmp_path / "out.pdf"
    args = ("export", "--vault", vault_dir, "--case", case.code, "--audience",
            "case_conference", "--ground", "consent", "--conference", str(conference.id))
    result = cli(*args, "--out", out, stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Case conference of 14 May 2025" in text and "What P1 noticed" in text
    assert "Brandt" not in text
    refused = cli(*args, "--real-names", "--out", tmp_path / "real.pdf",
                  stdin=PASSPHRASE + "\n")
    assert refused.returncode != 0 and "anonymous" in refused.stderr
    assert not (tmp_path / "real.pdf").exists()


# -- the command line as a whole ----------------------------------------------------

@pytest.mark.parametrize("argv, expected", [
    ([], {"command": None, "vault": None, "demo": False, "smoke": False}),
    (["--demo", "--language", "de"], {"command": None, "demo": True, "language": "de"}),
    (["--vault", "/x", "check", "--vault", "/y"], {"command": "check", "vault": Path("/y")}),
])
def test_gui_starts_and_commands_parse_alike(argv, expected):
    args = vars(entry.parse_args(argv))
    assert {k: args[k] for k in expected} == expected


def test_help_and_mistakes_get_the_whole_command_line(capsys):
    """The GUI's own options are parsed without the commands' parser; help and
    every mistake still come from the whole one."""
    with pytest.raises(SystemExit) as help_exit:
        entry.main(["--help"])
    out = capsys.readouterr().out
    assert help_exit.value.code == 0
    assert "--language" in out and "export" in out and "restore" in out
    with pytest.raises(SystemExit) as wrong:
        entry.main(["--language", "fr"])
    err = capsys.readouterr().err
    assert wrong.value.code == 2
    assert "COMMAND" in err and "invalid choice: 'fr'" in err
