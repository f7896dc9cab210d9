"""Numbers and figures as people read them: thousands separators, sensible units, counts with their noun.

A count with its noun ("1 bag", "3 bags") is a Qt plural form, so every language gets its own singular and
plural (English's come from `fieldlog_en.ts`); `%Ln` writes the number with the locale's grouping. In a
QObject it is `self.tr("%Ln bag(s)", "", n)`; elsewhere `Counts.tr("%Ln bag(s)", "", n)` (see `Counts`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from fieldlog.domain.summary import Summary
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.ui.language import translated


class Counts(QObject):
    """The translation context of counts with their noun outside a QObject: `Counts.tr("%Ln bag(s)", "", n)`.

    Why not `QCoreApplication.translate(context, "%Ln bag(s)", "", n)`: pyside6-lupdate (6.11) takes a
    plural message only from `tr()`; that call with a variable `n` is filed as a plain message, and with an
    expression such as `len(rows)` it is left out of the catalogues, so no language would get its plural
    forms. `Counts.tr` is a class call (no instance), filed and looked up under the context "Counts".
    (Nor may a function call `QCoreApplication.translate` and then `return Counts.tr(...)`: lupdate files
    that under "QCoreApplication.Counts".)
    """

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`source` with the count `n` in the window's language (typed as the class call it is)."""
        return QCoreApplication.translate(cls.__name__, source, disambiguation, n)


def _locale() -> QLocale:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # thousands separators, even in "C"
    return locale


def format_number(value: float) -> str:
    """A figure with thousands separators: whole from 100 up, else at most one decimal."""
    rounded = round(value) if abs(value) >= 100 else round(value, 1)
    if float(rounded).is_integer():
        return _locale().toString(int(rounded))
    return _locale().toString(float(rounded), "f", 1)


def format_size(size: int) -> str:
    """A file's size the local way, with Qt's own unit names ("293 kB", "3,3 Mo"): whole numbers from 100
    of a unit up, else one decimal."""
    shown = float(size)
    while shown >= 1024:  # Qt's traditional sizes step at 1024
        shown /= 1024
    return QLocale().formattedDataSize(size, 0 if shown >= 100 else 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def format_mass_g(grams: float) -> str:
    """Grams below a kilogram, kilograms above."""
    return f"{format_number(grams)} g" if round(grams) < 1000 else f"{format_number(grams / 1000)} kg"


def format_area_m2(square_metres: float) -> str:
    """Square metres below a hectare, hectares above."""
    if round(square_metres) < 10_000:
        return f"{format_number(square_metres)} m²"
    return f"{format_number(square_metres / 10_000)} ha"


def _nonzero(*figures: tuple[float, str]) -> str:
    """The texts of the figures that are not zero, joined; "0" when all are."""
    return " · ".join(text for amount, text in figures if amount) or "0"


def headline(summary: Summary) -> dict[str, str]:
    """The headline figures of a summary as text, by key."""
    seed, invasive, litter = summary.seed_collection, summary.invasive_removal, summary.litter_pickup
    seeds = Counts.tr("%Ln seed(s)", "", int(seed.seed_count))
    bags = Counts.tr("%Ln bag(s)", "", int(litter.bags))
    return {
        "events": format_number(summary.events),
        "countries": format_number(summary.countries),
        "participants": format_number(summary.participants),
        "volunteer_hours": format_number(summary.volunteer_hours),
        "plants": format_number(summary.planting.plants),
        "seed": _nonzero((seed.mass_g, format_mass_g(seed.mass_g)),
                         (seed.seed_count, seeds)),
        "invasive": _nonzero((invasive.area_m2, format_area_m2(invasive.area_m2)),
                             (invasive.weight_kg, f"{format_number(invasive.weight_kg)} kg")),
        "litter": _nonzero((litter.bags, bags),
                           (litter.weight_kg, f"{format_number(litter.weight_kg)} kg")),
    }


# The headline figures' captions, by key; shown through `figure_caption` (translated where shown).
FIGURES = (("events", QT_TRANSLATE_NOOP("formatting", "Events")),
           ("countries", QT_TRANSLATE_NOOP("formatting", "Countries")),
           ("participants", QT_TRANSLATE_NOOP("formatting", "Participants")),
           ("volunteer_hours", QT_TRANSLATE_NOOP("formatting", "Volunteer hours")),
           ("plants", QT_TRANSLATE_NOOP("formatting", "Plants planted")),
           ("seed", QT_TRANSLATE_NOOP("formatting", "Seed collected")),
           ("invasive", QT_TRANSLATE_NOOP("formatting", "Invasives removed")),
           ("litter", QT_TRANSLATE_NOOP("formatting", "Litter collected")))


def figure_caption(caption: str) -> str:
    """A caption of FIGURES in the window's language."""
    return translated("formatting", caption)
