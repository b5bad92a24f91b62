"""What the room's printouts share on the command line: -o and --language, and writing the
file(s) with a clear refusal when they cannot be written."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.catalogue.codes import Role
from app.cli.common import OK, Rejected
from app.reports.atomic import OutputError
from app.reports.language import ReportLanguage
from app.services.actor import Actor

# The stock sheet and the cleaning log hold no health data: without --user they are
# read as a technician would. The plan, the outreach list and the sign-in sheet need --user.
READER = Actor("cli", Role.TECH)


def add_output_options(parser: argparse.ArgumentParser, run: Callable[..., int]) -> None:
    parser.add_argument("-o", "--output", required=True, type=Path, help="the PDF to write")
    parser.add_argument(
        "--language", "--lang", dest="lang", choices=[x.value for x in ReportLanguage], default="zh"
    )
    parser.set_defaults(handler=run)


def written(write: Callable[[], list[Path]]) -> int:
    try:
        paths = write()
    except OutputError as error:
        raise Rejected(f"无法写入文件 / cannot write {error.path}: {error.reason}") from error
    for path in paths:
        print(f"written: {path}")
    return OK
