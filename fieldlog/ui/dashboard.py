"""The dashboard: the campaign at a glance for the window's filter, in tiles, charts and a map of sites,
and the same page rendered offscreen into a PNG or a one-page PDF.

Why the charts are drawn here with QPainter rather than with Qt Charts: Qt Charts is not part of
PySide6-Essentials (the package fieldlog depends on) but of PySide6-Addons, a download several times the
size of everything else fieldlog installs, for a handful of horizontal bar charts and one time series.
Drawn with QPainter, each chart is one small function that paints into any device: the widget on screen,
a QImage for the PNG and a QPdfWriter for the PDF (vector text and shapes), so the exports look exactly
like the window and need no window at all (`fieldlog export dashboard`). Hit-testing a clicked bar is a
rectangle lookup; the map's pan and zoom are a transform.

All figures come from services.dashboard on the runner's database thread, never on the UI thread; a newer
filter supersedes a load in flight.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QMouseEvent,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QPdfWriter,
    QPen,
    QPolygonF,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldlog.domain.dashboard import Bar, Bucket, Chart, CountryOutline, DashboardData, Period, SiteEvent, SitePoint
from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.summary import SummaryFilter
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.services import dashboard as dashboard_service
from fieldlog.services.database import Database
from fieldlog.services.exports import describe_filter
from fieldlog.ui.formatting import FIGURES, Counts, figure_caption, format_number, headline
from fieldlog.ui.language import install_language, vocabulary, window_language
from fieldlog.ui.tasks import TaskRunner, describe_failure

PAGE = QSizeF(1600, 1131)  # the exported page in logical pixels (A4 landscape's proportions)
INK, MUTED, GRID, PANEL_EDGE = QColor("#22303c"), QColor("#5f6b76"), QColor("#e3e7eb"), QColor("#d5dbe0")
OCEAN, LAND, BORDER = QColor("#dbe8f1"), QColor("#f6f3ec"), QColor("#b7b2a6")
SITE = QColor(192, 57, 43, 190)
KIND_COLOURS = {"planting": "#3a7d44", "seed_collection": "#b08d57", "seedball_making": "#8e6c8a",
                "invasive_removal": "#c0573e", "litter_pickup": "#3f6fa8", "other": "#8a8f94"}
CHART_COLOURS = {Chart.COUNTRIES: "#2a8c8c", Chart.PLANTED: "#3a7d44", Chart.REMOVED: "#c0573e",
                 Chart.LITTER: "#3f6fa8", Chart.TIMELINE: "#2a8c8c"}
PARTICIPANTS_COLOUR = QColor("#e08a1e")
CHART_TITLES = {Chart.KINDS: QT_TRANSLATE_NOOP("dashboard", "Activities by kind"),
                Chart.TIMELINE: QT_TRANSLATE_NOOP("dashboard", "Events and participants over time"),
                Chart.COUNTRIES: QT_TRANSLATE_NOOP("dashboard", "Top countries (events)"),
                Chart.PLANTED: QT_TRANSLATE_NOOP("dashboard", "Top species planted (plants)"),
                Chart.REMOVED: QT_TRANSLATE_NOOP("dashboard", "Top invasive species removed (removals)"),
                Chart.LITTER: QT_TRANSLATE_NOOP("dashboard", "Litter by item category")}
# What an empty chart says (any other: "Nothing recorded for this filter.").
EMPTY_TEXTS = {Chart.PLANTED: QT_TRANSLATE_NOOP("dashboard", "No plantings with a species."),
               Chart.REMOVED: QT_TRANSLATE_NOOP("dashboard", "No removals with a species."),
               Chart.LITTER: QT_TRANSLATE_NOOP("dashboard", "No litter items tallied.")}
EVENTS_PER = {Bucket.DAY: QT_TRANSLATE_NOOP("dashboard", "events per day (up to {most})"),
              Bucket.MONTH: QT_TRANSLATE_NOOP("dashboard", "events per month (up to {most})"),
              Bucket.YEAR: QT_TRANSLATE_NOOP("dashboard", "events per year (up to {most})")}
FILTERING_CHARTS = tuple(Chart)  # a click on any bar narrows the events list to it
SPECIES_CHARTS = {Chart.PLANTED: "planting", Chart.REMOVED: "invasive_removal"}  # the kind each species chart counts


@dataclass(frozen=True, slots=True)
class Hit:
    """A clickable area of a chart: a bar (or a period) and its key."""

    rect: QRectF
    key: str
    tip: str


def chart_title(chart: Chart) -> str:
    """A chart's title in the window's language."""
    return QCoreApplication.translate("dashboard", CHART_TITLES[chart])


def empty_text(chart: Chart) -> str:
    """What a chart with nothing to show says, in the window's language."""
    if chart in EMPTY_TEXTS:
        return QCoreApplication.translate("dashboard", EMPTY_TEXTS[chart])
    return QCoreApplication.translate("dashboard", "Nothing recorded for this filter.")


def shown_bars(chart: Chart, bars: Sequence[Bar]) -> tuple[Bar, ...]:
    """A chart's bars with their words in the window's language: the kinds' names, the counts' nouns."""
    def count(bar: Bar) -> int:
        return round(bar.value)

    if chart is Chart.KINDS:
        kinds = {kind.value: kind for kind in ActivityKind}
        return tuple(replace(bar, label=vocabulary(kinds[bar.key]) if bar.key in kinds else bar.label,
                             note=format_number(bar.value)) for bar in bars)
    if chart is Chart.COUNTRIES:
        return tuple(replace(bar, note=Counts.tr("%Ln event(s)", "", count(bar))) for bar in bars)
    if chart is Chart.PLANTED:
        return tuple(replace(bar, note=Counts.tr("%Ln plant(s)", "", count(bar))) for bar in bars)
    if chart is Chart.REMOVED:
        return tuple(replace(bar, note=Counts.tr("%Ln removal(s)", "", count(bar))) for bar in bars)
    if chart is Chart.LITTER:
        return tuple(replace(bar, note=Counts.tr("%Ln item(s)", "", count(bar))) for bar in bars)
    return tuple(bars)


def period_label(period: Period, bucket: Bucket) -> str:
    """A period under the timeline, with the locale's month names: "30 May", "May 2026", "2026"."""
    start = QDate(period.start.year, period.start.month, period.start.day)
    if bucket is Bucket.DAY:
        return QLocale().toString(start, "d MMM")
    if bucket is Bucket.MONTH:
        return QLocale().toString(start, "MMM yyyy")
    return str(period.start.year)


def sites_title(count: int) -> str:
    """The map's title: how many sites it shows."""
    return Counts.tr("Sites (%Ln on the map, sized by events)", "", count)


def map_note(data: DashboardData) -> str:
    """What the map leaves out, in words ("" when every site is on it)."""
    if not data.sites_without_coordinates:
        return ""
    events = Counts.tr("%Ln event(s)", "", data.events_without_coordinates)
    return Counts.tr("%Ln site(s) without coordinates ({events}) are counted but not on the map.", "",
                     data.sites_without_coordinates).format(events=events)


def _font(painter: QPainter, size: float, bold: bool = False) -> QFont:
    font = QFont(painter.font())
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


def draw_panel(painter: QPainter, rect: QRectF, title: str, note: str = "") -> QRectF:
    """A white panel with its title (and a small note under the chart); returns the room for the chart."""
    painter.save()
    painter.setPen(QPen(PANEL_EDGE, 1))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
    painter.setFont(_font(painter, 14, bold=True))
    painter.setPen(INK)
    title_rect = QRectF(rect.left() + 12, rect.top() + 8, rect.width() - 24, 20)
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()))
    bottom = rect.bottom() - 8
    if note:
        painter.setFont(_font(painter, 11))
        painter.setPen(MUTED)
        note_rect = QRectF(rect.left() + 12, rect.bottom() - 34, rect.width() - 24, 28)
        painter.drawText(note_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
                         | Qt.TextFlag.TextWordWrap, note)
        bottom = rect.bottom() - 38
    painter.restore()
    return QRectF(rect.left() + 12, rect.top() + 34, rect.width() - 24, max(0.0, bottom - rect.top() - 34))


def _empty(painter: QPainter, rect: QRectF, text: str) -> None:
    painter.save()
    painter.setFont(_font(painter, 12))
    painter.setPen(MUTED)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
    painter.restore()


def draw_bars(painter: QPainter, rect: QRectF, bars: Sequence[Bar], colour: str | Callable[[Bar], str],
              empty: str = "") -> list[Hit]:
    """Horizontal bars, largest value longest: label, bar, value; returns the bars' click areas."""
    if not any(bar.value > 0 for bar in bars) or rect.height() < 10:
        _empty(painter, rect, empty or QCoreApplication.translate("dashboard", "Nothing recorded for this filter."))
        return []
    shown = list(bars)[:max(1, int(rect.height() // 17))]  # bars too thin to read are left off (the smallest)
    painter.save()
    size = 12.0
    label_font, value_font = _font(painter, size), _font(painter, size - 1)
    label_metrics, value_metrics = QFontMetricsF(label_font), QFontMetricsF(value_font)
    row = rect.height() / len(shown)
    label_width = min(rect.width() * 0.38, max(label_metrics.horizontalAdvance(bar.label) for bar in shown) + 8)
    notes = [bar.note or format_number(bar.value) for bar in shown]
    note_width = max(value_metrics.horizontalAdvance(note) for note in notes) + 8
    track = max(10.0, rect.width() - label_width - note_width)
    top_value = max(bar.value for bar in shown) or 1.0
    hits = []
    for index, (bar, note) in enumerate(zip(shown, notes, strict=True)):
        y = rect.top() + index * row
        label_rect = QRectF(rect.left(), y, label_width - 8, row)
        painter.setFont(label_font)
        painter.setPen(INK)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         label_metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_rect.width()))
        length = track * bar.value / top_value if bar.value > 0 else 0.0
        if bar.value > 0:
            length = max(length, 2.0)
        thickness = max(3.0, min(row * 0.68, 22.0))
        bar_rect = QRectF(rect.left() + label_width, y + (row - thickness) / 2, length, thickness)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour(bar) if callable(colour) else colour))
        painter.drawRoundedRect(bar_rect, 2, 2)
        painter.setFont(value_font)
        painter.setPen(MUTED)
        painter.drawText(QRectF(bar_rect.right() + 6, y, note_width, row),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, note)
        hits.append(Hit(QRectF(rect.left(), y, rect.width(), row), bar.key,
                        QCoreApplication.translate("dashboard", "{label}: {value}").format(label=bar.label,
                                                                                           value=note)))
    painter.restore()
    return hits


def draw_timeline(painter: QPainter, rect: QRectF, periods: Sequence[Period], bucket: Bucket) -> list[Hit]:
    """Events per period as bars, participants as a line (each on its own scale, both labelled)."""
    if not periods or not any(period.events for period in periods) or rect.height() < 40:
        _empty(painter, rect, QCoreApplication.translate("dashboard", "No events for this filter."))
        return []
    painter.save()
    small = _font(painter, 11)
    metrics = QFontMetricsF(small)
    top_events = max(period.events for period in periods) or 1
    top_people = max(period.participants for period in periods) or 1
    painter.setFont(small)
    legend_y = rect.top()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(CHART_COLOURS[Chart.TIMELINE]))
    painter.drawRect(QRectF(rect.left(), legend_y + 4, 10, 10))
    painter.setPen(INK)
    events_caption = QCoreApplication.translate("dashboard", EVENTS_PER[bucket]).format(
        most=format_number(top_events))
    painter.drawText(QPointF(rect.left() + 14, legend_y + 13), events_caption)
    x = rect.left() + 14 + metrics.horizontalAdvance(events_caption) + 18
    painter.setPen(QPen(PARTICIPANTS_COLOUR, 2.5))
    painter.drawLine(QPointF(x, legend_y + 9), QPointF(x + 14, legend_y + 9))
    painter.setPen(INK)
    painter.drawText(QPointF(x + 18, legend_y + 13), QCoreApplication.translate(
        "dashboard", "participants (up to {most})").format(most=format_number(top_people)))
    plot = QRectF(rect.left() + 4, rect.top() + 24, rect.width() - 8, rect.height() - 24 - metrics.height() - 6)
    painter.setPen(QPen(GRID, 1))
    for step in range(5):
        y = plot.bottom() - plot.height() * step / 4
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    slot = plot.width() / len(periods)
    hits, points = [], []
    for index, period in enumerate(periods):
        left = plot.left() + index * slot
        height = plot.height() * period.events / top_events
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(CHART_COLOURS[Chart.TIMELINE]))
        gap = min(slot * 0.2, 6.0)
        if period.events:
            painter.drawRect(QRectF(left + gap / 2, plot.bottom() - max(height, 1.5), slot - gap, max(height, 1.5)))
        points.append(QPointF(left + slot / 2, plot.bottom() - plot.height() * period.participants / top_people))
        span = period.start.isoformat() if period.start == period.end else QCoreApplication.translate(
            "dashboard", "{start} to {end}").format(start=period.start.isoformat(), end=period.end.isoformat())
        hits.append(Hit(QRectF(left, plot.top(), slot, plot.height() + metrics.height() + 6),
                        f"{period.start.isoformat()}/{period.end.isoformat()}",
                        QCoreApplication.translate("dashboard", "{period}: {events}, {participants}").format(
                            period=span,
                            events=Counts.tr("%Ln event(s)", "", period.events),
                            participants=Counts.tr("%Ln participant(s)", "", period.participants))))
    painter.setPen(QPen(PARTICIPANTS_COLOUR, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if len(points) > 1:
        painter.drawPolyline(QPolygonF(points))
    else:
        painter.drawEllipse(points[0], 3, 3)
    painter.setPen(MUTED)
    labels = [period_label(period, bucket) for period in periods]
    widest = max(metrics.horizontalAdvance(label) for label in labels) + 10
    every = max(1, math.ceil(widest / slot))
    for index in range(0, len(periods), every):
        centre = plot.left() + index * slot + slot / 2
        painter.drawText(QRectF(centre - widest / 2, plot.bottom() + 4, widest, metrics.height()),
                         Qt.AlignmentFlag.AlignCenter, labels[index])
    painter.restore()
    return hits


# -- the map ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outline:
    """The world outline ready to draw: one polygon per ring, in degrees, with its longitude span."""

    rings: tuple[tuple[QPolygonF, float, float], ...]

    @classmethod
    def of(cls, countries: Sequence[CountryOutline]) -> Outline:
        rings = []
        for country in countries:
            for ring in country.rings:
                polygon = QPolygonF([QPointF(ring[i], ring[i + 1]) for i in range(0, len(ring) - 1, 2)])
                longitudes = ring[0::2]
                rings.append((polygon, min(longitudes), max(longitudes)))
        return cls(tuple(rings))


_OUTLINE: list[Outline] = []


def world() -> Outline:
    """The shipped world outline, read once."""
    if not _OUTLINE:
        _OUTLINE.append(Outline.of(dashboard_service.world_outline()))
    return _OUTLINE[0]


@dataclass(frozen=True, slots=True)
class MapView:
    """What the map shows: its centre (degrees) and scale (pixels per degree)."""

    lon: float = 10.0
    lat: float = 20.0
    scale: float = 0.0  # 0: fit to the sites


def fit_view(sites: Sequence[SitePoint], rect: QRectF) -> MapView:
    """A view that shows every site with a margin (the whole world when there are none or they spread out)."""
    if rect.width() < 10 or rect.height() < 10:
        return MapView(scale=1.0)
    world_scale = min(rect.width() / 360, rect.height() / 150)
    if not sites:
        return MapView(10.0, 15.0, world_scale)
    lons, lats = [site.longitude for site in sites], [site.latitude for site in sites]
    width, height = max(max(lons) - min(lons), 16.0) * 1.35, max(max(lats) - min(lats), 10.0) * 1.35
    scale = max(world_scale, min(rect.width() / width, rect.height() / height))
    return MapView((max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2, scale)


def _transform(view: MapView, rect: QRectF) -> QTransform:
    transform = QTransform()
    transform.translate(rect.center().x(), rect.center().y())
    transform.scale(view.scale, -view.scale)
    transform.translate(-view.lon, -view.lat)
    return transform


def site_radius(site: SitePoint, most: int) -> float:
    """A site's circle: its area grows with its events."""
    return 4.0 + 12.0 * math.sqrt(site.events / most) if most > 0 else 4.0


def draw_map(painter: QPainter, rect: QRectF, outline: Outline, sites: Sequence[SitePoint], view: MapView,
             selected: uuid.UUID | None = None, hint: str = "") -> list[tuple[QPointF, float, SitePoint]]:
    """Sites sized by their events over the world outline; returns each site's centre and radius."""
    painter.save()
    base = painter.transform()  # the page's own scale (exports), kept under the map's transform
    painter.setClipRect(rect)
    painter.fillRect(rect, OCEAN)
    transform = _transform(view, rect)
    inverse, _ok = transform.inverted()
    visible = inverse.mapRect(rect)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(BORDER, 0.8)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(LAND)
    # The world once when it all fits (no repeated continents); beside itself when panned over the antimeridian.
    for shift in (0.0,) if visible.width() >= 360 else (-360.0, 0.0, 360.0):
        if visible.right() < -180 + shift - 20 or visible.left() > 180 + shift + 20:
            continue
        painter.setTransform(QTransform().translate(shift, 0) * transform * base)
        for polygon, west, east in outline.rings:
            if east + shift < visible.left() or west + shift > visible.right():
                continue
            painter.drawPolygon(polygon)
    painter.setTransform(base)
    most = max((site.events for site in sites), default=0)
    placed = []
    for site in sorted(sites, key=lambda s: -s.events):  # small circles drawn last, on top of big ones
        centre = transform.map(QPointF(site.longitude, site.latitude))
        radius = site_radius(site, most)
        placed.append((centre, radius, site))
    painter.setFont(_font(painter, 11, bold=True))
    metrics = QFontMetricsF(painter.font())
    for centre, radius, site in placed:
        chosen = site.site_id == selected
        painter.setPen(QPen(QColor("#1b2631") if chosen else QColor("white"), 2.2 if chosen else 1.2))
        painter.setBrush(QColor(SITE.red(), SITE.green(), SITE.blue(), 235) if chosen else SITE)
        painter.drawEllipse(centre, radius, radius)
    labelled: list[QRectF] = []  # names over every circle, never over another name
    for index, (centre, radius, site) in enumerate(placed):
        chosen = site.site_id == selected
        if index >= 8 and not chosen:  # only the busiest sites are named
            continue
        label = metrics.elidedText(site.name, Qt.TextElideMode.ElideRight, 170)
        box = QRectF(centre.x() + radius + 3, centre.y() - metrics.height() / 2, metrics.horizontalAdvance(label) + 4,
                     metrics.height())
        if not rect.contains(box):
            box.moveRight(centre.x() - radius - 3)  # no room on the right: on the left of the circle
        if not chosen and (any(box.intersects(other) for other in labelled) or not rect.contains(box)):
            continue  # a label never covers another
        labelled.append(box)
        painter.fillRect(box, QColor(255, 255, 255, 190))
        painter.setPen(INK)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    if hint:
        painter.setFont(_font(painter, 11))
        hint_metrics = QFontMetricsF(painter.font())
        box = QRectF(rect.left() + 6, rect.bottom() - hint_metrics.height() - 10,
                     hint_metrics.horizontalAdvance(hint) + 12, hint_metrics.height() + 4)
        painter.fillRect(box, QColor(255, 255, 255, 200))
        painter.setPen(MUTED)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, hint)
    painter.setFont(_font(painter, 9))
    painter.setPen(MUTED)
    painter.drawText(rect.adjusted(0, 0, -6, -3), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                     QCoreApplication.translate("dashboard", "Outline: Natural Earth"))
    painter.restore()
    return placed


# -- the whole page (exports) -------------------------------------------------------------------------------


def tile_figures(data: DashboardData) -> list[tuple[str, str, str]]:
    """(key, caption, text) of every tile, in order: the window's headline figures."""
    texts = headline(data.summary)
    return [(key, figure_caption(caption), texts[key]) for key, caption in FIGURES]


def draw_tiles(painter: QPainter, rect: QRectF, data: DashboardData) -> None:
    """The headline figures as a row of tiles."""
    tiles = tile_figures(data)
    gap = 10.0
    width = (rect.width() - gap * (len(tiles) - 1)) / len(tiles)
    painter.save()
    for index, (_key, caption, text) in enumerate(tiles):
        tile = QRectF(rect.left() + index * (width + gap), rect.top(), width, rect.height())
        painter.setPen(QPen(PANEL_EDGE, 1))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(tile.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.setFont(_font(painter, 12))
        painter.setPen(MUTED)
        painter.drawText(tile.adjusted(10, 8, -10, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, caption)
        size = 24.0
        font = _font(painter, size, bold=True)
        while size > 11 and QFontMetricsF(font).horizontalAdvance(text) > tile.width() - 20:
            size -= 1
            font = _font(painter, size, bold=True)
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(tile.adjusted(10, 26, -10, -6), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         text)
    painter.restore()


def filter_words(flt: SummaryFilter) -> str:
    """The filter in words for a heading."""
    words = describe_filter(flt, window_language())
    if words:
        return QCoreApplication.translate("dashboard", "Events {filter}").format(filter=words)
    return QCoreApplication.translate("dashboard", "All events")


def kind_colour(bar: Bar) -> str:
    """A kind's colour (the same in every chart)."""
    return KIND_COLOURS.get(bar.key, "#8a8f94")


def paint_page(painter: QPainter, data: DashboardData, outline: Outline | None = None,
               when: dt.datetime | None = None) -> None:
    """The whole dashboard on one page of PAGE's size: heading, tiles, six charts and the map."""
    page = QRectF(0, 0, PAGE.width(), PAGE.height())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(page, QColor("#f2f4f6"))
    margin = 28.0
    painter.setFont(_font(painter, 26, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(margin, 18, PAGE.width() - 2 * margin, 36),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     QCoreApplication.translate("dashboard", "What the volunteers achieved"))
    painter.setFont(_font(painter, 13))
    painter.setPen(MUTED)
    stamp = (when or dt.datetime.now()).strftime("%Y-%m-%d %H:%M")
    painter.drawText(QRectF(margin, 52, PAGE.width() - 2 * margin, 20),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     QCoreApplication.translate("dashboard", "{filter} · fieldlog dashboard, {when}").format(
                         filter=filter_words(data.flt), when=stamp))
    draw_tiles(painter, QRectF(margin, 84, PAGE.width() - 2 * margin, 74), data)
    top, gap = 172.0, 14.0
    column = (PAGE.width() - 2 * margin - 2 * gap) / 3
    row = (PAGE.height() - top - margin - 2 * gap) / 3

    def cell(r: int, c: int, span: int = 1) -> QRectF:
        return QRectF(margin + c * (column + gap), top + r * (row + gap), column * span + gap * (span - 1), row)

    draw_bars(painter, draw_panel(painter, cell(0, 0), chart_title(Chart.KINDS)),
              shown_bars(Chart.KINDS, data.kinds), kind_colour)
    draw_timeline(painter, draw_panel(painter, cell(0, 1, 2), chart_title(Chart.TIMELINE)), data.timeline,
                  data.bucket)
    draw_bars(painter, draw_panel(painter, cell(1, 0), chart_title(Chart.COUNTRIES)),
              shown_bars(Chart.COUNTRIES, data.countries), CHART_COLOURS[Chart.COUNTRIES])
    draw_bars(painter, draw_panel(painter, cell(1, 1), chart_title(Chart.PLANTED),
                                  species_note(Chart.PLANTED, data.plantings_without_species)),
              shown_bars(Chart.PLANTED, data.planted), CHART_COLOURS[Chart.PLANTED], empty_text(Chart.PLANTED))
    draw_bars(painter, draw_panel(painter, cell(1, 2), chart_title(Chart.REMOVED),
                                  species_note(Chart.REMOVED, data.removals_without_species)),
              shown_bars(Chart.REMOVED, data.removed), CHART_COLOURS[Chart.REMOVED], empty_text(Chart.REMOVED))
    draw_bars(painter, draw_panel(painter, cell(2, 0), chart_title(Chart.LITTER)),
              shown_bars(Chart.LITTER, data.litter), CHART_COLOURS[Chart.LITTER], empty_text(Chart.LITTER))
    map_rect = draw_panel(painter, cell(2, 1, 2), sites_title(len(data.sites)), map_note(data))
    outline = outline or world()
    draw_map(painter, map_rect, outline, data.sites, fit_view(data.sites, map_rect))


def species_note(chart: Chart, count: int) -> str:
    """The note under a species chart: the activities it leaves out for naming no species ("" when none)."""
    if not count:
        return ""
    if chart is Chart.PLANTED:
        return Counts.tr("%Ln planting(s) without a species: counted in the totals, not here.", "", count)
    return Counts.tr("%Ln removal(s) without a species: counted in the totals, not here.", "", count)


def render_image(data: DashboardData, scale: float = 1.0) -> QImage:
    """The dashboard page as an image (PAGE's size times `scale`)."""
    image = QImage(round(PAGE.width() * scale), round(PAGE.height() * scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        paint_page(painter, data)
    finally:
        painter.end()
    return image


def write_png(data: DashboardData, path: Path) -> None:
    """The dashboard as a PNG image (twice PAGE's size: sharp when printed or pasted into a newsletter)."""
    if not render_image(data, 2.0).save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(f"could not write the image {path}")


def write_pdf(data: DashboardData, path: Path) -> None:
    """The dashboard as one A4 landscape PDF page (vector shapes and text)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(QCoreApplication.translate("dashboard", "fieldlog dashboard"))
    writer.setCreator("fieldlog")
    writer.setResolution(150)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(8, 8, 8, 8), QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not write the PDF {path}")
    try:
        area = writer.pageLayout().paintRectPixels(writer.resolution())
        scale = min(area.width() / PAGE.width(), area.height() / PAGE.height())
        painter.translate((area.width() - PAGE.width() * scale) / 2, (area.height() - PAGE.height() * scale) / 2)
        painter.scale(scale, scale)
        paint_page(painter, data)
    finally:
        painter.end()


def ensure_gui(language: str = "en") -> None:
    """An application for fonts and painting, made offscreen when none exists (the command line).

    A QApplication, not the lighter QGuiApplication: a process that draws the dashboard first and shows a
    widget later (a test session, say) would abort on its first QWidget under a QGuiApplication. The one
    it makes speaks `language`, English unless asked (the English catalogue gives the plural forms, "1
    event", "3 events")."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _application.append(QApplication([sys.argv[0] if sys.argv else "fieldlog"]))
        install_language(language)


_application: list[QApplication] = []  # the command line's application, kept alive while it draws


def render_file(data: DashboardData, path: Path, fmt: str, language: str = "en") -> None:
    """The services' renderer: `data` into `path` as "pdf" or "png", its words in `language`.

    The window's exports ask for its own language. Another one is put in place only on the thread of the
    application (the command line, a test), and the one before is put back after: a worker thread must not
    swap the translators a window reads."""
    ensure_gui(language)
    draw = write_pdf if fmt == "pdf" else write_png
    speaking = window_language()
    app = QCoreApplication.instance()
    if language == speaking or app is None or QThread.currentThread() is not app.thread():
        draw(data, path)
        return
    locale = QLocale()
    install_language(language)
    try:
        draw(data, path)
    finally:
        install_language(speaking)
        QLocale.setDefault(locale)


def install_renderer() -> None:
    """Let services.dashboard's export (and `fieldlog export dashboard`) draw with this module."""
    dashboard_service.set_renderer(render_file)


# -- the widgets ---------------------------------------------------------------------------------------------


class ChartWidget(QWidget):
    """One chart in its panel; a click on a bar emits `bar_clicked(chart, key)`."""

    bar_clicked = Signal(str, str)

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setObjectName(f"chart_{chart.value}")
        self.data = DashboardData()
        self.hits: list[Hit] = []
        self.setMinimumSize(260, 270)
        self.setMouseTracking(True)

    def set_data(self, data: DashboardData) -> None:
        """Show `data` (repaints)."""
        self.data = data
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        """The bars this chart shows."""
        return shown_bars(self.chart, {Chart.KINDS: self.data.kinds, Chart.COUNTRIES: self.data.countries,
                                       Chart.PLANTED: self.data.planted, Chart.REMOVED: self.data.removed,
                                       Chart.LITTER: self.data.litter}.get(self.chart, ()))

    def note(self) -> str:
        """The note under the chart."""
        if self.chart is Chart.PLANTED and self.data.plantings_without_species:
            return species_note(self.chart, self.data.plantings_without_species)
        if self.chart is Chart.REMOVED and self.data.removals_without_species:
            return species_note(self.chart, self.data.removals_without_species)
        if self.chart in FILTERING_CHARTS:
            return self.tr("Click a bar to filter the events list.")
        return ""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        try:
            room = draw_panel(painter, QRectF(self.rect()), chart_title(self.chart), self.note())
            if self.chart is Chart.TIMELINE:
                self.hits = draw_timeline(painter, room, self.data.timeline, self.data.bucket)
            else:
                colour: str | Callable[[Bar], str] = kind_colour if self.chart is Chart.KINDS else \
                    CHART_COLOURS[self.chart]
                self.hits = draw_bars(painter, room, self.bars(), colour, empty_text(self.chart))
        finally:
            painter.end()

    def hit_at(self, point: QPointF) -> Hit | None:
        """The bar under `point`, if any."""
        return next((hit for hit in self.hits if hit.rect.contains(point)), None)

    def bar_centre(self, key: str) -> QPointF | None:
        """Where the bar of `key` is (for tests and keyboard users)."""
        hit = next((hit for hit in self.hits if hit.key == key), None)
        return hit.rect.center() if hit else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.hit_at(event.position())
        filtering = hit is not None and self.chart in FILTERING_CHARTS
        self.setCursor(Qt.CursorShape.PointingHandCursor if filtering else Qt.CursorShape.ArrowCursor)
        self.setToolTip((hit.tip + ("\n" + self.tr("Click to show these events") if filtering else "")) if hit else "")
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.hit_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if hit is not None:
            self.bar_clicked.emit(self.chart.value, hit.key)
            event.accept()
            return
        super().mousePressEvent(event)


class MapWidget(QWidget):
    """The sites over the world outline: drag to pan, wheel to zoom, double-click to fit, click a site."""

    site_clicked = Signal(object)  # SitePoint

    HINT = QT_TRANSLATE_NOOP("MapWidget",
                             "Drag to pan · wheel to zoom · double-click to fit · click a site for its events")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_map")
        self.setMinimumSize(360, 260)
        self.sites: tuple[SitePoint, ...] = ()
        self.view = MapView()
        self.selected: uuid.UUID | None = None
        self.placed: list[tuple[QPointF, float, SitePoint]] = []
        self._drag: QPointF | None = None
        self._moved = False
        self._outline: Outline | None = None

    def set_sites(self, sites: Sequence[SitePoint]) -> None:
        """Show these sites, fitted in view."""
        self.sites = tuple(sites)
        if self.selected not in {site.site_id for site in sites}:
            self.selected = None
        self.fit()

    def fit(self) -> None:
        """Fit the view to the sites."""
        self.view = fit_view(self.sites, QRectF(self.rect()))
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def zoom(self, factor: float, around: QPointF | None = None) -> None:
        """Zoom by `factor`, keeping the point under `around` where it is."""
        rect = QRectF(self.rect())
        around = around or rect.center()
        before, _ok = _transform(self.view, rect).inverted()
        anchor = before.map(around)
        lowest = min(rect.width() / 360, rect.height() / 150) * 0.8
        scale = min(max(self.view.scale * factor, lowest), 4000.0)
        view = replace(self.view, scale=scale)
        after = _transform(view, rect).map(anchor)
        self.view = self._panned(view, around - after)
        self.update()

    @staticmethod
    def _panned(view: MapView, delta: QPointF) -> MapView:
        lat = max(-85.0, min(85.0, view.lat + delta.y() / view.scale))
        lon = (view.lon - delta.x() / view.scale + 540.0) % 360.0 - 180.0
        return replace(view, lon=lon, lat=lat)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._outline is None:
            self._outline = world()
        painter = QPainter(self)
        try:
            if self.view.scale <= 0:
                self.view = fit_view(self.sites, QRectF(self.rect()))
            self.placed = draw_map(painter, QRectF(self.rect()), self._outline, self.sites, self.view, self.selected,
                                   self.tr(self.HINT))
        finally:
            painter.end()

    def site_at(self, point: QPointF) -> SitePoint | None:
        """The site under `point` (the smallest circle wins where they overlap)."""
        under = [(radius, site) for centre, radius, site in self.placed
                 if math.hypot(centre.x() - point.x(), centre.y() - point.y()) <= radius + 3]
        return min(under, key=lambda pair: pair[0])[1] if under else None

    def site_centre(self, site_id: uuid.UUID) -> QPointF | None:
        """Where a site is drawn (for tests)."""
        return next((centre for centre, _radius, site in self.placed if site.site_id == site_id), None)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25 ** steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag, self._moved = event.position(), False
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            delta = event.position() - self._drag
            if self._moved or abs(delta.x()) + abs(delta.y()) > 3:
                self._moved = True
                self.view = self._panned(self.view, QPointF(delta.x(), -delta.y()))
                self._drag = event.position()
                self.update()
        else:
            site = self.site_at(event.position())
            self.setCursor(Qt.CursorShape.PointingHandCursor if site else Qt.CursorShape.OpenHandCursor)
            self.setToolTip(self.tr("{site} ({country}): {events}, {participants}").format(
                site=site.name, country=site.country_code, events=self.tr("%Ln event(s)", "", site.events),
                participants=self.tr("%Ln participant(s)", "", site.participants)) if site else "")
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drag is not None:
            self._drag = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            if not self._moved:
                self.click(event.position())
        super().mouseReleaseEvent(event)

    def click(self, point: QPointF) -> None:
        """A click without a drag: choose the site there."""
        site = self.site_at(point)
        if site is not None:
            self.selected = site.site_id
            self.update()
            self.site_clicked.emit(site)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.site_at(event.position()) is None:
            self.fit()
        super().mouseDoubleClickEvent(event)


class DashboardView(QScrollArea):
    """Tiles, charts and the map of sites for a filter, loaded on the runner's database thread.

    `set_filter` (the window's filter bar) and `refresh` (after a change) load the figures again; while
    the view is hidden it only remembers to. A click on a bar emits `bar_clicked(chart, key)`, then
    `filter_requested` with the filter narrowed to it (a country, a period, or events with an activity of a
    kind, a species or a litter item category).
    """

    filter_requested = Signal(object)  # SummaryFilter
    bar_clicked = Signal(str, str)
    site_chosen = Signal(object)  # SitePoint
    loaded = Signal()  # the figures for the current filter are all shown
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, database: Callable[[], Database], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_renderer()  # the window's exports draw with this module too
        self.setObjectName("dashboard")
        self.runner, self.database = runner, database
        self.flt = SummaryFilter()
        self.data = DashboardData()
        self.complete = False  # the data shown is the current filter's
        self._generation = 0
        self._stale = True
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("dashboard_body")
        body.setStyleSheet("#dashboard_body { background: #f2f4f6; }")
        column = QVBoxLayout(body)
        column.setContentsMargins(10, 8, 10, 10)
        column.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("dashboard_heading")
        self.heading.setStyleSheet("color: #5f6b76;")
        column.addWidget(self.heading)
        tiles = QGridLayout()
        tiles.setSpacing(8)
        self.tiles: dict[str, QLabel] = {}
        for index, (key, caption) in enumerate(FIGURES):
            tile = QFrame()
            tile.setObjectName(f"tile_{key}")
            tile.setStyleSheet(f"#tile_{key} {{ background: white; border: 1px solid #d5dbe0; border-radius: 6px; }}")
            inner = QVBoxLayout(tile)
            inner.setContentsMargins(10, 6, 10, 8)
            inner.setSpacing(0)
            label = QLabel(figure_caption(caption))
            label.setStyleSheet("color: #5f6b76; border: none;")
            value = QLabel("…")
            value.setObjectName(f"tile_value_{key}")
            value.setStyleSheet("color: #22303c; font-size: 16px; font-weight: bold; border: none;")
            value.setWordWrap(True)
            inner.addWidget(label)
            inner.addWidget(value)
            tiles.addWidget(tile, 0, index)
            self.tiles[key] = value
        column.addLayout(tiles)
        self.charts = {chart: ChartWidget(chart) for chart in Chart}
        for chart in self.charts.values():
            chart.bar_clicked.connect(self._bar_clicked)
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.charts[Chart.KINDS], 0, 0)
        grid.addWidget(self.charts[Chart.TIMELINE], 0, 1, 1, 2)
        grid.addWidget(self.charts[Chart.COUNTRIES], 1, 0)
        grid.addWidget(self.charts[Chart.PLANTED], 1, 1)
        grid.addWidget(self.charts[Chart.REMOVED], 1, 2)
        grid.addWidget(self.charts[Chart.LITTER], 2, 0)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        self.map = MapWidget()
        self.map.setMinimumHeight(300)
        self.map.site_clicked.connect(self.show_site)
        self.map_note = QLabel()
        self.map_note.setObjectName("map_note")
        self.map_note.setWordWrap(True)
        self.map_note.setStyleSheet("color: #8a4b08; border: none;")
        self.site_title = QLabel(self.tr("Click a site on the map to see its events."))
        self.site_title.setObjectName("site_title")
        self.site_title.setWordWrap(True)
        self.site_title.setStyleSheet("border: none;")
        self.site_events = QListWidget()
        self.site_events.setObjectName("site_events")
        self.site_events.setMinimumWidth(250)
        self.site_events.setWordWrap(True)
        self.site_events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.site_events.setAlternatingRowColors(True)
        side = QVBoxLayout()
        side.setSpacing(4)
        side.addWidget(self.site_title)
        side.addWidget(self.site_events, 1)
        map_row = QHBoxLayout()
        map_row.setSpacing(8)
        map_column = QVBoxLayout()
        map_column.setSpacing(2)
        self.map_title = QLabel()
        self.map_title.setObjectName("map_title")
        self.map_title.setStyleSheet("font-weight: bold; color: #22303c; border: none;")
        map_column.addWidget(self.map_title)
        map_column.addWidget(self.map, 1)
        map_column.addWidget(self.map_note)
        map_row.addLayout(map_column, 3)
        map_row.addLayout(side, 1)
        map_panel = QFrame()
        map_panel.setObjectName("map_panel")
        map_panel.setStyleSheet("#map_panel { background: white; border: 1px solid #d5dbe0; border-radius: 6px; }")
        map_panel.setLayout(map_row)
        map_row.setContentsMargins(8, 8, 8, 8)
        map_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        grid.addWidget(map_panel, 2, 1, 1, 2)
        column.addLayout(grid, 1)
        self.setWidget(body)

    # -- loading ------------------------------------------------------------------------------------------

    def set_filter(self, flt: SummaryFilter) -> None:
        """Show the figures for `flt` (loaded now if the view is shown, else when it is)."""
        self.flt = flt
        self.refresh()

    def refresh(self) -> None:
        """Load the figures again (the data changed, or the filter)."""
        self.complete = False
        self._generation += 1
        if not self.isVisible():
            self._stale = True
            return
        self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def _load(self) -> None:
        self._stale = False
        generation, flt, database = self._generation, self.flt, self.database()
        self.heading.setText(self.tr("{filter} · adding up…").format(filter=filter_words(flt)))

        def figures() -> DashboardData | None:  # skipped when a newer filter came while it waited its turn
            return dashboard_service.dashboard(database, flt) if generation == self._generation else None

        self.runner.submit(figures, lambda data: self._loaded(generation, data), self._failed)

    def _loaded(self, generation: int, data: DashboardData | None) -> None:
        if data is None or generation != self._generation or not isValid(self):  # or the view is gone
            return
        self.show_data(data)
        self.complete = True
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        message = describe_failure(error)
        self.heading.setText(self.tr("The dashboard could not be read: {reason}").format(reason=message))
        self.failed.emit(message)

    def show_data(self, data: DashboardData) -> None:
        """Draw `data` (tiles, charts, map)."""
        previous_sites = self.data.sites
        self.data = data
        self.heading.setText(filter_words(data.flt))
        for key, _caption, text in tile_figures(data):
            self.tiles[key].setText(text)
        for chart in self.charts.values():
            chart.set_data(data)
        if data.sites != previous_sites:
            self.map.set_sites(data.sites)
            if self.map.selected is None:
                self.site_title.setText(self.tr("Click a site on the map to see its events."))
                self.site_events.clear()
        self.map_title.setText(sites_title(len(data.sites)))
        note = map_note(data)
        self.map_note.setText(note)
        self.map_note.setVisible(bool(note))

    def tile_texts(self) -> dict[str, str]:
        """The text of every tile, by key."""
        return {key: label.text() for key, label in self.tiles.items()}

    # -- clicks -------------------------------------------------------------------------------------------

    def _bar_clicked(self, chart: str, key: str) -> None:
        self.bar_clicked.emit(chart, key)
        clicked = Chart(chart)
        kind = SPECIES_CHARTS.get(clicked)
        if kind is None:
            self.filter_requested.emit(self.filter_for(clicked, key))
            return
        # A species bar stands for every spelling that folds to its name: read them on the database thread.
        database, flt = self.database(), self.flt
        self.runner.submit(lambda: dashboard_service.species_spellings(database, kind, key),
                           lambda spellings: self.filter_requested.emit(
                               replace(flt, kind=kind, species=spellings or (key,))), self._failed)

    def filter_for(self, chart: Chart, key: str) -> SummaryFilter:
        """The window's filter narrowed to a clicked bar (a species bar: to the spelling `key`)."""
        if chart is Chart.COUNTRIES:
            return replace(self.flt, country=key)
        if chart is Chart.TIMELINE:
            start, _slash, end = key.partition("/")
            return replace(self.flt, date_from=dt.date.fromisoformat(start), date_to=dt.date.fromisoformat(end))
        if chart is Chart.KINDS:
            return replace(self.flt, kind=key)
        if chart is Chart.LITTER:
            return replace(self.flt, kind=ActivityKind.LITTER_PICKUP.value, litter_item=key)
        return replace(self.flt, kind=SPECIES_CHARTS[chart], species=(key,))

    def show_site(self, site: SitePoint) -> None:
        """List the events of a site (read on the database thread)."""
        self.site_chosen.emit(site)
        self.site_title.setText(self.tr("<b>{site}</b> ({country}): reading its events…").format(
            site=_escape(site.name), country=site.country_code))
        database, flt = self.database(), self.flt
        self.runner.submit(lambda: dashboard_service.site_events(database, site.site_id, flt),
                           lambda result: self._site_loaded(site, result), self._failed)

    def _site_loaded(self, site: SitePoint, result: tuple[tuple[SiteEvent, ...], int]) -> None:
        events, total = result
        if not isValid(self) or self.map.selected != site.site_id:
            return
        counted = self.tr("%Ln event(s)", "", total)
        if total > len(events):
            title = self.tr("<b>{site}</b> ({country}): {events}, the newest {listed} listed")
        else:
            title = self.tr("<b>{site}</b> ({country}): {events}")
        self.site_title.setText(title.format(site=_escape(site.name), country=site.country_code, events=counted,
                                             listed=format_number(len(events))))
        self.site_events.clear()
        for event in events:
            people = self.tr("%Ln participant(s)", "", event.participants)
            activities = self.tr("%Ln activity(-ies)", "", event.activities)
            item = QListWidgetItem(f"{event.name}\n{event.start:%Y-%m-%d} · {people} · {activities}")
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, str(event.event_id))
            self.site_events.addItem(item)

    # -- exporting ----------------------------------------------------------------------------------------

    def export_to(self, path: Path) -> None:
        """Write what the dashboard shows to a .pdf or .png file (on the UI thread: drawing takes a moment)."""
        if path.suffix.lower() == ".pdf":
            write_pdf(self.data, path)
        else:
            write_png(self.data, path)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
