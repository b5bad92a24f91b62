"""The command table: `--help` lists every command without importing any of them, and each
command imports its own module only (a fresh process per command line, as a user runs it)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.catalogue.codes import Role
from app.cli import COMMANDS, build_parser
from app.cli.table import Command
from app.db.migrate import open_database
from app.db.rows import close_rows, open_rows
from app.domain.periods import Period
from app.domain.targets import IndicatorKey
from app.services.actor import Actor
from app.services.indicators import compute_indicators

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "pypinyin", "PySide6", "argon2")


def leaves(commands: tuple[Command, ...], path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for command in commands:
        here = (*path, command.name)
        found.extend(leaves(command.kinds, here) if command.kinds else [here])
    return found


def loaded_by(*argv: str) -> tuple[set[str], str]:
    """The modules (each also by its top-level package) a fresh `healthroom --lang en ARGV`
    has imported, and what it printed (its output, then its messages)."""
    probe = (
        "import sys\nfrom app.launch import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print('LOADED', ' '.join({*sys.modules, *(m.split('.')[0] for m in sys.modules)}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "--lang", "en", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("LOADED "))
    return set(line.split()[1:]), result.stdout + result.stderr


def subparser(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> argparse.ArgumentParser:
    for word in path:
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = action.choices[word]
    return parser


def options(parser: argparse.ArgumentParser) -> list[tuple[str, ...]]:
    return [tuple(a.option_strings) or (a.dest,) for a in parser._actions]


def test_help_lists_every_command_and_imports_none() -> None:
    loaded, out = loaded_by("--help")
    for command in COMMANDS:
        assert command.name in out and command.help.en in out
    assert not {heavy for heavy in HEAVY if heavy in loaded}
    assert not [m for m in loaded if m.startswith(("app.services", "app.db", "app.reports"))]
    # only the table, none of the commands' own modules
    assert not [m for m in loaded if m.startswith("app.cli.") and m not in {
        "app.cli.table", "app.cli.report", "app.cli.speech", "app.cli.argparse_words"}]  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "absent"),
    [
        (("indicators", "--help"), ("pypinyin", "reportlab", "openpyxl", "PySide6")),
        (("report", "quarterly", "--help"), ("pypinyin", "reportlab", "openpyxl", "PySide6")),
        (("report", "--help"), ("sqlalchemy", "pypinyin", "reportlab", "app.cli.report_monthly")),
        (("check", "--help"), ("pypinyin", "reportlab", "openpyxl", "app.cli.demo")),
        (("import", "staff", "--help"), ("pypinyin", "reportlab", "app.cli.indicators")),
        (("demo", "--help"), ("pypinyin", "reportlab", "openpyxl", "app.cli.county")),
    ],
)
def test_a_command_imports_what_it_uses_only(argv: tuple[str, ...], absent: tuple[str]) -> None:
    loaded, out = loaded_by(*argv)
    assert "usage: healthroom" in out
    assert not [module for module in absent if module in loaded]


@pytest.mark.parametrize("path", leaves(COMMANDS), ids=" ".join)
def test_the_chosen_command_is_configured_as_in_the_whole_parser(path: tuple[str, ...]) -> None:
    whole = subparser(build_parser(), path)
    chosen = subparser(build_parser([*path, "--help"]), path)
    assert options(chosen) == options(whole)
    assert chosen.get_default("handler") or chosen.get_default("standalone") or path[0] == "county"


def test_global_options_before_the_command_do_not_hide_it(tmp_path: Path) -> None:
    argv = ["--db", str(tmp_path / "report"), "--us", "chair", "indicators", "--period", "2026"]
    args = build_parser(argv).parse_args(argv)
    assert (args.command, args.user, args.period) == ("indicators", "chair", "2026")
    assert args.handler.__module__ == "app.cli.indicators"


# Loaded by the ORM, the migrations, sign-in and the reports: `indicators` without --user
# reads a plain register through SQL text and needs none of them.
ORM_AND_MORE = (
    "sqlalchemy",
    "alembic",
    "argon2",
    "cryptography",
    "app.db.models",
    "app.db.migrate",
    "app.services.accounts",
    "app.services.login",
    "app.cli.common",
)


def test_indicators_read_without_the_orm_with_or_without_a_user(
    tmp_path: Path, demo_file: Path
) -> None:
    register = tmp_path / "site.db"
    shutil.copyfile(demo_file, register)
    argv = ("--db", str(register), "indicators", "--period", "2026", "--json")
    loaded, out = loaded_by(*argv, "--as-of", "2026-11-16")
    assert not [m for m in (*HEAVY, *ORM_AND_MORE) if m in loaded]
    lean = json.loads(out[: out.index("LOADED ")])
    # A user signs in on the same connection: Argon2 checks the password, no ORM.
    signed, out = loaded_by("--user", "chair", *argv, "--as-of", "2026-11-16")
    assert "argon2" in signed
    assert not [m for m in ORM_AND_MORE if m in signed and m != "argon2"]
    assert json.loads(out[: out.index("LOADED ")]) == lean
    # The same figures as through the ORM, as the window computes them.
    db = open_database(register)
    try:
        chair = Actor("chair", Role.CHAIR)
        as_of = dt.date(2026, 11, 16)
        full = compute_indicators(db, chair, Period.parse("2026"), as_of, drill=False)
    finally:
        db.close()
    assert full.to_json() == lean
    assert {i["key"] for i in lean["indicators"]} == {k.value for k in IndicatorKey}
    assert any(i["numerator"] for i in lean["indicators"])  # the demo has figures to count


def test_indicators_refuse_a_damaged_register_in_words_without_the_orm(tmp_path: Path) -> None:
    """The reading path checks the file as every opening does: a torn page is damage."""
    register = tmp_path / "site.db"
    open_database(register).close()
    with register.open("r+b") as file:  # the root page of a table, overwritten
        file.seek(4096 * 2)
        file.write(b"\xff" * 4096)
    loaded, out = loaded_by("--db", str(register), "indicators", "--period", "2026")
    assert "damaged" in out and "Traceback" not in out
    assert "sqlalchemy" not in loaded


# The period reports print from a plain register read with SQL text: the --user signed in on
# the same connection, the facts, the profile and the audit entry without the ORM or the pinyin
# dictionary (each department keeps its sort key), and without the catalogue's kinds they do
# not speak of (each catalogue module is loaded where it is used).
UNSPOKEN = (
    "app.catalogue.attention",
    "app.catalogue.county",
    "app.catalogue.demo",
    "app.catalogue.health_codes",
    "app.catalogue.import_preview",
)
# Nor the rules of readings, ID numbers and phones: an audit entry masks those values where
# it holds them, and the sign-in's and the report's hold none.
UNCHECKED = ("app.domain.readings", "app.domain.id_number", "app.domain.phone")
# Nor what a printout does not use: the backups (the check before it is SQLite's own),
# SQLCipher's library for a plain register, the pinyin rules (departments keep their keys), the
# problems of imports, exchanged packages and accounts, the import system's abstract classes
# (with importlib.resources: the finder deferring reportlab's patterns needs none of them).
UNUSED = ("app.db.backup", "sqlcipher3", "app.domain.pinyin", "app.catalogue.problems.imports",
          "app.catalogue.problems.exchange", "app.catalogue.problems.accounts", "importlib.abc",
          "importlib.resources")  # fmt: skip
WITHOUT = ("sqlalchemy", "alembic", "pypinyin", *ORM_AND_MORE, *UNSPOKEN, *UNCHECKED, *UNUSED)


@pytest.mark.parametrize(
    ("command", "option", "period", "kind"),
    [
        ("quarterly", "--quarter", "2026Q3", "QUARTERLY"),
        ("monthly", "--month", "2026-10", "MONTHLY"),
        ("annual", "--year", "2025", "ANNUAL"),
    ],
)
def test_period_reports_print_without_the_orm_as_the_window_prints_them(
    tmp_path: Path, demo_file: Path, command: str, option: str, period: str, kind: str
) -> None:
    from openpyxl import load_workbook

    from app.reports import annual_report, monthly_report, quarterly_report
    from app.reports.language import ReportLanguage
    from app.reports.period_report import ReportOptions, generate
    from tests.pdf_lines import pdf_lines

    lean, full = tmp_path / "lean", tmp_path / "full"
    for folder in (lean, full):
        folder.mkdir()
        shutil.copyfile(demo_file, folder / "site.db")
    argv = ["--db", str(lean / "site.db"), "--user", "chair", "report", command, option, period]
    argv += ["-o", str(lean / "r.pdf"), "--as-of", "2026-11-16"]
    kinds = {"QUARTERLY": quarterly_report, "MONTHLY": monthly_report, "ANNUAL": annual_report}
    report_kind = getattr(kinds[kind], kind)
    workbook = report_kind.sheets is not None
    if workbook:
        argv += ["--xlsx", str(lean / "r.xlsx")]
    loaded, out = loaded_by(*argv)
    assert "written:" in out
    assert not [m for m in WITHOUT if m in loaded and m != "argon2"]
    if command == "quarterly":  # its one chart is the trend's lines: no bars, no plotted points
        assert not loaded & {f"reportlab.graphics.charts.{m}" for m in ("barcharts", "lineplots")}
    assert not (lean / "site.db.checked").exists()  # it writes: checked anew each time
    db = open_database(full / "site.db")
    try:
        options = ReportOptions(language=ReportLanguage.EN, as_of=dt.date(2026, 11, 16))
        xlsx = full / "r.xlsx" if workbook else None
        generate(report_kind, db, Actor("chair", Role.CHAIR), Period.parse(period),
                 full / "r.pdf", xlsx, options)  # fmt: skip
    finally:
        db.close()
    printed = [[x.text for x in pdf_lines(folder / "r.pdf")] for folder in (lean, full)]
    assert printed[0] == printed[1] and len(printed[0]) > 50
    if workbook:
        sheets = [
            [list(ws.values) for ws in load_workbook(folder / "r.xlsx")] for folder in (lean, full)
        ]
        assert sheets[0] == sheets[1]
    trails = []
    for folder in (lean, full):
        rows = open_rows(folder / "site.db")
        try:
            trails.append(
                rows.all(
                    "SELECT username, action, entity, entity_id, after_json FROM audit_entry "
                    "WHERE id > (SELECT max(id) - 2 FROM audit_entry) ORDER BY id"
                )
            )
        finally:
            close_rows(rows)
    assert trails[0][-1] == trails[1][-1]  # the report, as the window records it
    assert trails[0][-2][:2] == ("chair", "login")  # the sign-in before it


def test_a_printed_reports_modules_are_frozen_before_its_work(
    tmp_path: Path, demo_file: Path
) -> None:
    """What the command and the report's renderer loaded (reportlab among it) is out of the
    collector's way when the report is written, and the collector works as usual again."""
    register = tmp_path / "site.db"
    shutil.copyfile(demo_file, register)
    probe = (
        "import gc, sys\nimport app.reports.request as request\nwrite = request.write_report_in\n"
        "def watched(*args, **kwargs):\n"
        "    import reportlab.platypus.paragraph as paragraph\n"
        "    tracked = any(o is vars(paragraph) for o in gc.get_objects())\n"
        "    print('WATCHED', tracked, gc.get_freeze_count() > 0, gc.get_threshold()[0])\n"
        "    return write(*args, **kwargs)\n"
        "request.write_report_in = watched\nfrom app.launch import main\nmain(sys.argv[1:])\n"
    )
    argv = ["--db", str(register), "--user", "chair", "report", "quarterly", "--quarter",
            "2026Q3", "-o", str(tmp_path / "r.pdf"), "--as-of", "2026-11-16"]  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", probe, *argv], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "WATCHED False True 700" in result.stdout.splitlines()
