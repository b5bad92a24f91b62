"""Report wording: Simplified Chinese by default, English on request.

Reports do not use Qt's translator (no Qt below the UI); each report keeps its own texts
(titles, headings, sentences) in a small table of {key: (中文, English)} and looks them up
through `Words`; the words of codes come from the catalogue (`Words.code`), and a heading that
names a code (a field, a role, a report) takes the catalogue's words into the table (`said`).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum, StrEnum

from app.catalogue import Language, word, wording

ReportLanguage = Language  # the catalogue's languages, under the name the reports know


class Words:
    def __init__(
        self, catalogue: Mapping[str, tuple[str, str]], language: ReportLanguage = ReportLanguage.ZH
    ) -> None:
        self._catalogue = catalogue
        self.language = language

    def __call__(self, key: str, **values: object) -> str:
        zh, en = self._catalogue[key]
        text = zh if self.language is ReportLanguage.ZH else en
        return text.format(**values) if values else text

    def code(self, code: StrEnum) -> str:
        """The catalogue's word for a code in this language."""
        return word(code, self.language)


def said(code: Enum) -> tuple[str, str]:
    """A heading that names a code (a record's field, a role, a reading type, a report) as an
    entry of a report's table: its words are the catalogue's, never repeated in the report."""
    words = wording(code)
    return (words.zh, words.en)


# Words shared by every report (codes the services return).
COMMON: dict[str, tuple[str, str]] = {
    "page_of": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "printed_on": ("打印日期：{date}", "Printed on {date}"),
    "not_applicable": ("不适用", "n/a"),
    "met": ("达标", "met"),
    "not_met": ("未达标", "not met"),
    "signature": ("签字：", "Signature:"),
    "date": ("日期：", "Date:"),
}
