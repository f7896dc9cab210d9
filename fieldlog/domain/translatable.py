"""Marking words for translation outside the window: column labels, vocabularies, report and template texts.

`pyside6-lupdate` collects every `QT_TRANSLATE_NOOP(context, text)` call into the `.ts` files under
`resources/translations/`, next to the window's own strings, so translators see one catalogue per language.
The file writers read those `.ts` files without Qt (`fieldlog.io.language`); the window gets the same words
through its QTranslator. The function only marks: it returns the English text unchanged.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; the English text itself."""
    del context
    return text
