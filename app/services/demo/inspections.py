"""County / city union inspections: one each half-year, with rectification items."""

from __future__ import annotations

import datetime as dt

from app.db.models import Inspection, RectificationItem
from app.domain.codes import InspectionBody, RectificationStatus
from app.services.demo import names
from app.services.demo.context import DemoContext, Row
from app.services.demo.schedule import Schedule


def generate_inspections(ctx: DemoContext, schedule: Schedule) -> int:
    rng = ctx.rng("inspections")
    inspections: list[Row] = []
    items: list[Row] = []
    first_id, first_item = ctx.next_id(Inspection), ctx.next_id(RectificationItem)
    for year in range(ctx.start.year, ctx.today.year + 1):
        # Inspectors come late in each half-year: May-June and November-December.
        for lo, hi in (
            (dt.date(year, 5, 1), dt.date(year, 6, 25)),
            (dt.date(year, 11, 1), dt.date(year, 12, 25)),
        ):
            lo, hi = max(lo, ctx.start), min(hi, ctx.last_day)
            days = [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]
            days = [d for d in days if schedule.is_workday(d)]
            if not days:
                continue
            day = rng.choice(days)
            inspection_id = first_id + len(inspections)
            inspections.append(
                {
                    "id": inspection_id,
                    "inspected_on": day,
                    "body": InspectionBody.CITY_UNION.value,  # 沧州市总工会, as the names say
                    "inspectors": names.INSPECTORS[len(inspections) % len(names.INSPECTORS)],
                    "findings": rng.choice(names.FINDINGS),
                    "score": round(rng.uniform(80, 98), 1),
                }
            )
            for text in rng.sample(names.RECTIFICATIONS, rng.randint(1, 2)):
                done = day + dt.timedelta(days=rng.randint(7, 30))
                items.append(
                    {
                        "id": first_item + len(items),
                        "inspection_id": inspection_id,
                        "description": text,
                        "responsible": rng.choice(names.RESPONSIBLE),
                        "deadline": day + dt.timedelta(days=30),
                        "status": RectificationStatus.DONE.value
                        if done <= ctx.last_day
                        else RectificationStatus.OPEN.value,
                        "done_on": done if done <= ctx.last_day else None,
                        "done_note": "已按要求整改并复查" if done <= ctx.last_day else "",
                    }
                )
    if inspections:
        # The latest inspection left one item still open, due in a couple of weeks.
        last = inspections[-1]
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
