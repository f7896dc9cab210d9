"""The merge window for an exchange package from another fieldlog: what the merge will do, then the merge.

The package is read and checked on the task runner first (nothing is written), and the preview lists
what would be added, updated and deleted and every conflict; Merge then writes it all in one
transaction after a backup, with a progress bar and Cancel (Cancel writes nothing).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldlog.services.database import Database
from fieldlog.services.exchange import MergePreview, apply_merge, preview_merge
from fieldlog.services.records import Cancelled
from fieldlog.ui.tasks import TaskRunner, describe_failure


class MergeDialog(QDialog):
    """Preview, then merge, one exchange package."""

    merged = Signal(object)  # the MergeResult

    def __init__(self, path: Path, database: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.database, self.runner = path, database, runner
        self.preview: MergePreview | None = None
        self.applying = False
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge {file}").format(file=path.name))
        self.heading = QLabel(self.tr("Checking {file}…").format(file=path.name))
        self.heading.setObjectName("merge_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("merge_summary")
        self.summary.setWordWrap(True)
        self.conflicts_label = QLabel(self.tr("Conflicts (the newer edit wins; the other is kept in the merge log):"))
        self.conflicts = QListWidget()
        self.conflicts.setObjectName("merge_conflicts")
        self.conflicts_label.hide()
        self.conflicts.hide()
        buttons = QDialogButtonBox()
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("merge_button")
        self.merge_button.setEnabled(False)
        self.merge_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("merge_close_button")
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.clicked.connect(self.merge)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts, 1)
        layout.addStretch(0)  # takes the room when there is no conflict list
        layout.addWidget(buttons)
        self.resize(620, 360)

    def start(self) -> None:
        """Read and check the package on the task runner (with progress and Cancel)."""
        database, path = self.database, self.path
        self.runner.submit_long(self, self.tr("Checking {file}…").format(file=path.name),
                                lambda progress, cancel: preview_merge(database, path, progress=progress,
                                                                       cancel=cancel),
                                self._previewed, self._failed)

    def _previewed(self, preview: MergePreview) -> None:
        self.preview = preview
        self.heading.setText(self.tr("What merging {file} would do (nothing is written yet):")
                             .format(file=self.path.name))
        self.summary.setText("\n".join(preview.summary_lines()))
        conflicts = list(preview.conflicts)
        if conflicts:
            self.conflicts.addItems([str(conflict) for conflict in conflicts])
            self.conflicts_label.show()
            self.conflicts.show()
        else:
            self.resize(self.width(), self.sizeHint().height())
        self.merge_button.setEnabled(True)

    def merge(self) -> None:
        """Write the merge in one transaction after a backup (with progress and Cancel)."""
        preview = self.preview
        if preview is None:
            return
        self.merge_button.setEnabled(False)
        self.applying = True
        database = self.database
        self.runner.submit_long(self, self.tr("Merging {file}…").format(file=self.path.name),
                                lambda progress, cancel: apply_merge(database, preview, progress=progress,
                                                                     cancel=cancel),
                                self._merged, self._failed)

    def reject(self) -> None:
        """Close, except while the merge is being written (its Cancel stops it cleanly)."""
        if not self.applying:
            super().reject()

    def _merged(self, result: Any) -> None:
        self.applying = False
        self.heading.setText(self.tr("Merged {file}.").format(file=self.path.name))
        self.summary.setText("\n".join(result.summary_lines()))
        self.close_button.setText(self.tr("Close"))
        self.merged.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.applying = False
        if isinstance(error, Cancelled):
            self.heading.setText(self.tr("Cancelled: nothing was written."))
            self.merge_button.setEnabled(self.preview is not None)
            return
        self.heading.setText(self.tr("{file} was not merged.").format(file=self.path.name))
        self.summary.setText(describe_failure(error))
        self.merge_button.setEnabled(False)
