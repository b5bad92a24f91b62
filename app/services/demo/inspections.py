"""Inspections received: the county union in the first half-year, the city union in the
second (the two a year of the founding rules), and the partner hospital's supervision between
them — each with rectification items, most closed within a month."""

from __future__ import annotations

import datetime as dt
import random

from app.catalogue.codes import InspectionBody, RectificationStatus
from app.db.models import Inspection, RectificationItem
from app.services.demo import names
from app.services.demo.context import DemoContext, Row
from app.services.demo.schedule import Schedule

# (body, first day, last day as (month, day)) of each visit in a year, in date order.
VISITS: tuple[tuple[InspectionBody, tuple[int, int], tuple[int, int]], ...] = (
    (InspectionBody.HOSPITAL_SUPERVISION, (3, 1), (4, 20)),
    (InspectionBody.COUNTY_UNION, (5, 1), (6, 25)),
    (InspectionBody.HOSPITAL_SUPERVISION, (9, 1), (10, 20)),
    (InspectionBody.CITY_UNION, (11, 1), (12, 25)),
)
INSPECTORS = {
    InspectionBody.COUNTY_UNION: names.COUNTY_INSPECTORS,
    InspectionBody.CITY_UNION: names.CITY_INSPECTORS,
    InspectionBody.HOSPITAL_SUPERVISION: names.SUPERVISORS,
}


def generate_inspections(ctx: DemoContext, schedule: Schedule) -> int:
    rng = ctx.rng("inspections")
    inspections: list[Row] = []
    items: list[Row] = []
    first_id, first_item = ctx.next_id(Inspection), ctx.next_id(RectificationItem)
    for year in range(ctx.start.year, ctx.today.year + 1):
        for body, (m1, d1), (m2, d2) in VISITS:
            lo = max(dt.date(year, m1, d1), ctx.start)
            hi = min(dt.date(year, m2, d2), ctx.last_day)
            days = [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]
            days = [d for d in days if schedule.is_workday(d)]
            if not days:
                continue
            day = rng.choice(days)
            inspection_id = first_id + len(inspections)
            union = body is not InspectionBody.HOSPITAL_SUPERVISION
            inspections.append(
                {
                    "id": inspection_id,
                    "inspected_on": day,
                    "body": body.value,
                    "inspectors": rng.choice(INSPECTORS[body]),
                    "findings": rng.choice(names.FINDINGS if union else names.SUPERVISION_FINDINGS),
                    "score": round(rng.uniform(80, 98), 1) if union else None,
                }
            )
            pool = names.RECTIFICATIONS if union else names.SUPERVISION_ITEMS
            count = rng.randint(1, 2) if union else rng.randint(0, 1)
            for text in rng.sample(pool, count):
                items.append(_item(ctx, rng, first_item + len(items), inspection_id, day, text))
    unions = [i for i in inspections if i["body"] != InspectionBody.HOSPITAL_SUPERVISION.value]
    if unions:
        # The latest union inspection left one item still open, due in a couple of weeks.
        last = unions[-1]
        items.append(
            {
                "id": first_item + len(items),
                "inspection_id": last["id"],
                "description": "健康档案完成度不足的部门补建档案并上传",
                "responsible": names.RESPONSIBLE[0],
                "deadline": max(
                    last["inspected_on"] + dt.timedelta(days=45),
                    ctx.today + dt.timedelta(days=rng.randint(10, 20)),
                ),
                "status": RectificationStatus.OPEN.value,
                "done_on": None,
                "done_note": "",
            }
        )
    ctx.insert(Inspection, inspections)
    ctx.insert(RectificationItem, items)
    return len(inspections)


def _item(
    ctx: DemoContext, rng: random.Random, item_id: int, inspection_id: int, day: dt.date, text: str
) -> Row:
    """An item due in 30 days, closed 7–30 days after the inspection if that day has come."""
    done = day + dt.timedelta(days=rng.randint(7, 30))
    closed = done <= ctx.last_day
    return {
        "id": item_id,
        "inspection_id": inspection_id,
        "description": text,
        "responsible": rng.choice(names.RESPONSIBLE),
        "deadline": day + dt.timedelta(days=30),
        "status": (RectificationStatus.DONE if closed else RectificationStatus.OPEN).value,
        "done_on": done if closed else None,
        "done_note": "已按要求整改并复查" if closed else "",
    }
