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
from app.catalogue.reports import ReportKey
from app.db.county_models import open_workspace
from app.db.migrate import Database, open_database
from app.db.models import Activity, Staff
from app.domain.periods import Period
from app.exchange import county_keys, review_import
from app.exchange.county_import import import_package
from app.exchange.county_return import write_return_file
from app.exchange.export_package import export_package
from app.exchange.review_result import read_return_file
from app.services import accounts, audit_log, county, promotion_plan, sign_in
from app.services.county import InspectionInput, ItemInput
from app.services.promotion_plan import PlanItemInput
from app.ui.audit_text import changes, entity_name, record_text
from app.ui.i18n import Language, Translations, word
from tests.registers import History, Lecture, Person, build
from tests.support import ADMIN, CHAIR, COUNTY_REVIEWER, DEMO_TODAY, TECH
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


def test_no_record_is_named_by_a_bare_number_or_key(
    qtbot: QtBot, translations: Translations
) -> None:
    """An entry whose record has no name left (deleted, nothing kept) still names it in
    words, whatever it is about: never "#7" or "#3F2A-91BC-…"."""
    for language in (Language.CHINESE, Language.ENGLISH):
        translations.apply(language)
        for entity in AuditEntity:
            for entity_id in ("7", "3F2A-91BC-0D47-E5A8"):
                said = record_text(entity, entity_id, "")
                assert said.strip() and not said.startswith("#"), (language, entity, said)
                if entity_id.isdigit() and entity is not AuditEntity.SETTING:
                    assert said != entity_id, (language, entity, said)  # a bare number
            if entity is not AuditEntity.SETTING:  # a setting is named by its key
                assert record_text(entity, "7", "ZC-001 血压计") == "ZC-001 血压计", entity
        assert record_text(AuditEntity.DEMO, "", "") == ""  # an entry about no record
        printout = record_text(AuditEntity.REPORT, ReportKey.WALL_SCHEDULE, "")
        assert printout == word(ReportKey.WALL_SCHEDULE) != ReportKey.WALL_SCHEDULE.value


def test_a_county_review_result_and_key_are_named_in_words(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, translations: Translations
) -> None:
    """A real review result applied and the county's key trusted: the trail names the result
    by its number and the key by its fingerprint, grouped as the phone check reads it."""
    workspace = open_workspace(tmp_path / "county.db")
    package = export_package(demo_db, TECH, Period.parse("2026Q3"), tmp_path, as_of=DEMO_TODAY)
    assert import_package(workspace, package.path, accept_new_key=True).status == "imported"
    code = _site_code(demo_db)
    county.save_inspection(
        workspace, COUNTY_REVIEWER,
        InspectionInput(code, dt.date(2026, 10, 20), "县总工会 李审核", "消毒记录不全", 86.0,
                        (ItemInput("补全十月消毒记录", dt.date(2026, 11, 10)),)),
    )  # fmt: skip
    now = dt.datetime(2026, 11, 16, 9, 30)
    written = write_return_file(workspace, COUNTY_REVIEWER, code, tmp_path, 2026, now)
    workspace.close()
    result = read_return_file(written.path, now)
    applied = review_import.apply_review(demo_db, ADMIN, result, accept_new_key=True)
    assert applied.status == review_import.APPLIED
    county_keys.retire_key(demo_db, ADMIN, written.fingerprint, DEMO_TODAY)
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", written.fingerprint)

    rows, _total = audit_log.search(demo_db, CHAIR, audit_log.AuditFilter(), 50)
    ours = [r for r in rows if r.entity in (AuditEntity.REVIEW_RESULT, AuditEntity.COUNTY_KEY)]
    assert sorted(r.entity for r in ours) == ["county_key", "county_key", "review_result"]
    expected = {
        Language.CHINESE: {"review_result": "第 1 号县级审核结果",
                           "county_key": f"指纹 {written.fingerprint}"},
        Language.ENGLISH: {"review_result": "Review result no. 1",
                           "county_key": f"Fingerprint {written.fingerprint}"},
    }  # fmt: skip
    for language, names in expected.items():
        translations.apply(language)
        for row in ours:
            said = record_text(row.entity, row.entity_id, row.record)
            assert said == names[row.entity], (language, row, said)
            texts = [entity_name(row.entity), said]
            texts += [f"{c.field}\n{c.before}\n{c.after}" for c in
                      changes(row.entity, row.before_json, row.after_json)]  # fmt: skip
            assert not any(t.startswith("#") for t in texts), texts
            assert not any(JSON.search(t) for t in texts), (row, texts)


def _site_code(db: Database) -> str:
    from app.services.site_profile import get_profile

    profile = get_profile(db)
    assert profile is not None
    return profile.site_code
