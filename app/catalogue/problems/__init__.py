"""Problem codes: why a file, a row or a cell was refused, and why a package or a file could
not be read or written, each with its sentence in both languages.

The exchange and domain layers report a code with its arguments (the row it repeats, the
limit it passed …); :func:`sentence` fills them into the words, ``{0}`` being the first. A
new problem is one member and one sentence in the module of its domain (`imports`, `sign_in`,
`exchange`, `files`, `places`, `accounts`, `audit`), imported from here (docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.catalogue.problems.accounts import AccountProblem, account_sentence
    from app.catalogue.problems.audit import AuditHeadProblem, audit_head_sentence
    from app.catalogue.problems.exchange import PackageProblem, ReviewResultProblem, review_refusal
    from app.catalogue.problems.files import (
        BackupProblem,
        ExportProblem,
        OutputProblem,
        backup_failure,
        backup_refusal,
        output_sentence,
    )
    from app.catalogue.problems.imports import ImportProblem, MapOptionProblem
    from app.catalogue.problems.places import (
        RegisterProblem,
        WorkspaceProblem,
        register_refusal,
        workspace_refusal,
    )
    from app.catalogue.problems.sentences import UNKNOWN_PROBLEM, problem_sentence, sentence
    from app.catalogue.problems.sign_in import NOT_YET_HIRED, SignInProblem

# Each name is loaded from its module when first asked for: a command loads the problems it
# can meet (a printed report: those of files and places), not every domain's.
_HOMES = {
    "AccountProblem": "accounts",
    "account_sentence": "accounts",
    "AuditHeadProblem": "audit",
    "audit_head_sentence": "audit",
    "PackageProblem": "exchange",
    "ReviewResultProblem": "exchange",
    "review_refusal": "exchange",
    "BackupProblem": "files",
    "ExportProblem": "files",
    "OutputProblem": "files",
    "backup_failure": "files",
    "backup_refusal": "files",
    "output_sentence": "files",
    "ImportProblem": "imports",
    "MapOptionProblem": "imports",
    "RegisterProblem": "places",
    "WorkspaceProblem": "places",
    "register_refusal": "places",
    "workspace_refusal": "places",
    "UNKNOWN_PROBLEM": "sentences",
    "problem_sentence": "sentences",
    "sentence": "sentences",
    "NOT_YET_HIRED": "sign_in",
    "SignInProblem": "sign_in",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "NOT_YET_HIRED",
    "UNKNOWN_PROBLEM",
    "AccountProblem",
    "AuditHeadProblem",
    "BackupProblem",
    "ExportProblem",
    "ImportProblem",
    "MapOptionProblem",
    "OutputProblem",
    "PackageProblem",
    "RegisterProblem",
    "ReviewResultProblem",
    "SignInProblem",
    "WorkspaceProblem",
    "account_sentence",
    "audit_head_sentence",
    "backup_failure",
    "backup_refusal",
    "output_sentence",
    "problem_sentence",
    "register_refusal",
    "review_refusal",
    "sentence",
    "workspace_refusal",
]
