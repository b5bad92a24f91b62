"""reportlab's web-address pattern is compiled when first matched, and matches as reportlab's."""

from __future__ import annotations

import re
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from app.reports.deferred_uri_pattern import DeferredPattern

FRESH_IMPORT = """
import re, sys
compile_ = re.compile
import app.reports
from reportlab.platypus import paragraph
from app.reports.deferred_uri_pattern import DeferredPattern
assert isinstance(paragraph.uri_pat, DeferredPattern), type(paragraph.uri_pat)
assert paragraph.uri_pat._compiled is None
assert re.compile is compile_, "re.compile left patched"
assert isinstance(paragraph._hy_letters_pat, re.Pattern)  # the others compiled as before
address = "https://例子.中国/路径?q=1"
assert paragraph.uri_pat.match(address).span() == (0, len(address))
assert paragraph.uri_pat._compiled is not None
"""


def test_a_printing_process_compiles_the_pattern_only_when_it_matches() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FRESH_IMPORT], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def _reportlab_pattern() -> tuple[str, int]:
    from reportlab.platypus import paragraph

    found = paragraph.uri_pat  # deferred or not: both keep reportlab's text and flags
    return found.pattern, found.flags


ADDRESSES = st.one_of(
    st.text(max_size=40),
    st.builds(
        lambda scheme, host, tail: f"{scheme}://{host}{tail}",
        st.sampled_from(["http", "HTTPS", "ftp", "", "mailto"]),
        st.text(st.characters(codec="utf-8"), max_size=20),
        st.text(max_size=15),
    ),
)


@given(ADDRESSES)
def test_the_deferred_pattern_matches_as_the_compiled_one(text: str) -> None:
    pattern, flags = _reportlab_pattern()
    deferred, compiled = DeferredPattern(pattern, flags), re.compile(pattern, flags)
    found, expected = deferred.match(text), compiled.match(text)
    assert (found and (found.span(), found.groups())) == (
        expected and (expected.span(), expected.groups())
    )
