"""The command line speaks one language per run (`--lang zh|en`): every command, its --help,
its success and its refusals, on a register the demo command makes. English runs show no
Chinese but the register's own data and the user's file headings; Chinese runs show no Latin
word but a short list (BMI, PDF, Excel…), the program's option and command names, codes and
file paths the user typed."""

from __future__ import annotations

import argparse
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.catalogue.language import Language
from app.catalogue.reports import SITE_REPORTS
from app.cli import build_parser, main
from app.cli import check as check_command
from app.cli.argparse_words import columns, fold
from app.console import system_language
from tests.checkup_files import checkup_rows, people_of, write_checkups_xlsx
from tests.roster_files import people, write_xlsx

PASSWORD = "county2026"  # the demo's accounts and the county's, so one environment serves
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
# Latin words a Chinese sentence may hold: names of file kinds and things known by them.
ALLOWED = {
    "BMI", "ID", "PDF", "USB", "Excel", "WPS", "CSV", "LibreOffice", "SQLCipher", "zip", "pdf",
    "xlsx", "xls", "et", "ods", "csv", "txt", "db", "keys", "healthroom", "postgresql", "HbA1c",
    "B", "X", "HEALTHROOM_PASSWORD", "HEALTHROOM_NEW_PASSWORD", "HEALTHROOM_CHAIR_PASSWORD",
}  # fmt: skip
# The options of each printout for a run that writes it ({out}: where the PDF goes).
REPORT_ARGS = {
    "wall-schedule": [],
    "monthly": ["--month", "2026-10"],
    "quarterly": ["--quarter", "2026Q3", "--xlsx", "{out}.xlsx"],
    "annual": ["--year", "2026", "--xlsx", "{out}.xlsx"],
    "checkup-analysis": ["--year", "2026"],
    "equipment": ["--xlsx", "{out}.xlsx"],
    "asset-labels": [],
    "usage-register": ["--from", "2026-10-01", "--to", "2026-10-31", "--xlsx", "{out}.xlsx"],
    "stock-sheet": [],
    "cleaning-log": ["--month", "2026-10"],
    "plan": ["--year", "2026"],
    "outreach": ["--year", "2026"],
    "sign-in-sheet": ["--activity", "{activity}"],
    "personal-record": ["--staff", "{employee_no}"],
}


def parser_words() -> set[str]:
    """Every word the parser itself defines: option names, metavars, choices, commands."""
    words: set[str] = set()

    def walk(parser: argparse.ArgumentParser) -> None:
        for action in parser._actions:
            texts = [*action.option_strings, action.dest or "", (action.dest or "").upper()]
            if isinstance(action.default, str):
                texts.append(action.default)
            if isinstance(action.metavar, str):
                texts.append(action.metavar)
            if isinstance(action.choices, dict):
                for name, sub in action.choices.items():
                    texts.append(name)
                    walk(sub)
            elif action.choices is not None:
                texts.extend(str(choice) for choice in action.choices)
            for text in texts:
                words.update(LATIN.findall(text))

    walk(build_parser())
    return words


class Scanner:
    """Runs commands in-process and checks each one's output is in its run's language."""

    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.tmp_path, self.capsys = tmp_path, capsys
        self.allowed = ALLOWED | parser_words()
        # the register's own words, shown as they are (the demo's accounts before it exists)
        self.data: set[str] = {"chair", "admin", "tech"}
        self.runs = 0

    def learn(self, db: Path) -> None:
        con = sqlite3.connect(db)
        try:
            for query in (
                "SELECT name FROM site", "SELECT code FROM site", "SELECT name FROM staff",
                "SELECT name FROM department", "SELECT title FROM activity",
                "SELECT username FROM app_user",
            ):  # fmt: skip
                self.data.update(str(value) for (value,) in con.execute(query) if value)
        finally:
            con.close()

    def run(self, language: str, *argv: str | Path, code: int = 0, words: bool = True) -> str:
        """The command's output; `words=False` for machine-readable output (--json)."""
        args = [str(a) for a in argv]
        try:
            got = main(["--lang", language, *args])
        except SystemExit as exit_:  # --help and usage errors
            got = int(exit_.code or 0)
        captured = self.capsys.readouterr()
        text = captured.out + captured.err
        assert got == code, f"{args}: exit {got}, expected {code}\n{text}"
        assert text.strip(), f"{args}: said nothing"
        assert "Traceback" not in text
        if words:
            self.check(language, text, args)
        self.runs += 1
        return text

    def check(self, language: str, text: str, args: list[str]) -> None:
        shown = text.replace(str(self.tmp_path), "")
        for arg in args:  # the files the user named, shown by their names
            if "/" in arg and Path(arg).name:
                shown = shown.replace(Path(arg).name, "")
        shown = re.sub(r"“[^”]*”", "", shown)  # the headings and values of the user's file
        if language == "en":
            for value in sorted(self.data, key=len, reverse=True):
                shown = shown.replace(value, "")
            found = CJK.findall(shown)
            assert not found, f"{args}: Chinese in an English run: {found}\n{text}"
            return
        typed = {word for arg in args for word in LATIN.findall(arg)}
        shown = " ".join(token for token in shown.split() if "/" not in token)  # paths
        strange = sorted(
            {
                word
                for word in LATIN.findall(shown)
                if word not in self.allowed
                and word not in typed
                and word not in self.data
                and not re.fullmatch(r"[0-9A-F]+|Q[1-4]|[A-Z]{1,2}", word)  # hex, quarter, column
            }
        )
        assert not strange, f"{args}: Latin words in a Chinese run: {strange}\n{text}"


@pytest.fixture
def scanner(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Scanner]:
    for name in ("HEALTHROOM_PASSWORD", "HEALTHROOM_NEW_PASSWORD", "HEALTHROOM_CHAIR_PASSWORD"):
        monkeypatch.setenv(name, PASSWORD)
    yield Scanner(tmp_path, capsys)


def command_paths(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    """Every command and sub-command as typed: ("report", "monthly"), ("county", "log")…"""
    found = [path]
    for action in parser._actions:
        if isinstance(action.choices, dict):
            for name, sub in action.choices.items():
                found += command_paths(sub, (*path, name))
    return found


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_help_and_usage_errors_of_every_command(
    scanner: Scanner, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    paths = command_paths(build_parser())
    assert len(paths) > 30 and ("county", "account", "add") in paths
    for path in paths:
        text = scanner.run(language, *path, "--help")
        head = "用法：" if language == "zh" else "usage:"
        assert text.startswith(head), text
        assert ("选项：" if language == "zh" else "options:") in text
        # (a closing mark stays on its line, two columns past the edge)
        wide = [line for line in text.splitlines() if columns(line) > 82 and " " in line.strip()]
        assert not wide, f"{path}: lines wider than the console: {wide}"
    # argparse's own refusals: a missing argument, an unknown command, a bad value
    for argv in (
        ["report", "monthly"],
        ["no-such-command"],
        ["report", "monthly", "--month", "2026-13", "-o", "x.pdf"],
        ["indicators", "--period", "soon"],
        ["report", "wall-schedule", "-o", "x.pdf", "--weeks", "99"],
        ["demo", "--staff", "0"],
        ["check", "--no-such-option"],
    ):
        text = scanner.run(language, *argv, code=2)
        assert ("错误：" if language == "zh" else "error:") in text


def site_code(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return str(con.execute("SELECT code FROM site").fetchone()[0])
    finally:
        con.close()


def first(db: Path, query: str) -> str:
    con = sqlite3.connect(db)
    try:
        return str(con.execute(query).fetchone()[0])
    finally:
        con.close()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_command_speaks_the_language_of_its_run(
    scanner: Scanner, tmp_path: Path, language: str
) -> None:
    run = scanner.run
    db = tmp_path / "room.db"
    site = ["--db", db]
    as_chair, as_tech = [*site, "--user", "chair"], [*site, "--user", "tech"]

    # demo and check
    text = run(language, *site, "demo", "--staff", "30", "--months", "3", "--today",
               "2026-11-16", "--password", PASSWORD)  # fmt: skip
    assert "chair" in text
    scanner.learn(db)
    run(language, *site, "demo", "--staff", "5", code=1)  # not empty
    assert ("正常" if language == "zh" else "ok") in run(language, *site, "check")
    run(language, "--db", tmp_path / "none.db", "check", code=1)

    # every printout, and refusals
    assert set(REPORT_ARGS) == {spec.command for spec in SITE_REPORTS}, "a new report"
    values = {
        "activity": first(db, "SELECT id FROM activity ORDER BY id"),
        "employee_no": first(db, "SELECT employee_no FROM staff ORDER BY id"),
    }
    for kind, extra in REPORT_ARGS.items():
        out = tmp_path / f"{kind}"
        argv = [a.format(out=out, **values) for a in extra]
        text = run(language, *as_chair, "report", kind, "-o", f"{out}.pdf", *argv)
        assert f"{out}.pdf" in text
    run(language, *as_chair, "report", "stock-sheet", "-o", tmp_path / "gone" / "x.pdf", code=1)
    run(language, *as_tech, "report", "personal-record", "--staff", values["employee_no"],
        "-o", tmp_path / "p.pdf", code=1)  # fmt: skip
    run(language, *as_chair, "report", "personal-record", "--staff", "NOBODY",
        "-o", tmp_path / "p.pdf", code=1)  # fmt: skip
    run(language, *as_chair, "report", "sign-in-sheet", "--activity", "99999",
        "-o", tmp_path / "s.pdf", code=1)  # fmt: skip

    # indicators
    run(language, *site, "indicators", "--period", "2026Q3", "--as-of", "2026-11-16")
    text = run(language, *site, "indicators", "--period", "2026", "--json", words=False)
    assert '"indicators"' in text

    # imports: the roster and the check-ups, previewed, applied, refused
    roster = write_xlsx(tmp_path / "名册.xlsx", people(4))
    run(language, *as_chair, "import", "staff", roster, "--dry-run")
    run(language, *as_chair, "import", "staff", roster)
    run(language, *as_chair, "import", "staff", roster)  # nothing to change
    run(language, *as_chair, "import", "staff", roster, "--map", "姓名=nonsense", code=1)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a spreadsheet")
    run(language, *as_chair, "import", "staff", junk, code=1)
    run(language, *site, "import", "staff", roster, code=1)  # no --user
    checkups = write_checkups_xlsx(tmp_path / "体检.xlsx", checkup_rows(people_of(db, limit=5)))
    run(language, *as_chair, "import", "checkups", checkups, "--dry-run")
    run(language, *as_chair, "import", "checkups", checkups)
    run(language, *as_chair, "import", "checkups", junk, code=1)
    run(language, *as_tech, "import", "checkups", checkups, code=1)  # a technician may not

    # backup and restore
    copy = tmp_path / "copy.db"
    run(language, *as_tech, "backup", "-o", copy)
    run(language, *as_tech, "backup", "-o", f"{tmp_path / 'gone'}/", code=1)
    run(language, *as_tech, "restore", copy, "--yes")
    run(language, *as_tech, "restore", junk, "--yes", code=1)

    # the county-review package and the county's workspace
    stick = tmp_path / "stick"
    stick.mkdir()
    text = run(language, *as_tech, "export", "--period", "2026Q3", "-o", stick,
               "--as-of", "2026-11-16")  # fmt: skip
    package = next(stick.glob("*.zip"))
    run(language, *as_tech, "export", "--period", "2030Q1", "-o", stick, code=1)
    ws = ["--workspace", tmp_path / "county.db"]
    admin = ["--user", "wang"]
    scanner.data |= {"wang", "li", "Li"}  # the county's accounts
    run(language, "county", "account", "add", "wang", "--role", "county_admin", *ws)
    run(language, *admin, "county", "account", "add", "li", "--name", "Li", *ws)
    run(language, *admin, "county", "account", "add", "li", *ws, code=1)  # taken
    run(language, *admin, "county", "account", "list", *ws)
    run(language, *admin, "county", "account", "disable", "li", *ws)
    run(language, *admin, "county", "account", "enable", "li", *ws)
    run(language, *admin, "county", "account", "password", "li", *ws)
    run(language, *admin, "county", "account", "disable", "wang", *ws, code=1)  # oneself
    run(language, *admin, "county", "import", package, *ws, code=1)  # its key is new
    run(language, *admin, "county", "import", package, *ws, "--accept-new-key")
    run(language, *admin, "county", "import", package, *ws)  # already imported
    run(language, *admin, "county", "import", junk, *ws, code=1)
    code = site_code(db)
    run(language, *admin, "county", "comment", "--site", code, "--period", "2026Q3", "ok", *ws)
    run(language, *admin, "county", "comment", "--site", code, "--period", "2025Q1", "x", *ws,
        code=1)  # fmt: skip
    run(language, *admin, "county", "report", "--year", "2026", *ws, "-o", tmp_path / "c.pdf")
    back = tmp_path / "back"
    back.mkdir()
    run(language, *admin, "county", "return", "--site", code, *ws, "-o", back)
    run(language, *admin, "county", "return", "--site", "000000-0000", *ws, "-o", back, code=1)
    # Every line's detail is worded in the run's language, from the code the services record;
    # the files the earlier commands read and wrote are named as they are.
    files = [p.name for p in tmp_path.rglob("*") if p.is_file()]
    scanner.data.update([*files, *(word for name in files for word in LATIN.findall(name))])
    run(language, *admin, "county", "log", *ws)
    run(language, "--user", "nobody", "county", "log", *ws, code=1)
    run(language, *admin, "county", "log", "--workspace", db, code=1)  # a site's register

    # the county's return file, on the site
    returned = next(back.iterdir())
    run(language, *as_chair, "import", "review-result", returned, code=1)  # the key is new
    run(language, *as_chair, "import", "review-result", returned, "--accept-new-key", "--dry-run")
    run(language, *as_chair, "import", "review-result", returned, "--accept-new-key")
    run(language, *as_chair, "import", "review-result", returned)  # already applied
    run(language, *as_chair, "import", "review-result", junk, code=1)
    assert scanner.runs > 60


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "en_US.UTF-8"}, Language.EN),
        ({"LANG": "zh_CN.UTF-8"}, Language.ZH),
        ({"LANG": "C.UTF-8"}, Language.ZH),  # names no language: the default
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_GB.UTF-8"}, Language.ZH),  # the first set decides
        ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, Language.EN),
    ],
)
def test_the_systems_language_is_the_default(environ: dict[str, str], expected: Language) -> None:
    assert system_language(environ) is expected


def test_without_lang_the_run_speaks_the_systems_language(
    scanner: Scanner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    text = scanner.run("en", "--help")
    assert text.startswith("usage:")
    with pytest.raises(SystemExit):
        main(["--help"])  # no --lang: the system's, English here
    assert scanner.capsys.readouterr().out == text
    monkeypatch.setenv("LC_MESSAGES", "zh_CN.UTF-8")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert scanner.capsys.readouterr().out.startswith("用法：")


@pytest.mark.parametrize(("language", "words"), [("zh", "程序遇到意外问题"), ("en", "unexpected")])
def test_a_defect_is_told_in_the_language_of_the_run(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    words: str,
) -> None:
    from app.db.migrate import open_database

    open_database(tmp_path / "x.db").close()

    def broken(*_args: object) -> int:
        raise ZeroDivisionError("a defect nobody handled")

    monkeypatch.setattr(check_command, "check_database", broken)
    assert main(["--lang", language, "--db", str(tmp_path / "x.db"), "check"]) == 3
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1
    assert ("ZeroDivisionError" not in err) and not (language == "zh" and "unexpected" in err)


def test_chinese_help_is_folded_between_characters_never_inside_a_word() -> None:
    line = "在此县级工作区上打开窗口（县级审核人员的窗口）：一个文件，或共享工作区的地址"
    line += " HEALTHROOM_PASSWORD"
    lines = fold(line, 30)
    assert "".join(lines).replace(" ", "") == line.replace(" ", "")
    assert all(columns(part) <= 30 for part in lines[:-1]) and lines[-1] == "HEALTHROOM_PASSWORD"
    assert not [part for part in lines if part[0] in "，。、；：）"]


@pytest.mark.parametrize("width", [80, 60])
@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_quoted_example_in_help_is_never_broken(
    language: str, width: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--map "表头=字段,..." is typed as it is: --help keeps it on one line at any width."""
    monkeypatch.setenv("COLUMNS", str(width))
    example = '"表头=字段,..."' if language == "zh" else '"HEADER=field,..."'
    for argv in (["import", "--help"], ["import", "staff", "--help"]):
        with pytest.raises(SystemExit):
            main(["--lang", language, *argv])
        text = capsys.readouterr().out
        lines = text.splitlines()
        assert example in text.replace("\n", " "), text
        assert any(example in line for line in lines), f"{argv}: the example is broken\n{text}"
        assert not [line for line in lines if line.count('"') % 2], text  # no half quote
        wide = [line for line in lines if columns(line) > width + 2 and example not in line]
        assert not wide, f"{argv}: lines wider than {width} columns: {wide}"


def test_folding_keeps_quotes_whole_and_breaks_elsewhere() -> None:
    line = '从表格导入职工名册（预览：--dry-run；列：--map "表头=字段,部门=department"）'
    for width in range(12, 60):
        lines = fold(line, width)
        assert "".join(lines).replace(" ", "") == line.replace(" ", "")
        assert any('"表头=字段,部门=department"' in part for part in lines), (width, lines)
    assert fold('a "b c" d', 4) == ["a", '"b c"', "d"]  # a space inside a quote is no break
