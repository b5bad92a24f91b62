"""Column mapping: the guess beyond the usual names (and how sure it is), one field per
column, the remembered mapping per header signature, --map, and imports that need them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.db.migrate import Database
from app.db.models import Department, Staff
from app.exchange.column_mapping import (
    Confidence,
    MapOptionError,
    apply_map_option,
    guess_field,
    header_signature,
    propose,
)
from app.exchange.roster_import import import_roster, parse_roster, remap_roster
from app.exchange.roster_rows import ROSTER_FIELDS, SYNONYMS
from app.exchange.sign_in_import import SIGN_IN_FIELDS
from app.exchange.spreadsheet import Row, Table
from app.services.import_mappings import remembered_mappings
from app.services.unit_of_work import read_only
from tests.roster_files import people, write_xlsx
from tests.support import ADMIN

TODAY = dt.date(2026, 11, 16)


@pytest.mark.parametrize(
    ("heading", "field", "confidence"),
    [
        ("工号", "employee_no", Confidence.EXACT),
        ("  员工编号 *", "employee_no", Confidence.EXACT),
        ("ＩＤ　Number", "id_number", Confidence.EXACT),  # full-width, any case
        ("手机号码（必填）", "phone", Confidence.CLEANED),
        ("所属部门名称", "department", Confidence.CLEANED),
        ("车间/班组", "department", Confidence.CLEANED),
        ("岗位（工种）", "job_title", Confidence.CLEANED),
        ("入职日期(yyyy-mm-dd)", "hire_date", Confidence.CLEANED),
        ("所属单位（部门）", "department", Confidence.KEYWORD),
        ("联系手机", "phone", Confidence.KEYWORD),
        ("身份证编号", "id_number", Confidence.KEYWORD),  # not an employee no.
        ("离职时间（如已离职）", "departure_date", Confidence.CLEANED),
        ("Dept.", "department", Confidence.KEYWORD),
        ("备注", None, Confidence.NONE),
        ("", None, Confidence.NONE),
    ],
)
def test_headings_beyond_the_usual_names(
    heading: str, field: str | None, confidence: Confidence
) -> None:
    assert guess_field(heading, ROSTER_FIELDS) == (field, confidence)


def test_sign_in_headings() -> None:
    assert guess_field("签到（本人签字）", SIGN_IN_FIELDS)[0] == "signature"
    assert guess_field("工卡号", SIGN_IN_FIELDS)[0] == "employee_no"


def table(*rows: tuple[object, ...]) -> Table:
    return Table(tuple(Row(n, tuple(r)) for n, r in enumerate(rows, start=1)))  # type: ignore[arg-type]


def test_the_header_row_is_found_and_each_field_goes_to_one_column() -> None:
    mapping = propose(
        table(
            ("2026 年职工花名册",),
            ("工号", "姓名", "部门", "所属部门", "备注"),
            ("A1", "张三", "一车间", "一车间", "x"),
        ),
        ROSTER_FIELDS,
    )
    assert mapping.header_row == 2
    assert dict(mapping.fields) == {"employee_no": 0, "name": 1, "department": 2}
    assert mapping.columns[3].field is None  # the second department column is left out
    assert mapping.columns[0].samples == ("A1",)


@settings(max_examples=60, deadline=None)
@given(
    order=st.permutations(list(SYNONYMS)),
    noise=st.lists(st.sampled_from(["备注", "序号", "", "签名", "合计"]), max_size=4),
    variant=st.integers(min_value=0, max_value=3),
)
def test_any_order_and_any_usual_name_maps_every_field(
    order: list[str], noise: list[str], variant: int
) -> None:
    headings = [SYNONYMS[f][min(variant, len(SYNONYMS[f]) - 1)] for f in order] + noise
    mapping = propose(table(tuple(headings), tuple("x" for _ in headings)), ROSTER_FIELDS)
    assert dict(mapping.fields) == {f: i for i, f in enumerate(order)}
    assert not ROSTER_FIELDS.missing(mapping.fields)


def test_signature_ignores_width_spaces_and_trailing_blanks() -> None:
    assert header_signature(["工号", "姓 名", "部门", None]) == header_signature(
        ["工号", "姓名", "部门"]
    )
    assert header_signature(["工号", "姓名"]) != header_signature(["姓名", "工号"])


def test_map_option() -> None:
    proposal = propose(table(("员工编号", "称呼", "单位", "备注")), ROSTER_FIELDS)
    assert "name" not in proposal.fields and "department" not in proposal.fields
    mapping = apply_map_option(proposal, "称呼=姓名, 单位=department，D=ignore", ROSTER_FIELDS)
    assert dict(mapping.fields) == {"employee_no": 0, "name": 1, "department": 2}
    moved = apply_map_option(mapping, "备注=name", ROSTER_FIELDS)
    assert dict(moved.fields) == {"employee_no": 0, "name": 3, "department": 2}
    for option, code in (
        ("称呼", "bad_pair"),
        ("无此列=name", "unknown_header"),
        ("称呼=shoe size", "unknown_field"),
    ):
        with pytest.raises(MapOptionError) as info:
            apply_map_option(proposal, option, ROSTER_FIELDS)
        assert info.value.code == code


def hr_file(path: Path, department_heading: str) -> Path:
    """An HR export whose department column has a heading no guess can place."""
    header = ["工号", "姓名", "性别", "出生日期", "身份证号", department_heading, "手机号"]
    rows = [[*r[:5], f"{r[5]}甲班", r[6]] for r in people(4, seed=21)]
    return write_xlsx(path, rows, header)


def test_an_unplaceable_column_is_mapped_once_and_remembered(db: Database, tmp_path: Path) -> None:
    first = parse_roster(hr_file(tmp_path / "a.xlsx", "所在组别"))
    assert [p.code for p in first.problems] == ["missing_column"]
    assert first.mapping is not None
    column = next(c for c in first.mapping.columns if c.header == "所在组别")
    assert column.samples and column.field is None
    chosen = remap_roster(first, first.mapping.with_field(column.index, "department"))
    result = import_roster(db, ADMIN, chosen, TODAY)
    assert result.applied and result.new == 4
    with read_only(db) as session:
        teams = session.scalars(select(Department.name).where(Department.name.like("%甲班")))
        assert list(teams)
        assert len(session.scalars(select(Staff)).all()) == 4
    # The next file with the same headings: mapped as confirmed, no question asked.
    remembered = remembered_mappings(db, "roster")
    again = parse_roster(hr_file(tmp_path / "b.xlsx", "所在组别"), remembered=remembered)
    assert again.mapping is not None and again.mapping.remembered
    assert again.columns["department"] == column.index
    assert not again.problems
    # Other headings: the guess again.
    other = parse_roster(hr_file(tmp_path / "c.xlsx", "所属部门名称"), remembered=remembered)
    assert other.mapping is not None and not other.mapping.remembered
    assert other.columns["department"] == 5
