"""The editor dialog: one form, saved on the database thread; Enter saves and starts the next record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from fieldlog.domain.errors import ValidationError
from fieldlog.services.records import Saved
from fieldlog.ui.editors import RecordForm
from fieldlog.ui.tasks import TaskRunner, describe_failure


class RecordDialog(QDialog):
    """Edits one record with a form; saving runs on the task runner and never throws typed text away.

    Enter saves and starts the next record of the same kind (what usually stays the same is kept);
    Ctrl+S saves and closes; Esc closes, asking first when something typed is not saved.
    """

    saved = Signal(object, object)  # (Saved, the record as it was before, or None for a new one)

    def __init__(self, form: RecordForm, save: Callable[[Any], Saved[Any]], runner: TaskRunner, *, title: str,
                 original: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_dialog")
        self.setWindowTitle(title)
        self.form, self.save_record, self.runner, self.original = form, save, runner, original
        self.saving = False
        if original is not None:
            form.load(original)
        self.status = QLabel()
        self.status.setObjectName("dialog_status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.next_button = QPushButton("Save and &next")
        self.next_button.setObjectName("save_next_button")
        self.next_button.setToolTip("Enter: save, then start the next one with the same event and date")
        self.save_button = QPushButton("&Save")
        self.save_button.setObjectName("save_button")
        self.save_button.setToolTip("Ctrl+S: save and close")
        self.close_button = QPushButton("Close")
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
            self.status.setText("Not saved: fix what is marked in red first.")
            return
        self.saving = True
        for button in (self.next_button, self.save_button):
            button.setEnabled(False)
        self.status.setText("Saving…")
        save = self.save_record
        self.runner.submit(lambda: save(record), lambda result: self._saved(result, close), self._failed)

    def _saved(self, result: Saved[Any], close: bool) -> None:
        self._unlock()
        self.form.mark_clean()
        self.saved.emit(result, self.original)
        warnings = "; ".join(issue.message for issue in result.warnings)
        self.status.setText(f"Saved, with warnings: {warnings}" if warnings else "Saved.")
        if close or self.original is not None:
            self.accept()
        else:
            self.form.start_next()
            self.form.mark_clean()  # what is carried over is not unsaved typing

    def _failed(self, error: BaseException) -> None:
        self._unlock()
        if isinstance(error, ValidationError):
            self.form.show_issues(error.issues)
            self.status.setText("Not saved: " + "; ".join(issue.message for issue in error.issues
                                                          if issue.is_error))
        else:  # the disk, the database: say so and keep everything typed
            self.status.setText("Not saved. " + describe_failure(error))
            QMessageBox.warning(self, "Not saved", describe_failure(error) + "\n\nWhat you typed is still here.")

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
            self, "Discard changes?", "What you typed here is not saved. Close and discard it?",
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
