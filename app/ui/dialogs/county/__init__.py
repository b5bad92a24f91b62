"""Dialogs of the county workspace."""
