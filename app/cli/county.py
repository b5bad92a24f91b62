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

from app.catalogue.county import (
    CONFIRM_KEY,
    AccessChannel,
    AccessEvent,
    PackageOutcome,
    PackageWarning,
    package_outcome,
)
from app.catalogue.county import AccessNoteKind as Note
from app.catalogue.problems import (
    AccountProblem,
    PackageProblem,
    account_sentence,
    workspace_refusal,
)
from app.catalogue.reports import ReportKey, report
from app.cli.common import (
    OK,
    OUTPUT_PROBLEMS,
    REJECTED,
    Rejected,
    read_password,
    sign_in_refusal,
    written_line,
)
from app.cli.report_output import add_as_of_option, add_language_option
from app.cli.speech import language, say, spoken, spoken_of, technical
from app.domain.county_roles import CountyRole
from app.domain.periods import MAX_YEAR, MIN_YEAR
from app.domain.workspace_address import workspace_place
from app.services.accounts import AccountError
from app.services.county_accounts import CountyPermissionDenied, noted

if TYPE_CHECKING:
    from app.db.county_models import Workspace
    from app.services.county_accounts import CountyReviewer

CLI = "cli"
NEW_PASSWORD_ENV = "HEALTHROOM_NEW_PASSWORD"


def year(text: str) -> int:
    """--year: a calendar year the program can work with (a usage error otherwise)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise argparse.ArgumentTypeError(
            say(
                f"{text!r}: 年份应在 {MIN_YEAR}–{MAX_YEAR}",
                f"{text!r}: write a year {MIN_YEAR}–{MAX_YEAR}",
            )
        )
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    workspace_help = say(
        "县级工作区：一个文件，或共享工作区的 postgresql://user@server/database 地址",
        "the county workspace: a file, or a shared postgresql://user@server/database",
    )
    pdf_help = say("要写入的 PDF 文件", "the PDF to write")
    site_help = say("单位的代码", "the site's code")
    year_help = say("年份", "the year")
    kinds = parser.add_subparsers(dest="county_command", required=True)
    imp = kinds.add_parser(
        "import", help=say("导入单位的数据包（先验证）", "import site packages (verified first)")
    )
    imp.add_argument(
        "packages", nargs="+", type=Path, metavar="PACKAGE.zip",
        help=say("单位的数据包", "the sites' packages"),
    )  # fmt: skip
    imp.add_argument("--workspace", type=workspace_place, required=True, help=workspace_help)
    imp.add_argument(
        "--accept-new-key",
        action="store_true",
        help=say("确认单位的签名密钥已更换", "confirm that a site's signing key changed"),
    )
    imp.set_defaults(standalone=_signed_in(run_import, must_exist=False))
    summary = report(ReportKey.COUNTY_SUMMARY)
    rep = kinds.add_parser(
        summary.command,
        help=say(
            f"{summary.title.zh}：PDF（及 .xlsx）", f"{summary.title.en}: the PDF (and .xlsx)"
        ),
    )
    rep.add_argument("--year", type=year, required=True, help=year_help)
    rep.add_argument("--workspace", type=workspace_place, required=True, help=workspace_help)
    rep.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf", help=pdf_help)
    rep.add_argument(
        "--xlsx", type=Path, metavar="FILE.xlsx",
        help=say("同时把表格写入 .xlsx", "also write the tables as .xlsx"),
    )  # fmt: skip
    add_language_option(rep)
    add_as_of_option(rep)
    rep.set_defaults(standalone=_signed_in(run_report))
    ret = kinds.add_parser(
        "return",
        help=say(
            "给某单位的签名反馈文件（巡检、整改事项、意见）",
            "the signed review-result file for a site (inspections, items, comments)",
        ),
    )
    ret.add_argument("--site", required=True, help=site_help)
    ret.add_argument("--workspace", type=workspace_place, required=True, help=workspace_help)
    ret.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE",
        help=say("文件，或在其中命名文件的文件夹", "the file, or a folder to name it in"),
    )  # fmt: skip
    ret.add_argument(
        "--year", type=year,
        help=say(
            "表彰结论的年份（默认：今年）", "the year of the commendation verdict (default: now)"
        ),
    )  # fmt: skip
    ret.set_defaults(standalone=_signed_in(run_return))
    com = kinds.add_parser(
        "comment",
        help=say(
            "对单位的数据包写意见（随反馈文件发回）",
            "comment on a site's package (sent with its return file)",
        ),
    )
    com.add_argument("--site", required=True, help=site_help)
    com.add_argument(
        "--period", required=True,
        help=say(
            "数据包的期间：2026、2026Q3、2026-10", "the package's period: 2026, 2026Q3, 2026-10"
        ),
    )  # fmt: skip
    com.add_argument("--workspace", type=workspace_place, required=True, help=workspace_help)
    com.add_argument("text", help=say('意见（"" 清除意见）', 'the comment ("" clears it)'))
    com.set_defaults(standalone=_signed_in(run_comment))
    key = kinds.add_parser(
        "new-key",
        help=say(
            "生成新的县级密钥（县级管理员；此后的反馈文件用它签名）",
            "make a new county key (county administrators; it signs the return files from now on)",
        ),
    )
    key.add_argument("--workspace", type=workspace_place, required=True, help=workspace_help)
    key.set_defaults(standalone=_signed_in(run_new_key))
    acc = kinds.add_parser(
        "account",
        help=say(
            "县级账户：新增、列出、停用、改密码",
            "county accounts: add, list, disable, new password",
        ),
    )
    what = acc.add_subparsers(dest="account_command", required=True)
    add = what.add_parser(
        "add",
        help=say(
            "新增账户（新工作区的第一个账户是县级管理员，无需 --user）；密码在提示时输入，"
            f"或从 {NEW_PASSWORD_ENV} 读取",
            "a new account (on a new workspace the first, a county administrator, needs no "
            f"--user); its password is asked, or read from {NEW_PASSWORD_ENV}",
        ),
    )
    add.add_argument(
        "username", metavar="USER", help=say("新账户的用户名", "the new account's name")
    )
    add.add_argument(
        "--role", choices=[r.value for r in CountyRole], default="reviewer",
        help=say("角色（默认 reviewer，审核人员）", "the role (default reviewer)"),
    )  # fmt: skip
    add.add_argument("--name", default="", help=say("本人的姓名", "the person's full name"))
    add.set_defaults(standalone=run_account_add)
    for name, help_text in (
        ("list", say("每个账户及其角色和状态", "every account with its role and state")),
        ("disable", say("停用账户，不能再登录", "stop an account from signing in")),
        ("enable", say("重新启用已停用的账户", "let a disabled account sign in again")),
        (
            "password",
            say(
                f"设置新密码（提示输入，或从 {NEW_PASSWORD_ENV} 读取）",
                f"set a new password (asked, or read from {NEW_PASSWORD_ENV})",
            ),
        ),
    ):
        sub = what.add_parser(name, help=help_text)
        if name != "list":
            sub.add_argument("username", metavar="USER", help=say("账户的用户名", "the account"))
        sub.set_defaults(standalone=_signed_in(run_account))
    log_ = kinds.add_parser(
        "log",
        help=say(
            "访问日志（管理员可看所有人的）", "the access log (an administrator sees everyone's)"
        ),
    )
    log_.add_argument(
        "--limit", type=int, default=50, metavar="N",
        help=say("最近的 N 条（默认 50）", "the newest N entries (default 50)"),
    )  # fmt: skip
    log_.set_defaults(standalone=_signed_in(run_log))
    for sub in (add, log_, *what.choices.values()):
        if not any(a.dest == "workspace" for a in sub._actions):
            sub.add_argument("--workspace", type=workspace_place, required=True,
                             help=workspace_help)  # fmt: skip


def open_for_command(place: Path | str, must_exist: bool = False) -> Workspace:
    """The workspace the command names; a clear refusal when it cannot be one."""
    from sqlalchemy.exc import DatabaseError

    from app.db.county_models import WorkspaceError, open_workspace, shown_address

    if must_exist and isinstance(place, Path) and not place.exists():
        raise Rejected(say(f"{place}: 工作区不存在", f"{place}: no such workspace"))
    try:
        return open_workspace(place)
    except WorkspaceError as error:
        problem = workspace_refusal(error.reason, error.path, language())
        raise Rejected(f"{problem}{technical(error.detail)}") from error
    except (OSError, DatabaseError) as error:
        raise Rejected(
            say(
                f"{shown_address(place)}：无法打开工作区{technical(str(error))}",
                f"{shown_address(place)}: cannot open the workspace:{technical(str(error))}",
            )
        ) from error


def run_import(args: argparse.Namespace, workspace: Workspace, reviewer: CountyReviewer) -> int:
    from app.domain.key_fingerprint import fingerprint
    from app.exchange.county_import import import_package

    rejected = 0
    for path in args.packages:
        o = import_package(workspace, path, args.accept_new_key, reviewer)
        refused = o.status == PackageOutcome.REJECTED
        line = package_outcome(
            PackageOutcome(o.status),
            language(),
            file=path.name,
            site=f"{o.site_code} {o.period}",
            sequence=o.sequence,
            earlier="" if refused else o.reason,
            reason=spoken_of(PackageProblem, o.reason) + technical(o.detail) if refused else "",
        )
        if o.status in (PackageOutcome.NEW_KEY, PackageOutcome.KEY_CHANGED):
            confirm = CONFIRM_KEY.format(language(), fingerprint=fingerprint(o.public_key))
            line += say("", " ") + confirm
        done = o.status in (
            PackageOutcome.IMPORTED, PackageOutcome.REPLACED, PackageOutcome.UNCHANGED,
            PackageOutcome.OLDER,
        )  # fmt: skip
        rejected += not done
        print(line, file=sys.stdout if done else sys.stderr)
        if o.warning:  # imported, but the site's audit trail went back: told apart, on stderr
            print(
                f"{path.name}{say('：', ': ')}{spoken_of(PackageWarning, o.warning)}",
                file=sys.stderr,
            )
    return REJECTED if rejected else OK


def run_report(args: argparse.Namespace, workspace: Workspace, reviewer: CountyReviewer) -> int:
    """The county summary through the report registry (it checks the reviewer may print and
    records the print in the access log)."""
    from app.domain.periods import Period
    from app.reports.atomic import OutputError
    from app.reports.language import ReportLanguage
    from app.reports.request import ReportRequest, write_workspace_report

    request = ReportRequest(
        args.output, args.xlsx, period=Period.of_year(args.year),
        language=ReportLanguage(args.lang), as_of=args.as_of,
    )  # fmt: skip
    try:
        write_workspace_report(ReportKey.COUNTY_SUMMARY, workspace, reviewer, request)
    except OutputError as error:
        problem = OUTPUT_PROBLEMS.get(error.reason, error.reason)
        print(say(f"{error.path}：{problem}", f"{error.path}: {problem}"), file=sys.stderr)
        return REJECTED
    print(written_line(args.output))
    if args.xlsx:
        print(written_line(args.xlsx))
    return OK


def run_return(args: argparse.Namespace, workspace: Workspace, reviewer: CountyReviewer) -> int:
    from app.exchange.county_return import ReturnRefused, write_return_file
    from app.reports.atomic import OutputError

    try:
        written = write_return_file(workspace, reviewer, args.site, args.output, args.year)
    except ReturnRefused as error:
        raise Rejected(
            say(
                f"{args.site}：工作区中没有这个单位（先导入它的数据包）",
                f"{args.site}: no such site in the workspace (import one of its packages first)",
            )
        ) from error
    except OutputError as error:
        problem = OUTPUT_PROBLEMS.get(error.reason, error.reason)
        raise Rejected(say(f"{error.path}：{problem}", f"{error.path}: {problem}")) from error
    print(written_line(written.path))
    w = written
    print(
        say(
            f"第 {w.sequence} 号反馈文件：巡检 {w.inspections} 次，整改事项 {w.items} 项"
            f"（未完成 {w.open_items} 项），意见 {w.comments} 条",
            f"return file #{w.sequence}: {w.inspections} inspections, {w.items} items "
            f"({w.open_items} open), {w.comments} comments",
        )
    )
    print(
        say(
            f"县级密钥指纹：{w.fingerprint}（单位首次导入时请电话核对）",
            f"county key fingerprint: {w.fingerprint} (read it to the site on its first import)",
        )
    )
    return OK


def run_new_key(args: argparse.Namespace, workspace: Workspace, reviewer: CountyReviewer) -> int:
    from app.exchange.county_return import make_new_key

    made = make_new_key(workspace, reviewer)
    old = made.old or "—"
    print(
        say(
            f"新的县级密钥指纹：{made.new}（原密钥 {old}）。单位首次导入用它签名的反馈文件时，"
            "请电话核对此指纹。",
            f"new county key fingerprint: {made.new} (the old one: {old}). Read it to each site "
            "when it first imports a return file signed with it.",
        )
    )
    return OK


def run_comment(args: argparse.Namespace, workspace: Workspace, reviewer: CountyReviewer) -> int:
    from app.services import county

    try:
        county.set_comment(workspace, reviewer, args.site, args.period, args.text)
    except county.InspectionError as error:
        raise Rejected(
            say(
                f"{args.site} {args.period}：没有这个数据包",
                f"{args.site} {args.period}: no such package in the workspace",
            )
        ) from error
    print(
        say(f"{args.site} {args.period}：意见已保存", f"{args.site} {args.period}: comment saved")
    )
    return OK


# --- accounts and the access log ------------------------------------------------------------


def new_password(username: str) -> str:
    """The new account's password: from HEALTHROOM_NEW_PASSWORD (scripts), else asked twice."""
    from_env = os.environ.get(NEW_PASSWORD_ENV)
    if from_env is not None:
        return from_env
    try:
        first = getpass.getpass(say(f"{username} 的新密码：", f"{username}'s new password: "))
        again = getpass.getpass(say("再输入一次：", "again: "))
    except (EOFError, KeyboardInterrupt, OSError) as error:
        raise Rejected(
            say(
                f"没有输入密码（或设置 {NEW_PASSWORD_ENV}）",
                f"no password given (or set {NEW_PASSWORD_ENV})",
            )
        ) from error
    if first != again:
        raise Rejected(spoken(AccountProblem.MISMATCH))
    return first


def account_refusal(error: AccountError) -> Rejected:
    return Rejected(account_sentence(error.code, language()))  # its sentence names the field


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
                    say(
                        "新工作区的第一个账户须是县级管理员（--role county_admin）",
                        "the first account of a new workspace is a county administrator "
                        "(--role county_admin)",
                    )
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
    print(
        say(
            f"{args.username}：账户已建立（{spoken(CountyRole(args.role))}）",
            f"{args.username}: account created ({spoken(CountyRole(args.role))})",
        )
    )
    return OK


def run_account(args: argparse.Namespace, workspace: Workspace, actor: CountyReviewer) -> int:
    from app.services import county_accounts

    command = args.account_command
    try:
        if command == "list":
            for row in county_accounts.list_accounts(workspace, actor):
                state = say("在用", "active") if row.active else say("已停用", "disabled")
                if row.locked_until:
                    state += say(
                        f"，锁定至 {row.locked_until:%H:%M}",
                        f", locked until {row.locked_until:%H:%M}",
                    )
                print(f"{row.username}\t{row.display_name}\t{spoken(row.role)}\t"
                      f"{state}")  # fmt: skip
            return OK
        if command in ("disable", "enable"):
            county_accounts.set_active(workspace, actor, args.username, command == "enable")
            state = say("已启用", "enabled") if command == "enable" else say("已停用", "disabled")
            print(f"{args.username}{say('：', ': ')}{state}")
            return OK
        county_accounts.reset_password(workspace, actor, args.username, new_password(args.username))
        print(say(f"{args.username}：密码已更改", f"{args.username}: new password set"))
        return OK
    except AccountError as error:
        raise account_refusal(error) from error


def run_log(args: argparse.Namespace, workspace: Workspace, reviewer: CountyReviewer) -> int:
    from app.services import county

    rows = county.access_log(workspace, reviewer, limit=max(1, args.limit))
    county.log_access(workspace, reviewer, "access_log", noted(Note.LOG_READ, count=len(rows)))
    for row in rows:
        action, channel = spoken_of(AccessEvent, row.action), spoken_of(AccessChannel, row.channel)
        said = row.said(language())
        print(f"{row.at:%Y-%m-%d %H:%M:%S}\t{row.reviewer}\t{action}\t{channel}\t{said}")
    return OK


# --- signing in -----------------------------------------------------------------------------


def sign_in(workspace: Workspace, username: str | None) -> CountyReviewer:
    """`--user` of the workspace (not of a site's register), through the command line."""
    from app.services import county_accounts
    from app.services.accounts import SignInError

    if not username:
        raise Rejected(
            say("请用 --user 指定县级账户", "this command needs --user NAME (a county account)")
        )
    try:
        return county_accounts.sign_in(workspace, username, read_password(username), CLI)
    except SignInError as error:
        raise sign_in_refusal(error, username) from error


def denied(error: CountyPermissionDenied) -> str:
    """The refusal in the catalogue's words, in the run's language: who, in which role, what."""
    return error.said(language())


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
