"""Formula injection: every workbook the program writes keeps typed text as text.

Hostile text goes into the register where a person could type it (names, departments, devices,
notes, the site's name), then every workbook writer runs; the files are read back at the XML
level (no `<f>` element anywhere) and cell by cell (the hostile text comes back as typed).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.cli.export import CHAIR_PASSWORD_ENV
from app.db.migrate import Database, open_database
from app.exchange.roster_template import write_roster_template
from app.reports.outreach import write_outreach_xlsx
from app.reports.xlsx.safe_text import CONTROL_STARTS, SPACES, looks_like_formula
from app.reports.xlsx.workbook import Sheet, write_workbook
from tests.support import CHAIR

HOSTILE = (
    "=1+1",
    '=HYPERLINK("http://example.invalid","点我")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    " =1+2",  # leading space
    "\t=1+3",
    "\u00a0=1+4",  # no-break space
    "\r=1+5",
    "=cmd|' /C calc'!A0",
    "＝1+6",  # full-width
)


@pytest.mark.parametrize(
    ("text", "risky"),
    [
        *((text, True) for text in HOSTILE),
        ("张三", False),
        ("a=b", False),
        ("", False),
        ("   ", False),
        ("1-2", False),
        ("E-mail", False),
    ],
)
def test_what_counts_as_formula_like(text: str, risky: bool) -> None:
    assert looks_like_formula(text) is risky


def test_the_spaces_skipped_before_a_sign_are_every_space_python_knows() -> None:
    # The writer decides most text by its first character against this set, without a call.
    every = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert every == SPACES
    for space in sorted(every):
        assert looks_like_formula(f"{space}=1+1")
        assert looks_like_formula(f"{space}张三") is (space in CONTROL_STARTS)


def formula_cells(path: Path) -> list[str]:
    """Every `<f>` element in the workbook's sheets (the XML, not what openpyxl makes of it)."""
    found: list[str] = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name).decode("utf-8")
                found += [f"{name}: {m}" for m in re.findall(r"<f[ >][^<]*", xml)]
    return found


def texts(path: Path) -> set[str]:
    book = load_workbook(path)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert not any(cell.data_type == "f" for cell in cells)
    return {cell.value for cell in cells if isinstance(cell.value, str)}


def test_the_shared_writer_keeps_each_hostile_text(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "w.xlsx",
        [Sheet("s", ["=header"], [[text] for text in HOSTILE], title_lines=["=title"])],
    )
    assert formula_cells(path) == []
    book = load_workbook(path)
    column = [row[0].value for row in book["s"].iter_rows()]
    # openpyxl reads a stored "\r" back as "\n"; everything else comes back byte for byte.
    assert column == ["=title", "=header", *(t.replace("\r", "\n") for t in HOSTILE)]
    assert all(book["s"].cell(r, 1).quotePrefix for r in range(1, len(column) + 1))


def poison(path: Path) -> None:
    """Type hostile text wherever the register holds free text that reaches a workbook."""
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE site SET name = ?", (HOSTILE[1],))
        con.execute("UPDATE room SET name = ?", (HOSTILE[0],))
        for index, (row_id,) in enumerate(con.execute("SELECT id FROM department").fetchall()):
            con.execute(
                "UPDATE department SET name = ? WHERE id = ?",
                (f"{HOSTILE[index % len(HOSTILE)]}#{row_id}", row_id),
            )
        for table, column in (
            ("staff", "name"),
            ("staff", "job_title"),
            ("device", "name"),
            ("device", "location"),
            ("usage_visit", "note"),
            ("activity", "title"),
        ):
            con.execute(
                f"UPDATE {table} SET {column} = ? || id WHERE id % 3 = 0",
                (HOSTILE[2] + "@",),
            )
    con.close()


def test_every_workbook_the_program_writes_has_no_formula(
    demo_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(CHAIR_PASSWORD_ENV, "demo1234")
    path = demo_db.path
    demo_db.close()
    poison(path)
    db = ["--db", str(path), "--user", "chair"]
    out = tmp_path / "out"
    out.mkdir()
    runs = [
        ["report", "quarterly", "--quarter", "2026Q3", "--as-of", "2026-11-16", "--names"],
        ["report", "annual", "--year", "2026", "--as-of", "2026-11-16"],
        ["report", "equipment"],
        ["report", "usage-register", "--from", "2026-09-01", "--to", "2026-09-30"],
    ]
    books: dict[str, Path] = {}
    for index, args in enumerate(runs):
        xlsx = out / f"{index}.xlsx"
        assert main([*db, *args, "-o", str(out / f"{index}.pdf"), "--xlsx", str(xlsx)]) == 0
        books[" ".join(args[:2])] = xlsx
    assert main([*db, "export", "--period", "2026Q3", "--named", "-o", str(out)]) == 0, (
        capsys.readouterr().err
    )
    (package,) = out.glob("*.zip")
    with zipfile.ZipFile(package) as archive:
        (out / "data.xlsx").write_bytes(archive.read("data.xlsx"))
    books["package data.xlsx"] = out / "data.xlsx"
    workspace = out / "county.db"
    monkeypatch.setenv("HEALTHROOM_NEW_PASSWORD", "county2026")  # the workspace's first account
    first = ["county", "account", "add", "wang", "--role", "county_admin"]
    assert main([*first, "--workspace", str(workspace)]) == 0
    monkeypatch.setenv("HEALTHROOM_PASSWORD", "county2026")
    user = ["--user", "wang"]
    assert main([*user, "county", "import", str(package), "--workspace", str(workspace),
                 "--accept-new-key"]) == 0  # fmt: skip
    county = [*user, "county", "report", "--year", "2026", "--workspace", str(workspace)]
    assert main([*county, "-o", str(out / "c.pdf"), "--xlsx", str(out / "c.xlsx")]) == 0
    books["county report"] = out / "c.xlsx"
    register = open_database(path)
    try:
        books["outreach"] = write_outreach_xlsx(
            register, CHAIR, 2026, dt.date(2026, 11, 16), out / "outreach.xlsx"
        )
    finally:
        register.close()
    books["roster template"] = write_roster_template(out / "template.xlsx")

    for name, book in books.items():
        assert formula_cells(book) == [], name
        values = texts(book)
        if name != "roster template":
            assert any(looks_like_formula(v) for v in values), f"{name}: no hostile text reached it"
    assert any(v.startswith(HOSTILE[1]) for v in texts(books["package data.xlsx"]))
