"""Dialogs of the overview page: an indicator in detail, the targets."""
