"""Issue 15, done when: no pseudonymised export prints a registered name.

A generated case (tests/reports/corpus.py) names its people in every free
text the vault holds, in the many forms counsellors write them. It is stored
in a real SQCipher vault, exported to every audience as a PDF (the case
conference also as the conference PDF of its record), as the map's
PNG and SVG (current map, the intake snapshot, the comparison of both) and
as GraphML, and the text of each file is searched for every name part and
alias by the corpus's own oracle, which does not use the name register.
Names nobody registered must reach the export's review instead; with real
names on, names print as written.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from legato_desk import exporting
from legato_desk.model.export import SECTIONS, Audience, ExportRequest, Section
from legato_desk.reports.graphml import export_graphml
from legato_desk.reports.labels import LANGUAGES, TABLES, Labels
from legato_desk.reports.pseudonymise import Pseudonyms
from legato_desk.vault import Vault
from legato_desk.vault.keys import KdfParams
from tests.reports import corpus as c

PDFTOTEXT = shutil.which("pdftotext")
CORPUS = settings(max_examples=10, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow,
                                         HealthCheck.function_scoped_fixture,
                                         HealthCheck.data_too_large])


@contextmanager
def stored(corpus: c.Corpus):
    """A fresh vault in its own folder holding ``corpus`` as one case."""
    with tempfile.TemporaryDirectory() as folder:
        vault, _recovery = Vault.create(Path(folder) / "vault", "correct horse battery staple",
                                        kdf=KdfParams.cheap_for_tests())
        try:
            yield vault, c.write(vault, corpus), Path(folder)
        finally:
            vault.close()


def requests(vault, written: c.Written, **kwargs) -> list[ExportRequest]:
    """One request per audience and case with every section the audience may
    receive (own files: one per person on the map), the case conference with
    the corpus's conference record and every key-client; and the conference
    PDF as the "Export case-conference PDF…" button first offers it (the
    default sections and the record)."""
    def every(audience, **more):
        return dataclasses.replace(
            ExportRequest.default(audience, case_id=written.case_id, **more, **kwargs),
            sections=frozenset(SECTIONS[audience]))

    out = [every(Audience.SUPERVISION),
           every(Audience.CASE_CONFERENCE, ground="consent", all_keyclients=True,
                 conference_id=written.conference_id),
           ExportRequest.default(Audience.CASE_CONFERENCE, case_id=written.case_id,
                                 ground="consent", conference_id=written.conference_id,
                                 **kwargs)]
    out += [every(Audience.OWN_FILE, person_id=p.id)
            for p in vault.maps.state(written.case_id).persons]
    assert {r.audience for r in out} == {a for a in Audience if a.per_case}
    assert all(Section.CONFERENCE in r.sections for r in out[1:3])
    return out


def pdf_texts(path: Path) -> dict[str, str]:
    """The text of a PDF as two readers extract it, and its metadata."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    out = {"pypdf": "\n".join(page.extract_text() or "" for page in reader.pages),
           "metadata": "\n".join(str(v) for v in (reader.metadata or {}).values())}
    if PDFTOTEXT:
        out["pdftotext"] = subprocess.run(
            [PDFTOTEXT, "-q", "-enc", "UTF-8", str(path), "-"], check=True,
            capture_output=True, timeout=30).stdout.decode("utf-8")
    return out


def png_text(png: bytes) -> str:
    """The text chunks of a PNG (its pixels are checked through the same
    drawing's SVG: both are painted from one relabelled scene)."""
    import struct
    import zlib

    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    out, at = [], 8
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        body = png[at + 8:at + 8 + length]
        if kind == b"tEXt":
            out.append(body.decode("latin-1"))
        elif kind == b"zTXt":
            key, _, rest = body.partition(b"\0")
            out.append(key.decode("latin-1") + " " + zlib.decompress(rest[1:]).decode("latin-1"))
        elif kind == b"iTXt":
            out.append(body.decode("utf-8", "replace"))
        at += 12 + length
    assert at == len(png), "a truncated PNG"
    return "\n".join(out)


def assert_no_survivor(text: str, corpus: c.Corpus, where: str) -> None:
    found = c.survivors(text, corpus.secrets())
    assert not found, f"{where}: names survived {found}\n---\n{text[:4000]}"


def _describe(corpus: c.Corpus) -> None:
    note(f"index {corpus.index.written!r} aka {corpus.index_aliases}; persons "
         f"{[(p.name.written, p.aliases, p.role) for p in corpus.persons]}; gone "
         f"{corpus.gone.name.written!r}; contacts "
         f"{[(a.written, b.written) for a, b in corpus.contacts]}")


# -- the oracle -------------------------------------------------------------------


def test_the_corpus_names_collide_with_no_ordinary_word():
    """No word an export prints by itself (labels in both languages, template
    words, roles, agencies, the look-alikes) matches a name the generator can
    register, so every survivor the oracle finds is a leak."""
    ordinary = [*(v for table in TABLES.values() for v in table.values()),
                *c.TEMPLATES, *c.ROLES, *(r.format(a="") for r in c.NAMED_ROLES),
                *c.AGENCIES, *c.CONTACT_ROLES, c.LOOKALIKE_TEXT, c.FREE_DOER, *c.TITLES,
                " ".join(c.PARTICLES), "P1 P12 C1-D S1 N1 K. M. A. B. Y.",
                "PDF, pseudonymised: summary, sessions supervision case conference "
                "the person's own file (access request) real names consent legal duty"]
    pool = c.pool_keys()
    for text in ordinary:
        assert not c.survivors(text, pool), text


def test_the_oracle_finds_a_name_left_in_a_text():
    corpus = c.Corpus("K.", c.Name("Ahmet Yılmaz", ("Ahmet", "Yılmaz"), "Ahmet", "Yılmaz"),
                      ("Ahmo",), [], c.PersonSpec(c.Name("Jörg", ("Jörg",), "Jörg"), (), "",
                                                 "", "", c.m.Sector.FAMILY, c.m.Ring.CLOSE),
                      [], "Schulamt")
    secrets = corpus.secrets()
    for text, part in [("Heute kam Ahmet.", "ahmet"), ("YILMAZ'IN Vater", "yilmaz"),
                       ("die Yılmazlardan", "yilmaz"), ("Joerg rief an", "jorg"),
                       (c.nfd("Yılmaz") + " und", "yilmaz"), ("mit Ahmo", "ahmo"),
                       ("Konflikt Ahmet-P2", "ahmet"), ("Mr. Yilmazsche Art", "yilmaz")]:
        assert part in {key for key, _word in c.survivors(text, secrets)}, text
    assert c.survivors("Heute kam P1. Frau P2 rief an, K. nicht.", secrets) == []


@settings(CORPUS, max_examples=1)
@given(corpus=c.corpora())
def test_a_leaking_export_is_caught(corpus):
    """The whole check can fail: a PDF printed with real names is full of survivors."""
    with stored(corpus) as (vault, written, folder):
        request = ExportRequest.default(Audience.SUPERVISION, case_id=written.case_id,
                                        real_names=True)
        path = exporting.export_pdf(vault, request, folder / "named.pdf")
        for reader, text in pdf_texts(path).items():
            if reader != "metadata":
                assert c.survivors(text, corpus.secrets()), reader


# -- the exports --------------------------------------------------------------------


@CORPUS
@given(corpus=c.corpora(), language=st.sampled_from(LANGUAGES))
def test_no_pseudonymised_pdf_prints_a_registered_name(corpus, language):
    if not PDFTOTEXT:
        pytest.skip("pdftotext (poppler-utils) is not installed: apt-get install "
                    "poppler-utils; pypdf alone is not enough for this test")
    _describe(corpus)
    with stored(corpus) as (vault, written, folder):
        every = [*requests(vault, written, language=language),
                 ExportRequest.default(Audience.STATISTICS, language=language)]
        labels = Labels(language)
        for n, request in enumerate(every):
            path = exporting.export_pdf(vault, request, folder / f"{n}.pdf")
            texts = pdf_texts(path)
            for reader, text in texts.items():
                assert_no_survivor(text, corpus, f"{request.audience.value} "
                                                 f"{request.person_id} ({reader})")
            # The newer parts are really printed (a layout change must not
            # silently take them out of this test).
            flat = " ".join(texts["pypdf"].split())
            for key in PRINTED.get((request.audience, request.conference_id is not None), ()):
                assert labels[key] in flat, (request.audience.value, key)


# The headings of the newer parts each export of ``requests`` must print
# (audience, with a conference record).
PRINTED = {
    (Audience.SUPERVISION, False): ("section_plan", "section_factors", "section_referrals",
                                    "section_contact_plan", "section_release"),
    (Audience.CASE_CONFERENCE, True): ("conf_participants", "conf_measures", "conf_minutes",
                                       "section_release"),
}


@CORPUS
@given(corpus=c.corpora())
def test_the_review_lists_every_unregistered_name(corpus):
    _describe(corpus)
    with stored(corpus) as (vault, written, _folder):
        for request in requests(vault, written):
            # The summary and the first session's facts hold the look-alikes:
            # own files print only the sessions their person took part in.
            if request.audience is Audience.OWN_FILE \
                    and request.person_id not in written.person_ids[:2]:
                continue
            listed = {w for w, _n in exporting.review(vault, request).lookalikes}
            expected = set(c.LOOKALIKES)
            if request.audience is Audience.CASE_CONFERENCE \
                    and Section.SUMMARY not in request.sections:
                expected = set()  # the conference PDF as first offered: no summary
            # The measure's doer typed at the conference: printed by the plan
            # (supervision, a case conference that ticks it) and by the record.
            if request.audience is not Audience.OWN_FILE:
                expected |= set(c.FREE_DOER_PARTS)
            missing = expected - listed
            assert not missing, f"{request.audience.value}: {missing} not in {listed}"


@CORPUS
@given(corpus=c.corpora())
def test_a_real_names_own_file_prints_names_as_written(corpus):
    _describe(corpus)
    with stored(corpus) as (vault, written, folder):
        state = vault.maps.state(written.case_id)
        for person in state.persons:
            request = ExportRequest.default(Audience.OWN_FILE, case_id=written.case_id,
                                            person_id=person.id, real_names=True)
            text = _flat(pdf_texts(exporting.export_pdf(
                vault, request, folder / f"{person.id}.pdf"))["pypdf"])
            if not person.is_index:
                assert _flat(person.name) in text
                assert _flat(person.note) in text
                assert _flat(person.role) in text
            else:  # the index client's own file is under the case pseudonym
                assert corpus.pseudonym in text


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@contextmanager
def map_page(vault):
    from PySide6.QtGui import QUndoStack

    from legato_desk.ui.map.page import MapPage

    stack = QUndoStack()
    page = MapPage(vault.maps, stack,
                   names=lambda case_id: exporting.case_names(vault, case_id))
    page.resize(1200, 800)
    try:
        yield page
    finally:
        page.versions.clear()
        page.deleteLater()
        stack.deleteLater()


@CORPUS
@given(corpus=c.corpora())
def test_no_map_png_svg_or_graphml_prints_a_registered_name(qapp, corpus):
    _describe(corpus)
    with stored(corpus) as (vault, written, _folder), map_page(vault) as page:
        page.show_case(vault.cases.get(written.case_id))
        [snap] = vault.maps.snapshots(written.case_id)
        versions = [("now", "current map"), ((snap.id,), "snapshot"),
                    (("now", snap.id), "comparison")]
        for version, what in versions:
            if version == "now":
                page.versions.back_to_now()
            else:
                page.versions.show_version(*version)
            svg = page.render_map("svg")
            texts = [t for t in ET.fromstring(svg).itertext() if t.strip()]
            assert any("pseudonymised" in t for t in texts), what  # a real drawing
            assert_no_survivor("\n".join(texts), corpus, f"SVG {what}")
            assert_no_survivor(svg.decode("utf-8"), corpus, f"SVG {what} (source)")
            png = page.render_map("png")
            assert_no_survivor(png_text(png), corpus, f"PNG {what}")

        names = exporting.case_names(vault, written.case_id)
        for state, what in [(vault.maps.state(written.case_id), "current map"),
                            (vault.maps.snapshot_state(snap.id), "snapshot")]:
            labels = Pseudonyms(corpus.pseudonym, state.persons, names=names).labels()
            data = export_graphml(state, labels, names=names.register).decode("utf-8")
            assert f">{corpus.pseudonym}<" in data, what
            assert_no_survivor(data, corpus, f"GraphML {what}")
