"""Words printed in exports, in English and German.

The PDF is read by supervisors who may not share the counsellor's UI
language, so exports carry their own small table instead of Qt's
translations (reports never import Qt). ``Labels(lang)[key]`` gives the
text; an unknown key is a bug and raises KeyError, so a test can walk
every key in both languages.
"""

from __future__ import annotations

import enum

from legato_desk.model import map as m

_EN: dict[str, str] = {
    # page furniture
    "page_of": "Page {page} of {pages}",
    "exported_on": "Exported {date}",
    "confidential": "Confidential: special-category data. For the named audience only; "
                    "do not copy or pass on.",
    "case": "Case {code}",
    "pseudonymised_note": "Names are pseudonymised: persons are shown by codes that stay "
                          "the same throughout this document.",
    "real_names_warning": "This document shows real names. Handle it as an identifying "
                          "record.",
    # map
    "map": "Relationship map",
    "legend": "Legend",
    "index_client": "index client",
    "index_client_heading": "Index client",
    "no_contact": "known, no contact",
    "ring_close": "close", "ring_middle": "middle", "ring_distant": "distant",
    "ring_outside": "known, no contact",
    "sector_family": "Family", "sector_friends": "Friends & acquaintances",
    "sector_school_work": "School / work", "sector_professional": "Professional helpers",
    "sector_milieu": "Milieu / online",
    "kind_person": "person", "kind_institution": "institution", "kind_online": "online space",
    "marker_resource": "resource", "marker_risk": "risk", "deceased": "deceased",
    "tie_weak": "weak", "tie_normal": "normal", "tie_strong": "strong",
    "tie_conflict": "conflict", "tie_tenuous": "tenuous", "tie_cut_off": "cut off",
    "tie_direction": "support / influence",
    "rel_family": "family", "rel_friendship": "friendship", "rel_romantic": "romantic",
    "rel_school_work": "school / work", "rel_professional": "professional",
    "rel_milieu": "milieu",
    "badge_keyclient": "key-client", "badge_candidate": "key-client candidate",
    "map_empty": "No persons on the map yet.",
    # case reports
    "title_case": "Case {code}: {audience}",
    "title_statistics": "{audience}",
    "period": "Period: {start} – {end}",
    "audience_supervision": "Supervision summary",
    "audience_case_conference": "Case conference",
    "audience_own_file": "Own file",
    "audience_statistics": "Funder statistics",
    "section_summary": "Case summary", "section_person": "What is recorded about this person",
    "section_counts": "Cases",
    "case_code": "Case", "status": "Status", "opened_on": "Opened on", "count": "Number",
    "total": "Total", "person": "Person", "sector": "Sector", "ring": "Closeness",
    "marker": "Marker", "role": "Role", "kind": "Kind", "age": "Age", "note": "Note",
    "source": "Source", "verified": "verified", "tie": "Tie",
    "nothing_recorded": "Nothing recorded.",
    "status_intake": "Intake", "status_analysis": "Analysis",
    "status_active": "Active counselling", "status_ended": "Ended",
    "status_ended_reachable": "Ended, still reachable",
}

_DE: dict[str, str] = {
    "page_of": "Seite {page} von {pages}",
    "exported_on": "Exportiert am {date}",
    "confidential": "Vertraulich: besondere Kategorien personenbezogener Daten. Nur für "
                    "den genannten Empfängerkreis; nicht kopieren oder weitergeben.",
    "case": "Fall {code}",
    "pseudonymised_note": "Namen sind pseudonymisiert: Personen erscheinen unter Kürzeln, "
                          "die im ganzen Dokument gleich bleiben.",
    "real_names_warning": "Dieses Dokument enthält echte Namen. Behandeln Sie es als "
                          "identifizierende Unterlage.",
    "map": "Beziehungskarte",
    "legend": "Legende",
    "index_client": "Indexklient/in",
    "index_client_heading": "Indexklient/in",
    "no_contact": "bekannt, kein Kontakt",
    "ring_close": "nah", "ring_middle": "mittel", "ring_distant": "fern",
    "ring_outside": "bekannt, kein Kontakt",
    "sector_family": "Familie", "sector_friends": "Freunde & Bekannte",
    "sector_school_work": "Schule / Arbeit", "sector_professional": "Professionelle Helfer",
    "sector_milieu": "Milieu / online",
    "kind_person": "Person", "kind_institution": "Institution", "kind_online": "Online-Raum",
    "marker_resource": "Ressource", "marker_risk": "Risiko", "deceased": "verstorben",
    "tie_weak": "schwach", "tie_normal": "normal", "tie_strong": "stark",
    "tie_conflict": "Konflikt", "tie_tenuous": "brüchig", "tie_cut_off": "abgebrochen",
    "tie_direction": "Unterstützung / Einfluss",
    "rel_family": "Familie", "rel_friendship": "Freundschaft", "rel_romantic": "Partnerschaft",
    "rel_school_work": "Schule / Arbeit", "rel_professional": "professionell",
    "rel_milieu": "Milieu",
    "badge_keyclient": "Schlüsselklient/in", "badge_candidate": "mögliche/r Schlüsselklient/in",
    "map_empty": "Noch keine Personen auf der Karte.",
    "title_case": "Fall {code}: {audience}",
    "title_statistics": "{audience}",
    "period": "Zeitraum: {start} – {end}",
    "audience_supervision": "Zusammenfassung für die Supervision",
    "audience_case_conference": "Fallkonferenz",
    "audience_own_file": "Eigene Akte",
    "audience_statistics": "Statistik für Zuwendungsgeber",
    "section_summary": "Fallzusammenfassung",
    "section_person": "Was über diese Person festgehalten ist",
    "section_counts": "Fälle",
    "case_code": "Fall", "status": "Status", "opened_on": "Eröffnet am", "count": "Anzahl",
    "total": "Gesamt", "person": "Person", "sector": "Sektor", "ring": "Nähe",
    "marker": "Markierung", "role": "Rolle", "kind": "Art", "age": "Alter", "note": "Notiz",
    "source": "Quelle", "verified": "geprüft", "tie": "Beziehung",
    "nothing_recorded": "Nichts festgehalten.",
    "status_intake": "Erstkontakt", "status_analysis": "Analyse",
    "status_active": "Laufende Beratung", "status_ended": "Beendet",
    "status_ended_reachable": "Beendet, weiter erreichbar",
}

TABLES = {"en": _EN, "de": _DE}
LANGUAGES = tuple(TABLES)


class Labels:
    def __init__(self, language: str = "en"):
        if language not in TABLES:
            raise ValueError(f"no export labels for language {language!r}")
        self.language = language
        self._table = TABLES[language]

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def get(self, key: str, **values) -> str:
        return self._table[key].format(**values)

    def of(self, value: enum.Enum) -> str:
        """The word for a map enum value (sector, ring, kind, marker, relation kind)."""
        prefix = {m.Sector: "sector_", m.Ring: "ring_", m.PersonKind: "kind_",
                  m.Marker: "marker_", m.RelationKind: "rel_", m.Strength: "tie_",
                  m.TieStatus: "tie_"}[type(value)]
        name = value.name.lower() if isinstance(value, enum.IntEnum) else value.value
        return self._table[prefix + name]
