"""The demo cases export pseudonymised with nothing left to review, in English
and German, for every audience and every section, the case conference's
record included (the CLI would refuse it otherwise, as the bundle's smoke
test found for a British "Practised")."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from legato_desk import demo
from legato_desk.exporting import review
from legato_desk.model.export import SECTIONS, Audience, ExportRequest, Section
from legato_desk.reports import wordlist
from legato_desk.ui import i18n
from legato_desk.vault import Vault
from legato_desk.vault.keys import KdfParams

TODAY = date(2026, 3, 4)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_demo_cases_leave_no_lookalike_name_unreviewed(speak, tmp_path, language):
    speak(language)
    vault, _ = Vault.create(tmp_path / "v", demo.DEMO_PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    demo.populate(vault, today=TODAY, translate=i18n.demo_text)
    try:
        cases = vault.cases.list()
        assert [c.pseudonym for c in cases] == ["M.", "S."]  # the main story on top
        for case in cases:
            _review_every_audience(vault, case.id, language)
    finally:
        vault.close()


def _review_every_audience(vault, case_id: int, language: str) -> None:
    persons = vault.maps.state(case_id).persons
    conferences = vault.conferences.for_case(case_id)
    requests = [ExportRequest.default(Audience.SUPERVISION, case_id=case_id),
                ExportRequest.default(Audience.CASE_CONFERENCE, case_id=case_id,
                                      ground="consent")]
    requests += [ExportRequest.default(Audience.CASE_CONFERENCE, case_id=case_id,
                                       ground="consent", conference_id=c.id)
                 for c in conferences]
    requests += [ExportRequest.default(Audience.OWN_FILE, case_id=case_id, person_id=p.id)
                 for p in persons]
    for request in requests:
        sections = frozenset(SECTIONS[request.audience])
        if request.conference_id is None:
            sections -= {Section.CONFERENCE}  # that section needs a conference chosen
        request = dataclasses.replace(request, language=language, sections=sections)
        found = review(vault, request, today=TODAY)
        if request.audience is Audience.SUPERVISION or request.conference_id:
            assert found.replaced, (case_id, request.audience)  # the names are replaced
        assert not found.unreviewed, (case_id, request.audience, request.person_id,
                                      found.unreviewed)


@pytest.mark.parametrize("british, american", [
    ("practised", "practiced"), ("organised", "organized"), ("colour", "color"),
    ("behaviour", "behavior"), ("analysed", "analyzed"), ("centre", "center"),
    ("defence", "defense"), ("catalogue", "catalog")])
def test_british_spellings_are_words_like_their_american_ones(british, american):
    assert wordlist.common(american)
    assert wordlist.common(british)


@pytest.mark.parametrize("name", ["nour", "elise", "louise", "mansour", "pierre"])
def test_the_british_rewrites_do_not_turn_short_names_into_words(name):
    assert not wordlist.common(name)


@pytest.mark.parametrize("word", ["fußballgruppe", "gebetszeiten", "sonntagsessen",
                                  "papierkram", "berufsplan", "fallbearbeiterin",
                                  "forumskontakt"])
def test_german_compounds_of_listed_words_are_ordinary(word):
    assert not wordlist._listed(word)  # the lists do not hold them whole
    assert wordlist.ordinary(word)


@pytest.mark.parametrize("name", ["rosenberg", "neumann", "hochstein", "goldschmidt",
                                  "siegfried", "friedrich", "reinhold", "engelbert",
                                  "sieglinde", "lenagruppe"])
def test_names_made_of_words_are_not_taken_for_compounds(name):
    assert not wordlist.ordinary(name)


def test_a_capitalised_noun_with_sharp_s_is_known_mid_sentence():
    from legato_desk.model.names import NameRegister

    register = NameRegister([], common=wordlist.common, ordinary=wordlist.ordinary)
    found = register.lookalikes("Sie rief die Großmutter und die Fußballgruppe an.")
    assert [w.word for w in found] == []
    assert [w.word for w in register.lookalikes("Sie rief Frau Gräßle an.")] == ["Gräßle"]


def test_the_compact_lists_answer_as_pyspellchecker_does():
    from spellchecker import SpellChecker

    for ours, language in zip(wordlist._lists(), ("en", "de")):
        theirs = SpellChecker(language=language, distance=1)
        words = list(theirs.word_frequency.dictionary)
        assert len(ours) == len(words)
        for word in [*words[::997], "a", words[-1], "zzqxv", "großmutter", "Mutter"]:
            assert ours.word_usage_frequency(word) == theirs.word_usage_frequency(word), word
