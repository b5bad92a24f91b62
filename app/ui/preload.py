"""Import the heavy rest of the program in the background while the sign-in window is open.

The database layer, the services and the pages take a second or more to import; a person
needs longer than that to type a name and a password. So the sign-in window comes first and,
once it is on screen (so the two do not compete while it is drawn), a thread imports
`app.ui.app`; pressing OK waits for it (`wait`) before anything heavy runs. If no window came
(nothing started it), `wait` leaves the import to the main thread, as before.

Only the main thread creates Qt objects: the modules imported here create none at import
time. The main thread imports nothing heavy itself before `wait` has returned, so the two
never import at the same time.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

HEAVY_MODULE = "app.ui.app"


class PreloadFailed(Exception):
    """The background import raised `error`: the caller re-raises it in the main thread."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(f"importing the program failed: {error!r}")
        self.error = error


class Preload:
    def __init__(self, module: str = HEAVY_MODULE) -> None:
        self.module = module
        self.error: BaseException | None = None
        self.waited = False  # set once the main thread has joined it (tests look)
        self.thread = threading.Thread(target=self._run, name="preload", daemon=False)

    def start(self) -> Preload:
        """Start the import (once; not any more after `wait`)."""
        if not self.waited and self.thread.ident is None:
            self.thread.start()
        return self

    def _run(self) -> None:
        try:
            importlib.import_module(self.module)
        except BaseException as error:  # handed to the main thread by wait()
            self.error = error

    def wait(self) -> None:
        """Join the import; raise `PreloadFailed` if it raised."""
        if self.thread.ident is not None:
            self.thread.join()
        self.waited = True
        if self.error is not None:
            raise PreloadFailed(self.error)


def ready(preload: Preload | None) -> None:
    """Before the first heavy import of the sign-in: the background import is done."""
    if preload is not None:
        preload.wait()
