"""Migration 0226: the usage log's two narrow indexes dropped (each the leading part of a
covering one), the visits kept; a downgrade makes them again as they were."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text

from app.db.engine import make_engine
from app.db.migrate import current_revision, downgrade, upgrade

NARROW = ("ix_usage_visit_staff_time", "ix_usage_visit_visited_at")
COVERING = ("ix_usage_visit_browse", "ix_usage_visit_staff_browse")


def indexes(engine: Engine) -> dict[str, str]:
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                 "AND tbl_name = 'usage_visit' AND sql IS NOT NULL")
        ).all()  # fmt: skip
    return {name: sql for name, sql in rows}


def visits(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        return [tuple(r) for r in connection.execute(text("SELECT * FROM usage_visit ORDER BY id"))]


def test_the_narrow_indexes_go_and_come_back_as_they_were(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "site.db")
    upgrade(engine, "0225")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO department (name, sort_key) VALUES ('一车间', '')"))
        connection.execute(
            text("INSERT INTO staff (employee_no, name, name_pinyin, name_initials, "
                 "department_id, job_title, hazards, created_at, updated_at) VALUES "
                 "('E1', '王芳', '', '', 1, '', '', '2026-01-01', '2026-01-01')")
        )  # fmt: skip
        for n, (staff, visitor) in enumerate([(1, None), (None, "李四"), (1, None)]):
            connection.execute(
                text("INSERT INTO usage_visit (visited_at, staff_id, visitor_name, advice, "
                     "note, abnormal, entered_late, recorded_by, recorded_at) VALUES "
                     "(:at, :staff, :visitor, '', '', :abnormal, 0, 'tech', :at)"),
                {"at": f"2026-10-0{n + 1} 09:00:00.000000", "staff": staff, "visitor": visitor,
                 "abnormal": n == 1},
            )  # fmt: skip
    before, kept = indexes(engine), visits(engine)
    assert set(NARROW) | set(COVERING) <= set(before)

    upgrade(engine)
    assert current_revision(engine) == "0226"
    after = indexes(engine)
    assert not set(NARROW) & set(after)
    assert {name: after[name] for name in COVERING} == {name: before[name] for name in COVERING}
    assert visits(engine) == kept

    downgrade(engine, "0225")
    assert indexes(engine) == before
    assert visits(engine) == kept
    engine.dispose()
