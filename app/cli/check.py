"""healthroom check: integrity, schema version and audit chain of the database."""

from __future__ import annotations

import argparse

from app.cli.common import OK, REJECTED, CliContext
from app.services.health_check import check_database

HEAD_PROBLEMS = {
    "entries_deleted": "审计记录被删除：密钥文件记录了 %N 条，表中只有 %M 条 / the newest "
    "audit entries were deleted: the key file records %N, the table holds %M",
    "head_differs": "审计记录被改写：第 %N 条与密钥文件中的记录不符 / the audit trail was "
    "rewritten: entry %N differs from the key file's record",
    "record_altered": "密钥文件中的审计记录被改动 / the key file's audit record was altered",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    report = check_database(context.db)
    print(f"database:        {report.path}")
    print(f"integrity:       {report.integrity}")
    print("encryption:      " + ("SQLCipher (key file beside it)" if report.encrypted else "none"))
    print(f"schema revision: {report.schema_revision} (expected {report.expected_revision})")
    if report.audit_first_broken_id is None:
        print(f"audit trail:     ok ({report.audit_entries} entries)")
    else:
        print(f"audit trail:     BROKEN at entry {report.audit_first_broken_id}")
    if report.audit_head_problem is not None:
        print(
            f"audit record:    {HEAD_PROBLEMS[report.audit_head_problem]}".replace(
                "%N", str(report.audit_recorded)
            ).replace("%M", str(report.audit_entries))
        )
    print("result:          " + ("ok" if report.ok else "PROBLEMS FOUND"))
    return OK if report.ok else REJECTED
