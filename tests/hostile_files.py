"""A generator of hostile and odd roster files: what an adversarial review, a careless export
or a damaged USB stick hands the import. Each case builds its file in a folder and says what
the import must answer: one file-level problem, one problem at a cell (as the spreadsheet
program numbers it), or a clean import whose stored values are checked. Cases marked `heavy`
would cost gigabytes if a limit were missing; the tests run them in a child process under a
memory limit. Cases marked `office` need LibreOffice to write a real .xls/.ods file."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from app.catalogue.codes import Sex
from app.domain.id_number import make_id_number
from tests.roster_files import HEADER, people, write_xlsx

GOOD = people(3, seed=5)  # on the roster before each case; rows 3-5 under a title row
NEW_ID = make_id_number("130902", dt.date(1990, 5, 1), 7, Sex.MALE)
SHEET = "xl/worksheets/sheet1.xml"


def person(**changes: Any) -> list[Any]:
    """A valid new person (values in HEADER order) with some cells changed."""
    row = dict(
        zip(
            HEADER,
            [
                *("ZX001", "测试人", "男", dt.date(1990, 5, 1), NEW_ID, "一车间"),
                *("13912345678", dt.date(2015, 3, 1), "车工"),
            ],
            strict=True,
        )
    )
    row.update(changes)
    return list(row.values())


@dataclass(frozen=True)
class FileProblem:
    code: str


@dataclass(frozen=True)
class CellProblem:
    row: int
    column: str
    code: str


@dataclass(frozen=True)
class Imports:
    """The file imports; `stored` maps an employee no. to fields the roster must then hold."""

    stored: dict[str, dict[str, object]]


Expectation = FileProblem | CellProblem | Imports
Build = Callable[[Path], Path]


@dataclass(frozen=True)
class Hostile:
    name: str
    build: Build
    expect: Expectation
    heavy: bool = False
    office: bool = False


# --- builders -------------------------------------------------------------------------------


def xlsx(rows: list[list[Any]], header: list[str] = HEADER, name: str = "roster.xlsx") -> Build:
    return lambda folder: write_xlsx(folder / name, rows, header)


def text_file(
    rows: list[list[Any]],
    encoding: str = "utf-8-sig",
    name: str = "roster.csv",
    delimiter: str = ",",
) -> Build:
    def build(folder: Path) -> Path:
        lines = [HEADER, *[["" if v is None else str(v) for v in row] for row in rows]]
        text = "\r\n".join(delimiter.join(_quoted(c, delimiter) for c in line) for line in lines)
        path = folder / name
        path.write_bytes(text.encode(encoding))
        return path

    return build


def _quoted(cell: str, delimiter: str) -> str:
    if any(ch in cell for ch in (delimiter, '"', "\n", "\r")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def raw(name: str, content: bytes) -> Build:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content)
        return path

    return build


def patched(edit: Callable[[bytes], bytes], rows: list[list[Any]] | None = None) -> Build:
    """A roster .xlsx written by openpyxl whose first worksheet's XML is then edited."""

    def build(folder: Path) -> Path:
        source = write_xlsx(folder / "source.xlsx", rows if rows is not None else GOOD[:1])
        return _rewrite(source, folder / "roster.xlsx", {SHEET: edit})

    return build


def _rewrite(
    source: Path, target: Path, edits: dict[str, Callable[[bytes], bytes]], **extra: bytes
) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename in edits:
                data = edits[info.filename](data)
            new.writestr(info.filename, data)
        for name, data in extra.items():
            new.writestr(name, data)
    source.unlink()
    return target


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
)
OUTSIDE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'


def with_entities(declaration: str, entity: str) -> Callable[[bytes], bytes]:
    """A worksheet that declares entities and uses one in its first text cell."""

    def edit(data: bytes) -> bytes:
        body = data[data.index(b"<worksheet") :]
        return declaration.encode() + body.replace(
            b"<t>ZG20001</t>", f"<t>&{entity};</t>".encode(), 1
        )

    return edit


def add_cells(xml: str) -> Callable[[bytes], bytes]:
    """Append rows (raw <row> XML) at the end of the sheet data."""
    return lambda data: data.replace(b"</sheetData>", xml.encode() + b"</sheetData>")


def inline(ref: str, text: str = "x") -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def replace(old: str, new: str) -> Callable[[bytes], bytes]:
    def edit(data: bytes) -> bytes:
        assert old.encode() in data, old
        return data.replace(old.encode(), new.encode(), 1)

    return edit


def zip_bytes_patch(patch: Callable[[bytearray, zipfile.ZipInfo], None]) -> Build:
    """A valid roster .xlsx whose bytes are changed for its worksheet member."""

    def build(folder: Path) -> Path:
        path = write_xlsx(folder / "roster.xlsx", GOOD[:1])
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(SHEET)
        data = bytearray(path.read_bytes())
        patch(data, info)
        path.write_bytes(bytes(data))
        return path

    return build


def _central_offset(data: bytearray, info: zipfile.ZipInfo) -> int:
    name = info.filename.encode()
    offset = data.find(b"PK\x01\x02" + bytes(0), 0)
    while offset != -1:
        name_length = int.from_bytes(data[offset + 28 : offset + 30], "little")
        if data[offset + 46 : offset + 46 + name_length] == name:
            return offset
        offset = data.find(b"PK\x01\x02", offset + 4)
    raise AssertionError("no central directory entry")


def _set_flag(bit: int) -> Callable[[bytearray, zipfile.ZipInfo], None]:
    def patch(data: bytearray, info: zipfile.ZipInfo) -> None:
        for at in (info.header_offset + 6, _central_offset(data, info) + 8):
            data[at] |= bit

    return patch


def _set_method(method: int) -> Callable[[bytearray, zipfile.ZipInfo], None]:
    def patch(data: bytearray, info: zipfile.ZipInfo) -> None:
        for at in (info.header_offset + 8, _central_offset(data, info) + 10):
            data[at : at + 2] = method.to_bytes(2, "little")

    return patch


def _corrupt_deflate(data: bytearray, info: zipfile.ZipInfo) -> None:
    name_length = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_length + extra
    for at in range(start + 20, start + min(info.compress_size, 200), 7):
        data[at] ^= 0x5A


def _lying_size(data: bytearray, info: zipfile.ZipInfo) -> None:
    """The archive claims the worksheet inflates to 100 bytes."""
    for at in (info.header_offset + 22, _central_offset(data, info) + 24):
        data[at : at + 4] = (100).to_bytes(4, "little")


def bomb(name: str, size: int, compress: bool = True) -> Build:
    """An .xlsx whose `name` part inflates to `size` bytes of spaces (written in chunks)."""

    def build(folder: Path) -> Path:
        source = write_xlsx(folder / "source.xlsx", GOOD[:1])
        target = folder / "bomb.xlsx"
        method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", method) as new:
            for info in old.infolist():
                if info.filename == name:
                    continue
                new.writestr(info.filename, old.read(info))
            chunk = b" " * (1 << 20)
            with new.open(name, "w", force_zip64=True) as stream:
                head = old.read(name) if name in old.namelist() else b""
                stream.write(head.replace(b"</sheetData>", b""))
                for _ in range(size // len(chunk)):
                    stream.write(chunk)
                stream.write(b"</sheetData></worksheet>" if name == SHEET else b"")
        source.unlink()
        return target

    return build


def many_members(count: int) -> Build:
    def build(folder: Path) -> Path:
        source = write_xlsx(folder / "source.xlsx", GOOD[:1])
        extra = {f"xl/media/pad{i}.bin": b"" for i in range(count)}
        return _rewrite(source, folder / "roster.xlsx", {}, **extra)

    return build


def ods(content: str) -> Build:
    """A minimal OpenDocument spreadsheet with the given table XML."""

    def build(folder: Path) -> Path:
        path = folder / "roster.ods"
        body = (
            '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
            "<office:body><office:spreadsheet>"
            f'<table:table table:name="名册">{content}</table:table>'
            "</office:spreadsheet></office:body></office:document-content>"
        )
        manifest = (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>"
        )
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(
                zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
            )
            archive.writestr("META-INF/manifest.xml", manifest)
            archive.writestr("content.xml", body)
        return path

    return build


def ods_cell(text: str, repeat: int = 1) -> str:
    attribute = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (
        f'<table:table-cell office:value-type="string"{attribute}><text:p>{text}</text:p>'
        "</table:table-cell>"
    )


def ods_row(*cells: str, repeat: int = 1) -> str:
    attribute = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{attribute}>{''.join(cells)}</table:table-row>"


ODS_HEADER = ods_row(*(ods_cell(h) for h in HEADER[:6]))


def encrypted_package(folder: Path) -> Path:
    """What Excel and WPS write for an .xlsx with an open password: not a zip but an OLE
    compound file holding EncryptionInfo and EncryptedPackage streams (built here by hand:
    header, one FAT sector, one directory sector, two 4 KiB streams)."""
    free, end, fat_mark, none = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    header[24:34] = (
        (0x3E).to_bytes(2, "little")
        + (3).to_bytes(2, "little")
        + b"\xfe\xff"
        + (9).to_bytes(2, "little")
        + (6).to_bytes(2, "little")
    )
    fields = {44: 1, 48: 1, 56: 4096, 60: end, 64: 0, 68: end, 72: 0, 76: 0}
    for at, value in fields.items():
        header[at : at + 4] = value.to_bytes(4, "little")
    for at in range(80, 512, 4):
        header[at : at + 4] = free.to_bytes(4, "little")
    fat = [fat_mark, end, *range(3, 10), end, *range(11, 18), end]
    fat_sector = b"".join(v.to_bytes(4, "little") for v in fat).ljust(512, b"\xff")

    def entry(name: str, kind: int, right: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0" if name else b""
        data = bytearray(128)
        data[0 : len(raw)] = raw
        data[64:66] = len(raw).to_bytes(2, "little")
        data[66], data[67] = kind, 1
        data[68:80] = b"".join(v.to_bytes(4, "little") for v in (none, right, child))
        data[116:120] = start.to_bytes(4, "little")
        data[120:124] = size.to_bytes(4, "little")
        return bytes(data)

    directory = b"".join(
        [
            entry("Root Entry", 5, none, 1, end, 0),
            entry("EncryptionInfo", 2, 2, none, 2, 4096),
            entry("EncryptedPackage", 2, none, none, 10, 4096),
            entry("", 0, none, none, 0, 0),
        ]
    )
    path = folder / "protected.xlsx"
    path.write_bytes(bytes(header) + fat_sector + directory + bytes(range(256)) * 32)
    return path


def folder_path(folder: Path) -> Path:
    path = folder / "a folder.xlsx"
    path.mkdir()
    return path


def named_pipe(folder: Path) -> Path:
    path = folder / "pipe.csv"
    os.mkfifo(path)
    return path


def sparse(size: int, name: str) -> Build:
    def build(folder: Path) -> Path:
        path = folder / name
        with path.open("wb") as handle:
            handle.write(",".join(HEADER).encode() + b"\n")
            handle.truncate(size)
        return path

    return build


def long_rows(count: int) -> Build:
    def build(folder: Path) -> Path:
        path = folder / "long.csv"
        with path.open("w", encoding="utf-8") as handle:
            handle.write(",".join(HEADER) + "\n")
            handle.writelines(f"Z{i},人{i},,,,一车间\n" for i in range(count))
        return path

    return build


def formula_cell(column: int, formula: str = "=A3") -> Build:
    def build(folder: Path) -> Path:
        from openpyxl import load_workbook

        path = write_xlsx(folder / "roster.xlsx", [*GOOD[:1], person()])
        book = load_workbook(path)
        book.active.cell(4, column).value = formula
        book.save(path)
        return path

    return build


def empty_workbook(folder: Path) -> Path:
    path = folder / "empty.xlsx"
    Workbook().save(path)
    return path


def truncated(fraction: float) -> Build:
    def build(folder: Path) -> Path:
        path = write_xlsx(folder / "roster.xlsx", people(50, seed=9))
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * fraction)])
        return path

    return build


def renamed(build: Build, name: str) -> Build:
    def rename(folder: Path) -> Path:
        path = build(folder)
        return path.rename(path.with_name(name))

    return rename


# --- files written by LibreOffice ------------------------------------------------------------


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def office_copy(build: Build, target: str, name: str) -> Build:
    """The file `build` writes, opened and saved again by LibreOffice as `target`
    (a filter such as "xls", "ods", "xlsx" or "csv:Text - txt - csv (StarCalc):44,34,76")."""

    def convert(folder: Path) -> Path:
        program = soffice()
        assert program is not None
        source = build(folder)
        out = folder / "office"
        out.mkdir(exist_ok=True)
        profile = (folder / "lo-profile").as_uri()
        subprocess.run(
            [
                program,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        made = out / (source.stem + "." + target.split(":")[0])
        assert made.exists(), list(out.iterdir())
        return made.rename(folder / name)

    return convert


def biff_cell_at(row: int, column: int) -> Callable[[Path], Path]:
    """A LibreOffice .xls whose first text cell record is moved to (row, column), 0-based."""

    def build(folder: Path) -> Path:
        path = office_copy(xlsx(GOOD[:1]), "xls", "roster.xls")(folder)
        data = bytearray(path.read_bytes())
        at = data.find(b"\xfd\x00\x0a\x00")  # LABELSST: row, column, style, string index
        assert at != -1
        data[at + 4 : at + 8] = row.to_bytes(2, "little") + column.to_bytes(2, "little")
        path.write_bytes(bytes(data))
        return path

    return build


# --- the corpus ---------------------------------------------------------------------------------

BAD_DATE = person(入职日期=20230230)
NEW_PERSON = {"ZX001": {"name": "测试人", "phone": "13912345678"}}

HOSTILE: list[Hostile] = [
    # not a file at all
    Hostile("a folder", folder_path, FileProblem("not_a_file")),
    Hostile("a named pipe", named_pipe, FileProblem("not_a_file")),
    Hostile("a device", lambda folder: Path(os.devnull), FileProblem("not_a_file")),
    Hostile("a file that is not there", lambda f: f / "gone.xlsx", FileProblem("not_found")),
    Hostile("an empty .xlsx of 0 bytes", raw("zero.xlsx", b""), FileProblem("empty")),
    Hostile("an empty .csv", raw("empty.csv", b""), FileProblem("empty")),
    Hostile("a workbook with no cells", empty_workbook, FileProblem("empty")),
    # not a spreadsheet
    Hostile(
        "a PNG named .xlsx",
        raw("photo.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        FileProblem("not_a_spreadsheet"),
    ),
    Hostile(
        "a PDF named .xls", raw("report.xls", b"%PDF-1.4\n%..."), FileProblem("not_a_spreadsheet")
    ),
    Hostile("a Word document", lambda f: _docx(f), FileProblem("not_a_spreadsheet")),
    Hostile(
        "binary bytes named .csv",
        raw("x.csv", b"\x00\x01\x02\x03binary" * 10),
        FileProblem("not_a_spreadsheet"),
    ),
    # damaged
    Hostile(
        "a zip header and nothing else",
        raw("broken.xlsx", b"PK\x03\x04 not a zip"),
        FileProblem("damaged"),
    ),
    Hostile(
        "an OLE header and nothing else",
        raw("old.xls", bytes.fromhex("D0CF11E0A1B11AE1") + bytes(512)),
        FileProblem("damaged"),
    ),
    Hostile("the first half of an .xlsx", truncated(0.5), FileProblem("damaged")),
    Hostile("an .xlsx cut just before its end", truncated(0.97), FileProblem("damaged")),
    Hostile("corrupt deflate data", zip_bytes_patch(_corrupt_deflate), FileProblem("damaged")),
    Hostile("Deflate64 compression", zip_bytes_patch(_set_method(9)), FileProblem("damaged")),
    Hostile(
        "an unknown compression method", zip_bytes_patch(_set_method(99)), FileProblem("damaged")
    ),
    Hostile(
        "worksheet XML cut in the middle",
        patched(lambda d: d[: len(d) // 2]),
        FileProblem("damaged"),
    ),
    Hostile(
        "a shared string index out of range",
        patched(replace('t="inlineStr"><is><t>ZG20001</t></is>', 't="s"><v>99999</v>')),
        FileProblem("damaged"),
    ),
    Hostile(
        "a cell beyond column XFD",
        patched(add_cells(f'<row r="9">{inline("XFE9")}</row>')),
        FileProblem("damaged"),
    ),
    Hostile(
        "a cell reference with four letters",
        patched(add_cells(f'<row r="9">{inline("ABCD9")}</row>')),
        FileProblem("damaged"),
    ),
    Hostile("row number 0", patched(replace('<row r="3"', '<row r="0"')), FileProblem("damaged")),
    Hostile("row number -5", patched(replace('<row r="3"', '<row r="-5"')), FileProblem("damaged")),
    Hostile(
        "cell row 0", patched(add_cells(f'<row r="9">{inline("A0")}</row>')), FileProblem("damaged")
    ),
    Hostile(
        "a row beyond the sheet",
        patched(add_cells(f'<row r="2000000">{inline("A2000000")}</row>')),
        FileProblem("damaged"),
    ),
    Hostile(
        "entity expansion (billion laughs)",
        patched(with_entities(LAUGHS, "lol4")),
        FileProblem("damaged"),
        heavy=True,
    ),
    Hostile(
        "an external entity naming a local file",
        patched(with_entities(OUTSIDE, "secret")),
        FileProblem("damaged"),
    ),
    # protected
    Hostile("an encrypted zip member", zip_bytes_patch(_set_flag(0x1)), FileProblem("password")),
    Hostile("an .xlsx with an open password", encrypted_package, FileProblem("password")),
    # beyond the limits (memory-heavy without them)
    Hostile(
        "a cell at XFD1048576",
        patched(add_cells(f'<row r="1048576">{inline("XFD1048576")}</row>')),
        FileProblem("too_many_rows"),
        heavy=True,
    ),
    Hostile(
        "a cell in column 300",
        patched(add_cells(f'<row r="9">{inline("KN9")}</row>')),
        FileProblem("too_many_columns"),
        heavy=True,
    ),
    Hostile(
        "20,000 rows by 256 columns",
        patched(add_cells(f'<row r="20000">{inline("IV20000")}</row>')),
        FileProblem("too_many_cells"),
        heavy=True,
    ),
    Hostile(
        "a declared dimension of the whole sheet",
        patched(
            replace('<dimension ref="A1:I4"', '<dimension ref="A1:XFD1048576"'),
            [*GOOD[:1], person()],
        ),
        Imports(NEW_PERSON),
        heavy=True,
    ),
    Hostile(
        "a merge of A4:XFD1048576",
        patched(
            replace(
                "</sheetData>",
                '</sheetData><mergeCells count="1"><mergeCell ref="A4:XFD1048576"/></mergeCells>',
            ),
            [*GOOD[:1], person()],
        ),
        Imports(NEW_PERSON),
        heavy=True,
    ),
    Hostile(
        "a 300 MB worksheet (zip bomb)", bomb(SHEET, 300 << 20), FileProblem("too_big"), heavy=True
    ),
    Hostile(
        "a 150 MB shared-strings part at 1000:1",
        bomb("xl/sharedStrings.xml", 150 << 20),
        FileProblem("too_big"),
        heavy=True,
    ),
    Hostile(
        "a worksheet that lies about its size",
        lambda f: _lying_bomb(f),
        FileProblem("damaged"),
        heavy=True,
    ),
    Hostile("3,000 archive members", many_members(3000), FileProblem("damaged"), heavy=True),
    Hostile("a 40 MB file", sparse(40 << 20, "big.csv"), FileProblem("too_big"), heavy=True),
    Hostile("200,001 rows", long_rows(200_001), FileProblem("too_many_rows"), heavy=True),
    Hostile(
        "a 1 MiB cell in a .csv",
        text_file([person(姓名="长" * (1 << 20))]),
        FileProblem("cell_too_long"),
        heavy=True,
    ),
    Hostile(
        "a 40,000-character cell in an .xlsx",
        patched(add_cells(f'<row r="9">{inline("B9", "长" * 40_000)}</row>')),
        FileProblem("cell_too_long"),
        heavy=True,
    ),
    Hostile(
        "a job title longer than the register keeps",
        xlsx([*GOOD[:1], person(岗位="岗" * 20_000)]),
        CellProblem(4, "I", "too_long"),
    ),
    Hostile(
        "300 columns of text",
        text_file([[*person(), *(["x"] * 300)]]),
        FileProblem("too_many_columns"),
        heavy=True,
    ),
    Hostile(
        "an unclosed quote swallowing the file",
        raw("quote.csv", ('"' + ",".join(HEADER) + "\n" + "a,b\n" * 5000).encode()),
        FileProblem("missing_column"),
    ),
    Hostile(
        "an .ods row of 16,384 repeated cells",
        ods(ODS_HEADER + ods_row(ods_cell("x", 16_384))),
        FileProblem("too_many_columns"),
        heavy=True,
    ),
    Hostile(
        "an .ods row repeated a million times",
        ods(ODS_HEADER + ods_row(ods_cell("x"), repeat=1_000_000)),
        FileProblem("too_many_rows"),
        heavy=True,
    ),
    Hostile(
        "an .xls cell at IV65536",
        biff_cell_at(65535, 255),
        FileProblem("too_many_cells"),
        heavy=True,
        office=True,
    ),
    # wrong types and formulas: an error at the cell, never a silent blank
    Hostile(
        "TRUE in the phone column",
        xlsx([*GOOD[:1], person(手机号=True)]),
        CellProblem(4, "G", "wrong_type"),
    ),
    Hostile(
        "a date in the phone column",
        xlsx([*GOOD[:1], person(手机号=dt.date(2024, 1, 1))]),
        CellProblem(4, "G", "wrong_type"),
    ),
    Hostile(
        "FALSE in the ID column",
        xlsx([*GOOD[:1], person(身份证号=False)]),
        CellProblem(4, "E", "wrong_type"),
    ),
    Hostile(
        "a date in the name column",
        xlsx([*GOOD[:1], person(姓名=dt.date(2024, 1, 1))]),
        CellProblem(4, "B", "wrong_type"),
    ),
    Hostile(
        "TRUE in the phone of a known person",
        xlsx([[*GOOD[0][:6], True, *GOOD[0][7:]]]),
        CellProblem(3, "G", "wrong_type"),
    ),
    Hostile(
        "a formula in the phone column", formula_cell(7, "=1+1"), CellProblem(4, "G", "formula")
    ),
    Hostile("a formula in the ID column", formula_cell(5), CellProblem(4, "E", "formula")),
    Hostile(
        "a spreadsheet formula typed into a .csv",
        text_file([person(姓名="=cmd|' /C calc'!A0")]),
        CellProblem(2, "B", "formula"),
    ),
    Hostile(
        "20230230 in a date column", xlsx([*GOOD[:1], BAD_DATE]), CellProblem(4, "H", "bad_date")
    ),
    Hostile(
        "TRUE in a date column",
        xlsx([*GOOD[:1], person(入职日期=True)]),
        CellProblem(4, "H", "bad_date"),
    ),
    # rows numbered as the spreadsheet program shows them
    Hostile(
        "blank rows before the bad one",
        xlsx([*GOOD[:1], [None] * 9, [None] * 9, person(手机号="123")]),
        CellProblem(6, "G", "mobile_invalid"),
    ),
    Hostile(
        "a line break in a .csv cell above the bad row",
        text_file([person(工号="ZX009", 岗位="车工\n夜班", 身份证号=None), person(手机号="123")]),
        CellProblem(3, "G", "mobile_invalid"),
    ),
    Hostile(
        "the bad row in a UTF-16 tab-separated .txt",
        text_file([person(手机号="123")], "utf-16", "unicode.txt", "\t"),
        CellProblem(2, "G", "mobile_invalid"),
    ),
    Hostile(
        "the bad row in a UTF-16 BE .csv without BOM",
        text_file([person(手机号="123")], "utf-16-be"),
        CellProblem(2, "G", "mobile_invalid"),
    ),
    Hostile(
        "the bad row in a GBK .csv",
        text_file([person(手机号="123")], "gbk"),
        CellProblem(2, "G", "mobile_invalid"),
    ),
    Hostile(
        "the bad row in a GB18030 .txt with semicolons",
        text_file([person(手机号="123")], "gb18030", "roster.txt", ";"),
        CellProblem(2, "G", "mobile_invalid"),
    ),
    Hostile(
        "the bad row in an .xls from LibreOffice",
        office_copy(xlsx([*GOOD[:1], person(手机号="123")]), "xls", "roster.xls"),
        CellProblem(4, "G", "mobile_invalid"),
        office=True,
    ),
    Hostile(
        "the bad row in an .ods from LibreOffice",
        office_copy(xlsx([*GOOD[:1], person(手机号="123")]), "ods", "roster.ods"),
        CellProblem(4, "G", "mobile_invalid"),
        office=True,
    ),
    Hostile(
        "the bad row in a WPS .et (an .xls by another name)",
        renamed(office_copy(xlsx([*GOOD[:1], BAD_DATE]), "xls", "r.xls"), "roster.et"),
        CellProblem(4, "H", "bad_date"),
        office=True,
    ),
    # odd but valid: imported, values clean
    Hostile(
        "invisible and bidi characters in names",
        xlsx([*GOOD[:1], person(姓名="\u202e测\u200b试\u2066人\u2069", 部门="\ufeff一车间")]),
        Imports({"ZX001": {"name": "测试人", "department": "一车间"}}),
    ),
    Hostile(
        "an .xlsx saved as .xls",
        renamed(xlsx([*GOOD[:1], person()]), "roster.xls"),
        Imports(NEW_PERSON),
    ),
    Hostile("an .xlsm", xlsx([*GOOD[:1], person()], name="roster.xlsm"), Imports(NEW_PERSON)),
    Hostile(
        "20230501 typed in the template's date column",
        xlsx([*GOOD[:1], person(入职日期=20230501, 出生日期=19900501)]),
        Imports({"ZX001": {"hire_date": dt.date(2023, 5, 1)}}),
    ),
    Hostile(
        "a line break kept inside a .csv cell",
        text_file([person(岗位="车工\n夜班")], "utf-8"),
        Imports({"ZX001": {"job_title": "车工\n夜班"}}),
    ),
    Hostile("a UTF-8 .csv with BOM and CRLF", text_file([person()]), Imports(NEW_PERSON)),
    Hostile(
        "a row of invisible characters only",
        xlsx([*GOOD[:1], ["\u200b", "\u202e", None, None, None, None, None, None, None], person()]),
        Imports(NEW_PERSON),
    ),
]


def _docx(folder: Path) -> Path:
    path = folder / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return path


def _lying_bomb(folder: Path) -> Path:
    """50 MB of worksheet whose headers claim 100 bytes."""
    path = bomb(SHEET, 50 << 20)(folder)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(SHEET)
    data = bytearray(path.read_bytes())
    # zip64 entries keep their real sizes in the extra field: patch those too.
    _lying_size(data, info)
    for marker in (b"\x01\x00\x10\x00", b"\x01\x00\x18\x00", b"\x01\x00\x08\x00"):
        at = data.find(marker)
        while at != -1:
            data[at + 4 : at + 12] = (100).to_bytes(8, "little")
            at = data.find(marker, at + 4)
    path.write_bytes(bytes(data))
    return path


def build_base_roster(folder: Path) -> Path:
    """The roster file the cases start from."""
    return write_xlsx(folder / "good.xlsx", GOOD)


def own_peak_kib() -> int:
    """This process's own peak memory. ru_maxrss also counts the parent's pages copied by the
    fork that started it (the test run's hundreds of MB); Linux's VmHWM is this program's alone."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource  # not on Windows: imported where it is used

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


CHILD_MEMORY_CAP = 2 << 30  # address space: a missing limit fails fast instead of swapping


def import_in_child(database: str, source: str, kind: str = "roster") -> None:
    """Run in a child process (under the memory limit the parent sets): import the file as a
    roster or as check-up results (`kind`) and print what came back, with this process's peak
    memory and CPU time, as JSON."""
    import json
    import time

    from app.db.migrate import open_database
    from app.exchange.checkup_import import import_checkups, parse_checkups
    from app.exchange.roster_import import import_roster, parse_roster
    from tests.support import ADMIN

    db = open_database(Path(database))
    today = dt.date(2026, 11, 16)
    started = time.process_time()
    if kind == "checkups":
        result: Any = import_checkups(db, ADMIN, parse_checkups(Path(source)), today)
    else:
        result = import_roster(db, ADMIN, parse_roster(Path(source)), today)
    cpu = time.process_time() - started
    db.close()
    peak_kib = own_peak_kib()
    print(
        json.dumps(
            {
                "applied": result.applied,
                "errors": [[p.row, p.column, p.code] for p in result.errors],
                "warnings": [[p.row, p.column, p.code] for p in result.warnings],
                "peak_mb": peak_kib / 1024,
                "cpu_s": cpu,
            }
        )
    )


def import_in_child_process(database: Path, source: Path, kind: str = "roster") -> dict[str, Any]:
    """`import_in_child` in a fresh interpreter whose address space is capped: its outcome."""
    import json
    import resource
    import sys

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_CAP, CHILD_MEMORY_CAP))

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-m", "tests.hostile_files", str(database), str(source), kind],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit_memory,  # the child sets its memory cap before it starts
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    outcome: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return outcome


if __name__ == "__main__":
    import sys

    import_in_child(*sys.argv[1:4])
