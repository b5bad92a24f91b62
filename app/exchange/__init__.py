"""Data exchange: spreadsheet imports, the county-review package and the county import."""
