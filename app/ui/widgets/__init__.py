"""Reusable widgets of the register (person picker, readings editor, trend chart)."""
