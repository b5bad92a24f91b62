"""A throw-away PostgreSQL server for the shared-workspace tests.

`build_scripts/setup.sh --test` installs Debian's `postgresql`; here its `initdb` makes a
cluster in a temporary folder and `pg_ctl` starts it on a Unix socket in that folder (no TCP
port, nothing shared with a system server). As root the server runs as `nobody` (PostgreSQL
refuses root). Where it cannot run, the tests that need it are skipped with the reason shown in
the test summary — never silently passed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import URL

UNPRIVILEGED = "nobody"
USER = "healthroom"
PORT = 54329  # only names the socket file in the server's own folder


class PostgresUnavailable(UserWarning):
    """The PostgreSQL tests were skipped; the message says why."""


@dataclass(frozen=True)
class Server:
    folder: Path
    port: int

    def url(self, database: str = "postgres") -> URL:
        return URL.create(
            "postgresql",
            username=USER,
            database=database,
            query={"host": str(self.folder), "port": str(self.port)},
        )

    def address(self, database: str) -> str:
        """What a reviewer types after `--workspace`."""
        return self.url(database).render_as_string(hide_password=False)

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(
            host=str(self.folder), port=self.port, user=USER, dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.address(name)


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    return str(candidates[-1]) if candidates else None


def _run(command: list[str], as_user: str | None) -> None:
    subprocess.run(command, check=True, capture_output=True, timeout=120, user=as_user)


def start_server(folder: Path | None = None, durable: bool = False) -> Server:
    """Start a server; RuntimeError says why it could not.

    `folder`: keep the cluster there and start it again on a later call (a benchmark that is
    resumed); `durable`: with fsync, as a real server runs (the tests run without)."""
    try:
        import psycopg  # noqa: F401
    except ImportError as error:
        raise RuntimeError("psycopg is not installed") from error
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    if initdb is None or pg_ctl is None:
        raise RuntimeError(
            "PostgreSQL is not installed (build_scripts/setup.sh --test installs it on Debian)"
        )
    as_user = UNPRIVILEGED if os.geteuid() == 0 else None
    kept = folder is not None
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="healthroom-pg-"))
    folder.mkdir(parents=True, exist_ok=True)
    if as_user is not None:
        shutil.chown(folder, as_user)
    data = folder / "data"
    try:
        if not (data / "PG_VERSION").exists():
            _run([initdb, "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync"], as_user)  # fmt: skip
        options = f"-k {folder} -p {PORT} -c listen_addresses='' -c max_connections=60"
        options += "" if durable else " -c fsync=off"
        if (data / "postmaster.pid").exists():  # left running by a killed run (or stale)
            with contextlib.suppress(subprocess.CalledProcessError):
                _run([pg_ctl, "-D", str(data), "-m", "fast", "stop"], as_user)
        _run([pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "server.log"), "-w",
              "-t", "60", "start"], as_user)  # fmt: skip
    except (subprocess.SubprocessError, OSError) as error:
        detail = getattr(error, "stderr", b"") or b""
        if not kept:
            shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"the server did not start: {error} {detail.decode()[-400:]}") from error
    return Server(folder, PORT)


def stop_server(server: Server, keep: bool = False) -> None:
    """Stop the server; its folder is removed unless `keep`."""
    pg_ctl = _binary("pg_ctl")
    as_user = UNPRIVILEGED if os.geteuid() == 0 else None
    if pg_ctl is not None:
        mode = "fast" if keep else "immediate"
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            _run([pg_ctl, "-D", str(server.folder / "data"), "-m", mode, "stop"], as_user)
    if not keep:
        shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Server]:
    try:
        server = start_server()
    except RuntimeError as error:
        message = f"PostgreSQL tests skipped: {error}"
        warnings.warn(message, PostgresUnavailable, stacklevel=1)
        pytest.skip(message)
    yield server
    stop_server(server)


_databases = iter(range(1, 1_000_000))


@pytest.fixture
def pg_workspace(postgres: Server) -> str:
    """The `postgresql://` address of a new, empty database on the throw-away server."""
    return postgres.create_database(f"workspace_{next(_databases)}")
