"""Hypothesis-driven bad input for the transfer importer.

Whatever the file holds, the importer either imports or raises a KnownError
with a message for people; it never crashes and never writes half.
Three layers: raw bytes, a damaged envelope, and payloads sealed with the
right passphrase (so they reach the row checks and the SQL).
"""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legato_desk.errors import KnownError
from legato_desk.vault import Vault, transfer
from legato_desk.vault.keys import KdfParams
from tests.conftest import PASSPHRASE
from tests.vault.extra_tables import add_extra_tables, add_people
from tests.vault.test_handover import ONE_TIME, fingerprint

KDF = KdfParams.cheap_for_tests()
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A source payload and a target vault, built once for all examples."""
    root = tmp_path_factory.mktemp("fuzz")
    source, _ = Vault.create(root / "source", PASSPHRASE, kdf=KDF)
    add_extra_tables(source)
    for name in ("A.", "B."):
        case = source.cases.create(name)
        source.cases.set_summary(case.id, f"summary {name}")
        add_people(source, case.id, name)
    path = root / "good.legato-transfer"
    transfer.export_cases(source, [c.id for c in source.cases.list()], path, ONE_TIME, kdf=KDF)
    source.close()
    payload = json.loads(transfer.unseal(path.read_bytes(), ONE_TIME))
    target, _ = Vault.create(root / "target", PASSPHRASE, kdf=KDF)
    add_extra_tables(target)
    target.cases.create("Here.")
    yield {"file": path.read_bytes(), "payload": payload, "target": target, "root": root}
    target.close()


def attempt(world, data: bytes, passphrase: str = ONE_TIME) -> None:
    """Import ``data``; on any error the target must be exactly as before."""
    target = world["target"]
    path = world["root"] / "attempt.legato-transfer"
    path.write_bytes(data)
    before = fingerprint(target)
    try:
        transfer.import_transfer(target, path, passphrase, duplicates=transfer.REPLACE)
    except KnownError as exc:
        assert exc.message and "Traceback" not in exc.message
        assert fingerprint(target) == before
    else:
        assert target.check() == []


def sealed(payload) -> bytes:
    text = json.dumps(payload, ensure_ascii=False, allow_nan=True)
    return transfer.seal(text.encode("utf-8", "surrogatepass"), ONE_TIME, KDF)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2 ** 70), max_value=2 ** 70)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes(world, data):
    attempt(world, data)


@FUZZ
@given(position=st.integers(min_value=0), value=st.integers(min_value=0, max_value=255),
       cut=st.booleans())
def test_a_damaged_envelope(world, position, value, cut):
    data = bytearray(world["file"])
    position %= len(data)
    if cut:
        data = data[:position]
    else:
        data[position] = value
    attempt(world, bytes(data))


@FUZZ
@given(envelope=st.dictionaries(st.sampled_from(["format", "version", "kdf", "nonce", "ct"]),
                                json_values))
def test_an_envelope_of_random_fields(world, envelope):
    base = json.loads(world["file"])
    attempt(world, json.dumps({**base, **envelope}).encode())


@FUZZ
@given(payload=json_values)
def test_a_sealed_payload_of_random_json(world, payload):
    attempt(world, sealed(payload))


@FUZZ
@given(st.data())
def test_a_sealed_payload_with_one_value_replaced(world, data):
    """The real payload with one field, row or value anywhere replaced."""
    payload = copy.deepcopy(world["payload"])
    table = data.draw(st.sampled_from(payload["tables"]))
    where = data.draw(st.sampled_from(["value", "row", "columns", "name", "top"]))
    bad = data.draw(json_values)
    if where == "value" and table["rows"]:
        row = data.draw(st.sampled_from(table["rows"]))
        row[data.draw(st.integers(0, len(row) - 1))] = bad
    elif where == "row" and table["rows"]:
        table["rows"][data.draw(st.integers(0, len(table["rows"]) - 1))] = bad
    elif where == "columns":
        table["columns"] = bad
    elif where == "name":
        table["name"] = bad
    else:
        payload[data.draw(st.sampled_from(["schema", "made_at", "tables"]))] = bad
    attempt(world, sealed(payload))


@FUZZ
@given(st.data())
def test_a_sealed_payload_with_a_reference_pointing_elsewhere(world, data):
    """Foreign keys to rows that are not in the file: refused, never dangling."""
    payload = copy.deepcopy(world["payload"])
    links = next(t for t in payload["tables"] if t["name"] == "t_links")
    column = data.draw(st.sampled_from(["case_id", "a", "b", "parent_link", "id"]))
    index = links["columns"].index(column)
    row = data.draw(st.sampled_from(links["rows"]))
    row[index] = data.draw(st.integers(-5, 50))
    attempt(world, sealed(payload))
    target = world["target"]
    assert target.conn.execute("PRAGMA foreign_key_check").fetchall() == []
