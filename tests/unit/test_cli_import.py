"""healthroom import staff FILE [--dry-run]: exit 0 applied, 1 rejected with a row/column report."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.db.migrate import open_database
from app.services import roster
from tests.roster_files import people, write_xlsx
from tests.support import ADMIN


def digest(path: Path) -> list[object]:
    """Every row of the register except the sign-in entries that `--user` itself records."""
    con = sqlite3.connect(path)
    try:
        tables = [
            name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        content: list[object] = []
        for table in sorted(tables):
            where = (
                " WHERE action NOT IN ('login', 'login_failed')" if table == "audit_entry" else ""
            )
            content.append((table, sorted(map(repr, con.execute(f"SELECT * FROM {table}{where}")))))
        return content
    finally:
        con.close()


def test_dry_run_apply_and_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "demo", "--staff", "20", "--months", "1"]) == 0
    source = write_xlsx(tmp_path / "roster.xlsx", people(5))
    capsys.readouterr()
    before = digest(db)

    command = ["--db", str(db), "--user", "admin", "import", "staff", str(source)]
    assert main(["--lang", "zh", *command, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "新增：5" in out and "预览，未写入" in out
    assert digest(db) == before

    assert main(["--lang", "en", *command]) == 0
    assert "imported" in capsys.readouterr().out
    database = open_database(db)
    assert roster.count_staff(database, ADMIN, search="ZG2000") == 5
    database.close()

    assert main(["--lang", "en", *command]) == 0
    out = capsys.readouterr().out
    assert "unchanged: 5" in out and "up to date" in out


def test_rejected_file_exits_1_with_row_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "demo", "--staff", "20", "--months", "1"]) == 0
    rows = people(3)
    rows[1][4] = int(rows[1][4][:17])  # an ID the spreadsheet turned into a number
    source = write_xlsx(tmp_path / "roster.xlsx", rows, text_columns=())
    capsys.readouterr()
    before = digest(db)
    command = ["--db", str(db), "--user", "admin", "import", "staff", str(source)]
    assert main(["--lang", "zh", *command]) == 1
    captured = capsys.readouterr()
    assert "第 4 行 E 列“身份证号”" in captured.out and "文本" in captured.out
    assert "未导入：请改正以上错误后重新导入" in captured.err
    assert main(["--lang", "en", *command]) == 1
    captured = capsys.readouterr()
    assert "row 4, column E “身份证号”" in captured.out
    assert "Format the ID number column as text" in captured.out
    assert "nothing was imported" in captured.err
    assert digest(db) == before


def test_import_needs_a_user_and_a_real_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "demo", "--staff", "5", "--months", "1"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "import", "staff", str(tmp_path / "none.xlsx")]) == 1
    assert "--user" in capsys.readouterr().err
    missing = str(tmp_path / "none.xlsx")
    assert (
        main(["--lang", "en", "--db", str(db), "--user", "admin", "import", "staff", missing]) == 1
    )
    assert "The file does not exist." in capsys.readouterr().out


def test_map_option_maps_prints_and_is_remembered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "demo", "--staff", "5", "--months", "1"]) == 0
    header = ["员工编号", "姓名", "性别", "出生日期", "身份证号", "所在组别", "备注"]
    rows = [[*r[:5], "甲班", "x"] for r in people(3, seed=4)]
    source = write_xlsx(tmp_path / "hr.xlsx", rows, header)
    capsys.readouterr()
    staff_import = ["--db", str(db), "--user", "admin", "import", "staff", str(source)]
    command = ["--lang", "zh", *staff_import]

    assert main(command) == 1  # no department column that a guess can place
    captured = capsys.readouterr()
    assert "F “所在组别” → 不导入" in captured.out
    assert "缺少“部门”列" in captured.out

    before = digest(db)
    assert main([*command, "--map", "所在组别=xyz"]) == 1
    assert "--map “xyz”" in capsys.readouterr().err
    assert main(["--lang", "en", *staff_import, "--map", "nowhere=部门"]) == 1
    assert "no such heading" in capsys.readouterr().err
    assert digest(db) == before

    assert main([*command, "--map", "所在组别=部门, G=ignore"]) == 0
    out = capsys.readouterr().out
    assert "F “所在组别” → 部门  [已确认]" in out
    assert "新增：3" in out and "已导入" in out

    # The same headings next time: the confirmed mapping, without --map.
    assert main([*command, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "沿用上次确认的映射" in out and "不变：3" in out


def test_checkups_dry_run_apply_findings_and_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.checkup_files import checkup_rows, people_of, write_checkups_xlsx

    db = tmp_path / "x.db"
    assert main(["--db", str(db), "demo", "--staff", "20", "--months", "1"]) == 0
    rows = checkup_rows(people_of(db, limit=12))
    rows.append(["TJ1", "查无此人", "男", "40岁", "", "一车间", rows[0][6]] + [""] * 20)
    source = write_checkups_xlsx(tmp_path / "体检结果.xlsx", rows)
    capsys.readouterr()
    before = digest(db)
    command = ["--db", str(db), "--user", "admin", "import", "checkups", str(source)]

    assert main(["--lang", "zh", *command, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "E “身份证号” → 身份证号" in out
    assert "新增：12" in out and "不导入的行：2" in out and "第 15 行 B 列“姓名”" in out
    assert main(["--lang", "en", *command, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "E “身份证号” → id_number" in out and "rows left out: 2" in out
    assert "row 15, column B “姓名”" in out and "Nobody on the roster matches" in out
    assert digest(db) == before

    assert main(["--lang", "en", *command]) == 0
    out = capsys.readouterr().out
    assert "imported the check-up results of 12 people" in out
    assert "abnormal results:" in out and "by department" in out
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM checkup").fetchone() == (12,)
    con.close()

    assert main(["--lang", "zh", *command]) == 0
    assert "不变：12" in capsys.readouterr().out


def test_checkups_map_option_and_a_rejected_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.checkup_files import HEADER, checkup_rows, people_of, write_checkups_xlsx

    db = tmp_path / "x.db"
    assert main(["--db", str(db), "demo", "--staff", "20", "--months", "1"]) == 0
    rows = checkup_rows(people_of(db, limit=3))
    rows[1][15] = "212 mg/dL"
    header = ["检查时间" if h == "体检日期" else h for h in HEADER]
    source = write_checkups_xlsx(tmp_path / "c.xlsx", rows, header)
    capsys.readouterr()
    before = digest(db)
    command = ["--db", str(db), "--user", "admin", "import", "checkups", str(source)]
    assert main(["--lang", "zh", *command, "--map", "检查时间=体检日期,W=ignore"]) == 1
    captured = capsys.readouterr()
    assert "G “检查时间” → 体检日期  [已确认]" in captured.out
    assert "W “心电图” → 不导入" in captured.out
    assert "第 4 行 P 列“总胆固醇”" in captured.out and "mg/dL" in captured.out
    assert "未导入" in captured.err
    assert digest(db) == before
    assert main(["--lang", "en", *command, "--map", "检查时间=胆红素"]) == 1
    assert "unknown field" in capsys.readouterr().err
    assert main(["--lang", "zh", *command, "--map", "检查时间=胆红素"]) == 1
    assert "不认识的字段" in capsys.readouterr().err
