"""The lines of text a printed PDF shows, read back with pdfium, and the line-breaking rules
they must keep: Chinese punctuation rules, and no word, number or code cut in two.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

NOT_AT_START = "，。、；：？！）」』】》〉"
NOT_AT_END = "（「『【《〈"
LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-./:_%]*")


@dataclass
class Line:
    """One line of text as drawn: its characters and where they sit on the page."""

    page: int
    text: str
    left: float
    right: float
    bottom: float
    height: float


def pdf_lines(path: Path) -> list[Line]:
    """Every line drawn in the PDF: characters on one baseline, left to right, without a gap
    wider than half a character (a wider gap is the next table cell)."""
    lines: list[Line] = []
    document = pdfium.PdfDocument(path)
    try:
        for number in range(len(document)):
            page = document[number]
            text_page = page.get_textpage()
            current: Line | None = None
            for index in range(text_page.count_chars()):
                if pdfium_c.FPDFText_IsGenerated(text_page.raw, index):
                    continue  # a space or line end pdfium inferred, not drawn
                character = text_page.get_text_range(index, 1)
                if character in ("\r", "\n", ""):
                    continue
                left, bottom, right, top = text_page.get_charbox(index, loose=True)
                height = top - bottom
                same_line = (
                    current is not None
                    and abs(bottom - current.bottom) < 0.3 * height
                    and current.right - 0.5 <= left <= current.right + 0.5 * height
                )
                if same_line and current is not None:
                    current.text += character
                    current.right = max(current.right, right)
                else:
                    current = Line(number + 1, character, left, right, bottom, height)
                    lines.append(current)
        return [line for line in lines if line.text.strip()]
    finally:
        document.close()


def next_line(line: Line, lines: list[Line]) -> Line | None:
    """The line right below `line` in the same paragraph (one leading down, overlapping it)."""
    below = [
        other
        for other in lines
        if other.page == line.page
        and 0.5 * line.height < line.bottom - other.bottom < 1.5 * line.height
        and other.left < line.right
        and other.right > line.left
    ]
    return max(below, key=lambda other: other.bottom, default=None)


def _tail(text: str) -> str:
    found = LATIN_RUN.findall(text.rstrip().split(" ")[-1] if text.strip() else "")
    return found[-1] if found and text.rstrip().endswith(found[-1]) else ""


def _head(text: str) -> str:
    match = LATIN_RUN.match(text.lstrip())
    return match.group(0) if match else ""


def broken_lines(
    lines: list[Line], vocabulary: set[str], codes: set[str] = frozenset()
) -> list[str]:
    """Where the lines break a rule: a line starting with closing punctuation or ending with
    an opening one; a code cut after its hyphen or slash, or one of `codes` cut anywhere; a
    word of `vocabulary` cut in two."""
    found = []
    for line in lines:
        text = line.text.strip()
        where = f"p.{line.page} {text!r}"
        if text[0] in NOT_AT_START:
            found.append(f"{where}: starts with {text[0]}")
        if text[-1] in NOT_AT_END:
            found.append(f"{where}: ends with {text[-1]}")
        below = next_line(line, lines)
        if below is None:
            continue
        tail, head = _tail(line.text), _head(below.text)
        if not tail or not head:
            continue
        pair = f"{where} / {below.text.strip()!r}"
        if (tail[-1] in "-/" and head[0].isdigit()) or (tail + head in codes and tail not in codes):
            found.append(f"{pair}: a number or code cut in two ({tail}|{head})")
        elif (
            tail[-1].isalpha()
            and head[0].isalpha()
            and (tail + head).lower() in vocabulary
            and tail.lower() not in vocabulary
        ):
            found.append(f"{pair}: a word cut in two ({tail}|{head})")
    return found


def codes_in(texts: Iterable[str]) -> set[str]:
    """The runs of Latin letters and digits (codes, serial and model numbers) in `texts`."""
    return {run for text in texts for run in LATIN_RUN.findall(text) if len(run) > 2}


def _words_of(value: object, into: set[str], side: int, depth: int = 0) -> None:
    """The Chinese (side 0) or English (side 1) of every wording inside `value`."""
    from app.catalogue.language import Wording

    if depth > 4:
        return
    if isinstance(value, Wording):
        into.add((value.zh, value.en)[side])
    elif isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
        into.add(value[side])
    elif isinstance(value, dict):
        for item in value.values():
            _words_of(item, into, side, depth + 1)
    elif isinstance(value, list | tuple):
        for item in value:
            _words_of(item, into, side, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            _words_of(getattr(value, field.name), into, side, depth + 1)


def _program_words(side: int) -> set[str]:
    """The catalogue's and the reports' words on one side (0 Chinese, 1 English)."""
    import app.catalogue
    import app.reports

    texts: set[str] = set()
    for package in (app.catalogue, app.reports):
        for module in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            loaded = importlib.import_module(module.name)
            for value in vars(loaded).values():
                _words_of(value, texts, side)
    return texts


def chinese_texts() -> list[str]:
    """Every Chinese text of the catalogue and the printouts' word tables."""
    return sorted(_program_words(0))


def english_vocabulary(extra: Iterable[str] = ()) -> set[str]:
    """Every Latin word the printouts may print: the catalogue's and the reports' English, and
    `extra` (the register's own texts)."""
    texts = _program_words(1) | set(extra)
    return {word.lower() for text in texts for word in re.findall(r"[A-Za-z]{2,}", text)}
