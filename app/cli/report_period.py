"""What `report monthly|quarterly|annual` share: period option, output files, text sections."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.cli.common import OK, OUTPUT_PROBLEMS, CliContext, Rejected
from app.cli.speech import say
from app.domain.periods import Period, PeriodError, PeriodKind
from app.domain.permissions import Action
from app.reports.atomic import OutputError
from app.reports.language import ReportLanguage
from app.reports.period_kinds import PeriodReportInfo
from app.services.actor import PermissionDenied

EXAMPLES = {PeriodKind.MONTH: "2026-10", PeriodKind.QUARTER: "2026Q3", PeriodKind.YEAR: "2026"}


def configure_period(
    parser: argparse.ArgumentParser, report: PeriodReportInfo, option: str
) -> None:
    example = EXAMPLES[report.period_kind]
    parser.add_argument(option, dest="period", required=True, help=f"the period, e.g. {example}")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    if report.xlsx:
        parser.add_argument("--xlsx", type=Path, help="also write the tables as .xlsx")
    parser.add_argument(
        "--text",
        action="append",
        default=[],
        metavar="SECTION=TEXT",
        help=f"the text of a section ({', '.join(report.sections)}); default: drafted",
    )
    parser.add_argument("--language", "--lang", dest="language", choices=["zh", "en"])
    parser.add_argument("--as-of", type=dt.date.fromisoformat, help="judge as on this date")

    def validate(args: argparse.Namespace) -> str | None:
        try:
            period = Period.parse(args.period)
        except PeriodError:
            period = None
        if period is None or period.kind is not report.period_kind:
            return f"{option} {args.period!r}: write it like {example}"
        for item in args.text:
            section = item.partition("=")[0]
            if "=" not in item or section not in report.sections:
                return f"--text {item!r}: use SECTION=TEXT with SECTION one of {report.sections}"
        return None

    def run(args: argparse.Namespace, context: CliContext) -> int:
        return run_report(report, args, context)

    parser.set_defaults(handler=run, validate=validate)


def run_report(report: PeriodReportInfo, args: argparse.Namespace, context: CliContext) -> int:
    from app.reports.period_report import ReportOptions, generate  # only when printing

    period = Period.parse(args.period)
    names = bool(getattr(args, "names", False))
    actor = context.require(Action.PRINT_REPORTS)
    texts = dict(item.split("=", 1) for item in args.text)
    options = ReportOptions(
        texts={k: v.replace("\\n", "\n") for k, v in texts.items()},
        names=names,
        language=ReportLanguage(args.language),
        as_of=args.as_of,
    )
    xlsx = getattr(args, "xlsx", None)
    try:
        output = generate(report.load(), context.db, actor, period, args.output, xlsx, options)
    except PermissionDenied as error:
        raise Rejected(
            say(f"用户 {actor.username} 无权打印人员名单", f"{actor.username} may not print names")
        ) from error
    except OutputError as error:
        raise Rejected(
            f"{error.path}: {OUTPUT_PROBLEMS.get(error.reason, error.reason)}"
        ) from error
    print(say(f"已写入：{output.pdf}", f"written: {output.pdf}"))
    if output.xlsx is not None:
        print(say(f"已写入：{output.xlsx}", f"written: {output.xlsx}"))
    return OK
