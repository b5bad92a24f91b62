"""The demo generator on real SQLite files: deterministic, valid and true to the rules."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.catalogue.codes import Sex
from app.catalogue.readings import READINGS
from app.db.migrate import Database, open_database
from app.domain.id_number import check_id_number
from app.domain.phone import is_valid_mobile
from app.domain.readings import ReadingType, Thresholds, classify, is_urgent
from app.services import audit
from app.services.actor import SYSTEM
from app.services.demo import DemoError, DemoSummary, demo_profile, generate_demo
from app.services.site_profile import save_profile
from app.services.unit_of_work import read_only

TODAY = dt.date(2026, 11, 20)
STAFF = 200
MONTHS = 12

# Every table the generator fills with data drawn from the seed (not accounts and audit,
# whose password salts and timestamps are meant to differ).
DATA_TABLES = (
    "department", "staff", "health_file", "usage_visit", "measurement", "follow_up",
    "schedule_version", "schedule_slot", "schedule_exception", "room_day_log", "device",
    "device_event", "consumable", "consumable_lot", "stock_movement", "plan_item", "activity",
    "activity_department", "attendance", "notice", "notice_reach", "hospital_visit",
    "inspection", "rectification_item",
)  # fmt: skip


def _generate(folder: Path, **kwargs: Any) -> tuple[Database, DemoSummary]:
    db = open_database(folder / "demo.db")
    options: dict[str, Any] = {"staff": STAFF, "months": MONTHS, "seed": 1, "today": TODAY}
    options.update(kwargs)
    return db, generate_demo(db, **options)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    db, summary = _generate(tmp_path_factory.mktemp("demo"))
    yield db, summary
    db.close()


def _rows(db: Database, sql: str, **params: Any) -> list[Any]:
    with db.engine.connect() as connection:
        return list(connection.execute(text(sql), params))


def _dump(db: Database) -> dict[str, list[Any]]:
    return {t: _rows(db, f"SELECT * FROM {t} ORDER BY rowid") for t in DATA_TABLES}


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def _time(value: str) -> dt.time:
    return dt.time.fromisoformat(value[:8])


def test_summary_matches_the_tables(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    assert summary.staff == STAFF
    assert summary.visits == _rows(db, "SELECT count(*) FROM usage_visit")[0][0]
    assert summary.measurements == _rows(db, "SELECT count(*) FROM measurement")[0][0]
    assert summary.departed == _rows(db, "SELECT count(*) FROM staff WHERE departure_date")[0][0]
    assert 0 < summary.departed < STAFF * 0.1
    assert summary.devices >= 10
    assert summary.activities >= 4
    assert summary.accounts == (("chair", "chair"), ("admin", "admin"), ("tech", "tech"))
    room = _rows(db, "SELECT name, area_m2, house_rules, hospital_name FROM room")
    assert room == [("职工健康生活室", 24.0, room[0][2], "沧州市中心医院")]
    assert "健康生活室" in room[0][2]


def test_same_seed_and_day_give_the_same_data(
    demo: tuple[Database, DemoSummary], tmp_path: Path
) -> None:
    db, summary = demo
    again, summary_again = _generate(tmp_path)
    try:
        assert summary_again == summary
        first, second = _dump(db), _dump(again)
        for table in DATA_TABLES:
            assert first[table] == second[table], table
    finally:
        again.close()


def test_another_seed_gives_other_data(tmp_path: Path) -> None:
    one, _ = _generate(tmp_path / "one", months=6, seed=1)
    two, _ = _generate(tmp_path / "two", months=6, seed=2)
    try:
        for table in ("staff", "usage_visit", "measurement"):
            assert _dump(one)[table] != _dump(two)[table], table
    finally:
        one.close()
        two.close()


def test_staff_identities_are_valid_and_unique(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    rows = _rows(
        db,
        "SELECT id_number, phone, sex, birth_date, name, name_pinyin, name_initials, "
        "employee_no, hire_date, departure_date FROM staff",
    )
    assert len({r[0] for r in rows}) == len({r[1] for r in rows}) == len(rows) == STAFF
    for id_number, phone, sex, birth, name, full, initials, number, hire, departure in rows:
        check = check_id_number(id_number, TODAY)
        assert check.ok, id_number
        assert check.birth_date == _date(birth)
        assert check.sex == Sex(sex)
        assert is_valid_mobile(phone), phone
        age = (TODAY - _date(birth)).days / 365.25
        assert 20 <= age <= 60
        assert 2 <= len(name) <= 3
        assert full.isascii() and full.isalpha() and len(initials) == len(name)
        assert number.startswith("HB") and len(number) == 7 and number[2:].isdigit()
        assert departure is None or _date(departure) > _date(hire)


def test_health_files_mostly_complete_and_current(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    files = _rows(
        db,
        "SELECT chronic_conditions, allergies, exercise, smoking, data_updated_on FROM health_file",
    )
    assert 0.88 * STAFF <= len(files) <= STAFF
    incomplete = sum(1 for f in files if None in f[1:4])
    assert 0 < incomplete < 0.1 * len(files) or incomplete == 0
    conditions = [f[0] for f in files]
    assert all(set(c.split(",")) <= {"hypertension", "diabetes"} or c == "none" for c in conditions)
    hypertensive = sum("hypertension" in c for c in conditions) / len(files)
    assert 0.07 <= hypertensive <= 0.25
    recent = sum(_date(f[4]) >= TODAY - dt.timedelta(days=365) for f in files) / len(files)
    assert recent >= 0.85


def _open_hours(db: Database) -> tuple[Any, Any]:
    versions = _rows(db, "SELECT id, effective_from FROM schedule_version ORDER BY effective_from")
    slots: dict[int, dict[int, list[tuple[dt.time, dt.time]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for version, weekday, start, end in _rows(
        db, "SELECT version_id, weekday, start_time, end_time FROM schedule_slot"
    ):
        slots[version][weekday].append((_time(start), _time(end)))
    exceptions = {
        _date(d): (kind, s and _time(s), e and _time(e))
        for d, kind, s, e in _rows(
            db, "SELECT on_date, kind, start_time, end_time FROM schedule_exception"
        )
    }

    def hours(day: dt.date) -> list[tuple[dt.time, dt.time]]:
        if day in exceptions:
            kind, start, end = exceptions[day]
            return [] if kind == "closed" else [(start, end)]
        in_force = [v for v, since in versions if _date(since) <= day]
        return slots[in_force[-1]][day.weekday()] if in_force else []

    return hours, versions


def test_visits_only_when_the_room_is_open(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    hours, versions = _open_hours(db)
    assert len(versions) == 2
    staff = {
        i: (_date(h), departure and _date(departure))
        for i, h, departure in _rows(db, "SELECT id, hire_date, departure_date FROM staff")
    }
    visits = _rows(db, "SELECT visited_at, staff_id, visitor_name FROM usage_visit")
    assert visits
    assert any(v[2] for v in visits)  # a few people not on the roster
    for visited_at, staff_id, visitor in visits:
        when = dt.datetime.fromisoformat(visited_at)
        assert when.date() < TODAY
        assert any(start <= when.time() <= end for start, end in hours(when.date())), when
        assert (staff_id is None) != (visitor is None)
        if staff_id is not None:
            hired, left = staff[staff_id]
            assert hired <= when.date() and (left is None or when.date() < left)


def test_every_open_day_has_at_least_three_hours(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    hours, _ = _open_hours(db)
    day = TODAY - dt.timedelta(days=300)
    while day < TODAY:
        slots = hours(day)
        minutes = sum(
            (dt.datetime.combine(day, e) - dt.datetime.combine(day, s)).seconds // 60
            for s, e in slots
        )
        assert not slots or minutes >= 180, day
        day += dt.timedelta(days=1)
    closed = _rows(db, "SELECT reason FROM schedule_exception WHERE kind = 'closed'")
    assert any("国庆节" in r[0] for r in closed)
    assert len(_rows(db, "SELECT 1 FROM schedule_exception WHERE kind = 'special_hours'")) == 1


def test_measurements_plausible_and_flagged(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    rows = _rows(
        db,
        "SELECT m.type, m.value, m.flag, s.sex, m.staff_id, v.staff_id, m.measured_at, "
        "v.visited_at, v.id, v.abnormal FROM measurement m JOIN usage_visit v ON v.id = m.visit_id "
        "LEFT JOIN staff s ON s.id = m.staff_id",
    )
    thresholds = Thresholds()
    flagged: dict[int, bool] = defaultdict(bool)
    abnormal: dict[int, bool] = {}
    types: dict[int, set[str]] = defaultdict(set)
    for kind, value, flag, sex, m_staff, v_staff, measured, visited, visit, is_abnormal in rows:
        reading = ReadingType(kind)
        low, high = READINGS[reading].plausible
        assert low <= value <= high, (kind, value)
        assert flag == classify(reading, value, thresholds, sex and Sex(sex)).value
        assert (m_staff, measured) == (v_staff, visited)
        flagged[visit] |= flag not in ("normal", "high_normal")  # 正常高值 is not abnormal
        abnormal[visit] = bool(is_abnormal)
        types[visit].add(kind)
    assert flagged == abnormal
    visits = _rows(db, "SELECT count(*) FROM usage_visit")[0][0]
    assert len(types) == visits  # every visit has readings
    bp = [t for t in types.values() if "systolic" in t]
    assert all("diastolic" in t for t in bp)
    assert 0.1 < sum(abnormal.values()) / visits < 0.7


def test_usage_rate_and_chronic_visits(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    active = _rows(db, "SELECT id FROM staff WHERE departure_date IS NULL")
    used = _rows(
        db,
        "SELECT DISTINCT v.staff_id FROM usage_visit v JOIN staff s ON s.id = v.staff_id "
        "WHERE s.departure_date IS NULL",
    )
    assert 0.78 <= len(used) / len(active) <= 0.95
    per_person = dict(
        _rows(db, "SELECT staff_id, count(*) FROM usage_visit WHERE staff_id GROUP BY staff_id")
    )
    chronic = [
        i
        for (i,) in _rows(db, "SELECT staff_id FROM health_file WHERE chronic_conditions != 'none'")
    ]
    others = [i for i in per_person if i not in set(chronic)]
    mean_chronic = sum(per_person.get(i, 0) for i in chronic) / len(chronic)
    mean_others = sum(per_person[i] for i in others) / len(others)
    assert mean_chronic > 2 * mean_others


def test_lecture_participation_near_the_rule(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    staff = {
        i: (dept, _date(h), d and _date(d))
        for i, dept, h, d in _rows(
            db, "SELECT id, department_id, hire_date, departure_date FROM staff"
        )
    }
    lectures = _rows(
        db, "SELECT id, starts_at, target_all, status FROM activity WHERE kind = 'lecture'"
    )
    held = [lec for lec in lectures if lec[3] == "held"]
    assert len(held) >= 4
    assert any(lec[3] == "planned" and _date(lec[1]) > TODAY for lec in lectures)
    assert any(not lec[2] for lec in held)  # some lectures target chosen departments
    for lecture_id, starts, target_all, _ in held:
        day = _date(starts)
        targets = {
            d
            for (d,) in _rows(
                db,
                "SELECT department_id FROM activity_department WHERE activity_id = :a",
                a=lecture_id,
            )
        }
        group = {
            i
            for i, (dept, hired, left) in staff.items()
            if hired <= day and (left is None or day < left) and (target_all or dept in targets)
        }
        attendees = {
            s
            for (s,) in _rows(
                db,
                "SELECT staff_id FROM attendance WHERE activity_id = :a AND staff_id",
                a=lecture_id,
            )
        }
        assert attendees <= group
        assert 0.45 <= len(attendees) / len(group) <= 0.85, lecture_id
    guests = _rows(db, "SELECT count(*) FROM attendance WHERE guest_name IS NOT NULL")[0][0]
    assert guests > 0


def test_quarterly_hospital_visits_and_replenishments(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    visits = {_date(d) for (d,) in _rows(db, "SELECT visited_on FROM hospital_visit")}
    received = {
        _date(d)
        for (d,) in _rows(
            db,
            "SELECT on_date FROM stock_movement WHERE kind = 'received' "
            "AND source = 'hospital_replenishment'",
        )
    }
    for first_month in (1, 4, 7, 10):  # the complete quarters of the period
        start = dt.date(2026, first_month, 1)
        end = dt.date(2026, first_month + 2, 28)
        assert any(start <= d <= end for d in visits), first_month
        assert any(start <= d <= end for d in received), first_month
    inspections = _rows(db, "SELECT inspected_on, body, score FROM inspection")
    year = [body for on, body, _ in inspections if on.startswith("2026")]
    # The county union and the city union once each (the two a year), the partner hospital's
    # supervision between them, unscored.
    assert sorted(year) == ["city_union", "county_union", *["hospital_supervision"] * 2]
    assert all(
        80 <= score <= 98 for _, body, score in inspections if body != "hospital_supervision"
    )
    assert all(score is None for _, body, score in inspections if body == "hospital_supervision")
    open_items = _rows(db, "SELECT deadline FROM rectification_item WHERE status = 'open'")
    assert open_items and all(d is not None for (d,) in open_items)


def test_notices_reach_most_staff(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    notices = _rows(db, "SELECT id, issued_on, reached_count FROM notice")
    assert notices
    staff = _rows(db, "SELECT hire_date, departure_date FROM staff")
    ticked = 0
    for notice_id, issued, reached in notices:
        day = _date(issued)
        active = sum(1 for h, d in staff if _date(h) <= day and (d is None or day < _date(d)))
        if reached is None:
            ticked += 1
            reached = _rows(
                db, "SELECT count(*) FROM notice_reach WHERE notice_id = :n", n=notice_id
            )[0][0]
        assert 0.9 <= reached / active <= 1.0
    assert ticked >= 1


def test_devices_replaced_and_under_repair(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    replaced = _rows(db, "SELECT id, model FROM device WHERE status = 'replaced'")
    assert len(replaced) == 1
    old_id, model = replaced[0]
    new = _rows(db, "SELECT model FROM device WHERE replaces_device_id = :d", d=old_id)
    assert new == [(model,)]
    event = _rows(
        db,
        "SELECT cost, paid_by FROM device_event WHERE device_id = :d AND kind = 'replaced'",
        d=old_id,
    )
    assert event and event[0][0] > 0 and event[0][1]
    assert len(_rows(db, "SELECT 1 FROM device WHERE status = 'under_repair'")) == 1
    kinds = {k for (k,) in _rows(db, "SELECT DISTINCT kind FROM device_event")}
    assert {"registered", "maintenance", "calibration", "disinfection", "damaged"} <= kinds


def test_stock_never_negative_and_equals_movements(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    sign = {"received": 1, "used": -1, "discarded": -1}
    consumables = _rows(db, "SELECT id, stock, min_stock FROM consumable")
    assert len(consumables) >= 6
    for consumable_id, stock, _ in consumables:
        running = 0
        for kind, quantity in _rows(
            db,
            "SELECT kind, quantity FROM stock_movement WHERE consumable_id = :c "
            "ORDER BY on_date, id",
            c=consumable_id,
        ):
            running += sign[kind] * quantity
            assert running >= 0, consumable_id
        assert running == stock
        lots = _rows(
            db, "SELECT sum(quantity) FROM consumable_lot WHERE consumable_id = :c", c=consumable_id
        )
        assert lots[0][0] == stock
    assert any(stock < minimum for _, stock, minimum in consumables)
    soon = _rows(
        db,
        "SELECT expiry_date FROM consumable_lot "
        "WHERE quantity > 0 AND expiry_date BETWEEN :a AND :b",
        a=TODAY.isoformat(),
        b=(TODAY + dt.timedelta(days=30)).isoformat(),
    )
    assert soon


def test_one_audit_entry_for_the_generation(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    entries = _rows(db, "SELECT username, after_json FROM audit_entry WHERE action = 'generate'")
    assert len(entries) == 1
    after = json.loads(entries[0][1])
    assert after["staff"] == summary.staff and after["visits"] == summary.visits
    with read_only(db) as session:
        assert audit.verify_chain(session).ok
        # Far fewer entries than rows: the data rows are not audited one by one.
        assert audit.verify_chain(session).entries < 10


def test_refuses_a_database_that_is_not_empty(
    demo: tuple[Database, DemoSummary], tmp_path: Path
) -> None:
    db, _ = demo
    with pytest.raises(DemoError) as raised:
        generate_demo(db, staff=10, months=1, today=TODAY)
    assert raised.value.code == "not_empty"

    only_site = open_database(tmp_path / "site.db")
    try:
        save_profile(only_site, SYSTEM, demo_profile())
        with pytest.raises(DemoError, match="not_empty"):
            generate_demo(only_site, staff=10, months=1, today=TODAY)
    finally:
        only_site.close()


def test_a_failed_generation_leaves_the_database_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_args: object) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setattr("app.services.demo.generator.generate_inspections", boom)
    db = open_database(tmp_path / "demo.db")
    try:
        with pytest.raises(RuntimeError):
            generate_demo(db, staff=20, months=2, today=TODAY)
        for table in ("site", "staff", "usage_visit", "app_user"):
            assert _rows(db, f"SELECT count(*) FROM {table}")[0][0] == 0, table
        monkeypatch.undo()
        assert generate_demo(db, staff=20, months=2, today=TODAY).staff == 20
    finally:
        db.close()


def test_progress_is_reported(tmp_path: Path) -> None:
    seen: list[tuple[int, str]] = []
    db, _ = _generate(tmp_path, staff=20, months=2, progress=lambda p, s: seen.append((p, s)))
    db.close()
    percents = [p for p, _ in seen]
    assert percents == sorted(percents)
    assert seen[0][0] == 0 and seen[-1] == (100, "done")
    assert {"staff", "visits", "activities"} <= {s for _, s in seen}


def test_demo_restarts_on_the_file_a_killed_demo_left(tmp_path: Path) -> None:
    """`demo` killed (SIGKILL) after the site profile was saved: the next `demo` finishes."""
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    import time

    db = tmp_path / "demo.db"
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    command = [sys.executable, "-m", "app", "--db", str(db), "demo", "--staff", "300"]
    killed = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    profile_saved = False
    while not profile_saved and time.monotonic() < deadline and killed.poll() is None:
        time.sleep(0.05)
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            profile_saved = bool(con.execute("SELECT count(*) FROM site").fetchone()[0])
            con.close()
        except sqlite3.Error:
            continue
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait()
    assert profile_saved, "the demo ended before its profile was seen"
    con = sqlite3.connect(db)
    left = con.execute("SELECT (SELECT count(*) FROM site), (SELECT count(*) FROM staff)")
    assert left.fetchone() == (1, 0)  # the file a killed demo leaves: `demo` used to refuse it
    con.close()
    done = subprocess.run(
        [*command[:-2], "--staff", "20", "--months", "1"],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM staff").fetchone()[0] >= 20
    assert con.execute("SELECT count(*) FROM site").fetchone()[0] == 1
    con.close()


def test_every_urgent_value_of_the_demo_has_its_recorded_action(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    thresholds = Thresholds()
    urgent_visits = {
        visit
        for visit, kind, value in _rows(db, "SELECT visit_id, type, value FROM measurement")
        if is_urgent(ReadingType(kind), value, thresholds)
    }
    cases = _rows(db, "SELECT visit_id, action, closed_at FROM urgent_case")
    assert urgent_visits, "the demo shows no urgent value"
    assert {visit for visit, _a, _c in cases} == urgent_visits
    assert all(action and closed for _v, action, closed in cases)
