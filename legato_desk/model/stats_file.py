"""The anonymous statistics file: the counts of one vault, to be added up
with other counsellors' files into an office total.

What it holds is ``model.statistics.Statistics`` and nothing else: numbers
under category values, the period they cover (its first and last day), a
format version and a random file id. No case code, no name, no text, no date
finer than the period. A merged file lists the ids of every file it adds up,
so neither the same file twice nor a total together with one of its parts
can be counted twice.

Two spellings of the same content: JSON (nested as the counts are) and CSV
(one row per number: section, group, key, value; the format, version, id and
period are the first rows, section "file").
"""

from __future__ import annotations

import csv
import io
import json
import secrets
from collections import Counter
from dataclasses import dataclass, fields
from datetime import date

from legato_desk.errors import ValidationError
from legato_desk.model.statistics import Statistics

FORMAT = "legato-desk-statistics"
FORMAT_VERSION = 1
SUFFIXES = (".json", ".csv")
_CSV_HEADER = ["section", "group", "key", "value"]


@dataclass(frozen=True)
class StatsFile:
    statistics: Statistics
    date_from: date | None            # None: from the first record on
    date_to: date                     # the period's last day
    file_ids: tuple[str, ...]         # this file's id, or every id a merged file adds up

    @property
    def period(self) -> tuple[date | None, date]:
        return self.date_from, self.date_to


def new_file_id() -> str:
    return secrets.token_hex(16)


def suffix_of(name: str) -> str:
    """".json" or ".csv", or ValidationError."""
    suffix = "." + str(name).rsplit(".", 1)[-1].lower() if "." in str(name) else ""
    if suffix not in SUFFIXES:
        raise ValidationError("A statistics file ends in .json or .csv.")
    return suffix


# -- the counts as plain values ---------------------------------------------------

def _kind(value) -> str:
    return "number" if isinstance(value, int) else (
        "counter" if isinstance(value, Counter) else "groups")


def counts_dict(st: Statistics) -> dict:
    """Every count, by field name, as JSON-ready values (sorted keys, no zeros)."""
    out = {}
    for f in fields(Statistics):
        value = getattr(st, f.name)
        if _kind(value) == "number":
            out[f.name] = value
        elif _kind(value) == "counter":
            out[f.name] = {k: n for k, n in sorted(value.items()) if n}
        else:
            out[f.name] = {g: {k: n for k, n in sorted(c.items()) if n}
                           for g, c in sorted(value.items())}
    return out


def _count(value, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _damaged(f"{where} is not a count")
    return value


def statistics_from(counts) -> Statistics:
    """The counts of a file back as ``Statistics``, or ValidationError."""
    if not isinstance(counts, dict):
        raise _damaged("no counts")
    st = Statistics()
    known = {f.name for f in fields(Statistics)}
    if set(counts) - known:
        raise _damaged("unknown counts " + ", ".join(sorted(set(counts) - known)))
    for name, value in counts.items():
        kind = _kind(getattr(st, name))
        if kind == "number":
            setattr(st, name, _count(value, name))
        elif kind == "counter":
            setattr(st, name, _counter(value, name))
        else:
            if not isinstance(value, dict):
                raise _damaged(f"{name} is not a table")
            setattr(st, name, {str(g): _counter(c, f"{name}/{g}") for g, c in value.items()})
    return st


def _counter(value, where: str) -> Counter:
    if not isinstance(value, dict):
        raise _damaged(f"{where} is not a table")
    return Counter({str(k): _count(n, f"{where}/{k}") for k, n in value.items()})


def add(a: Statistics, b: Statistics) -> Statistics:
    """The counts of both, added field by field."""
    out = Statistics()
    for f in fields(Statistics):
        x, y = getattr(a, f.name), getattr(b, f.name)
        kind = _kind(x)
        if kind == "number":
            value = x + y
        elif kind == "counter":
            value = Counter(x) + Counter(y)
        else:
            value = {g: Counter(x.get(g, {})) + Counter(y.get(g, {})) for g in {*x, *y}}
        setattr(out, f.name, value)
    return out


# -- writing and reading ----------------------------------------------------------

def dumps(sf: StatsFile, suffix: str) -> str:
    head = {"format": FORMAT, "format_version": FORMAT_VERSION,
            "period_from": sf.date_from.isoformat() if sf.date_from else "",
            "period_to": sf.date_to.isoformat()}
    if suffix == ".json":
        return json.dumps({**head, "file_ids": list(sf.file_ids),
                           "counts": counts_dict(sf.statistics)}, indent=2) + "\n"
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\n")
    out.writerow(_CSV_HEADER)
    out.writerows(["file", "", key, value] for key, value in head.items())
    out.writerows(["file", "file_id", str(i), file_id] for i, file_id in enumerate(sf.file_ids))
    for name, value in counts_dict(sf.statistics).items():
        if isinstance(value, int):
            out.writerow([name, "", "", value])
        elif all(isinstance(v, int) for v in value.values()):
            out.writerows([name, "", k, n] for k, n in value.items())
        else:
            out.writerows([name, g, k, n] for g, c in value.items() for k, n in c.items())
    return buffer.getvalue()


def loads(text: str, suffix: str, name: str = "") -> StatsFile:
    """A statistics file read back, or ValidationError saying what is wrong with it."""
    try:
        data = json.loads(text) if suffix == ".json" else _csv_data(text)
    except (ValueError, csv.Error):
        raise _not_ours(name) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _not_ours(name)
    if data.get("format_version") != FORMAT_VERSION:
        raise ValidationError(
            "{file} is a statistics file of format version {version}; this version of "
            "legato-desk reads version {ours} only. Export it again with the same version "
            "of legato-desk as the other files.", file=name,
            version=data.get("format_version"), ours=FORMAT_VERSION)
    ids = data.get("file_ids")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) and i for i in ids):
        raise _damaged("no file id", name)
    try:
        first = date.fromisoformat(data["period_from"]) if data.get("period_from") else None
        last = date.fromisoformat(data.get("period_to", ""))
    except (TypeError, ValueError):
        raise _damaged("no period", name) from None
    try:
        statistics = statistics_from(data.get("counts"))
    except ValidationError as exc:
        raise _damaged(exc.params.get("what", ""), name) from None
    return StatsFile(statistics, first, last, tuple(ids))


def _csv_data(text: str) -> dict:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or rows[0] != _CSV_HEADER:
        raise ValueError("not our CSV")
    data: dict = {"file_ids": [], "counts": {}}
    numbers = {f.name: _kind(getattr(Statistics(), f.name)) for f in fields(Statistics)}
    for row in rows[1:]:
        if len(row) != 4:
            raise ValueError("row of another length")
        section, group, key, value = row
        if section == "file":
            if group == "file_id":
                data["file_ids"].append(value)
            else:
                data[key] = int(value) if key == "format_version" and value.isdigit() else value
            continue
        n = int(value) if value.isdigit() else value
        kind = numbers.get(section)
        counts = data["counts"]
        if kind == "number":
            counts[section] = n
        elif kind == "groups":
            counts.setdefault(section, {}).setdefault(group, {})[key] = n
        else:  # a counter, or an unknown section: statistics_from refuses that
            counts.setdefault(section, {})[key] = n
    return data


def _not_ours(name: str) -> ValidationError:
    return ValidationError("{file} is not a legato-desk statistics file.", file=name)


def _damaged(what: str, name: str = "") -> ValidationError:
    return ValidationError("{file} is damaged or was changed by hand ({what}).",
                           file=name, what=what)


# -- the office total -------------------------------------------------------------

def merge(files: list[tuple[str, StatsFile]]) -> StatsFile:
    """The office total of ``files`` ((name, file) pairs), or ValidationError:
    fewer than two files, periods that differ, or a file (by its id) counted twice."""
    if len(files) < 2:
        raise ValidationError("Name at least two statistics files to add up.")
    seen: dict[str, str] = {}
    for name, sf in files:
        for file_id in sf.file_ids:
            if file_id in seen:
                raise ValidationError(
                    "{file} and {other} hold the same counts (the same export, or a total "
                    "that already includes it): each file is added up once. Leave one of "
                    "them out.", file=name, other=seen[file_id])
            seen[file_id] = name
    (first_name, first), *rest = files
    for name, sf in rest:
        if sf.period != first.period:
            raise ValidationError(
                "{file} covers {period}, {other} covers {other_period}: an office total "
                "adds up files of the same period. Export them again with the same "
                "--from and --to.", file=name, period=period_text(sf), other=first_name,
                other_period=period_text(first))
    total = first.statistics
    for _name, sf in rest:
        total = add(total, sf.statistics)
    return StatsFile(total, first.date_from, first.date_to, tuple(seen))


def period_text(sf: StatsFile) -> str:
    start = sf.date_from.isoformat() if sf.date_from else "…"
    return f"{start} – {sf.date_to.isoformat()}"
