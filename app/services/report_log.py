"""Printed reports go in the audit trail like every export (who printed what, for which period)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.catalogue.codes import AuditAction
from app.db.rows import Rows
from app.services.actor import Actor
from app.services.audit_chain import append

if TYPE_CHECKING:
    from app.db.migrate import Database


def _printed(kind: str, period: str, files: Sequence[Path], names: bool) -> dict[str, Any]:
    return {
        "report": kind,
        "period": period,
        "files": [Path(f).name for f in files],
        "names": names,
    }


def record_report(
    db: Database,
    actor: Actor,
    kind: str,
    period: str,
    files: Sequence[Path],
    names: bool = False,
) -> None:
    """One audit entry per generated report; `names` says whether it lists people by name."""
    from app.services import audit
    from app.services.unit_of_work import unit_of_work

    with unit_of_work(db) as session:
        audit.record(
            session, actor, AuditAction.EXPORT, "report", kind,
            after=_printed(kind, period, files, names),
        )  # fmt: skip


def record_report_in(
    rows: Rows, actor: Actor, kind: str, period: str, files: Sequence[Path], names: bool = False
) -> None:
    """The same entry on a plain register read without the ORM (a command's), committed."""
    with rows.writing():
        append(
            rows, actor.username, AuditAction.EXPORT, "report", kind,
            after=_printed(kind, period, files, names),
        )  # fmt: skip
