"""The one paragraph of every printout: lines broken by the rules of Chinese typesetting.

ReportLab's CJK wrapping cuts "like a knife" between any two characters: a line could start
with "，", an asset code or a number was cut in two, and English broke mid-word
("Consultat/ion"). This paragraph breaks only where the rules allow:
- never before closing punctuation (，。、；：？！）」…) nor after opening punctuation (（「…);
- never inside a run of Latin letters, digits and the marks that bind them (a word, a number,
  a code such as HB-2024-017, a reading such as 120/80 or 56.9 %);
- between two Chinese characters, after a space, and where Chinese meets Latin.
A run too long for a whole line (a 40-character code in a narrow column) is the one thing
still cut where it must be, so that nothing is lost off the edge.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paraparser import ParaParser
from reportlab.rl_config import _FUZZ

# Punctuation that may not start a line (Chinese and the ASCII forms used in mixed text).
CANNOT_START = frozenset(
    "，。、；：？！）」』】》〉〕］｝”’…—～·％‰℃°・"
    ",.;:?!)]}%\u3001\u3002\uff0c\uff1b\uff1a\uff1f\uff01\uff09"
)
# Punctuation that may not end a line.
CANNOT_END = frozenset("（「『【《〈〔［｛“‘([{¥$#@\uff08")
# Characters that bind Latin letters and digits into one unbreakable run (a code, a number).
BINDING = frozenset("-./:_%+#&@',")


def _latin(character: str) -> bool:
    """Part of a Latin word, a number or a code: letters and digits of the alphabetic
    scripts (below the CJK blocks), and the binding marks."""
    return (character.isalnum() and ord(character) < 0x2E80) or character in BINDING


def _space(character: str) -> bool:
    return character.isspace() or character == "\u3000"


def break_allowed(text: str) -> list[bool]:
    """allowed[k]: a line may end before text[k] (k ≥ 1; allowed[0] is always False)."""
    allowed = [False] * len(text)
    for k in range(1, len(text)):
        before, after = text[k - 1], text[k]
        if _space(after):
            continue  # break after the spaces, so the next line does not start with one
        if after in CANNOT_START or before in CANNOT_END:
            continue
        if _space(before):
            allowed[k] = True
            continue
        if before == "-" and k >= 2 and text[k - 2].islower() and after.islower():
            allowed[k] = True  # after the hyphen of a compound word: "body-|composition"
            continue
        if _latin(before) and _latin(after):
            continue
        if (after in BINDING and _latin(before)) or (before in BINDING and _latin(after)):
            continue
        allowed[k] = True
    return allowed


def _letter(character: str) -> bool:
    return character.isascii() and character.isalpha()


def line_ends(
    text: str, widths: Sequence[float], max_widths: Sequence[float], forced: set[int]
) -> list[tuple[int, bool]]:
    """Where each line ends (exclusive index), greedy: as much as fits, broken only where
    allowed; `forced` are positions where a line must end (an explicit line break). The flag
    says a word too long for a whole line was cut there: its line ends with a hyphen."""
    if not forced and sum(widths) <= max_widths[0] + _FUZZ:
        # One line: the running width below never passes the total (no width is negative),
        # so the walk would end nowhere. Most table cells are this; a table asks it again and
        # again while it sizes its rows.
        return [(len(text), False)] if text else []
    allowed = break_allowed(text)
    ends: list[tuple[int, bool]] = []
    start = 0
    n = len(text)
    while start < n:
        limit = max_widths[min(len(ends), len(max_widths) - 1)]
        used = 0.0
        last_allowed = -1
        end = n
        hyphen = False
        for k in range(start, n):
            if k > start and k in forced:
                end = k
                break
            if k > start and allowed[k]:
                last_allowed = k
            used += widths[k]
            if used > limit + _FUZZ and not _space(text[k]) and k > start:
                # text[k] does not fit: end at the last allowed break, else cut the word here
                # (with a hyphen, for which one letter makes room).
                if last_allowed > start:
                    end = last_allowed
                elif _letter(text[k - 1]) and _letter(text[k]) and k - 2 > start:
                    end, hyphen = k - 1, True
                else:
                    end = k
                break
        ends.append((end, hyphen))
        start = end
        while start < n and _space(text[start]) and start not in forced:
            start += 1  # spaces at a break vanish
    return ends


# Each character's width in a font and size, measured once: a table wraps each of its cells
# several times while it sizes its columns and rows.
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def character_widths(text: str, font: str, size: float) -> list[float]:
    known = _WIDTHS.setdefault((font, size), {})
    widths = []
    for character in text:
        width = known.get(character)
        if width is None:
            width = known[character] = stringWidth(character, font, size)
        widths.append(width)
    return widths


def _width(character: Any) -> float:
    width = character.width
    return float(width) if isinstance(width, int | float) else 0.0


def _split_frags(frags: list[Any], max_widths: Sequence[float], calc_bounds: bool) -> Any:
    """Styled text (several fragments): reportlab's glyph list, broken by our rules."""
    glyphs: list[Any] = []
    for frag in frags:
        text = frag.text if isinstance(frag.text, str) else frag.text.decode("utf8")
        if text:
            glyphs.extend(rl_paragraph.cjkU(t, frag, "utf8") for t in text)
        else:
            glyphs.append(rl_paragraph.cjkU(text, frag, "utf8"))
    text = "".join(str(g) if str(g) else "\n" for g in glyphs)
    forced = {k + 1 for k, g in enumerate(glyphs) if hasattr(g.frag, "lineBreak")}
    widths = [_width(g) for g in glyphs]
    lines = []
    start = 0
    for number, (end, _hyphen) in enumerate(line_ends(text, widths, max_widths, forced)):
        limit = max_widths[min(number, len(max_widths) - 1)]
        while start < end and _space(text[start]) and not hasattr(glyphs[start].frag, "lineBreak"):
            start += 1
        stop = end
        while stop > start and text[stop - 1] == " ":
            stop -= 1  # a space at the end of a line is not drawn, nor counted
        used = sum(widths[start:stop])
        line_break = end in forced
        lines.append(
            rl_paragraph.makeCJKParaLine(
                glyphs[start:stop], limit, used, limit - used, line_break, calc_bounds
            )
        )
        start = end
    return rl_paragraph.ParaLines(kind=1, lines=lines)


def _plain_fragments(text: str, style: Any, case_sensitive: int) -> Any:
    """What reportlab's parser makes of text without markup (most table cells), by its own
    steps for a <para> holding one run of text, without scanning the text for tags."""
    parser = ParaParser()
    parser.caseSensitive = case_sensitive
    parser._setup_for_parse(style)
    parser.handle_starttag("para", [])
    if text:
        parser.handle_data(text)
    parser.handle_endtag("para")
    _style, frags, _bullet = parser._complete_parse()  # no bullet tag in plain text
    if frags is not None:  # else an error it noted: reportlab's own setup parses and says it
        rl_paragraph.textTransformFrags(frags, style)
    return frags


class Paragraph(rl_paragraph.Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """reportlab's Paragraph, breaking its lines by the rules above (styles use "CJK")."""

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        if frags is None and isinstance(text, str) and "<" not in text and "&" not in text:
            text = cleaner(text)
            frags = _plain_fragments(text, style, self.caseSensitive)
        super()._setup(text, style, bulletText, frags, cleaner)

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        # A table wraps each cell again and again at the same width while it sizes its rows,
        # splits and draws them: the lines broken for the last width asked are kept. Nothing
        # they depend on (text, style, bullet) changes once the paragraph is made.
        asked = tuple(maxWidths) if isinstance(maxWidths, list | tuple) else (maxWidths,)
        broken = self.__dict__.get("_broken")
        if broken is None or broken[0] != asked:
            broken = self._broken = (asked, self._break_lines(maxWidths))
        return broken[1]

    def _break_lines(self, maxWidths: Any) -> Any:
        max_widths = list(maxWidths) if isinstance(maxWidths, list | tuple) else [maxWidths]
        frags = self.frags
        simple = len(frags) == 1 and not hasattr(frags[0], "cbDefn") and not self.style.endDots
        split = bool(getattr(self, "_splitpara", False))
        if not simple or split or not frags:
            if not frags or split:
                return super().breakLinesCJK(maxWidths)  # empty, or split: reportlab's own
            rl_paragraph._handleBulletWidth(self.bulletText, self.style, max_widths)
            auto_leading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
            return _split_frags(frags, max_widths, auto_leading not in ("", "off"))
        rl_paragraph._handleBulletWidth(self.bulletText, self.style, max_widths)
        frag = frags[0]
        text = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
        widths = character_widths(text, frag.fontName, frag.fontSize)
        lines = []
        start = 0
        for number, (end, hyphen) in enumerate(line_ends(text, widths, max_widths, set())):
            limit = max_widths[min(number, len(max_widths) - 1)]
            line = text[start:end].strip() + ("-" if hyphen else "")
            lines.append((limit - stringWidth(line, frag.fontName, frag.fontSize), [line]))
            start = end
        return frag.clone(kind=0, lines=lines, ascent=frag.fontSize, descent=-0.2 * frag.fontSize)
