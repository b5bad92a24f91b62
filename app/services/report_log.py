"""Printed reports go in the audit trail like every export (who printed what, for which period)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.catalogue.codes import AuditAction
from app.db.migrate import Database
from app.services import audit
from app.services.actor import Actor
from app.services.unit_of_work import unit_of_work


def record_report(
    db: Database,
    actor: Actor,
    kind: str,
    period: str,
    files: Sequence[Path],
    names: bool = False,
) -> None:
    """One audit entry per generated report; `names` says whether it lists people by name."""
    with unit_of_work(db) as session:
        audit.record(
            session,
            actor,
            AuditAction.EXPORT,
            "report",
            kind,
            after={
                "report": kind,
                "period": period,
                "files": [Path(f).name for f in files],
                "names": names,
            },
        )
