"""The monthly, quarterly and annual reports: text in the PDF, fonts embedded, pages, the
workbook read back cell by cell, the editable sections, names only when chosen, the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from app.db.migrate import Database
from app.db.models import AuditEntry
from app.domain.periods import Period
from app.domain.targets import IndicatorKey
from app.reports.annual_report import ANNUAL
from app.reports.monthly_report import MONTHLY
from app.reports.period_report import ReportOptions, generate
from app.reports.quarterly_report import QUARTERLY
from app.services.actor import PermissionDenied
from app.services.indicators import compute_indicators
from app.services.unit_of_work import read_only
from tests.support import ADMIN, CHAIR, DEMO_TODAY, TECH
from tests.unit.services.indicator_fixture import AS_OF, build

K = IndicatorKey
PRINTED = dt.date(2026, 11, 20)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def fonts_embedded(path: Path) -> dict[str, bool]:
    found = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            embedded = bool(descriptor) and "/FontFile2" in descriptor.get_object()
            found[str(font.get_object()["/BaseFont"])] = embedded
    return found


def rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    return list(load_workbook(path)[sheet].iter_rows(values_only=True))


@pytest.fixture
def register(db: Database) -> Database:
    build(db)
    return db


def test_quarterly_workbook_cell_by_cell(register: Database, tmp_path: Path) -> None:
    out = generate(
        QUARTERLY, register, CHAIR, Period.parse("2026Q3"), tmp_path / "q.pdf",
        tmp_path / "q.xlsx", ReportOptions(as_of=AS_OF, printed=PRINTED),
    )  # fmt: skip
    assert out.xlsx is not None
    book = load_workbook(out.xlsx)
    assert book.sheetnames == [
        "指标完成情况", "健康活动", "部门", "近期趋势", "合作医院到访", "未参与人员", "结论与建议",
    ]  # fmt: skip
    indicators = rows(out.xlsx, "指标完成情况")
    assert indicators[0][0] == "职工健康生活室季度参与报告 2026Q3"
    assert indicators[1] == ("指标", "完成值", "分子/分母", "分子/分母", "目标", "是否达标", "差距")
    usage = next(r for r in indicators if r[0] == "健康生活室使用率")
    assert usage == ("健康生活室使用率", 0.5, 2, 4, 0.8, "未达标", "还需 2 人使用健康生活室")
    # Typed, shown as the PDF writes them: the rate as a percentage, the target with its "≥".
    sheet = book["指标完成情况"]
    shown = {r[0].value: (r[1].number_format, r[4].number_format) for r in sheet.iter_rows()}
    assert shown["健康生活室使用率"] == ("0.0%", '"≥ "0%')
    assert shown["健康讲座场次（年度累计）"] == ("0", '"≥ "0"场"')
    lecture = next(r for r in indicators if r[0] == "讲座参与率（最低一场）")
    assert lecture[1:4] == (0.5, 1, 2) and lecture[6] == "还需 1 人参加讲座"

    activities = rows(out.xlsx, "健康活动")[2:]
    # L1: everyone on 07-20 (5), 3 signed in, one guest; L3 cancelled; the clinic; L2 for B.
    assert [(a[2], a[4], a[5], a[6], a[7], a[8], a[9]) for a in activities] == [
        ("L1 高血压防治", 5, 3, 0.6, 1, "已举办", "达标"),
        ("L3 取消", 5, 0, None, 0, "已取消", None),
        ("义诊", 5, 0, 0, 0, "已举办", None),
        ("L2 职业病防护", 2, 1, 0.5, 0, "已举办", "未达标"),
    ]
    assert activities[3][3] == "B科室" and activities[0][3] == "全体职工"
    assert activities[0][0] == dt.datetime(2026, 7, 20, 14, 0)

    departments = rows(out.xlsx, "部门")[2:]
    # A: active 1, 2; visits by 1 (twice) and 3 (departed later); lectures 3 of 3 expected.
    # B: active 4, 5; visits by 4 and 6; lectures: L1 group 4, 6 (none came), L2 4 came.
    assert departments == [
        ("A车间", 2, 3, 1, 0.5, 1, 2, 1),
        ("B科室", 2, 2, 1, 0.5, 0.25, 1, 0.5),
    ]
    trend = rows(out.xlsx, "近期趋势")[2:]
    assert trend[-1] == ("2026Q3", 0.5, 2, 4, 0.5)
    assert trend[-2] == ("2026Q2", 0.2, 1, 5, None)  # no lecture in Q2: not applicable
    absent = rows(out.xlsx, "未参与人员")[1:]
    assert absent == [("部门", "人数", "在册人数"), ("A车间", 0, 2), ("B科室", 1, 2)]  # counts only
    conclusions = [r[0] for r in rows(out.xlsx, "结论与建议")[2:]]
    assert "健康生活室使用率为 50.0 %，目标 ≥ 80 %，还需 2 人使用健康生活室。" in conclusions


def test_quarterly_pdf_text_fonts_and_pages(register: Database, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    out = generate(
        QUARTERLY, register, CHAIR, Period.parse("2026Q3"), folder / "q.pdf",
        options=ReportOptions(as_of=AS_OF, printed=PRINTED, texts={"conclusions": "结论甲乙丙"}),
    )  # fmt: skip
    text = text_of(out.pdf)
    for expected in (
        "职工健康生活室季度参与报告",
        "2026年第3季度（2026-07-01 至 2026-09-30）",
        "活动参与情况（目标：每场讲座参与率 ≥ 60%）",
        "各部门参与率与使用率",
        "近期趋势",
        "年度讲座完成情况",
        "截至本季度末，本年度已举办健康讲座 3 场，全年目标 4 场，进度正常。",
        "本季度末在册职工中有 1 人未参加本季度任何健康活动。",
        "结论甲乙丙",
        "健康管理员（签字）",
        "工会主席（签字）",
        "打印日期：2026-11-20",
    ):
        assert expected in text, expected
    assert "职工5" not in text  # names only when chosen
    reader = PdfReader(out.pdf)
    assert 2 <= len(reader.pages) <= 4
    assert f"第 1 页 / 共 {len(reader.pages)} 页" in reader.pages[0].extract_text()
    used = fonts_embedded(out.pdf)
    assert used and all(used.values()), used
    assert list(folder.iterdir()) == [out.pdf]  # no temporary file left, no xlsx unasked
    with read_only(register) as session:
        entry = session.query(AuditEntry).order_by(AuditEntry.id.desc()).first()
        assert entry is not None and entry.action == "export" and entry.entity == "report"
        assert json.loads(entry.after_json or "{}")["period"] == "2026Q3"


def test_non_participants_by_name_only_when_chosen_and_allowed(
    register: Database, tmp_path: Path
) -> None:
    q3 = Period.parse("2026Q3")
    options = ReportOptions(as_of=AS_OF, names=True)
    out = generate(QUARTERLY, register, ADMIN, q3, tmp_path / "n.pdf", tmp_path / "n.xlsx", options)
    assert "职工5" in text_of(out.pdf) and "E005" in text_of(out.pdf)
    assert out.xlsx is not None
    assert rows(out.xlsx, "未参与人员")[1:] == [
        ("部门", "工号", "姓名"),
        ("B科室", "E005", "职工5"),
    ]
    with pytest.raises(PermissionDenied):
        generate(QUARTERLY, register, TECH, q3, tmp_path / "t.pdf", options=options)
    assert not (tmp_path / "t.pdf").exists()


def test_an_empty_text_section_leaves_lines_to_write_on(register: Database, tmp_path: Path) -> None:
    out = generate(
        MONTHLY, register, CHAIR, Period.parse("2026-09"), tmp_path / "m.pdf",
        options=ReportOptions(as_of=AS_OF, texts={"problems": "", "next_plan": "十月举办讲座"}),
    )  # fmt: skip
    text = text_of(out.pdf)
    assert "存在问题" in text and "（请手写填写）" in text
    assert "十月举办讲座" in text


def test_drafts_come_from_the_indicators(register: Database) -> None:
    data = MONTHLY.load(register, CHAIR, Period.parse("2026-07"), ReportOptions(as_of=AS_OF))
    texts = MONTHLY.texts(data, ReportOptions())
    assert "3 个开放日不足 3 小时" in texts["problems"]  # July: 7 of 10 open days ≥ 3 h
    assert texts["next_plan"]
    edited = MONTHLY.texts(data, ReportOptions(texts={"problems": "手写"}))
    assert edited["problems"] == "手写" and edited["next_plan"] == texts["next_plan"]


def test_demo_reports_render_with_the_site_figures(demo_db: Database, tmp_path: Path) -> None:
    """Every kind on the demo register: figures agree with the indicator engine."""
    q3 = Period.parse("2026Q3")
    expected = compute_indicators(demo_db, CHAIR, q3, as_of=DEMO_TODAY, drill=False)
    options = ReportOptions(as_of=DEMO_TODAY, printed=PRINTED)
    outputs = {
        "monthly": generate(MONTHLY, demo_db, CHAIR, Period.parse("2026-10"),
                            tmp_path / "m.pdf", tmp_path / "m.xlsx", options),
        "quarterly": generate(QUARTERLY, demo_db, CHAIR, q3, tmp_path / "q.pdf",
                              tmp_path / "q.xlsx", options),
        "annual": generate(ANNUAL, demo_db, CHAIR, Period.parse("2026"), tmp_path / "a.pdf",
                           tmp_path / "a.xlsx", options),
    }  # fmt: skip
    assert outputs["monthly"].xlsx is None  # the monthly report is a PDF only
    usage = expected[K.USAGE_RATE]
    assert usage.value is not None
    quarterly = text_of(outputs["quarterly"].pdf)
    assert f"{usage.value * 100:.1f} %" in quarterly
    assert f"{usage.numerator}/{usage.denominator}" in quarterly
    xlsx = outputs["quarterly"].xlsx
    assert xlsx is not None
    sheet = rows(xlsx, "指标完成情况")
    assert next(r for r in sheet if r[0] == "健康生活室使用率")[1:4] == (
        usage.value, usage.numerator, usage.denominator,
    )  # fmt: skip
    annual = text_of(outputs["annual"].pdf)
    for expected_text in ("年度工作总结", "分季度情况", "使用情况",
                          "下年度工作计划", "2026Q1"):  # fmt: skip
        assert expected_text in annual, expected_text
    annual_xlsx = outputs["annual"].xlsx
    assert annual_xlsx is not None
    months = rows(annual_xlsx, "分月使用情况")[2:]
    # Months are dates (the first day) shown as 2026-01, not text.
    assert [m[0] for m in months] == [dt.datetime(2026, n, 1) for n in range(1, 13)]
    month_cells = load_workbook(annual_xlsx)["分月使用情况"]["A"][2:]
    assert {c.number_format for c in month_cells} == {"yyyy-mm"}
    assert sum(m[1] for m in months) > 0  # type: ignore[misc]
    monthly = text_of(outputs["monthly"].pdf)
    for heading in ("基本情况", "开放情况", "指标完成情况", "使用情况", "健康检测汇总",
                    "健康活动", "设备设施", "日常消耗品", "异常随访", "合作医院到访与巡检",
                    "存在问题", "下月工作计划"):  # fmt: skip
        assert heading in monthly, heading
    for path in (o.pdf for o in outputs.values()):
        assert all(fonts_embedded(path).values())


def test_cli_report_commands(
    register: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.accounts import create_first_chair

    create_first_chair(register, "chair", "demo1234")  # every printout acts as a user
    path = str(register.path)
    register.close()
    db = ["--db", path, "--user", "chair"]
    pdf, xlsx = tmp_path / "q.pdf", tmp_path / "q.xlsx"
    code = main([*db, "report", "quarterly", "--quarter", "2026Q3", "-o", str(pdf),
                 "--xlsx", str(xlsx), "--as-of", "2026-11-22",
                 "--text", "conclusions=好"])  # fmt: skip
    assert code == 0
    assert pdf.exists() and xlsx.exists()
    assert "好" in text_of(pdf)
    assert main([*db, "report", "monthly", "--month", "2026-09", "-o",
                 str(tmp_path / "m.pdf")]) == 0  # fmt: skip
    assert main([*db, "report", "annual", "--year", "2026", "-o",
                 str(tmp_path / "a.pdf"), "--language", "en"]) == 0  # fmt: skip
    assert "Annual summary" in text_of(tmp_path / "a.pdf")
    capsys.readouterr()
    # Names need a user; a missing folder is refused with no file left anywhere.
    assert main(["--db", path, "report", "quarterly", "--quarter", "2026Q3", "-o",
                 str(tmp_path / "n.pdf"), "--names"]) == 1  # fmt: skip
    assert "--user" in capsys.readouterr().err
    assert not (tmp_path / "n.pdf").exists()
    assert main([*db, "report", "monthly", "--month", "2026-09", "-o",
                 str(tmp_path / "gone" / "m.pdf")]) == 1  # fmt: skip
    assert "文件夹不存在" in capsys.readouterr().err
    for bad in (["monthly", "--month", "2026Q3"], ["quarterly", "--quarter", "2026-13"],
                ["annual", "--year", "2026", "--text", "nonsense=1"]):  # fmt: skip
        with pytest.raises(SystemExit) as exit_info:
            main(["--db", path, "report", *bad, "-o", str(tmp_path / "x.pdf")])
        assert exit_info.value.code == 2
    assert not (tmp_path / "x.pdf").exists()


def test_the_catalogue_describes_the_period_reports_as_they_print() -> None:
    """The CLI and the window describe the reports from the catalogue, without reportlab."""
    from app.catalogue.reports import ReportKey, report
    from app.domain.periods import PeriodKind
    from app.reports.period_report import period_report_kind

    for key, period_kind in (
        (ReportKey.MONTHLY, PeriodKind.MONTH),
        (ReportKey.QUARTERLY, PeriodKind.QUARTER),
        (ReportKey.ANNUAL, PeriodKind.YEAR),
    ):
        spec, kind = report(key), period_report_kind(period_kind)
        assert (kind.kind, kind.sections) == (spec.command, spec.section_codes)
        assert (kind.sheets is not None) == spec.xlsx


def test_the_monthly_report_counts_grades_and_urgent_values_without_names(
    db: Database, tmp_path: Path
) -> None:
    from app.catalogue.urgent import UrgentAction
    from app.domain.readings import ReadingType as R
    from app.services import urgent_cases, visit_entry
    from app.services.visit_entry import VisitInput
    from tests.unit.services.test_visit_entry import add_staff

    sid = add_staff(db, "U1", name="危急甲")
    at = dt.datetime(2026, 10, 12, 9, 0)
    pressures = [(185, 115), (150, 95), (152, 88), (130, 85), (118, 76), (88, 58)]
    visits = [
        visit_entry.record_visit(
            db, ADMIN, VisitInput(sid, readings={R.SYSTOLIC: s, R.DIASTOLIC: d}, visited_at=at),
            now=at,
        )
        for s, d in pressures
    ]  # fmt: skip
    sugar = visit_entry.record_visit(
        db, ADMIN, VisitInput(sid, readings={R.GLUCOSE_FASTING: 2.6}, visited_at=at), now=at
    )
    case = visits[0].urgent_case_id
    assert case is not None and sugar.urgent_case_id is not None
    urgent_cases.close_case(db, ADMIN, case, UrgentAction.REFERRED, now=at)
    options = ReportOptions(as_of=DEMO_TODAY, printed=PRINTED)
    out = generate(MONTHLY, db, CHAIR, Period.parse("2026-10"), tmp_path / "m.pdf", None, options)
    text = text_of(out.pdf).replace("\n", "")
    assert "危急值处置" in text
    assert "本期出现危急值 2 例" in text and "已转诊至合作医院 1" in text
    assert "尚未处置 1 例" in text
    # The pairs by grade, in the guideline's order.
    assert "低血压 1、正常高值 1、1级高血压 2、3级高血压 1" in text
    assert "危急甲" not in text  # de-identified
