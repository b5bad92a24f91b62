"""Dialogs of the activities page: activities, sign-in, notices, the promotion plan."""
