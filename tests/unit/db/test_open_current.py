"""Opening a database that is already current skips Alembic (a quarter second at start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.db import revision
from app.db.engine import make_engine
from app.db.migrate import head_revision, open_database, upgrade

ROOT = Path(__file__).resolve().parents[3]


def test_plain_reading_of_the_revision_files_finds_alembics_head() -> None:
    assert revision.plain_head() == head_revision()


def test_a_current_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    open_database(tmp_path / "current.db").close()
    probe = (
        "import sys; from pathlib import Path; from app.db.migrate import open_database; "
        f"open_database(Path({str(tmp_path / 'current.db')!r})).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_file_not_at_the_head_goes_to_alembic_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "behind.db"
    engine = make_engine(path)
    upgrade(engine)
    with engine.begin() as connection:  # pretend it was written by an older version
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    engine.dispose()
    with pytest.raises(Exception, match="older"):  # Alembic, not the shortcut, decides
        open_database(path, backup_dir=tmp_path / "backups")
    assert list((tmp_path / "backups").glob("behind-before-migration-*.db"))


@pytest.mark.parametrize(
    ("files", "head"),
    [
        ({"a.py": "revision = 'a'\ndown_revision = None\n"}, "a"),
        (
            {
                "a.py": "revision = 'a'\ndown_revision = None\n",
                "b.py": 'revision: str = "b"\ndown_revision: str | None = "a"\n',
            },
            "b",
        ),
        (  # two heads: unsure, Alembic decides
            {
                "a.py": "revision = 'a'\ndown_revision = None\n",
                "b.py": "revision = 'b'\ndown_revision = 'a'\n",
                "c.py": "revision = 'c'\ndown_revision = 'a'\n",
            },
            None,
        ),
        (  # a merge revision names both parents
            {
                "a.py": "revision = 'a'\ndown_revision = None\n",
                "b.py": "revision = 'b'\ndown_revision = 'a'\n",
                "c.py": "revision = 'c'\ndown_revision = 'a'\n",
                "d.py": "revision = 'd'\ndown_revision = ('b', 'c')\n",
            },
            "d",
        ),
        ({"a.py": "revision = make_id()\ndown_revision = None\n"}, None),  # unreadable
    ],
)
def test_plain_head_is_sure_or_says_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], head: str | None
) -> None:
    (tmp_path / "versions").mkdir()
    for name, source in files.items():
        (tmp_path / "versions" / name).write_text(source, encoding="utf-8")
    monkeypatch.setattr(revision, "MIGRATIONS", tmp_path)
    assert revision.plain_head() == head
