"""What the check of the audit trail's count and head (kept signed in the key file) finds:
the window's audit page and `healthroom check` say it in these words, `{0}` being the entries
the key file records and `{1}` those the table holds."""

from __future__ import annotations

from enum import StrEnum

from app.catalogue.language import Language, Wording
from app.catalogue.words import declare, wording

W = Wording


class AuditHeadProblem(StrEnum):
    ENTRIES_DELETED = "entries_deleted"
    HEAD_DIFFERS = "head_differs"
    RECORD_ALTERED = "record_altered"


declare(
    AuditHeadProblem,
    {
        AuditHeadProblem.ENTRIES_DELETED: W(
            "最新的审计记录被删除：密钥文件记录了 {0} 条，表中只有 {1} 条。",
            "The newest audit entries were deleted: the key file records {0}, the table holds {1}.",
        ),
        AuditHeadProblem.HEAD_DIFFERS: W(
            "审计记录被改写：第 {0} 条与密钥文件中的记录不符。",
            "The audit trail was rewritten: entry {0} differs from the key file's record.",
        ),
        AuditHeadProblem.RECORD_ALTERED: W(
            "密钥文件中的审计记录被改动过。", "The key file's audit record was altered."
        ),
    },
)


def audit_head_sentence(
    problem: AuditHeadProblem, recorded: int | None, entries: int, language: Language
) -> str:
    return wording(problem).in_(language).format(recorded, entries)
