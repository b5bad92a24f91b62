"""The visit entry form's states in colour, shared by the form and its steps (urgent case,
follow-up): the message line's styles and the form's own background."""

from __future__ import annotations

ERROR_STYLE = "color: #c62828;"
HINT_STYLE = "color: #8a5a00;"
OK_STYLE = "color: #2e7d32;"
URGENT_STYLE = "color: #c62828; font-weight: bold; font-size: 14pt;"
PAPER_STYLE = "#VisitEntryForm { background: #fff8e1; }"  # a session copied from paper
URGENT_FORM_STYLE = (
    "#VisitEntryForm { background: #ffebee; border: 3px solid #c62828; }"
    " #urgentFrame { background: #c62828; } #urgentFrame QLabel { color: white; }"
)
