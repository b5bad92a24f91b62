"""Python dates and times as Qt's, field by field.

PySide6 converts a `datetime.date` given to `QDate(...)` by itself, but its type stubs do not
all declare it (6.11 does not), so the program says the fields instead. A naive datetime is
the local time, as Qt takes it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: dt.datetime) -> QDateTime:
    time = QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)
    return QDateTime(qdate(moment), time)
