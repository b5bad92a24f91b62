"""Enumerations shared across the domain layer (declared with their words in the catalogue)."""

from app.catalogue.codes import Sex

__all__ = ["Sex"]
