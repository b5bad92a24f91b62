"""SQLAlchemy 2 typed models: the whole register of one staff health room.

Codes are stored as short strings with CHECK constraints built from the domain enums, so a
bad value cannot reach the file even through a raw SQL client. Foreign keys say on purpose
what happens on delete: history (visits, attendance) blocks deleting a person (RESTRICT);
details owned by a record (slots of a schedule, events of a device) go with it (CASCADE).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    Time,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.catalogue.checkups import CheckupItem
from app.catalogue.codes import (
    ActivityKind,
    ActivityStatus,
    AuditAction,
    ConsumableCategory,
    DeviceCategory,
    DeviceEventKind,
    DeviceStatus,
    ExceptionKind,
    FollowUpWay,
    InspectionBody,
    NoticeChannel,
    RectificationStatus,
    Role,
    Sex,
    SignInMethod,
    StockMovementKind,
    StockSource,
)
from app.catalogue.urgent import UrgentAction
from app.db.connection import NATURAL
from app.domain.readings import ReadingType

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def one_of(column: str, enum: type[StrEnum], name: str | None = None) -> CheckConstraint:
    values = ", ".join(f"'{member.value}'" for member in enum)
    return CheckConstraint(f"{column} IN ({values})", name=name or f"{column}_code")


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


# --- site and room profile -------------------------------------------------------------


class Site(Base):
    """The host enterprise (建设单位). One per database."""

    __tablename__ = "site"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    county: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    room: Mapped[Room | None] = relationship(back_populates="site", uselist=False)

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)


class Room(Base):
    """The staff health room (职工健康生活室) and the static checks of the founding rules."""

    __tablename__ = "room"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    location: Mapped[str] = mapped_column(String(300), default="")
    area_m2: Mapped[float | None] = mapped_column(Float)
    independent_space: Mapped[bool] = mapped_column(Boolean, default=False)
    nameplate_hung: Mapped[bool] = mapped_column(Boolean, default=False)
    nameplate_date: Mapped[dt.date | None] = mapped_column(Date)
    rules_posted: Mapped[bool] = mapped_column(Boolean, default=False)
    open_hours_posted: Mapped[bool] = mapped_column(Boolean, default=False)
    chair_name: Mapped[str] = mapped_column(String(100), default="")
    chair_phone: Mapped[str] = mapped_column(String(30), default="")
    admin_name: Mapped[str] = mapped_column(String(100), default="")
    admin_phone: Mapped[str] = mapped_column(String(30), default="")
    hospital_name: Mapped[str] = mapped_column(String(200), default="")
    liaison_name: Mapped[str] = mapped_column(String(100), default="")
    liaison_phone: Mapped[str] = mapped_column(String(30), default="")
    hospital_hotline: Mapped[str] = mapped_column(String(30), default="")
    house_rules: Mapped[str] = mapped_column(Text, default="")
    site: Mapped[Site] = relationship(back_populates="room")
    more_admins: Mapped[list[RoomAdministrator]] = relationship(
        back_populates="room", cascade="all, delete-orphan", order_by="RoomAdministrator.position"
    )

    __table_args__ = (CheckConstraint("area_m2 IS NULL OR area_m2 > 0", name="area_positive"),)


class RoomAdministrator(Base):
    """A further health administrator of the room; the first one is kept on the room itself."""

    __tablename__ = "room_administrator"
    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(30), default="")
    room: Mapped[Room] = relationship(back_populates="more_admins")

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        UniqueConstraint("room_id", "position", name="uq_room_administrator_position"),
    )


class Setting(Base):
    """Business settings (indicator targets, reading thresholds) as JSON values."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- staff and health files ----------------------------------------------------------


class Department(Base):
    __tablename__ = "department"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


# ORDER BY this, never the bare name: 一车间 < 二车间 < … < 十一车间, then pinyin. The collation is
# registered on each connection of the program's engine, not stored in the schema, so other
# tools (the sqlite3 shell, integrity checks) still read the file.
DEPARTMENT_ORDER = Department.name.collate(NATURAL)


class Staff(Base):
    """A person on the user roster (使用人员名册). Departure keeps history."""

    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    name_pinyin: Mapped[str] = mapped_column(String(200), default="")
    name_initials: Mapped[str] = mapped_column(String(50), default="")
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    id_number: Mapped[str | None] = mapped_column(String(18), unique=True)
    phone: Mapped[str | None] = mapped_column(String(20))
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="RESTRICT"), index=True
    )
    job_title: Mapped[str] = mapped_column(String(100), default="")
    hazards: Mapped[str] = mapped_column(String(300), default="")
    hire_date: Mapped[dt.date | None] = mapped_column(Date)
    departure_date: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now, onupdate=now)

    department: Mapped[Department] = relationship()
    health_file: Mapped[HealthFile | None] = relationship(
        back_populates="staff", uselist=False, cascade="all, delete-orphan"
    )

    __table_args__ = (
        one_of("sex", Sex, "sex_code"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(
            "departure_date IS NULL OR hire_date IS NULL OR departure_date >= hire_date",
            name="departure_after_hire",
        ),
        Index("ix_staff_name", "name"),
        Index("ix_staff_name_pinyin", "name_pinyin"),
        Index("ix_staff_name_initials", "name_initials"),
    )


class EmployeeNoChange(Base):
    """HR gave a person a new employee no. (the same ID number under a new number): the old
    number stays on record, so history and old sheets still point to the person."""

    __tablename__ = "employee_no_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    old_employee_no: Mapped[str] = mapped_column(String(50), index=True)
    new_employee_no: Mapped[str] = mapped_column(String(50))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    source: Mapped[str] = mapped_column(String(300), default="")  # the roster file


class HealthFile(Base):
    """The person's health file (健康档案): the latest known state, one per person."""

    __tablename__ = "health_file"
    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True
    )
    height_cm: Mapped[float | None] = mapped_column(Float)
    weight_kg: Mapped[float | None] = mapped_column(Float)
    systolic: Mapped[int | None] = mapped_column(Integer)
    diastolic: Mapped[int | None] = mapped_column(Integer)
    fasting_glucose: Mapped[float | None] = mapped_column(Float)
    medical_history: Mapped[str | None] = mapped_column(Text)
    chronic_conditions: Mapped[str | None] = mapped_column(String(300))  # codes, or "none"
    allergies: Mapped[str | None] = mapped_column(String(300))
    smoking: Mapped[str | None] = mapped_column(String(30))
    drinking: Mapped[str | None] = mapped_column(String(30))
    exercise: Mapped[str | None] = mapped_column(String(30))
    hazard_exposure: Mapped[str | None] = mapped_column(String(300))  # codes, or "none"
    last_checkup_date: Mapped[dt.date | None] = mapped_column(Date)
    checkup_findings: Mapped[str | None] = mapped_column(Text)
    checkup_advice: Mapped[str | None] = mapped_column(Text)
    data_updated_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    staff: Mapped[Staff] = relationship(back_populates="health_file")

    __table_args__ = (
        CheckConstraint("height_cm IS NULL OR height_cm BETWEEN 50 AND 250", name="height"),
        CheckConstraint("weight_kg IS NULL OR weight_kg BETWEEN 20 AND 300", name="weight"),
        CheckConstraint("systolic IS NULL OR systolic BETWEEN 50 AND 300", name="systolic"),
        CheckConstraint("diastolic IS NULL OR diastolic BETWEEN 20 AND 200", name="diastolic"),
        CheckConstraint(
            "fasting_glucose IS NULL OR fasting_glucose BETWEEN 1 AND 35", name="glucose"
        ),
    )


class FollowUp(Base):
    """A follow-up of an abnormal finding (随访)."""

    __tablename__ = "follow_up"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("usage_visit.id", ondelete="SET NULL"))
    on_date: Mapped[dt.date] = mapped_column(Date)
    way: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    advice: Mapped[str] = mapped_column(Text, default="")
    next_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    outcome: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (one_of("way", FollowUpWay),)


# --- usage register ----------------------------------------------------------------------


class UsageVisit(Base):
    """One line of the usage register (使用登记表): a person used the room."""

    __tablename__ = "usage_visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    visited_at: Mapped[dt.datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    visitor_name: Mapped[str | None] = mapped_column(String(100))  # not on the roster
    advice: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    abnormal: Mapped[bool] = mapped_column(Boolean, default=False)
    entered_late: Mapped[bool] = mapped_column(Boolean, default=False)  # from paper
    recorded_by: Mapped[str] = mapped_column(String(50), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    # Bit mask of the reading types measured (app.domain.visit_items), kept in step with the
    # measurements by database triggers; lets the log filter by item from an index.
    items: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="Measurement.id"
    )

    __table_args__ = (
        CheckConstraint(
            "(staff_id IS NOT NULL) <> (visitor_name IS NOT NULL)", name="staff_or_visitor"
        ),
        Index("ix_usage_visit_visited_at", "visited_at"),
        Index("ix_usage_visit_staff_time", "staff_id", "visited_at"),
        # Covering indexes for the log: every filter (dates, person or department, abnormal,
        # items) and the count are answered from the index alone, without reading the rows.
        Index("ix_usage_visit_browse", "visited_at", "id", "staff_id", "abnormal", "items"),
        Index("ix_usage_visit_staff_browse", "staff_id", "visited_at", "id", "abnormal", "items"),
    )


class Measurement(Base):
    """One reading taken during a visit; blood pressure is two rows."""

    __tablename__ = "measurement"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("usage_visit.id", ondelete="CASCADE"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    measured_at: Mapped[dt.datetime] = mapped_column(DateTime)
    type: Mapped[str] = mapped_column(String(30))
    value: Mapped[float] = mapped_column(Float)
    flag: Mapped[str] = mapped_column(String(20), default="normal")
    # 1, 2, ...: the readings as taken; 0: the result of a re-measured type (average or
    # repeat). `counted`: the one value that stands for the visit in reports and charts.
    round: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    counted: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    visit: Mapped[UsageVisit] = relationship(back_populates="measurements")

    __table_args__ = (
        one_of("type", ReadingType),
        Index("ix_measurement_visit", "visit_id"),
        Index("ix_measurement_staff_type_time", "staff_id", "type", "measured_at"),
        Index("ix_measurement_type_time", "type", "measured_at"),
    )


class UrgentCase(Base):
    """A visit with an urgent value (危急值): open until the action taken is recorded."""

    __tablename__ = "urgent_case"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("usage_visit.id", ondelete="CASCADE"), unique=True
    )
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    types: Mapped[str] = mapped_column(String(200))  # the urgent reading types, comma-separated
    action: Mapped[str | None] = mapped_column(String(30))
    action_note: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str] = mapped_column(String(50), default="")

    __table_args__ = (
        one_of("action", UrgentAction),
        CheckConstraint("(closed_at IS NULL) = (action IS NULL)", name="closed_with_action"),
        Index("ix_urgent_case_open", "closed_at", "opened_at"),
    )


# --- the partner hospital's check-ups --------------------------------------------------------


class Checkup(Base):
    """One person's annual check-up at the partner hospital (体检), as its file reported it.

    Its own record, not a visit: check-ups neither appear in the usage register nor count
    towards the usage rate. One per person and date; importing the file again replaces it."""

    __tablename__ = "checkup"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    checkup_date: Mapped[dt.date] = mapped_column(Date, index=True)
    exam_no: Mapped[str] = mapped_column(String(50), default="")
    age: Mapped[int | None] = mapped_column(Integer)  # as the hospital wrote it
    ecg: Mapped[str | None] = mapped_column(Text)
    ultrasound: Mapped[str | None] = mapped_column(Text)
    chest_xray: Mapped[str | None] = mapped_column(Text)
    conclusion: Mapped[str | None] = mapped_column(Text)
    advice: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(300), default="")  # the file it came from
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    results: Mapped[list[CheckupResult]] = relationship(
        back_populates="checkup", cascade="all, delete-orphan", order_by="CheckupResult.id"
    )

    __table_args__ = (UniqueConstraint("staff_id", "checkup_date"),)


class CheckupResult(Base):
    """One measured item of a check-up, graded when imported (the grade is kept with it)."""

    __tablename__ = "checkup_result"
    id: Mapped[int] = mapped_column(primary_key=True)
    checkup_id: Mapped[int] = mapped_column(ForeignKey("checkup.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(30))
    value: Mapped[float] = mapped_column(Float)
    flag: Mapped[str] = mapped_column(String(20), default="normal")
    checkup: Mapped[Checkup] = relationship(back_populates="results")

    __table_args__ = (
        one_of("item", CheckupItem),
        UniqueConstraint("checkup_id", "item"),
    )


# --- equipment and consumables --------------------------------------------------------------


class Device(Base):
    """A device of the room: a union asset (工会资产)."""

    __tablename__ = "device"
    id: Mapped[int] = mapped_column(primary_key=True)
    asset_no: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(30))
    brand: Mapped[str] = mapped_column(String(100), default="")
    model: Mapped[str] = mapped_column(String(100), default="")
    serial_no: Mapped[str] = mapped_column(String(100), default="")
    purchase_date: Mapped[dt.date | None] = mapped_column(Date)
    price: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    funding: Mapped[str] = mapped_column(String(50), default="union_asset")
    location: Mapped[str] = mapped_column(String(100), default="")
    readings: Mapped[str] = mapped_column(String(200), default="")  # reading type codes
    maintenance_interval_days: Mapped[int | None] = mapped_column(Integer)
    calibration_interval_days: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=DeviceStatus.IN_SERVICE.value)
    replaces_device_id: Mapped[int | None] = mapped_column(
        ForeignKey("device.id", ondelete="SET NULL")
    )

    __table_args__ = (
        one_of("category", DeviceCategory),
        one_of("status", DeviceStatus),
        CheckConstraint("price IS NULL OR price >= 0", name="price_not_negative"),
        CheckConstraint(
            "maintenance_interval_days IS NULL OR maintenance_interval_days > 0",
            name="maintenance_interval",
        ),
        CheckConstraint(
            "calibration_interval_days IS NULL OR calibration_interval_days > 0",
            name="calibration_interval",
        ),
    )


class DeviceEvent(Base):
    """The device's lifecycle and upkeep, as events (never silent edits)."""

    __tablename__ = "device_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    on_date: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    cost: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    paid_by: Mapped[str] = mapped_column(String(100), default="")
    next_due: Mapped[dt.date | None] = mapped_column(Date)
    related_device_id: Mapped[int | None] = mapped_column(
        ForeignKey("device.id", ondelete="SET NULL")
    )
    recorded_by: Mapped[str] = mapped_column(String(50), default="")

    __table_args__ = (
        one_of("kind", DeviceEventKind),
        CheckConstraint("cost IS NULL OR cost >= 0", name="cost_not_negative"),
        Index("ix_device_event_device_date", "device_id", "on_date"),
    )


class Consumable(Base):
    """A consumable item (日常消耗品) with its stock kept as movements."""

    __tablename__ = "consumable"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    category: Mapped[str] = mapped_column(String(30))
    unit: Mapped[str] = mapped_column(String(20), default="")
    min_stock: Mapped[int] = mapped_column(Integer, default=0)
    stock: Mapped[int] = mapped_column(Integer, default=0)  # kept equal to the movements' sum

    __table_args__ = (
        one_of("category", ConsumableCategory),
        CheckConstraint("stock >= 0", name="stock_not_negative"),
        CheckConstraint("min_stock >= 0", name="min_stock_not_negative"),
    )


class ConsumableLot(Base):
    __tablename__ = "consumable_lot"
    id: Mapped[int] = mapped_column(primary_key=True)
    consumable_id: Mapped[int] = mapped_column(ForeignKey("consumable.id", ondelete="CASCADE"))
    lot_no: Mapped[str] = mapped_column(String(50), default="")
    expiry_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (CheckConstraint("quantity >= 0", name="quantity_not_negative"),)


class StockMovement(Base):
    __tablename__ = "stock_movement"
    id: Mapped[int] = mapped_column(primary_key=True)
    consumable_id: Mapped[int] = mapped_column(ForeignKey("consumable.id", ondelete="CASCADE"))
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("consumable_lot.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[int] = mapped_column(Integer)
    on_date: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(30))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("usage_visit.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(50), default="")

    __table_args__ = (
        one_of("kind", StockMovementKind),
        CheckConstraint(
            "source IS NULL OR source IN (" + ", ".join(f"'{s.value}'" for s in StockSource) + ")",
            name="source_code",
        ),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index("ix_stock_movement_consumable_date", "consumable_id", "on_date"),
    )


# --- open hours and the room's day log ------------------------------------------------------


class ScheduleVersion(Base):
    """A weekly open-hours schedule in force from a date (history kept)."""

    __tablename__ = "schedule_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[dt.date] = mapped_column(Date, unique=True)
    note: Mapped[str] = mapped_column(Text, default="")
    slots: Mapped[list[ScheduleSlot]] = relationship(
        back_populates="version",
        cascade="all, delete-orphan",
        order_by="(ScheduleSlot.weekday, ScheduleSlot.start_time)",
    )


class ScheduleSlot(Base):
    __tablename__ = "schedule_slot"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("schedule_version.id", ondelete="CASCADE"), index=True
    )
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    version: Mapped[ScheduleVersion] = relationship(back_populates="slots")

    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("start_time < end_time", name="start_before_end"),
    )


class ScheduleException(Base):
    """A closed date (holiday) or special hours on one date; they override the week."""

    __tablename__ = "schedule_exception"
    id: Mapped[int] = mapped_column(primary_key=True)
    on_date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    reason: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        one_of("kind", ExceptionKind),
        CheckConstraint(
            "(kind = 'closed' AND start_time IS NULL AND end_time IS NULL) OR "
            "(kind = 'special_hours' AND start_time IS NOT NULL AND end_time IS NOT NULL "
            "AND start_time < end_time)",
            name="hours_match_kind",
        ),
    )


class RoomDayLog(Base):
    """The room's day: opening, cleaning and disinfection (one row per date)."""

    __tablename__ = "room_day_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    opened_at: Mapped[dt.time | None] = mapped_column(Time)
    closed_at: Mapped[dt.time | None] = mapped_column(Time)
    duty_person: Mapped[str] = mapped_column(String(100), default="")
    cleaned: Mapped[bool] = mapped_column(Boolean, default=False)
    cleaned_by: Mapped[str] = mapped_column(String(100), default="")
    disinfected: Mapped[bool] = mapped_column(Boolean, default=False)
    disinfection_what: Mapped[str] = mapped_column(String(200), default="")
    disinfection_agent: Mapped[str] = mapped_column(String(100), default="")
    disinfected_by: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint(
            "opened_at IS NULL OR closed_at IS NULL OR opened_at < closed_at",
            name="open_before_close",
        ),
    )


# --- activities, sign-in, notices, hospital visits, plan ------------------------------------


class PlanItem(Base):
    """An item of the annual health promotion plan (年度健康促进计划) in its quarter."""

    __tablename__ = "plan_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        one_of("kind", ActivityKind),
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter"),
        Index("ix_plan_item_year", "year", "quarter"),
    )


class Activity(Base):
    """A health activity: lecture, free clinic, consultation, training, fitness, other."""

    __tablename__ = "activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str] = mapped_column(String(200), default="")
    speaker: Mapped[str] = mapped_column(String(100), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    by_partner_hospital: Mapped[bool] = mapped_column(Boolean, default=False)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(200), default="")
    target_all: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(20), default=ActivityStatus.PLANNED.value)
    plan_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_item.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # Who the partner hospital sends and what for: kept here while the activity is planned;
    # once it is held they are copied into its HospitalVisit (what `hospital_visits` counts).
    experts: Mapped[str] = mapped_column(String(300), default="", server_default="")
    visit_purposes: Mapped[str] = mapped_column(String(200), default="", server_default="")
    target_departments: Mapped[list[Department]] = relationship(secondary="activity_department")

    __table_args__ = (
        one_of("kind", ActivityKind),
        one_of("status", ActivityStatus),
        CheckConstraint("ends_at IS NULL OR ends_at > starts_at", name="ends_after_start"),
    )


class ActivityDepartment(Base):
    """The departments an activity targets when it is not for all staff."""

    __tablename__ = "activity_department"
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="RESTRICT"), primary_key=True
    )


class Attendance(Base):
    """A sign-in (签到): a roster person, or a guest who never counts in rates."""

    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"))
    guest_name: Mapped[str | None] = mapped_column(String(100))
    method: Mapped[str] = mapped_column(String(20), default=SignInMethod.TICK.value)
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)

    __table_args__ = (
        one_of("method", SignInMethod),
        CheckConstraint(
            "(staff_id IS NOT NULL) <> (guest_name IS NOT NULL)", name="staff_or_guest"
        ),
        UniqueConstraint("activity_id", "staff_id", name="uq_attendance_activity_staff"),
        Index("ix_attendance_staff", "staff_id"),
    )


class Notice(Base):
    """An activity notice (活动通知) and how many staff it reached."""

    __tablename__ = "notice"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    issued_on: Mapped[dt.date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(30))
    reached_count: Mapped[int | None] = mapped_column(Integer)  # when no tick list is kept
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        one_of("channel", NoticeChannel),
        CheckConstraint("reached_count IS NULL OR reached_count >= 0", name="reached"),
    )


class NoticeReach(Base):
    __tablename__ = "notice_reach"
    notice_id: Mapped[int] = mapped_column(
        ForeignKey("notice.id", ondelete="CASCADE"), primary_key=True
    )
    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True
    )


class HospitalVisit(Base):
    """A partner-hospital visit (lecture, data collection, free clinic, consultation)."""

    __tablename__ = "hospital_visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    visited_on: Mapped[dt.date] = mapped_column(Date, index=True)
    hospital: Mapped[str] = mapped_column(String(200), default="")
    experts: Mapped[str] = mapped_column(String(300), default="")
    purposes: Mapped[str] = mapped_column(String(200), default="")  # purpose codes, comma-separated
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")


# --- inspections ---------------------------------------------------------------------------


class Inspection(Base):
    """An inspection the room received (巡检/督查): by the county or city union, or the partner
    hospital's supervision."""

    __tablename__ = "inspection"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspected_on: Mapped[dt.date] = mapped_column(Date, index=True)
    body: Mapped[str] = mapped_column(
        String(30), default=InspectionBody.COUNTY_UNION.value, server_default="county_union"
    )
    inspectors: Mapped[str] = mapped_column(String(300), default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float | None] = mapped_column(Float)
    # The county's number for an inspection it recorded and sent in its return file (None: the
    # site's own record). Such a record is the county's: the site only closes its items.
    county_ref: Mapped[int | None] = mapped_column(Integer, unique=True)
    items: Mapped[list[RectificationItem]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("score IS NULL OR score BETWEEN 0 AND 100", name="score_range"),
        one_of("body", InspectionBody),
    )


class RectificationItem(Base):
    __tablename__ = "rectification_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id", ondelete="CASCADE"))
    description: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(100), default="", server_default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=RectificationStatus.OPEN.value)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    done_note: Mapped[str] = mapped_column(Text, default="", server_default="")  # what was done
    county_ref: Mapped[int | None] = mapped_column(Integer, unique=True)  # as on the inspection
    inspection: Mapped[Inspection] = relationship(back_populates="items")

    __table_args__ = (one_of("status", RectificationStatus),)


# --- accounts and audit --------------------------------------------------------------------


class AppUser(Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str | None] = mapped_column(String(300))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)

    __table_args__ = (one_of("role", Role),)


class AuditEntry(Base):
    """Who changed what, when, with before and after; hash-chained to the previous entry."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    username: Mapped[str] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(50), default="")
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        one_of("action", AuditAction),
        Index("ix_audit_entry_entity", "entity", "entity_id"),
    )


class ExportRecord(Base):
    """A county-review package the site wrote: what, for which period, by whom, and its hash.

    Kept beside the audit trail so the Data exchange page can list past exports with the
    figures a technician reads to the county (file name, SHA-256 of the zip)."""

    __tablename__ = "export_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_code: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(10), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    deidentified: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    username: Mapped[str] = mapped_column(String(50))
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
