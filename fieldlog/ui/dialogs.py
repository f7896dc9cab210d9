"""The editor dialog: one form, saved on the database thread; Enter saves and starts the next record.

When someone else saved the record after the editor opened it (EditConflict), nothing is saved until
the user answers the conflict question: overwrite with what they typed, keep the other version, or go
back to the editor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldlog.domain.errors import EditConflict, ValidationError, record_noun
from fieldlog.domain.kinds import LabelledEnum
from fieldlog.domain.records import Record
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.services.records import Saved
from fieldlog.ui.editors import RecordForm
from fieldlog.ui.editors.fields import issue_message
from fieldlog.ui.language import vocabulary
from fieldlog.ui.tasks import TaskRunner, describe_failure


class Choice(Enum):
    """An answer to the conflict question."""

    OVERWRITE = "overwrite"  # save mine over theirs
    KEEP_THEIRS = "keep_theirs"  # drop mine; the record stays as they saved it
    CANCEL = "cancel"  # back to where I was; nothing saved, nothing dropped


def field_words(name: str) -> str:
    """A record field's name in words, for a field no form labels ("site_id" -> "site")."""
    return re.sub(r"_(m2|kg|g|m|id|code)$", "", name).replace("_", " ")


# The records that are no activity, by class name, as a sentence names them ("this event").
_NOUNS = {"Event": QT_TRANSLATE_NOOP("dialogs", "event"), "Site": QT_TRANSLATE_NOOP("dialogs", "site"),
          "LitterItem": QT_TRANSLATE_NOOP("dialogs", "litter item"), "Photo": QT_TRANSLATE_NOOP("dialogs", "photo")}


def record_words(record: Record) -> str:
    """A record's kind as a sentence names it, in the window's language: "event", "planting"."""
    kind = getattr(type(record), "kind", None)
    if isinstance(kind, LabelledEnum):
        label = vocabulary(kind)
        return label[:1].lower() + label[1:]
    noun = _NOUNS.get(type(record).__name__)
    return QCoreApplication.translate("dialogs", noun) if noun else record_noun(record)


def changed_when(utc: dt.datetime, today: dt.date | None = None) -> str:
    """A stored UTC time as this computer's clock shows it: "at 14:32", or "on 3 Dec 2026 at 14:32"."""
    local = utc.replace(tzinfo=dt.UTC).astimezone()
    time = f"{local:%H:%M}"
    if local.date() == (today or dt.datetime.now().astimezone().date()):
        return QCoreApplication.translate("dialogs", "at {time}").format(time=time)
    date = QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")
    return QCoreApplication.translate("dialogs", "on {date} at {time}").format(date=date, time=time)


def conflict_text(conflict: EditConflict, base: Record, *, since: str,
                  label: Callable[[str], str | None] = lambda _name: None) -> str:
    """'Someone else changed this event at 14:32 (participants, notes) since you opened it.'

    `base` is the copy the user's edit started from; the fields named are those the other save changed;
    `since` ends the sentence, in the window's language ("since you opened it").
    """
    words: list[str] = []
    for name in conflict.changed_since(base):
        if name == "hours_derived":  # bookkeeping of volunteer hours, which are named themselves
            continue
        word = label(name) or field_words(name)
        word = word[:1].lower() + word[1:]
        if word not in words:
            words.append(word)
    record = record_words(conflict.stored)
    when = changed_when(conflict.changed_at) if conflict.changed_at else ""
    fields = ", ".join(words)
    if when and fields:
        text = QCoreApplication.translate("dialogs", "Someone else changed this {record} {when} ({fields}) {since}.")
    elif when:
        text = QCoreApplication.translate("dialogs", "Someone else changed this {record} {when} {since}.")
    elif fields:
        text = QCoreApplication.translate("dialogs", "Someone else changed this {record} ({fields}) {since}.")
    else:
        text = QCoreApplication.translate("dialogs", "Someone else changed this {record} {since}.")
    return text.format(record=record, when=when, fields=fields, since=since)


class ConflictQuestion(QMessageBox):
    """Asks what to do with an edit that someone else's save overtook; `answered` carries the Choice.

    Opened window-modal (not exec'd), so the event loop and the database thread keep running.
    """

    answered = Signal(object)  # Choice

    def __init__(self, parent: QWidget, text: str, details: str, *, mine: str = "",
                 cancel: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("edit_conflict")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setText(text)
        self.setInformativeText(details)
        self.overwrite_button = self.addButton(mine or self.tr("Overwrite with mine"),
                                               QMessageBox.ButtonRole.DestructiveRole)
        self.overwrite_button.setObjectName("overwrite_button")
        self.keep_button = self.addButton(self.tr("Keep theirs"), QMessageBox.ButtonRole.RejectRole)
        self.keep_button.setObjectName("keep_theirs_button")
        self.choices: dict[QAbstractButton, Choice] = {self.overwrite_button: Choice.OVERWRITE,
                                                       self.keep_button: Choice.KEEP_THEIRS}
        safe = self.keep_button
        if cancel:
            self.cancel_button = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            self.cancel_button.setObjectName("cancel_button")
            self.choices[self.cancel_button] = Choice.CANCEL
            safe = self.cancel_button
        # Enter and Esc never overwrite anyone's work: overwriting takes a deliberate click.
        self.setDefaultButton(safe)
        self.setEscapeButton(safe)
        self.buttonClicked.connect(lambda button: self.answered.emit(self.choices.get(button, Choice.CANCEL)))


class RecordDialog(QDialog):
    """Edits one record with a form; saving runs on the task runner and never throws typed text away.

    Enter saves and starts the next record of the same kind (what usually stays the same is kept);
    Ctrl+S saves and closes; Esc closes, asking first when something typed is not saved.
    """

    saved = Signal(object, object)  # (Saved, the record as it was before, or None for a new one)
    kept_theirs = Signal(object)  # the record as someone else saved it; the dialog closes without saving

    def __init__(self, form: RecordForm, save: Callable[..., Saved[Any]], runner: TaskRunner, *, title: str,
                 original: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_dialog")
        self.setWindowTitle(title)
        # `save` is Records.update for an edit (it takes overwrite=True after a conflict), a record_* for a new one.
        self.form, self.save_record, self.runner, self.original = form, save, runner, original
        self.saving = False
        self.question: ConflictQuestion | None = None  # the conflict question, while it is asked
        if original is not None:
            form.load(original)
        self.status = QLabel()
        self.status.setObjectName("dialog_status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.next_button = QPushButton(self.tr("Save and &next"))
        self.next_button.setObjectName("save_next_button")
        self.next_button.setToolTip(self.tr("Enter: save, then start the next one with the same event and date"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("save_button")
        self.save_button.setToolTip(self.tr("Ctrl+S: save and close"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close_button")
        if original is None:
            buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        default = self.next_button if original is None else self.save_button
        default.setDefault(True)
        self.next_button.clicked.connect(lambda: self.submit(close=False))
        self.save_button.clicked.connect(lambda: self.submit(close=True))
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.submit(close=True))
        layout = QVBoxLayout(self)
        layout.addWidget(form, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(640, 600)  # fits a 768-pixel-high screen with room to spare

    def submit(self, *, close: bool) -> None:
        """Save what the form holds; on success close or start the next record."""
        if self.saving:
            return
        record = self.form.record()
        if record is None or self.form.has_errors():
            self.status.setText(self.tr("Not saved: fix what is marked in red first."))
            return
        self._send(record, close=close)

    def _send(self, record: Any, *, close: bool, overwrite: bool = False) -> None:
        self.saving = True
        for button in (self.next_button, self.save_button):
            button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        save = self.save_record
        self.runner.submit(lambda: save(record, overwrite=True) if overwrite else save(record),
                           lambda result: self._saved(result, close),
                           lambda error: self._failed(error, record, close))

    def _saved(self, result: Saved[Any], close: bool) -> None:
        self._unlock()
        self.form.mark_clean()
        self.saved.emit(result, self.original)
        warnings = "; ".join(issue_message(issue) for issue in result.warnings)
        self.status.setText(self.tr("Saved, with warnings: {warnings}").format(warnings=warnings) if warnings
                            else self.tr("Saved."))
        if close or self.original is not None:
            self.accept()
        else:
            self.form.start_next()
            self.form.mark_clean()  # what is carried over is not unsaved typing

    def _failed(self, error: BaseException, record: Any = None, close: bool = True) -> None:
        self._unlock()
        if isinstance(error, EditConflict) and self.original is not None:
            self._ask_about_conflict(error, record, close)
        elif isinstance(error, ValidationError):
            self.form.show_issues(error.issues)
            self.status.setText(self.tr("Not saved: {problems}").format(
                problems="; ".join(issue_message(issue) for issue in error.issues if issue.is_error)))
        else:  # the disk, the database: say so and keep everything typed
            reason = describe_failure(error)
            self.status.setText(self.tr("Not saved. {reason}").format(reason=reason))
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("{reason}\n\nWhat you typed is still here.").format(reason=reason))

    def _ask_about_conflict(self, conflict: EditConflict, record: Any, close: bool) -> None:
        """Someone else saved the record since it was opened: ask before anything is overwritten."""
        text = conflict_text(conflict, self.original, since=self.tr("since you opened it"), label=self.form.label)
        self.status.setText(self.tr("Not saved yet. {conflict}").format(conflict=text))
        self.question = question = ConflictQuestion(
            self, text, self.tr("Overwrite with mine: save what you typed here, replacing their changes.\n"
                                "Keep theirs: close this editor without saving; the {record} stays as they saved "
                                "it.\nCancel: go back to what you typed, nothing saved yet.").format(
                                    record=record_words(conflict.stored)))
        question.answered.connect(lambda choice: self._conflict_answered(choice, conflict, record, close))
        question.open()

    def _conflict_answered(self, choice: Choice, conflict: EditConflict, record: Any, close: bool) -> None:
        if self.question is not None:
            self.question.deleteLater()
            self.question = None
        if choice is Choice.OVERWRITE:
            # Undo of this save brings back their version: the one it replaces.
            self.original = conflict.stored
            self._send(record, close=close, overwrite=True)
        elif choice is Choice.KEEP_THEIRS:
            self.form.mark_clean()  # dropped on purpose: no "discard changes?" on the way out
            self.kept_theirs.emit(conflict.stored)
            self.reject()
        else:
            text = conflict_text(conflict, self.original, since=self.tr("since you opened it"), label=self.form.label)
            self.status.setText(self.tr("Not saved: {conflict} Save again to choose what to keep.").format(
                conflict=text))

    def _unlock(self) -> None:
        self.saving = False
        for button in (self.next_button, self.save_button):
            button.setEnabled(True)

    def _may_close(self) -> bool:
        if self.saving:
            return False
        if not self.form.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Discard changes?"), self.tr("What you typed here is not saved. Close and discard it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Close (Esc, Close button), asking first when something typed is not saved."""
        if self._may_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button: the same question as Esc."""
        if self._may_close():
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: Any) -> None:
        """Enter in a one-line field saves (multi-line fields and tables keep their Enter)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            (self.next_button if self.original is None else self.save_button).click()
            return
        super().keyPressEvent(event)
