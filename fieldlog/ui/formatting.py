"""Numbers and figures as people read them: thousands separators, sensible units."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from fieldlog.domain.summary import Summary


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


def format_mass_g(grams: float) -> str:
    """Grams below a kilogram, kilograms above."""
    return f"{format_number(grams)} g" if round(grams) < 1000 else f"{format_number(grams / 1000)} kg"


def format_area_m2(square_metres: float) -> str:
    """Square metres below a hectare, hectares above."""
    if round(square_metres) < 10_000:
        return f"{format_number(square_metres)} m²"
    return f"{format_number(square_metres / 10_000)} ha"


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """A count with its noun: "1 bag", "3 bags" ("2 activities" given `nouns`)."""
    return f"{format_number(count)} {noun if count == 1 else nouns or noun + 's'}"


def _nonzero(*figures: tuple[float, str]) -> str:
    """The texts of the figures that are not zero, joined; "0" when all are."""
    return " · ".join(text for amount, text in figures if amount) or "0"


def headline(summary: Summary) -> dict[str, str]:
    """The headline figures of a summary as text, by key."""
    seed, invasive, litter = summary.seed_collection, summary.invasive_removal, summary.litter_pickup
    return {
        "events": format_number(summary.events),
        "countries": format_number(summary.countries),
        "participants": format_number(summary.participants),
        "volunteer_hours": format_number(summary.volunteer_hours),
        "plants": format_number(summary.planting.plants),
        "seed": _nonzero((seed.mass_g, format_mass_g(seed.mass_g)),
                         (seed.seed_count, plural(seed.seed_count, "seed"))),
        "invasive": _nonzero((invasive.area_m2, format_area_m2(invasive.area_m2)),
                             (invasive.weight_kg, f"{format_number(invasive.weight_kg)} kg")),
        "litter": _nonzero((litter.bags, plural(litter.bags, "bag")),
                           (litter.weight_kg, f"{format_number(litter.weight_kg)} kg")),
    }


FIGURES = (("events", "Events"), ("countries", "Countries"), ("participants", "Participants"),
           ("volunteer_hours", "Volunteer hours"), ("plants", "Plants planted"), ("seed", "Seed collected"),
           ("invasive", "Invasives removed"), ("litter", "Litter collected"))
