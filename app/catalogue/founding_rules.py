"""The founding rules (Cangzhou union, 2020 No. 15) clause by clause, for what the software
checks against them: each indicator names the clause it comes from, quoted, so the guide and
anyone reading a figure can find it in the paper copy on the wall.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.catalogue.indicators import IndicatorKey
from app.catalogue.language import Wording

__all__ = ["INDICATOR_CLAUSES", "RULES_TITLE", "Clause"]

RULES_TITLE = Wording(
    "沧州市总工会《职工健康生活室管理使用办法（试行）》（沧工字〔2020〕15号）",
    "Cangzhou Federation of Trade Unions, Rules for the management and use of staff health "
    "rooms (trial), 2020 No. 15",
)


@dataclass(frozen=True)
class Clause:
    ref: Wording  # where it stands: chapter, part, item
    text: Wording  # what it says, quoted (Chinese) or rendered (English)


_OPEN_3H = Clause(
    Wording("一、工作职责（一）建设单位职责 第3条", "1 Duties, (1) the host enterprise, item 3"),
    Wording("健康生活室每日开放时间不少于3小时。", "The room is open at least 3 hours a day."),
)
_FILES_AND_USE = Wording("二、管理要求 第6条（5）", "2 Requirements, item 6 (5)")
_LECTURES = Wording("二、管理要求 第3条", "2 Requirements, item 3")

INDICATOR_CLAUSES: dict[IndicatorKey, Clause] = {
    IndicatorKey.OPEN_HOURS_DAILY: _OPEN_3H,
    IndicatorKey.OPEN_HOURS_ACTUAL: _OPEN_3H,
    IndicatorKey.LECTURES_COUNT: Clause(
        _LECTURES,
        Wording(
            "每年为职工至少开展4次健康生活方式相关知识讲座。",
            "At least 4 lectures on healthy living for the staff each year.",
        ),
    ),
    IndicatorKey.LECTURE_PARTICIPATION: Clause(
        _LECTURES,
        Wording("每次讲座职工参与率达60%以上。", "Each lecture reaches 60 % of the staff or more."),
    ),
    IndicatorKey.HEALTH_FILE_COMPLETENESS: Clause(
        _FILES_AND_USE,
        Wording(
            "职工健康生活室健康档案建立完成度达90%以上。",
            "Health files are 90 % complete or more.",
        ),
    ),
    IndicatorKey.HEALTH_DATA_UPDATED: Clause(
        _FILES_AND_USE,
        Wording(
            "以年为单位上传更新职工健康数据。", "The staff's health data are updated every year."
        ),
    ),
    IndicatorKey.USAGE_RATE: Clause(
        _FILES_AND_USE, Wording("员工使用率达80%以上。", "80 % of the staff or more use the room.")
    ),
    IndicatorKey.NOTICE_COVERAGE: Clause(
        Wording("二、管理要求 第6条（4）", "2 Requirements, item 6 (4)"),
        Wording(
            "执行市总健康生活室工作群内下发健康活动内容并转发至基层健康群，普及率达95%以上。",
            "The union's health notices are passed on to the staff, reaching 95 % or more.",
        ),
    ),
    IndicatorKey.EQUIPMENT_INTACT_RATE: Clause(
        Wording(
            "二、管理要求 第2条；一、工作职责（一）第2条",
            "2 Requirements, item 2; 1 Duties, (1) item 2",
        ),
        Wording(
            "室内所配置的设备设施无损坏、遗失等现象，各种仪器均能正常使用；如出现损坏和遗失，"
            "应购买其同型号设备补齐。",
            "No device is damaged or lost and every instrument works; a damaged or lost one is "
            "replaced with the same model.",
        ),
    ),
    IndicatorKey.HOSPITAL_VISITS: Clause(
        Wording(
            "一、工作职责（三）合作医院职责 第3条", "1 Duties, (3) the partner hospital, item 3"
        ),
        Wording(
            "合作医院每季度至少一次到建设单位开展健康教育讲座、采集信息、健康宣传、义诊咨询等工作。",
            "The partner hospital comes at least once a quarter for lectures, data collection, "
            "health promotion, free clinics and consultations.",
        ),
    ),
    IndicatorKey.CONSUMABLES_REPLENISHED: Clause(
        Wording(
            "一、工作职责（三）合作医院职责 第5条", "1 Duties, (3) the partner hospital, item 5"
        ),
        Wording(
            "每季度督导建设单位更换一次日常消耗补充，如药品、血糖仪试纸、电池、健康教育处方等。",
            "Once a quarter the consumables are replenished: medicines, glucose test strips, "
            "batteries, health education prescriptions.",
        ),
    ),
    IndicatorKey.INSPECTIONS: Clause(
        Wording(
            "一、工作职责（二）市县工会职责 第2条",
            "1 Duties, (2) the city and county unions, item 2",
        ),
        Wording(
            "市县工会每半年组织人员对各健康生活室的使用情况进行巡检、督查，全年不少于两次。",
            "The city and county unions inspect each room every half-year, at least twice a year.",
        ),
    ),
}
