"""The sign-in spreadsheet import: every problem with its row and column; preview, then apply."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.catalogue.codes import ActivityStatus
from app.db.migrate import Database
from app.db.models import Attendance, AuditEntry, EmployeeNoChange, Staff
from app.exchange.sign_in_import import (
    ProblemCode,
    Severity,
    SignInImportRejected,
    apply_sign_in,
    preview_sign_in,
)
from app.services import activities
from app.services.unit_of_work import read_only, unit_of_work
from tests.activities_support import (  # noqa: F401 - the fixtures db, world
    World,
    world_db_fixture,
    world_fixture,
    world_template_fixture,
)
from tests.support import ADMIN, CHAIR


def sheet(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    book = Workbook()
    ws = book.active
    for row in rows:
        ws.append(list(row))
    book.save(path)
    return path


def state(db: Database) -> tuple[list[tuple[int | None, str | None]], int]:
    with read_only(db) as session:
        rows = [
            (a.staff_id, a.guest_name)
            for a in session.scalars(select(Attendance).order_by(Attendance.id))
        ]
        return rows, int(session.scalar(select(func.count(AuditEntry.id))) or 0)


def test_a_typed_in_sign_in_sheet_previews_then_applies_once(
    db: Database, world: World, tmp_path: Path
) -> None:
    path = sheet(
        tmp_path / "签到表.xlsx",
        [
            ["健康讲座：高血压防治 签到表"],  # a title row above the header
            [],
            ["序号", "部门", "工号", "姓名", "本人签名"],
            [1, "一车间", "HB001", "张三", "张三"],
            [2, "一车间", "HB002", "李四", None],  # not signed: did not come
            [3, "二车间", "ｈｂ００５", " 钱七 ", "钱七"],  # full-width, lower case, spaces
            [4, "", None, "周九", "周九"],  # name only: one 周九 on the roster
            [5, "市总工会", None, "刘干事", "刘干事"],  # not on the roster: a guest
        ],
    )
    before = state(db)
    preview = preview_sign_in(db, ADMIN, world.lecture_id, path)
    assert state(db) == before  # a preview writes nothing
    assert preview.can_apply
    assert (preview.new, preview.new_guests, preview.unchanged, preview.unsigned) == (3, 1, 0, 1)
    warnings = {(p.row, p.column, p.code) for p in preview.problems}
    assert warnings == {
        (7, "D", ProblemCode.MATCHED_BY_NAME),
        (7, "D", ProblemCode.OUTSIDE_TARGET),
        (8, "D", ProblemCode.GUEST),
    }
    assert all(p.severity is Severity.WARNING for p in preview.problems)

    result = apply_sign_in(db, ADMIN, world.lecture_id, path)
    figures = result.participation
    assert (figures.attended, figures.eligible, figures.outside_target, figures.guests) == (
        2,
        3,
        1,
        1,
    )
    rows, _ = state(db)
    assert sorted(r for r in rows if r[0]) == sorted(
        (world.staff[n], None) for n in ("HB001", "HB005", "HB007")
    )
    assert (None, "刘干事") in rows
    assert activities.get_activity(db, CHAIR, world.lecture_id).data.status is ActivityStatus.HELD

    again = apply_sign_in(db, ADMIN, world.lecture_id, path)  # the same file again
    assert (again.preview.new, again.preview.new_guests, again.preview.unchanged) == (0, 0, 4)
    assert state(db)[0] == rows


def test_every_problem_names_its_row_and_column_and_nothing_is_written(
    db: Database, world: World, tmp_path: Path
) -> None:
    path = sheet(
        tmp_path / "bad.xlsx",
        [
            ["工号", "姓名", "签到时间"],
            ["HB999", "某人", "14:20"],  # row 2: unknown employee no.
            ["HB001", "李四", "14:21"],  # row 3: the name does not match
            ["HB006", "孙八", "14:22"],  # row 4: left on the lecture's day
            [None, "张三", "14:23"],  # row 5: two people named 张三
            ["HB002", "=B3", "14:24"],  # row 6: a formula
            ["HB005", "钱七", "14:25"],  # row 7
            ["HB005", "钱七", "14:26"],  # row 8: repeats row 7 (a warning)
            [10001, "赵大", "14:27"],  # row 9: a number, not on the roster
        ],
    )
    before = state(db)
    preview = preview_sign_in(db, ADMIN, world.lecture_id, path)
    found = [(p.row, p.column, p.field, p.value, p.code, p.detail) for p in preview.problems]
    assert found == [
        (2, "A", "employee_no", "HB999", ProblemCode.UNKNOWN_EMPLOYEE_NO, ""),
        (3, "B", "name", "李四", ProblemCode.NAME_MISMATCH, "张三"),
        (4, "A", "employee_no", "HB006", ProblemCode.NOT_ON_ROSTER, "2026-03-10"),
        (5, "B", "name", "张三", ProblemCode.AMBIGUOUS_NAME, "2"),
        (6, "B", "name", "=B3", ProblemCode.FORMULA, ""),
        (8, "A", "employee_no", "HB005", ProblemCode.DUPLICATE, "7"),
        (9, "A", "employee_no", "10001", ProblemCode.UNKNOWN_EMPLOYEE_NO, ""),
    ]
    assert not preview.can_apply and len(preview.errors) == 6
    with pytest.raises(SignInImportRejected) as rejected:
        apply_sign_in(db, ADMIN, world.lecture_id, path)
    assert len(rejected.value.preview.errors) == 6
    assert state(db) == before
    assert (
        activities.get_activity(db, CHAIR, world.lecture_id).data.status is ActivityStatus.PLANNED
    )


@pytest.mark.parametrize(
    ("name", "content", "code", "detail"),
    [
        ("notes.xlsx", b"this is not a workbook", ProblemCode.UNREADABLE, "not_a_spreadsheet"),
        ("photo.jpg", b"\xff\xd8\xff", ProblemCode.UNREADABLE, "not_a_spreadsheet"),
        ("empty.csv", b"", ProblemCode.UNREADABLE, "empty"),
        (
            "header.csv",
            "部门,备注\n一车间,无\n".encode(),
            ProblemCode.NO_HEADER,
            "employee_no,name",
        ),
    ],
)
def test_files_that_are_not_sign_in_sheets(
    db: Database, world: World, tmp_path: Path, name: str, content: bytes, code: str, detail: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    preview = preview_sign_in(db, ADMIN, world.lecture_id, path)
    assert [(p.row, p.code, p.detail) for p in preview.problems] == [(0, code, detail)]
    assert not preview.can_apply


def test_a_gb18030_csv_is_read(db: Database, world: World, tmp_path: Path) -> None:
    path = tmp_path / "签到.csv"
    path.write_bytes("工号,姓名\nHB001,张三\nHB002,李四\n".encode("gb18030"))
    result = apply_sign_in(db, ADMIN, world.lecture_id, path)
    assert result.participation.attended == 2


def test_an_old_employee_no_still_finds_the_person(
    db: Database, world: World, tmp_path: Path
) -> None:
    with unit_of_work(db) as session:
        person = session.get(Staff, world.staff["HB001"])
        assert person is not None
        person.employee_no = "HB9001"  # renumbered by an HR roster import
        session.add(
            EmployeeNoChange(staff_id=person.id, old_employee_no="HB001", new_employee_no="HB9001")
        )
    path = sheet(tmp_path / "old.xlsx", [["工号", "姓名"], ["hb001", "张三"]])
    preview = preview_sign_in(db, ADMIN, world.lecture_id, path)
    assert preview.can_apply and preview.new == 1
    assert [(p.row, p.column, p.code, p.detail) for p in preview.problems] == [
        (2, "A", ProblemCode.OLD_EMPLOYEE_NO, "HB9001")
    ]
    apply_sign_in(db, ADMIN, world.lecture_id, path)
    assert (world.staff["HB001"], None) in state(db)[0]
