"""`healthroom report COMMAND`: the options of a report built from its catalogue spec.

-o FILE.pdf and --language always (-o FILE.xlsx: the workbook alone, where the spec allows
it); the period as --month 2026-10, --quarter 2026Q3 or --year 2026; --xlsx when the report
writes a workbook; --text SECTION=TEXT and --as-of when
it has text sections; --names when it may list people; `--NAME` for each of its switches.
The spec's renderer writes the file(s) atomically (app/reports/request.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.catalogue.language import Language, listed
from app.catalogue.reports import PeriodChoice, ReportKey, ReportSpec, report
from app.cli.opening import OK, Rejected, needs_user, output_refusal, written_line
from app.cli.report_output import READER, add_as_of_option, add_language_option, add_pdf_option
from app.cli.speech import language, say
from app.domain.periods import Period, PeriodError, PeriodKind
from app.domain.permissions import Action
from app.memory import freeze_start_up, quiet_start_up
from app.reports.atomic import OutputError
from app.reports.language import ReportLanguage
from app.reports.request import (
    ReportRequest,
    renderer,
    rows_renderer,
    write_report,
    write_report_in,
)
from app.services.actor import Actor, PermissionDenied

if TYPE_CHECKING:  # the full opening (SQLAlchemy) only where the register needs it
    from app.cli.common import CliContext
    from app.db.rows import Rows

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
            help=say(f"期间，例如 {example}", f"the period, e.g. {example}"),
        )  # fmt: skip
    add_pdf_option(parser, spec.workbook_alone)
    if spec.xlsx:
        parser.add_argument(
            "--xlsx", type=Path, metavar="FILE.xlsx",
            help=say("同时把表格写入 .xlsx", "also write the tables as .xlsx"),
        )  # fmt: skip
    if spec.sections:
        parser.add_argument(
            "--text",
            action="append",
            default=[],
            metavar="SECTION=TEXT",
            help=say(
                f"某一段的文字，段落=文字（段落：{_sections(spec)}）；默认自动起草",
                f"the text of a section ({_sections(spec)}); default: drafted",
            ),
        )
        add_as_of_option(parser)
    if spec.names_option:
        parser.add_argument(
            "--names", action="store_true", help=say("列出人员姓名", "list people by name")
        )
    for switch in spec.options:
        parser.add_argument(
            f"--{switch.name.replace('_', '-')}",
            dest=f"option_{switch.name}",
            action="store_true",
            help=switch.words.in_(language()),
        )
    add_language_option(parser)

    def validate(args: argparse.Namespace) -> str | None:
        return _problem(spec, args)

    def run(args: argparse.Namespace, context: CliContext) -> int:
        return run_kind(spec, args, context)

    def read(args: argparse.Namespace, rows: Rows, actor: Actor | None) -> int:
        return read_kind(spec, args, rows, actor)

    parser.set_defaults(handler=run, validate=validate)
    if spec.reads_rows:  # a plain register is read without the ORM (app.cli.opening);
        # printing writes its audit entry, so the register is checked as for any writer
        parser.set_defaults(reader=read, reader_writes=True)


def _period(spec: ReportSpec, text: str) -> Period | None:
    try:
        period = Period.parse(text)
    except PeriodError:
        return None
    return period if period.kind is PERIODS[spec.period][1] else None


def _sections(spec: ReportSpec) -> str:
    """The sections as --text names them: their Chinese words in Chinese, codes in English."""
    names = (words.zh if language() is Language.ZH else code for code, words in spec.sections)
    return listed(names, language())


def _section(spec: ReportSpec, name: str) -> str | None:
    """The section `name` stands for: its code or its words in either language."""
    name = name.strip()
    for code, words in spec.sections:
        if name in (code, words.zh, words.en):
            return code
    return None


def _problem(spec: ReportSpec, args: argparse.Namespace) -> str | None:
    if args.output.suffix.lower() == ".xlsx" and not spec.workbook_alone:
        return say(
            f"-o {args.output}：此报表是 PDF（请写 FILE.pdf）",
            f"-o {args.output}: this report is a PDF (write FILE.pdf)",
        )
    if spec.period in PERIODS and _period(spec, args.period) is None:
        option, _kind, example = PERIODS[spec.period]
        return say(
            f"{option} “{args.period}”：格式应为 {example}",
            f"{option} {args.period!r}: write it like {example}",
        )
    for item in getattr(args, "text", []):
        if "=" not in item or _section(spec, item.partition("=")[0]) is None:
            return say(
                f"--text “{item}”：写法为 段落=文字，段落为 {_sections(spec)} 之一",
                f"--text {item!r}: use SECTION=TEXT with SECTION one of {_sections(spec)}",
            )
    return None


def _actor(spec: ReportSpec, actor: Actor | None) -> Actor:
    """--user with the role the spec asks; a report without health data prints as a
    technician when no --user is given."""
    if not spec.permission:
        return actor or READER
    if actor is None:
        raise needs_user()
    action = Action(spec.permission)
    if not actor.can(action):
        raise PermissionDenied(actor, action)  # said as every refusal (app.cli._answer)
    return actor


def _request(spec: ReportSpec, args: argparse.Namespace) -> ReportRequest:
    texts = {
        _section(spec, name) or name: text
        for name, text in (item.split("=", 1) for item in getattr(args, "text", []))
    }
    return ReportRequest(
        pdf=args.output,
        xlsx=getattr(args, "xlsx", None),
        period=_period(spec, args.period) if spec.period in PERIODS else None,
        texts={code: text.replace("\\n", "\n") for code, text in texts.items()},
        names=bool(getattr(args, "names", False)),
        language=ReportLanguage(args.lang),
        as_of=getattr(args, "as_of", None),
        options={s.name: bool(getattr(args, f"option_{s.name}")) for s in spec.options},
    )


def run_kind(spec: ReportSpec, args: argparse.Namespace, context: CliContext) -> int:
    actor = _actor(spec, context.actor)
    request = _request(spec, args)
    _load(lambda: renderer(spec), request)
    return _written(actor, request, lambda: write_report(spec.key, context.db, actor, request))


def read_kind(spec: ReportSpec, args: argparse.Namespace, rows: Rows, actor: Actor | None) -> int:
    """A spec that `reads_rows`, printed from a plain register read without the ORM."""
    signed = _actor(spec, actor)
    request = _request(spec, args)
    _load(lambda: rows_renderer(spec), request)
    return _written(signed, request, lambda: write_report_in(spec.key, rows, signed, request))


def _load(import_renderer: Callable[[], object], request: ReportRequest) -> None:
    """The renderer's modules (reportlab; openpyxl when a workbook is asked for), loaded once
    the --user may print: quietly and frozen, as the command's start-up (`app.memory`)."""
    with quiet_start_up():
        import_renderer()
        if request.xlsx is not None or request.workbook_only:
            from app.reports.xlsx.workbook import load_openpyxl

            load_openpyxl()
        freeze_start_up()


def _written(actor: Actor, request: ReportRequest, write: Callable[[], Path]) -> int:
    try:
        pdf = write()
    except PermissionDenied as error:
        who = actor.username
        raise Rejected(
            say(f"用户 {who} 无权打印人员名单", f"{who} may not print names")
            if request.names
            else say(f"用户 {who} 无权打印此报表", f"{who} may not print this")
        ) from error
    except OutputError as error:
        raise output_refusal(error) from error
    for path in (pdf, request.xlsx):
        if path is not None:
            print(written_line(path))
    return OK
