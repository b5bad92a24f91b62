"""Dialogs of the site's inspection register: an inspection received and the closure of an item."""
