"""The stages of making the demo data, as its progress names them in the window and on the
command line."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

W = Wording


class DemoStage(StrEnum):
    PROFILE = "profile"
    ACCOUNTS = "accounts"
    STAFF = "staff"
    SCHEDULE = "schedule"
    VISITS = "visits"
    EQUIPMENT = "equipment"
    CONSUMABLES = "consumables"
    ACTIVITIES = "activities"
    INSPECTIONS = "inspections"
    SAVING = "saving"
    DONE = "done"


declare(
    DemoStage,
    {
        DemoStage.PROFILE: W("单位信息", "Site profile"),
        DemoStage.ACCOUNTS: W("账户", "Accounts"),
        DemoStage.STAFF: W("职工名册", "Staff roster"),
        DemoStage.SCHEDULE: W("开放时间表", "Open hours"),
        DemoStage.VISITS: W("使用登记", "Visits"),
        DemoStage.EQUIPMENT: W("设备设施", "Equipment"),
        DemoStage.CONSUMABLES: W("日常消耗品", "Consumables"),
        DemoStage.ACTIVITIES: W("健康讲座与活动", "Lectures and activities"),
        DemoStage.INSPECTIONS: W("巡检", "Inspections"),
        DemoStage.SAVING: W("保存", "Saving"),
        DemoStage.DONE: W("完成", "Done"),
    },
)
