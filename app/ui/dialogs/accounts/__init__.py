"""Dialogs of the user accounts: sign-in, passwords, recovery, the users list."""
