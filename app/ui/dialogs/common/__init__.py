"""Dialogs and helpers every feature uses: records, PDF preview, saving a report, about."""
