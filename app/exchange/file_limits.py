"""Checks made on a spreadsheet file before it is read: what kind it is and whether it is
within the limits a roster or a sign-in sheet can need.

The reader (python-calamine) builds a dense grid from the highest row and column it meets,
so one cell written as XFD1048576 in a 2 KB file asks for billions of cells, and a zip bomb
inflates to gigabytes; once memory runs out the process dies with no message. So the file is
measured here first, cheaply and in bounded memory: its size and type, every archive member's
real uncompressed size and ratio, and the extent of the cells it fills. A file that fails gets
one SpreadsheetError naming why; nothing has been parsed or allocated for it.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from html import unescape
from pathlib import Path

MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 256  # a roster has a few dozen; Excel 97-2003 stops at 256
MAX_CELLS = 4_000_000  # rows x columns of the grid the reader allocates (~130 MB)
MAX_CELL_CHARS = 32_767  # what Excel itself allows in a cell
MAX_MEMBERS = 2_000
MAX_MEMBER_BYTES = 200 * 1024 * 1024  # one part of an .xlsx/.ods, uncompressed
MAX_TOTAL_BYTES = 300 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for parts bigger than RATIO_FLOOR
RATIO_FLOOR = 4 * 1024 * 1024
_CHUNK = 1 << 20

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")


class SpreadsheetError(ValueError):
    """The file cannot be read as a table; `code` says why (UI and CLI turn it into words)."""

    def __init__(self, code: str, detail: str = "", row: int | None = None) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        # not_found, not_a_file, too_big, password, damaged, not_a_spreadsheet, empty,
        # too_many_rows, too_many_columns, too_many_cells, cell_too_long, no_header
        self.code = code
        self.detail = detail
        self.row = row  # the row concerned, as the spreadsheet program numbers it


class Kind(StrEnum):
    OOXML = "ooxml"  # .xlsx .xlsm
    ODS = "ods"
    BIFF = "biff"  # .xls and WPS .et (Excel 97-2003)
    TEXT = "text"  # .csv .txt


@dataclass(frozen=True)
class Examined:
    kind: Kind
    # Cells (row, column, both 1-based) of the first worksheet that hold a formula: the
    # reader sees only the value last computed (none when a program wrote the formula).
    formulas: Mapping[tuple[int, int], str] = field(default_factory=dict)


@dataclass(frozen=True)
class Extent:
    rows: int  # the highest row with a value (1-based)
    columns: int


def check_extent(extent: Extent) -> None:
    if extent.rows > MAX_ROWS:
        raise SpreadsheetError("too_many_rows", str(extent.rows))
    if extent.columns > MAX_COLUMNS:
        raise SpreadsheetError("too_many_columns", str(extent.columns))
    if extent.rows * extent.columns > MAX_CELLS:
        raise SpreadsheetError("too_many_cells", str(extent.rows * extent.columns))


def examine(path: Path) -> Examined:
    """The kind of the file, after checking it is within the limits; SpreadsheetError if not."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SpreadsheetError("not_found", str(path)) from None
    except OSError as error:
        raise SpreadsheetError("not_a_file", error.strerror or str(path)) from None
    if not stat.S_ISREG(info.st_mode):
        # A folder, a named pipe (reading it would wait forever) or a device.
        raise SpreadsheetError("not_a_file", str(path))
    if info.st_size > MAX_FILE_BYTES:
        raise SpreadsheetError("too_big", str(info.st_size))
    if info.st_size == 0:
        raise SpreadsheetError("empty")
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as error:
        raise SpreadsheetError("not_a_file", error.strerror or str(path)) from None
    if magic.startswith(_ZIP_MAGIC):
        return _examine_zip(path, path.suffix or path.name)
    if magic == _OLE_MAGIC:
        _examine_ole(path)
        return Examined(Kind.BIFF)
    if path.suffix.lower() in TEXT_SUFFIXES:
        return Examined(Kind.TEXT)
    raise SpreadsheetError("not_a_spreadsheet", path.suffix or path.name)


# --- .xlsx and .ods: zip archives of XML ------------------------------------------------

# <row r="12" ...> and <c r="AB12" ...>; a self-closing <c r="AB12" s="3"/> holds only a style.
_OOXML_TOKEN = re.compile(rb"<(?:\w+:)?(row|c|f)\b([^>]*?)(/?)>([^<]{0,200})")
MAX_FORMULAS_NOTED = 10_000
_PLAIN_ROWS = re.compile(rb'<c r="[A-Z]{1,3}([1-9][0-9]{0,6})"')
_PLAIN_COLUMNS = re.compile(rb'<c r="([A-Z]{1,3})[1-9]')
_PLAIN_ROW_TAG = re.compile(rb'<row r="([1-9][0-9]{0,6})"')
_PREFIXED = re.compile(rb"<\w+:(?:c|row|f)\b")
_STYLE_ONLY = re.compile(rb"<c\b[^>]*/>")
_STYLED_CELLS = re.compile(rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"[^>]*/>')
_PLAIN_CELL = re.compile(rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"')
_BAD_ROW = re.compile(rb'<row\b[^>]*?\sr="(?![1-9][0-9]{0,6}")')
_OOXML_REF = re.compile(rb'(?:^|\s)r="([^"]*)"')
_VALID_CELL = re.compile(rb"([A-Z]{1,3})([1-9][0-9]{0,6})")
_VALID_ROW = re.compile(rb"[1-9][0-9]{0,6}")
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384


def _column_number(letters: bytes) -> int:
    number = 0
    for byte in letters:
        number = number * 26 + byte - 64
    return number


class _ExtentScan:
    """Reads a part chunk by chunk (bounded), keeping only what the extent needs."""

    def __init__(self) -> None:
        self.rows = 0
        self.columns = 0
        self.tail = b""

    def feed(self, data: bytes, final: bool = False) -> None:
        text = self.tail + data
        cut = len(text) if final else max(text.rfind(b"<"), 0)
        self.tail = text[cut:]
        if len(self.tail) > _CHUNK:  # no tag is that long
            raise SpreadsheetError("damaged", "tag")
        self.scan(text[:cut])

    def scan(self, text: bytes) -> None:
        raise NotImplementedError


class _SheetScan(_ExtentScan):
    """The highest row and column of an OOXML worksheet's filled cells; a reference outside
    the sheet (row 0, column beyond XFD) means a damaged file, as Excel itself says."""

    def __init__(self) -> None:
        super().__init__()
        self.row = 0
        self.column = 0
        self.formulas: dict[tuple[int, int], str] = {}

    def scan(self, text: bytes) -> None:
        if not self._scan_plain(text):
            self._scan_tokens(text)

    def _scan_plain(self, text: bytes) -> bool:
        """The common case in C-speed searches: every cell written <c r="B12" ...>, with a
        value or only a style, no formula, no namespace prefix, every row number valid. False:
        not that case."""
        if b"<f" in text or _PREFIXED.search(text) or _BAD_ROW.search(text):
            return False
        styled = _STYLED_CELLS.findall(text)
        if len(styled) != len(_STYLE_ONLY.findall(text)):
            return False  # a style-only cell without a plain reference
        # The cells that hold a value set the extent; a styled one only where the next is.
        valued = _STYLE_ONLY.sub(b"", text) if styled else text
        rows = _PLAIN_ROWS.findall(valued)
        if len(rows) != valued.count(b"<c ") + valued.count(b"<c>"):
            return False
        last = max(text.rfind(b"<c "), text.rfind(b"<c>"))
        # Rows opened after the last cell set where a cell in the next chunk lands.
        after = text[max(last, 0) :]
        opened = _PLAIN_ROW_TAG.findall(after)
        if len(opened) != after.count(b"<row"):
            return False
        for letters, digits in styled:  # outside the sheet: damaged, as for any cell
            self._within_sheet(letters, int(digits))
        if rows:
            columns = _PLAIN_COLUMNS.findall(valued)
            widest = max(set(columns), key=lambda c: (len(c), c))
            self._within_sheet(widest, max(map(int, rows)))
            self.rows = max(self.rows, max(map(int, rows)))
            self.columns = max(self.columns, _column_number(widest))
        if last >= 0:
            cell = _PLAIN_CELL.match(text, last)
            if cell is None:
                return False
            self.row, self.column = int(cell.group(2)), _column_number(cell.group(1))
        if opened:
            self.row, self.column = int(opened[-1]), 0
        return True

    @staticmethod
    def _within_sheet(letters: bytes, row: int) -> None:
        if _column_number(letters) > EXCEL_COLUMNS:
            raise SpreadsheetError("damaged", letters.decode("latin-1"))
        if row > EXCEL_ROWS:
            raise SpreadsheetError("damaged", f"row {row}")

    def _scan_tokens(self, text: bytes) -> None:
        for name, attributes, closed, content in _OOXML_TOKEN.findall(text):
            if name == b"f":
                if len(self.formulas) < MAX_FORMULAS_NOTED:
                    formula = "" if closed else content.decode("utf-8", "replace")
                    self.formulas[(self.row, self.column)] = unescape(formula)
                continue
            ref = _OOXML_REF.search(attributes)
            if name == b"row":
                if ref is None:
                    self.row += 1
                elif _VALID_ROW.fullmatch(ref.group(1)):
                    self.row = int(ref.group(1))
                else:
                    raise SpreadsheetError("damaged", ref.group(1).decode("latin-1")[:20])
                self.column = 0
                continue
            if ref is None:
                self.column += 1
            else:
                valid = _VALID_CELL.fullmatch(ref.group(1))
                if valid is None:
                    raise SpreadsheetError("damaged", ref.group(1).decode("latin-1")[:20])
                self.column = _column_number(valid.group(1))
                self.row = int(valid.group(2))
            if self.row > EXCEL_ROWS or self.column > EXCEL_COLUMNS:
                raise SpreadsheetError("damaged", f"R{self.row}C{self.column}")
            if not closed:
                self.rows = max(self.rows, self.row)
                self.columns = max(self.columns, self.column)


_ODS_TOKEN = re.compile(
    rb"<table:(table-row|table-cell|covered-table-cell)\b([^>]*?)(/?)>|</table:(table-row|table)>"
)
_ODS_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated="(\d{1,9})"')
_ODS_COLUMNS_REPEATED = re.compile(rb'table:number-columns-repeated="(\d{1,9})"')
_ODS_VALUE = re.compile(rb"office:value-type=")


class _ContentScan(_ExtentScan):
    """The highest filled row and column of the tables in an .ods content.xml, counting the
    rows and cells that "repeated" attributes stand for (LibreOffice writes a million empty
    repeated rows at the end of every sheet; a hostile file repeats a filled one)."""

    def __init__(self) -> None:
        super().__init__()
        self.row = 0
        self.row_repeat = 1
        self.column = 0
        self.row_width = 0

    def scan(self, text: bytes) -> None:
        for match in _ODS_TOKEN.finditer(text):
            name, attributes, closed, end = match.groups()
            if end == b"table":
                self.row = 0
            elif end == b"table-row" or (name == b"table-row" and closed):
                self._end_row()
            elif name == b"table-row":
                found = _ODS_ROWS_REPEATED.search(attributes)
                self.row_repeat = int(found.group(1)) if found else 1
                self.column = self.row_width = 0
            else:
                found = _ODS_COLUMNS_REPEATED.search(attributes)
                repeat = int(found.group(1)) if found else 1
                self.column += repeat
                if not closed or _ODS_VALUE.search(attributes):
                    self.row_width = self.column

    def _end_row(self) -> None:
        if self.row_width:
            self.rows = max(self.rows, self.row + self.row_repeat)
            self.columns = max(self.columns, self.row_width)
            if self.rows > MAX_ROWS or self.columns > MAX_COLUMNS:
                check_extent(Extent(self.rows, self.columns))
        self.row += self.row_repeat
        self.row_repeat, self.row_width = 1, 0


def examine_ooxml(data: bytes, name: str) -> Examined:
    """`examine` for an .xlsx held in memory (the workbook inside a county package)."""
    if len(data) > MAX_FILE_BYTES:
        raise SpreadsheetError("too_big", str(len(data)))
    if not data.startswith(_ZIP_MAGIC):
        raise SpreadsheetError("not_a_spreadsheet", name)
    examined = _examine_zip(io.BytesIO(data), name)
    if examined.kind is not Kind.OOXML:
        raise SpreadsheetError("not_a_spreadsheet", name)
    return examined


def _examine_zip(source: Path | io.BytesIO, name: str) -> Examined:
    try:
        with zipfile.ZipFile(source) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise SpreadsheetError("damaged", f"{len(members)} parts")
            names = {m.filename for m in members}
            if "xl/workbook.xml" in names:
                kind = Kind.OOXML
            elif "content.xml" in names and b"spreadsheet" in _small(archive, "mimetype"):
                kind = Kind.ODS
            else:
                raise SpreadsheetError("not_a_spreadsheet", name)
            first_sheet = _first_sheet_part(archive) if kind is Kind.OOXML else ""
            formulas: Mapping[tuple[int, int], str] = {}
            total = 0
            for member in members:
                if member.flag_bits & 0x1:
                    raise SpreadsheetError("password")
                scan: _ExtentScan | None = None
                if kind is Kind.OOXML and member.filename.startswith("xl/worksheets/sheet"):
                    scan = _SheetScan()
                elif kind is Kind.ODS and member.filename == "content.xml":
                    scan = _ContentScan()
                total += _read_member(archive, member, scan)
                if total > MAX_TOTAL_BYTES:
                    raise SpreadsheetError("too_big", str(total))
                if scan is not None:
                    check_extent(Extent(scan.rows, scan.columns))
                if isinstance(scan, _SheetScan) and member.filename == first_sheet:
                    formulas = scan.formulas
            return Examined(kind, formulas)
    except SpreadsheetError:
        raise
    except NotImplementedError as error:  # Deflate64, Implode, ...: compression Excel never uses
        raise SpreadsheetError("damaged", str(error)) from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError) as error:
        raise SpreadsheetError("damaged", str(error)[:120]) from None


def _first_sheet_part(archive: zipfile.ZipFile) -> str:
    """The part of the workbook's first sheet (the one the reader opens)."""
    workbook = _small(archive, "xl/workbook.xml", 4 * 1024 * 1024)
    sheet = re.search(rb"<(?:\w+:)?sheet\b[^>]*?\b(?:\w+:)?id=\"([^\"]+)\"", workbook)
    if sheet is None:
        return ""
    rels = _small(archive, "xl/_rels/workbook.xml.rels", 4 * 1024 * 1024)
    for relation in re.finditer(rb"<(?:\w+:)?Relationship\b[^>]*>", rels):
        tag = relation.group(0)
        if re.search(rb'\bId="' + re.escape(sheet.group(1)) + rb'"', tag):
            target = re.search(rb'\bTarget="([^"]+)"', tag)
            if target is None:
                return ""
            name = target.group(1).decode("utf-8", "replace")
            return name.lstrip("/") if name.startswith("/") else f"xl/{name}"
    return ""


def _small(archive: zipfile.ZipFile, name: str, limit: int = 4096) -> bytes:
    """A small member's bytes; b"" when it is missing or not small."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return b""
    if info.file_size > limit:
        return b""
    with archive.open(info) as stream:
        return stream.read(limit + 1)[:limit]


def _read_member(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, scan: _ExtentScan | None
) -> int:
    """Inflate one member in chunks, counting what really comes out (a header may lie)."""
    if member.file_size > MAX_MEMBER_BYTES:
        raise SpreadsheetError("too_big", f"{member.filename}: {member.file_size}")
    if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(
        member.compress_size, 1
    ):
        raise SpreadsheetError("too_big", f"{member.filename}: ratio")
    size = 0
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > MAX_MEMBER_BYTES:
                raise SpreadsheetError("too_big", member.filename)
            if scan is not None:
                scan.feed(chunk)
                if scan.rows > MAX_ROWS or scan.columns > MAX_COLUMNS:
                    check_extent(Extent(scan.rows, scan.columns))
    if scan is not None:
        scan.feed(b"", final=True)
    return size


# --- .xls and .et: an OLE compound file holding a BIFF8 workbook --------------------------

# BIFF8 records that put a value in a cell, each starting with its row and column (u16, u16).
_CELL_RECORDS = frozenset(
    {0x0006, 0x00BD, 0x00D6, 0x00FD, 0x0203, 0x0204, 0x0205, 0x027E, 0x0406, 0x0806}
)
_MULRK = 0x00BD
_FILEPASS = 0x002F


def _examine_ole(path: Path) -> None:
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            if ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"):
                raise SpreadsheetError("password")  # an .xlsx saved with a password
            stream_name = next(
                (n for n in ("Workbook", "Book", "WORKBOOK", "BOOK") if ole.exists(n)), None
            )
            if stream_name is None:
                raise SpreadsheetError("not_a_spreadsheet", "ole")
            if ole.get_size(stream_name) > MAX_FILE_BYTES * 2:
                raise SpreadsheetError("damaged", "stream size")
            data = ole.openstream(stream_name).read()
    except SpreadsheetError:
        raise
    except Exception as error:  # olefile raises plain Exceptions and OSError on damage
        raise SpreadsheetError("damaged", str(error)[:120]) from None
    check_extent(_biff_extent(data))


def _biff_extent(data: bytes) -> Extent:
    rows = columns = 0
    position, end = 0, len(data)
    while position + 4 <= end:
        kind = int.from_bytes(data[position : position + 2], "little")
        length = int.from_bytes(data[position + 2 : position + 4], "little")
        body = data[position + 4 : position + 4 + length]
        position += 4 + length
        if kind == _FILEPASS:
            raise SpreadsheetError("password")
        if kind in _CELL_RECORDS and len(body) >= 4:
            row = int.from_bytes(body[0:2], "little") + 1
            column = int.from_bytes(body[2:4], "little") + 1
            if kind == _MULRK and len(body) >= 6:
                column = int.from_bytes(body[-2:], "little") + 1
            rows, columns = max(rows, row), max(columns, column)
    return Extent(rows, columns)
