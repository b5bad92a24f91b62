"""The indicator targets in force, read without the ORM: the founding rules' defaults, or the
site's own values kept in the `setting` table under `indicators.targets` as {key: value}
(app.services.indicator_targets edits them). A stored value that is missing or unusable falls
back to the default."""

from __future__ import annotations

import json
import logging
import math
from dataclasses import replace

from app.db.rows import Rows
from app.domain.targets import DEFAULT_TARGETS, IndicatorKey, Target, TargetKind

log = logging.getLogger(__name__)
SETTING_KEY = "indicators.targets"
MAX_COUNT = 100

Targets = dict[IndicatorKey, Target]


def problem(target: Target, value: object) -> str | None:
    """Why `value` cannot be the target: "rate_range" (0–100 %) or "count_range"; None if it can."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return "rate_range" if target.kind is TargetKind.RATE else "count_range"
    if target.kind is TargetKind.RATE:
        return None if 0 < value <= 1 else "rate_range"
    return None if value == int(value) and 0 <= value <= MAX_COUNT else "count_range"


def _stored(rows: Rows) -> dict[str, object]:
    raw = rows.scalar("SELECT value FROM setting WHERE key = ?", (SETTING_KEY,))
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        log.warning("the stored indicator targets are not JSON; using the defaults")
        return {}
    return data if isinstance(data, dict) else {}


def read_targets(rows: Rows) -> Targets:
    """The targets in force (defaults where nothing usable is stored)."""
    stored = _stored(rows)
    targets: Targets = {}
    for key, default in DEFAULT_TARGETS.items():
        value = stored.get(key.value)
        if isinstance(value, int | float) and problem(default, value) is None:
            targets[key] = replace(default, value=float(value))
        else:
            targets[key] = default
    return targets
