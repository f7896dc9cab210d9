"""The window's language: which one (the system's, or the one chosen in Settings), and its translators.

The window's own strings are translated by Qt from `resources/translations/fieldlog_<lang>.qm`, compiled
from the `.ts` sources by `make`. The same catalogues hold the words files share with the window (column
labels, activity kinds, vocabularies), marked in `fieldlog.io.columns` and `fieldlog.domain.kinds` and read
here through `vocabulary`, so a header in a Spanish template and the editor's label are the same word.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from fieldlog.domain.kinds import LabelledEnum
from fieldlog.io.resources import resource_dir

#: The languages shipped, by code, in their own words (a menu shows each as its speakers name it).
LANGUAGES: dict[str, str] = {
    "en": "English",  # untranslated: each language named in its own words
    "es": "Español",  # untranslated: each language named in its own words
    "fr": "Français",  # untranslated: each language named in its own words
    "pt": "Português",  # untranslated: each language named in its own words
}
LANGUAGE_KEY = "interface/language"  # "" or absent: follow the system's locale

_installed: list[QTranslator] = []  # kept alive: Qt does not own an installed translator
_in_use: list[str] = []  # the language install_language chose


def translations_dir() -> Path:
    """The folder of the `.ts` sources and the compiled `.qm` files."""
    return resource_dir() / "translations"


def chosen_language(settings: QSettings) -> str:
    """The language chosen in Settings, or "" to follow the system."""
    value = settings.value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def choose_language(settings: QSettings, code: str) -> None:
    """Remember the language for the next start ("" follows the system)."""
    settings.setValue(LANGUAGE_KEY, code if code in LANGUAGES else "")
    settings.sync()


def language_of(locale: QLocale) -> str:
    """The shipped language closest to a locale: its language if shipped, else English."""
    code = QLocale.languageToCode(locale.language())
    return code if code in LANGUAGES else "en"


def install_language(code: str = "") -> str:
    """Translate the window into `code` (or the system's language when empty); the language in use.

    A chosen language also becomes the default locale, so numbers and dates in the editors follow it:
    a Spanish interface on an English system writes decimals with a comma.
    """
    app = QCoreApplication.instance()
    assert app is not None, "install_language needs the application first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code in LANGUAGES:
        QLocale.setDefault(QLocale(code))
    language = code if code in LANGUAGES else language_of(QLocale())
    ours = QTranslator()
    if ours.load(str(translations_dir() / f"fieldlog_{language}.qm")):
        _installed.append(ours)
    qt = QTranslator()  # the standard buttons and dialogs of Qt itself
    if language != "en" and qt.load(QLocale(language), "qtbase", "_",
                                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    _in_use[:] = [language]
    return language


def window_language() -> str:
    """The language the window speaks: the one installed, else the default locale's (English if unshipped)."""
    return _in_use[0] if _in_use else language_of(QLocale())


def translated(context: str, text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP under `context` (a constant table's) in the window's language.

    A function of its own: pyside6-lupdate files the `self.tr()` strings of a method that also calls
    `QCoreApplication.translate()` under a wrong context.
    """
    return QCoreApplication.translate(context, text)


def vocabulary(member: LabelledEnum) -> str:
    """An activity kind's or a vocabulary member's label in the window's language."""
    return translated("vocabulary", member.label)


def column_label(label: str) -> str:
    """A column's label (from the one column spec) in the window's language."""
    return translated("columns", label)
