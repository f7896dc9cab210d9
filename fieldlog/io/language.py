"""The words of files in each shipped language, read from the translation catalogues without Qt.

The catalogues (`resources/translations/fieldlog_<lang>.ts`) are the window's too; here only the contexts
files use are read: column labels and help, sheet names, vocabularies, template and report texts (see
docs/translations.md). A text without a finished translation stays English.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from defusedxml import ElementTree

from fieldlog.io.resources import resource_dir

ENGLISH = "en"
#: The languages a template or report can be written in, English first.
LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "pt")


class UnknownLanguage(ValueError):
    """A language code fieldlog does not ship."""

    def __init__(self, code: str) -> None:
        super().__init__(f"fieldlog has no language '{code}'; choose one of: {', '.join(LANGUAGES)}")


@dataclass(frozen=True, slots=True, eq=False)
class Catalogue:
    """The translations of one language: (context, English text) -> text.

    Compared and hashed by identity, so tables built from the catalogues can be cached on them
    (`catalogues()`): reading the catalogues again (tests read stand-ins) builds them anew.
    """

    language: str
    texts: dict[tuple[str, str], str]

    def __call__(self, context: str, text: str) -> str:
        """`text` of `context` in this language (English when untranslated)."""
        return self.texts.get((context, text), text)


def _read(language: str) -> dict[tuple[str, str], str]:
    path = resource_dir() / "translations" / f"fieldlog_{language}.ts"
    if language == ENGLISH or not path.exists():
        return {}
    texts: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if message.get("numerus") == "yes" or not (translation.text or "").strip():
                continue
            texts[(name, message.findtext("source") or "")] = translation.text or ""
    return texts


@cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of a shipped language; UnknownLanguage otherwise."""
    if language not in LANGUAGES:
        raise UnknownLanguage(language)
    return Catalogue(language, _read(language))


def catalogues() -> tuple[Catalogue, ...]:
    """The catalogue of every shipped language, in the order of LANGUAGES (English first)."""
    return tuple(catalogue(language) for language in LANGUAGES)


def every_language(context: str, text: str) -> dict[str, str]:
    """`text` of `context` in each shipped language, by language code (English included)."""
    return {language: catalogue(language)(context, text) for language in LANGUAGES}
