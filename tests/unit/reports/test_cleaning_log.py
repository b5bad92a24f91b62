"""清洁消毒登记表: the month's day log printed, and the blank form to write on."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.db.migrate import Database
from app.reports.cleaning_log import cleaning_log_data, write_cleaning_log
from app.reports.language import ReportLanguage
from app.services import room_upkeep
from tests.support import ADMIN, DEMO_TODAY


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def qpdf_ok(path: Path) -> None:
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf is not installed")
    assert subprocess.run([qpdf, "--check", str(path)], capture_output=True).returncode == 0


def test_the_months_log_filled_and_blank(demo_db: Database, tmp_path: Path) -> None:
    data = cleaning_log_data(demo_db, ADMIN, 2026, 10, DEMO_TODAY)
    assert len(data.lines) == 31
    logged = [line for line in data.lines if line.facts is not None]
    assert logged, "the demo keeps a day log"
    sample = next(line.facts for line in logged if line.facts and line.facts.disinfected)

    filled = write_cleaning_log(tmp_path / "log.pdf", data, printed=DEMO_TODAY)
    qpdf_ok(filled)
    text = text_of(filled)
    assert "清洁消毒登记表" in text and "2026年10月" in text
    assert "每 1 个开放日至少消毒一次" in text
    assert sample.disinfected_by in text and sample.duty_person in text
    assert "2026-10-31" in text and "健康管理员（签字）" in text

    blank = write_cleaning_log(tmp_path / "blank.pdf", data, blank=True, printed=DEMO_TODAY)
    qpdf_ok(blank)
    text = text_of(blank)
    assert "2026-10-01" in text and "2026-10-31" in text  # the days to write on
    assert sample.disinfected_by not in text and "本月开放日" not in text

    english = write_cleaning_log(
        tmp_path / "en.pdf", data, language=ReportLanguage.EN, printed=DEMO_TODAY
    )
    assert "Cleaning and disinfection log" in text_of(english)


def test_an_empty_month_of_a_new_site(db: Database, tmp_path: Path) -> None:
    data = cleaning_log_data(db, ADMIN, 2026, 2, dt.date(2026, 11, 16))
    assert [line.scheduled for line in data.lines] == [""] * 28  # no schedule: all closed
    assert room_upkeep.disinfection_interval(db, ADMIN) == data.interval == 1
    text = text_of(write_cleaning_log(tmp_path / "x.pdf", data))
    assert "本月开放日 0 天" in text and "闭室" in text and "None" not in text
