"""healthroom import staff FILE [--dry-run] [--map "HEADER=field,..."]: the roster import
from the command line.

Prints the column mapping it used and the preview (counts, every problem with row and column)
in Chinese and English; exit 0 when the file was applied (or, with --dry-run, would apply), 1
when it is rejected. The mapping starts from the one remembered for the file's headings, else
the guess; --map changes columns (by heading or letter) to a field (key or usual heading) or
"ignore". A mapping used by an applied import is remembered.
"""

from __future__ import annotations

import argparse
import sys

from app.catalogue.language import listed
from app.cli.common import OK, REJECTED, CliContext, Rejected, input_file
from app.cli.import_messages import (
    add_sheet_arguments,
    backup_refusal,
    file_line,
    map_option_refusal,
    mapping_lines,
    not_imported,
    problem_text,
    problems_line,
    sheet_read,
)
from app.cli.speech import language, say
from app.db.backup import BackupError
from app.domain.permissions import Action
from app.exchange.column_mapping import MapOptionError, apply_map_option
from app.exchange.roster_import import import_roster, parse_roster, preview_roster, remap_roster
from app.exchange.roster_rows import ROSTER_FIELDS, SYNONYMS, RosterPreview
from app.services.import_mappings import remembered_mappings


def configure(parser: argparse.ArgumentParser) -> None:
    add_sheet_arguments(parser, SYNONYMS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    actor = context.require(Action.IMPORT_ROSTER)
    parsed = parse_roster(
        input_file(args.file),
        remembered=remembered_mappings(context.db, "roster"),
        read=sheet_read(args),
    )
    if args.map and parsed.mapping is not None:
        try:
            mapping = apply_map_option(parsed.mapping, args.map, ROSTER_FIELDS)
        except MapOptionError as error:
            raise Rejected(map_option_refusal(error)) from None
        parsed = remap_roster(parsed, mapping)
    if parsed.mapping is not None:
        for line in mapping_lines(parsed.mapping):
            print(line)
    if args.dry_run:
        preview = preview_roster(context.db, actor, parsed)
    else:
        try:
            preview = import_roster(context.db, actor, parsed)
        except BackupError as error:  # the copy made before writing: nothing was imported
            raise backup_refusal(error) from error
    print_preview(preview)
    if preview.errors:
        print(not_imported(), file=sys.stderr)
        return REJECTED
    if args.dry_run:
        print(say("预览，未写入", "dry run: nothing was written"))
    elif preview.applied:
        print(say("已导入", "imported"))
    else:
        print(say("名册已是最新，没有需要修改的", "the roster is up to date: nothing to change"))
    return OK


def print_preview(preview: RosterPreview) -> None:
    print(file_line(preview.file_name, preview.header_row))
    print(
        say(
            f"新增：{preview.new}   更新：{preview.updated}   不变：{preview.unchanged}",
            f"new: {preview.new}   updated: {preview.updated}   unchanged: {preview.unchanged}",
        )
    )
    if preview.new_departments:
        departments = listed(preview.new_departments, language())
        print(say(f"新部门：{departments}", f"new departments: {departments}"))
    if preview.not_in_file:
        print(
            say(
                f"名册上有 {preview.not_in_file} 人不在此文件中，保持不变（离职请在职工页登记）",
                f"{preview.not_in_file} people on the roster are not in this file and stay as "
                "they are (record departures on the Staff page)",
            )
        )
    if preview.problems:
        print(problems_line(len(preview.errors), len(preview.warnings)))
        for problem in preview.problems:
            print("  " + problem_text(problem))
