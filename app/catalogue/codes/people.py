"""Codes of people: account roles, sex, and how a follow-up was made."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

W = Wording


class Role(StrEnum):
    CHAIR = "chair"  # union chair, first responsible person
    ADMIN = "admin"  # health administrator, second responsible person
    TECH = "tech"  # technician: export, backup, restore
    REVIEWER = "reviewer"  # county / city union reviewer


class Sex(StrEnum):
    """Sex as recorded in the ID number and used by sex-specific thresholds (waist)."""

    MALE = "M"
    FEMALE = "F"


class FollowUpWay(StrEnum):
    PHONE = "phone"
    VISIT = "visit"
    REFERRAL = "referral"


declare(
    Role,
    {
        Role.CHAIR: W("工会主席", "Union chair"),
        Role.ADMIN: W("健康管理员", "Health administrator"),
        Role.TECH: W("技术员", "Technician"),
        Role.REVIEWER: W("市县工会审核人员", "County reviewer"),
    },
)

declare(Sex, {Sex.MALE: W("男", "Male"), Sex.FEMALE: W("女", "Female")})

declare(
    FollowUpWay,
    {
        FollowUpWay.PHONE: W("电话", "Phone call"),
        FollowUpWay.VISIT: W("面访", "Visit"),
        FollowUpWay.REFERRAL: W("转诊", "Referral to hospital"),
    },
)
