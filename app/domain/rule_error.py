"""A broken business rule or bad input, as a code the UI and the reports turn into words."""

from __future__ import annotations


class RuleError(ValueError):
    """`code` names the rule, `field` the input it concerns, `details` fill the message."""

    def __init__(self, code: str, field: str = "", **details: object) -> None:
        shown = ", ".join(f"{k}={v}" for k, v in details.items())
        super().__init__(f"{code}{f' [{field}]' if field else ''}{f': {shown}' if shown else ''}")
        self.code = code
        self.field = field
        self.details = details
