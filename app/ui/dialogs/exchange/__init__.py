"""Dialogs of the data exchange page: export and restore."""
