"""What a check-up import talks about: the columns of the hospital's sheet and their usual
headings, one planned check-up and the preview of the whole import
(app.exchange.checkup_import reads, matches, grades, plans and applies)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.catalogue.checkups import CHECKUP_FIELDS, ITEMS, TEXT_FINDINGS, CheckupItem
from app.catalogue.import_preview import MatchedBy
from app.catalogue.import_preview import RowAction as Action
from app.catalogue.readings import Flag, is_abnormal
from app.exchange.column_mapping import FieldSpec
from app.exchange.sheet_rows import ImportPreview, ImportProblem

__all__ = [
    "CHECKUP_SPEC",
    "TEXT_FIELDS",
    "CheckupPreview",
    "MatchedBy",
    "PlannedCheckup",
]

# The person and the date first, then the measured items and the findings in words.
SYNONYMS: dict[str, tuple[str, ...]] = {
    **{name: headings for name, (_w, headings) in CHECKUP_FIELDS.items()},
    **{item.value: spec.headings for item, spec in ITEMS.items()},
    **{finding.value: headings for finding, (_w, headings) in TEXT_FINDINGS.items()},
}
# Words inside a heading the usual names do not cover, the most specific first.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "id_number": ("身份证", "证件号"),
    "employee_no": ("工号", "职工号", "员工号"),
    "checkup_date": ("体检日期", "体检时间", "检查日期", "日期"),
    "birth_date": ("出生",),
    "exam_no": ("体检号", "体检编号", "条码"),
    "hdl": ("高密度",),
    "ldl": ("低密度",),
    "hba1c": ("糖化",),
    "total_cholesterol": ("总胆固醇",),
    "triglycerides": ("甘油三酯", "三酰甘油"),
    "uric_acid": ("尿酸",),
    "alt": ("谷丙", "丙氨酸"),
    "creatinine": ("肌酐",),
    "glucose_fasting": ("血糖",),
    "systolic": ("收缩压",),
    "diastolic": ("舒张压",),
    "heart_rate": ("心率", "脉搏"),
    "ecg": ("心电",),
    "ultrasound": ("超声", "彩超", "B超"),
    "chest_xray": ("胸片", "胸部", "X线"),
    "conclusion": ("结论",),
    "advice": ("建议",),
    "department": ("部门", "单位", "科室", "车间"),
    "name": ("姓名",),
    "sex": ("性别",),
    "age": ("年龄",),
}
CHECKUP_SPEC = FieldSpec(
    "checkups",
    SYNONYMS,
    KEYWORDS,
    required=("name", "checkup_date"),
    one_of=("id_number", "employee_no", "birth_date"),
)
TEXT_FIELDS = (*(f.value for f in TEXT_FINDINGS), "conclusion", "advice")


@dataclass(frozen=True)
class PlannedCheckup:
    row: int
    staff_id: int
    employee_no: str
    name: str
    department: str
    checkup_date: dt.date
    matched_by: MatchedBy
    action: Action
    results: tuple[tuple[CheckupItem, float, Flag], ...]
    texts: tuple[tuple[str, str], ...] = ()  # (ecg/ultrasound/chest_xray/conclusion/advice, text)
    exam_no: str = ""
    age: int | None = None

    @property
    def abnormal(self) -> tuple[CheckupItem, ...]:
        return tuple(item for item, _v, flag in self.results if is_abnormal(flag))


@dataclass(frozen=True)
class CheckupPreview(ImportPreview[PlannedCheckup]):
    file_name: str
    sheet: str
    header_row: int | None
    columns: tuple[tuple[str, str, str], ...]  # (field, column letter, header text)
    ignored_columns: tuple[str, ...]
    planned: tuple[PlannedCheckup, ...]
    problems: tuple[ImportProblem, ...]
    applied: bool = False

    @property
    def people(self) -> int:
        return len({p.staff_id for p in self.planned})

    @property
    def skipped(self) -> tuple[ImportProblem, ...]:
        """Rows that match nobody or several people: listed, left out, never guessed."""
        return tuple(p for p in self.problems if p.code in SKIPPING_CODES)

    def abnormal_by_item(self) -> dict[CheckupItem, int]:
        """Abnormal findings per item among the planned check-ups, in catalogue order."""
        counts = dict.fromkeys(ITEMS, 0)
        for planned in self.planned:
            for item in planned.abnormal:
                counts[item] += 1
        return {item: n for item, n in counts.items() if n}

    def abnormal_by_department(self) -> dict[str, int]:
        """People with at least one abnormal finding, per department."""
        counts: dict[str, int] = {}
        for planned in self.planned:
            if planned.abnormal:
                counts[planned.department] = counts.get(planned.department, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


SKIPPING_CODES = frozenset(
    ("no_match", "several_match", "name_mismatch", "row_skipped", "totals_skipped")
)
