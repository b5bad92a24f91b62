"""Print asset labels (设备资产标签): which devices, which label paper, and where to start.

Label paper is often part-used: the user points at the first free label and the sheet
starts there. The next free position is remembered for the next print on the same paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.rule_error import RuleError
from app.reports.asset_labels import PAPERS, LabelPaper
from app.ui.dialogs.common.record_dialog import RecordDialog
from app.ui.forms.ui_asset_labels_form import Ui_AssetLabelsForm
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.widgets.label_sheet_preview import LabelSheetPreview

PAPER_NAMES = {
    "a4-24": QT_TRANSLATE_NOOP("AssetLabelsDialog", "A4, 24 labels (3 × 8, 70 × 37 mm)"),
    "a4-21": QT_TRANSLATE_NOOP("AssetLabelsDialog", "A4, 21 labels (3 × 7, 63.5 × 38.1 mm)"),
}
PAPER_KEY, NEXT_KEY = "equipment/label_paper", "equipment/label_next_position"


@dataclass(frozen=True)
class LabelChoice:
    device_ids: tuple[int, ...] | None  # None: every device still in the room
    paper: str  # a key of PAPERS
    skip: int  # labels left empty at the start of the first sheet
    count: int

    def next_position(self) -> int:
        """Where the next print on this paper starts: after the last label used."""
        return (self.skip + self.count) % PAPERS[self.paper].per_sheet + 1


def remember(choice: LabelChoice) -> None:
    settings = QSettings()
    settings.setValue(PAPER_KEY, choice.paper)
    settings.setValue(NEXT_KEY, choice.next_position())


def _stored_position(value: object) -> int:
    try:
        return max(1, int(str(value)))
    except ValueError:
        return 1


class AssetLabelsDialog(RecordDialog):
    def __init__(self, selected: list[int], in_room: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selected, self.in_room = selected, in_room
        self.setWindowTitle(self.tr("Print asset labels"))
        self.ui.introLabel.setText(
            self.tr(
                "Each label shows the asset no., its QR code, the name and the model, for "
                "self-adhesive A4 label paper. Print at 100 % (no “fit to page”)."
            )
        )
        self.form = Ui_AssetLabelsForm()
        self.form.setupUi(self.ui.formHost)
        f = self.form
        f.selectedRadio.setText(self.tr("The %n device(s) selected in the list", "", len(selected)))
        f.allRadio.setText(self.tr("All %n device(s) in the room", "", in_room))
        f.selectedRadio.setEnabled(bool(selected))
        (f.selectedRadio if len(selected) > 1 else f.allRadio).setChecked(True)
        for key, name in PAPER_NAMES.items():
            f.paperCombo.addItem(self.tr(name), key)
        settings = QSettings()
        f.paperCombo.setCurrentIndex(max(0, f.paperCombo.findData(settings.value(PAPER_KEY))))
        self.preview = LabelSheetPreview(self.paper())
        layout = QVBoxLayout(f.previewHost)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        f.startSpin.setMaximum(self.paper().per_sheet)
        f.startSpin.setValue(_stored_position(settings.value(NEXT_KEY, 1)))
        f.paperCombo.currentIndexChanged.connect(lambda _i: self._paper_changed())
        f.startSpin.valueChanged.connect(lambda _v: self._update())
        f.selectedRadio.toggled.connect(lambda _c: self._update())
        self.preview.position_clicked.connect(f.startSpin.setValue)
        self.fields = {"device_ids": f.allRadio, "skip": f.startSpin}
        self.choice: LabelChoice | None = None
        self._update()

    def paper_key(self) -> str:
        return str(self.form.paperCombo.currentData() or "a4-24")

    def paper(self) -> LabelPaper:
        return PAPERS[self.paper_key()]

    def count(self) -> int:
        return len(self.selected) if self.form.selectedRadio.isChecked() else self.in_room

    def _paper_changed(self) -> None:
        self.form.startSpin.setMaximum(self.paper().per_sheet)
        self._update()

    def _update(self) -> None:
        start, count, paper = self.form.startSpin.value(), self.count(), self.paper()
        self.preview.show_sheet(paper, start, count)
        sheets = -(-(start - 1 + count) // paper.per_sheet) if count else 0
        text = self.tr("%n label(s)", "", count) + " · " + self.tr("%n sheet(s)", "", sheets)
        if start > 1:
            text += " · " + self.tr("positions 1–%1 stay empty").replace("%1", str(start - 1))
        self.form.summaryLabel.setText(text)
        self.ui.errorLabel.clear()

    def submit(self) -> None:
        if self.count() == 0:
            raise RuleError("no_labels", "device_ids")
        ids = tuple(self.selected) if self.form.selectedRadio.isChecked() else None
        skip = self.form.startSpin.value() - 1
        self.choice = LabelChoice(ids, self.paper_key(), skip, self.count())
