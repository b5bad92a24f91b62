"""`healthroom report COMMAND`: the options of a report built from its catalogue spec.

-o FILE.pdf and --language always (-o FILE.xlsx: the workbook alone, where the spec allows
it); the period as --month 2026-10, --quarter 2026Q3 or --year 2026; --xlsx when the report
writes a workbook; --text SECTION=TEXT and --as-of when
it has text sections; --names when it may list people; `--NAME` for each of its switches.
The spec's renderer writes the file(s) atomically (app/reports/request.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.catalogue.reports import PeriodChoice, ReportKey, ReportSpec, report
from app.cli.common import OK, OUTPUT_PROBLEMS, CliContext, Rejected
from app.cli.report_output import READER
from app.domain.periods import Period, PeriodError, PeriodKind
from app.domain.permissions import Action
from app.reports.atomic import OutputError
from app.reports.language import ReportLanguage
from app.reports.request import ReportRequest, write_report
from app.services.actor import Actor, PermissionDenied

# The period option of each period choice: (option, period kind, an example).
PERIODS = {
    PeriodChoice.MONTH: ("--month", PeriodKind.MONTH, "2026-10"),
    PeriodChoice.QUARTER: ("--quarter", PeriodKind.QUARTER, "2026Q3"),
    PeriodChoice.YEAR: ("--year", PeriodKind.YEAR, "2026"),
}


def configure_kind(parser: argparse.ArgumentParser, key: ReportKey) -> None:
    spec = report(key)
    period = PERIODS.get(spec.period)
    if period is not None:
        option, _kind, example = period
        parser.add_argument(
            option, dest="period", metavar=option[2:].upper(), required=True,
            help=f"the period, e.g. {example}",
        )  # fmt: skip
    output = "the PDF to write, or the .xlsx alone" if spec.workbook_alone else "the PDF to write"
    parser.add_argument("-o", "--output", type=Path, required=True, help=output)
    if spec.xlsx:
        parser.add_argument("--xlsx", type=Path, help="also write the tables as .xlsx")
    if spec.sections:
        parser.add_argument(
            "--text",
            action="append",
            default=[],
            metavar="SECTION=TEXT",
            help=f"the text of a section ({', '.join(spec.section_codes)}); default: drafted",
        )
        parser.add_argument("--as-of", type=dt.date.fromisoformat, help="judge as on this date")
    if spec.names_option:
        parser.add_argument("--names", action="store_true", help="list people by name")
    for switch in spec.options:
        parser.add_argument(
            f"--{switch.name.replace('_', '-')}",
            dest=f"option_{switch.name}",
            action="store_true",
            help=switch.words.en,
        )
    parser.add_argument(
        "--language", "--lang", dest="lang", choices=[x.value for x in ReportLanguage], default="zh"
    )

    def validate(args: argparse.Namespace) -> str | None:
        return _problem(spec, args)

    def run(args: argparse.Namespace, context: CliContext) -> int:
        return run_kind(spec, args, context)

    parser.set_defaults(handler=run, validate=validate)


def _period(spec: ReportSpec, text: str) -> Period | None:
    try:
        period = Period.parse(text)
    except PeriodError:
        return None
    return period if period.kind is PERIODS[spec.period][1] else None


def _problem(spec: ReportSpec, args: argparse.Namespace) -> str | None:
    if args.output.suffix.lower() == ".xlsx" and not spec.workbook_alone:
        return f"-o {args.output}: this report is a PDF (write FILE.pdf)"
    if spec.period in PERIODS and _period(spec, args.period) is None:
        option, _kind, example = PERIODS[spec.period]
        return f"{option} {args.period!r}: write it like {example}"
    for item in getattr(args, "text", []):
        if "=" not in item or item.partition("=")[0] not in spec.section_codes:
            return f"--text {item!r}: use SECTION=TEXT with SECTION one of {spec.section_codes}"
    return None


def _actor(spec: ReportSpec, context: CliContext) -> Actor:
    """--user with the role the spec asks; a report without health data prints as a
    technician when no --user is given."""
    if spec.permission:
        return context.require(Action(spec.permission))
    return context.actor or READER


def run_kind(spec: ReportSpec, args: argparse.Namespace, context: CliContext) -> int:
    actor = _actor(spec, context)
    texts = dict(item.split("=", 1) for item in getattr(args, "text", []))
    request = ReportRequest(
        pdf=args.output,
        xlsx=getattr(args, "xlsx", None),
        period=_period(spec, args.period) if spec.period in PERIODS else None,
        texts={code: text.replace("\\n", "\n") for code, text in texts.items()},
        names=bool(getattr(args, "names", False)),
        language=ReportLanguage(args.lang),
        as_of=getattr(args, "as_of", None),
        options={s.name: bool(getattr(args, f"option_{s.name}")) for s in spec.options},
    )
    try:
        pdf = write_report(spec.key, context.db, actor, request)
    except PermissionDenied as error:
        raise Rejected(
            f"用户 {actor.username} 无权打印此报表 / {actor.username} may not print this"
            + ("（人员名单 / names）" if request.names else "")
        ) from error
    except OutputError as error:
        reason = OUTPUT_PROBLEMS.get(error.reason, error.reason)
        raise Rejected(f"无法写入文件 / cannot write {error.path}: {reason}") from error
    for path in (pdf, request.xlsx):
        if path is not None:
            print(f"written: {path}")
    return OK
