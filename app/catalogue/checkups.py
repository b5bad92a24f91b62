"""The partner hospital's annual check-up (体检): its items, their units, plausible ranges and
reference limits, the columns of its spreadsheet and the findings the group analysis counts.

A check-up is not a visit to the room: its results are their own record (they must not create
visits nor raise the usage rate). Items that are also readings of the room (blood pressure,
glucose, BMI, waist, pulse) are graded by the room's rules (app.domain.readings.classify);
the laboratory items by the reference limits below, with the guideline that sets them.
Adding an item: one spec in ITEMS (its headings make the column guess find it).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.readings import ReadingType
from app.catalogue.words import declare

__all__ = [
    "CHECKUP_FIELDS",
    "CONDITIONS",
    "ITEMS",
    "TEXT_FINDINGS",
    "CheckupCondition",
    "CheckupItem",
    "CheckupItemSpec",
    "TextFinding",
    "field_words",
]


class CheckupItem(StrEnum):
    HEIGHT = "height"
    WEIGHT = "weight"
    BMI = "bmi"
    WAIST = "waist"
    SYSTOLIC = "systolic"
    DIASTOLIC = "diastolic"
    HEART_RATE = "heart_rate"
    GLUCOSE_FASTING = "glucose_fasting"
    HBA1C = "hba1c"
    TOTAL_CHOLESTEROL = "total_cholesterol"
    TRIGLYCERIDES = "triglycerides"
    HDL = "hdl"
    LDL = "ldl"
    URIC_ACID = "uric_acid"
    ALT = "alt"
    CREATININE = "creatinine"


class TextFinding(StrEnum):
    """Examinations the hospital reports in words (正常, 窦性心律, 脂肪肝 …), kept as written."""

    ECG = "ecg"
    ULTRASOUND = "ultrasound"
    CHEST_XRAY = "chest_xray"


class CheckupCondition(StrEnum):
    """What the group analysis counts the prevalence of (the annual promotion plan's basis)."""

    HYPERTENSION = "hypertension"
    HIGH_GLUCOSE = "high_glucose"
    DYSLIPIDAEMIA = "dyslipidaemia"
    OVERWEIGHT = "overweight"


Limits = tuple[float | None, float | None]  # (lowest normal, highest normal); None: no limit


@dataclass(frozen=True)
class CheckupItemSpec:
    item: CheckupItem
    name: Wording
    unit: Wording
    plausible: tuple[float, float]  # inclusive; outside is a typo, reported, never stored
    headings: tuple[str, ...]  # the usual column headings, most usual first
    units: tuple[str, ...] = ()  # the units a cell may carry, as compared (see unit_key)
    reading: ReadingType | None = None  # graded by the room's rules for this reading
    male: Limits = (None, None)  # reference limits (laboratory items)
    female: Limits = (None, None)
    source: Wording | None = None  # the guideline the limits follow
    decimals: int = 1

    @property
    def reference(self) -> Limits:
        """The limits whatever the sex: a value outside both is out of range for everyone."""
        lows = [x for x in (self.male[0], self.female[0]) if x is not None]
        highs = [x for x in (self.male[1], self.female[1]) if x is not None]
        return (min(lows) if lows else None, max(highs) if highs else None)


_MMOL = Wording("mmol/L", "mmol/L")
_UMOL = Wording("μmol/L", "μmol/L")
_LIPIDS = Wording(
    "《中国成人血脂异常防治指南（2016年修订版）》",
    "Chinese guideline for the management of dyslipidaemia in adults (2016 revision)",
)
_GLUCOSE = Wording(
    "《中国2型糖尿病防治指南（2020年版）》",
    "Guideline for the prevention and treatment of type 2 diabetes in China (2020)",
)
_LAB = Wording(
    "《临床常用生化检验项目参考区间》（WS/T 404）",
    "Reference intervals for common clinical biochemistry tests (WS/T 404)",
)
_URIC = Wording(
    "《中国高尿酸血症与痛风诊疗指南（2019）》",
    "Chinese guideline for hyperuricaemia and gout (2019)",
)
C = CheckupItem
R = ReadingType

ITEMS: dict[CheckupItem, CheckupItemSpec] = {
    spec.item: spec
    for spec in (
        CheckupItemSpec(
            C.HEIGHT, Wording("身高", "Height"), Wording("cm", "cm"), (50, 250),
            ("身高", "身高cm", "height"), ("cm",), R.HEIGHT,
        ),
        CheckupItemSpec(
            C.WEIGHT, Wording("体重", "Weight"), Wording("kg", "kg"), (20, 300),
            ("体重", "体重kg", "weight"), ("kg",), R.WEIGHT,
        ),
        CheckupItemSpec(
            C.BMI, Wording("BMI", "BMI"), Wording("kg/m²", "kg/m²"), (8, 80),
            ("BMI", "体重指数", "体质指数", "身体质量指数"), ("kg/m2",), R.BMI,
        ),
        CheckupItemSpec(
            C.WAIST, Wording("腰围", "Waist"), Wording("cm", "cm"), (30, 200),
            ("腰围", "waist"), ("cm",), R.WAIST,
        ),
        CheckupItemSpec(
            C.SYSTOLIC, Wording("收缩压", "Systolic"), Wording("mmHg", "mmHg"), (50, 300),
            ("收缩压", "高压", "systolic", "SBP"), ("mmhg",), R.SYSTOLIC, decimals=0,
        ),
        CheckupItemSpec(
            C.DIASTOLIC, Wording("舒张压", "Diastolic"), Wording("mmHg", "mmHg"), (20, 200),
            ("舒张压", "低压", "diastolic", "DBP"), ("mmhg",), R.DIASTOLIC, decimals=0,
        ),
        CheckupItemSpec(
            C.HEART_RATE, Wording("心率", "Heart rate"), Wording("次/分", "/min"), (20, 250),
            ("心率", "脉搏", "heart rate", "pulse"), ("次/分", "次/min", "bpm", "/min"),
            R.PULSE, decimals=0,
        ),
        CheckupItemSpec(
            C.GLUCOSE_FASTING, Wording("空腹血糖", "Fasting glucose"), _MMOL, (1, 35),
            ("空腹血糖", "血糖", "空腹血糖GLU", "GLU", "FPG", "fasting glucose"), ("mmol/l",),
            R.GLUCOSE_FASTING,
        ),
        CheckupItemSpec(
            C.HBA1C, Wording("糖化血红蛋白", "HbA1c"), Wording("%", "%"), (3, 20),
            ("糖化血红蛋白", "HbA1c", "糖化血红蛋白HbA1c"), ("%",),
            male=(4.0, 6.0), female=(4.0, 6.0), source=_GLUCOSE,
        ),
        CheckupItemSpec(
            C.TOTAL_CHOLESTEROL, Wording("总胆固醇", "Total cholesterol"), _MMOL, (0.5, 25),
            ("总胆固醇", "胆固醇", "TC", "CHOL", "total cholesterol"), ("mmol/l",),
            male=(None, 5.2), female=(None, 5.2), source=_LIPIDS, decimals=2,
        ),
        CheckupItemSpec(
            C.TRIGLYCERIDES, Wording("甘油三酯", "Triglycerides"), _MMOL, (0.1, 60),
            ("甘油三酯", "三酰甘油", "TG", "triglycerides"), ("mmol/l",),
            male=(None, 1.7), female=(None, 1.7), source=_LIPIDS, decimals=2,
        ),
        CheckupItemSpec(
            C.HDL, Wording("高密度脂蛋白胆固醇", "HDL cholesterol"), _MMOL, (0.1, 5),
            ("高密度脂蛋白", "高密度脂蛋白胆固醇", "HDL", "HDL-C"), ("mmol/l",),
            male=(1.0, None), female=(1.0, None), source=_LIPIDS, decimals=2,
        ),
        CheckupItemSpec(
            C.LDL, Wording("低密度脂蛋白胆固醇", "LDL cholesterol"), _MMOL, (0.1, 15),
            ("低密度脂蛋白", "低密度脂蛋白胆固醇", "LDL", "LDL-C"), ("mmol/l",),
            male=(None, 3.4), female=(None, 3.4), source=_LIPIDS, decimals=2,
        ),
        CheckupItemSpec(
            C.URIC_ACID, Wording("尿酸", "Uric acid"), _UMOL, (30, 1500),
            ("尿酸", "血尿酸", "UA", "uric acid"), ("umol/l",),
            male=(None, 420), female=(None, 360), source=_URIC, decimals=0,
        ),
        CheckupItemSpec(
            C.ALT, Wording("谷丙转氨酶", "ALT"), Wording("U/L", "U/L"), (0, 5000),
            ("谷丙转氨酶", "丙氨酸氨基转移酶", "ALT", "GPT"), ("u/l",),
            male=(None, 50), female=(None, 40), source=_LAB, decimals=0,
        ),
        CheckupItemSpec(
            C.CREATININE, Wording("肌酐", "Creatinine"), _UMOL, (10, 3000),
            ("肌酐", "血肌酐", "Cr", "CREA", "creatinine"), ("umol/l",),
            male=(57, 111), female=(41, 81), source=_LAB, decimals=0,
        ),
    )
}  # fmt: skip

TEXT_FINDINGS: dict[TextFinding, tuple[Wording, tuple[str, ...]]] = {
    TextFinding.ECG: (Wording("心电图", "ECG"), ("心电图", "ECG", "EKG")),
    TextFinding.ULTRASOUND: (
        Wording("B超", "Ultrasound"),
        ("B超", "腹部B超", "彩超", "超声", "ultrasound"),
    ),
    TextFinding.CHEST_XRAY: (
        Wording("胸片", "Chest X-ray"),
        ("胸片", "胸部X线", "胸部DR", "胸透", "chest x-ray"),
    ),
}

CONDITIONS: dict[CheckupCondition, tuple[Wording, Wording]] = {
    # (name, the definition printed under the analysis)
    CheckupCondition.HYPERTENSION: (
        Wording("血压偏高", "High blood pressure"),
        Wording("收缩压≥140或舒张压≥90 mmHg", "systolic ≥ 140 or diastolic ≥ 90 mmHg"),
    ),
    CheckupCondition.HIGH_GLUCOSE: (
        Wording("血糖偏高", "High glucose"),
        Wording(
            "空腹血糖≥6.1 mmol/L或糖化血红蛋白>6.0%",
            "fasting glucose ≥ 6.1 mmol/L or HbA1c > 6.0 %",
        ),
    ),
    CheckupCondition.DYSLIPIDAEMIA: (
        Wording("血脂异常", "Dyslipidaemia"),
        Wording(
            "总胆固醇>5.2、甘油三酯>1.7、低密度脂蛋白>3.4或高密度脂蛋白<1.0 mmol/L",
            "total cholesterol > 5.2, triglycerides > 1.7, LDL > 3.4 or HDL < 1.0 mmol/L",
        ),
    ),
    CheckupCondition.OVERWEIGHT: (
        Wording("超重或肥胖", "Overweight or obese"),
        Wording("BMI≥24 kg/m²", "BMI ≥ 24 kg/m²"),
    ),
}

# The columns of a check-up file besides the items: who, when, and the hospital's words.
CHECKUP_FIELDS: dict[str, tuple[Wording, tuple[str, ...]]] = {
    "exam_no": (Wording("体检编号", "Exam no."), ("体检编号", "体检号", "编号", "exam no.")),
    "name": (Wording("姓名", "Name"), ("姓名", "name")),
    "sex": (Wording("性别", "Sex"), ("性别", "sex", "gender")),
    "age": (Wording("年龄", "Age"), ("年龄", "age")),
    "birth_date": (Wording("出生日期", "Birth date"), ("出生日期", "出生年月", "birth date")),
    "id_number": (
        Wording("身份证号", "ID number"),
        ("身份证号", "身份证号码", "身份证", "证件号码", "id number"),
    ),
    "employee_no": (
        Wording("工号", "Employee no."),
        ("工号", "员工编号", "职工号", "员工号", "employee no."),
    ),
    "department": (
        Wording("部门/单位", "Department"),
        ("部门", "单位", "部门/单位", "科室", "车间", "department"),
    ),
    "checkup_date": (
        Wording("体检日期", "Check-up date"),
        ("体检日期", "体检时间", "检查日期", "check-up date"),
    ),
    "blood_pressure": (Wording("血压", "Blood pressure"), ("血压", "blood pressure", "BP")),
    "conclusion": (
        Wording("体检结论", "Conclusion"),
        ("体检结论", "结论", "主检结论", "总检结论", "conclusion"),
    ),
    "advice": (Wording("建议", "Advice"), ("建议", "健康建议", "医生建议", "advice")),
}


def field_words() -> dict[str, Wording]:
    """Every column a check-up file may have, with its words (items, findings, the rest)."""
    words = {name: wording for name, (wording, _h) in CHECKUP_FIELDS.items()}
    words.update({item.value: spec.name for item, spec in ITEMS.items()})
    words.update({finding.value: w for finding, (w, _h) in TEXT_FINDINGS.items()})
    return words


declare(CheckupItem, {item: spec.name for item, spec in ITEMS.items()})
declare(TextFinding, {finding: w for finding, (w, _h) in TEXT_FINDINGS.items()})
declare(CheckupCondition, {c: name for c, (name, _d) in CONDITIONS.items()})
