"""`healthroom county import PKG... --workspace FILE` and `county report --year Y -o FILE.pdf`:
the county workspace, a database of its own (the site's database is not opened)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import OK, REJECTED

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
}


def configure(parser: argparse.ArgumentParser) -> None:
    kinds = parser.add_subparsers(dest="county_command", required=True)
    imp = kinds.add_parser("import", help="import site packages (verified first)")
    imp.add_argument("packages", nargs="+", type=Path, metavar="PACKAGE.zip")
    imp.add_argument("--workspace", type=Path, required=True, help="the county workspace file")
    imp.add_argument(
        "--accept-new-key", action="store_true", help="confirm that a site's signing key changed"
    )
    imp.set_defaults(standalone=run_import)
    rep = kinds.add_parser("report", help="the county summary PDF (and .xlsx)")
    rep.add_argument("--year", type=int, required=True)
    rep.add_argument("--workspace", type=Path, required=True, help="the county workspace file")
    rep.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    rep.add_argument("--xlsx", type=Path, help="also write the tables as .xlsx")
    rep.set_defaults(standalone=run_report)


def run_import(args: argparse.Namespace) -> int:
    from app.db.county_models import open_workspace
    from app.exchange.county_import import import_package

    workspace = open_workspace(args.workspace)
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
            elif o.status == "key_changed":
                rejected += 1
                print(
                    f"{what} 签名密钥与首次导入时不同，拒绝导入；确认后用 --accept-new-key / "
                    "signed by another key than before: refused (confirm with --accept-new-key)",
                    file=sys.stderr,
                )
            else:
                rejected += 1
                reason = REASONS.get(o.reason, o.reason)
                print(f"{path}: 拒绝导入 / rejected: {reason} {o.detail}".rstrip(), file=sys.stderr)
    finally:
        workspace.close()
    return REJECTED if rejected else OK


def run_report(args: argparse.Namespace) -> int:
    from app.cli.report_period import OUTPUT_PROBLEMS
    from app.db.county_models import open_workspace
    from app.reports.atomic import OutputError
    from app.reports.county_report import write_county_report

    if not args.workspace.exists():
        print(f"{args.workspace}: 工作区不存在 / no such workspace", file=sys.stderr)
        return REJECTED
    workspace = open_workspace(args.workspace)
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
