"""The restore dialog (the backups of the open database, newest first) and the damaged-database dialog.

Both only show and ask: the window does the work on its task runner (`MainWindow.show_restore_dialog`,
`MainWindow._damage_found`), because a restore needs the window to let go of its database first.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldlog.domain.errors import DatabaseMovedAside
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.services.safety import BackupInfo, RestoreResult, backups_of
from fieldlog.ui.formatting import Counts, format_number, format_size
from fieldlog.ui.tasks import TaskRunner, describe_failure

__all__ = ["DamagedDialog", "RestoreDialog", "describe_backup", "reason_text", "restored_text",
           "when_text"]

_REASONS = {
    "manual": QT_TRANSLATE_NOOP("backup_dialog", "Back up now"),
    "automatic": QT_TRANSLATE_NOOP("backup_dialog", "Automatic (every 30 minutes)"),
    "at-exit": QT_TRANSLATE_NOOP("backup_dialog", "When fieldlog closed"),
    "import": QT_TRANSLATE_NOOP("backup_dialog", "Before an import"),
    "before-restore": QT_TRANSLATE_NOOP("backup_dialog", "Before a restore"),
}


def reason_text(reason: str) -> str:
    """Why a backup was made, in words (its file name holds a short slug)."""
    if reason in _REASONS:
        return QCoreApplication.translate("backup_dialog", _REASONS[reason])
    if reason.startswith("before-merge-"):
        return QCoreApplication.translate("backup_dialog", "Before merging {name}").format(
            name=reason.removeprefix("before-merge-"))
    if reason.startswith("before-upgrade"):
        return QCoreApplication.translate("backup_dialog", "Before an upgrade of fieldlog")
    return reason.replace("-", " ").replace("_", " ").capitalize()  # a slug of a newer fieldlog: its own words


def when_text(created: dt.datetime, now: dt.datetime | None = None) -> str:
    """A backup's time in local time: "Today 19:30", "Yesterday 18:02" or "2026-11-19 17:45"."""
    local = created.astimezone()
    today = (now or dt.datetime.now().astimezone()).date()
    if local.date() == today:
        return QCoreApplication.translate("backup_dialog", "Today {time}").format(time=f"{local:%H:%M}")
    if local.date() == today - dt.timedelta(days=1):
        return QCoreApplication.translate("backup_dialog", "Yesterday {time}").format(time=f"{local:%H:%M}")
    return f"{local:%Y-%m-%d %H:%M}"


def _in_sentence(when: str) -> str:
    """A time of `when_text` inside a sentence: "today 19:30" (a date stays as it is)."""
    return when if when[:1].isdigit() else when[:1].lower() + when[1:]


def _events(number: int | None) -> str:
    if number is None:
        return Counts.tr("? events")  # not translate(): lupdate misfiles a Counts.tr after it
    return Counts.tr("%Ln event(s)", "", number)


def _activities(number: int | None) -> str:
    if number is None:
        return Counts.tr("? activities")
    return Counts.tr("%Ln activity(-ies)", "", number)


def describe_backup(info: BackupInfo) -> str:
    """Which backup, for a sentence: "today 19:30 (120 events, 452 activities)"."""
    return f"{_in_sentence(when_text(info.created))} ({_events(info.events)}, {_activities(info.activities)})"


def restored_text(result: RestoreResult) -> str:
    """What a restore did, for the message after it: the counts now, and where the old database is kept."""
    lines = [QCoreApplication.translate(
        "backup_dialog", "Restored the backup of {when}: the database now holds {events} and {activities}.").format(
            when=_in_sentence(when_text(result.restored.created)), events=_events(result.events),
            activities=_activities(result.activities))]
    if result.before_restore is not None:
        lines.append(QCoreApplication.translate(
            "backup_dialog", "The database as it was before is kept as the backup {name}; "
            "File > Restore from backup… brings it back.").format(name=result.before_restore.name))
    if result.moved_aside is not None:
        lines.append(QCoreApplication.translate(
            "backup_dialog", "The damaged file that was there is kept as {path}.").format(path=result.moved_aside))
    return "\n\n".join(lines)


def _quiet(label: QLabel) -> QLabel:
    """Secondary text: the palette's placeholder colour, as the window's figure captions use."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RestoreDialog(QDialog):
    """The backups of one database file with their facts; Restore asks the window to restore the chosen one."""

    restore_requested = Signal(object)  # the BackupInfo chosen

    COLUMNS = (QT_TRANSLATE_NOOP("RestoreDialog", "Made"), QT_TRANSLATE_NOOP("RestoreDialog", "Why"),
               QT_TRANSLATE_NOOP("RestoreDialog", "Events"), QT_TRANSLATE_NOOP("RestoreDialog", "Activities"),
               QT_TRANSLATE_NOOP("RestoreDialog", "Size"))

    def __init__(self, database_path: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database_path, self.runner = database_path, runner
        self.backups: list[BackupInfo] = []
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        intro = QLabel(self.tr("Backups of <b>{name}</b>, newest first. Restoring one replaces the database with "
                               "it; the database as it is now is backed up first, so a restore can itself be "
                               "undone.").format(name=_html(database_path.name)))
        intro.setWordWrap(True)
        self.status = QLabel(self.tr("Reading the backups…"))
        self.status.setObjectName("restore_status")
        self.status.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("backups_table")
        self.table.setHeaderLabels([self.tr(column) for column in self.COLUMNS])
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setStyleSheet("QTreeView::item { padding: 3px 2px; }")  # a short list: room to read each row
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the reason takes the spare room
        for column in range(2, len(self.COLUMNS)):
            self.table.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                                     | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item, _column: self._request())
        self.table.hide()
        self.folder = _quiet(QLabel(self.tr("Backups are kept in {folder}").format(
            folder=database_path.parent / "backups")))
        self.folder.setObjectName("restore_folder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("restore_close_button")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._request)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.folder)
        layout.addWidget(buttons)
        self.resize(680, 380)

    def load(self) -> None:
        """Read the backups and their counts on the task runner (each is opened read-only)."""
        path = self.database_path
        self.runner.submit(lambda: backups_of(path), self._loaded, self._failed)

    def _loaded(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        self.table.clear()
        if not backups:
            self.status.setText(self.tr("There are no backups of this database yet. File > Back up now makes one; "
                                        "fieldlog also makes one every 30 minutes after a change, and when it "
                                        "closes."))
            self.status.show()
            self.table.hide()
            return
        self.status.hide()
        for info in backups:
            item = QTreeWidgetItem([when_text(info.created), reason_text(info.reason),
                                    "?" if info.events is None else format_number(info.events),
                                    "?" if info.activities is None else format_number(info.activities),
                                    format_size(info.size)])
            for column in range(2, len(self.COLUMNS)):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, f"{info.created.astimezone():%Y-%m-%d %H:%M:%S %Z}\n{info.path}")
            self.table.addTopLevelItem(item)
        self.table.show()
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self.table.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("The backups could not be read: {reason}").format(reason=describe_failure(error)))

    def chosen(self) -> BackupInfo | None:
        """The backup selected in the list."""
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            return None
        return self.backups[self.table.indexOfTopLevelItem(item)]

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def _request(self) -> None:
        info = self.chosen()
        if info is not None:
            self.restore_requested.emit(info)


class DamagedDialog(QDialog):
    """A damaged database was set aside: what happened in plain words, and restoring its newest good backup."""

    RESTORE, OPEN, QUIT = "restore", "open", "quit"
    WIDTH = 640

    def __init__(self, error: DatabaseMovedAside, backup: BackupInfo | None, parent: QWidget | None = None, *,
                 quit_text: str = "") -> None:
        super().__init__(parent)
        self.error, self.backup = error, backup
        self.choice = self.QUIT
        self.setObjectName("damaged_dialog")
        self.setWindowTitle(self.tr("The database is damaged"))
        name = error.moved_to.name.split(".corrupt-")[0]
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("{name} is damaged").format(name=name))
        heading.setObjectName("damaged_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        kept = QLabel(self.tr("SQLite's check of the file found damage, so fieldlog has stopped using it. Nothing "
                              "was deleted: the damaged file is kept beside it as <b>{name}</b>.").format(
                                  name=_html(error.moved_to.name)))
        kept.setObjectName("damaged_kept")
        kept.setWordWrap(True)
        kept.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if backup is not None:
            advice = self.tr("The newest good backup is from <b>{when}</b> and holds {events} and {activities}. "
                             "Restoring it brings back everything saved up to then; anything saved after it is "
                             "only in the damaged file.").format(
                                 when=_html(_in_sentence(when_text(backup.created))), events=_events(backup.events),
                                 activities=_activities(backup.activities))
        else:
            advice = self.tr("No good backup of it was found in the <i>backups</i> folder beside it, and "
                             "fieldlog does not start a new, empty database in its place by itself. Keep the "
                             "damaged file: someone who knows SQLite may rescue its records (sqlite3's "
                             "<i>.recover</i>). To start again with an empty database, move {name} to another "
                             "folder and open fieldlog again.").format(name=_html(error.moved_to.name))
        # On a line of its own: a long path wrapped inside a sentence is hard to read.
        folder = _quiet(QLabel(self.tr("Folder: {folder}").format(folder=error.moved_to.parent)))
        folder.setObjectName("damaged_folder")
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(advice)
        self.advice.setObjectName("damaged_advice")
        self.advice.setWordWrap(True)
        detail = _quiet(QLabel(self.tr("What SQLite reported: {detail}").format(detail=error.detail)
                               if error.detail else ""))
        detail.setWordWrap(True)
        detail.setVisible(bool(error.detail))
        font = detail.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        detail.setFont(font)

        text = QVBoxLayout()
        text.setSpacing(10)
        where = QVBoxLayout()
        where.setSpacing(3)  # the folder belongs to the sentence above it
        where.addWidget(kept)
        where.addWidget(folder)
        text.addWidget(heading)
        text.addLayout(where)
        text.addWidget(self.advice)
        text.addWidget(detail)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)

        buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if backup is not None:
            self.restore_button = QPushButton(self.tr("Restore the backup of {when} ({events})").format(
                when=_in_sentence(when_text(backup.created)), events=_events(backup.events)))
            self.restore_button.setObjectName("damaged_restore_button")
            self.restore_button.setDefault(True)
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.clicked.connect(lambda: self._choose(self.RESTORE))
        self.open_button = QPushButton(self.tr("Open another database…"))
        self.open_button.setObjectName("damaged_open_button")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: self._choose(self.OPEN))
        self.quit_button = QPushButton(quit_text or self.tr("Quit fieldlog"))
        self.quit_button.setObjectName("damaged_quit_button")
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.clicked.connect(lambda: self._choose(self.QUIT))
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 14)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addWidget(rule)
        layout.addWidget(buttons)
        # Wrapped labels make the first size hint too tall (measured narrow): size for the width it will have.
        self.resize(self.WIDTH, layout.totalHeightForWidth(self.WIDTH))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == self.QUIT:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:
        """Escape or the title bar's close button mean Quit."""
        self.choice = self.QUIT
        super().reject()
