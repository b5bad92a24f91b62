"""The catalogue: every kind the program knows, declared once with its facts and its words.

A reading type, an indicator, a report or a code shown to people is one frozen spec here,
holding what the rest of the program needs to know about it and its words in Simplified
Chinese and English. The domain reads the facts; the window, the reports and the command line
look the words up with :func:`word`. Plain Python: nothing here imports the program's other
layers, Qt or SQLAlchemy (an import-linter contract checks it).
"""

from app.catalogue import (  # each declares its codes' words on import
    attention,
    audit_notes,
    codes,
    county,
    demo,
    fields,
    health_codes,
    import_preview,
    indicators,
    permissions,
    problems,
    readings,
    urgent,
)
from app.catalogue.language import Language, Wording
from app.catalogue.words import word, wording

__all__ = [
    "Language",
    "Wording",
    "attention",
    "audit_notes",
    "codes",
    "county",
    "demo",
    "fields",
    "health_codes",
    "import_preview",
    "indicators",
    "permissions",
    "problems",
    "readings",
    "urgent",
    "word",
    "wording",
]
