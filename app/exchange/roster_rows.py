"""What a roster import talks about: the columns and their usual Chinese names, one planned
change and the preview of the whole import (app.exchange.roster_checks checks and plans,
app.exchange.roster_import applies; what every import shares is in app.exchange.sheet_rows)."""

from __future__ import annotations

from dataclasses import dataclass

from app.catalogue.import_preview import RowAction as Action
from app.exchange.column_mapping import FieldSpec
from app.exchange.sheet_rows import ImportPreview, ImportProblem

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
class PlannedRow:
    row: int
    employee_no: str
    name: str
    department: str
    action: Action
    changes: tuple[str, ...] = ()  # the fields an update changes
    previous_employee_no: str = ""  # set when HR gave the person this new number


@dataclass(frozen=True)
class RosterPreview(ImportPreview[PlannedRow]):
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
