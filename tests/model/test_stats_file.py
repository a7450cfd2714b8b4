"""The anonymous statistics file: written, read back, added up, refused."""

import json
from collections import Counter
from datetime import date

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model import stats_file as sf
from legato_desk.model.statistics import Statistics

FIRST, LAST = date(2026, 1, 1), date(2026, 6, 30)


def counts(**kw) -> Statistics:
    st = Statistics(cases=3, opened=1, by_status=Counter(active=2, ended=1),
                    tasks={"work": Counter(achieved=1, in_progress=2)},
                    case_durations={"ended": Counter(under_3=1)}, reopened=Counter(work=1))
    for name, value in kw.items():
        setattr(st, name, value)
    return st


def file(st=None, first=FIRST, last=LAST) -> sf.StatsFile:
    return sf.StatsFile(st or counts(), first, last, (sf.new_file_id(),))


@pytest.mark.parametrize("suffix", sf.SUFFIXES)
def test_a_file_reads_back_as_it_was_written(suffix):
    written = file()
    again = sf.loads(sf.dumps(written, suffix), suffix, "f")
    assert again == written
    open_start = file(first=None)
    assert sf.loads(sf.dumps(open_start, suffix), suffix).date_from is None


def test_the_csv_is_one_number_a_row_after_the_file_rows():
    rows = sf.dumps(file(), ".csv").splitlines()
    assert rows[0] == "section,group,key,value"
    assert "file,,format_version,1" in rows and "file,,period_to,2026-06-30" in rows
    assert "cases,,,3" in rows and "by_status,,active,2" in rows
    assert "tasks,work,in_progress,2" in rows and "case_durations,ended,under_3,1" in rows


def test_adding_up_adds_every_count():
    a, b = file(), file(counts(cases=2, by_status=Counter(active=1, intake=1),
                               tasks={"future": Counter(paused=1)}))
    total = sf.merge([("a.json", a), ("b.csv", b)])
    st = total.statistics
    assert st.cases == 5 and st.by_status == {"active": 3, "ended": 1, "intake": 1}
    assert st.tasks == {"work": {"achieved": 1, "in_progress": 2}, "future": {"paused": 1}}
    assert st.reopened == {"work": 2} and st.case_durations == {"ended": {"under_3": 2}}
    assert total.period == (FIRST, LAST) and set(total.file_ids) == {*a.file_ids, *b.file_ids}


def test_refusals_say_what_is_wrong():
    a = file()
    with pytest.raises(ValidationError, match="at least two"):
        sf.merge([("a.json", a)])
    with pytest.raises(ValidationError, match="a.json and a.json hold the same counts"):
        sf.merge([("a.json", a), ("a.json", a)])
    with pytest.raises(ValidationError, match="copy.json and a.json hold the same counts"):
        sf.merge([("a.json", a), ("copy.json", a)])
    with pytest.raises(ValidationError, match=r"q2.json covers 2026-04-01 – 2026-06-30, "
                                              r"a.json covers 2026-01-01 – 2026-06-30"):
        sf.merge([("a.json", a), ("q2.json", file(first=date(2026, 4, 1)))])


def test_a_file_of_another_version_or_kind_is_refused():
    data = json.loads(sf.dumps(file(), ".json"))
    with pytest.raises(ValidationError, match="format version 2; this version of "
                                              "legato-desk reads version 1 only"):
        sf.loads(json.dumps({**data, "format_version": 2}), ".json", "new.json")
    csv_text = sf.dumps(file(), ".csv").replace("format_version,1", "format_version,7")
    with pytest.raises(ValidationError, match="format version 7"):
        sf.loads(csv_text, ".csv", "new.csv")
    for text in ("not json", json.dumps({"format": "something else"}), "[]"):
        with pytest.raises(ValidationError, match="x.json is not a legato-desk statistics"):
            sf.loads(text, ".json", "x.json")
    with pytest.raises(ValidationError, match="is not a legato-desk statistics"):
        sf.loads("a,b\n1,2\n", ".csv", "x.csv")


@pytest.mark.parametrize("change, what", [
    ({"file_ids": []}, "no file id"),
    ({"period_to": "June"}, "no period"),
    ({"counts": {"cases": -1}}, "cases is not a count"),
    ({"counts": {"names": {"Anna": 1}}}, "unknown counts names"),
    ({"counts": {"by_status": {"active": "two"}}}, "by_status/active is not a count"),
])
def test_a_changed_file_is_refused(change, what):
    data = {**json.loads(sf.dumps(file(), ".json")), **change}
    with pytest.raises(ValidationError, match=f"f.json is damaged .*{what}"):
        sf.loads(json.dumps(data), ".json", "f.json")


def test_the_suffix_decides_the_spelling():
    assert sf.suffix_of("Stats.JSON") == ".json" and sf.suffix_of("a.b.csv") == ".csv"
    for name in ("stats", "stats.pdf", "stats.json.txt"):
        with pytest.raises(ValidationError, match=r"ends in \.json or \.csv"):
            sf.suffix_of(name)
