"""`healthroom --user NAME county import PKG... --workspace W`, `county report --year Y -o F.pdf`,
`county account add|list|disable|enable|password`, `county log`: every one signs in with a
county account of the workspace (channel: the command line) and is written to its access log;
the county workspace, a database of its own (the site's database is not opened)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.catalogue import Language, word
from app.catalogue.problems import PackageProblem
from app.catalogue.reports import ReportKey, report
from app.cli.common import OK, OUTPUT_PROBLEMS, REJECTED, Rejected, read_password, sign_in_refusal
from app.domain.county_roles import CountyRole
from app.domain.periods import MAX_YEAR, MIN_YEAR
from app.domain.workspace_address import workspace_place
from app.services.accounts import AccountError
from app.services.county_accounts import CountyPermissionDenied

if TYPE_CHECKING:
    from app.db.county_models import Workspace
    from app.services.county_accounts import CountyReviewer

CLI = "cli"
NEW_PASSWORD_ENV = "HEALTHROOM_NEW_PASSWORD"
COUNTY_ROLES = {
    role.value: f"{word(role, Language.ZH)} / {word(role, Language.EN)}" for role in CountyRole
}
ACCOUNT_PROBLEMS = {
    "accounts_exist": "工作区已有账户 / the workspace already has accounts",
    "username_taken": "用户名已被使用 / this user name is taken",
    "no_such_user": "没有这个账户 / no such account",
    "cannot_disable_self": "不能停用自己的账户 / you cannot disable your own account",
    "last_admin": "这是唯一的县级管理员，不能停用 / the only county administrator stays enabled",
    "too_short": "密码至少 8 个字符 / the password needs at least 8 characters",
    "too_simple": "密码太简单，请同时使用字母和数字 / too simple: use letters and digits",
    "bad_username": "用户名不能含空格，最多 50 个字符 / no spaces, at most 50 characters",
    "required": "请输入用户名 / enter a user name",
    "mismatch": "两次输入的密码不同 / the two passwords differ",
    "wrong_password": "当前密码不对 / the current password is wrong",
}

WORKSPACE_HELP = "the county workspace: a file, or a shared postgresql://user@server/database"
WORKSPACE_PROBLEMS = {
    "site_database": "这是单位台账，不是县级工作区 / a site's register, not a county workspace",
    "not_a_workspace": "不是县级工作区 / not a county workspace",
    "bad_address": "不是工作区地址（postgresql://用户@服务器/数据库）/ not a workspace address "
    "(postgresql://user@server/database)",
    "unreachable": "无法连接工作区服务器 / the workspace server cannot be reached",
    "is_folder": "这是文件夹，请给出工作区文件名 / this is a folder: give the workspace file",
    "folder_missing": "所在文件夹不存在 / its folder does not exist",
    "read_only": "文件或文件夹只读，不能写入 / the file or its folder is read-only",
    "cannot_open": "无法打开或创建（磁盘已满或已拔出？）/ cannot be opened or created (a full "
    "or removed disk?)",
}

# Why a package was refused, in both languages (the catalogue's words, as the window says).
REASONS = {
    problem.value: f"{word(problem, Language.ZH)} / {word(problem, Language.EN)}"
    for problem in PackageProblem
}


def year(text: str) -> int:
    """--year: a calendar year the program can work with (a usage error otherwise)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text!r}: 年份应在 {MIN_YEAR}–{MAX_YEAR} / write a year {MIN_YEAR}–{MAX_YEAR}"
        )
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    kinds = parser.add_subparsers(dest="county_command", required=True)
    imp = kinds.add_parser("import", help="import site packages (verified first)")
    imp.add_argument("packages", nargs="+", type=Path, metavar="PACKAGE.zip")
    imp.add_argument("--workspace", type=workspace_place, required=True, help=WORKSPACE_HELP)
    imp.add_argument(
        "--accept-new-key", action="store_true", help="confirm that a site's signing key changed"
    )
    imp.set_defaults(standalone=_signed_in(run_import, must_exist=False))
    summary = report(ReportKey.COUNTY_SUMMARY)
    rep = kinds.add_parser(summary.command, help=f"{summary.cli_help}: the PDF (and .xlsx)")
    rep.add_argument("--year", type=year, required=True)
    rep.add_argument("--workspace", type=workspace_place, required=True, help=WORKSPACE_HELP)
    rep.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    rep.add_argument("--xlsx", type=Path, help="also write the tables as .xlsx")
    rep.set_defaults(standalone=_signed_in(run_report))
    ret = kinds.add_parser(
        "return", help="the signed review-result file for a site (inspections, items, comments)"
    )
    ret.add_argument("--site", required=True, help="the site's code")
    ret.add_argument("--workspace", type=workspace_place, required=True, help=WORKSPACE_HELP)
    ret.add_argument(
        "-o", "--output", type=Path, required=True, help="the file, or a folder to name it in"
    )
    ret.add_argument(
        "--year", type=year, help="the year of the commendation verdict (default: now)"
    )
    ret.set_defaults(standalone=_signed_in(run_return))
    com = kinds.add_parser(
        "comment", help="comment on a site's package (sent with its return file)"
    )
    com.add_argument("--site", required=True, help="the site's code")
    com.add_argument("--period", required=True, help="the package's period: 2026, 2026Q3, 2026-10")
    com.add_argument("--workspace", type=workspace_place, required=True, help=WORKSPACE_HELP)
    com.add_argument("text", help='the comment ("" clears it)')
    com.set_defaults(standalone=_signed_in(run_comment))
    acc = kinds.add_parser("account", help="county accounts: add, list, disable, new password")
    what = acc.add_subparsers(dest="account_command", required=True)
    add = what.add_parser(
        "add", help="a new account (on a new workspace the first, a county administrator, "
        f"needs no --user); its password is asked, or read from {NEW_PASSWORD_ENV}",
    )  # fmt: skip
    add.add_argument("username")
    add.add_argument("--role", choices=[r.value for r in CountyRole], default="reviewer")
    add.add_argument("--name", default="", help="the person's full name")
    add.set_defaults(standalone=run_account_add)
    for name, help_text in (
        ("list", "every account with its role and state"),
        ("disable", "stop an account from signing in"),
        ("enable", "let a disabled account sign in again"),
        ("password", f"set a new password (asked, or read from {NEW_PASSWORD_ENV})"),
    ):
        sub = what.add_parser(name, help=help_text)
        if name != "list":
            sub.add_argument("username")
        sub.set_defaults(standalone=_signed_in(run_account))
    log_ = kinds.add_parser("log", help="the access log (an administrator sees everyone's)")
    log_.add_argument("--limit", type=int, default=50, help="the newest N entries")
    log_.set_defaults(standalone=_signed_in(run_log))
    for sub in (add, log_, *what.choices.values()):
        if not any(a.dest == "workspace" for a in sub._actions):
            sub.add_argument("--workspace", type=workspace_place, required=True,
                             help=WORKSPACE_HELP)  # fmt: skip


def open_for_command(place: Path | str, must_exist: bool = False) -> Workspace:
    """The workspace the command names; a clear refusal when it cannot be one."""
    from sqlalchemy.exc import DatabaseError

    from app.db.county_models import WorkspaceError, open_workspace, shown_address

    if must_exist and isinstance(place, Path) and not place.exists():
        raise Rejected(f"{place}: 工作区不存在 / no such workspace")
    try:
        return open_workspace(place)
    except WorkspaceError as error:
        problem = WORKSPACE_PROBLEMS.get(error.reason, error.reason)
        raise Rejected(f"{error.path}: {problem} {error.detail}".rstrip()) from error
    except (OSError, DatabaseError) as error:
        raise Rejected(
            f"{shown_address(place)}: 无法打开工作区 / cannot open the workspace: {error}"
        ) from error


def run_import(args: argparse.Namespace, workspace: Workspace, reviewer: CountyReviewer) -> int:
    from app.domain.key_fingerprint import fingerprint
    from app.exchange.county_import import import_package

    rejected = 0
    for path in args.packages:
        o = import_package(workspace, path, args.accept_new_key, reviewer)
        what = f"{path.name}: {o.site_code} {o.period} #{o.sequence}"
        if o.status == "imported":
            print(f"{what} 已导入 / imported")
        elif o.status == "replaced":
            print(f"{what} 已导入，替换第 {o.reason} 次报送 / imported, replaces #{o.reason}")
        elif o.status == "unchanged":
            print(f"{what} 已导入过，未改变 / already imported, nothing changed")
        elif o.status == "older":
            print(f"{what} 比已导入的第 {o.reason} 次旧，未导入 / older than #{o.reason}")
        elif o.status == "new_key":
            rejected += 1
            print(
                f"{what} 是该单位的第一个数据包，签名密钥指纹 {fingerprint(o.public_key)}；"
                "请与单位技术员核对指纹，一致后加 --accept-new-key 导入 / the first package "
                f"of this site, key fingerprint {fingerprint(o.public_key)}: check it with the "
                "site's technician, then import with --accept-new-key",
                file=sys.stderr,
            )
        elif o.status == "key_changed":
            rejected += 1
            print(
                f"{what} 签名密钥与首次导入时不同（新指纹 {fingerprint(o.public_key)}），"
                "拒绝导入；核对后用 --accept-new-key / signed by another key than before (new "
                f"fingerprint {fingerprint(o.public_key)}): refused (confirm with "
                "--accept-new-key)",
                file=sys.stderr,
            )
        else:
            rejected += 1
            reason = REASONS.get(o.reason, o.reason)
            print(f"{path}: 拒绝导入 / rejected: {reason} {o.detail}".rstrip(), file=sys.stderr)
        if o.warning == "audit_rollback":
            print(
                f"{what} 注意：该单位的审计记录比以前的数据包少或被改写（记录被删除或台账被"
                "回退到旧副本），请核查 / warning: the site's audit trail is shorter than "
                "in an earlier package, or rewritten (entries deleted, or the register "
                "rolled back to an old copy): look into it",
                file=sys.stderr,
            )
    return REJECTED if rejected else OK


def run_report(args: argparse.Namespace, workspace: Workspace, reviewer: CountyReviewer) -> int:
    """The county summary through the report registry (it checks the reviewer may print and
    records the print in the access log)."""
    from app.domain.periods import Period
    from app.reports.atomic import OutputError
    from app.reports.request import ReportRequest, write_workspace_report

    request = ReportRequest(args.output, args.xlsx, period=Period.of_year(args.year))
    try:
        write_workspace_report(ReportKey.COUNTY_SUMMARY, workspace, reviewer, request)
    except OutputError as error:
        print(f"{error.path}: {OUTPUT_PROBLEMS.get(error.reason, error.reason)}", file=sys.stderr)
        return REJECTED
    print(f"written {args.output}")
    if args.xlsx:
        print(f"written {args.xlsx}")
    return OK


def run_return(args: argparse.Namespace, workspace: Workspace, reviewer: CountyReviewer) -> int:
    from app.exchange.county_return import ReturnRefused, write_return_file
    from app.reports.atomic import OutputError

    try:
        written = write_return_file(workspace, reviewer, args.site, args.output, args.year)
    except ReturnRefused as error:
        raise Rejected(
            f"{args.site}: 工作区中没有这个单位（先导入它的数据包）/ no such site in the workspace "
            "(import one of its packages first)"
        ) from error
    except OutputError as error:
        problem = OUTPUT_PROBLEMS.get(error.reason, error.reason)
        raise Rejected(f"{error.path}: {problem}") from error
    print(f"written {written.path}")
    print(
        f"第 {written.sequence} 号反馈文件：巡检 {written.inspections} 次，整改事项 "
        f"{written.items} 项（未完成 {written.open_items} 项），意见 {written.comments} 条 / "
        f"return file #{written.sequence}: {written.inspections} inspections, "
        f"{written.items} items ({written.open_items} open), {written.comments} comments"
    )
    print(
        f"县级密钥指纹 / county key fingerprint: {written.fingerprint} — 单位首次导入时请电话"
        "核对 / read it to the site on its first import"
    )
    return OK


def run_comment(args: argparse.Namespace, workspace: Workspace, reviewer: CountyReviewer) -> int:
    from app.services import county

    try:
        county.set_comment(workspace, reviewer, args.site, args.period, args.text)
    except county.InspectionError as error:
        raise Rejected(
            f"{args.site} {args.period}: 没有这个数据包 / no such package in the workspace"
        ) from error
    print(f"{args.site} {args.period}: 意见已保存 / comment saved")
    return OK


# --- accounts and the access log ------------------------------------------------------------


def new_password(username: str) -> str:
    """The new account's password: from HEALTHROOM_NEW_PASSWORD (scripts), else asked twice."""
    from_env = os.environ.get(NEW_PASSWORD_ENV)
    if from_env is not None:
        return from_env
    try:
        first = getpass.getpass(f"{username} 的新密码 / new password: ")
        again = getpass.getpass("再输入一次 / again: ")
    except (EOFError, KeyboardInterrupt, OSError) as error:
        raise Rejected(f"没有输入密码 / no password given (or set {NEW_PASSWORD_ENV})") from error
    if first != again:
        raise Rejected("两次输入的密码不同 / the two passwords differ")
    return first


def account_refusal(error: AccountError) -> Rejected:
    return Rejected(f"{ACCOUNT_PROBLEMS.get(error.code, error.code)} ({error.field})".rstrip(" ()"))


def run_account_add(args: argparse.Namespace) -> int:
    """The first account of a new workspace needs no --user; every other one an administrator."""
    from app.services import county_accounts

    try:
        workspace = open_for_command(args.workspace)
    except Rejected as error:
        print(str(error), file=sys.stderr)
        return REJECTED
    try:
        if not county_accounts.has_accounts(workspace):
            if args.role != CountyRole.ADMIN.value:
                raise Rejected(
                    "新工作区的第一个账户须是县级管理员（--role county_admin）/ the first account "
                    "of a new workspace is a county administrator"
                )
            county_accounts.create_first_admin(
                workspace, args.username, new_password(args.username), args.name, CLI
            )
        else:
            actor = sign_in(workspace, args.user)
            county_accounts.add_account(workspace, actor, args.username, CountyRole(args.role),
                                        new_password(args.username), args.name)  # fmt: skip
    except Rejected as error:
        print(str(error), file=sys.stderr)
        return REJECTED
    except AccountError as error:
        print(str(account_refusal(error)), file=sys.stderr)
        return REJECTED
    except CountyPermissionDenied as error:
        print(denied(error), file=sys.stderr)
        return REJECTED
    finally:
        workspace.close()
    print(f"{args.username}: 账户已建立 / account created ({COUNTY_ROLES[args.role]})")
    return OK


def run_account(args: argparse.Namespace, workspace: Workspace, actor: CountyReviewer) -> int:
    from app.services import county_accounts

    command = args.account_command
    try:
        if command == "list":
            for row in county_accounts.list_accounts(workspace, actor):
                state = "在用 / active" if row.active else "已停用 / disabled"
                if row.locked_until:
                    state += f"，锁定至 / locked until {row.locked_until:%H:%M}"
                print(f"{row.username}\t{row.display_name}\t{COUNTY_ROLES[row.role.value]}\t"
                      f"{state}")  # fmt: skip
            return OK
        if command in ("disable", "enable"):
            county_accounts.set_active(workspace, actor, args.username, command == "enable")
            state = "已启用 / enabled" if command == "enable" else "已停用 / disabled"
            print(f"{args.username}: {state}")
            return OK
        county_accounts.reset_password(workspace, actor, args.username, new_password(args.username))
        print(f"{args.username}: 密码已更改 / new password set")
        return OK
    except AccountError as error:
        raise account_refusal(error) from error


def run_log(args: argparse.Namespace, workspace: Workspace, reviewer: CountyReviewer) -> int:
    from app.services import county

    rows = county.access_log(workspace, reviewer, limit=max(1, args.limit))
    county.log_access(workspace, reviewer, "access_log", f"{len(rows)} entries")
    for row in rows:
        print(f"{row.at:%Y-%m-%d %H:%M:%S}\t{row.reviewer}\t{row.action}\t{row.channel}\t"
              f"{row.detail}")  # fmt: skip
    return OK


# --- signing in -----------------------------------------------------------------------------


def sign_in(workspace: Workspace, username: str | None) -> CountyReviewer:
    """`--user` of the workspace (not of a site's register), through the command line."""
    from app.services import county_accounts
    from app.services.accounts import SignInError

    if not username:
        raise Rejected(
            "请用 --user 指定县级账户 / this command needs --user NAME (a county account)"
        )
    try:
        return county_accounts.sign_in(workspace, username, read_password(username), CLI)
    except SignInError as error:
        raise sign_in_refusal(error, username) from error


def denied(error: CountyPermissionDenied) -> str:
    """The refusal in the catalogue's words: who, in which role, and what."""
    return f"{error.said(Language.ZH)} / {error.said(Language.EN)}"


CountyCommand = Callable[[argparse.Namespace, "Workspace", "CountyReviewer"], int]


def _signed_in(
    command: CountyCommand, must_exist: bool = True
) -> Callable[[argparse.Namespace], int]:
    """Open the workspace, sign `--user` in, run the command, close the workspace."""

    def run(args: argparse.Namespace) -> int:
        try:
            workspace = open_for_command(args.workspace, must_exist)
        except Rejected as error:
            print(str(error), file=sys.stderr)
            return REJECTED
        try:
            return command(args, workspace, sign_in(workspace, args.user))
        except Rejected as error:
            print(str(error), file=sys.stderr)
            return REJECTED
        except CountyPermissionDenied as error:
            print(denied(error), file=sys.stderr)
            return REJECTED
        finally:
            workspace.close()

    return run
