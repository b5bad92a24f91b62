"""The wall schedule's default house rules (from 沧工字〔2020〕15号), apart from the drawing code
so the window can offer them without loading the PDF machinery."""

from __future__ import annotations

from app.reports.language import ReportLanguage

__all__ = ["DEFAULT_HOUSE_RULES", "default_house_rules"]

# The default house rules, drawn from the founding rules (沧工字〔2020〕15号).
DEFAULT_HOUSE_RULES = {
    ReportLanguage.ZH: "\n".join(
        (
            "一、本室按本表时间开放，每日开放不少于 3 小时；闭室或时间调整提前在本表公示。",
            "二、职工使用前请向健康管理员登记，检测结果如实记入使用登记表。",
            "三、请按说明书或在管理员指导下使用设备；设备设施属工会资产，"
            "损坏或遗失须购买同型号设备补齐。",
            "四、检测结果异常请及时就医，或拨打合作医院健康咨询热线，专家在线解答。",
            "五、保持室内干净整洁，禁止吸烟、喧哗；管理员每日清洁，定期对设备消毒。",
            "六、职工个人健康信息严格保密，未经本人同意不向他人提供。",
        )
    ),
    ReportLanguage.EN: "\n".join(
        (
            "1. The room opens at the hours above, at least 3 hours a day; closures and "
            "changes are posted here in advance.",
            "2. Please register with the health administrator before use; results are "
            "entered in the usage register.",
            "3. Use the devices as instructed; they are union assets, and a damaged or lost "
            "device must be replaced with the same model.",
            "4. If a result is abnormal, see a doctor or call the partner hospital's hotline.",
            "5. Keep the room clean and quiet, no smoking; the devices are disinfected regularly.",
            "6. Personal health information is kept confidential.",
        )
    ),
}


def default_house_rules(language: ReportLanguage = ReportLanguage.ZH) -> str:
    return DEFAULT_HOUSE_RULES[language]
