"""Devices (union assets) and their life: upkeep, one replaced after damage, one under repair."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from app.catalogue.codes import DeviceCategory, DeviceEventKind, DeviceStatus
from app.db.models import Device, DeviceEvent
from app.services.demo import names
from app.services.demo.context import RECORDER, DemoContext, Row, add_months

C = DeviceCategory
E = DeviceEventKind


@dataclass(frozen=True)
class Spec:
    name: str
    category: DeviceCategory
    brand: str
    model: str
    price: float
    readings: str
    maintenance: int | None  # days
    calibration: int | None  # days


BP = "systolic,diastolic,pulse"
SPECS: tuple[Spec, ...] = (
    Spec("电子血压计", C.BP_MONITOR, "欧姆龙", "HEM-7136", 399.0, BP, 90, 365),
    Spec("电子血压计", C.BP_MONITOR, "鱼跃", "YE680A", 329.0, BP, 90, 365),
    Spec("血糖仪", C.GLUCOSE_METER, "三诺", "安稳+", 198.0,
         "glucose_fasting,glucose_2h,glucose_random", 90, 365),
    Spec("人体成分分析仪", C.BODY_COMPOSITION, "百利达", "MC-780", 26800.0,
         "weight,bmi,body_fat", 90, 365),
    Spec("身高体重秤", C.HEIGHT_WEIGHT_SCALE, "上禾", "SH-200G", 1580.0,
         "height,weight,bmi", 90, 365),
    Spec("自动体外除颤器（AED）", C.AED, "迈瑞", "BeneHeart C1A", 16800.0, "", 90, None),
    Spec("急救箱", C.FIRST_AID_KIT, "振德", "ZD-JJX-01", 268.0, "", 90, None),
    Spec("按摩椅", C.MASSAGE_CHAIR, "奥佳华", "OG-7598", 12800.0, "", 180, None),
    Spec("视力表灯箱", C.VISION_CHART, "邦腾", "BT-SL01", 380.0, "", 180, None),
)  # fmt: skip
DAMAGED_INDEX = 1  # the second blood-pressure monitor breaks and is replaced
REPAIR_INDEX = 7  # the massage chair is away for repair now

UPKEEP = {
    C.BP_MONITOR: "检查袖带、气管和显示屏，更换电池，与水银血压计比对误差在±3 mmHg内",
    C.GLUCOSE_METER: "清洁测试口，用质控液检测在范围内，更换电池",
    C.BODY_COMPOSITION: "清洁电极板，检查电源线和打印机",
    C.HEIGHT_WEIGHT_SCALE: "检查立柱和测量板，用标准砝码校零",
    C.AED: "自检指示正常，电极片和电池均在有效期内",
    C.FIRST_AID_KIT: "清点药品器械，补齐缺少物品，清理过期药品",
    C.MASSAGE_CHAIR: "检查皮面和气囊，清理滤网",
    C.VISION_CHART: "检查灯管亮度和视标清晰度",
}


def _serial(rng: random.Random, spec: Spec) -> str:
    prefix = "".join(c for c in spec.model if c.isascii() and c.isalnum())[:4].upper() or "SN"
    return f"{prefix}{rng.randrange(10**8):08d}"


def generate_equipment(ctx: DemoContext) -> int:
    """Insert the devices and their events; returns the number of devices."""
    rng = ctx.rng("equipment")
    bought = add_months(ctx.start, -3)  # the room was fitted out before the period began
    first_id = ctx.next_id(Device)
    devices: list[Row] = []
    events: list[Row] = []

    def event(device: int, kind: DeviceEventKind, on: dt.date, note: str, **extra: object) -> None:
        row: Row = {
            "device_id": device,
            "kind": kind.value,
            "on_date": on,
            "note": note,
            "cost": None,
            "paid_by": "",
            "next_due": None,
            "related_device_id": None,
            "recorded_by": RECORDER,
        }
        row.update(extra)
        events.append(row)

    def add(spec: Spec, purchase: dt.date, replaces: int | None = None) -> int:
        device_id = first_id + len(devices)
        number = sum(1 for d in devices if d["purchase_date"].year == purchase.year) + 1
        devices.append(
            {
                "id": device_id,
                "asset_no": f"ZC-{purchase.year}-{number:03d}",
                "name": spec.name,
                "category": spec.category.value,
                "brand": spec.brand,
                "model": spec.model,
                "serial_no": _serial(rng, spec),
                "purchase_date": purchase,
                "price": spec.price,
                "funding": "union_asset",
                "location": "健康生活室",
                "readings": spec.readings,
                "maintenance_interval_days": spec.maintenance,
                "calibration_interval_days": spec.calibration,
                "status": DeviceStatus.IN_SERVICE.value,
                "replaces_device_id": replaces,
            }
        )
        note = "登记入账，纳入工会资产管理"
        if replaces is not None:
            note = "同型号设备补齐，替换已损坏设备"
        event(device_id, E.REGISTERED, purchase, note, related_device_id=replaces)
        return device_id

    def upkeep(device_id: int, spec: Spec, first: dt.date, until: dt.date) -> None:
        """Maintenance about every interval, yearly calibration, monthly disinfection."""
        for kind, interval, note in (
            (E.MAINTENANCE, spec.maintenance, UPKEEP[spec.category]),
            (E.CALIBRATION, spec.calibration, "送沧州市计量测试所检定，合格"),
        ):
            if interval is None:
                continue
            day = first + dt.timedelta(days=interval + rng.randint(-7, 5))
            while day <= until:
                next_due = day + dt.timedelta(days=interval)
                event(device_id, kind, day, note, next_due=next_due)
                day = next_due + dt.timedelta(days=rng.randint(-7, 5))
        if spec.category in (C.BP_MONITOR, C.GLUCOSE_METER, C.MASSAGE_CHAIR):
            day = first + dt.timedelta(days=30)
            while day <= until:
                event(device_id, E.DISINFECTION, day, "75%医用酒精擦拭外壳、袖带及接触面")
                day += dt.timedelta(days=rng.randint(28, 35))

    span = (ctx.last_day - ctx.start).days
    for index, spec in enumerate(SPECS):
        purchase = bought + dt.timedelta(days=rng.randrange(10))
        device_id = add(spec, purchase)
        if index == DAMAGED_INDEX and span > 60:
            damaged = ctx.start + dt.timedelta(days=span * 11 // 20)
            upkeep(device_id, spec, purchase, damaged - dt.timedelta(days=1))
            event(device_id, E.DAMAGED, damaged, "袖带气囊破裂漏气，无法加压")
            replaced_on = damaged + dt.timedelta(days=8)
            new_id = add(spec, replaced_on, replaces=device_id)
            event(
                device_id,
                E.REPLACED,
                replaced_on,
                "按规定购买同型号设备补齐",
                cost=spec.price,
                paid_by=names.SITE_NAME,
                related_device_id=new_id,
            )
            devices[device_id - first_id]["status"] = DeviceStatus.REPLACED.value
            upkeep(new_id, spec, replaced_on, ctx.last_day)
        elif index == REPAIR_INDEX and span > 30:
            broke = ctx.last_day - dt.timedelta(days=min(12, span // 3))
            upkeep(device_id, spec, purchase, broke - dt.timedelta(days=1))
            event(device_id, E.REPAIR_STARTED, broke, "靠背气囊不充气，已联系厂家售后上门维修")
            devices[device_id - first_id]["status"] = DeviceStatus.UNDER_REPAIR.value
        else:
            upkeep(device_id, spec, purchase, ctx.last_day)
            if spec.category is C.BODY_COMPOSITION and span > 120:
                fault = ctx.start + dt.timedelta(days=span // 4)
                event(device_id, E.REPAIR_STARTED, fault, "打印机不出纸，送厂家维修")
                event(
                    device_id,
                    E.REPAIR_FINISHED,
                    fault + dt.timedelta(days=6),
                    "更换打印模块，保修期内免费",
                    cost=0.0,
                    paid_by="厂家保修",
                )
    events.sort(key=lambda r: (r["on_date"], r["device_id"]))
    first_event = ctx.next_id(DeviceEvent)
    for i, row in enumerate(events):
        row["id"] = first_event + i
    ctx.insert(Device, devices)
    ctx.insert(DeviceEvent, events)
    return len(devices)
