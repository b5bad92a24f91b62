"""The bundled font filled from its metrics file is the font reportlab parses: every attribute
of the face the same (values, types, orders), the same PDF byte for byte; and a metrics file
that does not describe the font, or cannot be read, leaves the font to be parsed as before."""

from __future__ import annotations

import hashlib
import io
import struct
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import Any

import pytest
import reportlab
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from app.paths import font_metrics_path, font_path
from app.reports.pdf.font_metrics import bundled_ttfont, metrics_of

VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"  # another font, a plain .ttf
PROBE = "HealthRoomMetricsProbe"


def exact(value: Any) -> Any:
    """A value with its types and its dicts' order spelled out, to compare faces strictly
    (600 is not 600.0 in a PDF). Long columns of one kind are compared a column at a time."""
    kind = type(value)
    if kind is dict:
        return (kind, exact(list(value)), exact(list(value.values())))
    if kind is list or kind is tuple:
        return (kind, *exact_items(value))
    if isinstance(value, bytes):  # TTFNameBytes also carries its text
        return (kind, bytes(value), getattr(value, "ustr", None))
    if kind is float:
        return (kind, repr(value))  # -0.0 and 0.0 print differently
    if kind in (int, bool, str) or value is None:
        return (kind, value)
    if callable(value):  # the face's _pdfScale: compared by what it makes of glyph units
        return ("scale", [exact(value(units)) for units in (0, 1, 7, 1000, 1024, 2048, 65535)])
    return (kind, exact(vars(value)))  # TTFont's encoding: compared by its attributes


def exact_items(items: list[Any] | tuple[Any, ...]) -> tuple[Any, ...]:
    kinds = set(map(type, items))
    if kinds == {int}:
        return ("ints", list(items))
    if kinds == {float}:
        return ("floats", [repr(v) for v in items])
    if kinds in ({tuple}, {list}) and len(set(map(len, items))) == 1:
        return ("rows", len(items), [exact(list(column)) for column in zip(*items, strict=True)])
    if kinds == {list}:  # glyphToChar's characters of each glyph
        return ("lists", list(map(len, items)), exact(list(chain.from_iterable(items))))
    return ("items", [exact(v) for v in items])


def shape(font: TTFont) -> dict[str, Any]:
    """Everything about a TTFont and its face, but its per-document state (empty when new)."""
    assert type(font.state).__name__ == "WeakKeyDictionary" and not font.state
    face = {f"face.{k}": exact(v) for k, v in font.face.__dict__.items()}
    return face | {k: exact(v) for k, v in font.__dict__.items() if k not in ("face", "state")}


def assert_same_font(made: TTFont, parsed_shape: dict[str, Any]) -> None:
    mine = shape(made)
    assert sorted(mine) == sorted(parsed_shape)
    differ = [k for k in mine if mine[k] != parsed_shape[k]]
    assert not differ, f"attributes differ from a parsed font's: {differ}"


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The file names reportlab parsed (TTFontFile.extractInfo, the step the metrics replace)."""
    parsed: list[str] = []
    extract_info = TTFontFile.extractInfo

    def counted(face: TTFontFile, charInfo: int = 1) -> None:
        parsed.append(Path(face.filename).name)
        extract_info(face, charInfo)

    monkeypatch.setattr(TTFontFile, "extractInfo", counted)
    yield parsed


@pytest.fixture(scope="module")
def parsed_font() -> TTFont:
    return TTFont(PROBE, str(font_path()), subfontIndex=0)


@pytest.fixture(scope="module")
def parsed_shape(parsed_font: TTFont) -> dict[str, Any]:
    return shape(parsed_font)


def test_the_bundled_face_comes_from_its_metrics_and_equals_the_parsed_one(
    parsed_shape: dict[str, Any], parses: list[str]
) -> None:
    made = bundled_ttfont(PROBE, font_path(), font_metrics_path(), 0)
    assert parses == []  # nothing parsed: the metrics filled it
    assert_same_font(made, parsed_shape)
    assert len(made.face.charToGlyph) > 20_000  # the CJK character map, not a Latin stub


def test_the_committed_metrics_describe_the_committed_font() -> None:
    assert metrics_of(font_path(), 0) == font_metrics_path().read_bytes(), (
        f"{font_metrics_path().name} is stale (another font or reportlab): "
        "run python build_scripts/font_metrics.py"
    )


def test_metrics_of_another_font_fill_that_font_exactly(tmp_path: Path, parses: list[str]) -> None:
    metrics = tmp_path / "vera.metrics"
    metrics.write_bytes(metrics_of(VERA))
    made = bundled_ttfont(PROBE, VERA, metrics)
    count = len(parses)
    assert_same_font(made, shape(TTFont(PROBE, str(VERA))))
    assert count == 1 and len(parses) == 2  # metrics_of parsed once, the reference once


FONT_DIGEST = hashlib.sha256(font_path().read_bytes()).digest()


def committed() -> bytes:
    return font_metrics_path().read_bytes()


def flipped_in_the_tables(content: bytes) -> bytes:
    middle = len(content) // 2
    return content[:middle] + bytes([content[middle] ^ 0x01]) + content[middle + 1 :]


def with_digest_fixed(content: bytes) -> bytes:
    """The file's own check made to pass again, so that only the other checks stand."""
    body = content[:-32]
    return body + hashlib.sha256(body).digest()


def made_a_directory(path: Path) -> None:
    path.mkdir()


UNUSABLE: dict[str, Callable[[Path], bytes | None]] = {
    "missing": lambda _: None,
    "truncated": lambda _: committed()[: len(committed()) // 2],
    "a byte flipped": lambda _: flipped_in_the_tables(committed()),
    "another font's digest, the file's own redone": lambda _: with_digest_fixed(
        committed().replace(FONT_DIGEST, bytes(32))
    ),
    "not metrics": lambda _: b"\x00\x01\x00\x00" + bytes(500),
    "another font's": lambda _: metrics_of(VERA),
    "another subfont's": lambda _: metrics_of(font_path(), 1),
    "a directory": made_a_directory,
}


@pytest.mark.parametrize("case", UNUSABLE)
def test_unusable_metrics_leave_the_font_parsed_as_before(
    case: str, tmp_path: Path, parsed_shape: dict[str, Any], parses: list[str]
) -> None:
    metrics = tmp_path / "font.metrics"
    content = UNUSABLE[case](metrics)
    if content is not None:
        metrics.write_bytes(content)
    before = len(parses)
    made = bundled_ttfont(PROBE, font_path(), metrics, 0)
    assert parses[before:] == [font_path().name]  # parsed, silently
    assert_same_font(made, parsed_shape)


def test_metrics_written_under_another_reportlab_are_not_used(
    tmp_path: Path,
    parsed_shape: dict[str, Any],
    parses: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(reportlab, "Version", "3.0.0")
        (tmp_path / "old.metrics").write_bytes(metrics_of(font_path()))
    before = len(parses)
    made = bundled_ttfont(PROBE, font_path(), tmp_path / "old.metrics", 0)
    assert parses[before:] == [font_path().name]
    assert_same_font(made, parsed_shape)


def restricted_copy(folder: Path) -> Path:
    """Vera, its OS/2 table saying "no subsetting or embedding without permission" (fsType 2)."""
    data = bytearray(VERA.read_bytes())
    (tables,) = struct.unpack(">H", data[4:6])
    entries = [12 + 16 * i for i in range(tables)]
    os2 = next(e for e in entries if data[e : e + 4] == b"OS/2")
    (offset,) = struct.unpack(">L", data[os2 + 8 : os2 + 12])
    data[offset + 8 : offset + 10] = struct.pack(">H", 0x0002)
    path = folder / "restricted.ttf"
    path.write_bytes(data)
    return path


def test_a_font_whose_parse_hangs_on_its_file_name_gets_no_metrics(tmp_path: Path) -> None:
    """Whether reportlab embeds a font that restricts embedding depends on its file name and
    a setting (allowTTFSubsetting): metrics stored once could not follow a rename or the
    setting, so none are written for such a font."""
    restricted = restricted_copy(tmp_path)
    assert TTFont(PROBE, str(restricted)).face.charToGlyph  # reportlab parses it as it is
    with pytest.raises(ValueError, match="restricts embedding"):
        metrics_of(restricted)


# --- the same PDF ------------------------------------------------------------------------------

COMMON_CJK = "健康小屋台账职工生活室建设单位工会主席管理员合作医院专家联络员设备设施损坏遗失"
RARE_CJK = "\u9fa5\u9fcb\u3400\u4db5\U00020000\U0002a6d6\u2e80\u31c0"  # ext. A/B, radicals, strokes
MISSING = "\ue000\U0001f600\u0e01\u05d0\ufffd\u200b"  # private use, emoji, Thai, Hebrew…
texts = st.text(
    alphabet=st.one_of(
        st.sampled_from(
            COMMON_CJK + RARE_CJK + MISSING + "AZaz09 .,;:-–—()/%&<>·，。：（）\u00a0\u3000"
        ),
        st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs", "Cc")),  # any width
    ),
    min_size=1,
    max_size=60,
)


@contextmanager
def registered(font: TTFont) -> Iterator[None]:
    """`font` under the probe's name for the block. reportlab keeps the first font registered
    under a name, or for a face (this face is also the program's): both set aside meanwhile."""
    fonts, faces = pdfmetrics._fonts, pdfmetrics._dynFaceNames
    face_name = font.face.name
    before = faces.pop(face_name, None)
    fonts.pop(PROBE, None)
    pdfmetrics.registerFont(font)
    assert pdfmetrics.getFont(PROBE) is font
    try:
        yield
    finally:
        fonts.pop(PROBE, None)
        faces.pop(face_name, None)
        if before is not None:
            faces[face_name] = before


def pdf_bytes(font: TTFont, lines: list[str]) -> bytes:
    out = io.BytesIO()
    with registered(font):
        canvas = Canvas(out, invariant=1)
        canvas.setFont(PROBE, 11)
        style = ParagraphStyle("probe", fontName=PROBE, fontSize=10, leading=13, wordWrap="CJK")
        y = 800.0
        for line in lines:
            canvas.drawString(40, y, line)
            paragraph = Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), style)
            _, height = paragraph.wrapOn(canvas, 120, 400)
            paragraph.drawOn(canvas, 300, y - height)
            y -= max(20.0, height + 6)
        canvas.save()
    return out.getvalue()


@pytest.fixture(scope="module")
def both_fonts(parsed_font: TTFont) -> tuple[TTFont, TTFont]:
    return bundled_ttfont(PROBE, font_path(), font_metrics_path(), 0), parsed_font


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=st.lists(texts, min_size=1, max_size=4))
def test_a_pdf_with_the_metrics_font_is_the_parsed_fonts_byte_for_byte(
    lines: list[str], both_fonts: tuple[TTFont, TTFont]
) -> None:
    made, parsed = both_fonts
    lines = [COMMON_CJK[:8] + RARE_CJK + MISSING, *lines]  # every kind at least once
    for text in lines:
        assert made.stringWidth(text, 10) == parsed.stringWidth(text, 10)
    assert pdf_bytes(made, lines) == pdf_bytes(parsed, lines)
