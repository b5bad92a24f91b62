"""The county reviewer's window, one module per part (see `window`)."""

from app.ui.county_window.window import CountyWindow

__all__ = ["CountyWindow"]
