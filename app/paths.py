"""Where things live: user data, logs and backups (platformdirs) and bundled resources."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from app import APP_ID


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def default_database() -> Path:
    return data_dir() / "healthroom.db"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def backup_dir() -> Path:
    return data_dir() / "backups"


def resource(*parts: str) -> Path:
    """A bundled resource, also when frozen by PyInstaller (files unpacked under _MEIPASS)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


FONT_FILE = "wqy-microhei.ttc"  # a TrueType collection; face 0 is the proportional one


def font_path() -> Path:
    return resource("fonts", FONT_FILE)


def font_metrics_path() -> Path:
    """The font's metrics as reportlab parses them, written by build_scripts/font_metrics.py."""
    return resource("fonts", Path(FONT_FILE).with_suffix(".metrics").name)
