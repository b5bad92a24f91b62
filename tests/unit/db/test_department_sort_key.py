"""Each department keeps its natural key beside its name: filled by the migration for the
departments already there, kept by the model wherever one is made or renamed (one at a time,
in bulk as the demo and imports insert, or renamed), and sorting by it needs no pinyin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import insert, select, text

from app.db.engine import make_engine
from app.db.migrate import Database, downgrade, upgrade
from app.db.models import Department
from app.db.rows import close_rows, open_rows
from app.domain.ordering import natural_key, stored_key, unstored_key
from app.services import department_ranks

ROOT = Path(__file__).resolve().parents[3]
NAMES = ("十一车间", "一车间", "二车间", "3号仓库", "10号仓库", "财务科", "安全环保部", "行政部")
# Names as people type them: numerals of both kinds, Chinese, Latin, spaces, nothing special.
names = st.text(st.sampled_from("一二十百零0123456789号车间仓库科部安全财务行政 AbZ-"), min_size=1)


@given(st.lists(names, max_size=6))
def test_the_stored_key_reads_back_as_the_natural_key(chosen: list[str]) -> None:
    for name in chosen:
        assert unstored_key(stored_key(name)) == natural_key(name)
    assert sorted(chosen, key=lambda n: unstored_key(stored_key(n))) == sorted(
        chosen, key=natural_key
    )


def test_the_migration_fills_the_keys_of_existing_departments(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "old.db")
    upgrade(engine, "0223")
    with engine.begin() as connection:
        for name in NAMES:
            connection.execute(text("INSERT INTO department (name) VALUES (:n)"), {"n": name})
        connection.execute(
            text("INSERT INTO staff (employee_no, name, name_pinyin, name_initials, "
                 "department_id, job_title, hazards, created_at, updated_at) VALUES "
                 "('E1', '王芳', '', '', 1, '', '', '2026-01-01', '2026-01-01')")
        )  # fmt: skip
    upgrade(engine)
    with engine.connect() as connection:
        kept: dict[str, str] = dict(
            connection.execute(text("SELECT name, sort_key FROM department")).all()
        )
    assert {name: unstored_key(key) for name, key in kept.items()} == {
        name: natural_key(name) for name in NAMES
    }
    # And back, with staff referring to the departments (no rebuild of their table).
    downgrade(engine, "0223")
    with engine.connect() as connection:
        columns = [r[1] for r in connection.execute(text("PRAGMA table_info(department)"))]
        assert columns == ["id", "name"]
        assert connection.execute(text("SELECT count(*) FROM staff")).scalar() == 1
    engine.dispose()


def test_the_model_keeps_the_key_on_insert_bulk_insert_and_rename(db: Database) -> None:
    with db.sessions() as session, session.begin():
        session.add(Department(name="十一车间"))
        session.execute(insert(Department), [{"name": "一车间"}, {"name": "财务科"}])
    with db.sessions() as session, session.begin():
        renamed = session.scalars(select(Department).where(Department.name == "财务科")).one()
        renamed.name = "安全环保部"
    with db.sessions() as session:
        kept = {d.name: unstored_key(d.sort_key) for d in session.scalars(select(Department))}
    assert kept == {name: natural_key(name) for name in ("十一车间", "一车间", "安全环保部")}


def test_sorting_by_the_stored_keys_loads_no_pinyin(db: Database) -> None:
    with db.sessions() as session, session.begin():
        session.execute(insert(Department), [{"name": n} for n in NAMES])
    db.close()
    probe = (
        "import sys\nfrom pathlib import Path\n"
        "from app.db.rows import open_rows\nfrom app.services import department_ranks\n"
        "rows = open_rows(Path(sys.argv[1]))\n"
        "names = [n for (n,) in rows.all('SELECT name FROM department')]\n"
        "print('|'.join(sorted(names, key=department_ranks.sort_key(rows))))\n"
        "print('pypinyin' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(db.path)], cwd=ROOT, capture_output=True, text=True,
        check=True,
    ).stdout.split()  # fmt: skip
    assert out == ["|".join(sorted(NAMES, key=natural_key)), "False"]
    rows = open_rows(db.path)
    try:
        assert sorted(NAMES, key=department_ranks.sort_key(rows)) == sorted(NAMES, key=natural_key)
    finally:
        close_rows(rows)
