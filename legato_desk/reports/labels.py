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
    "place_on_map": "On the map",
    "index_client_place": "the index client, at the centre (no sector, no closeness ring)",
    "nothing_recorded": "Nothing recorded.",
    "status_intake": "Intake", "status_analysis": "Analysis",
    "status_active": "Active counselling", "status_ended": "Ended",
    "status_ended_reachable": "Ended, still reachable",
    # key-clients, safeguarding, sharing
    "section_keyclients": "Key-clients and candidates", "decided_on": "Chosen on",
    "relation": "Relation to the index client",
    "kc_candidate": "candidate", "kc_approached": "approached", "kc_active": "active",
    "kc_paused": "paused", "kc_ended": "ended",
    "strengths": "Strongest", "concerns": "Concern", "gaps": "Still to find out",
    "rank": "Place", "criterion": "Criterion", "rating": "Rating", "evidence": "Evidence",
    "crit_chosen": "chosen by the index client", "crit_similarity": "similar",
    "crit_credibility": "credible", "crit_resilience": "resilient",
    "crit_access": "access / contact", "crit_emotional": "emotional involvement",
    "crit_dogmatism": "own dogmatism", "crit_ideology": "own closeness to the ideology",
    "crit_willingness": "willing", "crit_availability": "available",
    "risk_word": "a risk", "level_unknown": "unknown", "level_low": "low",
    "level_medium": "medium", "level_high": "high",
    "rationale": "Why this key-client", "grounding": "Emotional grounding",
    "ess_relationship": "reliable relationship", "ess_messages": "positive emotional messages",
    "ess_acknowledgement": "acknowledgement", "gr_not_started": "not started",
    "gr_building": "building", "gr_established": "established",
    "date": "Date", "history": "Status history",
    "end_by_keyclient": "Ended by the key-client", "end_goals_reached": "Goals reached",
    "end_not_suitable": "Not the right key-client", "end_contact_lost": "Contact lost",
    "end_other": "Other reason",
    "section_safeguarding": "Safeguarding", "no_flags": "No safeguarding flag was raised.",
    "closed_on": "closed {date}", "flag_open": "OPEN", "raised_on": "raised {date}",
    "flag_threat_to_others": "Threat to others", "flag_planned_crime": "Planned crime",
    "flag_self_harm": "Self-harm", "flag_milieu_danger": "Danger from the milieu",
    "flag_child_protection": "Child protection",
    "step": "Protocol step", "step_state": "Done?", "step_open": "open", "step_done": "done",
    "step_not_needed": "not needed", "closing_note": "Closing note",
    "recipient": "To whom", "what": "What was shared", "ground": "Ground",
    "ground_consent": "consent", "ground_legal_duty": "legal duty",
    "ground_acute_danger": "acute danger", "ground_internal": "within the office",
    "section_sharing": "Information shared", "section_participants": "Participants",
    "agency_informed": "agency informed about the case",
    # sessions
    "section_tasks": "Emotional grounding and the six support tasks",
    "section_sessions": "Sessions", "section_setbacks": "Setbacks",
    "section_next_steps": "Next steps",
    "task": "Task", "sessions_n": "Sessions", "last_rating": "Rating", "setbacks_n": "Setbacks",
    "next_step": "Next step", "progress_chart": "Progress rating per session (1–5)",
    "rating_axis": "rating",
    "task_relationships": "Reliable relationships",
    "task_messages": "Positive emotional messages", "task_acknowledgement": "Acknowledgement",
    "task_future": "1 Future visions", "task_work": "2 Finding a job",
    "task_challenges": "3 Personal challenges", "task_partner": "4 Relationships",
    "task_emotions": "5 Emotions and family secrets", "task_therapy": "6 Psychological help",
    "ts_not_started": "not started", "ts_in_progress": "in progress", "ts_achieved": "achieved",
    "ts_paused": "paused",
    "mode_in_person": "in person", "mode_phone": "phone", "mode_video": "video",
    "mode_out_of_hours": "out-of-hours call",
    "facts": "What happened", "fact": "Important fact", "reflection": "Counsellor's reflection",
    "kc_state": "Key-client's state", "stress": "stress", "guilt": "guilt",
    "resilience": "resilience", "what_done": "What was done", "addendum": "Addendum",
    "setback": "Setback", "no_setbacks": "No setbacks recorded.",
    "setbacks_note": "Setbacks are a normal part of this work; they are noted plainly.",
    "agreed": "Agreed", "follow_up": "Follow-up on",
    "from_profile": "key-client profile", "from_session": "session of {date}",
    "signed_by": "Signed off by {by} on {when}.", "signed_on": "Signed off on {when}.",
    "unsigned": "DRAFT, NOT SIGNED OFF: this record may still change.",
    # statistics
    "stats_intro": "Cases in the vault: {cases}; opened in the period: {opened}. "
                   "Counts only: no names, no text.",
    "stats_caller": "Who called", "stats_route": "Referral route",
    "stats_contact": "Case or advice only", "stats_keyclients": "Key-clients by sector",
    "stats_sessions": "Sessions in the period", "stats_tasks": "Task progress across cases",
    "caller_family": "parent or relative", "caller_professional": "professional environment",
    "caller_private": "wider private environment", "caller_school": "school",
    "caller_employer": "employer", "caller_authority": "authority",
    "caller_self": "the person themselves", "caller_unknown": "not recorded",
    "route_direct": "direct", "route_police": "police", "route_helpline": "central helpline",
    "route_school": "school", "route_justice": "prison / probation", "route_health": "health",
    "route_other": "other", "route_unknown": "not recorded",
    "contact_case": "case", "contact_advice_only": "advice only",
    "stats_case_endings": "How cases ended (endings in the period)",
    "stats_goals": "Goals of the intervention plan at the case's ending",
    "stats_keyclient_endings": "How the work with key-clients ended (in the period)",
    "ending_keyclient_decided": "the key-client decided", "ending_goal_reached": "goal reached",
    "ending_moved_away": "moved away", "ending_contact_lost": "contact lost",
    "ending_handed_over": "handed over to another service",
    "ending_index_client_distanced": "the index client distanced themselves",
    "ending_office_ended": "the office ended it", "ending_other": "other reason",
    "end_not_recorded": "no reason recorded",
    "stats_durations": "How long (months)",
    "stats_durations_note": "Cases from opening to their ending, key-clients from being "
                            "chosen to the end of the work: ended in the period, or still "
                            "running at its last day (counted up to that day).",
    "dur_cases_ended": "Cases ended", "dur_cases_running": "Cases still open",
    "dur_kc_ended": "Key-client work ended", "dur_kc_running": "Key-client work running",
    "band_under_3": "under 3 months", "band_3_to_6": "3 to 6 months",
    "band_6_to_12": "6 to 12 months", "band_over_12": "12 months and more",
    "total": "Total",
    "reopened_n": "Reopened",
    "stats_went_back": "Reopened: times a later session in the period put an achieved task "
                       "in progress or paused again. Setbacks: task entries in the period "
                       "that note a setback. Both are a normal part of this work.",
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
    "place_on_map": "Auf der Karte",
    "index_client_place": "Indexklient/in, in der Mitte (kein Sektor, kein Nähe-Ring)",
    "nothing_recorded": "Nichts festgehalten.",
    "status_intake": "Erstkontakt", "status_analysis": "Analyse",
    "status_active": "Laufende Beratung", "status_ended": "Beendet",
    "status_ended_reachable": "Beendet, weiter erreichbar",
    "section_keyclients": "Schlüsselklient/innen und Kandidat/innen",
    "decided_on": "Gewählt am", "relation": "Beziehung zum Indexklienten",
    "kc_candidate": "Kandidat/in", "kc_approached": "angesprochen", "kc_active": "aktiv",
    "kc_paused": "pausiert", "kc_ended": "beendet",
    "strengths": "Am stärksten", "concerns": "Bedenken", "gaps": "Noch herauszufinden",
    "rank": "Platz", "criterion": "Kriterium", "rating": "Einschätzung",
    "evidence": "Grundlage",
    "crit_chosen": "vom Indexklienten gewählt", "crit_similarity": "ähnlich",
    "crit_credibility": "glaubwürdig", "crit_resilience": "belastbar",
    "crit_access": "Zugang / Kontakt", "crit_emotional": "emotionale Verstrickung",
    "crit_dogmatism": "eigene Dogmatik", "crit_ideology": "eigene Nähe zur Ideologie",
    "crit_willingness": "bereit", "crit_availability": "verfügbar",
    "risk_word": "ein Risiko", "level_unknown": "unbekannt", "level_low": "gering",
    "level_medium": "mittel", "level_high": "hoch",
    "rationale": "Warum diese/r Schlüsselklient/in", "grounding": "Emotionale Grundlage",
    "ess_relationship": "verlässliche Beziehung",
    "ess_messages": "positive emotionale Botschaften", "ess_acknowledgement": "Anerkennung",
    "gr_not_started": "nicht begonnen", "gr_building": "im Aufbau", "gr_established": "tragfähig",
    "date": "Datum", "history": "Verlauf",
    "end_by_keyclient": "Vom Schlüsselklienten beendet", "end_goals_reached": "Ziele erreicht",
    "end_not_suitable": "Nicht die richtige Person", "end_contact_lost": "Kontakt verloren",
    "end_other": "Anderer Grund",
    "section_safeguarding": "Gefährdungshinweise",
    "no_flags": "Es wurde kein Gefährdungshinweis erfasst.",
    "closed_on": "abgeschlossen {date}", "flag_open": "OFFEN", "raised_on": "erfasst {date}",
    "flag_threat_to_others": "Gefahr für andere", "flag_planned_crime": "Geplante Straftat",
    "flag_self_harm": "Selbstgefährdung", "flag_milieu_danger": "Gefahr durch das Milieu",
    "flag_child_protection": "Kinderschutz",
    "step": "Schritt des Protokolls", "step_state": "Erledigt?", "step_open": "offen",
    "step_done": "erledigt", "step_not_needed": "nicht nötig",
    "closing_note": "Abschlussvermerk",
    "recipient": "An wen", "what": "Was weitergegeben wurde", "ground": "Grundlage",
    "ground_consent": "Einwilligung", "ground_legal_duty": "gesetzliche Pflicht",
    "ground_acute_danger": "akute Gefahr", "ground_internal": "innerhalb der Stelle",
    "section_sharing": "Weitergegebene Informationen", "section_participants": "Beteiligte",
    "agency_informed": "über den Fall informierte Stelle",
    "section_tasks": "Emotionale Grundlage und die sechs Unterstützungsaufgaben",
    "section_sessions": "Beratungsgespräche", "section_setbacks": "Rückschläge",
    "section_next_steps": "Nächste Schritte",
    "task": "Aufgabe", "sessions_n": "Gespräche", "last_rating": "Stand",
    "setbacks_n": "Rückschläge", "next_step": "Nächster Schritt",
    "progress_chart": "Einschätzung des Fortschritts je Gespräch (1–5)",
    "rating_axis": "Stand",
    "task_relationships": "Verlässliche Beziehungen",
    "task_messages": "Positive emotionale Botschaften", "task_acknowledgement": "Anerkennung",
    "task_future": "1 Zukunftsvisionen", "task_work": "2 Arbeit finden",
    "task_challenges": "3 Persönliche Herausforderungen", "task_partner": "4 Partnerschaft",
    "task_emotions": "5 Gefühle und Familiengeheimnisse",
    "task_therapy": "6 Psychologische Hilfe",
    "ts_not_started": "nicht begonnen", "ts_in_progress": "in Arbeit", "ts_achieved": "erreicht",
    "ts_paused": "pausiert",
    "mode_in_person": "persönlich", "mode_phone": "Telefon", "mode_video": "Video",
    "mode_out_of_hours": "Anruf außerhalb der Zeiten",
    "facts": "Was geschah", "fact": "Wichtige Tatsache", "reflection": "Reflexion der Beratung",
    "kc_state": "Verfassung der Schlüsselperson", "stress": "Belastung", "guilt": "Schuld",
    "resilience": "Belastbarkeit", "what_done": "Was getan wurde", "addendum": "Nachtrag",
    "setback": "Rückschlag", "no_setbacks": "Keine Rückschläge festgehalten.",
    "setbacks_note": "Rückschläge gehören zu dieser Arbeit; sie werden sachlich festgehalten.",
    "agreed": "Vereinbart", "follow_up": "Wiedervorlage am",
    "from_profile": "Profil der Schlüsselperson", "from_session": "Gespräch vom {date}",
    "signed_by": "Abgezeichnet von {by} am {when}.", "signed_on": "Abgezeichnet am {when}.",
    "unsigned": "ENTWURF, NICHT ABGEZEICHNET: Dieses Protokoll kann sich noch ändern.",
    "stats_intro": "Fälle im Tresor: {cases}; im Zeitraum eröffnet: {opened}. "
                   "Nur Zahlen: keine Namen, kein Text.",
    "stats_caller": "Wer anrief", "stats_route": "Zugangsweg",
    "stats_contact": "Fall oder nur Beratung", "stats_keyclients": "Schlüsselklient/innen nach Sektor",
    "stats_sessions": "Gespräche im Zeitraum", "stats_tasks": "Stand der Aufgaben über alle Fälle",
    "caller_family": "Eltern oder Angehörige", "caller_professional": "berufliches Umfeld",
    "caller_private": "weiteres privates Umfeld", "caller_school": "Schule",
    "caller_employer": "Arbeitgeber", "caller_authority": "Behörde",
    "caller_self": "die Person selbst", "caller_unknown": "nicht erfasst",
    "route_direct": "direkt", "route_police": "Polizei", "route_helpline": "zentrale Hotline",
    "route_school": "Schule", "route_justice": "Justizvollzug / Bewährungshilfe",
    "route_health": "Gesundheit", "route_other": "anderer", "route_unknown": "nicht erfasst",
    "contact_case": "Fall", "contact_advice_only": "nur Beratung",
    "stats_case_endings": "Wie Fälle endeten (Abschlüsse im Zeitraum)",
    "stats_goals": "Ziele des Interventionsplans beim Fallabschluss",
    "stats_keyclient_endings": "Wie die Arbeit mit Schlüsselklient/innen endete (im Zeitraum)",
    "ending_keyclient_decided": "Schlüsselklient/in hat entschieden",
    "ending_goal_reached": "Ziel erreicht",
    "ending_moved_away": "weggezogen", "ending_contact_lost": "Kontakt verloren",
    "ending_handed_over": "an eine andere Stelle übergeben",
    "ending_index_client_distanced": "Indexklient/in hat sich gelöst",
    "ending_office_ended": "von der Beratungsstelle beendet", "ending_other": "anderer Grund",
    "end_not_recorded": "kein Grund erfasst",
    "stats_durations": "Wie lange (Monate)",
    "stats_durations_note": "Fälle von der Eröffnung bis zum Abschluss, Schlüsselklient/innen "
                            "von der Auswahl bis zum Ende der Arbeit: im Zeitraum beendet "
                            "oder an seinem letzten Tag noch laufend (bis zu diesem Tag "
                            "gezählt).",
    "dur_cases_ended": "Fälle beendet", "dur_cases_running": "Fälle noch offen",
    "dur_kc_ended": "Arbeit mit Schlüsselkl. beendet",
    "dur_kc_running": "Arbeit mit Schlüsselkl. läuft",
    "band_under_3": "unter 3 Monaten", "band_3_to_6": "3 bis 6 Monate",
    "band_6_to_12": "6 bis 12 Monate", "band_over_12": "12 Monate und mehr",
    "total": "Summe",
    "reopened_n": "Wieder geöffnet",
    "stats_went_back": "Wieder geöffnet: wie oft ein späteres Gespräch im Zeitraum eine "
                       "erreichte Aufgabe wieder auf „in Arbeit“ oder „pausiert“ setzte. "
                       "Rückschläge: Aufgabeneinträge im Zeitraum, die einen Rückschlag "
                       "festhalten. Beides gehört zu dieser Arbeit.",
}

# The dated risk and protective factors and the referrals on (reports/factor_sections.py).
_FACTORS_EN = {
    "section_factors": "Risk and protective factors",
    "sheet_of": "Factor sheet of {date}",
    "no_sheet": "No factor sheet recorded yet.",
    "level": "Level", "kind": "Kind", "factor": "Factor", "weight": "Weight", "note": "Note",
    "risk": "Risk", "protective": "Protective",
    "kind_risk": "risk", "kind_protective": "protective",
    "weight_1": "1 slight", "weight_2": "2 clear", "weight_3": "3 strong",
    "level_individual": "Individual", "level_family": "Family situation",
    "level_social": "Social", "level_motivational": "Motivational",
    "level_ideological": "Ideological / cultural",
    "balance": "Balance per level: the weights of each side added up (number of factors); "
               "two numbers side by side, not one score.",
    "changes_since": "What changed since the sheet of {date}",
    "no_change": "No change.", "no_earlier": "No earlier sheet to compare with.",
    "unchanged": "Unchanged: {count}",
    "change_added": "added", "change_removed": "removed", "change_heavier": "weighs more",
    "change_lighter": "weighs less", "change_note": "note changed",
    "change": "Change",
    "section_referrals": "Referrals on",
    "no_referrals": "No referral recorded.",
    "date": "Date", "to_whom": "To whom", "why": "Why", "caller": "Caller",
    "outcome": "What came of it",
    "agreement_agreed": "agreed", "agreement_declined": "did not agree",
    "agreement_not_asked": "not asked",
}

_FACTORS_DE = {
    "section_factors": "Risiko- und Schutzfaktoren",
    "sheet_of": "Faktorenbogen vom {date}",
    "no_sheet": "Noch kein Faktorenbogen erfasst.",
    "level": "Ebene", "kind": "Art", "factor": "Faktor", "weight": "Gewicht", "note": "Notiz",
    "risk": "Risiko", "protective": "Schutz",
    "kind_risk": "Risiko", "kind_protective": "Schutz",
    "weight_1": "1 gering", "weight_2": "2 deutlich", "weight_3": "3 stark",
    "level_individual": "Individuell", "level_family": "Familiäre Situation",
    "level_social": "Sozial", "level_motivational": "Motivational",
    "level_ideological": "Ideologisch / kulturell",
    "balance": "Bilanz je Ebene: die Gewichte jeder Seite zusammengezählt (Zahl der "
               "Faktoren); zwei Zahlen nebeneinander, kein Gesamtwert.",
    "changes_since": "Was sich seit dem Bogen vom {date} geändert hat",
    "no_change": "Keine Änderung.", "no_earlier": "Kein früherer Bogen zum Vergleich.",
    "unchanged": "Unverändert: {count}",
    "change_added": "neu", "change_removed": "entfallen", "change_heavier": "wiegt mehr",
    "change_lighter": "wiegt weniger", "change_note": "Notiz geändert",
    "change": "Änderung",
    "section_referrals": "Weitervermittlungen",
    "no_referrals": "Keine Weitervermittlung erfasst.",
    "date": "Datum", "to_whom": "An wen", "why": "Warum", "caller": "Anrufende/r",
    "outcome": "Was daraus wurde",
    "agreement_agreed": "einverstanden", "agreement_declined": "nicht einverstanden",
    "agreement_not_asked": "nicht gefragt",
}

# Tapering contact and the open door (reports/contact_plan_sections.py).
_PLAN_EN = {
    "section_contact_plan": "Contact plan and sessions held",
    "no_contact_plan": "No contact plan recorded.",
    "plan_from": "From", "plan_until": "Until", "plan_rhythm": "Planned rhythm",
    "plan_planned": "Planned", "plan_held": "Held", "plan_missed": "Missed",
    "plan_totals": "In the period: {planned} contacts planned, {held} held, {missed} missed "
                   "(one contact planned per interval of the rhythm).",
    "rhythm_on_request": "on request (open door)", "rhythm_daily": "daily",
    "rhythm_weekly": "weekly", "rhythm_fortnightly": "fortnightly",
    "rhythm_monthly": "monthly", "rhythm_days": "every {n} days",
    "rhythm_weeks": "every {n} weeks", "rhythm_months": "every {n} months",
    "open_door": "Ended, still reachable. Agreed crisis route:",
    "open_door_contact": "Contact: {name}.",
}

_PLAN_DE = {
    "section_contact_plan": "Kontaktplan und geführte Gespräche",
    "no_contact_plan": "Kein Kontaktplan erfasst.",
    "plan_from": "Ab", "plan_until": "Bis", "plan_rhythm": "Geplanter Rhythmus",
    "plan_planned": "Geplant", "plan_held": "Geführt", "plan_missed": "Versäumt",
    "plan_totals": "Im Zeitraum: {planned} Kontakte geplant, {held} geführt, {missed} "
                   "versäumt (ein Kontakt je Intervall des Rhythmus).",
    "rhythm_on_request": "bei Bedarf (offene Tür)", "rhythm_daily": "täglich",
    "rhythm_weekly": "wöchentlich", "rhythm_fortnightly": "alle zwei Wochen",
    "rhythm_monthly": "monatlich", "rhythm_days": "alle {n} Tage",
    "rhythm_weeks": "alle {n} Wochen", "rhythm_months": "alle {n} Monate",
    "open_door": "Beendet, weiter erreichbar. Vereinbarter Weg in der Krise:",
    "open_door_contact": "Kontakt: {name}.",
}

_RELEASE_EN = {
    "section_release": "Release from prison",
    "release_date": "Release", "release_not_known": "date not known yet",
    "release_institution": "Institution", "release_reach": "Reachable after release",
    "release_reach_no_time": "Not checked: the date and time of release are not known yet.",
    "release_reach_unknown": "Released {when}: no contact named in the checklist has office "
                             "hours recorded, so nobody is known to be reachable.",
    "release_reach_ok": "Released {when}: a contact or deputy is reachable at once.",
    "release_reach_none": "Released {when}: none of the case's contacts is reachable in the "
                          "week after release.",
    "release_reach_until": "Released {when}: none of the case's contacts is reachable until "
                           "{until}.",
    "release_checklist": "Checklist for the first days: {done} of {count} done",
    "release_item": "Item", "release_state": "State", "release_responsible": "Responsible",
    "release_done": "done", "release_open": "open",
    "release_no_items": "The checklist has no items.",
    "release_weekday_0": "Monday", "release_weekday_1": "Tuesday",
    "release_weekday_2": "Wednesday", "release_weekday_3": "Thursday",
    "release_weekday_4": "Friday", "release_weekday_5": "Saturday",
    "release_weekday_6": "Sunday",
}

_RELEASE_DE = {
    "section_release": "Haftentlassung",
    "release_date": "Entlassung", "release_not_known": "Datum noch nicht bekannt",
    "release_institution": "Einrichtung", "release_reach": "Erreichbar nach der Entlassung",
    "release_reach_no_time": "Nicht geprüft: Datum und Uhrzeit der Entlassung sind noch "
                             "nicht bekannt.",
    "release_reach_unknown": "Entlassung {when}: Für keinen in der Checkliste genannten "
                             "Kontakt sind Erreichbarkeitszeiten erfasst; niemand ist "
                             "sicher erreichbar.",
    "release_reach_ok": "Entlassung {when}: Ein Kontakt oder eine Vertretung ist sofort "
                        "erreichbar.",
    "release_reach_none": "Entlassung {when}: Keiner der Kontakte des Falls ist in der Woche "
                          "nach der Entlassung erreichbar.",
    "release_reach_until": "Entlassung {when}: Keiner der Kontakte des Falls ist vor "
                           "{until} erreichbar.",
    "release_checklist": "Checkliste für die ersten Tage: {done} von {count} erledigt",
    "release_item": "Punkt", "release_state": "Stand", "release_responsible": "Zuständig",
    "release_done": "erledigt", "release_open": "offen",
    "release_no_items": "Die Checkliste hat keine Punkte.",
    "release_weekday_0": "Montag", "release_weekday_1": "Dienstag",
    "release_weekday_2": "Mittwoch", "release_weekday_3": "Donnerstag",
    "release_weekday_4": "Freitag", "release_weekday_5": "Samstag",
    "release_weekday_6": "Sonntag",
}

# One case conference's record (reports/conference_sections.py).
_CONFERENCE_EN = {
    "conf_heading": "Case conference of {date}",
    "conf_anonymous": "Anonymous case conference: the case is brought in without identifying "
                      "data until a security risk is found.",
    "conf_topics": "Topics the client agreed may be discussed",
    "conf_no_topics": "The client agreed to none of the topics.",
    "conf_topics_left_out": "Topics the client did not agree to are left out: {count}.",
    "conf_participants": "Participants",
    "conf_institution": "Institution",
    "conf_deputy": "{name} (deputy)",
    "conf_roles": "Roles",
    "conf_duty": "Role", "conf_held_by": "Held by",
    "conf_duty_chair": "chairs", "conf_duty_minutes": "keeps the minutes",
    "conf_duty_family": "contact for the family",
    "conf_measures": "Agreed measures",
    "conf_what": "What", "conf_who": "Who", "conf_by_when": "By when",
    "conf_no_measures": "No measures agreed.",
    "conf_minutes": "Minutes",
    "conf_minutes_agreed": "In the client's words: the client agreed to this wording.",
    "conf_minutes_not_agreed": "Not printed: the client has not agreed to the wording of "
                               "the minutes.",
}

_CONFERENCE_DE = {
    "conf_heading": "Fallkonferenz vom {date}",
    "conf_anonymous": "Anonyme Fallkonferenz: Der Fall wird ohne identifizierende Daten "
                      "eingebracht, bis ein Sicherheitsrisiko festgestellt ist.",
    "conf_topics": "Themen, deren Besprechung die Klientin / der Klient zugestimmt hat",
    "conf_no_topics": "Keinem der Themen wurde zugestimmt.",
    "conf_topics_left_out": "Themen ohne Zustimmung sind weggelassen: {count}.",
    "conf_participants": "Teilnehmende",
    "conf_institution": "Einrichtung",
    "conf_deputy": "{name} (Vertretung)",
    "conf_roles": "Rollen",
    "conf_duty": "Rolle", "conf_held_by": "Übernimmt",
    "conf_duty_chair": "Moderation", "conf_duty_minutes": "Protokoll",
    "conf_duty_family": "Ansprechperson für die Familie",
    "conf_measures": "Vereinbarte Maßnahmen",
    "conf_what": "Was", "conf_who": "Wer", "conf_by_when": "Bis wann",
    "conf_no_measures": "Keine Maßnahmen vereinbart.",
    "conf_minutes": "Protokoll",
    "conf_minutes_agreed": "In den Worten der Klientin / des Klienten: Dem Wortlaut wurde "
                           "zugestimmt.",
    "conf_minutes_not_agreed": "Nicht abgedruckt: Dem Wortlaut des Protokolls wurde nicht "
                               "zugestimmt.",
}

_EN.update(_FACTORS_EN)
_DE.update(_FACTORS_DE)
_EN.update(_RELEASE_EN)
_DE.update(_RELEASE_DE)
_EN.update(_PLAN_EN)
_DE.update(_PLAN_DE)

# The intervention plan (reports/plan_section.py).
_PLAN_EN = {
    "section_plan": "Intervention plan",
    "plan_none": "No intervention plan recorded yet.",
    "plan_started": "Plan started on {date}.",
    "plan_wind_down": "How and when the work should wind down",
    "plan_goals": "Goals", "plan_goal": "Goal", "plan_set_on": "Set on", "plan_state": "State",
    "plan_measures": "Measures agreed", "plan_what": "What", "plan_who": "Who",
    "plan_by": "By", "plan_goal_no": "Goal", "plan_counsellor": "counsellor",
    "plan_last_review": "Last review",
    "plan_review_of": "Review of {date} ({count} held so far)",
    "plan_no_review": "No review held yet.",
    "goal_open": "open", "goal_met": "met", "goal_partly_met": "partly met",
    "goal_not_met": "not met",
    "measure_planned": "planned", "measure_in_progress": "in progress",
    "measure_done": "done", "measure_dropped": "dropped",
}
_PLAN_DE = {
    "section_plan": "Interventionsplan",
    "plan_none": "Noch kein Interventionsplan erfasst.",
    "plan_started": "Plan begonnen am {date}.",
    "plan_wind_down": "Wie und wann die Beratung ausklingen soll",
    "plan_goals": "Ziele", "plan_goal": "Ziel", "plan_set_on": "Gesetzt am",
    "plan_state": "Stand",
    "plan_measures": "Vereinbarte Maßnahmen", "plan_what": "Was", "plan_who": "Wer",
    "plan_by": "Bis", "plan_goal_no": "Ziel", "plan_counsellor": "Berater/in",
    "plan_last_review": "Letzte Überprüfung",
    "plan_review_of": "Überprüfung vom {date} (Überprüfungen bisher: {count})",
    "plan_no_review": "Noch keine Überprüfung.",
    "goal_open": "offen", "goal_met": "erreicht", "goal_partly_met": "teilweise erreicht",
    "goal_not_met": "nicht erreicht",
    "measure_planned": "geplant", "measure_in_progress": "läuft",
    "measure_done": "erledigt", "measure_dropped": "verworfen",
}
_EN.update(_PLAN_EN)
_DE.update(_PLAN_DE)
_EN.update(_CONFERENCE_EN)
_DE.update(_CONFERENCE_DE)

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

    def get_or(self, key: str, fallback: str) -> str:
        """For category values a newer vault may know and this table not yet."""
        return self._table.get(key, fallback)

    def of(self, value: enum.Enum) -> str:
        """The word for a map enum value (sector, ring, kind, marker, relation kind)."""
        prefix = {m.Sector: "sector_", m.Ring: "ring_", m.PersonKind: "kind_",
                  m.Marker: "marker_", m.RelationKind: "rel_", m.Strength: "tie_",
                  m.TieStatus: "tie_"}[type(value)]
        name = value.name.lower() if isinstance(value, enum.IntEnum) else value.value
        return self._table[prefix + name]
