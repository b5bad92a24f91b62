"""A child process for the crash test: writes visits, one transaction each, until killed.

Usage: python crash_writer.py DATABASE FIRST_NUMBER   (the key, hex, in HEALTHROOM_TEST_KEY)
After each commit it prints the visit's number: what it printed was committed. It uses the
program's own driver, key and pragmas (`app.db.connection`) without loading the ORM, so that
thirty restarts stay quick.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from app.db.connection import apply_pragmas, connect

VISIT = "INSERT INTO usage_visit (visited_at, visitor_name, advice, note, abnormal, entered_late,"
VISIT += " recorded_by, recorded_at) VALUES (?, ?, '', ?, 0, 0, 'crash', ?)"
READING = "INSERT INTO measurement (visit_id, measured_at, type, value, flag)"
READING += " VALUES (?, ?, ?, ?, 'normal')"


def main() -> None:
    path, number = Path(sys.argv[1]), int(sys.argv[2])
    key_hex = os.environ.get("HEALTHROOM_TEST_KEY")
    con = connect(path, bytes.fromhex(key_hex) if key_hex else None)
    con.isolation_level = None  # explicit BEGIN/COMMIT below
    apply_pragmas(con)
    at = "2026-11-16 09:00:00.000000"
    while True:
        con.execute("BEGIN IMMEDIATE")
        visit_id = con.execute(VISIT, (at, f"crash-{number}", "x" * 300, at)).lastrowid
        con.execute(READING, (visit_id, at, "systolic", 120.0 + number % 40))
        con.execute(READING, (visit_id, at, "diastolic", 80.0))
        con.execute("COMMIT")
        print(number, flush=True)
        number += 1


if __name__ == "__main__":
    main()
