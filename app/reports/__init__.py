"""Reports: format-neutral datasets, rendered to PDF (reportlab) and spreadsheets (openpyxl)."""
