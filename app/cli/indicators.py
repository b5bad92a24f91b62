"""healthroom indicators --period 2026|2026Q3|2026-10 [--json] [--as-of DATE]

Aggregates only (no names), so it runs without --user; with --user the user's role is checked.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json

from app.catalogue.codes import Role
from app.cli.common import OK, CliContext, Rejected
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
    parser.add_argument("--period", required=True, help="2026, 2026Q3 or 2026-10")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--as-of", type=dt.date.fromisoformat, help="judge as on this date (default: today)"
    )
    parser.set_defaults(handler=run, validate=validate)


def validate(args: argparse.Namespace) -> str | None:
    try:
        Period.parse(args.period)
    except PeriodError:
        return (
            f"--period {args.period!r}: use a year (2026), a quarter (2026Q3) or a month (2026-10)"
        )
    return None


def parse_period(text: str) -> Period:
    try:
        return Period.parse(text)
    except PeriodError as error:
        raise Rejected(
            f"期间格式不对：{text}，请写 2026、2026Q3 或 2026-10 / "
            f"not a period: {text}; write 2026, 2026Q3 or 2026-10"
        ) from error


def run(args: argparse.Namespace, context: CliContext) -> int:
    period = parse_period(args.period)
    actor = context.actor or AGGREGATES
    result = compute_indicators(context.db, actor, period, as_of=args.as_of, drill=False)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return OK
    progress = "（进行中 / in progress）" if period.last_day >= result.as_of else ""
    print(f"{period_name(period)}  {period.first_day} – {period.last_day}{progress}")
    for r in result.results:
        gap = gap_text(r)
        line = (
            f"  {r.key.value:<25} {pad(indicator_name(r.key), 28)} "
            f"{pad(format_value(r), 9, True)} {format_fraction(r):>9}  "
            f"{pad(format_target(r), 8)} {pad(format_met(r), 6)} {gap}"
        )
        print(line.rstrip())
    return OK


def pad(text: str, width: int, right: bool = False) -> str:
    """Pad to a terminal width where a Chinese character takes two columns."""
    used = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
    space = " " * max(0, width - used)
    return space + text if right else text + space
