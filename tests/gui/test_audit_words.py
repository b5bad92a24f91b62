"""The audit trail in words, on a register entered through the services as a site would: every
entry names its record, every field it holds has its words, no code, key or JSON is shown."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.catalogue.codes import (
    ActivityKind,
    ActivityStatus,
    AuditEntity,
    ConsumableCategory,
    DeviceCategory,
    InspectionBody,
)
from app.catalogue.fields import OTHER_FIELD, RecordField
from app.db.migrate import Database, open_database
from app.db.models import Activity, Staff
from app.domain.periods import Period
from app.exchange.export_package import export_package
from app.services import accounts, audit_log, promotion_plan, sign_in
from app.services.promotion_plan import PlanItemInput
from app.ui.audit_text import changes, entity_name, record_text
from app.ui.i18n import Language, Translations
from tests.registers import History, Lecture, Person, build
from tests.support import ADMIN, CHAIR, DEMO_TODAY
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


def test_what_the_services_write_of_their_own_is_worded_in_either_language(
    qtbot: QtBot, demo_db: Database, translations: Translations
) -> None:
    """The codes a service writes into an entry (how a password changed, why the program
    marked a lecture held) and a plan item's quarter are said in the window's language."""
    accounts.change_password(demo_db, ADMIN, "demo1234", "admin-pass-2026")
    accounts.reset_password(demo_db, CHAIR, "tech", "tech-pass-2026")
    item = promotion_plan.save_plan_item(
        demo_db, CHAIR, PlanItemInput(2026, 4, ActivityKind.LECTURE, "冬季保暖讲座")
    )
    with demo_db.sessions() as session:
        planned = session.scalar(select(Activity.id).where(Activity.status == "planned"))
        card = session.scalar(select(Staff.employee_no).where(Staff.departure_date.is_(None)))
    assert planned is not None and card is not None
    sign_in.scan(demo_db, ADMIN, planned, card)  # the first sign-in marks it held
    rows, _total = audit_log.search(demo_db, CHAIR, audit_log.AuditFilter(), 10)
    expected = {
        Language.CHINESE: ["本人已更改", "已由工会主席重设", "有人签到，自动标记为已举办",
                           "2026年第4季度 冬季保暖讲座"],
        Language.ENGLISH: ["changed by its owner", "reset by the union chair",
                           "marked held: someone signed in", "Q4 2026 冬季保暖讲座"],
    }  # fmt: skip
    for language, words in expected.items():
        translations.apply(language)
        texts = []
        for row in rows:
            texts.append(record_text(row.entity, row.entity_id, row.record))
            texts += [f"{c.before}\n{c.after}" for c in changes(row.entity, row.before_json,
                                                                row.after_json)]  # fmt: skip
        shown = "\n".join(texts)
        assert all(w in shown for w in words), (language, shown)
        if language is Language.CHINESE:  # no code left: "reset", "sign_in", "2026Q4"
            assert not raw_codes_in(texts) - {"admin", "chair", "tech"}, shown
            assert "Q4" not in shown
    assert str(item) in {r.entity_id for r in rows}
