"""Sign-in sheet, promotion plan and outreach list: text extracted, fonts embedded, xlsx read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from app.catalogue.codes import ActivityKind
from app.db.migrate import Database
from app.reports.language import ReportLanguage
from app.reports.outreach import write_outreach_pdf, write_outreach_xlsx
from app.reports.promotion_plan import write_promotion_plan
from app.reports.sign_in_sheet import write_sign_in_sheet
from app.services import activities, outreach, sign_in
from tests.activities_support import build_world
from tests.support import ADMIN, CHAIR, DEMO_TODAY


def embedded_fonts(reader: PdfReader) -> dict[str, bool]:
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            embedded = bool(descriptor) and "/FontFile2" in descriptor.get_object()
            found[str(font.get_object()["/BaseFont"])] = embedded
    return found


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_sign_in_sheet_lists_every_target_name_and_embeds_its_font(
    demo_db: Database, tmp_path: Path
) -> None:
    rows = activities.list_activities(demo_db, CHAIR)
    lecture = next(r for r in rows if r.kind is ActivityKind.LECTURE and r.target_all)
    path = write_sign_in_sheet(
        demo_db, ADMIN, lecture.id, tmp_path / "sheet.pdf", printed=dt.date(2026, 11, 20)
    )
    reader = PdfReader(path)
    text = text_of(path)
    targets = [r for r in sign_in.attendee_list(demo_db, CHAIR, lecture.id) if r.eligible]
    assert len(targets) == lecture.eligible > 100
    missing = [r.name for r in targets if r.name not in text]
    assert missing == []
    assert all(r.employee_no in text for r in targets)
    assert lecture.title in text and "签到表" in text and "全体职工" in text
    assert f"应到人数 {len(targets)} 人" in text.replace("\n", " ")
    assert "未在名册上的参加人员" in text
    assert len(reader.pages) >= 4
    fonts = embedded_fonts(reader)
    assert fonts and all(fonts.values()), fonts
    assert [p.name for p in tmp_path.glob("*.pdf*")] == ["sheet.pdf"]  # no temporary left


def test_the_sign_in_sheet_of_a_department_lecture_with_barcodes(
    db: Database, tmp_path: Path
) -> None:
    world = build_world(db)
    path = write_sign_in_sheet(db, ADMIN, world.lecture_id, tmp_path / "s.pdf", barcodes=True)
    text = text_of(path)
    for name in ("张三", "李四", "钱七"):
        assert name in text
    for absent in ("王五", "赵六", "孙八", "周九", "HB008"):  # left, not hired, not targeted
        assert absent not in text
    assert "一车间（2 人）" in text and "二车间（1 人）" in text
    assert "一车间、二车间" in text
    # The barcodes are vector bars: about 30 more filled rectangles per person.
    plain = write_sign_in_sheet(db, ADMIN, world.lecture_id, tmp_path / "plain.pdf")

    def rectangles(pdf: Path) -> int:
        content = PdfReader(pdf).pages[0].get_contents()
        assert content is not None
        return content.get_data().count(b" re")

    assert rectangles(path) - rectangles(plain) > 3 * 20

    english = write_sign_in_sheet(
        db, ADMIN, world.lecture_id, tmp_path / "en.pdf", language=ReportLanguage.EN
    )
    assert "Sign-in sheet" in text_of(english) and "Signature" in text_of(english)


def test_the_promotion_plan_prints_the_quarterly_schedule(
    demo_db: Database, tmp_path: Path
) -> None:
    path = write_promotion_plan(demo_db, ADMIN, 2026, tmp_path / "plan.pdf")
    text = text_of(path)
    assert "2026年度职工健康促进计划" in text
    for quarter in range(1, 5):
        assert f"第{quarter}季度" in text
    assert "工会主席（签字）" in text and "完成情况" not in text
    with_actual = write_promotion_plan(
        demo_db, ADMIN, 2026, tmp_path / "plan-actual.pdf", with_actual=True
    )
    actual = text_of(with_actual)
    assert "完成情况" in actual and "已完成" in actual and "合作医院到场" in actual
    assert all(embedded_fonts(PdfReader(with_actual)).values())


def test_the_outreach_list_as_pdf_and_xlsx(demo_db: Database, tmp_path: Path) -> None:
    data = outreach.non_attendees(demo_db, CHAIR, 2026, DEMO_TODAY)
    assert data.people  # the demo has a few people who never come
    pdf = write_outreach_pdf(demo_db, ADMIN, 2026, DEMO_TODAY, tmp_path / "o.pdf")
    text = text_of(pdf)
    assert "2026年未参加健康讲座职工名单" in text
    for person in data.people:
        assert person.name in text and person.employee_no in text
    for department in data.departments:
        assert department.name in text

    xlsx = write_outreach_xlsx(demo_db, ADMIN, 2026, DEMO_TODAY, tmp_path / "o.xlsx")
    ws = load_workbook(xlsx).active
    assert ws["A1"].value == "2026年未参加健康讲座职工名单"
    assert [c.value for c in ws[3]] == ["部门", "工号", "姓名", "岗位", "可参加的讲座（次）"]
    body = [tuple(c.value for c in row) for row in ws.iter_rows(min_row=4)]
    assert body == [
        (p.department, p.employee_no, p.name, p.job_title, p.offered) for p in data.people
    ]
