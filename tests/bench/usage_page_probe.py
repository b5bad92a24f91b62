"""Open the usage page on a database in this fresh process; print times and peak memory as JSON.

`python -m tests.bench.usage_page_probe DATABASE RUNS` (run by tests.bench.usage_page).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path


def main(database: Path, runs: int) -> int:
    import importlib

    from PySide6.QtWidgets import QApplication

    from app.db.migrate import open_database
    from app.services.site_profile import get_profile
    from app.ui.app import DEFAULT_ACTOR
    from app.ui.context import AppContext
    from app.ui.splash import create_application
    from tests.bench.data import BENCH_TODAY
    from tests.bench.figures import peak_memory_mb

    app = create_application()
    db = open_database(database)
    context = AppContext(db=db, actor=DEFAULT_ACTOR, today=lambda: BENCH_TODAY)
    get_profile(db)  # in the window the sign-in and the first page have queried by now

    # Open: as the window's first visit does it — import the page's module, build the page,
    # query its first rows, show it painted.
    started = time.perf_counter()
    module = importlib.import_module("app.ui.pages.usage_page")
    imported = time.perf_counter() - started
    page = module.UsagePage(context)
    page.retranslate()
    page.resize(1280, 800)
    page.show()
    page.reload()
    QApplication.processEvents()
    opened = time.perf_counter() - started

    # Filter change: each department in turn, then all again; each answer painted.
    combo = page.ui.filterCombo
    choices = [*range(1, combo.count()), 0] * max(1, runs // max(1, combo.count()))
    times = []
    for index in choices[: max(runs, combo.count())]:
        started = time.perf_counter()
        combo.setCurrentIndex(index)
        QApplication.processEvents()
        times.append(time.perf_counter() - started)
    print(
        json.dumps(
            {
                "import_s": imported,
                "open_s": opened,
                "filter_s": statistics.median(times),
                "filter_max_s": max(times),
                "filter_runs": len(times),
                "peak_mb": peak_memory_mb(),
            }
        )
    )
    db.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), int(sys.argv[2])))
