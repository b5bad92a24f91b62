"""healthroom import checkups FILE [--dry-run] [--map "HEADER=field,..."]: the partner
hospital's check-up results into the health files, from the command line.

Prints the column mapping it used, the preview (check-ups new / updated / unchanged, the rows
left out because they match nobody or several people, every problem with row and column) and,
once imported, the abnormal findings by item and by department. Exit 0 when applied (or, with
--dry-run, when it would apply), 1 when rejected.
"""

from __future__ import annotations

import argparse
import sys

from app.catalogue.checkups import field_words
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
from app.cli.speech import say
from app.db.backup import BackupError
from app.domain.permissions import Action
from app.exchange.checkup_import import (
    import_checkups,
    parse_checkups,
    preview_checkups,
    remap_checkups,
)
from app.exchange.checkup_rows import CHECKUP_SPEC, CheckupPreview
from app.exchange.column_mapping import MapOptionError, apply_map_option
from app.services.import_mappings import remembered_mappings

WORDS = {name: (w.zh, w.en) for name, w in field_words().items()}


def configure(parser: argparse.ArgumentParser) -> None:
    add_sheet_arguments(parser, WORDS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    actor = context.require(Action.EDIT_HEALTH_DATA)
    parsed = parse_checkups(
        input_file(args.file),
        remembered=remembered_mappings(context.db, CHECKUP_SPEC.kind),
        read=sheet_read(args),
    )
    if args.map and parsed.mapping is not None:
        try:
            mapping = apply_map_option(parsed.mapping, args.map, CHECKUP_SPEC)
        except MapOptionError as error:
            raise Rejected(map_option_refusal(error, WORDS)) from None
        parsed = remap_checkups(parsed, mapping)
    if parsed.mapping is not None:
        for line in mapping_lines(parsed.mapping, WORDS):
            print(line)
    if args.dry_run:
        preview = preview_checkups(context.db, actor, parsed)
    else:
        try:
            preview = import_checkups(context.db, actor, parsed)
        except BackupError as error:  # the copy made before writing: nothing was imported
            raise backup_refusal(error) from error
    print_preview(preview)
    if preview.errors:
        print(not_imported(), file=sys.stderr)
        return REJECTED
    if args.dry_run:
        print(say("预览，未写入", "dry run: nothing was written"))
    elif preview.applied:
        people = preview.people
        print(
            say(
                f"已导入 {people} 人的体检结果", f"imported the check-up results of {people} people"
            )
        )
        print_findings(preview)
    else:
        print(
            say(
                "这些体检结果已全部导入过，没有需要修改的",
                "these results are already imported: nothing to change",
            )
        )
    return OK


def print_preview(preview: CheckupPreview) -> None:
    print(file_line(preview.file_name, preview.header_row))
    new, updated, unchanged, left_out = (
        preview.new, preview.updated, preview.unchanged, len(preview.skipped)
    )  # fmt: skip
    print(
        say(
            f"新增：{new}   更新：{updated}   不变：{unchanged}   不导入的行：{left_out}",
            f"new: {new}   updated: {updated}   unchanged: {unchanged}   rows left out: {left_out}",
        )
    )
    if preview.problems:
        print(problems_line(len(preview.errors), len(preview.warnings)))
        for problem in preview.problems:
            print("  " + problem_text(problem))


def print_findings(preview: CheckupPreview) -> None:
    by_item = preview.abnormal_by_item()
    if not by_item:
        print(say("未发现异常结果", "no abnormal results"))
        return
    print(say("异常结果：", "abnormal results:"))
    for item, count in by_item.items():
        print(f"  {say(*WORDS[item.value])}{say('：', ': ')}{count}")
    print(say("有异常结果的人数，按部门：", "people with an abnormal result, by department:"))
    for department, count in preview.abnormal_by_department().items():
        print(f"  {department}{say('：', ': ')}{count}")
