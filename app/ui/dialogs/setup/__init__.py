"""Dialogs of the first start: the first run and the site setup."""
