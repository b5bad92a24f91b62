"""Where a county workspace is, as typed: a file, or a shared workspace's server address."""

from __future__ import annotations

import re
from pathlib import Path

# `postgresql://…` (a shared county workspace); any other `scheme://` is refused when opened.
# A pattern, compiled (and kept by `re`) when a workspace is named: every command line loads
# this module for its --workspace option.
ADDRESS = r"^[a-z][a-z0-9+.-]*://"


def is_server_address(target: Path | str) -> bool:
    """True for an address such as `postgresql://…`, False for a file path."""
    return isinstance(target, str) and re.match(ADDRESS, target, re.IGNORECASE) is not None


def workspace_place(text: str) -> Path | str:
    """`--workspace` as typed: an address stays text (a Path would fold its "//"), anything
    else is a file."""
    return text if is_server_address(text) else Path(text)
