"""The agency directory: institutions and named contacts, each with a deputy.

Office-wide, not case-owned: the same youth welfare office serves many
cases. Disclosures keep a copy of the recipient's name, so deleting a
contact never empties the sharing log.
"""

from __future__ import annotations

from dataclasses import dataclass

from legato_desk.errors import ValidationError, label
from legato_desk.model.availability import WEEKDAYS, Availability, ContactHours, Hours
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction
from legato_desk.vault.records import new_uid

AGENCY_KINDS = ("police", "youth_welfare", "school", "prison", "probation", "health",
                "other")
_CONTACT_FIELDS = ("name", "role", "phone", "email", "deputy", "deputy_phone")
_DAYS = ("mon", "tue", "wed", "thu", "fri")
_CONTACT_LABELS = {"name": label("The contact"), "role": label("The role"),
                   "phone": label("The phone number"), "email": label("The e-mail address"),
                   "deputy": label("The deputy"), "deputy_phone": label("The deputy's phone")}


@dataclass(frozen=True, slots=True)
class Agency:
    id: int
    name: str
    kind: str = "other"
    note: str = ""


@dataclass(frozen=True, slots=True)
class Contact:
    id: int
    agency_id: int
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    deputy: str = ""
    deputy_phone: str = ""
    agency_name: str = ""

    def label(self) -> str:
        role = f", {self.role}" if self.role else ""
        return f"{self.name}{role} ({self.agency_name})"


def _clean(text: str, what: str, required: bool = False) -> str:
    value = " ".join(text.split())
    if required and not value:
        raise ValidationError("{what} needs a name.", what=what)
    if len(value) > 200:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=what, limit=200)
    return value


class AgencyDirectory:
    def __init__(self, conn, audit: AuditTrail):
        self._conn = conn
        self._audit = audit

    def agencies(self) -> list[Agency]:
        return [Agency(*r) for r in self._conn.execute(
            "SELECT id, name, kind, note FROM agencies ORDER BY name COLLATE NOCASE, id")]

    def contacts(self, agency_id: int | None = None) -> list[Contact]:
        sql = (f"SELECT c.id, c.agency_id, {', '.join('c.' + f for f in _CONTACT_FIELDS)},"
               " a.name FROM agency_contacts c JOIN agencies a ON a.id = c.agency_id")
        args: tuple = ()
        if agency_id is not None:
            sql += " WHERE c.agency_id = ?"
            args = (agency_id,)
        sql += " ORDER BY a.name COLLATE NOCASE, c.name COLLATE NOCASE, c.id"
        return [Contact(*r) for r in self._conn.execute(sql, args)]

    def contact(self, contact_id: int) -> Contact | None:
        return next((c for c in self.contacts() if c.id == contact_id), None)

    def add_agency(self, name: str, kind: str = "other", note: str = "") -> Agency:
        name = _clean(name, label("The institution"), required=True)
        if kind not in AGENCY_KINDS:
            raise ValidationError("This kind of institution is not known.")
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO agencies (uid, name, kind, note) VALUES (?, ?, ?, ?)",
                (new_uid(), name, kind, note.strip()))
            self._audit.append("created", "agency", cur.lastrowid)
        return Agency(cur.lastrowid, name, kind, note.strip())

    def update_agency(self, agency_id: int, name: str, kind: str, note: str = "") -> None:
        name = _clean(name, label("The institution"), required=True)
        if kind not in AGENCY_KINDS:
            raise ValidationError("This kind of institution is not known.")
        with transaction(self._conn):
            self._conn.execute("UPDATE agencies SET name = ?, kind = ?, note = ? WHERE id = ?",
                               (name, kind, note.strip(), agency_id))
            self._audit.append("changed", "agency", agency_id)

    def delete_agency(self, agency_id: int) -> None:
        with transaction(self._conn):
            if self._conn.execute("DELETE FROM agencies WHERE id = ?", (agency_id,)).rowcount:
                self._audit.append("deleted", "agency", agency_id)

    def save_contact(self, agency_id: int, contact_id: int | None = None, **values) -> int:
        """Add (contact_id None) or change a contact; returns its id."""
        unknown = set(values) - set(_CONTACT_FIELDS)
        if unknown:
            raise TypeError(f"unknown contact fields {unknown}")
        clean = {f: _clean(values.get(f, ""), _CONTACT_LABELS[f],
                           required=f == "name") for f in _CONTACT_FIELDS}
        with transaction(self._conn):
            if contact_id is None:
                cur = self._conn.execute(
                    f"INSERT INTO agency_contacts (uid, agency_id, {', '.join(_CONTACT_FIELDS)})"
                    f" VALUES (?, ?, {', '.join('?' * len(_CONTACT_FIELDS))})",
                    (new_uid(), agency_id, *clean.values()))
                contact_id = cur.lastrowid
                self._audit.append("created", "contact", contact_id)
            else:
                self._conn.execute(
                    "UPDATE agency_contacts SET "
                    + ", ".join(f"{f} = ?" for f in _CONTACT_FIELDS) + " WHERE id = ?",
                    (*clean.values(), contact_id))
                self._audit.append("changed", "contact", contact_id)
        return contact_id

    def delete_contact(self, contact_id: int) -> None:
        with transaction(self._conn):
            if self._conn.execute("DELETE FROM agency_contacts WHERE id = ?",
                                  (contact_id,)).rowcount:
                self._audit.append("deleted", "contact", contact_id)

    # -- availability (model/availability.py) ----------------------------------------

    def availability(self, contact_id: int) -> tuple[Availability | None, Availability | None]:
        """When the contact and when their deputy can be reached (None: not recorded)."""
        found: dict[str, Availability] = {}
        for row in self._conn.execute(
                f"SELECT person, {', '.join(_DAYS)}, weekend FROM contact_availability"
                " WHERE contact_id = ?", (contact_id,)):
            found[row[0]] = Availability(tuple(_load_hours(t) for t in row[1:1 + WEEKDAYS]),
                                         bool(row[1 + WEEKDAYS]))
        return found.get("contact"), found.get("deputy")

    def set_availability(self, contact_id: int, contact: Availability | None,
                         deputy: Availability | None) -> None:
        """Replace both; one not ``recorded`` (no hours, no weekend) is removed."""
        if self._conn.execute("SELECT 1 FROM agency_contacts WHERE id = ?",
                              (contact_id,)).fetchone() is None:
            raise ValidationError("This contact is no longer in the agency directory.")
        with transaction(self._conn):
            self._conn.execute("DELETE FROM contact_availability WHERE contact_id = ?",
                               (contact_id,))
            for person, hours in (("contact", contact), ("deputy", deputy)):
                if hours is None or not hours.recorded:
                    continue
                self._conn.execute(
                    f"INSERT INTO contact_availability (contact_id, person, {', '.join(_DAYS)},"
                    f" weekend) VALUES (?, ?, {', '.join('?' * WEEKDAYS)}, ?)",
                    (contact_id, person, *(_store_hours(h) for h in hours.weekdays),
                     int(hours.weekend)))
            self._audit.append("changed", "contact", contact_id)

    def contact_hours(self, contact_ids) -> list[ContactHours]:
        """The contacts still in the directory, in the order given, with their hours."""
        out = []
        for contact_id in dict.fromkeys(contact_ids):
            contact = self.contact(contact_id)
            if contact is not None:
                hours, deputy_hours = self.availability(contact_id)
                out.append(ContactHours(contact_id, contact.name, contact.deputy, hours,
                                        deputy_hours))
        return out


def _store_hours(hours: Hours | None) -> str:
    return "" if hours is None else f"{hours.opens // 60}:{hours.opens % 60:02d}-" \
        f"{hours.closes // 60}:{hours.closes % 60:02d}"


def _load_hours(text: str) -> Hours | None:
    if not text:
        return None
    opens, closes = (int(h) * 60 + int(m) for h, m in
                     (part.split(":") for part in text.split("-")))
    return Hours(opens, closes)
