"""Enumerations of the data dictionary: activity kinds and the fixed vocabularies."""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from fieldlog.domain.translatable import QT_TRANSLATE_NOOP


class LabelledEnum(StrEnum):
    """A string enum whose members carry a human label (the key stays the stored value)."""

    @property
    def label(self) -> str:
        """The English label shown to people."""
        return self.value.replace("_", " ").capitalize()

    @classmethod
    def parse(cls, text: str) -> LabelledEnum:
        """The member whose key or label matches `text`, ignoring case, spaces and hyphens."""
        member = _lookup(cls).get(_fold(text))
        if member is None:
            raise ValueError(f"'{text}' is not one of: {', '.join(m.label for m in cls)}")
        return member


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@cache
def _lookup(cls: type[LabelledEnum]) -> dict[str, LabelledEnum]:
    """Folded key and label -> member (an import reads a vocabulary cell on every row)."""
    return {folded: member for member in cls for folded in (_fold(member.value), _fold(member.label))}


class ActivityKind(LabelledEnum):
    """What volunteers did at an event."""

    PLANTING = "planting"
    SEED_COLLECTION = "seed_collection"
    SEEDBALL_MAKING = "seedball_making"
    INVASIVE_REMOVAL = "invasive_removal"
    LITTER_PICKUP = "litter_pickup"
    OTHER = "other"


class NativeStatus(LabelledEnum):
    """Whether a planted species is native where it was planted (Darwin Core establishmentMeans)."""

    NATIVE = "native"
    INTRODUCED = "introduced"
    UNKNOWN = "unknown"


class StockType(LabelledEnum):
    """What was put in the ground."""

    BARE_ROOT = "bare_root"
    CONTAINER = "container"
    PLUG = "plug"
    CUTTING = "cutting"
    DIRECT_SEED = "direct_seed"
    SEEDBALL = "seedball"


class RemovalMethod(LabelledEnum):
    """How an invasive plant was removed."""

    HAND_PULL = "hand_pull"
    DIG = "dig"
    CUT = "cut"
    MOW = "mow"
    GIRDLE = "girdle"
    HERBICIDE_CUT_STUMP = "herbicide_cut_stump"
    HERBICIDE_FOLIAR = "herbicide_foliar"
    SMOTHER = "smother"
    OTHER = "other"

    @property
    def is_chemical(self) -> bool:
        """True for the methods that use herbicide."""
        return self.value.startswith("herbicide")


class Phenology(LabelledEnum):
    """The life stage of the removed plants."""

    VEGETATIVE = "vegetative"
    FLOWERING = "flowering"
    SEEDING = "seeding"


class Disposal(LabelledEnum):
    """What happened to removed plant material."""

    LEFT_ON_SITE = "left_on_site"
    COMPOSTED = "composted"
    BAGGED_LANDFILL = "bagged_landfill"
    BURNED = "burned"


class CleanupType(LabelledEnum):
    """Where a litter pickup took place (Ocean Conservancy's cleanup types)."""

    BEACH = "beach"
    SHORE = "shore"
    UNDERWATER = "underwater"
    TRAIL = "trail"
    STREET = "street"
    PARK = "park"


class Level(LabelledEnum):
    """How serious a quality issue is: errors stop a save, warnings only inform."""

    ERROR = "error"
    WARNING = "warning"


# Every member's label, marked for the catalogues: labels are computed from the values, which
# pyside6-lupdate cannot read, so each is written out here once (tests/test_translated_files.py checks that
# no member of any LabelledEnum, photo tags included, is missing). The window translates them with
# `fieldlog.ui.language.vocabulary`, files with `fieldlog.io.language`.
VOCABULARY_LABELS: tuple[str, ...] = (
    # ActivityKind
    QT_TRANSLATE_NOOP("vocabulary", "Planting"),
    QT_TRANSLATE_NOOP("vocabulary", "Seed collection"),
    QT_TRANSLATE_NOOP("vocabulary", "Seedball making"),
    QT_TRANSLATE_NOOP("vocabulary", "Invasive removal"),
    QT_TRANSLATE_NOOP("vocabulary", "Litter pickup"),
    QT_TRANSLATE_NOOP("vocabulary", "Other"),  # also RemovalMethod.OTHER and PhotoTag.OTHER
    # NativeStatus
    QT_TRANSLATE_NOOP("vocabulary", "Native"),
    QT_TRANSLATE_NOOP("vocabulary", "Introduced"),
    QT_TRANSLATE_NOOP("vocabulary", "Unknown"),
    # StockType
    QT_TRANSLATE_NOOP("vocabulary", "Bare root"),
    QT_TRANSLATE_NOOP("vocabulary", "Container"),
    QT_TRANSLATE_NOOP("vocabulary", "Plug"),
    QT_TRANSLATE_NOOP("vocabulary", "Cutting"),
    QT_TRANSLATE_NOOP("vocabulary", "Direct seed"),
    QT_TRANSLATE_NOOP("vocabulary", "Seedball"),
    # RemovalMethod
    QT_TRANSLATE_NOOP("vocabulary", "Hand pull"),
    QT_TRANSLATE_NOOP("vocabulary", "Dig"),
    QT_TRANSLATE_NOOP("vocabulary", "Cut"),
    QT_TRANSLATE_NOOP("vocabulary", "Mow"),
    QT_TRANSLATE_NOOP("vocabulary", "Girdle"),
    QT_TRANSLATE_NOOP("vocabulary", "Herbicide cut stump"),
    QT_TRANSLATE_NOOP("vocabulary", "Herbicide foliar"),
    QT_TRANSLATE_NOOP("vocabulary", "Smother"),
    # Phenology
    QT_TRANSLATE_NOOP("vocabulary", "Vegetative"),
    QT_TRANSLATE_NOOP("vocabulary", "Flowering"),
    QT_TRANSLATE_NOOP("vocabulary", "Seeding"),
    # Disposal
    QT_TRANSLATE_NOOP("vocabulary", "Left on site"),
    QT_TRANSLATE_NOOP("vocabulary", "Composted"),
    QT_TRANSLATE_NOOP("vocabulary", "Bagged landfill"),
    QT_TRANSLATE_NOOP("vocabulary", "Burned"),
    # CleanupType
    QT_TRANSLATE_NOOP("vocabulary", "Beach"),
    QT_TRANSLATE_NOOP("vocabulary", "Shore"),
    QT_TRANSLATE_NOOP("vocabulary", "Underwater"),
    QT_TRANSLATE_NOOP("vocabulary", "Trail"),
    QT_TRANSLATE_NOOP("vocabulary", "Street"),
    QT_TRANSLATE_NOOP("vocabulary", "Park"),
    # Level
    QT_TRANSLATE_NOOP("vocabulary", "Error"),
    QT_TRANSLATE_NOOP("vocabulary", "Warning"),
    # PhotoTag (fieldlog.domain.photos)
    QT_TRANSLATE_NOOP("vocabulary", "Before"),
    QT_TRANSLATE_NOOP("vocabulary", "After"),
)
