"""Handover: cases moved between vaults in an encrypted transfer file.

The file is JSON: the KDF parameters and salt, a nonce and the AES-256-GCM
ciphertext of the zlib-compressed payload. The key comes from a one-time
passphrase (Argon2id, vault/keys.py) that travels separately from the file
(in person, by phone). The payload holds every case-owned row of the chosen
cases (see casedata.py), table by table.

Importing is one transaction: a wrong passphrase, a damaged file or any
conflict the importer cannot resolve leaves the vault exactly as it was.
"""

from __future__ import annotations

import base64
import json
import math
import secrets
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from legato_desk.errors import KnownError
from legato_desk.model.case import next_case_code
from legato_desk.vault import casedata, keys
from legato_desk.vault.cases import CaseNotFound
from legato_desk.vault.connection import DatabaseError, transaction
from legato_desk.vault.errors import VaultTooNew

FORMAT = "legato-desk-transfer"
VERSION = 1
AAD = f"{FORMAT}/{VERSION}".encode()
SUFFIX = ".legato-transfer"
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024
_INT_LIMIT = 2 ** 63

SKIP, REPLACE = "skip", "replace"


class TransferDamaged(KnownError):
    message = ("This file is damaged or is not a legato-desk transfer file. "
               "Nothing was imported.")


class WrongTransferPassphrase(KnownError):
    message = ("That passphrase does not open this transfer file (or the file was "
               "changed). Nothing was imported.")


class TransferConflict(KnownError):
    message = ("The cases in this file could not be imported: they conflict with "
               "data already in this vault, or hold values it cannot accept. "
               "Nothing was imported.")


def new_transfer_passphrase() -> str:
    """A one-time passphrase: 6 groups of 4 characters (120 bits)."""
    text = base64.b32encode(secrets.token_bytes(15)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def normalise(passphrase: str) -> str:
    """Typing the one-time passphrase in lower case or with spaces still works."""
    cleaned = "".join(ch for ch in passphrase.upper() if ch.isalnum())
    if len(cleaned) == 24:
        return "-".join(cleaned[i:i + 4] for i in range(0, 24, 4))
    return passphrase


# -- the file format -----------------------------------------------------------

def seal(payload: bytes, passphrase: str, kdf: keys.KdfParams) -> bytes:
    salt = keys.new_salt()
    kek = keys.derive_key(normalise(passphrase), salt, kdf)
    wrapped = keys.wrap(kek, zlib.compress(payload, 6), AAD)
    envelope = {"format": FORMAT, "version": VERSION,
                "kdf": {"alg": "argon2id", **kdf.as_dict(), "salt": keys._b64(salt)},
                **wrapped}
    return json.dumps(envelope, indent=1).encode("utf-8")


def unseal(data: bytes, passphrase: str) -> bytes:
    try:
        envelope = json.loads(data.decode("utf-8"))
        if (not isinstance(envelope, dict) or envelope.get("format") != FORMAT
                or envelope.get("version") != VERSION):
            raise TransferDamaged()
        kdf_data = envelope["kdf"]
        if kdf_data.get("alg") != "argon2id":
            raise TransferDamaged()
        kdf = keys.KdfParams.from_dict(kdf_data)
        salt = keys._unb64(kdf_data["salt"])
        wrapped = {"nonce": envelope["nonce"], "ct": envelope["ct"]}
        if not all(isinstance(v, str) for v in wrapped.values()):
            raise TransferDamaged()
    except TransferDamaged:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise TransferDamaged() from exc
    # A crafted file must not make the importer hang or exhaust memory.
    if (not 1 <= kdf.time_cost <= keys.MAX_TIME_COST * 4 or not 1 <= kdf.parallelism <= 64
            or not 8 * kdf.parallelism <= kdf.memory_kib <= 4 * 1024 * 1024
            or len(salt) < 8):
        raise TransferDamaged()
    kek = keys.derive_key(normalise(passphrase), salt, kdf)
    compressed = keys.unwrap(kek, wrapped, AAD)
    if compressed is None:
        raise WrongTransferPassphrase()
    try:
        inflater = zlib.decompressobj()
        payload = inflater.decompress(compressed, MAX_PAYLOAD_BYTES)
        if inflater.unconsumed_tail or not inflater.eof:
            raise TransferDamaged()
    except zlib.error as exc:
        raise TransferDamaged() from exc
    return payload


def read_file(path: Path) -> bytes:
    try:
        path = Path(path)
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TransferDamaged()
        return path.read_bytes()
    except OSError as exc:
        raise KnownError("The transfer file cannot be read. Check that it still "
                         "exists and that you may open it.") from exc


# -- values in JSON ---------------------------------------------------------------

def _encode(value):
    if isinstance(value, bytes):
        return {"b": base64.b64encode(value).decode("ascii")}
    return value


def _decode(value):
    if value is None or isinstance(value, str) and _utf8_ok(value):
        return value
    if isinstance(value, bool):
        raise TransferDamaged()
    if isinstance(value, int) and -_INT_LIMIT <= value < _INT_LIMIT:
        return value
    if isinstance(value, float) and math.isfinite(value):
        return value
    if isinstance(value, dict) and set(value) == {"b"} and isinstance(value["b"], str):
        try:
            return base64.b64decode(value["b"].encode("ascii"), validate=True)
        except (ValueError, UnicodeEncodeError) as exc:
            raise TransferDamaged() from exc
    raise TransferDamaged()


def _utf8_ok(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# -- export -------------------------------------------------------------------------

def export_cases(vault, case_ids: list[int], target: Path, passphrase: str, *,
                 kdf: keys.KdfParams | None = None) -> int:
    """Write the chosen cases to ``target``; returns the number of cases."""
    payload = collect(vault, case_ids)
    data = seal(payload, passphrase, kdf or keys.KdfParams.production())
    return write_export(vault, case_ids, data, target)


def collect(vault, case_ids: list[int]) -> bytes:
    """The payload of the chosen cases: every case-owned row, one snapshot."""
    conn = vault.conn
    case_ids = sorted(set(case_ids))
    if not case_ids:
        raise KnownError("Choose at least one case to hand over.")
    tables = []
    with transaction(conn, immediate=False):
        for table in casedata.case_tables(conn):
            rows = casedata.rows_of(conn, table, case_ids)
            tables.append({"name": table.name, "columns": list(table.columns),
                           "rows": [[_encode(v) for v in row] for row in rows]})
    if len(tables[0]["rows"]) != len(case_ids):
        raise CaseNotFound()
    payload = {"schema": vault.schema_version,
               "made_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
               "tables": tables}
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def write_export(vault, case_ids: list[int], data: bytes, target: Path) -> int:
    """Write the sealed file and record the export, both or neither."""
    case_ids = sorted(set(case_ids))
    target = Path(target)
    tmp = target.with_name(target.name + ".partial")
    with transaction(vault.conn):
        for case_id in case_ids:
            vault.audit.append("exported", "case", case_id)
        try:
            tmp.write_bytes(data)
            tmp.replace(target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise KnownError("The transfer file could not be written there. Choose "
                             "another folder.") from exc
    return len(case_ids)


# -- reading and importing -----------------------------------------------------------

@dataclass(frozen=True)
class IncomingCase:
    uid: str
    code: str
    pseudonym: str
    duplicate_of: int | None  # the id of the same case (same uid) already here
    code_taken: bool  # another case here already has this code


@dataclass
class Contents:
    made_at: str
    schema: int
    tables: list[dict]
    cases: list[IncomingCase] = field(default_factory=list)


def read_transfer(vault, path: Path, passphrase: str) -> Contents:
    """Decrypt and check a transfer file against this vault; writes nothing."""
    return check_contents(vault, open_transfer(path, passphrase))


def open_transfer(path: Path, passphrase: str):
    """The decrypted payload (slow: Argon2id). Needs no vault: runs off the UI thread."""
    payload = unseal(read_file(path), passphrase)
    try:
        return json.loads(payload.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise TransferDamaged() from exc


def check_contents(vault, data) -> Contents:
    return _check(vault.conn, data)


def _check(conn, data) -> Contents:
    if not isinstance(data, dict) or not isinstance(data.get("tables"), list):
        raise TransferDamaged()
    schema, made_at = data.get("schema"), data.get("made_at")
    if not isinstance(schema, int) or isinstance(schema, bool) or not isinstance(made_at, str):
        raise TransferDamaged()
    here = {t.name: t for t in casedata.case_tables(conn)}
    seen, tables = set(), []
    for entry in data["tables"]:
        if not isinstance(entry, dict) or set(entry) != {"name", "columns", "rows"}:
            raise TransferDamaged()
        name, columns, rows = entry["name"], entry["columns"], entry["rows"]
        if (not isinstance(name, str) or name in seen or not isinstance(columns, list)
                or not isinstance(rows, list)
                or not all(isinstance(c, str) for c in columns)
                or len(set(columns)) != len(columns)):
            raise TransferDamaged()
        seen.add(name)
        if name not in here or not set(columns) <= set(here[name].columns):
            raise VaultTooNew("This transfer file was made by a newer legato-desk with "
                              "data this version cannot store. Update legato-desk, then "
                              "import it again. Nothing was imported.")
        decoded = []
        for row in rows:
            if not isinstance(row, list) or len(row) != len(columns):
                raise TransferDamaged()
            decoded.append([_decode(v) for v in row])
        tables.append({"name": name, "columns": columns, "rows": decoded})
    if not tables or tables[0]["name"] != casedata.CASES:
        raise TransferDamaged()
    contents = Contents(made_at, schema, tables)
    case_table = tables[0]
    needed = {"id", "uid", "code", "pseudonym"}
    if not needed <= set(case_table["columns"]) or not case_table["rows"]:
        raise TransferDamaged()
    col = {c: i for i, c in enumerate(case_table["columns"])}
    uids = set()
    for row in case_table["rows"]:
        uid, code, pseudonym = row[col["uid"]], row[col["code"]], row[col["pseudonym"]]
        if not all(isinstance(v, str) and v for v in (uid, code, pseudonym)) \
                or uid in uids or not isinstance(row[col["id"]], int):
            raise TransferDamaged()
        uids.add(uid)
        same = conn.execute("SELECT id FROM cases WHERE uid = ?", (uid,)).fetchone()
        taken = conn.execute("SELECT 1 FROM cases WHERE code = ? AND uid IS NOT ?",
                             (code, uid)).fetchone()
        contents.cases.append(IncomingCase(uid, code, pseudonym, same and same[0],
                                           taken is not None))
    return contents


@dataclass(frozen=True)
class ImportResult:
    imported: list[int]  # new case ids
    skipped: list[str]  # codes of duplicates left as they were
    replaced: list[str]  # codes of duplicates replaced by the file's version
    recoded: dict[str, str]  # code in the file -> new code here


def import_transfer(vault, path: Path, passphrase: str, *, duplicates: str = SKIP) -> ImportResult:
    """Import every case of the file in one transaction."""
    contents = read_transfer(vault, path, passphrase)
    return import_contents(vault, contents, duplicates=duplicates)


def import_contents(vault, contents: Contents, *, duplicates: str = SKIP) -> ImportResult:
    if duplicates not in (SKIP, REPLACE):
        raise ValueError(duplicates)
    conn = vault.conn
    try:
        with transaction(conn):
            conn.execute("PRAGMA defer_foreign_keys = ON")
            result = _import(vault, contents, duplicates)
            if conn.execute("PRAGMA foreign_key_check").fetchall():
                raise TransferConflict()  # a row refers to something missing here
            casedata.rebuild_fts(conn)
    except (DatabaseError, OverflowError, ValueError) as exc:
        raise TransferConflict() from exc
    return result


def _import(vault, contents: Contents, duplicates: str) -> ImportResult:
    conn = vault.conn
    here = {t.name: t for t in casedata.case_tables(conn)}
    cases = contents.tables[0]
    col = {c: i for i, c in enumerate(cases["columns"])}
    skip_ids, skipped, replaced, recoded = set(), [], [], {}
    for row, incoming in zip(cases["rows"], contents.cases):
        if incoming.duplicate_of is not None:
            if duplicates == SKIP:
                skip_ids.add(row[col["id"]])
                skipped.append(incoming.code)
                continue
            casedata.delete_case_rows(conn, incoming.duplicate_of)
            vault.audit.append("erased", "case", incoming.duplicate_of)
            replaced.append(incoming.code)
    # Fresh integer keys for every imported row, remembered per table.
    mapping: dict[str, dict[int, int]] = {}
    for entry in contents.tables:
        table = here[entry["name"]]
        if table.int_pk is None or table.int_pk not in entry["columns"]:
            continue
        pk = entry["columns"].index(table.int_pk)
        start = conn.execute(f"SELECT coalesce(max({casedata._quote(table.int_pk)}), 0)"
                             f" FROM {casedata._quote(table.name)}").fetchone()[0] + 1
        ids = mapping.setdefault(table.name, {})
        for row in entry["rows"]:
            if not isinstance(row[pk], int) or row[pk] in ids:
                raise TransferDamaged()
            ids[row[pk]] = start + len(ids)
    imported: list[int] = []
    signing: list[tuple[str, list[str], list, int]] = []  # sign-offs applied after children
    later = {name for _cols, after in casedata.SIGN_OFF.values() for name in after}
    for entry in [e for e in contents.tables if e["name"] not in later]:
        _insert_rows(vault, entry, here, mapping, skip_ids, col, recoded, imported, signing)
    for table, columns, values, row_id in signing:
        conn.execute(f"UPDATE {casedata._quote(table)} SET "
                     + ", ".join(f"{casedata._quote(c)} = ?" for c in columns)
                     + f" WHERE {casedata._quote(here[table].int_pk)} = ?", (*values, row_id))
    for entry in [e for e in contents.tables if e["name"] in later]:
        _insert_rows(vault, entry, here, mapping, skip_ids, col, recoded, imported, signing)
    return ImportResult(imported, skipped, replaced, recoded)


def _insert_rows(vault, entry, here, mapping, skip_ids, col, recoded, imported,
                 signing) -> None:
    """Insert one table's rows with fresh keys; sign-off columns are held back."""
    conn = vault.conn
    table = here[entry["name"]]
    columns = entry["columns"]
    owner = columns.index(casedata.owner_filter(table)) \
        if casedata.owner_filter(table) in columns else None
    if owner is None:
        raise TransferDamaged()
    remaps = _remaps(table, columns, mapping, here)
    late = [c for c in casedata.SIGN_OFF.get(table.name, ((), ()))[0] if c in columns]
    # References to office-wide records (the agency directory) do not move with
    # the case: the same id means another record in another vault. The text
    # stored beside them (the recipient's name) keeps what was shared with whom.
    outside = [columns.index(fk.column) for fk in table.foreign_keys
               if fk.table not in here and fk.on_delete == "SET NULL" and fk.column in columns]
    quoted = ", ".join(casedata._quote(c) for c in columns)
    sql = (f"INSERT INTO {casedata._quote(table.name)} ({quoted})"
           f" VALUES ({', '.join('?' * len(columns))})")
    for row in entry["rows"]:
        if row[owner] in skip_ids:
            continue
        if row[owner] not in mapping[casedata.CASES]:
            raise TransferDamaged()  # a row of a case that is not in the file
        values = list(row)
        for index, ids in remaps:
            if values[index] is not None:
                if values[index] not in ids:
                    raise TransferDamaged()
                values[index] = ids[values[index]]
        if table.name == casedata.CASES:
            code = values[col["code"]]
            if conn.execute("SELECT 1 FROM cases WHERE code = ?", (code,)).fetchone():
                values[col["code"]] = _free_code(conn, values, col)
                recoded[code] = values[col["code"]]
        held = [values[columns.index(c)] for c in late]
        if late and any(v not in (None, "") for v in held):
            for c in late:  # written unsigned; signed once its children are in
                values[columns.index(c)] = None if c.endswith("_at") else ""
            signing.append((table.name, late, held, values[columns.index(table.int_pk)]))
        for index in outside:
            values[index] = None
        conn.execute(sql, values)
        if table.name == casedata.CASES:
            imported.append(values[col["id"]])
            vault.audit.append("created", "case", values[col["id"]])


def _remaps(table, columns, mapping, here) -> list[tuple[int, dict[int, int]]]:
    """(column index, old -> new id) for each column that must be remapped."""
    remaps = []
    # A key that is itself a reference (the intake's case_id) follows its parent:
    # numbered on its own, it pointed at no case (or another one) unless the case
    # kept its id in this vault.
    if table.int_pk in columns and not any(
            fk.column == table.int_pk and fk.table in here for fk in table.foreign_keys):
        remaps.append((columns.index(table.int_pk), mapping[table.name]))
    for fk in table.foreign_keys:
        parent = here.get(fk.table)
        if parent is None or fk.column not in columns:
            continue  # not a case-owned parent: the value is copied as it is
        if (fk.to or parent.int_pk) != parent.int_pk or parent.int_pk is None:
            continue  # points at a non-integer key (e.g. a uid): stays valid
        remaps.append((columns.index(fk.column), mapping.get(fk.table, {})))
    return remaps


def _free_code(conn, values, col) -> str:
    opened = values[col["opened_on"]] if "opened_on" in col else None
    try:
        year = date.fromisoformat(opened).year
    except (TypeError, ValueError):
        year = date.today().year
    codes = [r[0] for r in conn.execute("SELECT code FROM cases")]
    return next_case_code(year, codes)
