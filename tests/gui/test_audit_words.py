"""The audit trail in words, on a register entered through the services as a site would: every
entry names its record, every field it holds has its words, no code, key or JSON is shown."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.catalogue.codes import (
    ActivityStatus,
    AuditEntity,
    ConsumableCategory,
    DeviceCategory,
    InspectionBody,
)
from app.catalogue.fields import OTHER_FIELD, RecordField
from app.db.migrate import open_database
from app.domain.periods import Period
from app.exchange.export_package import export_package
from app.services import audit_log
from app.ui.audit_text import changes, entity_name, record_text
from app.ui.i18n import Translations
from tests.registers import History, Lecture, Person, build
from tests.support import CHAIR, DEMO_TODAY
from tests.unit.catalogue.raw_codes import raw_codes_in

# Everything a site does in its first months: roster with a departure, open hours, closures,
# visits with readings, lectures held and cancelled with sign-ins and guests, devices (one
# damaged), deliveries, notices, inspections with items closed.
DENSE = History(
    start=dt.date(2026, 3, 2),
    full_profile=True,
    people=(Person(0, -200, None), Person(1, 10, None), Person(2, -30, 90), Person(3, None, None)),
    weekly=((0, 8, 4), (2, 14, 3), (4, 9, 3)),
    closures=((30, 2),),
    visits=((0, 5, True), (1, 40, False), (None, 50, True), (3, 60, True)),
    lectures=(
        Lecture(20, ActivityStatus.HELD, (0, 1), 1, True, True),
        Lecture(70, ActivityStatus.CANCELLED, (), 0, False, False),
    ),
    devices=((DeviceCategory.BP_MONITOR, False), (DeviceCategory.GLUCOSE_METER, True)),
    receipts=((ConsumableCategory.TEST_STRIP, 15, 100),),
    notices=((25, None), (26, 2)),
    inspections=((100, InspectionBody.COUNTY_UNION, 2, True),),
)
JSON = re.compile(r'[{}\[\]]|"[a-z_]+"\s*:')


def test_every_entry_of_a_real_register_is_said_in_words(
    qtbot: QtBot, tmp_path: Path, translations: Translations
) -> None:
    db = open_database(tmp_path / "site.db")
    build(db, DENSE)
    export_package(db, CHAIR, Period.parse("2026Q3"), tmp_path, as_of=DEMO_TODAY)
    rows, total = audit_log.search(db, CHAIR, audit_log.AuditFilter(), 5000)
    assert total == len(rows) and total >= 30
    entities = {row.entity for row in rows}
    assert entities <= {e.value for e in AuditEntity}, entities
    assert len(entities) >= 10, entities
    fields: set[str] = set()
    for row in rows:
        for stored in (row.before_json, row.after_json):
            fields |= set(json.loads(stored)) if stored else set()
        said = changes(row.entity, row.before_json, row.after_json)
        texts = [entity_name(row.entity), record_text(row.entity, row.entity_id, row.record)]
        texts += [f"{c.field}\n{c.before}\n{c.after}" for c in said]
        # The builder names its consumables after their category ("test_strip物品"): typed data.
        typed = [t.replace(f"{c.value}物品", "物品") for t in texts for c in [DENSE.receipts[0][0]]]
        assert not raw_codes_in(typed) - {"admin", "chair", "tech"}, (row, texts)
        assert not any(JSON.search(t) for t in texts), (row, texts)
        assert texts[1].strip(), row  # which record: a name, a title, a date
        assert not any(OTHER_FIELD.zh in t for t in texts), (row, texts)
    unworded = fields - {f.value for f in RecordField}
    assert not unworded, unworded
    db.close()
