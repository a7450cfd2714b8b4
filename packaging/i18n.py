"""The app's translations: find every user-visible string, keep the .ts files, build .qm.

    python packaging/i18n.py extract    # update resources/i18n/*.ts from the code
    python packaging/i18n.py build      # compile .ts -> .qm (and the pseudo locale)
    python packaging/i18n.py check      # exit 1 if a string lacks its German text

Why our own extractor instead of pyside6-lupdate: lupdate sees ``self.tr`` and
``QCoreApplication.translate`` but not the messages of errors raised below the
UI layer (``model/`` and ``vault/`` never import Qt, so a ``KnownError``
carries plain English that ``ui/messages.py`` translates in the context
"KnownError"), nor the module helpers such as ``_tr(text)`` that wrap a fixed
context. This reads the code with ``ast`` and recognises:

- ``self.tr(text[, disambiguation[, n]])`` in a class: the context is the class
  name, and also every project subclass's name, because PySide6 looks a
  ``self.tr`` up under the class of the object, not of the method;
- ``QCoreApplication.translate(context, text[, disambiguation[, n]])``;
- ``QT_TRANSLATE_NOOP(context, text)`` for tables translated later;
- calls of a module function that returns ``….translate("Ctx", text)``;
- ``SomeError("text", …)`` and ``message = "text"`` for KnownError subclasses.

The .ts files stay in Qt Linguist's format, so a translator can use Linguist;
``check`` (and tests/test_translations.py) fail on a missing translation.
Line numbers are left out of the locations so that editing code does not
churn the .ts files.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "legato_desk"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"de": "de_DE", "en": "en_GB"}  # en holds only the plural forms
PSEUDO = "pseudo"
KNOWN_ERROR_CONTEXT = "KnownError"
TRANSLATE_NAMES = {"translate"}
TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}
NOOP_NAMES = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
QT_CONTEXTS = {"QPlatformTheme"}  # Qt's own texts, translated by its qtbase catalogue
ERRORS_LABEL = ("legato_desk.errors", "label")  # field names quoted in error messages


@dataclass(frozen=True, order=True)
class Key:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False


@dataclass
class Catalogue:
    keys: dict[Key, set[str]] = field(default_factory=dict)  # key -> files
    dynamic: list[str] = field(default_factory=list)          # "file:line what"
    copies: dict[Key, Key] = field(default_factory=dict)       # subclass key -> class key

    def add(self, key: Key, where: str) -> None:
        self.keys.setdefault(key, set()).add(where)


# -- reading the code ------------------------------------------------------------

def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _is_numerus(call: ast.Call, index: int) -> bool:
    return len(call.args) > index or any(k.arg == "n" for k in call.keywords)


def _module_name(path: Path, base: Path) -> str:
    return ".".join(path.relative_to(base).with_suffix("").parts)


class _Project:
    """Classes, wrapper functions and imports across all modules."""

    def __init__(self, files: list[Path], base: Path):
        self.base = base
        self.trees = {f: ast.parse(f.read_text(encoding="utf-8"), str(f)) for f in files}
        self.bases: dict[str, set[str]] = {}      # class name -> base names
        self.wrappers: dict[tuple[str, str], tuple[str | None, int, str | None]] = {}
        for path, tree in self.trees.items():
            module = _module_name(path, base)
            for node in tree.body:
                if isinstance(node, ast.ClassDef):
                    self.bases.setdefault(node.name, set()).update(
                        b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                        for b in node.bases)
                if isinstance(node, ast.FunctionDef):
                    wrapper = _wrapper(node)
                    if wrapper:
                        self.wrappers[(module, node.name)] = wrapper

    def subclasses(self, name: str) -> set[str]:
        found, todo = set(), [name]
        while todo:
            current = todo.pop()
            for cls, bases in self.bases.items():
                if current in bases and cls not in found:
                    found.add(cls)
                    todo.append(cls)
        return found

    def known_errors(self) -> set[str]:
        return {"KnownError"} | self.subclasses("KnownError")


def _wrapper(func: ast.FunctionDef) -> tuple[str | None, int, str | None] | None:
    """(fixed context, index of the text parameter, context parameter) of a helper
    like ``def _tr(text): return QCoreApplication.translate("Ctx", text)``, or one
    that hands the marked text on: ``return _now(QT_TRANSLATE_NOOP("Ctx", text))``."""
    body = func.body[1:] if ast.get_docstring(func) is not None else func.body
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if (isinstance(call, ast.Call) and len(call.args) == 1 and isinstance(call.args[0], ast.Call)
            and getattr(call.args[0].func, "id", None) in NOOP_NAMES):
        call = call.args[0]
    if not isinstance(call, ast.Call) or len(call.args) < 2:
        return None
    translates = (isinstance(call.func, ast.Attribute) and call.func.attr in TRANSLATE_NAMES
                  and getattr(call.func.value, "id", None) in TRANSLATE_OWNERS)
    if not translates and getattr(call.func, "id", None) not in NOOP_NAMES:
        return None
    params = [a.arg for a in func.args.args]
    text = call.args[1]
    if not (isinstance(text, ast.Name) and text.id in params):
        return None
    context = _literal(call.args[0])
    if context is not None:
        return context, params.index(text.id), None
    if isinstance(call.args[0], ast.Name) and call.args[0].id in params:
        ctx_param = call.args[0].id
        defaults = dict(zip(params[len(params) - len(func.args.defaults):],
                            func.args.defaults))
        return _literal(defaults.get(ctx_param)), params.index(text.id), ctx_param
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(self, project: _Project, path: Path, out: Catalogue):
        self.project, self.path, self.out = project, path, out
        self.where = str(path.relative_to(project.base))
        self.classes: list[str] = []
        self.functions: list[str] = []
        self.errors = project.known_errors()
        module = _module_name(path, project.base)
        self.local_wrappers = {name: w for (mod, name), w in project.wrappers.items()
                               if mod == module}
        self.own_wrappers = set(self.local_wrappers)
        for node in ast.walk(project.trees[path]):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    if (node.module, alias.name) == ERRORS_LABEL:
                        self.local_wrappers[alias.asname or alias.name] = (
                            KNOWN_ERROR_CONTEXT, 0, None)
                        continue
                    wrapper = project.wrappers.get((node.module, alias.name))
                    if wrapper:
                        self.local_wrappers[alias.asname or alias.name] = wrapper

    def _dynamic(self, node: ast.AST, what: str) -> None:
        self.out.dynamic.append(f"{self.where}:{node.lineno} {what}")

    def _add(self, contexts, call: ast.Call, text_at: int, numerus_at: int | None,
             comment_at: int | None) -> None:
        if len(call.args) <= text_at:
            return
        arg = call.args[text_at]
        if isinstance(arg, ast.IfExp):  # tr("a" if x else "b")
            sources = [_literal(arg.body), _literal(arg.orelse)]
        else:
            sources = [_literal(arg)]
        if None in sources:
            self._dynamic(call, ast.unparse(arg)[:60])
            return
        comment = ""
        if comment_at is not None and len(call.args) > comment_at:
            comment = _literal(call.args[comment_at]) or ""
        numerus = numerus_at is not None and _is_numerus(call, numerus_at)
        contexts = [c for c in contexts if c not in QT_CONTEXTS]
        if not contexts:
            return
        for source in sources:
            first = Key(contexts[0], source, comment, numerus)
            for context in contexts:
                key = Key(context, source, comment, numerus)
                self.out.add(key, self.where)
                if context != contexts[0]:
                    self.out.copies[key] = first

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        if node.name in self.errors:
            for stmt in node.body:
                if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                        and getattr(stmt.targets[0], "id", None) == "message"):
                    text = _literal(stmt.value)
                    if text is not None:
                        self.out.add(Key(KNOWN_ERROR_CONTEXT, text), self.where)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if (isinstance(func, ast.Attribute) and name == "tr"
                and isinstance(func.value, ast.Name) and func.value.id == "self"):
            if self.classes:
                cls = self.classes[-1]
                self._add([cls, *sorted(self.project.subclasses(cls))], node, 0, 2, 1)
        elif (isinstance(func, ast.Attribute) and name in TRANSLATE_NAMES and node.args
              and getattr(func.value, "id", None) in TRANSLATE_OWNERS):
            if self.functions and self.functions[-1] in self.own_wrappers:
                self.generic_visit(node)
                return  # the wrapper's own body: its callers are read instead
            context = _literal(node.args[0])
            if context is None:
                self._dynamic(node, "translate() with a computed context")
            else:
                self._add([context], node, 1, 3, 2)
        elif name in NOOP_NAMES and node.args:
            if self.functions and self.functions[-1] in self.own_wrappers:
                self.generic_visit(node)
                return
            context = _literal(node.args[0])
            if context is not None:
                self._add([context], node, 1, None, 2)
        elif isinstance(func, ast.Name) and name in self.local_wrappers:
            context, text_at, ctx_param = self.local_wrappers[name]
            if ctx_param is not None and len(node.args) > text_at + 1:
                context = _literal(node.args[text_at + 1])
            for kw in node.keywords:
                if ctx_param is not None and kw.arg == ctx_param:
                    context = _literal(kw.value)
            if context is not None:
                self._add([context], node, text_at, None, None)
        elif name in self.errors and node.args:
            source = _literal(node.args[0])
            if source is not None:
                self.out.add(Key(KNOWN_ERROR_CONTEXT, source), self.where)
            elif not (isinstance(node.args[0], ast.Name) and node.args[0].id == "message"):
                self._dynamic(node, f"{name}({ast.unparse(node.args[0])[:50]})")
        self.generic_visit(node)


def scan(package: Path = PACKAGE) -> Catalogue:
    files = sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)
    project = _Project(files, package.parent)
    out = Catalogue()
    for path in files:
        _Visitor(project, path, out).visit(project.trees[path])
    return out


# -- .ts files ---------------------------------------------------------------------

@dataclass
class Entry:
    key: Key
    forms: list[str]          # one text, or the plural forms
    finished: bool
    vanished: bool = False
    files: set[str] = field(default_factory=set)


def ts_path(language: str) -> Path:
    return I18N / f"legato_desk_{language}.ts"


def read_ts(path: Path) -> dict[Key, Entry]:
    if not path.exists():
        return {}
    entries: dict[Key, Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            key = Key(name, message.findtext("source", ""), message.findtext("comment", ""),
                      numerus)
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""] if translation is not None else [""]
            entries[key] = Entry(key, forms, kind == "", kind in ("vanished", "obsolete"),
                                 {loc.get("filename", "") for loc in message.iter("location")})
    return entries


def write_ts(path: Path, language: str, entries: dict[Key, Entry]) -> None:
    locale = LANGUAGES.get(language, "en_GB")  # the pseudo locale has English plurals
    root = ET.Element("TS", version="2.1", language=locale,
                      sourcelanguage="en")
    by_context: dict[str, list[Entry]] = {}
    for entry in entries.values():
        by_context.setdefault(entry.key.context, []).append(entry)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for entry in sorted(by_context[name], key=lambda e: (e.key.source, e.key.comment)):
            attrs = {"numerus": "yes"} if entry.key.numerus else {}
            message = ET.SubElement(context, "message", attrs)
            for filename in sorted(entry.files):
                ET.SubElement(message, "location", filename="../../" + filename)
            ET.SubElement(message, "source").text = entry.key.source
            if entry.key.comment:
                ET.SubElement(message, "comment").text = entry.key.comment
            kind = {"type": "vanished"} if entry.vanished else (
                {} if entry.finished else {"type": "unfinished"})
            translation = ET.SubElement(message, "translation", kind)
            if entry.key.numerus:
                for form in entry.forms or ["", ""]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry.forms[0] if entry.forms else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def wanted(language: str, catalogue: Catalogue) -> set[Key]:
    """The keys a language must translate: all for German, plurals only for English."""
    if language == "en":
        return {k for k in catalogue.keys if k.numerus}
    return set(catalogue.keys)


def update(language: str, catalogue: Catalogue, prune: bool = False) -> dict[Key, Entry]:
    old = read_ts(ts_path(language))
    new: dict[Key, Entry] = {}
    for key in wanted(language, catalogue):
        entry = old.get(key) or Entry(key, ["", ""] if key.numerus else [""], False)
        if entry.vanished:  # back in the code: its translation still holds
            entry.finished = all(f.strip() for f in entry.forms)
        entry.vanished = False
        entry.files = catalogue.keys[key]
        new[key] = entry
    if not prune:
        for key, entry in old.items():
            if key not in new and any(entry.forms):
                entry.vanished, entry.files = True, set()
                new[key] = entry
    write_ts(ts_path(language), language, new)
    return new


def apply(language: str, catalogue: Catalogue, done: list[dict]) -> int:
    """Take translations from a JSON list of {context, source, comment, translation
    or forms}; a class's texts go to its subclasses' contexts too. Returns the count."""
    entries = update(language, catalogue)
    by_key = {Key(d["context"], d["source"], d.get("comment", ""), "forms" in d): d
              for d in done}
    taken = 0
    for key, entry in entries.items():
        found = by_key.get(catalogue.copies.get(key, key)) or by_key.get(key)
        if found:
            entry.forms = list(found.get("forms") or [found["translation"]])
            entry.finished, entry.vanished = True, False
            taken += 1
    write_ts(ts_path(language), language, entries)
    return taken


def missing(language: str, catalogue: Catalogue) -> list[Key]:
    entries = read_ts(ts_path(language))
    return sorted(k for k in wanted(language, catalogue)
                  if k not in entries or not entries[k].finished
                  or not all(f.strip() for f in entries[k].forms))


# -- the pseudo locale -------------------------------------------------------------

_ACCENTS = str.maketrans("aceinousyACEINOUSY", "àçéîñöûšýÀÇÉÎÑÖÛŠÝ")
_KEEP = re.compile(r"(\{[^{}]*\}|%n|%L?\d|<[^>]+>|&[a-z]+;|&&|&(?=\w)|\\n)")
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"


def pseudo(text: str) -> str:
    """Accented and about 40 % longer, placeholders and markup kept intact."""
    parts = _KEEP.split(text)
    out = [p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts]
    return PSEUDO_OPEN + "".join(out) + "·" * max(1, len(text) * 2 // 5) + PSEUDO_CLOSE


def pseudo_entries(catalogue: Catalogue) -> dict[Key, Entry]:
    return {k: Entry(k, [pseudo(k.source)] * (2 if k.numerus else 1), True)
            for k in catalogue.keys}


# -- .qm files -----------------------------------------------------------------------

def lrelease() -> str:
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lrelease", here / "lrelease"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6 into this Python")
    return found


def build(out_dir: Path = I18N) -> list[Path]:
    """Compile every .ts to .qm, plus the pseudo locale made from the code."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pseudo_ts = out_dir / f"legato_desk_{PSEUDO}.ts.tmp"
    write_ts(pseudo_ts, PSEUDO, pseudo_entries(scan()))
    sources = [(ts_path(lang), out_dir / f"legato_desk_{lang}.qm") for lang in LANGUAGES]
    sources.append((pseudo_ts, out_dir / f"legato_desk_{PSEUDO}.qm"))
    try:
        for ts, qm in sources:
            subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    finally:
        pseudo_ts.unlink(missing_ok=True)
    return [qm for _, qm in sources]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    catalogue = scan()
    if command == "extract":
        for language in LANGUAGES:
            update(language, catalogue, prune="--prune" in argv)
        print(f"{len(catalogue.keys)} strings; {len(catalogue.dynamic)} computed texts")
        if "--dynamic" in argv:
            print("\n".join(catalogue.dynamic))
        return 0
    if command == "apply":  # apply LANGUAGE FILE.json
        import json

        done = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{apply(argv[1], catalogue, done)} translations taken")
        return 0
    if command == "build":
        for qm in build():
            print(qm.relative_to(ROOT))
        return 0
    if command == "check":
        gaps = [(lang, k) for lang in LANGUAGES for k in missing(lang, catalogue)]
        for lang, key in gaps[:50]:
            print(f"{lang}: [{key.context}] {key.source!r}")
        print(f"{len(gaps)} missing translations")
        return 1 if gaps else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
