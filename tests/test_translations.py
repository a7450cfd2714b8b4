"""Every text a person can read has its German translation, with its placeholders.

packaging/i18n.py reads the code for translatable texts; these tests fail
when the .ts files fall behind the code (run ``python packaging/i18n.py
extract``, then translate what is new, e.g. in Qt Linguist).
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import i18n  # noqa: E402  (packaging/i18n.py)

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d|<[^>]+>|&[a-z]+;")


@pytest.fixture(scope="module")
def catalogue():
    return i18n.scan()


def test_every_text_of_the_app_has_its_german_and_english_plural_forms(catalogue):
    gaps = [f"{lang}: [{k.context}] {k.source!r}" for lang in i18n.LANGUAGES
            for k in i18n.missing(lang, catalogue)]
    assert not gaps, f"{len(gaps)} missing translations:\n" + "\n".join(gaps[:40])


def test_translations_keep_placeholders_and_one_access_key(catalogue):
    entries = i18n.read_ts(i18n.ts_path("de"))
    bad = []
    for key in catalogue.keys:
        entry = entries.get(key)
        if entry is None:
            continue
        for form in entry.forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(key.source)):
                bad.append(f"[{key.context}] {key.source!r} -> {form!r}: placeholders")
            if _access_keys(form) != _access_keys(key.source):
                bad.append(f"[{key.context}] {key.source!r} -> {form!r}: '&' access key")
    assert not bad, "\n".join(bad)


def _access_keys(text: str) -> int:
    text = re.sub(r"&[a-z]+;", "", text.replace("&&", ""))
    return len(re.findall(r"&(?=\S)", text))


def test_no_message_is_built_before_it_is_translated(catalogue):
    """An f-string in tr() or a KnownError cannot be looked up: use a template."""
    built = [d for d in catalogue.dynamic
             if re.search(r"Error\(f['\"]|\s+f['\"]", d) or d.split(" ", 1)[1].startswith("f")]
    assert not built, "\n".join(built)


def test_the_reader_finds_every_kind_of_translatable_text(tmp_path):
    """The extractor itself, on a small package: each pattern it must recognise."""
    pkg = tmp_path / "legato_desk"
    (pkg / "ui").mkdir(parents=True)
    (pkg / "errors.py").write_text(textwrap.dedent('''
        class KnownError(Exception):
            message = "Something broke."
        class ValidationError(KnownError):
            pass
        def label(text):
            return text
    '''))
    (pkg / "model.py").write_text(textwrap.dedent('''
        from legato_desk.errors import ValidationError, label
        def check(n):
            raise ValidationError("At most {limit}.", limit=n, what=label("The name"))
        def built(n):
            raise ValidationError(f"At most {n}.")
    '''))
    (pkg / "ui" / "page.py").write_text(textwrap.dedent('''
        from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
        def _tr(text):
            return QCoreApplication.translate("Words", text)
        def _n(text):
            """A table entry."""
            return QT_TRANSLATE_NOOP("Table", text)
        def _d(text):
            return _now(QT_TRANSLATE_NOOP("Demo", text))
        TABLE = {1: _n("One"), 2: QT_TRANSLATE_NOOP("Other", "Two"), 3: _d("Three")}
        class Base:
            def hello(self, n):
                return self.tr("Hello") + self.tr("%n case(s)", "", n)
        class Sub(Base):
            def later(self, ok):
                return self.tr("Yes" if ok else "No") + _tr("Plain")
        def direct():
            return QCoreApplication.translate("Direct", "Text")
    '''))
    found = i18n.scan(pkg)
    K = i18n.Key
    assert set(found.keys) == {
        K("KnownError", "Something broke."), K("KnownError", "At most {limit}."),
        K("KnownError", "The name"), K("Words", "Plain"), K("Table", "One"),
        K("Other", "Two"), K("Base", "Hello"), K("Sub", "Hello"),
        K("Base", "%n case(s)", "", True), K("Sub", "%n case(s)", "", True),
        K("Sub", "Yes"), K("Sub", "No"), K("Direct", "Text"), K("Demo", "Three"),
    }
    assert found.copies[K("Sub", "Hello")] == K("Base", "Hello")
    assert [d for d in found.dynamic if "At most" in d] != []


def test_the_pseudo_locale_keeps_placeholders_and_grows_the_text():
    text = "&Open {name} — %n case(s) <b>now</b>"
    fake = i18n.pseudo(text)
    assert fake.startswith(i18n.PSEUDO_OPEN) and fake.endswith(i18n.PSEUDO_CLOSE)
    assert sorted(PLACEHOLDER.findall(fake)) == sorted(PLACEHOLDER.findall(text))
    assert "&Ö" in fake or "&O" in fake
    assert len(fake) > len(text) * 1.3
