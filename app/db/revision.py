"""The schema revision of a register, read without Alembic or SQLAlchemy: the head from the
revision files as text, the stored one from the `alembic_version` table. Only a shortcut for
a file that is already current — anything unusual gives None, and Alembic itself decides
(app.db.migrate)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

MIGRATIONS = Path(__file__).with_name("migrations")
_ASSIGNMENT = r"^{name}(?:\s*:[^=\n]+)?\s*=\s*(.+?)\s*$"  # `name = value`, maybe annotated
_QUOTED = re.compile(r"""['"]([^'"]+)['"]""")


def plain_head() -> str | None:
    """The single head read from the revision files as text, or None when unsure.

    Only a shortcut for opening a file that is already current: anything unusual (several
    heads, a value it cannot read) gives None, and Alembic itself decides.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision = re.search(_ASSIGNMENT.format(name="revision"), source, re.MULTILINE)
        down = re.search(_ASSIGNMENT.format(name="down_revision"), source, re.MULTILINE)
        if revision is None or down is None:
            return None
        names = _QUOTED.findall(revision.group(1))
        if len(names) != 1:
            return None
        revisions.add(names[0])
        parents.update(_QUOTED.findall(down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def revision_in(connection: Any) -> str | None:
    """The revision a DB-API connection's file records (one row of alembic_version), or None."""
    found = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchall()
    if not found:
        return None
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None
