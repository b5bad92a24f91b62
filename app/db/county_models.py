"""The county workspace: a separate database file of imported site packages.

It has its own small schema (its own metadata, tables made with `create_all` on open): the
county office never opens a site's register, only the signed packages carried to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
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
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


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


@dataclass(frozen=True)
class Workspace:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(path: Path) -> Workspace:
    """Open (or create) the workspace file."""
    engine = create_engine(f"sqlite:///{Path(path)}")

    @event.listens_for(engine, "connect")
    def _pragmas(connection: object, _record: object) -> None:
        cursor = connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    CountyBase.metadata.create_all(engine)
    return Workspace(Path(path), engine, sessionmaker(engine, expire_on_commit=False))
