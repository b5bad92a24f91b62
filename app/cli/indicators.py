"""healthroom indicators --period 2026|2026Q3|2026-10 [--json] [--as-of DATE]

Aggregates only (no names), so it runs without --user; with --user the user's role is checked.
A plain register is read with SQL text, not the ORM, the user signed in on it (app.cli.opening):
the command then costs little more than its own queries (and the password's check).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING

from app.catalogue.codes import Role
from app.cli.opening import OK, Rejected
from app.cli.speech import language, say
from app.db.rows import Rows
from app.domain.periods import Period, PeriodError
from app.services.actor import Actor
from app.services.indicator_engine import IndicatorSet, figures

if TYPE_CHECKING:
    from app.cli.common import CliContext

AGGREGATES = Actor("cli", Role.TECH)  # no --user: the figures only, never the lists of people


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--period", required=True,
        help=say("年、季度或月：2026、2026Q3 或 2026-10", "2026, 2026Q3 or 2026-10"),
    )  # fmt: skip
    parser.add_argument(
        "--json", action="store_true", help=say("输出机器可读的 JSON", "machine-readable output")
    )
    parser.add_argument(
        "--as-of", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
        help=say("按此日期评判（默认今天）", "judge as on this date (default: today)"),
    )  # fmt: skip
    parser.set_defaults(handler=run, reader=read, validate=validate)


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
    """On an encrypted register (which needs a user) or one at another schema revision."""
    from app.services.indicators import compute_indicators

    period = parse_period(args.period)
    actor = context.actor or AGGREGATES
    return show(args, compute_indicators(context.db, actor, period, args.as_of, drill=False))


def read(args: argparse.Namespace, rows: Rows, actor: Actor | None) -> int:
    """On rows read straight from the register, as the --user signed in there (if any)."""
    period = parse_period(args.period)
    return show(args, figures(rows, actor or AGGREGATES, period, args.as_of, drill=False))


def show(args: argparse.Namespace, result: IndicatorSet) -> int:
    period = result.period
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return OK
    from app.reports.indicator_texts import (  # words for people: scripts (--json) need none
        format_fraction,
        format_met,
        format_target,
        format_value,
        gap_text,
        indicator_name,
        period_name,
    )

    lang = language()
    progress = say("（进行中）", " (in progress)") if period.last_day >= result.as_of else ""
    print(f"{period_name(period, lang)}  {period.first_day} – {period.last_day}{progress}")
    for r in result.results:  # the indicators' keys are for scripts (--json), not people
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
