"""reportlab's paragraph module loaded without compiling its web-address pattern up front.

`reportlab.platypus.paragraph` compiles, when it is imported, a case-insensitive pattern for
web addresses over most of Unicode (`uri_pat`): about 25 ms, a tenth of what drawing a
report's pages costs reportlab, in every process that prints — and the pattern is matched
only when a paragraph hyphenates a web address, which no printout of ours asks for. While
that module is executed, this finder hands it a pattern compiled on its first use instead;
every other pattern, and every other module, is compiled as before. If a reportlab release
changes the pattern's text, nothing is deferred.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

PARAGRAPH = "reportlab.platypus.paragraph"
_URI_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"  # how reportlab's uri_pat begins


class DeferredPattern:
    """A compiled pattern's stand-in: compiles it when one of its methods is first asked for."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # match, search, groups … of the real pattern
        return getattr(self.compiled, name)


def _deferring(compile_: Callable[..., Any]) -> Callable[..., Any]:
    def compile_or_defer(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and pattern.startswith(_URI_START) and flags & re.I:
            return DeferredPattern(pattern, flags)
        return compile_(pattern, flags)

    return compile_or_defer


class _DeferringLoader(Loader):
    def __init__(self, loader: Loader) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        compile_ = re.compile
        re.compile = _deferring(compile_)
        try:
            self._loader.exec_module(module)
        finally:
            re.compile = compile_

    def __getattr__(self, name: str) -> Any:  # get_source, get_code … for tracebacks
        return getattr(self._loader, name)


class _ParagraphFinder(MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != PARAGRAPH:
            return None
        for finder in sys.meta_path:  # the finder that would have found it (a bundle's too)
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _DeferringLoader(spec.loader)
                return spec
        return None


def install() -> None:
    """Before reportlab's paragraph module is first imported; once per process."""
    if PARAGRAPH not in sys.modules and not any(
        isinstance(f, _ParagraphFinder) for f in sys.meta_path
    ):
        sys.meta_path.insert(0, _ParagraphFinder())
