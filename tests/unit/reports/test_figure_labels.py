"""Figures that say what they are: a count of the year so far is labelled so, a year of
quarterly counts says it is the weakest quarter, no target prints as "≥ 0", and the reports
state the one rule by which quarterly and monthly targets come from the yearly ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from app.db.migrate import Database
from app.domain.indicators import Scope
from app.domain.periods import Period
from app.domain.targets import IndicatorKey
from app.reports.monthly_report import MONTHLY
from app.reports.period_report import ReportOptions, generate
from app.reports.quarterly_report import QUARTERLY
from app.services.indicators import compute_indicators
from tests.support import CHAIR

K = IndicatorKey
TODAY = dt.date(2026, 11, 16)


def text_of(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", "")


def test_each_figure_knows_what_it_covers(db: Database) -> None:
    def scope(key: IndicatorKey, code: str) -> Scope:
        return compute_indicators(db, CHAIR, Period.parse(code), as_of=TODAY)[key].scope

    assert scope(K.LECTURES_COUNT, "2026Q3") is Scope.YEAR_TO_DATE
    assert scope(K.LECTURES_COUNT, "2026") is Scope.PERIOD
    assert scope(K.HOSPITAL_VISITS, "2026") is Scope.WEAKEST_QUARTER
    assert scope(K.HOSPITAL_VISITS, "2026-08") is Scope.QUARTER_TO_DATE
    assert scope(K.USAGE_RATE, "2026Q3") is Scope.PERIOD


def test_no_target_of_nought_and_the_rule_as_a_footnote(db: Database, tmp_path: Path) -> None:
    options = ReportOptions(as_of=TODAY, printed=TODAY)
    february = generate(MONTHLY, db, CHAIR, Period.parse("2026-02"), tmp_path / "m.pdf",
                        options=options)  # fmt: skip
    text = text_of(february.pdf)
    assert "≥ 0" not in text and "≥0" not in text
    assert "本期不考核" in text  # 4 lectures a year: none due by the end of February
    assert "年初至今" in text  # the lectures figure is the year so far

    quarter = generate(QUARTERLY, db, CHAIR, Period.parse("2026Q3"), tmp_path / "q.pdf",
                       options=options)  # fmt: skip
    text = text_of(quarter.pdf)
    for expected in ("全年目标 × 已过月数 ÷ 12", "一季度末 1 场、二季度末 2 场、三季度末 3 场",
                     "上半年末 1 次", "年初至今"):  # fmt: skip
        assert expected in text, expected
    assert "≥ 0" not in text
