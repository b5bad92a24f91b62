"""Urgent values (危急值): what was done about one, and the words the form and reports use.

The limits themselves are editable thresholds (app.domain.readings.Thresholds, defaults in
DESIGN §2); a visit with an urgent reading stays open until one of these actions is recorded.
"""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Wording
from app.catalogue.words import declare

__all__ = ["SEE_A_DOCTOR", "URGENT", "UrgentAction"]


class UrgentAction(StrEnum):
    """Stored with the closed case: never renamed."""

    REFERRED = "referred"  # taken or sent to the partner hospital
    CALLED_120 = "called_120"
    FAMILY_NOTIFIED = "family_notified"
    ADVISED_WENT = "advised_went"  # went to a doctor on their own
    ADVISED_REFUSED = "advised_refused"
    OTHER = "other"  # the note says what


URGENT = Wording("危急值", "Urgent value")
SEE_A_DOCTOR = Wording("建议立即就医", "See a doctor now")

declare(
    UrgentAction,
    {
        UrgentAction.REFERRED: Wording("已转诊至合作医院", "referred to the partner hospital"),
        UrgentAction.CALLED_120: Wording("已拨打120", "called 120"),
        UrgentAction.FAMILY_NOTIFIED: Wording(
            "已通知家属陪同就医", "family told, taken to a doctor"
        ),
        UrgentAction.ADVISED_WENT: Wording("已建议就医，本人自行就医", "advised, went to a doctor"),
        UrgentAction.ADVISED_REFUSED: Wording("已建议就医，本人拒绝", "advised, refused"),
        UrgentAction.OTHER: Wording("其他（见说明）", "other (see the note)"),
    },
)
