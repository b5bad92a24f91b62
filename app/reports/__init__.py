"""Reports: format-neutral datasets, rendered to PDF (reportlab) and spreadsheets (openpyxl)."""

from app.reports import deferred_uri_pattern

deferred_uri_pattern.install()  # before any report module imports reportlab.platypus
