"""Dialogs of the staff page: a person, a departure, a health file, the roster import."""
