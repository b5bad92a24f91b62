"""Every indicator on the hand-computed register of indicator_fixture.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.db.migrate import Database
from app.db.models import AuditEntry
from app.domain.periods import Period
from app.domain.targets import IndicatorKey
from app.services.actor import PermissionDenied
from app.services.indicator_targets import TargetError, get_targets, reset_targets, save_targets
from app.services.indicators import (
    IndicatorSet,
    compute_indicators,
    compute_periods,
    lecture_absentees,
)
from app.services.unit_of_work import read_only
from tests.support import ADMIN, CHAIR, REVIEWER, TECH
from tests.unit.services.indicator_fixture import AS_OF, D, build

K = IndicatorKey


@pytest.fixture
def register(db: Database) -> Database:
    build(db)
    return db


def period(db: Database, code: str) -> IndicatorSet:
    return compute_indicators(db, CHAIR, Period.parse(code), as_of=AS_OF)


def pairs(result: object, key: str, value: str) -> dict[object, object]:
    return dict(zip(column(result, key), column(result, value), strict=True))


def column(result: object, name: str) -> list[object]:
    drill = result.drill  # type: ignore[attr-defined]
    index = drill.column(name)
    return [row[index] for row in drill.rows]


def test_usage_rate_counts_active_staff_only(register: Database) -> None:
    usage = period(register, "2026Q3")[K.USAGE_RATE]
    # Active {1, 2, 4, 5}; visited 1 and 4 (23:30 on the last day counts). 3 and 6 are gone,
    # the visitor is not staff, 5 came the day after and 2 the quarter before.
    assert (usage.numerator, usage.denominator) == (2, 4)
    assert usage.value == 0.5 and usage.met is False and usage.shortfall == 2  # ceil(3.2) = 4
    assert column(usage, "employee_no") == ["E002", "E005"]
    assert column(usage, "last_visit")[0].date() == D(2026, 6, 1)  # type: ignore[union-attr]
    assert not usage.in_progress


def test_lecture_participation_is_the_lowest_lecture(register: Database) -> None:
    result = period(register, "2026Q3")[K.LECTURE_PARTICIPATION]
    assert (result.numerator, result.denominator) == (1, 2)  # L2: 4 of {4, 6}
    assert result.value == 0.5 and result.met is False and result.shortfall == 1
    assert column(result, "title") == ["L1 高血压防治", "L2 职业病防护"]  # not cancelled L3
    assert column(result, "attended") == [3, 1]
    assert column(result, "group_size") == [5, 2]
    assert column(result, "target_group") == ["", "B科室"]
    assert [(p.value, p.met) for p in result.parts] == [(0.6, True), (0.5, False)]
    assert result.drill.ids == (1, 2)


def test_who_missed_a_lecture(register: Database) -> None:
    missed = lecture_absentees(register, ADMIN, 2)
    assert missed is not None
    assert (missed.group, missed.attended) == (2, 1)
    assert [a.employee_no for a in missed.absent] == ["E006"]
    first = lecture_absentees(register, ADMIN, 1)
    assert first is not None and [a.employee_no for a in first.absent] == ["E004", "E006"]
    assert lecture_absentees(register, ADMIN, 999) is None


def test_lecture_count_is_year_to_date_against_a_pro_rated_target(register: Database) -> None:
    q3 = period(register, "2026Q3")[K.LECTURES_COUNT]
    assert q3.value == 3 and q3.target == 3 and q3.met is True  # L0, L1, L2
    year = period(register, "2026")[K.LECTURES_COUNT]
    assert year.value == 3 and year.target == 4 and year.met is False and year.shortfall == 1
    assert year.in_progress  # judged on 2026-11-22
    assert period(register, "2026Q1")[K.LECTURES_COUNT].met is True  # 1 of 1


def test_health_files(register: Database) -> None:
    result = period(register, "2026Q3")
    complete = result[K.HEALTH_FILE_COMPLETENESS]
    assert (complete.numerator, complete.denominator) == (1, 4)  # only 1 is complete
    assert pairs(complete, "employee_no", "missing_fields") == {
        "E002": "allergies",
        "E004": "no_health_file",
        "E005": "birth_date",
    }
    updated = result[K.HEALTH_DATA_UPDATED]
    # 1 (2026-03-01) and 5 (2025-10-01) are within 12 months of 2026-09-30; 2 (2025-09-30) is
    # exactly 12 months old and 4 has no file.
    assert (updated.numerator, updated.denominator) == (2, 4)
    assert column(updated, "employee_no") == ["E002", "E004"]


def test_notice_coverage(register: Database) -> None:
    result = period(register, "2026Q3")[K.NOTICE_COVERAGE]
    assert (result.numerator, result.denominator) == (1, 4)
    assert result.shortfall == 3  # ceil(0.95 × 4) = 4
    assert column(result, "reached") == [5, 1]  # N1 capped at the 5 active that day
    assert column(result, "rate") == [1.0, 0.25]


def test_open_hours_with_versions_and_exceptions(register: Database) -> None:
    july = period(register, "2026-07")[K.OPEN_HOURS_DAILY]
    assert (july.numerator, july.denominator) == (7, 10)
    assert july.shortfall == 3
    assert column(july, "date") == [D(2026, 7, 7), D(2026, 7, 14), D(2026, 7, 27)]
    assert column(july, "hours") == [2.5, 2.5, 1.0]


def test_equipment_state_at_the_period_end(register: Database) -> None:
    q3 = period(register, "2026Q3")[K.EQUIPMENT_INTACT_RATE]
    # D1, D3 fine; D2 replaced (off the register); D4 under repair; D5 lost.
    assert (q3.numerator, q3.denominator) == (2, 4)
    assert pairs(q3, "asset_no", "status") == {
        "ZC-4": "under_repair",
        "ZC-5": "lost",
    }
    july = period(register, "2026-07")[K.EQUIPMENT_INTACT_RATE]
    assert (july.numerator, july.denominator) == (3, 4)  # D1, D2, D4 fine; D3 not yet bought
    august = period(register, "2026-08")[K.EQUIPMENT_INTACT_RATE]
    assert (august.numerator, august.denominator) == (3, 4)  # D2 replaced by D3 on 08-10


def test_per_quarter_counts(register: Database) -> None:
    assert period(register, "2026Q3")[K.HOSPITAL_VISITS].value == 2
    q2 = period(register, "2026Q2")[K.HOSPITAL_VISITS]
    assert q2.value == 0 and q2.met is False and q2.shortfall == 1
    year = period(register, "2026")[K.HOSPITAL_VISITS]
    assert year.value == 0 and year.met is False and year.shortfall == 1  # Q2 missed
    assert [p.value for p in year.parts] == [1, 0, 2, 1]
    assert len(year.drill) == 4
    august = period(register, "2026-08")[K.HOSPITAL_VISITS]
    assert august.value == 1 and august.target == 0 and august.met  # quarter so far
    june = period(register, "2026-06")[K.HOSPITAL_VISITS]
    assert june.value == 0 and june.target == 1 and june.met is False  # Q2 ends empty

    replenished = period(register, "2026Q3")[K.CONSUMABLES_REPLENISHED]
    assert replenished.value == 2  # 07-03 (two items, one delivery) and 09-01
    assert column(replenished, "source") == ["hospital_replenishment", "purchase"]
    assert "血糖试纸 100条" in str(column(replenished, "items")[0])

    inspections = period(register, "2026Q3")[K.INSPECTIONS]
    assert inspections.value == 1 and inspections.target == 1 and inspections.met
    assert period(register, "2026")[K.INSPECTIONS].value == 2


def test_an_empty_register_is_not_applicable_not_zero(db: Database) -> None:
    result = compute_indicators(db, CHAIR, Period.parse("2026Q3"), as_of=AS_OF)
    for key in (
        K.OPEN_HOURS_DAILY,
        K.OPEN_HOURS_ACTUAL,
        K.LECTURE_PARTICIPATION,
        K.HEALTH_FILE_COMPLETENESS,
        K.HEALTH_DATA_UPDATED,
        K.USAGE_RATE,
        K.NOTICE_COVERAGE,
        K.EQUIPMENT_INTACT_RATE,
    ):
        assert result[key].value is None and result[key].met is None, key
    assert result[K.LECTURES_COUNT].value == 0 and result[K.LECTURES_COUNT].met is False
    payload = result.to_json()
    usage = [K(i["key"]) for i in payload["indicators"]].index(K.USAGE_RATE)  # type: ignore[index,union-attr]
    assert json.loads(json.dumps(payload))["indicators"][usage] == {
        "key": "usage_rate",
        "value": None,
        "numerator": 0,
        "denominator": 0,
        "target": 0.8,
        "met": None,
    }


def test_roles(register: Database) -> None:
    q3 = Period.parse("2026Q3")
    figures = compute_indicators(register, TECH, q3, as_of=AS_OF, drill=False)
    assert figures[K.USAGE_RATE].value == 0.5 and len(figures[K.USAGE_RATE].drill) == 0
    with pytest.raises(PermissionDenied):
        compute_indicators(register, TECH, q3, as_of=AS_OF)  # the lists name people
    with pytest.raises(PermissionDenied):
        compute_indicators(register, REVIEWER, q3, as_of=AS_OF, drill=False)


def test_several_periods_share_one_session(register: Database) -> None:
    sets = compute_periods(
        register, CHAIR, [Period.parse("2026Q2"), Period.parse("2026Q3")], as_of=AS_OF,
        keys=[K.USAGE_RATE],
    )  # fmt: skip
    assert [s.period.code for s in sets] == ["2026Q2", "2026Q3"]
    assert sets[0][K.USAGE_RATE].numerator == 1  # 2 on 06-01; active on 06-30: 1, 2, 3, 4, 6
    assert sets[0][K.USAGE_RATE].denominator == 5


def test_targets_are_editable_per_site_and_audited(register: Database) -> None:
    assert get_targets(register)[K.USAGE_RATE].value == 0.8
    saved = save_targets(register, CHAIR, {K.USAGE_RATE: 0.5, K.LECTURES_COUNT: 6})
    assert saved[K.USAGE_RATE].value == 0.5
    usage = period(register, "2026Q3")[K.USAGE_RATE]
    assert usage.target == 0.5 and usage.met is True
    assert period(register, "2026")[K.LECTURES_COUNT].target == 6
    with read_only(register) as session:
        entry = session.query(AuditEntry).order_by(AuditEntry.id.desc()).first()
        assert entry is not None and entry.entity == "setting"
        assert json.loads(entry.before_json or "{}") == {
            "lectures_count": 4.0,
            "usage_rate": 0.8,
        }
        assert json.loads(entry.after_json or "{}") == {"lectures_count": 6.0, "usage_rate": 0.5}

    with pytest.raises(TargetError) as info:
        save_targets(register, CHAIR, {K.USAGE_RATE: 1.5})
    assert info.value.code == "rate_range"
    with pytest.raises(TargetError) as info:
        save_targets(register, CHAIR, {K.INSPECTIONS: 2.5})
    assert info.value.code == "count_range"
    with pytest.raises(PermissionDenied):
        save_targets(register, ADMIN, {K.USAGE_RATE: 0.1})
    assert get_targets(register)[K.USAGE_RATE].value == 0.5  # the refused saves changed nothing
    assert reset_targets(register, CHAIR)[K.USAGE_RATE].value == 0.8


def test_the_cli_prints_json_as_design_6(
    register: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    path = Path(register.path)
    register.close()
    code = main(["--db", str(path), "indicators", "--period", "2026Q3", "--json",
                 "--as-of", "2026-11-22"])  # fmt: skip
    assert code == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["period"] == "2026Q3"
    assert [i["key"] for i in payload["indicators"]] == [k.value for k in IndicatorKey]
    usage = next(i for i in payload["indicators"] if i["key"] == "usage_rate")
    assert usage == {
        "key": "usage_rate", "value": 0.5, "numerator": 2, "denominator": 4, "target": 0.8,
        "met": False,
    }  # fmt: skip
    assert main(["--db", str(path), "indicators", "--period", "2026Q3"]) == 0
    text = capsys.readouterr().out
    assert "健康生活室使用率" in text and "还需 2 人使用健康生活室" in text
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(path), "indicators", "--period", "2026Q5"])
    assert exit_info.value.code == 2
