"""The bundled font's metrics, parsed once when the program is built instead of in every process.

reportlab reads a TrueType font's character map and horizontal metrics one Python call per entry
(`TTFontFile.extractInfo`): about 70 ms for the bundled 5 MB collection, paid by every report and
every print preview. `build_scripts/font_metrics.py` stores what that parse computes in a file
beside the font: the scalars (names, ascent, bounding box, flags…) as typed values, the tables
(`charToGlyph`, `glyphToChar`, `charWidths`, `hmetrics`, `glyphPos`) as little-endian arrays.

The file names the font it describes — size, SHA-256 of every byte, subfont index — and the
reportlab version that parsed it; it ends with the SHA-256 of its own content. A face is filled
from it only when all of these match; a missing, damaged, foreign or outdated file (another
font, another reportlab) makes the font parse as before. The PDF is the same byte for byte.
"""

from __future__ import annotations

import hashlib
import struct
import sys
from array import array
from collections.abc import Callable, Iterable, Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace, TTFontParser

MAGIC = b"HealthRoom font metrics\n"
FORMAT = 1
_DIGEST = 32  # SHA-256
# A damaged or foreign file fails in one of these ways while read; the font is then parsed.
_UNREADABLE = (
    OSError,
    ValueError,
    struct.error,
    IndexError,
    KeyError,
    TypeError,
    OverflowError,
    RecursionError,
)


class MetricsUnusable(Exception):
    """The metrics file does not describe this font as this reportlab parses it."""


# --- typed values: what the scalars of a parsed face are made of ---------------------------


def _encode(value: Any, out: bytearray) -> None:
    kind = type(value)
    if value is None:
        out += b"N"
    elif kind is bool:
        out += b"T" if value else b"F"
    elif kind is int:
        out += b"i" + struct.pack("<q", value)
    elif kind is float:
        out += b"f" + struct.pack("<d", value)
    elif kind is str:
        _encode_bytes(b"s", value.encode("utf-8"), out)
    elif kind is TTFNameBytes:  # bytes whose .ustr is their UTF-8 reading: remade from the bytes
        if TTFNameBytes(bytes(value)).ustr != value.ustr:
            raise ValueError(f"font name {value!r} does not survive being stored")
        _encode_bytes(b"n", bytes(value), out)
    elif kind is bytes:
        _encode_bytes(b"y", value, out)
    elif kind in (list, tuple):
        out += (b"l" if kind is list else b"t") + struct.pack("<I", len(value))
        for item in value:
            _encode(item, out)
    elif kind is dict:
        out += b"d" + struct.pack("<I", len(value))
        for key, item in value.items():
            _encode(key, out)
            _encode(item, out)
    else:
        raise ValueError(f"cannot store a value of type {kind.__name__}: {value!r}")


def _encode_bytes(tag: bytes, data: bytes, out: bytearray) -> None:
    out += tag + struct.pack("<I", len(data)) + data


class _Reader:
    def __init__(self, data: bytes | memoryview, pos: int = 0) -> None:
        self.data = data
        self.pos = pos

    def take(self, size: int) -> bytes:
        end = self.pos + size
        if end > len(self.data):
            raise MetricsUnusable("cut short")
        chunk = bytes(self.data[self.pos : end])
        self.pos = end
        return chunk

    def unpack(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]

    def value(self) -> Any:
        tag = self.take(1)
        if tag == b"N":
            return None
        if tag in (b"T", b"F"):
            return tag == b"T"
        if tag == b"i":
            return self.unpack("<q")
        if tag == b"f":
            return self.unpack("<d")
        if tag in (b"s", b"n", b"y"):
            data = self.take(self.unpack("<I"))
            return (
                data.decode("utf-8") if tag == b"s" else TTFNameBytes(data) if tag == b"n" else data
            )
        if tag in (b"l", b"t"):
            items = [self.value() for _ in range(self.unpack("<I"))]
            return items if tag == b"l" else tuple(items)
        if tag == b"d":
            return {self.value(): self.value() for _ in range(self.unpack("<I"))}
        raise MetricsUnusable(f"unknown value tag {tag!r}")


# --- arrays ----------------------------------------------------------------------------------


def _array(values: Iterable[int]) -> array[int]:
    numbers = list(values)
    if numbers and min(numbers) < 0:
        raise ValueError("the tables hold no negative numbers")
    top = max(numbers, default=0)
    for code in "BHIQ":
        if array(code).itemsize * 8 >= top.bit_length():
            return array(code, numbers)
    raise ValueError(f"{top} is too large to store")


def _column(values: Sequence[object]) -> tuple[list[Any], array[int]]:
    """Values with few distinct members (glyph widths) as the distinct ones and an index each."""
    distinct: dict[object, tuple[int, object]] = {}
    index = []
    for value in values:
        key = _exact(value)
        if key not in distinct:
            distinct[key] = (len(distinct), value)
        index.append(distinct[key][0])
    return [value for _, value in distinct.values()], _array(index)


def _exact(value: object) -> object:
    """A key telling 600 from 600.0 and 0.0 from -0.0 (a PDF writes them differently)."""
    if type(value) is tuple:
        return tuple(_exact(v) for v in value)
    return (type(value), repr(value))


def _numbers(values: Sequence[Any]) -> tuple[array[float], array[int]]:
    """Ints and floats as doubles, and which of them were ints (exactly so up to 2**53)."""
    for v in values:
        if type(v) not in (int, float) or (type(v) is int and abs(v) > 2**53):
            raise ValueError(f"cannot store {v!r} as a number")
    return array("d", values), array("B", (type(v) is int for v in values))


def _numbers_read(values: array[float], ints: array[int]) -> list[float]:
    return [int(v) if is_int else v for v, is_int in zip(values, ints, strict=True)]


def _attributes_extract_info_sets(face: TTFontFace) -> dict[str, Any]:
    """Parse the face's font and return the attributes the parse set or changed."""
    before = dict(face.__dict__)
    face.extractInfo(1)
    return {k: v for k, v in face.__dict__.items() if k not in before or before[k] is not v}


def _fs_type(face: TTFontFace) -> int:
    if "OS/2" not in face.table:
        return 0
    return int(struct.unpack(">H", face.get_table("OS/2")[8:10])[0])


def _table_arrays(parsed: dict[str, Any]) -> dict[str, array[Any]]:
    """The tables extractInfo builds, as arrays in their dicts' and lists' own orders."""
    char_to_glyph: dict[int, int] = parsed.pop("charToGlyph")
    glyph_to_char: dict[int, list[int]] = parsed.pop("glyphToChar")
    char_widths: dict[int, object] = parsed.pop("charWidths")
    hmetrics: list[tuple[object, int]] = parsed.pop("hmetrics")
    glyph_pos: list[int] = parsed.pop("glyphPos")
    scale = parsed.pop("_pdfScale")
    remade = _pdf_scale(parsed["unitsPerEm"])
    for units in (0, 1, 1000, parsed["unitsPerEm"], 65535):
        if type(scale(units)) is not type(remade(units)) or scale(units) != remade(units):
            raise ValueError("reportlab scales glyph units otherwise than this module remakes")
    extra = [(g, c) for g, chars in glyph_to_char.items() for c in chars[1:]]
    widths, width_index = _column(list(char_widths.values()))
    # Stored as the distinct (advance, bearing) pairs: ~1,000 for ~50,000 glyphs.
    metrics, metric_index = _column(hmetrics)
    if any(type(m) is not tuple or len(m) != 2 for m in metrics):
        raise ValueError("reportlab's hmetrics are no longer (advance, bearing) pairs")
    width_values, width_ints = _numbers(widths)
    advances, advance_ints = _numbers([aw for aw, _ in metrics])
    bearings, bearing_ints = _numbers([lsb for _, lsb in metrics])
    return {
        "char_codes": _array(char_to_glyph),
        "char_glyphs": _array(char_to_glyph.values()),
        "glyph_keys": _array(glyph_to_char),
        "glyph_first_chars": _array(chars[0] for chars in glyph_to_char.values()),
        "extra_glyphs": _array(g for g, _ in extra),
        "extra_chars": _array(c for _, c in extra),
        "width_codes": _array(char_widths),
        "width_values": width_values,
        "width_ints": width_ints,
        "width_index": width_index,
        "metric_advances": advances,
        "metric_advance_ints": advance_ints,
        "metric_bearings": bearings,
        "metric_bearing_ints": bearing_ints,
        "metric_index": metric_index,
        "glyph_positions": _array(glyph_pos),
    }


def metrics_of(font: Path, subfont_index: int = 0) -> bytes:
    """The metrics file's content for face `subfont_index` of `font`, parsed by reportlab now."""
    face = _opened_face(font, subfont_index)
    parsed = _attributes_extract_info_sets(face)
    fs_type = _fs_type(face)
    if fs_type == 0x0002 or fs_type & 0x0300 or bytes(face.name).startswith(b"_RL_"):
        # extractInfo's result would then depend on the file's name and reportlab's settings.
        raise ValueError(f"{font.name}: restricts embedding or has no PostScript name")
    arrays = _table_arrays(parsed)  # takes the tables out of `parsed`: the rest are scalars
    data = face._ttf_data
    header = {
        "format": FORMAT,
        "reportlab": reportlab.Version,
        "font_size": len(data),
        "font_sha256": hashlib.sha256(data).digest(),
        "subfont": subfont_index,
        "attributes": parsed,
        "arrays": [(name, a.typecode, a.itemsize, len(a)) for name, a in arrays.items()],
    }
    out = bytearray(MAGIC)
    encoded = bytearray()
    _encode(header, encoded)
    out += struct.pack("<I", len(encoded)) + encoded
    for a in arrays.values():
        if sys.byteorder == "big":  # pragma: no cover - the file is little-endian everywhere
            a = array(a.typecode, a)
            a.byteswap()
        out += a.tobytes()
    return bytes(out + hashlib.sha256(out).digest())


# --- reading -----------------------------------------------------------------------------


def _pdf_scale(units_per_em: int) -> Callable[[float], float]:
    """The glyph-units-to-thousandths function extractInfo makes (same arithmetic, same floats)."""
    if units_per_em == 1000:
        return lambda x: x
    thousand_mult = 1000 / units_per_em
    return lambda x: x * thousand_mult


def _read_header(content: bytes) -> tuple[dict[str, Any], int]:
    if len(content) < len(MAGIC) + 4 + _DIGEST or not content.startswith(MAGIC):
        raise MetricsUnusable("not a metrics file")
    body = memoryview(content)[:-_DIGEST]
    if hashlib.sha256(body).digest() != content[-_DIGEST:]:
        raise MetricsUnusable("damaged")
    reader = _Reader(body, len(MAGIC))
    size = reader.unpack("<I")
    header_end = reader.pos + size
    header = reader.value()
    if reader.pos != header_end:
        raise MetricsUnusable("its header is not as long as it says")
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise MetricsUnusable("another format")
    if header["reportlab"] != reportlab.Version:
        raise MetricsUnusable("parsed by another reportlab")
    return header, header_end


def _arrays(header: dict[str, Any], content: bytes, start: int) -> dict[str, array[Any]]:
    arrays = {}
    pos = start
    for name, typecode, itemsize, count in header["arrays"]:
        a = array(typecode)
        if a.itemsize != itemsize:
            raise MetricsUnusable("another platform's integer sizes")
        end = pos + itemsize * count
        a.frombytes(content[pos:end])
        if sys.byteorder == "big":  # pragma: no cover
            a.byteswap()
        arrays[name] = a
        pos = end
    if pos != len(content) - _DIGEST:
        raise MetricsUnusable("its arrays do not fill it")
    return arrays


def _face_attributes(header: dict[str, Any], arrays: dict[str, array[Any]]) -> dict[str, Any]:
    """What extractInfo would set, rebuilt from the stored columns in the same orders."""
    column = arrays.__getitem__
    glyph_to_char = dict(
        zip(column("glyph_keys"), [[c] for c in column("glyph_first_chars")], strict=True)
    )
    for glyph, char in zip(column("extra_glyphs"), column("extra_chars"), strict=True):
        glyph_to_char[glyph].append(char)
    widths = _numbers_read(column("width_values"), column("width_ints"))
    metrics = list(
        zip(
            _numbers_read(column("metric_advances"), column("metric_advance_ints")),
            _numbers_read(column("metric_bearings"), column("metric_bearing_ints")),
            strict=True,
        )
    )
    return {
        **header["attributes"],
        "charToGlyph": dict(zip(column("char_codes"), column("char_glyphs"), strict=True)),
        "glyphToChar": glyph_to_char,
        "charWidths": dict(
            zip(column("width_codes"), map(widths.__getitem__, column("width_index")), strict=True)
        ),
        "hmetrics": list(map(metrics.__getitem__, column("metric_index"))),
        "glyphPos": column("glyph_positions").tolist(),
        "_pdfScale": _pdf_scale(header["attributes"]["unitsPerEm"]),
    }


def _opened_face(font: Path, subfont_index: int) -> TTFontFace:
    """A face as TTFontFace.__init__ leaves it just before it parses (extractInfo)."""
    face = TTFontFace.__new__(TTFontFace)
    pdfmetrics.TypeFace.__init__(face, None)
    TTFontParser.__init__(face, str(font), validate=0, subfontIndex=subfont_index)
    return face


def _stored_attributes(
    header: dict[str, Any], content: bytes, header_end: int, face: TTFontFace, subfont_index: int
) -> dict[str, Any]:
    data = face._ttf_data
    if (
        header["subfont"] != subfont_index
        or header["font_size"] != len(data)
        or header["font_sha256"] != hashlib.sha256(data).digest()
    ):
        raise MetricsUnusable("describes another font")
    return _face_attributes(header, _arrays(header, content, header_end))


def bundled_ttfont(name: str, font: Path, metrics: Path, subfont_index: int = 0) -> TTFont:
    """`TTFont(name, font, subfontIndex=subfont_index)`, its face filled from `metrics` when
    that describes this very font as the running reportlab parses it, else parsed as usual."""
    try:
        content = metrics.read_bytes()
        header, header_end = _read_header(content)
    except (MetricsUnusable, *_UNREADABLE):  # missing, damaged, or another reportlab's
        return TTFont(name, str(font), subfontIndex=subfont_index)
    face = _opened_face(font, subfont_index)
    try:
        attributes = _stored_attributes(header, content, header_end, face, subfont_index)
    except (MetricsUnusable, *_UNREADABLE):
        face.extractInfo(1)
    else:
        face.__dict__.update(attributes)
    # The steps of TTFont.__init__ (this reportlab's, as the version check above ensures).
    ttf = TTFont.__new__(TTFont)
    ttf.fontName = name
    ttf.face = face
    ttf.encoding = TTEncoding()
    ttf.state = WeakKeyDictionary()
    ttf._asciiReadable = rl_config.ttfAsciiReadable
    ttf.shapable = not any(fnmatch(name, glob) for glob in ttfonts.unShapedFontGlob)
    return ttf
