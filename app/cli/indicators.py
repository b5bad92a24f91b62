"""healthroom indicators --period 2026|2026Q3|2026-10 [--json] [--as-of DATE]

Aggregates only (no names), so it runs without --user; with --user the user's role is checked.
"""

from __future__ import annotations

import argparse
import json

from app.catalogue.codes import Role
from app.cli.common import OK, CliContext, Rejected
from app.cli.export import PERIOD_HELP_EN, PERIOD_HELP_ZH
from app.cli.report_output import add_as_of_option
from app.cli.speech import language, say
from app.domain.periods import Period, PeriodError
from app.reports.indicator_texts import (
    format_fraction,
    format_met,
    format_target,
    format_value,
    gap_text,
    indicator_name,
    period_name,
)
from app.services.actor import Actor
from app.services.indicators import compute_indicators

AGGREGATES = Actor("cli", Role.TECH)  # no --user: the figures only, never the lists of people


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", required=True, help=say(PERIOD_HELP_ZH, PERIOD_HELP_EN))
    parser.add_argument(
        "--json", action="store_true", help=say("输出机器可读的 JSON", "machine-readable output")
    )
    add_as_of_option(parser)
    parser.set_defaults(handler=run, validate=validate)


def validate(args: argparse.Namespace) -> str | None:
    try:
        Period.parse(args.period)
    except PeriodError:
        return say(
            f"--period “{args.period}”：请写年（2026）、季度（2026Q3）或月（2026-10）",
            f"--period {args.period!r}: use a year (2026), a quarter (2026Q3) or a month (2026-10)",
        )
    return None


def parse_period(text: str) -> Period:
    try:
        return Period.parse(text)
    except PeriodError as error:
        raise Rejected(
            say(
                f"期间格式不对：{text}，请写 2026、2026Q3 或 2026-10",
                f"not a period: {text}; write 2026, 2026Q3 or 2026-10",
            )
        ) from error


def run(args: argparse.Namespace, context: CliContext) -> int:
    period = parse_period(args.period)
    actor = context.actor or AGGREGATES
    result = compute_indicators(context.db, actor, period, as_of=args.as_of, drill=False)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return OK
    lang = language()
    progress = say("（进行中）", " (in progress)") if period.last_day >= result.as_of else ""
    print(f"{period_name(period, lang)}  {period.first_day} – {period.last_day}{progress}")
    for r in result.results:
        gap = gap_text(r, lang)
        line = (
            f"  {pad(indicator_name(r.key, lang), 36)} "
            f"{pad(format_value(r, lang), 9, True)} {format_fraction(r):>9}  "
            f"{pad(format_target(r, lang), 8)} {pad(format_met(r, lang), 6)} {gap}"
        )
        print(line.rstrip())
    return OK


def pad(text: str, width: int, right: bool = False) -> str:
    """Pad to a terminal width where a Chinese character takes two columns."""
    used = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
    space = " " * max(0, width - used)
    return space + text if right else text + space
