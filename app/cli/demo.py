"""healthroom demo [--staff N] [--months M] [--seed S] [--password P] [--today YYYY-MM-DD]"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from app.cli.common import OK, CliContext, Rejected
from app.cli.speech import say
from app.services import accounts
from app.services.demo import DemoError, generate_demo


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--staff", type=int, default=300)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--password", default="demo1234")
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        help="the day the demo's history ends (YYYY-MM-DD; default today): the same data "
        "every time, e.g. for benchmarks",
    )
    parser.set_defaults(handler=run, validate=validate)


def validate(args: argparse.Namespace) -> str | None:
    if args.staff < 1 or args.months < 1:
        return "--staff and --months must be at least 1"
    return None


def run(args: argparse.Namespace, context: CliContext) -> int:
    interactive = sys.stderr.isatty()

    def progress(percent: int, stage: str) -> None:
        print(f"\r{percent:3d}% {stage:<30}", end="", file=sys.stderr, flush=True)

    try:
        summary = generate_demo(
            context.db,
            staff=args.staff,
            months=args.months,
            seed=args.seed,
            password=args.password,
            today=args.today,
            progress=progress if interactive else None,
        )
    except DemoError as error:
        raise Rejected(
            say(
                "数据库不是空的，演示数据只能写入新数据库",
                "the database is not empty: demo data goes into a new database file",
            )
        ) from error
    # In an encrypted file the new accounts also need their key wraps to sign in.
    accounts.enrol_passwords(context.db, [(name, args.password) for name, _ in summary.accounts])
    if interactive:
        print(file=sys.stderr)
    s = summary
    print(say(f"演示数据已写入 {context.db.path}", f"demo data written to {context.db.path}"))
    print(
        say(
            f"  职工 {s.staff} 人（已离职 {s.departed} 人），使用 {s.visits} 人次，"
            f"测量 {s.measurements} 项，设备 {s.devices} 台，活动 {s.activities} 场",
            f"  staff {s.staff} (departed {s.departed}), visits {s.visits}, "
            f"measurements {s.measurements}, devices {s.devices}, activities {s.activities}",
        )
    )
    print(say("账户（用户名、角色、密码）：", "accounts (user name, role, password):"))
    for username, role in summary.accounts:
        print(f"  {username:<8} {role:<8} {args.password}")
    return OK
