"""healthroom demo [--staff N] [--months M] [--seed S] [--password P] [--today YYYY-MM-DD]"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from app.catalogue.codes import Role
from app.catalogue.demo import DemoStage
from app.cli.common import OK, CliContext, Rejected
from app.cli.speech import say, spoken, spoken_of
from app.services import accounts
from app.services.demo import DemoError, generate_demo


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--staff",
        type=int,
        default=300,
        metavar="N",
        help=say("职工人数（默认 300）", "staff (default 300)"),
    )
    parser.add_argument(
        "--months", type=int, default=12, metavar="M",
        help=say("多少个月的使用记录（默认 12）", "months of history (default 12)"),
    )  # fmt: skip
    parser.add_argument(
        "--seed", type=int, default=1, metavar="S",
        help=say(
            "随机数种子：同一种子得到同样的数据（默认 1）",
            "random seed: the same seed, the same data (default 1)",
        ),
    )  # fmt: skip
    parser.add_argument(
        "--password", default="demo1234",
        help=say(
            "演示账户的密码（默认 demo1234）", "the demo accounts' password (default demo1234)"
        ),
    )  # fmt: skip
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help=say(
            "演示记录截止的日期（默认今天）：每次得到同样的数据，例如用于性能测试",
            "the day the demo's history ends (default today): the same data every time, e.g. "
            "for benchmarks",
        ),
    )
    parser.set_defaults(handler=run, validate=validate)


def validate(args: argparse.Namespace) -> str | None:
    if args.staff < 1 or args.months < 1:
        return say("--staff 和 --months 至少为 1", "--staff and --months must be at least 1")
    return None


def run(args: argparse.Namespace, context: CliContext) -> int:
    interactive = sys.stderr.isatty()

    def progress(percent: int, stage: str) -> None:
        print(
            f"\r{percent:3d}% {spoken_of(DemoStage, stage):<30}",
            end="",
            file=sys.stderr,
            flush=True,
        )

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
    print(say("账户（用户名、密码、角色）：", "accounts (user name, password, role):"))
    for username, role in summary.accounts:
        print(f"  {username:<8} {args.password}  {spoken(Role(role))}")
    return OK
