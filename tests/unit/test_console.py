"""Output on a GBK console (a Chinese Windows, redirected to a file or a pipe) never fails."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.console import make_console_safe

ROOT = Path(__file__).resolve().parents[2]
TEXT = "BMI 24.2 kg/m² ✓ 合格 ≥ 60% · 王𠮷 😀\n"


def gbk_stream() -> tuple[io.BytesIO, io.TextIOWrapper]:
    raw = io.BytesIO()
    return raw, io.TextIOWrapper(raw, encoding="gbk", write_through=True)


def test_without_it_gbk_cannot_write_the_text() -> None:
    _raw, stream = gbk_stream()
    with pytest.raises(UnicodeEncodeError):
        stream.write(TEXT)


def test_characters_gbk_lacks_are_written_as_their_nearest_form_or_a_question_mark() -> None:
    raw, stream = gbk_stream()
    make_console_safe(stream)
    stream.write(TEXT)
    assert raw.getvalue().decode("gbk") == "BMI 24.2 kg/m2 √ 合格 ≥ 60% · 王? ?\n"


def test_a_utf8_stream_writes_everything_as_it_is() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)
    make_console_safe(stream)
    stream.write(TEXT)
    assert raw.getvalue().decode("utf-8") == TEXT


def test_streams_that_are_not_files_are_left_alone() -> None:
    text = io.StringIO()
    make_console_safe(text, None)  # a windowed program has no stdout at all
    text.write(TEXT)
    assert text.getvalue() == TEXT


def test_the_program_prints_a_folder_gbk_cannot_write_without_failing(tmp_path: Path) -> None:
    folder = tmp_path / "健康²✓"
    folder.mkdir()
    from app.db.migrate import open_database

    open_database(folder / "x.db").close()  # `check` opens a register; it never makes one
    env = {**os.environ, "PYTHONIOENCODING": "gbk", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(folder / "x.db"), "check"],
        env=env, capture_output=True, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode("gbk", "replace")
    shown = str(folder / "x.db").replace("²", "2").replace("✓", "√")
    assert shown in result.stdout.decode("gbk")
