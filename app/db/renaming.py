"""Renaming a finished file into place, tried again while another program holds the target.

On Windows a rename fails while any program has the target open: Excel or WPS showing a
report, an antivirus scanner reading a new file for a moment, a connection to a database not
yet closed. Every move into place (reports, exports, backups, restore, quarantine) goes
through `replace_file`, which waits about a second and a half before giving up.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

RENAME_PAUSES = (0.1, 0.2, 0.4, 0.8)  # seconds between tries
_rename = os.replace  # its own name: the one step a held target makes fail


def replace_file(source: Path, target: Path) -> None:
    """`os.replace(source, target)`, tried again while the target is held."""
    for pause in (*RENAME_PAUSES, None):
        try:
            _rename(source, target)
            return
        except PermissionError:
            if pause is None:
                raise
            time.sleep(pause)
