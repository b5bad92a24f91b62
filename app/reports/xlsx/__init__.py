"""Spreadsheet rendering with openpyxl."""
