"""reportlab's web-address and CJK-splitting patterns are compiled when first used, and match as
reportlab's."""

from __future__ import annotations

import re
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from app.reports.deferred_patterns import DeferredPattern

FRESH_IMPORT = """
import re, sys
compile_ = re.compile
import app.reports
from reportlab.platypus import paragraph
from reportlab.lib import textsplit
from app.reports.deferred_patterns import DeferredPattern
for deferred in (paragraph.uri_pat, textsplit.rx):
    assert isinstance(deferred, DeferredPattern), type(deferred)
    assert deferred._compiled is None
assert re.compile is compile_, "re.compile left patched"
assert isinstance(paragraph._hy_letters_pat, re.Pattern)  # the others compiled as before
address = "https://例子.中国/路径?q=1"
assert paragraph.uri_pat.match(address).span() == (0, len(address))
assert paragraph.uri_pat._compiled is not None
assert textsplit.rx.sub(r"\\1 ", "健康 room") == "健 康  room"  # as cjkwrap would use it
assert textsplit.rx._compiled is not None
"""


def test_a_printing_process_compiles_the_patterns_only_when_used() -> None:
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


def _cjk_pattern() -> tuple[str, int]:
    from reportlab.lib import textsplit

    found = textsplit.rx
    return found.pattern, found.flags


@given(st.text(max_size=40))
def test_the_deferred_cjk_pattern_splits_as_the_compiled_one(text: str) -> None:
    pattern, flags = _cjk_pattern()
    deferred, compiled = DeferredPattern(pattern, flags), re.compile(pattern, flags)
    assert deferred.sub(r"\1\0 ", text) == compiled.sub(r"\1\0 ", text)
    assert deferred.findall(text) == compiled.findall(text)
