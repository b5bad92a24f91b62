"""Small modules (the conventions): no module in app/ passes 600 lines. One that grows past
it is split by responsibility — a package that re-exports its names, or the steps of a form
in modules of their own — not trimmed by squeezing lines."""

from __future__ import annotations

from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
LIMIT = 600


def lines_in(module: Path) -> int:
    return len(module.read_bytes().splitlines())


def too_long(root: Path, limit: int = LIMIT) -> dict[str, int]:
    """Each module under root longer than limit, by its path, with its number of lines."""
    lengths = {module: lines_in(module) for module in sorted(root.rglob("*.py"))}
    return {m.relative_to(root).as_posix(): n for m, n in lengths.items() if n > limit}


def test_no_module_in_app_passes_600_lines() -> None:
    assert len(list(APP.rglob("*.py"))) > 100  # the app itself, not an empty folder
    assert too_long(APP) == {}, "split these by responsibility"


def test_the_count_finds_a_module_one_line_over(tmp_path: Path) -> None:
    package = tmp_path / "pages"
    package.mkdir()
    (package / "at_the_limit.py").write_text("x = 1\n" * LIMIT, encoding="utf-8")
    (package / "over.py").write_text("x = 1\n" * LIMIT + "y = 2", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x\n" * (LIMIT + 5), encoding="utf-8")  # not a module
    assert too_long(tmp_path) == {"pages/over.py": LIMIT + 1}
