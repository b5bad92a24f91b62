"""What the room's printouts share on the command line: -o and --language, and writing the
file(s) with a clear refusal when they cannot be written."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from app.catalogue.codes import Role
from app.cli.opening import OK, output_refusal, written_line
from app.cli.speech import say
from app.reports.atomic import OutputError
from app.reports.language import ReportLanguage
from app.services.actor import Actor

# The stock sheet and the cleaning log hold no health data: without --user they are
# read as a technician would. The plan, the outreach list and the sign-in sheet need --user.
READER = Actor("cli", Role.TECH)


def add_pdf_option(parser: argparse.ArgumentParser, workbook_alone: bool = False) -> None:
    """-o FILE.pdf (or, where the report allows it, FILE.xlsx: the workbook alone)."""
    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE.pdf",
        help=say("要写入的 PDF 文件，或只写 .xlsx 表格", "the PDF to write, or the .xlsx alone")
        if workbook_alone
        else say("要写入的 PDF 文件", "the PDF to write"),
    )  # fmt: skip


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """The printout's language; left out, the run's (`--lang` before the command)."""
    parser.add_argument(
        "--language", "--lang", dest="lang", choices=[x.value for x in ReportLanguage],
        help=say(
            "报表的语言（默认：命令行的语言）",
            "the printout's language (default: the command line's)",
        ),
    )  # fmt: skip


def iso_date(text: str) -> dt.date:
    """A date option's value (argparse's usage error, in the run's language, otherwise)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say(f"不是日期（年-月-日）：{text}", f"not a date (YYYY-MM-DD): {text}")
        ) from None


def add_as_of_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of", type=iso_date, metavar="YYYY-MM-DD",
        help=say("按此日期评判（默认今天）", "judge as on this date (default: today)"),
    )  # fmt: skip


def add_output_options(parser: argparse.ArgumentParser, run: Callable[..., int]) -> None:
    add_pdf_option(parser)
    add_language_option(parser)
    parser.set_defaults(handler=run)


def written(write: Callable[[], list[Path]]) -> int:
    try:
        paths = write()
    except OutputError as error:
        raise output_refusal(error) from error
    for path in paths:
        print(written_line(path))
    return OK
