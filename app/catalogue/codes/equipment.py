"""Codes of the equipment and consumables: categories, statuses, events, stock
movements, expiry, and the tone each status is shown in."""

from __future__ import annotations

from enum import Enum, StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

W = Wording


class DeviceCategory(StrEnum):
    BP_MONITOR = "bp_monitor"
    GLUCOSE_METER = "glucose_meter"
    BODY_COMPOSITION = "body_composition"
    HEIGHT_WEIGHT_SCALE = "height_weight_scale"
    AED = "aed"
    FIRST_AID_KIT = "first_aid_kit"
    MASSAGE_CHAIR = "massage_chair"
    VISION_CHART = "vision_chart"
    OTHER = "other"


class DeviceStatus(StrEnum):
    IN_SERVICE = "in_service"
    UNDER_REPAIR = "under_repair"
    DAMAGED = "damaged"
    LOST = "lost"
    REPLACED = "replaced"  # damaged or lost, and a same-model device took its place
    RETIRED = "retired"


class DeviceEventKind(StrEnum):
    REGISTERED = "registered"
    REPAIR_STARTED = "repair_started"
    REPAIR_FINISHED = "repair_finished"
    DAMAGED = "damaged"
    LOST = "lost"
    REPLACED = "replaced"
    RETIRED = "retired"
    MAINTENANCE = "maintenance"
    CALIBRATION = "calibration"
    DISINFECTION = "disinfection"


class Funding(StrEnum):
    UNION_ASSET = "union_asset"  # the founding rules: every device is a union asset
    ENTERPRISE = "enterprise"
    PARTNER_HOSPITAL = "partner_hospital"
    DONATION = "donation"
    OTHER = "other"


class ConsumableCategory(StrEnum):
    MEDICINE = "medicine"
    TEST_STRIP = "test_strip"
    LANCET = "lancet"
    BATTERY = "battery"
    EDUCATION_PRESCRIPTION = "education_prescription"
    DISINFECTANT = "disinfectant"
    OTHER = "other"


class StockMovementKind(StrEnum):
    RECEIVED = "received"
    USED = "used"
    DISCARDED = "discarded"


class StockSource(StrEnum):
    HOSPITAL_REPLENISHMENT = "hospital_replenishment"
    PURCHASE = "purchase"


class ExpiryState(StrEnum):
    NO_EXPIRY = "no_expiry"
    OK = "ok"
    EXPIRING = "expiring"  # within the warning days, still usable
    EXPIRED = "expired"


declare(
    DeviceCategory,
    {
        DeviceCategory.BP_MONITOR: W("电子血压计", "Blood pressure monitor"),
        DeviceCategory.GLUCOSE_METER: W("血糖仪", "Glucose meter"),
        DeviceCategory.BODY_COMPOSITION: W("人体成分分析仪", "Body-composition analyser"),
        DeviceCategory.HEIGHT_WEIGHT_SCALE: W("身高体重秤", "Height and weight scale"),
        DeviceCategory.AED: W("自动体外除颤器（AED）", "AED (defibrillator)"),
        DeviceCategory.FIRST_AID_KIT: W("急救箱", "First-aid kit"),
        DeviceCategory.MASSAGE_CHAIR: W("按摩椅", "Massage chair"),
        DeviceCategory.VISION_CHART: W("视力表", "Vision chart"),
        DeviceCategory.OTHER: W("其他", "Other"),
    },
)

declare(
    DeviceStatus,
    {
        DeviceStatus.IN_SERVICE: W("在用", "In service"),
        DeviceStatus.UNDER_REPAIR: W("维修中", "Under repair"),
        DeviceStatus.DAMAGED: W("损坏", "Damaged"),
        DeviceStatus.LOST: W("遗失", "Lost"),
        DeviceStatus.REPLACED: W("已补齐", "Replaced"),
        DeviceStatus.RETIRED: W("已报废", "Retired"),
    },
)


class Tone(Enum):
    """How a status stands out wherever it is shown: the window's lists and details, the
    indicator lists and the printouts all colour it by this one rule (never shown as words,
    so not a code)."""

    PLAIN = "plain"  # as the text around it
    ALERT = "alert"  # needs action: red
    PAST = "past"  # history, off the register: grey


_TONES: dict[StrEnum, Tone] = {
    DeviceStatus.IN_SERVICE: Tone.PLAIN,
    DeviceStatus.UNDER_REPAIR: Tone.ALERT,
    DeviceStatus.DAMAGED: Tone.ALERT,
    DeviceStatus.LOST: Tone.ALERT,
    DeviceStatus.REPLACED: Tone.PAST,
    DeviceStatus.RETIRED: Tone.PAST,
    # An event is toned as the status it leads to; upkeep is plain.
    DeviceEventKind.REGISTERED: Tone.PLAIN,
    DeviceEventKind.REPAIR_STARTED: Tone.ALERT,
    DeviceEventKind.REPAIR_FINISHED: Tone.PLAIN,
    DeviceEventKind.DAMAGED: Tone.ALERT,
    DeviceEventKind.LOST: Tone.ALERT,
    DeviceEventKind.REPLACED: Tone.PAST,
    DeviceEventKind.RETIRED: Tone.PAST,
    DeviceEventKind.MAINTENANCE: Tone.PLAIN,
    DeviceEventKind.CALIBRATION: Tone.PLAIN,
    DeviceEventKind.DISINFECTION: Tone.PLAIN,
}

TONED: tuple[type[StrEnum], ...] = (DeviceStatus, DeviceEventKind)

if missing := [m for kind in TONED for m in kind if m not in _TONES]:
    raise ValueError(f"no tone for {missing}")


def tone(code: DeviceStatus | DeviceEventKind) -> Tone:
    """The tone of a device's status or of the event that set it, e.g. 损坏 → ALERT."""
    return _TONES[code]


declare(
    DeviceEventKind,
    {
        DeviceEventKind.REGISTERED: W("登记入账", "Registered"),
        DeviceEventKind.REPAIR_STARTED: W("送修", "Sent for repair"),
        DeviceEventKind.REPAIR_FINISHED: W("修复启用", "Back in service after repair"),
        DeviceEventKind.DAMAGED: W("损坏", "Damaged"),
        DeviceEventKind.LOST: W("遗失", "Lost"),
        DeviceEventKind.REPLACED: W("同型号补齐", "Replaced with the same model"),
        DeviceEventKind.RETIRED: W("报废", "Retired"),
        DeviceEventKind.MAINTENANCE: W("保养维护", "Maintenance"),
        DeviceEventKind.CALIBRATION: W("检定校准", "Calibration"),
        DeviceEventKind.DISINFECTION: W("消毒", "Disinfection"),
    },
)

declare(
    Funding,
    {
        Funding.UNION_ASSET: W("工会资产", "Union asset"),
        Funding.ENTERPRISE: W("单位自购", "Bought by the enterprise"),
        Funding.PARTNER_HOSPITAL: W("合作医院配置", "From the partner hospital"),
        Funding.DONATION: W("捐赠", "Donation"),
        Funding.OTHER: W("其他", "Other"),
    },
)

declare(
    ConsumableCategory,
    {
        ConsumableCategory.MEDICINE: W("药品", "Medicines"),
        ConsumableCategory.TEST_STRIP: W("血糖仪试纸", "Glucose test strips"),
        ConsumableCategory.LANCET: W("采血针", "Lancets"),
        ConsumableCategory.BATTERY: W("电池", "Batteries"),
        ConsumableCategory.EDUCATION_PRESCRIPTION: W(
            "健康教育处方", "Health education prescriptions"
        ),
        ConsumableCategory.DISINFECTANT: W("消毒用品", "Disinfectant"),
        ConsumableCategory.OTHER: W("其他", "Other"),
    },
)

declare(
    StockMovementKind,
    {
        StockMovementKind.RECEIVED: W("入库", "Received"),
        StockMovementKind.USED: W("领用", "Used"),
        StockMovementKind.DISCARDED: W("报废", "Discarded"),
    },
)

declare(
    StockSource,
    {
        StockSource.HOSPITAL_REPLENISHMENT: W(
            "合作医院季度补充", "Partner hospital's quarterly replenishment"
        ),
        StockSource.PURCHASE: W("自行采购", "Purchase"),
    },
)

declare(
    ExpiryState,
    {
        ExpiryState.NO_EXPIRY: W("无有效期", "No expiry date"),
        ExpiryState.OK: W("正常", "OK"),
        ExpiryState.EXPIRING: W("30 天内到期", "Expires within 30 days"),
        ExpiryState.EXPIRED: W("已过期", "Expired"),
    },
)
