"""healthroom report personal-record --staff EMPLOYEE_NO -o FILE.pdf --user NAME:
one person's health record (个人健康记录); a named printout for the chair or the health
administrator, written to the audit trail."""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.common import OK, CliContext, Rejected, output_refusal, written_line
from app.cli.report_output import add_language_option, add_pdf_option
from app.cli.speech import say
from app.reports.atomic import OutputError
from app.reports.language import ReportLanguage
from app.reports.personal_record import export_personal_record
from app.services.actor import PermissionDenied
from app.services.personal_record import staff_id_of


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--staff", required=True, metavar="EMPLOYEE_NO", help=say("职工的工号", "the employee no.")
    )
    add_pdf_option(parser)
    add_language_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    actor = context.require_actor()
    try:
        staff_id = staff_id_of(context.db, actor, args.staff)
        if staff_id is None:
            raise Rejected(
                say(f"名册中没有工号 {args.staff}", f"no one on the roster has no. {args.staff}")
            )
        path = export_personal_record(
            context.db, actor, staff_id, args.output, ReportLanguage(args.lang), dt.date.today()
        )
    except PermissionDenied as error:
        raise Rejected(
            say(
                f"用户 {actor.username} 无权打印个人健康记录（只有工会主席或健康管理员可以）",
                f"{actor.username} may not print personal health records",
            )
        ) from error
    except OutputError as error:
        raise output_refusal(error) from error
    print(written_line(path))
    return OK
