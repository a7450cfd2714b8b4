"""The anonymous statistics through the real path: a vault with dated records
-> counts -> the statistics file on disk -> read back, added up, refused."""

import json
import re

import pytest

from legato_desk.errors import ValidationError
from legato_desk.exporting import export_pdf, export_stats_file, gather
from legato_desk.model import stats_file
from legato_desk.model.export import Audience, ExportRequest
from tests.reports.dated_vault import CLOCK, FIRST, LAST, fill


def period(**kw) -> ExportRequest:
    return ExportRequest.default(Audience.STATISTICS, date_from=FIRST, date_to=LAST, **kw)


@pytest.fixture
def dated(vault):
    return fill(vault)


def test_endings_durations_reopened_tasks_and_setbacks_are_counted(dated):
    st = gather(dated, period(), clock=CLOCK).statistics
    assert st.case_endings == {"keyclient_decided": 1}         # C. ended before the period
    assert st.keyclient_endings == {"goals_reached": 1}
    assert st.case_durations == {"ended": {"6_to_12": 1}, "running": {"under_3": 1}}
    assert st.keyclient_durations == {"ended": {"3_to_6": 1}}
    assert st.reopened == {"work": 1}                           # achieved, then in progress
    assert st.setbacks == {"work": 1}                           # December's is outside
    assert st.goals_at_ending == {"open": 0, "met": 1, "partly_met": 1, "not_met": 0}  # B open
    whole = gather(dated, ExportRequest.default(Audience.STATISTICS), clock=CLOCK).statistics
    assert whole.case_endings == {"keyclient_decided": 1, "moved_away": 1}
    assert whole.setbacks == {"work": 1, "relationships": 1}
    assert whole.case_durations["ended"] == {"6_to_12": 1, "over_12": 1}


def _vault_texts(vault) -> list[str]:
    """Every text stored in the vault that is not a mere category value."""
    out = []
    tables = [r[0] for r in vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
        " AND name NOT LIKE '%fts%'")]
    for table in tables:
        for row in vault.conn.execute(f"SELECT * FROM {table}"):
            out += [v for v in row if isinstance(v, str) and len(v.strip()) > 1
                    and not re.fullmatch(r"[a-z_]+", v)]
    return out


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_the_file_holds_counts_only(dated, tmp_path, suffix):
    target = export_stats_file(dated, period(), tmp_path / f"stats{suffix}", clock=CLOCK)
    text = target.read_text("utf-8")
    texts = _vault_texts(dated)
    assert "Okapi: he left the workshop" in texts and "2025-11-10" in texts  # the check sees them
    for value in texts:
        assert value not in text, value
    for case in dated.cases.list():
        assert case.code not in text and case.pseudonym not in text
    assert set(re.findall(r"\d{4}-\d\d-\d\d", text)) == {"2026-01-01", "2026-06-30"}
    read = stats_file.loads(text, suffix, target.name)
    assert read.period == (FIRST, LAST) and len(read.file_ids) == 1
    assert read.statistics == gather(dated, period(), clock=CLOCK).statistics
    [record] = dated.exports.list()
    assert (record.case_id, record.audience, record.format) == (None, "statistics", suffix[1:])
    assert dated.sharing.for_case(dated.cases.list()[0].id) == []  # about nobody


def test_the_json_says_its_format_version_and_period(dated, tmp_path):
    data = json.loads(export_stats_file(dated, period(), tmp_path / "s.json",
                                        clock=CLOCK).read_text())
    assert data["format"] == "legato-desk-statistics" and data["format_version"] == 1
    assert (data["period_from"], data["period_to"]) == ("2026-01-01", "2026-06-30")
    assert data["counts"]["reopened"] == {"work": 1}


def test_two_files_add_up_and_no_file_is_counted_twice(dated, tmp_path):
    one = export_stats_file(dated, period(), tmp_path / "one.json", clock=CLOCK)
    two = export_stats_file(dated, period(), tmp_path / "two.csv", clock=CLOCK)
    files = [(p.name, stats_file.loads(p.read_text(), p.suffix, p.name)) for p in (one, two)]
    total = stats_file.merge(files)
    single = files[0][1].statistics
    assert total.statistics.cases == 2 * single.cases == 6
    assert total.statistics.reopened == {"work": 2}
    assert total.statistics.case_durations == {"ended": {"6_to_12": 2},
                                               "running": {"under_3": 2}}
    with pytest.raises(ValidationError, match="one.json and one.json hold the same counts"):
        stats_file.merge([files[0], files[0]])
    merged = ("total.json", stats_file.loads(stats_file.dumps(total, ".json"), ".json"))
    with pytest.raises(ValidationError, match="hold the same counts"):
        stats_file.merge([merged, files[1]])  # a total already holding two.csv


def test_a_wrong_suffix_is_refused_and_nothing_is_written(dated, tmp_path):
    with pytest.raises(ValidationError, match=r"ends in \.json or \.csv"):
        export_stats_file(dated, period(), tmp_path / "stats.txt", clock=CLOCK)
    assert not (tmp_path / "stats.txt").exists() and dated.exports.list() == []


def test_the_pdf_shows_the_new_tables(dated, tmp_path):
    import io

    from pypdf import PdfReader

    pdf = export_pdf(dated, period(), tmp_path / "s.pdf", clock=CLOCK)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    for words in ("How cases ended", "the key-client decided",
                  "How the work with key-clients ended",
                  "Goals reached", "How long", "6 to 12 months", "Reopened", "Setbacks",
                  "Goals of the intervention plan at the case's ending", "partly met"):
        assert words in text, words
    for secret in ("Okapi", "Zorro", "Vicuna", "Jackal", "Kiwi", "Dingo", "Emu"):
        assert secret not in text


def test_the_german_pdf_has_words_for_every_new_count(dated, tmp_path):
    import io

    from pypdf import PdfReader

    out = export_pdf(dated, period(language="de"), tmp_path / "de.pdf", clock=CLOCK)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    for words in ("Wie Fälle endeten", "Schlüsselklient/in hat entschieden", "Ziele erreicht",
                  "6 bis 12 Monate", "Wieder geöffnet", "Ziele des Interventionsplans",
                  "teilweise erreicht"):
        assert words in text, words
