"""The personal health record printout: one person's file, trends, visits with grades and
re-measurements, follow-ups and urgent values; the chair or administrator only, audited."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.catalogue.urgent import UrgentAction
from app.db.migrate import Database
from app.db.models import AuditEntry
from app.domain.readings import ReadingType as R
from app.reports.language import ReportLanguage
from app.reports.personal_record import export_personal_record
from app.services import personal_record, urgent_cases, visit_entry
from app.services.actor import PermissionDenied
from app.services.visit_entry import VisitInput
from tests.support import ADMIN, CHAIR, DEMO_TODAY, TECH

SCREENSHOTS = Path(__file__).resolve().parents[3] / "build" / "screenshots"


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def person_with_history(db: Database) -> int:
    """A demo regular with an urgent visit, a re-measurement and a follow-up added."""
    staff_id = personal_record.staff_id_of(db, ADMIN, "HB10001")
    assert staff_id is not None
    at = dt.datetime.combine(DEMO_TODAY, dt.time(9, 5))
    first = VisitInput(staff_id, readings={R.SYSTOLIC: 186, R.DIASTOLIC: 112}, visited_at=at)
    urgent = visit_entry.record_visit(db, ADMIN, first, now=at)
    visit_entry.add_readings(
        db, ADMIN, urgent.id, {R.SYSTOLIC: 182, R.DIASTOLIC: 108}, advice="立即就医",
        now=at + dt.timedelta(minutes=2),
    )  # fmt: skip
    assert urgent.urgent_case_id is not None
    urgent_cases.close_case(db, ADMIN, urgent.urgent_case_id, UrgentAction.REFERRED, "市医院")
    visit_entry.add_follow_up(db, ADMIN, urgent.id, DEMO_TODAY, "血压 184/110 3级高血压")
    return staff_id


@pytest.mark.parametrize("language", list(ReportLanguage))
def test_the_record_is_rendered_with_grades_rounds_trends_and_actions(
    demo_db: Database, tmp_path: Path, language: ReportLanguage
) -> None:
    staff_id = person_with_history(demo_db)
    path = export_personal_record(
        demo_db, CHAIR, staff_id, tmp_path / "record.pdf", language, DEMO_TODAY
    )
    text = text_of(path).replace("\n", "")
    reader = PdfReader(path)
    assert len(reader.pages) >= 2
    for page in reader.pages:  # the CJK font embedded, nothing else
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object()
    if language is ReportLanguage.ZH:
        for expected in ("个人健康记录", "基本信息", "健康档案与体检结果", "检测趋势",
                         "血压 184/110 mmHg 3级高血压", "测量2次：血压 186/112、182/108",
                         "已转诊至合作医院：市医院", "1级 140", "危急值 180",
                         "HB10001"):  # fmt: skip
            assert expected in text, expected
    else:
        assert "Personal health record" in text and "grade 3 hypertension" in text
        assert "referred to the partner hospital" in text
    if shutil.which("pdftoppm"):  # pages as pictures, to look at
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        prefix = SCREENSHOTS / f"personal_record_{language.value}"
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(prefix)], check=True)
        assert list(SCREENSHOTS.glob(f"personal_record_{language.value}*.png"))
    with demo_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "personal_record")
        ).one()
        assert entry.action == "export" and entry.entity_id == str(staff_id)


def test_only_the_chair_or_administrator_may_print_it(demo_db: Database, tmp_path: Path) -> None:
    staff_id = personal_record.staff_id_of(demo_db, ADMIN, "HB10001")
    assert staff_id is not None
    with pytest.raises(PermissionDenied):
        export_personal_record(demo_db, TECH, staff_id, tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()
    export_personal_record(demo_db, ADMIN, staff_id, tmp_path / "r.pdf")
    assert (tmp_path / "r.pdf").stat().st_size > 0


def test_a_person_without_visits_or_file_gets_a_short_record(db: Database, tmp_path: Path) -> None:
    from tests.unit.services.test_visit_entry import add_staff

    staff_id = add_staff(db, "N1", name="新员工")
    path = export_personal_record(db, ADMIN, staff_id, tmp_path / "new.pdf", today=DEMO_TODAY)
    text = text_of(path)
    for expected in ("新员工", "没有检测记录", "没有随访记录", "没有出现危急值"):
        assert expected in text, expected


def test_the_command_line_prints_it_for_the_administrator_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    db = str(tmp_path / "x.db")
    assert main(["--db", db, "demo", "--staff", "20", "--months", "1"]) == 0
    out = tmp_path / "record.pdf"
    args = ["report", "personal-record", "--staff", "HB10001", "-o", str(out)]
    assert main(["--db", db, *args]) == 1  # a named printout needs --user
    assert main(["--lang", "en", "--db", db, "--user", "tech", *args]) == 1
    assert "may not print" in capsys.readouterr().err and not out.exists()
    assert main(["--db", db, "--user", "admin", *args[:3], "NOPE", *args[4:]]) == 1
    assert "NOPE" in capsys.readouterr().err
    assert main(["--db", db, "--user", "admin", *args, "--lang", "en"]) == 0
    assert "Personal health record" in text_of(out)
