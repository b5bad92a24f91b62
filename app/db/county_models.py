"""The county workspace: a separate database file of imported site packages.

It has its own small schema (its own metadata, tables made with `create_all` on open): the
county office never opens a site's register, only the signed packages carried to it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

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
    insert,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    relationship,
    sessionmaker,
)

from app.db.file_kind import WORKSPACE_TABLES, table_names
from app.db.keyfile import key_file_path


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

    __table_args__ = (UniqueConstraint("site_code", "period", name="uq_package_site_period"),)


class CountyAuditHead(CountyBase):
    """A site's audit chain (count and head) as each of its packages declared it, kept even
    when the package is replaced: a later package with a shorter chain is a rollback."""

    __tablename__ = "county_audit_head"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_code: Mapped[str] = mapped_column(String(32), index=True)
    created_at: Mapped[str] = mapped_column(String(30))  # the package's, from its manifest
    file_name: Mapped[str] = mapped_column(String(300))
    entries: Mapped[int] = mapped_column(Integer)
    head: Mapped[str] = mapped_column(String(64))


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
    review: Mapped[CountyReview] = relationship(back_populates="items")


class CountyAccess(CountyBase):
    """Who opened the workspace and what they did (it holds many sites' data)."""

    __tablename__ = "county_access"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    reviewer: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))  # open, import, inspection, report
    detail: Mapped[str] = mapped_column(Text, default="")


class WorkspaceError(Exception):
    """The file cannot be a county workspace; `reason`: site_database, not_a_workspace,
    is_folder, folder_missing, read_only, cannot_open."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


WORKSPACE_KIND = "county_workspace"
# Tables only a site's register has: one of them means the file is a site database.
SITE_TABLES = frozenset({"alembic_version", "staff", "site", "usage_visit", "app_user"})


def _tables(path: Path) -> set[str]:
    try:
        return table_names(path)
    except sqlite3.DatabaseError as error:  # encrypted, or not SQLite at all
        raise WorkspaceError(Path(path), "not_a_workspace") from error


def file_is_workspace(path: Path) -> bool:
    """True for an existing county workspace file (the site's start-up refuses to open it)."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        return bool(_tables(path) & WORKSPACE_TABLES)
    except WorkspaceError:
        return False


def check_workspace_file(path: Path) -> None:
    """Raise WorkspaceError unless `path` is new, empty, or a county workspace."""
    path = Path(path)
    if path.is_dir():
        raise WorkspaceError(path, "is_folder")
    if not path.parent.is_dir():
        raise WorkspaceError(path, "folder_missing")
    if key_file_path(path).exists():
        raise WorkspaceError(path, "site_database")  # an encrypted site register
    if path.exists() and not path.is_file():
        raise WorkspaceError(path, "not_a_workspace")  # a device, a pipe
    if not os.access(path if path.exists() else path.parent, os.W_OK) or _read_only_medium(
        path.parent
    ):
        raise WorkspaceError(path, "read_only")
    if not path.exists() or path.stat().st_size == 0:
        return
    tables = _tables(path)
    if tables & SITE_TABLES:
        raise WorkspaceError(path, "site_database")
    if tables and not tables & WORKSPACE_TABLES:
        raise WorkspaceError(path, "not_a_workspace")


@dataclass(frozen=True)
class Workspace:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(path: Path) -> Workspace:
    """Open (or create) the workspace file; a site's register is refused (WorkspaceError)."""
    check_workspace_file(path)
    existed = Path(path).exists()
    try:
        return _open(Path(path))
    except (OSError, DBAPIError) as error:  # a full or vanished disk while it is set up
        if not existed:
            for leftover in (Path(path), *(Path(f"{path}{end}") for end in ("-wal", "-shm"))):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        raise WorkspaceError(Path(path), "cannot_open") from error


def _read_only_medium(folder: Path) -> bool:
    """A folder on a file system mounted read-only (os.access does not see it as root)."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows: os.access told already
        return False


def _open(path: Path) -> Workspace:
    engine = create_engine(URL.create("sqlite", database=str(path)))  # a "?" stays in the name

    @event.listens_for(engine, "connect")
    def _pragmas(connection: object, _record: object) -> None:
        cursor = connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    try:
        CountyBase.metadata.create_all(engine)
        with engine.begin() as connection:
            connection.execute(
                insert(CountyMeta).prefix_with("OR IGNORE"),
                {"key": "kind", "value": WORKSPACE_KIND},
            )
    except BaseException:
        engine.dispose()
        raise
    return Workspace(Path(path), engine, sessionmaker(engine, expire_on_commit=False))
