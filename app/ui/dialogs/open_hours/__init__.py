"""Dialogs of the open-hours page: the weekly slots, schedule versions, closures."""
