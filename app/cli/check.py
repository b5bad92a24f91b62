"""healthroom check: integrity, schema version and audit chain of the database."""

from __future__ import annotations

import argparse

from app.catalogue.problems import audit_head_sentence
from app.cli.common import OK, REJECTED, CliContext
from app.cli.speech import language, say
from app.services.health_check import check_database


def configure(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    report = check_database(context.db)
    ok = say("正常", "ok")
    revision, expected = report.schema_revision, report.expected_revision
    entries, broken = report.audit_entries, report.audit_first_broken_id
    lines = [
        (say("数据库", "database"), str(report.path)),
        (say("完整性", "integrity"), ok if report.integrity == "ok" else report.integrity),
        (
            say("加密", "encryption"),
            say("SQLCipher（密钥文件在旁边）", "SQLCipher (key file beside it)")
            if report.encrypted
            else say("无", "none"),
        ),
        (
            say("结构版本", "schema revision"),
            say(f"{revision}（应为 {expected}）", f"{revision} (expected {expected})"),
        ),
        (
            say("审计记录", "audit trail"),
            say(f"正常（{entries} 条）", f"ok ({entries} entries)")
            if broken is None
            else say(f"第 {broken} 条起被破坏", f"BROKEN at entry {broken}"),
        ),
    ]
    if report.audit_head_problem is not None:
        problem = audit_head_sentence(
            report.audit_head_problem, report.audit_recorded, entries, language()
        )
        lines.append((say("审计核对", "audit record"), problem))
    lines.append((say("结论", "result"), ok if report.ok else say("发现问题", "PROBLEMS FOUND")))
    for label, value in lines:
        # English in aligned columns (scripts read "integrity:       ok"); Chinese with "：".
        print(say(f"{label}：{value}", f"{label + ':':<17}{value}"))
    return OK if report.ok else REJECTED
