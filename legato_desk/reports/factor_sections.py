"""Report sections for the dated risk and protective factors and the referrals on.

Supervision gets, after the case summary, the latest factor sheet of the
period (its factors level by level, the balance per level as two numbers)
and what changed since the sheet before it, then the referrals of the
period. Every text the counsellor wrote (notes, reasons, the recipient's
name) and the office's wording pass through the case's name register
(``r.names.text``), so a pseudonymised export prints no name the case knows.

The words printed are in ``reports/labels.py`` with every other export word.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from legato_desk.model.export import Audience, Section
from legato_desk.model.factors import Change, FactorSheet, Kind, balance, compare
from legato_desk.reports import document as doc

WIDTH = doc.A4[0] - 2 * doc.MARGIN



def _w(r, key: str, **values) -> str:
    return r.labels.get(key, **values)


def _date(r, value) -> str:
    return doc.format_date(value, r.labels.language)


def _in_period(r, sheets: list[FactorSheet]) -> tuple[FactorSheet | None, FactorSheet | None]:
    """The latest sheet up to the period's end, and the one before it."""
    end = r.request.date_to
    dated = sorted((s for s in sheets if end is None or s.assessed_on <= end),
                   key=lambda s: (s.assessed_on, s.id))
    latest = dated[-1] if dated else None
    return latest, (dated[-2] if len(dated) > 1 else None)


def factors(r) -> list:
    out = [doc.para(_w(r, "section_factors"), r.styles["h1"])]
    latest, earlier = _in_period(r, list(getattr(r.data, "factor_sheets", ()) or ()))
    if latest is None:
        return out + [doc.para(_w(r, "no_sheet"), r.styles["small"])]
    out.append(doc.para(_w(r, "sheet_of", date=_date(r, latest.assessed_on)), r.styles["h2"]))
    if latest.note.strip():
        out.append(r.text(latest.note))
    rows = [[_w(r, "level"), _w(r, "kind"), _w(r, "factor"), _w(r, "weight"), _w(r, "note")]]
    for f in latest.factors:
        rows.append([_w(r, f"level_{f.level.value}"), _w(r, f"kind_{f.kind.value}"),
                     r.names.text(f.label), _w(r, f"weight_{int(f.weight)}"),
                     r.names.text(f.note)])
    if len(rows) > 1:
        out.append(r.table(rows, [32 * mm, 20 * mm, 55 * mm, 20 * mm, WIDTH - 127 * mm]))
    else:
        out.append(doc.para(r.labels["nothing_recorded"], r.styles["small"]))
    out += [Spacer(1, 4), doc.para(_w(r, "balance"), r.styles["small"])]
    rows = [[_w(r, "level"), _w(r, "risk"), _w(r, "protective")]]
    for b in balance(latest.factors):
        rows.append([_w(r, f"level_{b.level.value}"), f"{b.risk} ({b.risks})",
                     f"{b.protective} ({b.protectives})"])
    out.append(r.table(rows, [60 * mm, 30 * mm, 30 * mm]))
    out.append(Spacer(1, 6))
    if earlier is None:
        return out + [doc.para(_w(r, "no_earlier"), r.styles["small"])]
    diff = compare(earlier, latest)
    out.append(doc.para(_w(r, "changes_since", date=_date(r, earlier.assessed_on)),
                        r.styles["h2"]))
    if diff.empty:
        out.append(doc.para(_w(r, "no_change"), r.styles["small"]))
    else:
        rows = [[_w(r, "change"), _w(r, "level"), _w(r, "factor"), _w(r, "weight")]]
        for c in diff.changes:
            f = c.factor
            if c.change in (Change.HEAVIER, Change.LIGHTER):
                weight = f"{int(c.before.weight)} → {int(c.after.weight)}"
            else:
                weight = str(int(f.weight))
            kind = _w(r, "kind_risk" if f.kind is Kind.RISK else "kind_protective")
            rows.append([_w(r, f"change_{c.change.value}"),
                         f"{_w(r, f'level_{f.level.value}')}, {kind}",
                         r.names.text(f.label), weight])
        out.append(r.table(rows, [28 * mm, 48 * mm, WIDTH - 104 * mm, 28 * mm]))
    if diff.unchanged:
        out.append(doc.para(_w(r, "unchanged", count=diff.unchanged), r.styles["small"]))
    return out


def referrals(r) -> list:
    out = [doc.para(_w(r, "section_referrals"), r.styles["h1"])]
    chosen = [x for x in (getattr(r.data, "referrals", ()) or ())
              if r.request.in_period(x.referred_on)]
    if not chosen:
        return out + [doc.para(_w(r, "no_referrals"), r.styles["small"])]
    rows = [[_w(r, "date"), _w(r, "to_whom"), _w(r, "why"), _w(r, "caller"),
             _w(r, "outcome")]]
    for x in chosen:
        rows.append([_date(r, x.referred_on), r.names.text(x.recipient), r.names.text(x.reason),
                     _w(r, f"agreement_{x.agreement.value}"), r.names.text(x.note)])
    return out + [r.table(rows, [22 * mm, 45 * mm, WIDTH - 139 * mm, 24 * mm, 48 * mm])]


# Printed right after a section of an audience (no export section of their own:
# the audience's sections and the export dialog stay as they are).
AFTER: dict[tuple[Audience, Section], tuple] = {
    (Audience.SUPERVISION, Section.SUMMARY): (factors, referrals),
}
