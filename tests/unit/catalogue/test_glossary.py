"""The glossary's words (DESIGN §3) in the window and the printouts alike: the room is the
职工健康生活室 and consumables are 日常消耗品, never 小屋 or 耗材 (the program keeps its name,
健康小屋台账)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from tests.pdf_lines import chinese_texts

TS = Path(__file__).resolve().parents[3] / "resources" / "i18n" / "healthroom_zh_CN.ts"
NOT_GLOSSARY = {"小屋": "职工健康生活室 / 生活室", "耗材": "日常消耗品 / 消耗品"}
NAME = "健康小屋台账"  # the program's name
FOLDER_EXAMPLE = "D:\\健康小屋"  # a folder name offered as an example


def off_glossary(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        plain = text.replace(NAME, "").replace(FOLDER_EXAMPLE, "")
        found += [
            f"{text!r}: {word} → {use}" for word, use in NOT_GLOSSARY.items() if word in plain
        ]
    return found


def test_the_window_and_its_guide_use_the_glossary() -> None:
    translations = [(element.text or "") for element in ET.parse(TS).getroot().iter("translation")]
    translations += [(element.text or "") for element in ET.parse(TS).getroot().iter("numerusform")]
    assert len(translations) > 1000
    guide = (TS.parents[1] / "help" / "guide_zh_CN.html").read_text(encoding="utf-8")
    assert off_glossary([*translations, guide]) == []


def test_the_catalogue_and_the_printouts_use_the_glossary() -> None:
    texts = chinese_texts()
    assert len(texts) > 500
    assert off_glossary(texts) == []


def test_the_check_finds_a_word_off_the_glossary() -> None:
    assert off_glossary(["设备与耗材", "小屋概况", "关于健康小屋台账"]) == [
        "'设备与耗材': 耗材 → 日常消耗品 / 消耗品",
        "'小屋概况': 小屋 → 职工健康生活室 / 生活室",
    ]
