"""The county workspace: a database of imported site packages, apart from any site's register.

A SQLite file on the reviewer's PC by default, or a PostgreSQL database that the reviewers of a
city union share (`postgresql://…`). It has its own schema and migrations
(`app/db/county_migrations`, run on open by `app.db.county_schema`): the county office never
opens a site's register, only the signed packages carried to it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import random
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import (
    URL,
    Date,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    make_url,
)
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    relationship,
    sessionmaker,
)

from app.catalogue.problems.places import WorkspaceProblem
from app.db.file_kind import WORKSPACE_TABLES, table_names
from app.db.file_kind import file_is_workspace as file_is_workspace  # its home before file_kind
from app.db.keyfile import key_file_path
from app.domain.workspace_address import is_server_address

log = logging.getLogger(__name__)


class CountyBase(DeclarativeBase):
    metadata = MetaData()


class CountySite(CountyBase):
    """A site known to the county, with the public key pinned on its first import."""

    __tablename__ = "county_site"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    county: Mapped[str] = mapped_column(String(100), default="")
    public_key: Mapped[str] = mapped_column(String(64))
    pinned_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CountyPackage(CountyBase):
    """The package in force for a site and period (a newer sequence replaces an older one)."""

    __tablename__ = "county_package"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_code: Mapped[str] = mapped_column(ForeignKey("county_site.code"))
    period: Mapped[str] = mapped_column(String(10))
    sequence: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[str] = mapped_column(String(30))
    deidentified: Mapped[bool] = mapped_column(default=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")  # e.g. "replaced sequence 1"
    # The reviewer's comment on the package, sent back to the site in the return file.
    comment: Mapped[str] = mapped_column(Text, default="", server_default="")
    comment_by: Mapped[str] = mapped_column(String(100), default="", server_default="")

    __table_args__ = (UniqueConstraint("site_code", "period", name="uq_package_site_period"),)


class CountyIndicator(CountyBase):
    __tablename__ = "county_indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(
        ForeignKey("county_package.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(40))
    value: Mapped[float | None] = mapped_column(Float)
    numerator: Mapped[float | None] = mapped_column(Float)
    denominator: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    met: Mapped[int | None] = mapped_column(Integer)
    in_progress: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("package_id", "key", name="uq_indicator_package_key"),)


class CountyInspection(CountyBase):
    """An inspection row as the site recorded it (one per rectification item)."""

    __tablename__ = "county_inspection"
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(
        ForeignKey("county_package.id", ondelete="CASCADE"), index=True
    )
    inspection_no: Mapped[int] = mapped_column(Integer)
    inspected_on: Mapped[dt.date] = mapped_column(Date)
    inspectors: Mapped[str] = mapped_column(String(300), default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float | None] = mapped_column(Float)
    rectification: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="")
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    # The county's own item (or, for an inspection without items, its own inspection) this
    # row reports on: such rows are the county's records carried back, not the site's.
    county_item: Mapped[int | None] = mapped_column(Integer)


class CountyMeta(CountyBase):
    """What this file is: `kind` = `county_workspace` tells it apart from a site's register."""

    __tablename__ = "county_meta"
    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CountyReview(CountyBase):
    """An inspection the county recorded itself (巡检/督查), with its rectification items."""

    __tablename__ = "county_review"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_code: Mapped[str] = mapped_column(ForeignKey("county_site.code"), index=True)
    inspected_on: Mapped[dt.date] = mapped_column(Date, index=True)
    inspectors: Mapped[str] = mapped_column(String(300))
    findings: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float | None] = mapped_column(Float)
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    items: Mapped[list[CountyReviewItem]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="CountyReviewItem.position"
    )


class CountyReviewItem(CountyBase):
    __tablename__ = "county_review_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(
        ForeignKey("county_review.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open, done
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    done_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Who closed it: the county (a reviewer ticked it done) or the site (its package said so).
    closed_by: Mapped[str] = mapped_column(String(10), default="", server_default="")
    # When the site's package whose state of the item was applied last was made (its
    # `created_at`, then its audit trail's length): an older package imported later does not
    # undo a newer closure.
    site_reported_at: Mapped[str] = mapped_column(String(30), default="", server_default="")
    review: Mapped[CountyReview] = relationship(back_populates="items")


class CountyAuditHead(CountyBase):
    """A site's audit chain (entries and head) as each of its packages declared it, kept even
    when the package is replaced: a later package with a shorter chain is a rollback."""

    __tablename__ = "county_audit_head"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_code: Mapped[str] = mapped_column(String(32), index=True)
    created_at: Mapped[str] = mapped_column(String(30))  # the package's, from its manifest
    file_name: Mapped[str] = mapped_column(String(300))
    entries: Mapped[int] = mapped_column(Integer)
    head: Mapped[str] = mapped_column(String(64))


class CountyAccess(CountyBase):
    """Who did what in the workspace (it holds many sites' data), and through which channel."""

    __tablename__ = "county_access"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    reviewer: Mapped[str] = mapped_column(String(100))
    # sign_in, sign_in_failed, open, import, inspection, report, account, ...
    action: Mapped[str] = mapped_column(String(30))
    detail: Mapped[str] = mapped_column(Text, default="")  # text of rows before note_kind
    channel: Mapped[str] = mapped_column(String(10), default="window", server_default="window")
    # What the line says, as an AccessNoteKind code and its values (JSON), worded when read.
    note_kind: Mapped[str] = mapped_column(String(30), default="", server_default="")
    note_values: Mapped[str] = mapped_column(Text, default="", server_default="")


class CountyAccount(CountyBase):
    """A reviewer's or county administrator's account (Argon2id hash, lockout state)."""

    __tablename__ = "county_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50))
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))  # reviewer, county_admin
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_sign_in: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("username", name="uq_county_account_username"),)


class WorkspaceError(Exception):
    """The place cannot be a county workspace; `reason` is a WorkspaceProblem (the catalogue
    words it), `detail` the driver's or the system's own words, if any."""

    def __init__(self, path: Path | str, reason: WorkspaceProblem, detail: str = "") -> None:
        super().__init__(f"{path}: {reason} {detail}".rstrip())
        self.path = path
        self.reason = reason
        self.detail = detail


WORKSPACE_KIND = "county_workspace"
# Tables only a site's register has: one of them means the file is a site database.
SITE_TABLES = frozenset({"alembic_version", "staff", "site", "usage_visit", "app_user"})


def server_url(address: str) -> URL:
    """The engine URL of a server address, always with the psycopg (v3) driver."""
    try:
        url = make_url(address)
    except ArgumentError as error:
        raise WorkspaceError(address, WorkspaceProblem.BAD_ADDRESS, str(error)) from error
    if url.get_backend_name() != "postgresql" or not url.database:
        raise WorkspaceError(address, WorkspaceProblem.BAD_ADDRESS)
    return url.set(drivername="postgresql+psycopg")


def shown_address(target: Path | str) -> str:
    """How the workspace is named to people: the file, or the server address without password."""
    if is_server_address(target):
        url = server_url(str(target)).set(drivername="postgresql")
        return url.render_as_string(hide_password=True)
    return str(target)


def _tables(path: Path) -> set[str]:
    try:
        return table_names(path)
    except sqlite3.DatabaseError as error:  # encrypted, or not SQLite at all
        raise WorkspaceError(Path(path), WorkspaceProblem.NOT_A_WORKSPACE) from error


def check_tables(place: Path | str, tables: set[str]) -> None:
    """Raise WorkspaceError unless these tables are none, or a county workspace's."""
    if tables & SITE_TABLES:
        raise WorkspaceError(place, WorkspaceProblem.SITE_DATABASE)
    if tables and not tables & WORKSPACE_TABLES:
        raise WorkspaceError(place, WorkspaceProblem.NOT_A_WORKSPACE)


def check_workspace_file(path: Path) -> None:
    """Raise WorkspaceError unless `path` is new, empty, or a county workspace."""
    path = Path(path)
    if path.is_dir():
        raise WorkspaceError(path, WorkspaceProblem.IS_FOLDER)
    if not path.parent.is_dir():
        raise WorkspaceError(path, WorkspaceProblem.FOLDER_MISSING)
    if key_file_path(path).exists():
        raise WorkspaceError(path, WorkspaceProblem.SITE_DATABASE)  # an encrypted site register
    if path.exists() and not path.is_file():
        raise WorkspaceError(path, WorkspaceProblem.NOT_A_WORKSPACE)  # a device, a pipe
    if path.exists() and path.stat().st_size > 0:
        check_tables(path, _tables(path))
    if _read_only(path):
        raise WorkspaceError(path, WorkspaceProblem.READ_ONLY)


def _read_only(path: Path) -> bool:
    """The file or its folder (where SQLite keeps -wal and -shm) cannot be written."""
    if not os.access(path if path.exists() else path.parent, os.W_OK):
        return True
    try:  # root may write anywhere by os.access, but not onto a read-only mount
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows: os.access told already
        return False


@dataclass(frozen=True)
class Workspace:
    path: Path | None  # the SQLite file; None for a workspace on a server
    engine: Engine
    sessions: sessionmaker[Session]  # reading, and writing on SQLite (one writer at a time)
    writers: sessionmaker[Session]  # writing: serializable on a server (see `write`)
    location: str = ""  # the file or the server address without its password

    @property
    def on_server(self) -> bool:
        return self.path is None

    @property
    def name(self) -> str:
        """Short, for a window title: the file's name or the server's database."""
        if self.path is not None:
            return self.path.name
        return f"{self.engine.url.database}@{self.engine.url.host or 'localhost'}"

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_engine(path: Path) -> Engine:
    # timeout: a second reviewer's process waits for the first one's write instead of failing.
    url = URL.create("sqlite", database=str(path))  # a "?" stays in the name
    engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _pragmas(connection: object, _record: object) -> None:
        cursor = connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    return engine


def open_workspace(target: Path | str) -> Workspace:
    """Open (or create) the workspace — a file, or a `postgresql://` address — migrated to the
    current schema; a site's register or a foreign database is refused (WorkspaceError)."""
    from app.db.county_schema import migrate_workspace

    if is_server_address(target):
        url = server_url(str(target))
        engine = create_engine(url, pool_pre_ping=True)
        try:
            migrate_workspace(engine, str(target))
        except OperationalError as error:
            engine.dispose()
            raise WorkspaceError(
                shown_address(target), WorkspaceProblem.UNREACHABLE, str(error.orig)
            ) from error
        except BaseException:
            engine.dispose()
            raise
        serializable = engine.execution_options(isolation_level="SERIALIZABLE")
        return Workspace(
            None, engine, sessionmaker(engine, expire_on_commit=False),
            sessionmaker(serializable, expire_on_commit=False), shown_address(target),
        )  # fmt: skip
    path = Path(target)
    check_workspace_file(path)
    existed = path.exists()
    engine = _sqlite_engine(path)
    try:
        migrate_workspace(engine, str(path))
    except (OSError, DBAPIError) as error:  # a full or vanished disk while it is set up
        engine.dispose()
        if not existed:  # leave no half-made workspace behind
            for leftover in (path, *(Path(f"{path}{end}") for end in ("-wal", "-shm"))):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        raise WorkspaceError(path, WorkspaceProblem.CANNOT_OPEN, str(error)) from error
    except BaseException:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Workspace(path, engine, sessions, sessions, str(path))


T = TypeVar("T")
# How long a transaction is run again while other reviewers' imports keep colliding with it.
# Four importers of one site's packages at once collide often on a server (the serializable
# check works on index pages): a count of tries ran out there after a few seconds, a minute
# of tries has not.
RETRY_FOR_S = 60.0
LONGEST_PAUSE_S = 0.5
# Serialization failure, deadlock, and a unique key another reviewer's import took first: the
# whole transaction is run again and then sees the other's committed rows.
RETRY_STATES = frozenset({"40001", "40P01", "23505"})


def _retryable(error: DBAPIError) -> bool:
    state = getattr(error.orig, "sqlstate", None)
    if state is not None:
        return state in RETRY_STATES
    text = str(error.orig).lower()  # SQLite: another process holds the write lock, or won
    return "database is locked" in text or "unique constraint failed" in text


def write(workspace: Workspace, work: Callable[[Session], T], patience_s: float = RETRY_FOR_S) -> T:
    """Run `work` as one transaction; run it again when another reviewer's transaction
    collided with it (serialization failure, deadlock, a unique key taken at the same time),
    after a random pause that grows, for up to `patience_s` seconds."""
    give_up = time.monotonic() + patience_s
    attempt = 0
    while True:
        try:
            with workspace.writers() as session, session.begin():
                return work(session)
        except DBAPIError as error:
            if not _retryable(error) or time.monotonic() >= give_up:
                raise
            log.info("workspace transaction retried after %s", type(error.orig).__name__)
            time.sleep(random.uniform(0, min(LONGEST_PAUSE_S, 0.01 * 2**attempt)))
            attempt += 1
