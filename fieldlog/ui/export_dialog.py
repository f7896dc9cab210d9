"""The export dialog: what an export will cover, whether personal data goes in, and where it is written.

The export itself runs on the task runner with a progress bar and Cancel (`MainWindow.export`); the
file appears only when it is complete.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldlog.domain.summary import NO_FILTER, SummaryFilter
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.services.exports import ExportFormat, ExportOptions, describe_filter
from fieldlog.ui.editors.fields import DateField
from fieldlog.ui.language import translated, window_language

# What each export writes, in words; translated where shown (_translated).
_WHAT = {
    "report": QT_TRANSLATE_NOOP(
        "export_dialog", "The SER summary with charts, then every event and activity on the template's sheets, "
                         "so the report can itself be imported by SER staff."),
    "package": QT_TRANSLATE_NOOP(
        "export_dialog", "Every record and photo, deletions included, for another fieldlog: import it there with "
                         "File > Import. Importing it twice changes nothing."),
    "dwc": QT_TRANSLATE_NOOP(
        "export_dialog", "Plantings, seed collections and invasive removals as Darwin Core occurrences for a GBIF "
                         "publisher, with an EML description to complete."),
    "geojson": QT_TRANSLATE_NOOP("export_dialog",
                                 "Every site with coordinates as a point, with its totals, for a map."),
    "csv": QT_TRANSLATE_NOOP("export_dialog",
                             "One CSV file per table (UTF-8, a header row), which fieldlog can import again."),
    "dashboard": QT_TRANSLATE_NOOP(
        "export_dialog", "The dashboard on one page: the headline figures, the charts and the map of sites, as a PDF "
                         "(A4 landscape) or, named .png, as an image for a newsletter. No personal data."),
}



def _file_filter(file_filter: str) -> str:
    """A format's file-dialog filter ("Excel workbooks (*.xlsx)") with each description in the window's
    language and the patterns as they are (services.exports marks the descriptions under `exports`)."""
    parts = []
    for part in file_filter.split(";;"):
        found = re.fullmatch(r"(.*?)\s*(\([^()]*\))", part)
        parts.append(f"{translated('exports', found[1])} {found[2]}" if found else part)
    return ";;".join(parts)


class ExportDialog(QDialog):
    """Options for one export, with the file (or folder) to write; `options()` and `path()` once accepted."""

    def __init__(self, export: ExportFormat, flt: SummaryFilter, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.export, self.flt = export, flt
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export {export}").format(
            export=translated("exports", export.title).removeprefix("the ")))
        what = QLabel(translated("export_dialog", _WHAT[export.key]))
        what.setWordWrap(True)
        form = QFormLayout()
        if export.filtered:
            shown = describe_filter(flt, window_language())
            covers = QLabel(self.tr("Events {filter}, as the window is filtered").format(filter=shown) if shown
                            else self.tr("All events"))
            covers.setObjectName("export_covers")
            covers.setWordWrap(True)
            form.addRow(self.tr("Covers:"), covers)
        self.since = DateField(object_name="export_since")
        self.since.setToolTip(self.tr("Leave blank to export everything"))
        self.personal = QCheckBox(self.tr("Include personal data (organizer names and contacts)"))
        self.personal.setObjectName("export_personal")
        self.sharing = QCheckBox(self.tr("For sharing: leave out personal data (organizer names and contacts) and\n"
                                         "where photos were taken, the camera's owner and serial numbers"))
        self.sharing.setObjectName("export_sharing")
        if export.key == "package":
            form.addRow(self.tr("Changes since (optional):"), self.since)
            form.addRow("", self.sharing)
        if export.personal:
            self.personal.setToolTip(self.tr("Personal data stays on this laptop unless you tick this."))
            form.addRow("", self.personal)
        self.path_edit = QLineEdit(str(folder / self._default_name()))
        self.path_edit.setObjectName("export_path")
        self.path_edit.setMinimumWidth(380)
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("export_browse")
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Folder:") if export.folder else self.tr("File:"), where)
        self.problem = QLabel()
        self.problem.setObjectName("export_problem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _default_name(self) -> str:
        stem = {"report": "ser-report", "package": "fieldlog-export", "dwc": "darwin-core", "geojson": "sites",
                "csv": "fieldlog-csv", "dashboard": "dashboard"}[self.export.key]
        return f"{stem}-{dt.date.today().isoformat()}{self.export.suffix}"

    def browse(self) -> None:
        """Choose the file or folder with the system's dialog."""
        current = self.path_edit.text().strip()
        if self.export.folder:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export CSV files into"), current)
        else:
            title = self.tr("Save {export}").format(export=translated("exports", self.export.title))
            chosen, _filter = QFileDialog.getSaveFileName(self, title, current,
                                                          _file_filter(self.export.file_filter))
        if chosen:
            self.path_edit.setText(chosen)

    def path(self) -> Path:
        """Where to write, with the format's file extension added when it was left off."""
        path = Path(self.path_edit.text().strip()).expanduser()
        if self.export.suffix and path.suffix.lower() not in (self.export.suffix, *self.export.other_suffixes):
            path = path.with_name(path.name + self.export.suffix)
        return path

    def options(self) -> ExportOptions:
        """The options chosen."""
        since = self.since.value() if self.export.key == "package" and self.since.problem() is None else None
        return ExportOptions(flt=self.flt if self.export.filtered else NO_FILTER,
                             include_personal=self.export.personal and self.personal.isChecked(),
                             since=since, for_sharing=self.export.key == "package" and self.sharing.isChecked(),
                             language=window_language())

    def accept(self) -> None:
        """Check the choices before closing: a folder that exists, a date that can be read."""
        if not self.path_edit.text().strip():
            self.problem.setText(self.tr("Choose where to write it."))
            return
        path = self.path()
        folder = path if self.export.folder else path.parent
        if self.export.folder and path.exists() and not path.is_dir():
            self.problem.setText(self.tr("{path} is a file; choose a folder.").format(path=path))
            return
        if not self.export.folder and not folder.is_dir():
            self.problem.setText(self.tr("The folder {folder} does not exist.").format(folder=folder))
            return
        if self.export.key == "package" and self.since.problem() is not None:
            self.problem.setText(self.tr("Only changes since: {problem}").format(problem=self.since.problem()))
            return
        super().accept()
