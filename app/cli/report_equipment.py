"""healthroom report equipment -o FILE.pdf [--xlsx FILE.xlsx]: the equipment ledger (设备台账)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.cli.common import OK, CliContext, output_refusal
from app.cli.speech import say
from app.domain.permissions import Action
from app.reports import equipment_ledger
from app.reports.atomic import OutputError
from app.reports.equipment_dataset import ledger_data
from app.reports.language import ReportLanguage


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, type=Path, help="the PDF to write")
    parser.add_argument("--xlsx", type=Path, help="also write the ledger as a workbook")
    parser.add_argument(
        "--language", "--lang", dest="lang", choices=[x.value for x in ReportLanguage]
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    language = ReportLanguage(args.lang)
    data = ledger_data(context.db, context.require(Action.READ_EQUIPMENT), dt.date.today())
    try:
        written = [equipment_ledger.write_pdf(args.output, data, language)]
        if args.xlsx is not None:
            written.append(equipment_ledger.write_xlsx(args.xlsx, data, language))
    except OutputError as error:
        raise output_refusal(error) from error
    for path in written:
        print(say(f"已写入：{path}", f"written: {path}"))
    return OK
