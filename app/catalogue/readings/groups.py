"""The register groups (items) of the readings: their names, advice, the guideline they
follow and the follow-up days per grade."""

from __future__ import annotations

from app.catalogue.language import Wording
from app.catalogue.readings.kinds import Flag, GroupSpec, ReadingGroup
from app.catalogue.words import declare

G = ReadingGroup

_WEIGHT_STANDARD = Wording(
    "《成人体重判定》（WS/T 428—2013）", "Adult weight standard WS/T 428-2013"
)

GROUPS: dict[ReadingGroup, GroupSpec] = {
    spec.group: spec
    for spec in (
        GroupSpec(
            G.BLOOD_PRESSURE,
            Wording("血压", "Blood pressure"),
            Wording(
                "血压偏高：建议低盐饮食、规律作息，一周内复测；持续偏高请到心内科就诊。",
                "Blood pressure is high: eat less salt, rest regularly and measure again within "
                "a week; if it stays high, see a cardiologist.",
            ),
            source=Wording(
                "《中国高血压防治指南（2018年修订版）》",
                "Chinese guidelines for the management of hypertension (2018 revision)",
            ),
            follow_up_days=(
                (Flag.GRADE_3, 0),
                (Flag.GRADE_2, 14),
                (Flag.GRADE_1, 28),
                (Flag.HYPOTENSION, 14),
                (Flag.HIGH_NORMAL, 90),
            ),
        ),
        GroupSpec(
            G.GLUCOSE,
            Wording("血糖", "Blood glucose"),
            Wording(
                "血糖偏高：建议控制饮食，到内分泌科进一步检查。",
                "Blood glucose is high: watch the diet and have it checked at the endocrinology "
                "clinic.",
            ),
            source=Wording(
                "《中国2型糖尿病防治指南（2020年版）》",
                "Guideline for the prevention and treatment of type 2 diabetes in China (2020)",
            ),
            follow_up_days=(
                (Flag.SEVERELY_LOW, 0),
                (Flag.LOW, 14),
                (Flag.HIGH, 14),
                (Flag.IMPAIRED, 90),
            ),
        ),
        GroupSpec(
            G.BODY,
            Wording("身高体重", "Height and weight"),
            Wording(
                "体重不在健康范围：建议合理膳食、增加运动。",
                "Weight is outside the healthy range: balanced meals and more exercise.",
            ),
            source=_WEIGHT_STANDARD,
            follow_up_days=((Flag.LOW, 90), (Flag.OVERWEIGHT, 90), (Flag.OBESE, 90)),
        ),
        GroupSpec(
            G.WAIST,
            Wording("腰围", "Waist"),
            Wording(
                "腰围超标：注意控制体重和腹部脂肪。",
                "Waist is above the limit: control weight and abdominal fat.",
            ),
            source=_WEIGHT_STANDARD,
            follow_up_days=((Flag.HIGH, 90),),
        ),
        GroupSpec(
            G.SPO2,
            Wording("血氧", "SpO2"),
            Wording(
                "血氧偏低：休息后复测，持续偏低请就医。",
                "Oxygen saturation is low: rest and measure again; see a doctor if it stays low.",
            ),
            follow_up_days=((Flag.LOW, 7),),
        ),
        GroupSpec(
            G.TEMPERATURE,
            Wording("体温", "Temperature"),
            Wording(
                "体温偏高：注意休息、多饮水，持续不退请就医。",
                "Temperature is raised: rest, drink water, see a doctor if it persists.",
            ),
            follow_up_days=((Flag.HIGH, 7),),
        ),
    )
}

declare(ReadingGroup, {group: spec.name for group, spec in GROUPS.items()})
