"""Small reusable widgets (indicator card, person picker, readings editor, trend chart)."""
