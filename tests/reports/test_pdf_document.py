"""The PDF frame, read back with pypdf: furniture, metadata, escaping, encryption."""

import io

import pytest
from pypdf import PdfReader

from legato_desk.model import map as m
from legato_desk.reports.document import PageFrame, build_pdf, para, styles
from legato_desk.reports.labels import TABLES, Labels
from legato_desk.reports.map_drawing import legend_drawing, map_drawing

FRAME = PageFrame("Case 2026-007 · Supervision", "Exported 01 Dec 2026",
                  "Confidential: for supervision only.", "Page {page} of {pages}")


def _text(data: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        assert reader.is_encrypted
        reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


def test_every_page_has_case_code_date_page_count_and_confidentiality():
    s = styles()
    flowables = [para(f"Paragraph {i} " + "words " * 60, s["body"]) for i in range(40)]
    pages = _text(build_pdf(flowables, frame=FRAME, title="Case 2026-007", subject="x"))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert "Case 2026-007 · Supervision" in text
        assert "Exported 01 Dec 2026" in text
        assert f"Page {number} of {len(pages)}" in text
        assert "Confidential: for supervision only." in text


def test_markup_in_user_text_is_printed_not_obeyed():
    s = styles()
    evil = '<img src="http://example.invalid/x.png" width="9"/> <b>bold?</b> & <font size=40>'
    [text] = _text(build_pdf([para(evil, s["body"])], frame=FRAME, title="t", subject="s"))
    assert '<img src="http://example.invalid/x.png"' in text
    assert "<b>bold?</b> &" in text


def test_metadata_names_no_person():
    data = build_pdf([para("Mrs Özdemir", styles()["body"])], frame=FRAME,
                     title="Case 2026-007 — supervision summary", subject="Supervision")
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta.title == "Case 2026-007 — supervision summary"
    assert meta.author == "legato-desk" and meta.subject == "Supervision"
    assert "Özdemir" not in repr(dict(meta))


def test_umlauts_and_other_scripts_survive():
    text = "Jürgen Weiß, Şule Yılmaz, Ольга, Ελένη"
    [page] = _text(build_pdf([para(text, styles()["body"])], frame=FRAME, title="t",
                             subject="s"))
    assert text in page


def test_an_encrypted_export_needs_its_passphrase():
    data = build_pdf([para("secret words", styles()["body"])], frame=FRAME, title="t",
                     subject="s", encrypt_with="tulip mirror 77")
    assert b"secret words" not in data
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted and not reader.decrypt("wrong")
    assert "secret words" in _text(data, "tulip mirror 77")[0]
    assert reader.trailer["/Encrypt"]["/V"] == 5  # AES-256


def test_the_map_drawing_carries_labels_and_legend_in_both_languages():
    persons = (m.Person(1, 1, "i", is_index=True),
               m.Person(2, 1, "a", role="mother", x=0.0, y=-0.3, marker=m.Marker.RESOURCE),
               m.Person(3, 1, "b", kind=m.PersonKind.ONLINE, x=-0.8, y=-0.2))
    state = m.MapState(persons, (m.Relation(1, 1, "r", 2, 3, conflict=True,
                                            status=m.TieStatus.CUT_OFF,
                                            direction=m.Direction.BOTH),))
    names = {1: "M.", 2: "P1 · mother", 3: "P2"}
    for language in ("en", "de"):
        labels = Labels(language)
        data = build_pdf([map_drawing(state, names, labels, badges={2: "keyclient"}),
                          legend_drawing(labels)], frame=FRAME, title="t", subject="s")
        [text] = _text(data)
        for word in ("P1 · mother", labels["sector_family"], labels["tie_conflict"],
                     labels["tie_cut_off"], labels["badge_keyclient"]):
            assert word in text


@pytest.mark.parametrize("language", list(TABLES))
def test_both_label_tables_have_the_same_keys(language):
    assert set(TABLES[language]) == set(TABLES["en"])
    assert all(value.strip() for value in TABLES[language].values())



def _line_breaks(monkeypatch) -> list:
    """Every paragraph whose lines reportlab breaks from now on, once per breaking."""
    from reportlab.platypus import Paragraph

    broken = []
    original = Paragraph.breakLines

    def counting(self, width):
        broken.append(self)
        return original(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    return broken

def test_a_table_of_paragraphs_breaks_each_cell_once_and_prints_it(monkeypatch):
    """Measuring a row and drawing it ask each cell its size at one width: the
    lines are broken once (a KeepTogether around the table asks again)."""
    from reportlab.platypus import KeepTogether, Table

    broken = _line_breaks(monkeypatch)
    s = styles()
    cells = [[para(f"row {i} cell {j} " + "word " * (3 * j + i % 5), s["cell"])
              for j in range(3)] for i in range(12)]
    table = Table(cells, colWidths=[120, 150, 200])
    [text] = _text(build_pdf([KeepTogether([para("Heading", s["h2"]), table])],
                             frame=FRAME, title="t", subject="s"))
    assert len(broken) == len({id(p) for p in broken}) == 12 * 3 + 1
    for i in range(12):
        for j in range(3):
            assert f"row {i} cell {j}" in text


def test_a_paragraph_asked_at_another_width_is_laid_out_for_it():
    p = para("word " * 80, styles()["body"])
    narrow = p.wrap(100, 1000)
    wide = p.wrap(400, 1000)
    assert wide[1] < narrow[1] and p.width == 400
    assert p.wrap(100, 1000) == narrow and p.width == 100
    assert len(p.blPara.lines) == narrow[1] / styles()["body"].leading


def test_a_text_printed_often_is_parsed_once_per_style_and_printed_whole(monkeypatch):
    """Repeated texts start from one parse; every copy still prints all of it,
    also when a copy is split across pages, and each in its own style."""
    from reportlab.platypus.paraparser import ParaParser

    parsed = []
    original = ParaParser.parse

    def counting(self, text, style):
        parsed.append(text)
        return original(self, text, style)

    monkeypatch.setattr(ParaParser, "parse", counting)
    s = styles()
    note = "\n".join(f"line {i} of the <note> & more" for i in range(30)) + "\nthe end"
    flowables = [para(note, s["body"]) for _ in range(12)] + [para("the end", s["small"])]
    assert [p.frags[-1].fontSize for p in flowables[-2:]] == [9.5, 8]
    pages = _text(build_pdf(flowables, frame=FRAME, title="t", subject="s"))
    assert len(parsed) == 2
    text = "\n".join(pages)
    assert text.count("line 29 of the <note> & more") == 12
    assert text.count("the end") == 13
    assert len(pages) >= 3


def test_the_map_is_drawn_as_one_layer_of_shapes_ties_beneath_persons():
    """Each tie's and person's shapes go into the drawing itself, no group each
    (a saved and restored graphics state per element), in drawing order."""
    from reportlab.graphics.shapes import Group, PolyLine, String

    persons = (m.Person(1, 1, "i", is_index=True),
               *(m.Person(i, 1, f"p{i}", x=0.1 * i, y=-0.2) for i in range(2, 6)))
    ties = tuple(m.Relation(i, 1, f"r{i}", 1, i, direction=m.Direction.BOTH,
                            strength=m.Strength.STRONG) for i in range(2, 6))
    names = {1: "M.", **{i: f"P{i - 1}" for i in range(2, 6)}}
    d = map_drawing(m.MapState(persons, ties), names, Labels("en"))
    assert not any(isinstance(x, Group) for x in d.contents)
    lines = [i for i, x in enumerate(d.contents) if isinstance(x, PolyLine)]
    labels = [i for i, x in enumerate(d.contents) if isinstance(x, String)
              and x.text in names.values()]
    assert len(lines) == 2 * len(ties) and len(labels) == len(persons)
    assert max(lines) < min(labels)
    legend = legend_drawing(Labels("en"))
    assert not any(isinstance(x, Group) for x in legend.contents)


def test_a_text_repeated_at_one_width_is_broken_into_lines_once(monkeypatch):
    """Plain lines are shared by the paragraphs of one text at one width; at
    another width the text is laid out for that width."""
    from reportlab.platypus import Table

    broken = _line_breaks(monkeypatch)
    s = styles()
    rows = [[para("in progress", s["cell"]), para(f"note {i}", s["cell"])] for i in range(30)]
    tables = [Table(rows[:15], colWidths=[40, 200]), Table(rows[15:], colWidths=[300, 100])]
    [text] = _text(build_pdf(tables, frame=FRAME, title="t", subject="s"))
    assert len(broken) == 30 + 2
    assert text.count("gress") == 30 and all(f"note {i}" in text for i in range(30))
    leading = s["cell"].leading
    assert {r[0].height for r in rows[:15]} == {2 * leading}  # "in pro" / "gress"
    assert {r[0].height for r in rows[15:]} == {leading}


def test_one_plain_text_printed_across_pages_is_whole_every_time():
    s = styles()
    words = " ".join(f"x{i}y" for i in range(400))
    pages = _text(build_pdf([para(words, s["body"]) for _ in range(10)], frame=FRAME,
                            title="t", subject="s"))
    assert len(pages) >= 3
    text = " ".join(pages)
    assert all(text.count(f"x{i}y") == 10 for i in range(400))


def test_a_paragraph_too_narrow_for_any_text_says_so_each_time():
    p = para("word " * 10, styles()["body"])
    wide = p.wrap(200, 1000)
    assert p.wrap(0, 1000) == (0, 0x7fffffff) == p.wrap(0, 1000)
    assert p.wrap(200, 1000) == wide
