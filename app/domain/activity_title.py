"""The kind of activity a title names: "健康讲座：高血压防治" is a lecture, "义诊" a free clinic.

The activity form presets its kind from the title as it is typed (until the kind is chosen by
hand), so a health lecture is no longer saved as "other" because nobody changed the list.
"""

from __future__ import annotations

import unicodedata

from app.catalogue.codes import ActivityKind

# The first kind whose word the title holds; the order settles titles holding two
# ("健康讲座与义诊" is a lecture first). Words in Chinese and English, compared case-folded.
_WORDS: tuple[tuple[ActivityKind, tuple[str, ...]], ...] = (
    (ActivityKind.LECTURE, ("讲座", "讲堂", "课堂", "宣讲", "lecture", "talk", "seminar")),
    (ActivityKind.FREE_CLINIC, ("义诊", "free clinic", "clinic day")),
    (ActivityKind.CONSULTATION, ("咨询", "consultation")),
    (ActivityKind.TRAINING, ("培训", "训练", "演练", "training", "drill", "workshop")),
    (
        ActivityKind.FITNESS,
        ("健身", "运动", "太极", "八段锦", "广播操", "健步走", "fitness", "exercise", "walk"),
    ),
)


def kind_from_title(title: str) -> ActivityKind | None:
    """The kind `title` names, or None when it names none."""
    text = unicodedata.normalize("NFKC", title).casefold()
    return next((kind for kind, words in _WORDS if any(w in text for w in words)), None)
