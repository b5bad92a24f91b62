"""Reports: format-neutral datasets, rendered to PDF (reportlab) and spreadsheets (openpyxl)."""

from app.reports import deferred_patterns

deferred_patterns.install()  # before any report module imports reportlab.platypus
