"""The usage register printout (PDF and .xlsx) and the blank forms, read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import main
from app.db.migrate import Database
from app.db.models import AuditEntry
from app.domain.readings import ReadingType
from app.reports.usage_register import (
    BLANK_ROWS_PER_PAGE,
    build_usage_register,
    export_blank_register,
    export_usage_register,
)
from app.services import roster, visit_entry
from app.services.visit_entry import VisitInput
from tests.support import ADMIN, CHAIR, DEMO_TODAY
from tests.unit.reports.test_report_infrastructure import fonts

R = ReadingType
START, END = DEMO_TODAY - dt.timedelta(days=20), DEMO_TODAY - dt.timedelta(days=1)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_register_pdf_has_the_paper_layout_in_chinese(
    demo_db: Database, tmp_path: Path
) -> None:
    register = build_usage_register(demo_db, CHAIR, START, END)
    assert register.lines and [line.no for line in register.lines] == list(
        range(1, len(register.lines) + 1)
    )
    assert [line.visited_at for line in register.lines] == sorted(
        line.visited_at for line in register.lines
    )
    result = export_usage_register(
        demo_db, ADMIN, START, END, tmp_path / "r.pdf", tmp_path / "r.xlsx"
    )
    assert result.lines == len(register.lines)
    text = pdf_text(tmp_path / "r.pdf")
    for heading in (
        "职工健康生活室使用登记表",
        "日期",
        "时间",
        "姓名",
        "部门",
        "检测项目",
        "检测结果",
        "本人签字",
    ):
        assert heading in text
    first = register.lines[0]
    assert first.name in text and first.visited_at.strftime("%H:%M") in text
    assert f"登记期间：{START.isoformat()} 至 {END.isoformat()}" in text
    assert "健康管理员（签字）" in text and f"合计 {len(register.lines)} 人次" in text
    assert "血压" in text and "mmHg" in text
    assert all(fonts(PdfReader(tmp_path / "r.pdf")).values())
    abnormal = next(line for line in register.lines if line.abnormal)
    assert abnormal.name in text
    # The export is recorded: named health data left the program.
    with demo_db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "usage_register")
        ).one()
        assert entry.action == "export" and entry.username == "admin"
        assert '"r.pdf"' in (entry.after_json or "") and START.isoformat() in (
            entry.after_json or ""
        )


def test_the_register_xlsx_is_read_back_cell_by_cell(demo_db: Database, tmp_path: Path) -> None:
    staff = roster.list_staff(demo_db, CHAIR)[0]
    when = dt.datetime.combine(END, dt.time(9, 5))
    visit_entry.record_visit(
        demo_db,
        ADMIN,
        VisitInput(
            staff_id=staff.id,
            readings={R.SYSTOLIC: 152, R.DIASTOLIC: 96, R.GLUCOSE_FASTING: 6.5},
            advice="低盐饮食",
            visited_at=when,
            entered_late=True,
        ),
        now=dt.datetime.combine(DEMO_TODAY, dt.time(8)),
    )
    visit_entry.record_visit(
        demo_db,
        ADMIN,
        VisitInput(
            visitor_name="王芳", visited_at=when + dt.timedelta(minutes=1), entered_late=True
        ),
        now=dt.datetime.combine(DEMO_TODAY, dt.time(8)),
    )
    export_usage_register(demo_db, ADMIN, END, END, None, tmp_path / "r.xlsx")
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert sheet["A1"].value == "职工健康生活室使用登记表"
    header = [cell.value for cell in sheet[3]]
    assert header[:7] == ["序号", "日期", "时间", "姓名", "部门", "检测项目", "检测结果"]
    assert header[-1] == "本人签字"
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=4)]
    # The time is a time of day shown as 09:05, not text.
    ours = next(r for r in rows if r[2] == dt.time(9, 5))
    assert ours[3] == staff.name and ours[4] == staff.department
    assert ours[5] == "血压、血糖"
    # "受损": the flag in the words the window uses
    assert ours[6] == "血压 152/96 mmHg 1级高血压；空腹血糖 6.5 mmol/L 受损"
    assert ours[7] == "✓" and ours[8] == "低盐饮食" and ours[9] == "✓"
    assert ours[1] == dt.datetime.combine(END, dt.time())
    assert {row[2].number_format for row in sheet.iter_rows(min_row=4)} == {"hh:mm"}
    visitor = next(r for r in rows if r[2] == dt.time(9, 6))
    assert visitor[3] == "王芳（访客）" and visitor[5] in ("", None)
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))


def test_blank_forms_have_the_pages_asked_for(demo_db: Database, tmp_path: Path) -> None:
    path = export_blank_register(demo_db, tmp_path / "blank.pdf", 3)
    reader = PdfReader(path)
    assert len(reader.pages) == 3
    last = reader.pages[2].extract_text()
    assert "职工健康生活室使用登记表" in last and "本人签字" in last
    assert str(3 * BLANK_ROWS_PER_PAGE) in last and "补录" in last


def test_cli_usage_register(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(demo_db.path)
    demo_db.close()
    pdf, xlsx = tmp_path / "u.pdf", tmp_path / "u.xlsx"
    args = ["--db", path, "--user", "admin", "report", "usage-register"]
    code = main(
        [
            "--lang",
            "en",
            *args,
            "--language",
            "zh",
            "--from",
            START.isoformat(),
            "--to",
            END.isoformat(),
            "-o",
            str(pdf),
            "--xlsx",
            str(xlsx),
        ]
    )
    assert code == 0 and pdf.exists() and xlsx.exists()
    assert "visits" in capsys.readouterr().out
    assert (
        main(
            [
                "--db",
                path,
                "--user",
                "admin",
                "report",
                "usage-register",
                "--blank",
                "2",
                "-o",
                str(tmp_path / "b.pdf"),
            ]
        )
        == 0
    )
    assert len(PdfReader(tmp_path / "b.pdf").pages) == 2
    # Named health data needs a user with the right role.
    no_user = [
        "--db",
        path,
        "report",
        "usage-register",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-02",
    ]
    assert main([*no_user, "-o", str(tmp_path / "x.pdf")]) == 1
    assert main(["--db", path, "--user", "tech", *no_user[2:], "-o", str(tmp_path / "x.pdf")]) == 1
    assert "tech" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit) as usage:
        main([*args, "--from", "2026-11-05", "--to", "2026-11-01", "-o", str(pdf)])
    assert usage.value.code == 2
    missing = tmp_path / "no-such-folder" / "u.pdf"
    assert (
        main(["--lang", "zh", *args, "--from", START.isoformat(), "--to", END.isoformat(),
              "-o", str(missing)]) == 1
    )  # fmt: skip
    assert "文件夹不存在" in capsys.readouterr().err
