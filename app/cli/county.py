"""`healthroom county import PKG... --workspace FILE` and `county report --year Y -o FILE.pdf`:
the county workspace, a database of its own (the site's database is not opened)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import OK, OUTPUT_PROBLEMS, REJECTED, Rejected
from app.domain.periods import MAX_YEAR, MIN_YEAR
from app.domain.workspace_address import workspace_place

if TYPE_CHECKING:
    from app.db.county_models import Workspace

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

REASONS = {
    "not_a_zip": "不是数据包（zip）/ not a package (zip) file",
    "damaged": "文件已损坏或不完整 / the file is damaged or truncated",
    "bad_manifest": "清单无法读取 / the manifest cannot be read",
    "unknown_format": "数据包版本不支持 / unknown package format",
    "bad_signature": "签名无效，内容被改动 / the signature is invalid: the package was changed",
    "hash_mismatch": "文件校验值不符，内容被改动 / a file's hash does not match: it was changed",
    "extra_file": "数据包中有多余文件 / the package holds a file its manifest does not list",
    "missing_file": "数据包缺少文件 / a file of the package is missing",
    "bad_layout": "数据包结构被改动 / the package's structure was changed",
    "unreadable": "无法读取文件 / the file cannot be read",
    "too_large": "文件大得异常或解压后极大 / far too large (or packed to inflate hugely)",
    "bad_period": "期间无效 / the period is not a valid year, quarter or month",
    "future_period": "期间尚未开始 / the period has not begun yet",
    "bad_sequence": "报送序号无效 / the package number is not valid",
    "bad_data": "数据表缺少工作表或列，或含无效值 / the data workbook lacks a sheet or column, "
    "or holds an invalid value",
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
    imp.set_defaults(standalone=run_import)
    rep = kinds.add_parser("report", help="the county summary PDF (and .xlsx)")
    rep.add_argument("--year", type=year, required=True)
    rep.add_argument("--workspace", type=workspace_place, required=True, help=WORKSPACE_HELP)
    rep.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    rep.add_argument("--xlsx", type=Path, help="also write the tables as .xlsx")
    rep.set_defaults(standalone=run_report)


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


def run_import(args: argparse.Namespace) -> int:
    from app.domain.key_fingerprint import fingerprint
    from app.exchange.county_import import import_package

    try:
        workspace = open_for_command(args.workspace)
    except Rejected as error:
        print(str(error), file=sys.stderr)
        return REJECTED
    rejected = 0
    try:
        for path in args.packages:
            o = import_package(workspace, path, args.accept_new_key)
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
    finally:
        workspace.close()
    return REJECTED if rejected else OK


def run_report(args: argparse.Namespace) -> int:
    from app.reports.atomic import OutputError
    from app.reports.county_report import write_county_report

    try:
        workspace = open_for_command(args.workspace, must_exist=True)
    except Rejected as error:
        print(str(error), file=sys.stderr)
        return REJECTED
    try:
        write_county_report(workspace, args.year, args.output, args.xlsx)
    except OutputError as error:
        print(f"{error.path}: {OUTPUT_PROBLEMS.get(error.reason, error.reason)}", file=sys.stderr)
        return REJECTED
    finally:
        workspace.close()
    print(f"written {args.output}")
    if args.xlsx:
        print(f"written {args.xlsx}")
    return OK
