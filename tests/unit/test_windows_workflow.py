"""The Windows workflow runs what exists: the lock, the scripts and the tests it names."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


def test_the_workflow_installs_from_the_windows_lock_with_hashes() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "runs-on: windows-" in text
    assert r"--require-hashes -r requirements\windows.txt" in text
    assert "--no-build-isolation -e ." in text  # the build backend comes from the lock too


def test_every_path_the_workflow_names_exists() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    paths = set(re.findall(r"(?:build_scripts|requirements|tests)\\[\w\\.]+", text))
    assert {r"build_scripts\run_tests.py", r"build_scripts\build.py", r"tests\bundle"} <= paths
    missing = [p for p in paths if not (ROOT / p.replace("\\", "/")).exists()]
    assert missing == []


def test_the_artifact_is_the_zip_build_py_writes() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert r"build_scripts\build.py --zip" in text
    assert r"path: dist\healthroom-*-windows-*.zip" in text
