"""The site's own order of departments, read without the ORM (see app.services.department_order,
which keeps and edits it): the names in order, kept as a business setting."""

from __future__ import annotations

import json
from collections.abc import Callable

from app.db.rows import Rows
from app.domain.ordering import DepartmentKey, department_key, unstored_key

ORDER_SETTING = "department_order"


def saved_order(rows: Rows) -> list[str]:
    """The names in the administrator's order; empty when the natural order is used."""
    raw = rows.scalar("SELECT value FROM setting WHERE key = ?", (ORDER_SETTING,))
    if not raw:
        return []
    names = json.loads(raw)
    return [str(n) for n in names] if isinstance(names, list) else []


def ranks(rows: Rows) -> dict[str, int]:
    return {name: place for place, name in enumerate(saved_order(rows))}


def sort_key(rows: Rows) -> Callable[[str], DepartmentKey]:
    """A key for sorting department names in Python, in the site's order; the natural order
    from the keys the departments keep (`department.sort_key`), so no pinyin is loaded."""
    stored = {
        name: unstored_key(key)
        for name, key in rows.all("SELECT name, sort_key FROM department WHERE sort_key != ''")
    }
    return department_key(ranks(rows), stored)
