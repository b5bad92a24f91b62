"""The built-in user guides (使用手册): HTML shipped in resources/help, one file per language;
the site's, and the county reviewer's.

Its indicator section is written here from the catalogue (what each indicator counts, its
default target and the clause of the founding rules it comes from), so it cannot drift from
what the program computes. Menu paths in the text are marked `<span class="menu">A → B</span>`;
a test walks each one in the real window.
"""

from __future__ import annotations

import re
from html import escape, unescape

from app.catalogue.founding_rules import INDICATOR_CLAUSES, RULES_TITLE
from app.catalogue.indicators import INDICATORS, IndicatorSpec, TargetKind
from app.catalogue.language import Language, Wording
from app.catalogue.words import word
from app.paths import resource

GUIDE_FILES = {Language.ZH: "guide_zh_CN.html", Language.EN: "guide_en.html"}
# The county reviewer's own guide (the county window's Help menu): a workspace, imports,
# inspections, review results and the county report.
COUNTY_GUIDE_FILES = {Language.ZH: "county_guide_zh_CN.html", Language.EN: "county_guide_en.html"}
INDICATORS_MARK = "<!-- indicators -->"
PATH_SEPARATOR = " → "
MENU_PATH = re.compile(r'<span class="menu">(.*?)</span>', re.S)
ANCHOR = re.compile(r'<a name="([^"]+)"')
LINK = re.compile(r'<a href="#([^"]+)"')

# The section of the guide each page of the window opens with F1 (or its help link).
PAGE_SECTIONS = {
    "overview": "overview",
    "usage": "daily",
    "staff": "staff",
    "equipment": "equipment",
    "open_hours": "open-hours",
    "activities": "activities",
    "reports": "printing",
    "exchange": "usb-export",
    "audit": "audit",
}

_HEAD = (
    Wording("指标", "Indicator"),
    Wording("怎样计算", "How it is counted"),
    Wording("默认目标", "Default target"),
    Wording("出处", "Where the rules say so"),
)


def guide_html(language: Language) -> str:
    """The guide in `language`, its indicator section filled from the catalogue."""
    text = resource("help", GUIDE_FILES[language]).read_text(encoding="utf-8")
    return text.replace(INDICATORS_MARK, indicator_section(language))


def county_guide_html(language: Language) -> str:
    """The county reviewer's guide in `language`."""
    return resource("help", COUNTY_GUIDE_FILES[language]).read_text(encoding="utf-8")


def target_text(spec: IndicatorSpec, language: Language) -> str:
    if spec.kind is TargetKind.RATE:
        return f"≥ {spec.target * 100:g} %"
    count = f"{spec.target:g}"
    per = word(spec.per, language) if spec.per is not None else ""
    if language is Language.ZH:
        return f"{per}不少于 {count} {spec.measure_word}".strip()
    return f"at least {count} {per}".strip()


def indicator_section(language: Language) -> str:
    """One row per indicator of the catalogue, in its order, with the clause it comes from."""
    colon = "：" if language is Language.ZH else ": "
    rows = []
    for key, spec in INDICATORS.items():
        clause = INDICATOR_CLAUSES[key]
        rows.append(
            "<tr>"
            f"<td><b>{escape(spec.name.in_(language))}</b></td>"
            f"<td>{escape(spec.definition.in_(language))}</td>"
            f"<td>{escape(target_text(spec, language))}</td>"
            f"<td>{escape(clause.ref.in_(language))}{colon}“{escape(clause.text.in_(language))}”</td>"
            "</tr>"
        )
    head = "".join(f"<th>{escape(w.in_(language))}</th>" for w in _HEAD)
    source = escape(RULES_TITLE.in_(language))
    if language is Language.EN:
        source_line = f"<p>The clauses are those of the founding rules: {source}.</p>"
    else:
        source_line = f"<p>出处均指{source}。</p>"
    return (
        f'<table class="indicators" cellspacing="0" cellpadding="4" border="1">'
        f"<tr>{head}</tr>{''.join(rows)}</table>{source_line}"
    )


def menu_paths(html: str) -> list[list[str]]:
    """Every menu path the guide names, as its steps ("开放时间 → 生活室概况" → two steps)."""
    return [
        [unescape(step).strip() for step in found.split(PATH_SEPARATOR)]
        for found in MENU_PATH.findall(html)
    ]


def anchors(html: str) -> set[str]:
    return set(ANCHOR.findall(html))


def links(html: str) -> set[str]:
    """The sections the guide links to (its own anchors)."""
    return set(LINK.findall(html))
