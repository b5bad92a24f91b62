"""A rotating log file for the program; unexpected errors end up here with their traceback."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.paths import log_dir


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log_file = folder / "healthroom.log"
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return log_file
