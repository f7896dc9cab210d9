"""Every string a person reads in the window is marked for translation, and every shipped language has it.

The first test reads the source of `fieldlog/ui` and lists the string literals that look like words for
people (a space between letters, or a capitalised word) outside `tr()`, `QCoreApplication.translate()` and
`QT_TRANSLATE_NOOP()`. Strings that are not for people (object names, settings keys, style sheets) do not
look like that; a rare one that does says why on its line with `# untranslated: <reason>`.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree

from tests.conftest import REPO

UI = REPO / "fieldlog" / "ui"
TRANSLATIONS = REPO / "resources" / "translations"
SHIPPED = ("es", "fr", "pt")
MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Calls whose string arguments are names, keys or patterns for the program, never words for people.
NOT_FOR_PEOPLE = {"setObjectName", "findChild", "findChildren", "setProperty", "property", "value", "setValue",
                  "getattr", "setattr", "hasattr", "startswith", "endswith", "split", "join", "replace", "strip",
                  "rstrip", "lstrip", "setStyleSheet", "fromTheme", "QKeySequence", "encode", "decode",
                  "fullmatch", "match", "search", "sub", "compile", "strftime", "strptime", "toString",
                  "fromString", "setDisplayFormat", "hasFormat", "setData", "data", "mimeData", "warn", "debug",
                  "info", "warning", "error", "exception", "getLogger", "Path", "with_suffix", "QDate",
                  "format_map", "TypeVar", "NewType", "cast", "isoformat", "QByteArray", "setInputMask",
                  "removeprefix", "removesuffix", "count", "index", "find", "rfind", "partition", "rpartition"}
WORDS = re.compile(r"[A-Za-z]{2,}[^\w\n]*\s+\S*[A-Za-z]|^[A-Z][a-z]+")
# Class names, shortcuts, URLs and Qt names are for the program.
PROGRAM = re.compile(r"^([A-Z][a-z]+[A-Z]\w*|(Ctrl|Shift|Alt|Meta)\+.*|https?:.*|fieldlog\S*|Q[A-Z]\w*)$")
STYLE = re.compile(r"^[\s\S]*[\w-]+\s*:\s*[^;]*;")  # a Qt style sheet


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _exempt(tree: ast.AST) -> set[int]:
    """Constants inside a marker call, inside a call for the program, or used as a subscript/comparison key."""
    found: set[int] = set()
    for node in ast.walk(tree):
        inner: list[ast.AST] = []
        if isinstance(node, ast.Call) and (_call_name(node) in MARKERS | NOT_FOR_PEOPLE):
            inner = [*node.args, *(k.value for k in node.keywords)]
        elif isinstance(node, ast.Subscript):
            inner = [node.slice]
        elif isinstance(node, ast.Compare):
            inner = [node.left, *node.comparators]
        elif isinstance(node, ast.Dict):
            inner = [key for key in node.keys if key is not None]
        elif isinstance(node, ast.Assert | ast.Raise):  # a program's own invariants; services word users' errors
            inner = [node]
        for part in inner:
            found.update(id(sub) for sub in ast.walk(part) if isinstance(sub, ast.Constant))
    return found


def unmarked_strings(path: Path) -> list[str]:
    """The strings of one ui module that look like words for people and are not marked for translation."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    skip = _docstrings(tree) | _exempt(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in skip:
            continue
        text = node.value
        if not WORDS.search(text) or STYLE.match(text) or PROGRAM.match(text):
            continue
        if "# untranslated:" in lines[node.lineno - 1]:
            continue
        found.append(f"{path.relative_to(REPO)}:{node.lineno}: {text[:70]!r}")
    return found


def test_every_string_for_people_in_the_window_is_marked_for_translation() -> None:
    unmarked = [line for path in sorted(UI.rglob("*.py")) for line in unmarked_strings(path)]
    assert not unmarked, "not marked for translation (wrap in self.tr()):\n" + "\n".join(unmarked)


def _messages(ts: Path) -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type) of every message of a .ts file."""
    root = ElementTree.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            out.append((name, message.findtext("source") or "", forms, translation.get("type")))
    return out


@pytest.mark.parametrize("language", ("en", *SHIPPED))
def test_every_marked_string_has_a_finished_translation(language: str) -> None:
    ts = TRANSLATIONS / f"fieldlog_{language}.ts"
    missing = [f"[{context}] {source!r}" for context, source, forms, kind in _messages(ts)
               if kind in ("unfinished", "vanished", "obsolete") or not all(form.strip() for form in forms)]
    assert not missing, f"{ts.name} lacks translations for:\n" + "\n".join(missing)


PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%\d")


@pytest.mark.parametrize("language", ("en", *SHIPPED))
def test_translations_keep_every_placeholder(language: str) -> None:
    """A translation that drops or renames {count} would show a raw brace or crash .format()."""
    wrong = []
    for context, source, forms, _ in _messages(TRANSLATIONS / f"fieldlog_{language}.ts"):
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted and form.strip():
                wrong.append(f"[{context}] {source!r} -> {form!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def _lupdate() -> str:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(tool) if tool.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.skip("pyside6-lupdate is not installed with PySide6")
    return found


def test_catalogues_hold_every_marked_string_of_the_sources(tmp_path: Path) -> None:
    """The .ts files were updated after the last change of a marked string (`make translations`)."""
    copy = tmp_path / "fieldlog_es.ts"
    shutil.copy(TRANSLATIONS / "fieldlog_es.ts", copy)
    sources = sorted(str(p) for p in (REPO / "fieldlog").rglob("*.py"))
    subprocess.run([_lupdate(), *sources, "-no-obsolete", "-ts", str(copy)], check=True, capture_output=True,
                   cwd=REPO)
    shipped = {(c, s) for c, s, _, _ in _messages(TRANSLATIONS / "fieldlog_es.ts")}
    current = {(c, s) for c, s, _, _ in _messages(copy)}
    assert current - shipped == set(), f"marked but not in the catalogues (run make translations): {current - shipped}"
    assert shipped - current == set(), f"in the catalogues but no longer marked: {shipped - current}"


def test_every_context_is_a_class_or_a_module_of_fieldlog() -> None:
    """pyside6-lupdate misreads `translate()` then `self.tr()` in one method (context "QCoreApplication.self"),
    and a string under a wrong context is never found at run time."""
    names = {p.stem for p in (REPO / "fieldlog").rglob("*.py")} | {"vocabulary", "columns", "sheets"}
    for path in (REPO / "fieldlog").rglob("*.py"):
        names |= {n.name for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                  if isinstance(n, ast.ClassDef)}
    contexts = {c for c, _, _, _ in _messages(TRANSLATIONS / "fieldlog_es.ts")}
    assert contexts <= names, f"contexts that are no class or module: {contexts - names}"


def test_the_window_speaks_each_shipped_language_and_follows_the_system_by_default(qapp: object) -> None:
    """The compiled catalogues (`make` builds them) load, and give the window the words the files use."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from fieldlog.io.language import catalogue
    from fieldlog.ui.language import install_language, window_language

    try:
        for code in SHIPPED:
            assert install_language(code) == code == window_language()
            planting = QCoreApplication.translate("vocabulary", "Planting")
            assert planting == catalogue(code)("vocabulary", "Planting") != "Planting"
            assert QLocale().decimalPoint() == ","  # editors write 2,5 in each of them
        QLocale.setDefault(QLocale("fr"))
        assert install_language("") == "fr"  # no choice in Settings: the system's language
        QLocale.setDefault(QLocale("de"))
        assert install_language("") == "en"  # a language fieldlog does not ship: English
    finally:
        assert install_language("en") == "en"
    assert QCoreApplication.translate("vocabulary", "Planting") == "Planting"
