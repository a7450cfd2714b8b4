"""``legato-desk stats export|merge``, run through ``__main__.main`` in process."""

import json

import pytest

from legato_desk.vault import Vault
from tests.cli.test_cli import run_in_process
from tests.conftest import PASSPHRASE
from tests.reports.dated_vault import fill


@pytest.fixture
def two_vaults(tmp_path, kdf):
    """Two counsellors' vaults: the dated one and one with a single new case."""
    first, _ = Vault.create(tmp_path / "first", PASSPHRASE, kdf=kdf)
    second, _ = Vault.create(tmp_path / "second", PASSPHRASE, kdf=kdf)
    try:
        fill(first)
        from datetime import date

        second.cases.create("Kiwi D.", opened_on=date(2026, 2, 1))
    finally:
        first.close()
        second.close()
    return tmp_path / "first", tmp_path / "second"


def stats(monkeypatch, capsys, *args, stdin=PASSPHRASE + "\n"):
    return run_in_process(monkeypatch, capsys, ["stats", *args], stdin)


def test_export_then_merge_adds_up_two_vaults(monkeypatch, capsys, two_vaults, tmp_path):
    period = ["--from", "2026-01-01", "--to", "2026-06-30"]
    code, out, err = stats(monkeypatch, capsys, "export", "--vault", two_vaults[0], *period,
                           "--out", tmp_path / "first.json")
    assert (code, err) == (0, "") and "Statistics written to" in out
    code, _, _ = stats(monkeypatch, capsys, "export", "--vault", two_vaults[1], *period,
                       "--out", tmp_path / "second.csv")
    assert code == 0
    code, out, err = stats(monkeypatch, capsys, "merge", tmp_path / "first.json",
                           tmp_path / "second.csv", "--out", tmp_path / "office.json")
    assert (code, err) == (0, "")
    assert "Added up 2 file(s) (4 case(s), 2026-01-01 – 2026-06-30)" in out
    total = json.loads((tmp_path / "office.json").read_text())
    assert total["counts"]["cases"] == 4 and total["counts"]["opened"] == 2
    assert total["counts"]["case_durations"] == {"ended": {"6_to_12": 1},
                                                 "running": {"under_3": 1, "3_to_6": 1}}
    assert len(total["file_ids"]) == 2
    code, out, err = stats(monkeypatch, capsys, "merge", tmp_path / "first.json",
                           tmp_path / "second.csv", "--out", tmp_path / "office.pdf",
                           "--language", "de")
    assert code == 0 and (tmp_path / "office.pdf").read_bytes().startswith(b"%PDF")


def test_merge_refuses_the_same_file_twice_and_another_period(monkeypatch, capsys,
                                                              two_vaults, tmp_path):
    for vault, name, last in ((two_vaults[0], "h1.json", "2026-06-30"),
                              (two_vaults[1], "q1.json", "2026-03-31")):
        assert stats(monkeypatch, capsys, "export", "--vault", vault, "--from", "2026-01-01",
                     "--to", last, "--out", tmp_path / name)[0] == 0
    (tmp_path / "copy.json").write_bytes((tmp_path / "h1.json").read_bytes())
    code, out, err = stats(monkeypatch, capsys, "merge", tmp_path / "h1.json",
                           tmp_path / "copy.json", "--out", tmp_path / "office.json")
    assert code == 2 and out == "" and "copy.json and h1.json hold the same counts" in err
    code, _, err = stats(monkeypatch, capsys, "merge", tmp_path / "h1.json",
                         tmp_path / "q1.json", "--out", tmp_path / "office.json")
    assert code == 2 and "same period" in err
    assert not (tmp_path / "office.json").exists()


def test_merge_refuses_another_format_version(monkeypatch, capsys, tmp_path, two_vaults):
    assert stats(monkeypatch, capsys, "export", "--vault", two_vaults[1], "--to",
                 "2026-06-30", "--out", tmp_path / "a.json")[0] == 0
    data = json.loads((tmp_path / "a.json").read_text())
    (tmp_path / "b.json").write_text(json.dumps({**data, "format_version": 2,
                                                 "file_ids": ["other"]}))
    code, _, err = stats(monkeypatch, capsys, "merge", tmp_path / "a.json",
                         tmp_path / "b.json", "--out", tmp_path / "office.csv")
    assert code == 2 and "b.json is a statistics file of format version 2" in err


def test_export_refuses_a_wrong_suffix_before_asking_for_the_passphrase(
        monkeypatch, capsys, two_vaults, tmp_path):
    code, out, err = stats(monkeypatch, capsys, "export", "--vault", two_vaults[0],
                           "--out", tmp_path / "stats.xlsx", stdin="")
    assert code == 2 and "ends in .json or .csv" in err
    code, _, err = stats(monkeypatch, capsys, "merge", tmp_path / "x.json", tmp_path / "y.json",
                         "--out", tmp_path / "office.txt")
    assert code == 2 and "ends in .json, .csv or .pdf" in err


def test_a_missing_file_is_named(monkeypatch, capsys, tmp_path):
    code, _, err = stats(monkeypatch, capsys, "merge", tmp_path / "gone.json",
                         tmp_path / "also.json", "--out", tmp_path / "office.json")
    assert code == 2 and "gone.json cannot be read." in err
