"""The wall schedule (开放时间表): one page, the font embedded, the hours and the names in it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.db.migrate import Database
from app.reports.house_rules import default_house_rules
from app.reports.language import ReportLanguage
from app.reports.wall_schedule import render, write_wall_schedule
from app.reports.wall_schedule_content import collect, phone_text
from app.services import open_hours
from app.services.site_profile import get_profile, save_profile
from tests.support import ADMIN, CHAIR, DEMO_TODAY


def fonts(reader: PdfReader) -> dict[str, bool]:
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            embedded = bool(descriptor) and "/FontFile2" in descriptor.get_object()
            found[str(font.get_object()["/BaseFont"])] = embedded
    return found


def text_of(path: Path) -> str:
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text()


def test_the_demo_room_on_one_a4_page_with_hours_names_and_closures(
    demo_db: Database, tmp_path: Path
) -> None:
    path = write_wall_schedule(demo_db, ADMIN, tmp_path / "wall.pdf", DEMO_TODAY)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    used = fonts(reader)
    assert used and all(used.values()), used
    assert all("WenQuanYiMicroHei" in name for name in used)

    text = reader.pages[0].extract_text()
    profile = get_profile(demo_db)
    assert profile is not None
    for expected in (
        profile.site_name,
        profile.room_name,
        "开放时间表",
        "星期一 上午 08:30—11:30 下午 14:30—17:30 6 小时",
        "星期六 闭室",
        "每周开放 30 小时",
        f"工会主席 {profile.chair_name} {phone_text(profile.chair_phone)}",
        f"健康管理员 {profile.admin_name} {phone_text(profile.admin_phone)}",
        f"健康管理员 {profile.more_admins[0].name}",
        profile.hospital_name,
        f"专家联络员 {profile.liaison_name}",
        profile.hospital_hotline,
        "2027年1月1日（周五） 元旦放假",  # the next closure within 8 weeks
        "打印日期：2026-11-16",
        "职工健康生活室管理制度",  # the demo's own rules, titled as entered
        "保持安静整洁",
    ):
        assert expected in text, expected
    assert not [f for f in tmp_path.iterdir() if f.suffix == ".part"]  # no temporary left


def test_a_holiday_range_special_hours_and_a_coming_version_are_announced(
    demo_db: Database, tmp_path: Path
) -> None:
    open_hours.close_dates(
        demo_db, ADMIN, dt.date(2026, 11, 26), dt.date(2026, 11, 30), "年度设备检修"
    )
    open_hours.set_special_hours(
        demo_db, ADMIN, dt.date(2026, 11, 20), [(dt.time(8, 30), dt.time(11, 30))], "消防演练"
    )
    in_force = open_hours.version_in_force(demo_db, ADMIN, DEMO_TODAY)
    assert in_force is not None
    open_hours.create_version(demo_db, CHAIR, dt.date(2026, 12, 7), copy_from=in_force.id)
    text = text_of(write_wall_schedule(demo_db, ADMIN, tmp_path / "w.pdf", DEMO_TODAY))
    assert "11月20日（周五） 仅 08:30—11:30 开放 消防演练" in text
    assert "11月26日（周四） 至 11月30日（周一） 闭室 年度设备检修" in text
    assert "12月7日（周一） 起执行新的开放时间表" in text
    # Four notices take room from the house rules: the tables tighten, no rule is cut.
    assert "保持安静整洁" in text and "以下从略" not in text


def test_a3_scales_the_same_single_page(demo_db: Database, tmp_path: Path) -> None:
    path = write_wall_schedule(demo_db, ADMIN, tmp_path / "a3.pdf", DEMO_TODAY, paper="A3")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 1191)
    assert "每周开放 30 小时" in reader.pages[0].extract_text()


def test_an_empty_room_prints_defaults_not_blanks(db: Database, tmp_path: Path) -> None:
    text = text_of(write_wall_schedule(db, ADMIN, tmp_path / "e.pdf", DEMO_TODAY))
    assert "开放时间尚未设定" in text
    assert "（待指定）" in text
    assert "使用须知" in text
    assert "每日开放不少于 3 小时" in text  # the default rules, from the founding rules
    english = write_wall_schedule(
        db, ADMIN, tmp_path / "en.pdf", DEMO_TODAY, language=ReportLanguage.EN
    )
    assert "House rules" in text_of(english) and "No open hours set yet" in text_of(english)


def test_overlong_house_rules_still_fit_one_page_and_say_so(
    demo_db: Database, tmp_path: Path
) -> None:
    profile = get_profile(demo_db)
    assert profile is not None
    long_rules = "\n".join(f"第{n}条 " + "这是一条很长的使用须知。" * 8 for n in range(1, 40))
    save_profile(demo_db, CHAIR, dataclasses.replace(profile, house_rules=long_rules))
    data = collect(demo_db, ADMIN, DEMO_TODAY)
    text = text_of(render(tmp_path / "long.pdf", data))
    assert "第1条" in text
    assert "以下从略" in text
    assert "打印日期：2026-11-16" in text  # the footer is still there


def test_default_house_rules_follow_the_founding_rules() -> None:
    rules = default_house_rules()
    for rule in ("3 小时", "登记", "工会资产", "同型号", "消毒", "保密"):
        assert rule in rules


def test_cli_writes_the_poster_and_rejects_a_missing_folder(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.db"
    db.write_bytes(demo_file.read_bytes())
    out = tmp_path / "door.pdf"
    args = ["--db", str(db), "--user", "tech", "report", "wall-schedule", "-o", str(out),
            "--date", "2026-11-16"]  # fmt: skip
    assert main(["--lang", "en", *args, "--a3"]) == 0
    assert "wall schedule written" in capsys.readouterr().out
    assert len(PdfReader(out).pages) == 1
    assert round(float(PdfReader(out).pages[0].mediabox.width)) == 842

    missing = ["--db", str(db), "--user", "tech", "report", "wall-schedule", "-o",
               str(tmp_path / "no" / "x.pdf")]  # fmt: skip
    assert main(["--lang", "zh", *missing]) == 1
    assert "文件夹不存在" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main([*args, "--weeks", "0"])
    assert usage.value.code == 2
