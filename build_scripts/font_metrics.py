"""Write the bundled font's metrics as reportlab parses them (resources/fonts/*.metrics).

`python build_scripts/font_metrics.py` writes the file; `--check` only says whether it is stale
(exit 1). Run it after changing the font or upgrading reportlab: a stale file is not wrong — the
program then parses the font as before — only slower, and a test fails until it is rewritten.
"""

from __future__ import annotations

import sys

from app.paths import font_metrics_path, font_path
from app.reports.pdf.font_metrics import metrics_of


def main(argv: list[str]) -> int:
    target = font_metrics_path()
    content = metrics_of(font_path(), subfont_index=0)
    current = target.read_bytes() if target.exists() else None
    if current == content:
        return 0
    if "--check" in argv:
        print(f"stale {target.name} (run build_scripts/font_metrics.py)")
        return 1
    target.write_bytes(content)
    print(f"wrote {target} ({len(content):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
