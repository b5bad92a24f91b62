"""The visit items mask: filled for existing visits by the migration, kept by triggers."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from app.db.engine import make_engine
from app.db.migrate import Database, upgrade
from app.domain.readings import ReadingType
from app.domain.visit_items import mask_of

R = ReadingType


def test_the_migration_fills_the_mask_of_existing_visits(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "old.db")
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO department (id, name) VALUES (1, '一车间')"))
        connection.execute(
            text(
                "INSERT INTO staff (id, employee_no, name, name_pinyin, name_initials,"
                " department_id, job_title, hazards, created_at, updated_at)"
                " VALUES (1, 'E1', '张三', 'zhangsan', 'zs', 1, '', '', '2026-01-01', '2026-01-01')"
            )
        )
        for visit_id in (1, 2):
            connection.execute(
                text(
                    "INSERT INTO usage_visit (id, visited_at, staff_id, advice, note, abnormal,"
                    " entered_late, recorded_by, recorded_at)"
                    " VALUES (:id, '2026-05-01 09:00:00', 1, '', '', 0, 0, 'admin',"
                    " '2026-05-01 09:00:00')"
                ),
                {"id": visit_id},
            )
        for visit_id, kind, value in (
            (1, "systolic", 120),
            (1, "diastolic", 80),
            (1, "systolic", 118),
            (2, "glucose_random", 6.2),
        ):
            connection.execute(
                text(
                    "INSERT INTO measurement (visit_id, staff_id, measured_at, type, value, flag)"
                    " VALUES (:v, 1, '2026-05-01 09:00:00', :t, :x, 'normal')"
                ),
                {"v": visit_id, "t": kind, "x": value},
            )
    upgrade(engine)
    with engine.connect() as connection:
        items = dict(connection.execute(text("SELECT id, items FROM usage_visit")).all())
    assert items == {1: mask_of([R.SYSTOLIC, R.DIASTOLIC]), 2: mask_of([R.GLUCOSE_RANDOM])}
    # An earlier re-measurement (0219): its latest reading stood for the visit and still
    # does; the first becomes round 1, not counted; no value changes.
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT visit_id, type, value, round, counted FROM measurement ORDER BY id")
        ).all()
    assert [tuple(r) for r in rows] == [
        (1, "systolic", 120, 1, 0),
        (1, "diastolic", 80, 1, 1),
        (1, "systolic", 118, 2, 1),
        (2, "glucose_random", 6.2, 1, 1),
    ]
    engine.dispose()


def test_triggers_follow_inserts_updates_and_deletes(db: Database) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("INSERT INTO department (id, name) VALUES (1, '一车间')"))
        connection.execute(
            text(
                "INSERT INTO usage_visit (id, visited_at, visitor_name, advice, note, abnormal,"
                " entered_late, recorded_by, recorded_at)"
                " VALUES (1, '2026-05-01 09:00:00', '王芳', '', '', 0, 0, 'a', '2026-05-01')"
            )
        )

        def add(kind: str) -> None:
            connection.execute(
                text(
                    "INSERT INTO measurement (visit_id, measured_at, type, value, flag)"
                    " VALUES (1, '2026-05-01 09:00:00', :t, 1, 'normal')"
                ),
                {"t": kind},
            )

        def mask() -> int:
            return int(connection.execute(text("SELECT items FROM usage_visit")).scalar_one())

        add("waist")
        add("waist")
        add("spo2")
        assert mask() == mask_of([R.WAIST, R.SPO2])
        connection.execute(text("DELETE FROM measurement WHERE type = 'spo2'"))
        assert mask() == mask_of([R.WAIST])
        connection.execute(
            text(
                "UPDATE measurement SET type = 'temperature'"
                " WHERE id = (SELECT min(id) FROM measurement)"
            )
        )
        assert mask() == mask_of([R.WAIST, R.TEMPERATURE])
        connection.execute(text("DELETE FROM measurement"))
        assert mask() == 0


def test_the_triggers_know_the_bit_of_every_reading_type(db: Database) -> None:
    """A reading type added to the catalogue needs a migration that teaches the triggers."""
    with db.engine.begin() as connection:
        for n, rt in enumerate(R, start=1):
            connection.execute(
                text(
                    "INSERT INTO usage_visit (id, visited_at, visitor_name, advice, note,"
                    " abnormal, entered_late, recorded_by, recorded_at)"
                    " VALUES (:id, '2026-05-01 09:00:00', '王芳', '', '', 0, 0, 'a', '2026-05-01')"
                ),
                {"id": n},
            )
            connection.execute(
                text(
                    "INSERT INTO measurement (visit_id, measured_at, type, value, flag)"
                    " VALUES (:id, '2026-05-01 09:00:00', :t, 1, 'normal')"
                ),
                {"id": n, "t": rt.value},
            )
            items = connection.execute(
                text("SELECT items FROM usage_visit WHERE id = :id"), {"id": n}
            ).scalar_one()
            assert items == mask_of([rt]), rt
