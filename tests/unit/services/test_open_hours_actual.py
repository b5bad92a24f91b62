"""Did the room really open? `open_hours_actual` judges the scheduled open days by the day log
(opened to closed ≥ 3 h), and the monthly report sets it beside the schedule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from app.db.migrate import Database
from app.domain.day_log import DayFacts
from app.domain.periods import Period
from app.domain.targets import IndicatorKey
from app.reports.monthly_report import MONTHLY
from app.reports.period_report import ReportOptions, generate
from app.services import room_upkeep
from app.services.indicators import compute_indicators
from tests.support import ADMIN, CHAIR
from tests.unit.services.test_room_upkeep import weekdays_open

K = IndicatorKey
TODAY = dt.date(2026, 11, 16)  # a Monday


def log(db: Database, day: dt.date, opened: dt.time | None, closed: dt.time | None) -> None:
    facts = DayFacts(opened, closed, "李敏", True, "王芳", False, "", "", "")
    room_upkeep.save_day(db, ADMIN, day, facts, TODAY)


def test_scheduled_open_days_judged_by_the_day_log(db: Database, tmp_path: Path) -> None:
    weekdays_open(db)  # 08:30–11:30 on weekdays; Wednesday 2026-11-11 closed
    log(db, dt.date(2026, 11, 2), dt.time(8, 25), dt.time(11, 40))  # 3 h 15: enough
    log(db, dt.date(2026, 11, 3), dt.time(8, 30), dt.time(10, 0))  # 1 h 30: short
    log(db, dt.date(2026, 11, 4), dt.time(8, 30), None)  # closing not logged: short
    log(db, dt.date(2026, 11, 7), dt.time(9), dt.time(12))  # a Saturday: not scheduled
    # 2, 3, 4, 5, 6, 9, 10, 12, 13 judged (11 closed; today 16 not logged yet): 9 days.
    month = Period.parse("2026-11")
    result = compute_indicators(db, ADMIN, month, as_of=TODAY)[K.OPEN_HOURS_ACTUAL]
    assert (result.numerator, result.denominator) == (1, 9)
    assert result.met is False and result.shortfall == 8
    dates = [row[0] for row in result.drill.rows]
    assert dt.date(2026, 11, 3) in dates and dt.date(2026, 11, 2) not in dates
    assert dt.date(2026, 11, 11) not in dates and TODAY not in dates
    short = dict(zip(dates, result.drill.rows, strict=True))[dt.date(2026, 11, 3)]
    assert short[3:] == ("08:30", "10:00", 1.5)
    scheduled = compute_indicators(db, ADMIN, month, as_of=TODAY)[K.OPEN_HOURS_DAILY]
    assert scheduled.met is True  # the schedule itself is fine: only the log tells

    log(db, TODAY, dt.time(8, 30), dt.time(11, 30))  # today, once closed, counts
    result = compute_indicators(db, ADMIN, month, as_of=TODAY)[K.OPEN_HOURS_ACTUAL]
    assert (result.numerator, result.denominator) == (2, 10)

    out = generate(
        MONTHLY, db, CHAIR, month, tmp_path / "m.pdf",
        options=ReportOptions(as_of=TODAY, printed=TODAY),
    )  # fmt: skip
    text = "".join(p.extract_text() for p in PdfReader(out.pdf).pages).replace("\n", "")
    assert "按开放时间表不少于 3 小时的 10 天" in text
    assert "按房间日志实际开放不少于 3 小时的 2 天" in text
    assert "2026-11-03" in text and "未记录" in text  # the short days listed


def test_no_schedule_is_not_applicable(db: Database) -> None:
    result = compute_indicators(db, ADMIN, Period.parse("2026Q4"), as_of=TODAY)
    assert result[K.OPEN_HOURS_ACTUAL].value is None and result[K.OPEN_HOURS_ACTUAL].met is None
