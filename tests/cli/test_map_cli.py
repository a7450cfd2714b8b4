"""``legato-desk map export|import``: the map as GraphML from a script, as the Map tab does it.

Run as a subprocess with the passphrase on standard input, like the other
CLI tests; the vault is made in process with the cheap test KDF.
"""

from __future__ import annotations

import pytest

from legato_desk.reports.graphml import NS, parse_graphml
from legato_desk.vault import Vault
from tests.cli.test_cli import assert_calm, cli
from tests.conftest import PASSPHRASE


@pytest.fixture
def two_cases(vault_dir, kdf):
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    try:
        source = vault.cases.create("M.")
        index = vault.maps.state(source.id).index_client
        vault.maps.update_person(index.id, name="Emre Yılmaz", aliases="Emo")
        mother = vault.maps.add_person(source.id, 0.0, -0.3, name="Karoline Brandt",
                                       role="mother", age=44, note="calls daily")
        uncle = vault.maps.add_person(source.id, 0.5, 0.2, name="Onkel Rudi", marker="risk")
        vault.maps.add_relation(mother.id, uncle.id, kind="family", conflict=True)
        vault.maps.add_relation(index.id, uncle.id, kind="family", direction="a_to_b")
        target = vault.cases.create("T.")
    finally:
        vault.close()
    return vault_dir, source, target


def _open(folder):
    return Vault.open(folder, PASSPHRASE)


def _log(vault, case_id):
    return vault.conn.execute(
        "SELECT kind, what, recipient, ground FROM disclosures WHERE case_id = ?",
        (case_id,)).fetchall()


def test_export_then_import_round_trip(two_cases, tmp_path):
    folder, source, target = two_cases
    out = tmp_path / "map.graphml"
    exported = cli("map", "export", "--vault", folder, "--case", source.code, out,
                   "--real-names", "--recipient", "Supervision, Dr. S.", "--ground", "internal",
                   stdin=PASSPHRASE + "\n")
    assert exported.returncode == 0, exported.stderr
    assert "3 person(s), 2 tie(s), with real names" in exported.stdout
    text = out.read_text(encoding="utf-8")
    assert "Karoline Brandt" in text and "calls daily" in text
    assert "Emre" not in text and "Emo" not in text  # never the index's real name or aliases

    preview = cli("map", "import", "--vault", folder, "--case", target.code, out, "--preview",
                  stdin=PASSPHRASE + "\n")
    assert preview.returncode == 0, preview.stderr
    assert "adds 2 person(s) and 2 tie(s)" in preview.stdout and "nothing was written" in \
        preview.stdout
    vault = _open(folder)
    try:
        assert len(vault.maps.state(target.id).persons) == 1
    finally:
        vault.close()

    imported = cli("map", "import", "--vault", folder, "--case", target.code, out,
                   stdin=PASSPHRASE + "\n")
    assert imported.returncode == 0, imported.stderr
    vault = _open(folder)
    try:
        original, copy = vault.maps.state(source.id), vault.maps.state(target.id)

        def essence(state):
            names = {p.id: p.name if not p.is_index else "index" for p in state.persons}
            persons = sorted((names[p.id], p.role, p.age, p.marker, p.note, round(p.x, 9),
                              round(p.y, 9)) for p in state.persons)
            ties = sorted((tuple(sorted((names[r.a], names[r.b]))), r.kind, r.conflict,
                           r.direction) for r in state.relations)
            return persons, ties

        assert essence(copy) == essence(original)
        assert copy.index_client.name == ""  # nothing of the file's index client is read
        assert _log(vault, source.id) == [
            ("export", "Map as GRAPHML, real names: current map", "Supervision, Dr. S.",
             "internal")]
    finally:
        vault.close()

    # Into the case it came from, the unchanged file changes nothing.
    again = cli("map", "import", "--vault", folder, "--case", source.code, out,
                stdin=PASSPHRASE + "\n")
    assert again.returncode == 0 and "Nothing to import." in again.stdout


def test_a_default_export_is_pseudonymised_and_logged(two_cases, tmp_path):
    folder, source, _target = two_cases
    out = tmp_path / "map.graphml"
    result = cli("map", "export", "--vault", folder, "--case", source.code, out,
                 stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    for secret in ("Karoline", "Brandt", "Rudi", "calls daily", "Emre", "Emo"):
        assert secret not in text
    assert ">M.<" in text and "P1 · mother" in text
    assert len(parse_graphml(out.read_bytes()).persons) == 3
    vault = _open(folder)
    try:
        assert _log(vault, source.id) == [
            ("export", "Map as GRAPHML, pseudonymised: current map", "not named", "internal")]
    finally:
        vault.close()


def test_a_real_name_export_without_ground_writes_and_logs_nothing(two_cases, tmp_path):
    folder, source, _target = two_cases
    out = tmp_path / "map.graphml"
    result = cli("map", "export", "--vault", folder, "--case", source.code, out,
                 "--real-names", "--recipient", "Jugendamt", stdin=PASSPHRASE + "\n")
    assert result.returncode == 2 and "disclosure" in result.stderr
    assert_calm(result.stderr)
    assert not out.exists()
    vault = _open(folder)
    try:
        assert _log(vault, source.id) == []
    finally:
        vault.close()


@pytest.mark.parametrize("hostile, words", [
    ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE g [<!ENTITY inj "Injected">]>'
     f'<graphml xmlns="{NS}"><graph><node id="z">&inj;</node></graph></graphml>', "DOCTYPE"),
    (f'<graphml xmlns="{NS}"><graph>' + "<u>" * 200_000 + "</u>" * 200_000
     + "</graph></graphml>", "levels deep"),
])
def test_a_hostile_file_is_refused_calmly_and_the_vault_is_unchanged(two_cases, tmp_path,
                                                                     hostile, words):
    folder, _source, target = two_cases
    path = tmp_path / "hostile.graphml"
    path.write_bytes(hostile.encode("utf-16") if "UTF-16" in hostile else hostile.encode())
    vault = _open(folder)
    try:
        audit = len(vault.audit.entries())
    finally:
        vault.close()
    result = cli("map", "import", "--vault", folder, "--case", target.code, path,
                 stdin=PASSPHRASE + "\n")
    assert result.returncode == 2 and words in result.stderr, result.stderr
    assert_calm(result.stderr)
    vault = _open(folder)
    try:
        assert len(vault.audit.entries()) == audit
        assert len(vault.maps.state(target.id).persons) == 1
    finally:
        vault.close()
