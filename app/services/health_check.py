"""`healthroom check`: integrity of the file, schema version, audit chain."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.catalogue.problems.audit import AuditHeadProblem
from app.db.integrity import integrity_ok
from app.db.migrate import Database, current_revision, head_revision
from app.services import audit_head
from app.services.audit import verify_chain
from app.services.unit_of_work import read_only


@dataclass(frozen=True)
class CheckReport:
    path: Path
    integrity: str
    schema_revision: str | None
    expected_revision: str
    audit_entries: int
    audit_first_broken_id: int | None
    encrypted: bool = False
    audit_recorded: int | None = None  # entries the key file's signed record counts
    audit_head_problem: AuditHeadProblem | None = None

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and self.schema_revision == self.expected_revision
            and self.audit_first_broken_id is None
            and self.audit_head_problem is None
        )


def check_database(db: Database) -> CheckReport:
    _, integrity = integrity_ok(db.path, db.key)
    with read_only(db) as session:
        chain = verify_chain(session, audit_head.keyed_from(db, session))
        head = audit_head.check_head(db, session)
    return CheckReport(
        path=db.path,
        integrity=integrity,
        schema_revision=current_revision(db.engine),
        expected_revision=head_revision(),
        audit_entries=chain.entries,
        audit_first_broken_id=chain.first_broken_id,
        encrypted=db.encrypted,
        audit_recorded=head.recorded,
        audit_head_problem=head.problem,
    )
