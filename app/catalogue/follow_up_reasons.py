"""Why a person is followed up, as the program proposed it: the abnormal readings of a visit
or the reasons of a health-file risk level, stored as codes and values and worded when read, in
the reader's language (the window's, a printout's). A reason the person typed is their text and
is kept as typed.

Stored as JSON, a list of findings, each one of:
- a reading: {"reading": ReadingType, "value": 11.3, "flag": Flag}
- a risk reason: {"risk": RiskFinding, "values": [152, 96], "on": "2026-03-02",
  "subject": a ReadingType or ChronicCondition code, or ""}
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from app.catalogue.health_codes import ChronicCondition, RiskFinding, code_word, risk_sentence
from app.catalogue.language import SEPARATOR, Language
from app.catalogue.readings import Flag, ReadingType, describe, is_abnormal, pair_flag
from app.catalogue.readings import ReadingType as R
from app.catalogue.words import word

Finding = dict[str, Any]


def reading_finding(reading: ReadingType, value: float, flag: Flag) -> Finding:
    return {"reading": reading.value, "value": value, "flag": flag.value}


def abnormal_findings(readings: Iterable[tuple[ReadingType, float, Flag]]) -> list[Finding]:
    """A visit's readings that call for the follow-up: each abnormal one, and both pressures
    when the pair is abnormal (they are said together)."""
    taken = list(readings)
    pressures = {rt: flag for rt, _v, flag in taken if rt in (R.SYSTOLIC, R.DIASTOLIC)}
    pair_bad = len(pressures) == 2 and is_abnormal(
        pair_flag(pressures[R.SYSTOLIC], pressures[R.DIASTOLIC])
    )
    return [
        reading_finding(rt, value, flag)
        for rt, value, flag in taken
        if (pair_bad if rt in pressures and len(pressures) == 2 else is_abnormal(flag))
    ]


def risk_finding(
    risk: RiskFinding, values: Sequence[float], on: dt.date | None, subject: str = ""
) -> Finding:
    return {
        "risk": risk.value,
        "values": list(values),
        "on": on.isoformat() if on else "",
        "subject": subject,
    }


def stored(findings: Iterable[Finding]) -> str:
    """The findings as the follow-up keeps them ("" for none)."""
    found = list(findings)
    return json.dumps(found, ensure_ascii=False, sort_keys=True) if found else ""


def _findings(codes: str) -> list[Finding] | None:
    try:
        loaded = json.loads(codes)
    except ValueError:
        return None
    if not isinstance(loaded, list) or not all(isinstance(f, dict) for f in loaded):
        return None
    return loaded


def _readings(findings: list[Finding]) -> list[tuple[ReadingType, float, Flag]]:
    readings = []
    for f in findings:
        if f.get("reading") in ReadingType.__members__.values():
            flag = str(f.get("flag"))
            grade = Flag(flag) if flag in Flag.__members__.values() else Flag.NORMAL
            readings.append((ReadingType(f["reading"]), float(f.get("value", 0)), grade))
    return readings


def _risk(f: Finding, language: Language) -> str | None:
    if f.get("risk") not in RiskFinding.__members__.values():
        return None
    risk, subject = RiskFinding(f["risk"]), str(f.get("subject", ""))
    if subject in ReadingType.__members__.values():
        subject = word(ReadingType(subject), language)
    elif subject:
        subject = code_word(ChronicCondition, subject, language)
    try:
        on = dt.date.fromisoformat(f["on"]) if f.get("on") else None
    except (TypeError, ValueError):
        on = None
    values = [float(v) for v in f.get("values", ()) if isinstance(v, int | float)]
    return risk_sentence(risk, values, subject, on, language)


def reason_words(codes: str, language: Language) -> str | None:
    """The reason in `language`; None when `codes` holds no finding this version knows (a
    follow-up recorded before reasons were coded: its text is shown)."""
    findings = _findings(codes) if codes else None
    if not findings:
        return None
    parts = [text for text, _bad in describe(_readings(findings), language, units=True)]
    parts += [said for f in findings if (said := _risk(f, language)) is not None]
    return SEPARATOR.in_(language).join(parts) if parts else None


def follow_up_reason(reason: str, codes: str, language: Language) -> str:
    """A follow-up's reason as a person reads it: the proposed findings in words, or the text
    the person typed (also the text of a follow-up recorded before reasons were coded)."""
    said = reason_words(codes, language)
    return reason if said is None else said
