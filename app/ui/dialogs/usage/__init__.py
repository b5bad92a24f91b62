"""Dialogs of the usage register: corrections, follow-ups, history, printing, thresholds."""
