"""healthroom check: integrity, schema version and audit chain of the database."""

from __future__ import annotations

import argparse

from app.cli.common import OK, REJECTED, CliContext
from app.services.health_check import check_database


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
    print("result:          " + ("ok" if report.ok else "PROBLEMS FOUND"))
    return OK if report.ok else REJECTED
