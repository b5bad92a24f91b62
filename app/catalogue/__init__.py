"""The catalogue: every kind the program knows, declared once with its facts and its words.

A reading type, an indicator, a report or a code shown to people is one frozen spec here,
holding what the rest of the program needs to know about it and its words in Simplified
Chinese and English. The domain reads the facts; the window, the reports and the command line
look the words up with :func:`word`. Plain Python: nothing here imports the program's other
layers, Qt or SQLAlchemy (an import-linter contract checks it).

Each module is imported where it is used (`from app.catalogue.county import …`), not by this
package: a command loads the kinds it speaks of, not all of them. A code's words are declared
by the module that defines its enum, so whoever holds a code has its words loaded;
`words.declared()` loads every module first.
"""

from app.catalogue.language import Language, Wording
from app.catalogue.words import word, wording

__all__ = ["Language", "Wording", "word", "wording"]
