"""The printout's paragraph takes two shortcuts: plain text (no markup) is not scanned for
tags, and a paragraph wrapped again at the width it was last broken for keeps its lines. Each
gives what reportlab's own path gives: the same fragments, and a byte-identical PDF."""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer
from reportlab.platypus import paragraph as rl_paragraph

from app.reports.pdf.blocks import coloured, data_table, para
from app.reports.pdf.paragraphs import Paragraph
from app.reports.pdf.styles import Styles

STYLES = Styles()
STYLE_NAMES = ("body", "small", "heading", "cell", "cell_right", "cell_head", "title")
# Chinese, Latin, digits, the marks of codes and readings, the spaces the cleaner folds and
# the punctuation the line breaking judges.
ALPHABET = "健康小屋职工一车间率 abcXYZ0123-./%：，。（）“”\u3000\t\n "
TEXTS = st.text(ALPHABET, max_size=60)


def fragments(paragraph: Any) -> list[list[tuple[str, str]]]:
    return [sorted((k, repr(v)) for k, v in vars(frag).items()) for frag in paragraph.frags]


def parsed_by_reportlab(text: str, style: Any) -> Any:
    """The paragraph reportlab's own setup makes: the text scanned by its parser."""
    paragraph = Paragraph.__new__(Paragraph)
    paragraph.caseSensitive, paragraph.encoding = 1, "utf8"
    rl_paragraph.Paragraph._setup(
        paragraph, text, style, None, None, rl_paragraph.cleanBlockQuotedText
    )
    return paragraph


@given(text=TEXTS, name=st.sampled_from(STYLE_NAMES))
def test_plain_text_makes_the_fragments_the_parser_makes(text: str, name: str) -> None:
    style = getattr(STYLES, name)
    ours, theirs = Paragraph(text, style), parsed_by_reportlab(text, style)
    assert fragments(ours) == fragments(theirs)
    assert (ours.text, ours.bulletText, ours.style) == (theirs.text, theirs.bulletText, style)


def lines(paragraph: Any) -> Any:
    broken = paragraph.blPara
    return broken.kind, [
        (line.extraSpace, line.words) if broken.kind else line for line in broken.lines
    ]


@given(text=TEXTS, widths=st.lists(st.floats(10, 300), min_size=2, max_size=4))
def test_a_paragraph_wrapped_again_at_another_width_breaks_anew(
    text: str, widths: list[float]
) -> None:
    again = Paragraph(text, STYLES.cell)
    for width in widths:
        size = again.wrap(width, 1000)
        fresh = Paragraph(text, STYLES.cell)
        assert size == fresh.wrap(width, 1000)
        assert lines(again) == lines(fresh)


def reportlabs_own_path(patch: pytest.MonkeyPatch) -> None:
    """Both shortcuts off: every text parsed, every wrap broken anew."""
    patch.setattr(Paragraph, "_setup", rl_paragraph.Paragraph._setup)
    patch.setattr(Paragraph, "breakLinesCJK", lambda self, widths: self._break_lines(widths))


def story(rows: list[list[str]], texts: list[str]) -> list[Flowable]:
    """Tables of plain, coloured and long cells (wrapped, split across pages) and paragraphs
    with line breaks, as the period reports lay them out."""
    header = ["部门", "使用率", "Participation rate of lectures"]
    marked = [[coloured(a, True), coloured(b, False), c] for a, b, c in rows]
    out: list[Flowable] = [para(text, STYLES.body) for text in texts]
    out.append(data_table(STYLES, header, rows, (30, 20, 25), right=(1,)))
    out.append(Spacer(1, 3 * mm))
    out.append(data_table(STYLES, header, [[Paragraph(c, STYLES.cell) for c in r] for r in marked],
                          (40, 40, 40)))  # fmt: skip
    return out


def pdf_bytes(flowables: list[Flowable]) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, initialFontName=STYLES.font).build(flowables)
    return buffer.getvalue()


@settings(max_examples=4, deadline=None)
@given(
    rows=st.lists(st.lists(TEXTS, min_size=3, max_size=3), min_size=1, max_size=40),
    texts=st.lists(TEXTS, max_size=4),
)
def test_the_pdf_is_the_one_reportlabs_own_path_writes(
    rows: list[list[str]], texts: list[str]
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rl_config, "invariant", 1)  # no date or random id in the file
        ours = pdf_bytes(story(rows, texts))
        reportlabs_own_path(patch)
        theirs = pdf_bytes(story(rows, texts))
    assert ours == theirs
