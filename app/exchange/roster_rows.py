"""What a roster import talks about: the columns and their usual Chinese names, one problem,
one row of the file, the parsed file, one planned change and the preview of the whole import
(app.exchange.roster_import reads, checks, plans and applies)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.catalogue.import_preview import RowAction as Action
from app.catalogue.import_preview import Severity
from app.exchange.column_mapping import ColumnMapping, FieldSpec
from app.exchange.spreadsheet import Table, Value

# The columns in the order of the template; the first name of each is the template's header.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "employee_no": (
        *("工号", "员工编号", "职工号", "员工号", "职工编号", "人员编号", "工作证号"),
        *("employee no.", "employee no", "staff no."),
    ),
    "name": ("姓名", "职工姓名", "员工姓名", "name"),
    "sex": ("性别", "sex", "gender"),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "生日", "birth date", "date of birth"),
    "id_number": ("身份证号", "身份证号码", "身份证", "公民身份号码", "证件号码", "id number"),
    "department": (
        *("部门", "车间", "科室", "所属部门", "部门名称", "车间/部门", "部门/车间"),
        "department",
    ),
    "phone": ("手机号", "手机", "手机号码", "联系电话", "电话", "联系方式", "mobile", "phone"),
    "hire_date": ("入职日期", "入职时间", "入厂日期", "入厂时间", "hire date"),
    "job_title": ("岗位", "工种", "职务", "岗位名称", "岗位/工种", "工种/岗位", "job"),
    "hazards": (
        *("职业危害因素", "职业病危害因素", "接触职业危害因素", "危害因素", "接害因素"),
        "hazards",
    ),
    "departure_date": ("离职日期", "离职时间", "离岗日期", "departure date"),
}
# Words that make a heading a likely match when no usual name fits, the most specific first
# (身份证编号 is an ID number, not an employee no.).
KEYWORDS: dict[str, tuple[str, ...]] = {
    "id_number": ("身份证", "证件号", "身份号"),
    "phone": ("手机", "电话", "联系方式", "mobile", "phone"),
    "departure_date": ("离职", "离岗", "离厂"),
    "hire_date": ("入职", "入厂", "参加工作", "入司", "hire"),
    "birth_date": ("出生", "生日", "birth"),
    "hazards": ("危害", "接害", "hazard"),
    "job_title": ("岗位", "工种", "职务", "职位", "job"),
    "department": ("部门", "车间", "科室", "班组", "dept", "department"),
    "sex": ("性别", "gender"),
    "name": ("姓名", "名字", "name"),
    "employee_no": ("工号", "编号", "职工号", "员工号", "工卡", "no."),
}
FIELDS = tuple(SYNONYMS)
REQUIRED_COLUMNS = ("employee_no", "name", "department")
DATE_FIELDS = ("birth_date", "hire_date", "departure_date")
ROSTER_FIELDS = FieldSpec("roster", SYNONYMS, KEYWORDS, REQUIRED_COLUMNS)
# What is compared with the stored person to tell "updated" from "unchanged".
COMPARED = (
    "name",
    "sex",
    "birth_date",
    "id_number",
    "phone",
    "department",
    "job_title",
    "hazards",
    "hire_date",
    "departure_date",
)


@dataclass(frozen=True)
class ImportProblem:
    """One problem, where the user will look for it: row and column as the spreadsheet shows
    them (row None for the whole file), the header text, the value as read, a reason code."""

    row: int | None
    column: str  # "C"; "" when the problem is not about one column
    header: str  # the column's header as written in the file (or the expected name)
    field: str
    value: str
    code: str
    severity: Severity = Severity.ERROR
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceRow:
    number: int
    cells: Mapping[str, Value]  # field -> the cell as read


@dataclass(frozen=True)
class ParsedRoster:
    """The file read into rows; `problems` are about the whole file (nothing can be imported)."""

    path: Path
    sha256: str
    sheet: str = ""
    header_row: int | None = None
    columns: Mapping[str, int] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)
    ignored_columns: tuple[str, ...] = ()
    rows: tuple[SourceRow, ...] = ()
    problems: tuple[ImportProblem, ...] = ()
    # The columns as proposed or chosen, and the table they map (to map it again).
    mapping: ColumnMapping | None = None
    table: Table | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class PlannedRow:
    row: int
    employee_no: str
    name: str
    department: str
    action: Action
    changes: tuple[str, ...] = ()  # the fields an update changes
    previous_employee_no: str = ""  # set when HR gave the person this new number


@dataclass(frozen=True)
class RosterPreview:
    file_name: str
    sheet: str
    header_row: int | None
    columns: tuple[tuple[str, str, str], ...]  # (field, column letter, header text)
    ignored_columns: tuple[str, ...]
    planned: tuple[PlannedRow, ...]
    new_departments: tuple[str, ...]
    not_in_file: int  # people on the roster today that the file does not list
    problems: tuple[ImportProblem, ...]
    applied: bool = False

    def count(self, action: Action) -> int:
        return sum(1 for p in self.planned if p.action is action)

    @property
    def new(self) -> int:
        return self.count(Action.NEW)

    @property
    def updated(self) -> int:
        return self.count(Action.UPDATE)

    @property
    def unchanged(self) -> int:
        return self.count(Action.UNCHANGED)

    @property
    def errors(self) -> tuple[ImportProblem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[ImportProblem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)

    @property
    def can_apply(self) -> bool:
        """No error, and something to change."""
        return not self.errors and (self.new + self.updated) > 0
