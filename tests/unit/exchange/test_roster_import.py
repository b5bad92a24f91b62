"""Roster import as HR departments hand rosters over: preview, apply, update, re-import."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy import update as sql_update

from app.catalogue.codes import Sex
from app.catalogue.import_preview import RowAction as Action
from app.db.migrate import Database, open_database
from app.db.models import AuditEntry, Department, EmployeeNoChange, Staff
from app.domain.id_number import make_id_number
from app.exchange.roster_import import import_roster, parse_roster, preview_roster
from app.exchange.roster_template import write_roster_template
from app.services import roster
from app.services.unit_of_work import read_only, unit_of_work
from tests.roster_files import people, write_csv, write_xlsx
from tests.support import ADMIN, TECH

TODAY = dt.date(2026, 11, 16)
ID_A = make_id_number("130902", dt.date(1985, 3, 9), 12, Sex.FEMALE)
ID_B = make_id_number("110105", dt.date(1979, 12, 31), 40, Sex.MALE)


def hr_workbook(path: Path) -> Path:
    """Two title rows, a merged department cell, blank rows, full-width text, synonyms, every
    date style, a lower-case x, no sex column (derived from the ID), a column we do not use."""
    book = Workbook()
    sheet = book.active
    sheet.append(["华北机械 2026 年职工花名册"])
    sheet.merge_cells("A1:H1")
    sheet.append(["制表：人事部", None, None, None, None, None, None, "2026-11-01"])
    sheet.append(
        ["序号", "员工编号", "姓　名", "身份证号码", "车间（必填）", "联系电话", "入职时间", "工种"]
    )
    sheet.append(
        [1, "ＨＢ２０００１", " 张  三 ", ID_A.lower(), "铆焊车间", "138-1234-5678", 45047, "焊工"]
    )
    sheet.append([2, "HB20002", "李四", ID_B, None, "+86 13912345678", "2023年5月1日", "铆工"])
    sheet.merge_cells("E4:E5")  # the department written once for two people
    sheet.append([])
    sheet.append([3, 20003, "Mary Smith", None, "技术部", None, "20230501", "工程师"])
    sheet.append([4, "HB20004", "王五", None, "技术部", 13700001111, "2023/5/1", None])
    sheet.append([None, None, None, None, None, None, None, None])
    book.save(path)
    return path


def test_preview_reads_real_world_layout_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    parsed = parse_roster(hr_workbook(tmp_path / "hr.xlsx"))
    assert parsed.header_row == 3
    assert parsed.ignored_columns == ("序号",)
    preview = preview_roster(db, ADMIN, parsed, TODAY)
    assert not preview.errors, preview.problems
    assert (preview.new, preview.updated, preview.unchanged) == (4, 0, 0)
    assert [p.row for p in preview.planned] == [4, 5, 7, 8]
    assert preview.new_departments == ("铆焊车间", "技术部")
    assert preview.can_apply
    assert roster.count_staff(db, ADMIN, include_departed=True) == 0


def test_apply_stores_clean_values_in_one_audited_transaction(db: Database, tmp_path: Path) -> None:
    result = import_roster(db, ADMIN, parse_roster(hr_workbook(tmp_path / "hr.xlsx")), TODAY)
    assert result.applied and result.new == 4
    with read_only(db) as session:
        people_by_no = {s.employee_no: s for s in session.scalars(select(Staff))}
        assert set(people_by_no) == {"HB20001", "HB20002", "20003", "HB20004"}
        zhang = people_by_no["HB20001"]
        assert zhang.name == "张三"
        assert zhang.id_number == ID_A.upper()
        assert zhang.sex == "F" and zhang.birth_date == dt.date(1985, 3, 9)  # from the ID
        assert zhang.phone == "13812345678"
        assert zhang.hire_date == dt.date(2023, 5, 1)
        assert zhang.department.name == "铆焊车间"
        assert (zhang.name_pinyin, zhang.name_initials) == ("zhangsan", "zs")
        li = people_by_no["HB20002"]
        assert li.department.name == "铆焊车间"  # the merged cell
        assert li.phone == "13912345678" and li.sex == "M"
        assert people_by_no["20003"].name == "Mary Smith"
        assert people_by_no["HB20004"].phone == "13700001111"
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
        assert len(entries) == 1
        after = json.loads(entries[0].after_json or "{}")
        assert (after["new"], after["updated"], after["file"]) == (4, 0, "hr.xlsx")
        assert after["new_departments"] == ["铆焊车间", "技术部"]
        assert session.scalar(select(func.count()).select_from(Department)) == 2


def test_the_same_file_again_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    db = open_database(path)
    source = write_xlsx(tmp_path / "r.xlsx", people(25))
    assert import_roster(db, ADMIN, parse_roster(source), TODAY).applied
    db.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    db = open_database(path)
    again = import_roster(db, ADMIN, parse_roster(source), TODAY)
    db.close()
    assert not again.applied and not again.errors
    assert (again.new, again.updated, again.unchanged) == (0, 0, 25)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_updates_by_employee_no_and_blank_cells_keep_data(db: Database, tmp_path: Path) -> None:
    rows = people(3)
    import_roster(db, ADMIN, parse_roster(write_xlsx(tmp_path / "a.xlsx", rows)), TODAY)
    # A partial sheet: only numbers, names and new phones; one new person.
    update = [
        [rows[0][0], rows[0][1], "13800000001"],
        [rows[1][0], rows[1][1], None],
        ["ZG99999", "新人", "13800000003"],
    ]
    source = write_csv(tmp_path / "b.csv", update, ["工号", "姓名", "手机", "部门"][:3])
    # The department column is required: the file is refused until it is there.
    assert preview_roster(db, ADMIN, parse_roster(source), TODAY).errors
    update = [[*r, "一车间"] for r in update]
    source = write_csv(tmp_path / "b.csv", update, ["工号", "姓名", "手机", "部门"])
    preview = preview_roster(db, ADMIN, parse_roster(source), TODAY)
    actions = {p.employee_no: (p.action, p.changes) for p in preview.planned}
    first_changes = ("phone",) + (("department",) if rows[0][5] != "一车间" else ())
    assert actions[rows[0][0]] == (Action.UPDATE, first_changes)
    assert actions["ZG99999"] == (Action.NEW, ())
    assert preview.not_in_file == 1  # rows[2] is not listed and stays as it is
    long_ago = dt.datetime(2020, 1, 1, 8, 0)
    with unit_of_work(db) as session:  # the first import's times, set back to tell them apart
        session.execute(sql_update(Staff).values(created_at=long_ago, updated_at=long_ago))
    started = dt.datetime.now().replace(microsecond=0)
    assert import_roster(db, ADMIN, parse_roster(source), TODAY).applied
    with read_only(db) as session:
        first = session.scalars(select(Staff).where(Staff.employee_no == rows[0][0])).one()
        assert first.phone == "13800000001"
        assert first.id_number == rows[0][4]  # the blank ID cell kept the stored number
        assert (first.created_at, first.birth_date) == (long_ago, rows[0][3])
        assert first.updated_at >= started  # changed now, created then
        second = session.scalars(select(Staff).where(Staff.employee_no == rows[1][0])).one()
        assert second.phone == rows[1][6]
        third = session.scalars(select(Staff).where(Staff.employee_no == rows[2][0])).one()
        assert third.updated_at == long_ago  # not in the file: untouched
        new = session.scalars(select(Staff).where(Staff.employee_no == "ZG99999")).one()
        assert new.created_at >= started and new.updated_at == new.created_at
        assert (new.name_pinyin, new.name_initials, new.department.name) == (
            "xinren",
            "xr",
            "一车间",
        )


def test_two_people_swapping_id_numbers_is_not_a_clash(db: Database, tmp_path: Path) -> None:
    rows = people(2)
    import_roster(db, ADMIN, parse_roster(write_xlsx(tmp_path / "a.xlsx", rows)), TODAY)
    swapped = [list(rows[0]), list(rows[1])]
    for row, other in ((swapped[0], rows[1]), (swapped[1], rows[0])):
        row[2], row[3], row[4], row[7] = other[2], other[3], other[4], other[7]
    result = import_roster(db, ADMIN, parse_roster(write_xlsx(tmp_path / "b.xlsx", swapped)), TODAY)
    assert result.applied and result.updated == 2, result.problems
    with read_only(db) as session:
        assert (
            session.scalar(select(Staff.id_number).where(Staff.employee_no == rows[0][0]))
            == (rows[1][4])
        )


def test_departure_column_and_warnings_do_not_block(db: Database, tmp_path: Path) -> None:
    header = ["工号", "姓名", "身份证号", "部门", "入职日期", "离职日期"]
    unknown_region = make_id_number("990101", dt.date(1990, 1, 1), 3, Sex.MALE)
    unknown_region = "77" + unknown_region[2:17]
    from app.domain.id_number import check_digit

    unknown_region += check_digit(unknown_region)
    rows = [
        ["A1", "甲", ID_A, "一车间", "2010-01-01", "2026-12-01"],
        ["A2", "乙", unknown_region, "一车间", "2012-01-01", None],
        [None, None, None, "一车间", None, None],  # a merged-cell leftover: skipped quietly
        [None, None, None, None, "2020-01-01", None],  # data without a person: warned
    ]
    result = import_roster(db, ADMIN, parse_roster(write_csv(tmp_path / "d.csv", rows, header)))
    assert result.applied and result.new == 2
    assert [(p.row, p.code) for p in result.warnings] == [
        (3, "id_unknown_region"),
        (5, "row_skipped"),
    ]
    on_roster = roster.list_staff(db, ADMIN, on=dt.date(2026, 11, 30))
    assert {r.employee_no for r in on_roster} == {"A1", "A2"}
    after = roster.list_staff(db, ADMIN, on=dt.date(2026, 12, 1))
    assert {r.employee_no for r in after} == {"A2"}  # the departure date is the first day off


def test_template_has_text_id_column_and_comments_and_imports_once_filled(
    db: Database, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    path = write_roster_template(tmp_path / "模板.xlsx")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    assert headers[:6] == ["工号*", "姓名*", "性别", "出生日期", "身份证号", "部门*"]
    id_column = headers.index("身份证号") + 1
    assert sheet.cell(2, id_column).number_format == "@"
    assert all(c.comment is not None and c.comment.text for c in sheet[1])
    assert "文本" in sheet.cell(1, id_column).comment.text
    assert parse_roster(path).problems[0].code == "no_rows"  # an empty template
    sheet.cell(2, 1).value = "T1"
    sheet.cell(2, 2).value = "赵六"
    sheet.cell(2, id_column).value = ID_B
    sheet.cell(2, 6).value = "行政部"
    # Instruction 4: a date typed as 20230501 in the template's date-formatted hire column
    # (Excel keeps it as the number 20,230,501, far beyond any date serial).
    hire_column = headers.index("入职日期") + 1
    sheet.cell(2, hire_column).value = 20230501
    assert "yy" in sheet.cell(2, hire_column).number_format.lower()
    book.save(path)
    result = import_roster(db, ADMIN, parse_roster(path), TODAY)
    assert result.applied and result.new == 1
    with read_only(db) as session:
        hired = session.scalar(select(Staff.hire_date).where(Staff.employee_no == "T1"))
    assert hired == dt.date(2023, 5, 1)


def test_only_chair_and_admin_import(db: Database, tmp_path: Path) -> None:
    import pytest

    from app.services.actor import PermissionDenied

    parsed = parse_roster(write_xlsx(tmp_path / "a.xlsx", people(1)))
    with pytest.raises(PermissionDenied):
        import_roster(db, TECH, parsed, TODAY)


def test_a_failure_after_writing_rolls_everything_back(db: Database, tmp_path: Path) -> None:
    """Apply is one transaction: cancelling at its last step leaves no person, department or
    audit entry behind."""
    import pytest

    class Cancelled(Exception):
        pass

    def progress(_percent: int, stage: str) -> None:
        if stage == "done":  # after the rows, the departments and the audit entry
            raise Cancelled

    parsed = parse_roster(write_xlsx(tmp_path / "a.xlsx", people(30)))
    with pytest.raises(Cancelled):
        import_roster(db, ADMIN, parsed, TODAY, progress)
    with read_only(db) as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 0
        assert session.scalar(select(func.count()).select_from(Department)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0
    assert import_roster(db, ADMIN, parsed, TODAY).new == 30


def test_an_import_that_writes_is_preceded_by_a_verified_backup(
    db: Database, tmp_path: Path
) -> None:
    import sqlite3

    from app.services.backups import list_automatic_backups

    first = write_xlsx(tmp_path / "a.xlsx", people(3))
    assert import_roster(db, ADMIN, parse_roster(first), TODAY).applied
    backups = list_automatic_backups(db)
    assert len(backups) == 1  # taken before the first import: the roster was still empty
    copy = sqlite3.connect(backups[0].path)
    assert copy.execute("SELECT count(*) FROM staff").fetchone() == (0,)
    copy.close()

    assert not import_roster(db, ADMIN, parse_roster(first), TODAY).applied
    assert len(list_automatic_backups(db)) == 1  # nothing to write: no backup needed


def test_same_id_under_a_new_employee_no_is_a_change_of_number(
    db: Database, tmp_path: Path
) -> None:
    rows = people(3, seed=41)
    first = import_roster(db, ADMIN, parse_roster(write_xlsx(tmp_path / "a.xlsx", rows)), TODAY)
    assert first.applied
    with read_only(db) as session:
        staff_id = session.scalar(select(Staff.id).where(Staff.employee_no == rows[0][0]))
    renumbered = [list(r) for r in rows]
    renumbered[0][0] = "NEW-001"
    renumbered[0][6] = "13912340000"  # and a new phone in the same row
    parsed = parse_roster(write_xlsx(tmp_path / "b.xlsx", renumbered))
    preview = preview_roster(db, ADMIN, parsed, TODAY)
    assert not preview.errors
    change = next(p for p in preview.planned if p.employee_no == "NEW-001")
    assert change.action is Action.UPDATE and change.previous_employee_no == rows[0][0]
    assert change.changes == ("employee_no", "phone")
    warning = next(p for p in preview.warnings if p.code == "employee_no_changed")
    assert (warning.row, warning.column, warning.args) == (3, "A", (rows[0][0], rows[0][1]))
    assert preview.new == 0 and preview.not_in_file == 0

    done = import_roster(db, ADMIN, parsed, TODAY)
    assert done.applied and done.updated == 1
    with read_only(db) as session:
        person = session.get(Staff, staff_id)
        assert person is not None and person.employee_no == "NEW-001"
        assert person.phone == "13912340000"
        history = session.scalars(select(EmployeeNoChange)).one()
        assert (history.staff_id, history.old_employee_no, history.new_employee_no) == (
            staff_id,
            rows[0][0],
            "NEW-001",
        )
        assert history.source == "b.xlsx"
        audited = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "staff", AuditEntry.entity_id == str(staff_id)
            )
        ).all()
        assert any(
            "NEW-001" in (a.after_json or "") and rows[0][0] in (a.before_json or "")
            for a in audited
        )


def test_same_id_under_another_name_or_a_listed_number_stays_an_error(
    db: Database, tmp_path: Path
) -> None:
    rows = people(2, seed=42)
    assert import_roster(
        db, ADMIN, parse_roster(write_xlsx(tmp_path / "a.xlsx", rows)), TODAY
    ).applied
    other_name = [[*rows[1][:1], *rows[1][1:]], ["NEW-9", "别人", *rows[0][2:]]]
    result = import_roster(
        db, ADMIN, parse_roster(write_xlsx(tmp_path / "b.xlsx", other_name)), TODAY
    )
    assert not result.applied
    assert ("id_taken", 4) in [(p.code, p.row) for p in result.errors]
    still_listed = [rows[0], ["NEW-9", *rows[0][1:]]]  # the old number is still in the file
    result = import_roster(
        db, ADMIN, parse_roster(write_xlsx(tmp_path / "c.xlsx", still_listed)), TODAY
    )
    assert not result.applied
    assert "duplicate_id_in_file" in [p.code for p in result.errors]


def test_a_short_file_on_a_large_roster_is_checked_against_the_people_it_names(
    db: Database, tmp_path: Path
) -> None:
    """Forty people on the roster, a file naming three: the planner reads those three through
    the indexes, and every rule (update, change of number, ID taken, the count of the people
    left out) comes out as against the whole roster."""
    rows = people(40, seed=43)
    assert import_roster(
        db, ADMIN, parse_roster(write_xlsx(tmp_path / "a.xlsx", rows)), TODAY
    ).applied
    with unit_of_work(db) as session:  # one has left: not counted among those left out
        session.execute(
            sql_update(Staff)
            .where(Staff.employee_no == rows[39][0])
            .values(departure_date=dt.date(2026, 1, 1))
        )
    changed = [list(rows[0]), list(rows[1]), ["NEW-77", "别人", *rows[2][2:]]]
    changed[0][6] = "13912340000"  # a new phone
    changed[1][0] = "NEW-2"  # renumbered by HR: same ID number and name
    preview = preview_roster(
        db, ADMIN, parse_roster(write_xlsx(tmp_path / "b.xlsx", changed)), TODAY
    )
    by_no = {p.employee_no: p for p in preview.planned}
    assert by_no[rows[0][0]].action is Action.UPDATE and by_no[rows[0][0]].changes == ("phone",)
    assert by_no["NEW-2"].previous_employee_no == rows[1][0]
    assert [p.code for p in preview.errors] == ["id_taken"]
    assert preview.errors[0].args == (rows[2][0], rows[2][1])
    assert preview.not_in_file == 40 - 1 - 2  # the leaver, the two listed


def test_numbers_with_quotes_and_backslashes_are_found_through_the_indexes(
    db: Database, tmp_path: Path
) -> None:
    """The numbers a short file names reach SQLite as one JSON array: quotes, backslashes,
    brackets and Chinese in an employee no. come back as the people they name."""
    rows = people(40, seed=5)
    rows[0][0], rows[1][0], rows[2][0] = 'A"1\\x', "工号[2],", "B-3'}"
    assert import_roster(
        db, ADMIN, parse_roster(write_xlsx(tmp_path / "a.xlsx", rows)), TODAY
    ).applied
    changed = [list(row) for row in rows[:3]]
    for row in changed:
        row[6] = "13912340000"
    preview = preview_roster(
        db, ADMIN, parse_roster(write_xlsx(tmp_path / "b.xlsx", changed)), TODAY
    )
    assert not preview.errors, preview.problems
    assert [(p.employee_no, p.action, p.changes) for p in preview.planned] == [
        (row[0], Action.UPDATE, ("phone",)) for row in rows[:3]
    ]
    assert preview.not_in_file == 40 - 3
