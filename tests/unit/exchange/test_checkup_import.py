"""Check-up results import as partner hospitals hand their results over: matching people,
grading results, preview, one audited transaction, the health files and indicators refreshed,
and never a visit."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.catalogue.checkups import CheckupItem
from app.catalogue.codes import Sex
from app.catalogue.import_preview import MatchedBy
from app.catalogue.import_preview import RowAction as Action
from app.catalogue.readings import Flag
from app.db.migrate import Database
from app.db.models import AuditEntry, Checkup, CheckupResult, HealthFile, Staff, UsageVisit
from app.domain.health_risk import RiskLevel
from app.domain.id_number import make_id_number
from app.domain.periods import Period
from app.domain.staff import PersonInput
from app.domain.targets import IndicatorKey
from app.exchange.checkup_import import import_checkups, parse_checkups, preview_checkups
from app.services import health_files
from app.services.backups import backup_folder
from app.services.indicators import compute_indicators
from app.services.staff import save_person
from app.services.unit_of_work import read_only, unit_of_work
from tests.checkup_files import HEADER, Person, checkup_rows, write_checkups_xlsx
from tests.support import ADMIN, TECH

TODAY = dt.date(2026, 11, 16)
ON = dt.date(2026, 5, 12)
ID_A = make_id_number("130902", dt.date(1985, 3, 9), 12, Sex.FEMALE)
ID_B = make_id_number("110105", dt.date(1979, 12, 31), 40, Sex.MALE)
ID_C = make_id_number("130903", dt.date(1990, 7, 1), 22, Sex.MALE)

SHORT = ["姓名", "身份证号", "工号", "出生日期", "体检日期", "血压", "空腹血糖", "总胆固醇", "BMI"]


def _person(
    db: Database, no: str, name: str, id_number: str | None, birth: dt.date, sex: Sex
) -> int:
    person = PersonInput(
        employee_no=no,
        name=name,
        department="一车间",
        sex=sex,
        birth_date=birth,
        id_number=id_number,
    )
    return save_person(db, ADMIN, None, person, TODAY).id


@pytest.fixture
def staff(db: Database) -> dict[str, int]:
    return {
        "A": _person(db, "ZG001", "张芳", ID_A, dt.date(1985, 3, 9), Sex.FEMALE),
        "B": _person(db, "ZG002", "李强", ID_B, dt.date(1979, 12, 31), Sex.MALE),
        "C": _person(db, "ZG003", "王伟", None, dt.date(1990, 7, 1), Sex.MALE),
        # Two people with one name and birth date: only a number tells them apart.
        "D1": _person(db, "ZG004", "刘洋", None, dt.date(1988, 8, 8), Sex.MALE),
        "D2": _person(db, "ZG005", "刘洋", None, dt.date(1988, 8, 8), Sex.MALE),
    }


def sheet(tmp_path: Path, rows: list[list[object]], header: list[str] = SHORT) -> Path:
    return write_checkups_xlsx(tmp_path / "checkups.xlsx", rows, header)


def test_people_matched_by_id_then_employee_no_then_name_and_birth_date(
    db: Database, staff: dict[str, int], tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["张芳", ID_A.lower(), "", "", ON, "118/76", "5.1", "4.2", "21.0"],
        ["李强", "", "ZG002", "", "2026/5/12", "150/96↑", "7.4 mmol/L", "6.3↑", "29.1"],
        ["王伟", "", "", dt.date(1990, 7, 1), "20260512", "128/82", "未查", "弃检", ""],
        ["刘洋", "", "", dt.date(1988, 8, 8), ON, "120/80", "5.0", "4.0", "22"],
        ["赵六", "", "", dt.date(1970, 1, 1), ON, "120/80", "5.0", "4.0", "22"],
        ["李四", ID_B, "", "", ON, "120/80", "5.0", "4.0", "22"],
    ]
    preview = preview_checkups(db, ADMIN, parse_checkups(sheet(tmp_path, rows)), TODAY)
    assert not preview.errors, preview.problems
    assert [(p.row, p.matched_by) for p in preview.planned] == [
        (3, MatchedBy.ID_NUMBER),
        (4, MatchedBy.EMPLOYEE_NO),
        (5, MatchedBy.NAME_AND_BIRTH),
    ]
    skipped = {(p.row, p.code) for p in preview.skipped}
    # the totals line the hospital adds below is skipped with its own word
    assert skipped == {
        (6, "several_match"),
        (7, "no_match"),
        (8, "name_mismatch"),
        (9, "totals_skipped"),
    }
    several = next(p for p in preview.problems if p.code == "several_match")
    assert several.args == ("2",) and several.column == "A"
    mismatch = next(p for p in preview.problems if p.code == "name_mismatch")
    assert mismatch.args == ("ZG002", "李强")
    b = preview.planned[1]
    assert dict((i, (v, f)) for i, v, f in b.results) == {
        CheckupItem.SYSTOLIC: (150.0, Flag.GRADE_1),
        CheckupItem.DIASTOLIC: (96.0, Flag.GRADE_1),
        CheckupItem.GLUCOSE_FASTING: (7.4, Flag.HIGH),
        CheckupItem.TOTAL_CHOLESTEROL: (6.3, Flag.HIGH),
        CheckupItem.BMI: (29.1, Flag.OBESE),
    }
    # 未查 and 弃检 are no result, not an error
    assert [i for i, _v, _f in preview.planned[2].results] == [
        CheckupItem.SYSTOLIC,
        CheckupItem.DIASTOLIC,
    ]
    assert preview.planned[0].checkup_date == ON == preview.planned[2].checkup_date
    assert preview.can_apply
    with read_only(db) as session:
        assert session.scalar(select(func.count()).select_from(Checkup)) == 0


def test_import_is_its_own_record_never_a_visit_and_refreshes_files_and_indicators(
    db: Database, staff: dict[str, int], tmp_path: Path
) -> None:
    empty: dict[str, Any] = dict.fromkeys(health_files.FILE_FIELDS)
    old_file = health_files.HealthFileData(**{**empty, "data_updated_on": dt.date(2025, 3, 1)})
    health_files.save_health_file(db, ADMIN, staff["B"], old_file, TODAY)
    rows: list[list[object]] = [
        ["张芳", ID_A, "", "", ON, "118/76", "5.1", "4.2", "21.0"],
        ["李强", ID_B, "", "", ON, "165/102", "12.4", "6.3", "29.1"],
    ]
    year = Period.parse("2026")
    before = compute_indicators(db, ADMIN, year, TODAY, drill=False)
    assert health_files.get_health_file(db, ADMIN, staff["B"], TODAY).risk.level is (
        RiskLevel.NORMAL
    )

    result = import_checkups(db, ADMIN, parse_checkups(sheet(tmp_path, rows)), TODAY)

    assert result.applied and (result.new, result.people) == (2, 2)
    view = health_files.get_health_file(db, ADMIN, staff["B"], TODAY)
    assert view.risk.level is RiskLevel.HIGH
    assert {r.code for r in view.risk.reasons} >= {"bp_very_high", "glucose_very_high"}
    assert view.file is not None
    assert (view.file.systolic, view.file.diastolic, view.file.fasting_glucose) == (165, 102, 12.4)
    assert view.file.data_updated_on == ON == view.file.last_checkup_date
    assert view.current
    after = compute_indicators(db, ADMIN, year, TODAY, drill=False)
    updated = {r.key: r for r in after.results}[IndicatorKey.HEALTH_DATA_UPDATED]
    was = {r.key: r for r in before.results}[IndicatorKey.HEALTH_DATA_UPDATED]
    assert updated.numerator == (was.numerator or 0) + 2
    usage = {r.key: r for r in after.results}[IndicatorKey.USAGE_RATE]
    assert usage.numerator == {r.key: r for r in before.results}[IndicatorKey.USAGE_RATE].numerator
    with read_only(db) as session:
        assert session.scalar(select(func.count()).select_from(UsageVisit)) == 0
        assert session.scalar(select(func.count()).select_from(Checkup)) == 2
        flags = {
            item: flag
            for item, flag in session.execute(
                select(CheckupResult.item, CheckupResult.flag)
                .join(Checkup)
                .where(Checkup.staff_id == staff["B"])
            )
        }
        assert flags["systolic"] == "grade_2" and flags["bmi"] == "obese"
        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity == "checkup")).one()
        details = json.loads(audit.after_json or "{}")
        assert details["new"] == 2 and details["abnormal"]["total_cholesterol"] == 1


def test_same_file_again_changes_nothing_and_a_corrected_file_updates(
    db: Database, staff: dict[str, int], tmp_path: Path
) -> None:
    rows: list[list[object]] = [["张芳", ID_A, "", "", ON, "118/76", "5.1", "4.2", "21.0"]]
    path = sheet(tmp_path, rows)
    assert import_checkups(db, ADMIN, parse_checkups(path), TODAY).applied
    again = import_checkups(db, ADMIN, parse_checkups(path), TODAY)
    assert not again.applied and again.unchanged == 1
    rows[0][7] = "5.9"
    corrected = import_checkups(db, ADMIN, parse_checkups(sheet(tmp_path, rows)), TODAY)
    assert corrected.applied and corrected.planned[0].action is Action.UPDATE
    with read_only(db) as session:
        values = [
            tuple(r) for r in session.execute(select(CheckupResult.item, CheckupResult.value))
        ]
        assert ("total_cholesterol", 5.9) in values
        assert session.scalar(select(func.count()).select_from(Checkup)) == 1


@pytest.mark.parametrize(
    ("column", "value", "code", "args"),
    [
        (7, "5.5 mg/dL", "result_unit", ("mg/dL", "mmol/L")),
        (7, "55", "result_implausible", ("0.5", "25")),
        (7, "偏高", "result_not_a_number", ()),
        (7, True, "result_not_a_number", ()),
        (5, "120-80", "result_not_a_pair", ()),
        (5, "80/120", "diastolic_not_below_systolic", ()),
        (4, "2026-13-40", "bad_date", ()),
        (4, dt.date(2027, 1, 1), "date_in_future", ()),
        (4, None, "required", ()),
    ],
)
def test_a_bad_cell_is_an_error_where_it_is_and_nothing_is_written(
    db: Database,
    staff: dict[str, int],
    tmp_path: Path,
    column: int,
    value: object,
    code: str,
    args: tuple[str, ...],
) -> None:
    rows: list[list[object]] = [
        ["张芳", ID_A, "", "", ON, "118/76", "5.1", "4.2", "21.0"],
        ["李强", ID_B, "", "", ON, "120/80", "5.1", "4.2", "21.0"],
    ]
    rows[1][column] = value
    path = sheet(tmp_path, rows)
    before = sqlite_digest(db.path)
    result = import_checkups(db, ADMIN, parse_checkups(path), TODAY)
    assert not result.applied
    (error,) = result.errors
    assert (error.row, error.column, error.code, error.args) == (4, "ABCDEFGHI"[column], code, args)
    assert sqlite_digest(db.path) == before


def test_a_file_without_a_way_to_find_people_names_the_missing_columns(
    db: Database, tmp_path: Path
) -> None:
    path = sheet(tmp_path, [["张芳", ON, "5.1"]], header=["姓名", "体检日期", "空腹血糖"])
    parsed = parse_checkups(path)
    codes = {(p.code, p.field) for p in parsed.problems}
    assert codes == {
        ("missing_column", "id_number"),
        ("missing_column", "employee_no"),
        ("missing_column", "birth_date"),
    }
    assert not import_checkups(db, ADMIN, parsed, TODAY).applied


def test_only_health_staff_import(db: Database, tmp_path: Path) -> None:
    from app.services.actor import PermissionDenied

    path = sheet(tmp_path, [["张芳", ID_A, "", "", ON, "", "", "", ""]])
    with pytest.raises(PermissionDenied):
        preview_checkups(db, TECH, parse_checkups(path), TODAY)


def test_a_full_hospital_sheet_imports_with_a_backup_first(
    demo_db: Database, tmp_path: Path
) -> None:
    with read_only(demo_db) as session:
        people = [
            Person(s.employee_no, s.name, s.sex, s.birth_date, s.id_number, s.department.name)
            for s in session.scalars(select(Staff).order_by(Staff.id).limit(60))
        ]
    path = write_checkups_xlsx(tmp_path / "hospital.xlsx", checkup_rows(people), HEADER)
    folder = backup_folder(demo_db)
    backups = set(folder.glob("*"))
    result = import_checkups(demo_db, ADMIN, parse_checkups(path), TODAY)
    assert not result.errors, result.errors[:3]
    assert result.applied and result.new == 60
    assert {p.code for p in result.skipped} == {"totals_skipped"}
    assert set(folder.glob("*before-import*")) - backups
    with unit_of_work(demo_db) as session:
        texts = session.execute(select(Checkup.ecg, Checkup.conclusion)).first()
        assert texts is not None and all(texts)
        files = session.scalar(
            select(func.count()).select_from(HealthFile).where(HealthFile.last_checkup_date == ON)
        )
        assert files == 60


def sqlite_digest(path: Path) -> list[object]:
    con = sqlite3.connect(path)
    try:
        tables = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [(t, sorted(map(repr, con.execute(f"SELECT * FROM {t}")))) for t in sorted(tables)]
    finally:
        con.close()
