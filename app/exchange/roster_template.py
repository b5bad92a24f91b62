"""The roster template (名册模板.xlsx): the columns the import reads, ready to fill in.

The ID number and mobile columns are formatted as text before anything is typed, so Excel
cannot turn an 18-digit ID into 1.30102E+17; every header cell carries a comment saying what
goes in it. The template is Chinese: it is handed to HR departments.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from app.exchange.roster_rows import REQUIRED_COLUMNS, SYNONYMS
from app.reports.atomic import atomic_path
from app.reports.xlsx.print_setup import set_up_printing
from app.reports.xlsx.safe_text import append_row, put

PREPARED_ROWS = 1000  # rows pre-formatted as text / date below the header (the column too)
TEXT = "@"
DATE = "yyyy-mm-dd"
NOTES_WIDTH = 95  # the instructions, wrapped: one A4 page upright

# field -> (comment, number format, column width)
COLUMNS: dict[str, tuple[str, str, int]] = {
    "employee_no": ("必填。每人唯一；已在名册中的工号会更新此人的信息。", TEXT, 12),
    "name": ("必填。", TEXT, 10),
    "sex": ("男 或 女。不填时按身份证号自动识别。", TEXT, 6),
    "birth_date": ("如 1990-05-01。不填时按身份证号自动识别；填写时须与身份证号一致。", DATE, 12),
    "id_number": (
        "18 位，最后一位可以是 X。本列已设为“文本”格式，请勿改成数字格式，"
        "否则 Excel 会丢掉末几位。",
        TEXT,
        21,
    ),
    "department": ("必填。部门或车间名称；新名称会自动新建部门。", TEXT, 12),
    "phone": ("11 位手机号。", TEXT, 13),
    "hire_date": ("如 2020-03-01。", DATE, 12),
    "job_title": ("岗位或工种，如 焊工。", TEXT, 12),
    "hazards": ("接触的职业危害因素，如 噪声、粉尘；没有可不填。", TEXT, 16),
    "departure_date": ("已离职人员填写离职日期（不再在名册中的第一天），在职人员不填。", DATE, 12),
}

INSTRUCTIONS = (
    "职工名册填写说明",
    "",
    "1. 在“职工名册”工作表的表头下逐行填写，每人一行；带 * 的列必须填写。",
    "2. 工号是每个人的唯一标识：导入时，名册中已有的工号会更新，新工号会新增。",
    "3. 身份证号列已设为文本格式。从其他表格粘贴时请用“选择性粘贴—数值”，不要粘贴成数字。",
    "4. 日期可以写 2023-05-01、2023/5/1、2023年5月1日 或 20230501。",
    "5. 空着的单元格不会清除系统里已有的信息。",
    "6. 导入前会先预览：列出新增、更新、不变的人数，以及每个问题所在的行和列；"
    "有错误时不会写入任何数据。",
)


def header_text(field: str) -> str:
    name = SYNONYMS[field][0]
    return f"{name}*" if field in REQUIRED_COLUMNS else name


def write_roster_template(path: Path) -> Path:
    """Write the template to `path` atomically (a previous file stays until it is complete)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "职工名册"
    fill = PatternFill("solid", fgColor="E4ECF5")
    for index, (field, (comment, number_format, width)) in enumerate(COLUMNS.items(), start=1):
        cell = put(sheet, 1, index, header_text(field))
        cell.font = Font(bold=True, color="C62828" if field in REQUIRED_COLUMNS else "000000")
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
        note = Comment(comment, "健康小屋台账")
        note.width, note.height = 260, 90
        cell.comment = note
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = width
        sheet.column_dimensions[letter].number_format = number_format
        for row in range(2, PREPARED_ROWS + 2):
            sheet.cell(row, index).number_format = number_format
    sheet.freeze_panes = "A2"
    sex_column = get_column_letter(list(COLUMNS).index("sex") + 1)
    choices = DataValidation(type="list", formula1='"男,女"', allow_blank=True)
    choices.error = "请填写 男 或 女"
    choices.add(f"{sex_column}2:{sex_column}{PREPARED_ROWS + 1}")
    sheet.add_data_validation(choices)
    set_up_printing(sheet, (1, 1), [width for _comment, _format, width in COLUMNS.values()])
    notes = book.create_sheet("填写说明")
    for line in INSTRUCTIONS:
        append_row(notes, [line])
    notes["A1"].font = Font(bold=True, size=13)
    for (cell,) in notes.iter_rows(min_row=2):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    notes.column_dimensions["A"].width = NOTES_WIDTH
    set_up_printing(notes, (1, 1), [NOTES_WIDTH])
    with atomic_path(Path(path)) as temp:
        book.save(temp)
    return Path(path)
