"""Shared fixtures: real SQLite files in tmp_path, a demo database generated once per run."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt runs without a screen in tests; settings and logs go to a scratch folder, never $HOME.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SCRATCH = Path(os.environ.get("PYTEST_SCRATCH", "/tmp")) / f"healthroom-tests-{os.getpid()}"
os.environ["XDG_CONFIG_HOME"] = str(_SCRATCH / "config")
os.environ["XDG_DATA_HOME"] = str(_SCRATCH / "data")
os.environ["XDG_STATE_HOME"] = str(_SCRATCH / "state")
os.environ["XDG_CACHE_HOME"] = str(_SCRATCH / "cache")
# `--user NAME` reads the password from here instead of a prompt: the demo accounts' password.
# Tests of the prompt and of wrong passwords set or remove it themselves (monkeypatch).
os.environ.setdefault("HEALTHROOM_PASSWORD", "demo1234")
# The command line speaks the system's language; a test that passes no --lang hears the
# default, Chinese, whatever the machine's locale (a test of the choice sets its own).
os.environ["LC_MESSAGES"] = "zh_CN.UTF-8"

from hypothesis import HealthCheck, settings  # noqa: E402

from app.db import keyfile  # noqa: E402
from app.db.migrate import Database, open_database  # noqa: E402
from tests.postgres import pg_workspace, postgres  # noqa: E402, F401 - fixtures
from tests.support import DEMO_TODAY  # noqa: E402

# Generated registers (tests/unit/test_generated_registers.py): each example builds a register
# and prints from it, so the normal run keeps to 25 examples per property; the benchmark
# command runs the "long" profile. No deadline: one example prints a dozen PDFs.
_GENERATED = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
}
settings.register_profile("ci", max_examples=25, **_GENERATED)  # type: ignore[arg-type]
settings.register_profile("long", max_examples=250, **_GENERATED)  # type: ignore[arg-type]
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at its smallest cost: the tests check the logic, not the cost (0.2 s a hash).

    `tests/unit/services/test_password_cost.py` checks the real program's parameters.
    """
    from argon2 import PasswordHasher

    from app.services import credentials

    monkeypatch.setattr(keyfile, "DEFAULT_KDF", keyfile.KdfParams(1, 1024, 1))
    monkeypatch.setattr(credentials, "_hasher", PasswordHasher(1, 1024, 1))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "healthroom.db")
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database made once; tests get their own copy (see `demo_db`)."""
    from app.services.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path)
    generate_demo(database, staff=150, months=8, seed=7, today=DEMO_TODAY)
    database.close()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_file: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.db"
    shutil.copyfile(demo_file, copy)
    database = open_database(copy)
    yield database
    database.close()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SCRATCH, ignore_errors=True)
