"""Two of reportlab's patterns that no printout of ours matches, compiled on first use instead of
when their modules are imported.

- `reportlab.platypus.paragraph` compiles a case-insensitive pattern for web addresses over most
  of Unicode (`uri_pat`): about 25 ms, a tenth of what drawing a report's pages costs
  reportlab, in every process that prints. It is matched only when a paragraph hyphenates a
  web address.
- `reportlab.lib.textsplit` (which the paragraph module imports) compiles a class of the 53,000
  characters from U+2E80 up (`rx`): about 4 ms. Only its `cjkwrap` uses it, and reportlab
  never calls that.

While one of these modules is executed, this finder hands it a pattern compiled on its first
use in place of that one; every other pattern, and every other module, is compiled as before.
If a reportlab release changes a pattern's text, that pattern is compiled as before.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:  # only for its name: importlib.abc loads importlib.resources and tempfile
    from importlib.abc import Loader

# How each deferred pattern's text begins, by the module that compiles it as it is imported.
DEFERRED = {
    "reportlab.platypus.paragraph": "(^(?:[a-z0-9\\.\\-\\+]*)://)",  # uri_pat
    "reportlab.lib.textsplit": "([\u2e80-\uffff])",  # rx
}


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

    def __getattr__(self, name: str) -> Any:  # match, search, sub, groups … of the real pattern
        return getattr(self.compiled, name)


def _deferring(compile_: Callable[..., Any], start: str) -> Callable[..., Any]:
    def compile_or_defer(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and pattern.startswith(start):
            return DeferredPattern(pattern, flags)
        return compile_(pattern, flags)

    return compile_or_defer


class _DeferringLoader:
    """The module's own loader, with `re.compile` deferring its pattern while it executes."""

    def __init__(self, loader: Loader, start: str) -> None:
        self._loader = loader
        self._start = start

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        compile_ = re.compile
        re.compile = _deferring(compile_, self._start)
        try:
            self._loader.exec_module(module)
        finally:
            re.compile = compile_

    def __getattr__(self, name: str) -> Any:  # get_source, get_code … for tracebacks
        return getattr(self._loader, name)


class _PatternFinder:
    """On `sys.meta_path`: finds the modules of DEFERRED as the finders after it would."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        start = DEFERRED.get(fullname)
        if start is None:
            return None
        for finder in sys.meta_path:  # the finder that would have found it (a bundle's too)
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = cast("Loader", _DeferringLoader(spec.loader, start))
                return spec
        return None


def install() -> None:
    """Before reportlab's paragraph module is first imported; once per process."""
    if not any(isinstance(f, _PatternFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _PatternFinder())
