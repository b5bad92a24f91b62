"""healthroom report asset-labels -o FILE.pdf [--asset-no NO ...] [--start N] [--paper KIND]:
the asset label sheet (设备资产标签) for A4 label paper, from any label position."""

from __future__ import annotations

import argparse

from app.catalogue.language import listed
from app.cli.common import OK, CliContext, Rejected, output_refusal
from app.cli.report_output import add_language_option, add_pdf_option
from app.cli.speech import language, say
from app.domain.permissions import Action
from app.reports import asset_labels
from app.reports.atomic import OutputError
from app.reports.equipment_dataset import label_data
from app.reports.language import ReportLanguage
from app.services import equipment_register


def configure(parser: argparse.ArgumentParser) -> None:
    add_pdf_option(parser)
    parser.add_argument(
        "--asset-no",
        nargs="+",
        default=None,
        metavar="NO",
        help=say(
            "只打印这些资产编号的设备（默认：室内现有的全部设备）",
            "only these devices (default: every device still in the room)",
        ),
    )
    parser.add_argument(
        "--start",
        type=int,
        default=1,
        metavar="N",
        help=say(
            "用过一部分的标签纸上第一张空白标签（1 = 左上角）",
            "the first free label on a part-used sheet (1 = top left)",
        ),
    )
    parser.add_argument(
        "--paper", choices=sorted(asset_labels.PAPERS), default="a4-24",
        help=say("标签纸规格（默认 a4-24）", "the label sheet (default a4-24)"),
    )  # fmt: skip
    add_language_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    actor = context.require(Action.READ_EQUIPMENT)
    paper = asset_labels.PAPERS[args.paper]
    if not 1 <= args.start <= paper.per_sheet:
        raise Rejected(
            say(
                f"--start 应在 1–{paper.per_sheet} 之间（{args.paper} 标签纸）",
                f"--start must be 1–{paper.per_sheet} on {args.paper} paper",
            )
        )
    ids: list[int] | None = None
    if args.asset_no is not None:
        found = {
            no: equipment_register.find_by_asset_no(context.db, actor, no) for no in args.asset_no
        }
        unknown = [no for no, device_id in found.items() if device_id is None]
        if unknown:
            raise Rejected(
                say(
                    f"没有这些资产编号的设备：{listed(unknown, language())}",
                    f"no device has the asset no.: {listed(unknown, language())}",
                )
            )
        ids = [device_id for device_id in found.values() if device_id is not None]
    site, labels = label_data(context.db, actor, ids)
    if not labels:
        raise Rejected(say("没有可打印标签的设备", "there is no device to print a label for"))
    try:
        written = asset_labels.write_pdf(
            args.output, labels, site, paper, args.start - 1, language=ReportLanguage(args.lang)
        )
    except OutputError as error:
        raise output_refusal(error) from error
    count, start = len(labels), args.start
    print(
        say(
            f"已写入：{written}（{count} 张标签，从第 {start} 张开始）",
            f"written: {written} ({count} labels, starting at label {start})",
        )
    )
    return OK
