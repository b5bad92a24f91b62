"""healthroom import review-result FILE [--accept-new-key] [--dry-run]: the county's return
file on the site — verified, then applied to the inspection register (or, with --dry-run, only
previewed). Exit 0 applied (or nothing to do), 1 refused with the reason."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.catalogue.problems import PackageProblem
from app.cli.common import OK, REJECTED, CliContext, Rejected, input_file
from app.cli.speech import say, spoken_of, technical
from app.domain.permissions import Action
from app.exchange.package_format import PackageRejected
from app.exchange.review_import import (
    APPLIED,
    KEY_CHANGED,
    NEW_KEY,
    OLDER,
    READY,
    RETIRED_KEY,
    UNCHANGED,
    WRONG_SITE,
    ReviewOutcome,
    apply_review,
    check_review,
    read_review_file,
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", type=Path, metavar="FILE", help=say("县级的反馈文件", "the county's return file")
    )
    parser.add_argument(
        "--accept-new-key",
        action="store_true",
        help=say(
            "信任县级的签名密钥（第一个文件或新密钥）：先与县级电话核对指纹",
            "trust the county's key (its first file, or a new key) after comparing its "
            "fingerprint with the one the county reads out",
        ),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=say("列出将做的改动，不写入任何数据", "show what would change; write nothing"),
    )
    parser.set_defaults(handler=run)


def changes_line(outcome: ReviewOutcome) -> str:
    c = outcome.changes
    return say(
        f"巡检：新增 {c.added}，更新 {c.updated}，删除 {c.removed}；整改事项：新增 "
        f"{c.items_added}，县级确认完成 {c.items_closed}，删除 {c.items_removed}",
        f"inspections: {c.added} new, {c.updated} updated, {c.removed} removed; items: "
        f"{c.items_added} new, {c.items_closed} confirmed done by the county, "
        f"{c.items_removed} removed",
    )


def refusal(outcome: ReviewOutcome) -> str | None:
    r, fp = outcome.result, outcome.fingerprint
    if outcome.status == WRONG_SITE:
        return say(
            f"这是单位 {r.site_code}（{r.site_name}）的反馈文件，不是本单位的",
            f"this return file is for site {r.site_code} ({r.site_name}), not this one",
        )
    if outcome.status == NEW_KEY:
        return say(
            f"这是县级的第一个反馈文件，签名密钥指纹 {fp}；请电话与县总工会核对指纹，一致后加 "
            "--accept-new-key 导入",
            f"the county's first return file, key fingerprint {fp}: check it with the county on "
            "the phone, then import with --accept-new-key",
        )
    if outcome.status == KEY_CHANGED:
        return say(
            f"签名密钥与以前的不同（新指纹 {fp}），拒绝导入；核对后用 --accept-new-key",
            f"signed by another key than before (new fingerprint {fp}): refused (confirm with "
            "--accept-new-key)",
        )
    if outcome.status == RETIRED_KEY:
        return say(
            f"签名密钥（指纹 {fp}）已被本单位停用，拒绝导入；请县总工会用现用密钥重新生成",
            f"signed by a county key this site retired (fingerprint {fp}): refused; ask the "
            "county for a file signed by their current key",
        )
    if outcome.status == OLDER:
        last = outcome.last_sequence
        return say(
            f"第 {r.sequence} 号反馈文件比已导入的第 {last} 号旧，未导入",
            f"return file #{r.sequence} is older than #{last}, already applied: refused",
        )
    return None


def run(args: argparse.Namespace, context: CliContext) -> int:
    actor = context.require(Action.EDIT_INSPECTIONS)
    try:
        result = read_review_file(input_file(args.file))
    except PackageRejected as error:
        reason = spoken_of(PackageProblem, error.reason)
        raise Rejected(
            say(f"{args.file}：拒绝导入：{reason}", f"{args.file}: rejected: {reason}")
            + technical(error.detail)
        ) from None
    if args.dry_run:
        outcome = check_review(context.db, actor, result, args.accept_new_key)
    else:
        outcome = apply_review(context.db, actor, result, args.accept_new_key)
    problem = refusal(outcome)
    if problem is not None:
        print(f"{args.file}: {problem}", file=sys.stderr)
        return REJECTED
    what = say(
        f"{args.file.name}：第 {result.sequence} 号", f"{args.file.name}: #{result.sequence}"
    )
    if outcome.status == UNCHANGED:
        print(what + say(" 已导入过，未改变", " already applied, nothing changed"))
        return OK
    print(changes_line(outcome))
    if outcome.status == READY:
        print(
            what
            + say(" 可以导入（--dry-run：未写入）", " can be applied (--dry-run: nothing written)")
        )
    elif outcome.status == APPLIED:
        print(what + say(" 已导入", " applied"))
    return OK
