"""Inspections as the reports and the export read them (rows, not models): each with its
rectification items, read with SQL text (`app.db.rows`) so a report printed without the ORM
reads them exactly as the window's services do (`app.services.inspections`)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from app.catalogue.codes import InspectionBody, RectificationStatus
from app.db.rows import Rows, as_date, date_text


@dataclass(frozen=True)
class ItemRow:
    id: int
    inspection_id: int
    description: str
    responsible: str
    deadline: dt.date | None
    status: RectificationStatus
    done_on: dt.date | None
    done_note: str
    county_ref: int | None = None  # the county's number: the item came in its return file

    @property
    def closed(self) -> bool:
        return self.status is RectificationStatus.DONE

    def overdue(self, today: dt.date) -> bool:
        """Still open after its deadline."""
        return not self.closed and self.deadline is not None and self.deadline < today


@dataclass(frozen=True)
class InspectionRow:
    id: int
    inspected_on: dt.date
    body: InspectionBody
    inspectors: str
    findings: str
    score: float | None
    items: tuple[ItemRow, ...]
    county_ref: int | None = None  # recorded at the county, received in its return file

    @property
    def open_items(self) -> int:
        return sum(1 for i in self.items if not i.closed)

    @property
    def from_county(self) -> bool:
        return self.county_ref is not None


def inspections_in(rows: Rows, first: dt.date, last: dt.date) -> list[InspectionRow]:
    """The inspections of [first, last] with their items (by id), oldest first."""
    found = rows.all(
        "SELECT id, inspected_on, body, inspectors, findings, score, county_ref FROM inspection "
        "WHERE inspected_on >= ? AND inspected_on <= ? ORDER BY inspected_on, id",
        (date_text(first), date_text(last)),
    )
    items: dict[int, list[ItemRow]] = defaultdict(list)
    if found:
        for i, inspection_id, text, responsible, deadline, status, done_on, note, ref in rows.all(
            "SELECT item.id, item.inspection_id, item.description, item.responsible, "
            "item.deadline, item.status, item.done_on, item.done_note, item.county_ref "
            "FROM rectification_item AS item JOIN inspection ON inspection.id = item.inspection_id "
            "WHERE inspection.inspected_on >= ? AND inspection.inspected_on <= ? ORDER BY item.id",
            (date_text(first), date_text(last)),
        ):
            items[inspection_id].append(
                ItemRow(
                    i, inspection_id, text, responsible, as_date(deadline),
                    RectificationStatus(status), as_date(done_on), note, ref,
                )
            )  # fmt: skip
    return [
        InspectionRow(
            i, dt.date.fromisoformat(on), InspectionBody(body), inspectors, findings,
            None if score is None else float(score), tuple(items[i]), ref,
        )
        for i, on, body, inspectors, findings, score, ref in found
    ]  # fmt: skip
