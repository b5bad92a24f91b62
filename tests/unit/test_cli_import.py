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

    assert (
        main(["--db", str(db), "--user", "admin", "import", "staff", str(source), "--dry-run"]) == 0
    )
    out = capsys.readouterr().out
    assert "新增 / new: 5" in out and "dry run" in out
    assert digest(db) == before

    assert main(["--db", str(db), "--user", "admin", "import", "staff", str(source)]) == 0
    assert "已导入 / imported" in capsys.readouterr().out
    database = open_database(db)
    assert roster.count_staff(database, ADMIN, search="ZG2000") == 5
    database.close()

    assert main(["--db", str(db), "--user", "admin", "import", "staff", str(source)]) == 0
    out = capsys.readouterr().out
    assert "不变 / unchanged: 5" in out and "up to date" in out


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
    assert main(["--db", str(db), "--user", "admin", "import", "staff", str(source)]) == 1
    captured = capsys.readouterr()
    assert "第 4 行 E 列“身份证号”" in captured.out
    assert "row 4, column E (身份证号)" in captured.out
    assert "文本" in captured.out and "Format the ID number column as text" in captured.out
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
    assert main(["--db", str(db), "--user", "admin", "import", "staff", missing]) == 1
    assert "文件不存在。 / The file does not exist." in capsys.readouterr().out


def test_map_option_maps_prints_and_is_remembered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "demo", "--staff", "5", "--months", "1"]) == 0
    header = ["员工编号", "姓名", "性别", "出生日期", "身份证号", "所在组别", "备注"]
    rows = [[*r[:5], "甲班", "x"] for r in people(3, seed=4)]
    source = write_xlsx(tmp_path / "hr.xlsx", rows, header)
    capsys.readouterr()
    command = ["--db", str(db), "--user", "admin", "import", "staff", str(source)]

    assert main(command) == 1  # no department column that a guess can place
    captured = capsys.readouterr()
    assert "F “所在组别” → 不导入 / ignored" in captured.out
    assert "缺少“部门”列" in captured.out

    before = digest(db)
    assert main([*command, "--map", "所在组别=xyz"]) == 1
    assert "--map “xyz”" in capsys.readouterr().err
    assert main([*command, "--map", "nowhere=部门"]) == 1
    assert "no such heading" in capsys.readouterr().err
    assert digest(db) == before

    assert main([*command, "--map", "所在组别=部门, G=ignore"]) == 0
    out = capsys.readouterr().out
    assert "F “所在组别” → 部门 / department  [已确认 / chosen]" in out
    assert "新增 / new: 3" in out and "已导入 / imported" in out

    # The same headings next time: the confirmed mapping, without --map.
    assert main([*command, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "沿用上次确认的映射" in out and "不变 / unchanged: 3" in out
