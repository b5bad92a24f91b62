"""Dialogs of the equipment page: devices, their events, consumables and stock."""
