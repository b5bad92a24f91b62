"""The fields of the records people keep, by their stored name, with their words.

Problems name the field they concern (the roster import, the person and health-file forms),
the indicators' lists name the fields a health file lacks, and the audit trail's before/after
names the fields it holds: all say them with ``word(RecordField(name), language)``.
"""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Language, Wording
from app.catalogue.words import declare, word

__all__ = ["OTHER_FIELD", "RecordField", "field_word"]

W = Wording


class RecordField(StrEnum):
    # a person on the roster
    EMPLOYEE_NO = "employee_no"
    NAME = "name"
    SEX = "sex"
    BIRTH_DATE = "birth_date"
    ID_NUMBER = "id_number"
    DEPARTMENT = "department"
    PHONE = "phone"
    HIRE_DATE = "hire_date"
    JOB_TITLE = "job_title"
    HAZARDS = "hazards"
    DEPARTURE_DATE = "departure_date"
    SIGNATURE = "signature"
    # the health file
    HEIGHT_CM = "height_cm"
    WEIGHT_KG = "weight_kg"
    SYSTOLIC = "systolic"
    DIASTOLIC = "diastolic"
    FASTING_GLUCOSE = "fasting_glucose"
    MEDICAL_HISTORY = "medical_history"
    CHRONIC_CONDITIONS = "chronic_conditions"
    ALLERGIES = "allergies"
    SMOKING = "smoking"
    DRINKING = "drinking"
    EXERCISE = "exercise"
    HAZARD_EXPOSURE = "hazard_exposure"
    LAST_CHECKUP_DATE = "last_checkup_date"
    CHECKUP_FINDINGS = "checkup_findings"
    CHECKUP_ADVICE = "checkup_advice"
    DATA_UPDATED_ON = "data_updated_on"
    NO_HEALTH_FILE = "no_health_file"  # the indicator's list: the person has no file at all
    # a follow-up
    ON_DATE = "on_date"
    WAY = "way"
    NEXT_DATE = "next_date"


# A field with no words yet (a record written by a newer version): said, never shown raw.
OTHER_FIELD = W("其他内容", "Other detail")

declare(
    RecordField,
    {
        RecordField.EMPLOYEE_NO: W("工号", "Employee no."),
        RecordField.NAME: W("姓名", "Name"),
        RecordField.SEX: W("性别", "Sex"),
        RecordField.BIRTH_DATE: W("出生日期", "Birth date"),
        RecordField.ID_NUMBER: W("身份证号", "ID number"),
        RecordField.DEPARTMENT: W("部门", "Department"),
        RecordField.PHONE: W("手机", "Mobile"),
        RecordField.HIRE_DATE: W("入职日期", "Hire date"),
        RecordField.JOB_TITLE: W("岗位", "Job"),
        RecordField.HAZARDS: W("职业危害因素", "Occupational hazards"),
        RecordField.DEPARTURE_DATE: W("离职日期", "Departure date"),
        RecordField.SIGNATURE: W("签名", "Signature"),
        RecordField.HEIGHT_CM: W("身高", "Height"),
        RecordField.WEIGHT_KG: W("体重", "Weight"),
        RecordField.SYSTOLIC: W("收缩压", "Systolic pressure"),
        RecordField.DIASTOLIC: W("舒张压", "Diastolic pressure"),
        RecordField.FASTING_GLUCOSE: W("空腹血糖", "Fasting glucose"),
        RecordField.MEDICAL_HISTORY: W("既往病史", "Medical history"),
        RecordField.CHRONIC_CONDITIONS: W("慢性病", "Chronic conditions"),
        RecordField.ALLERGIES: W("过敏史", "Allergies"),
        RecordField.SMOKING: W("吸烟", "Smoking"),
        RecordField.DRINKING: W("饮酒", "Drinking"),
        RecordField.EXERCISE: W("运动", "Exercise"),
        RecordField.HAZARD_EXPOSURE: W("职业危害因素接触", "Occupational hazard exposure"),
        RecordField.LAST_CHECKUP_DATE: W("上次体检日期", "Last check-up date"),
        RecordField.CHECKUP_FINDINGS: W("体检结果", "Check-up findings"),
        RecordField.CHECKUP_ADVICE: W("体检建议", "Check-up advice"),
        RecordField.DATA_UPDATED_ON: W("数据采集日期", "Data collected on"),
        RecordField.NO_HEALTH_FILE: W("未建健康档案", "No health file"),
        RecordField.ON_DATE: W("日期", "Date"),
        RecordField.WAY: W("方式", "Way"),
        RecordField.NEXT_DATE: W("下次日期", "Next date"),
    },
)


def field_word(name: str, language: Language) -> str:
    """The words of a field given by its stored name; a name without words says so in words."""
    if name in RecordField.__members__.values():
        return word(RecordField(name), language)
    return OTHER_FIELD.in_(language)
