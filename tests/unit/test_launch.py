"""`healthroom` without a command opens the window; anything else goes to the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.launch import window_database, window_workspace
from app.paths import default_database


@pytest.mark.parametrize(
    ("argv", "database"),
    [
        ([], default_database()),
        (["--db", "x.db"], Path("x.db")),
        (["--db=y.db"], Path("y.db")),
        (["--user", "chair"], default_database()),
        (["--db", "x.db", "check"], None),
        (["--db"], None),  # the command line explains the missing value (exit 2)
        (["-h"], None),
        (["--version"], None),
        (["demo", "--staff", "5"], None),
    ],
)
def test_window_or_command_line(argv: list[str], database: Path | None) -> None:
    assert window_database(argv) == database


@pytest.mark.parametrize(
    ("argv", "workspace"),
    [
        (["--workspace", "county.db"], Path("county.db")),
        (["--workspace=c.db"], Path("c.db")),
        (["--workspace", "postgresql://li@db.local/county"], "postgresql://li@db.local/county"),
        ([], None),
        (["--db", "x.db"], None),
        (["county", "import", "a.zip", "--workspace", "c.db"], None),  # the command line
    ],
)
def test_the_county_window_or_not(argv: list[str], workspace: Path | str | None) -> None:
    assert window_workspace(argv) == workspace


def test_no_module_outside_the_ui_imports_qt() -> None:
    """The layer contracts cover the packages; the program's own top-level modules (the
    launcher, the safety net, the console) reach Qt only through app.ui, and only once the
    window has started it."""
    import ast

    root = Path(__file__).resolve().parents[2] / "app"
    for module in sorted(root.glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not [n for n in names if n.split(".")[0] == "PySide6"], module.name


@pytest.mark.parametrize(("chosen", "words"), [("zh", "程序遇到意外问题"), ("en", "unexpected")])
def test_the_window_paths_net_speaks_the_language_it_is_given(
    capsys: pytest.CaptureFixture[str], chosen: str, words: str
) -> None:
    from app.catalogue.language import Language
    from app.safety_net import UNEXPECTED, guarded

    def defect() -> int:
        raise ZeroDivisionError("a defect nobody handled")

    assert guarded(defect, language=lambda: Language(chosen)) == UNEXPECTED
    err = capsys.readouterr().err
    assert words in err and "ZeroDivisionError" not in err and len(err.strip().splitlines()) == 1


def test_before_the_window_the_net_speaks_the_systems_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from app import launch
    from app.catalogue.language import Language

    if "PySide6.QtWidgets" in sys.modules:  # another test started Qt in this process
        monkeypatch.delitem(sys.modules, "PySide6.QtWidgets")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_MESSAGES", "en_US.UTF-8")
    assert launch._language() is Language.EN
    monkeypatch.setenv("LC_MESSAGES", "zh_CN.UTF-8")
    assert launch._language() is Language.ZH
