"""What a printout is asked for, the same from the Reports page, another page's print button
and the command line: the files, the period, the texts, the switches and the language.

Each renderer (`app.reports.<module>` of its catalogue spec) has
`write_report(db, actor, request, progress) -> Path`; it runs in a worker thread.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from app.catalogue.reports import ReportKey, ReportSpec, ReportWorkspace, report
from app.domain.periods import Period
from app.reports.language import ReportLanguage

if TYPE_CHECKING:  # the command line's --help and the window's start stay light
    from app.db.county_models import Workspace
    from app.db.migrate import Database
    from app.db.rows import Rows
    from app.services.actor import Actor
    from app.services.county_accounts import CountyReviewer

Progress = Callable[[int, str], None]


def quiet(_percent: int, _stage: str) -> None:
    pass


@dataclass(frozen=True)
class ReportRequest:
    pdf: Path
    xlsx: Path | None = None
    period: Period | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    texts: Mapping[str, str] = field(default_factory=dict)
    names: bool = False
    language: ReportLanguage = ReportLanguage.ZH
    as_of: dt.date | None = None  # judge and print as on this day (default today)
    # The spec's switches (name: True) and what another page chose (an activity, devices…).
    options: Mapping[str, object] = field(default_factory=dict)

    @property
    def today(self) -> dt.date:
        return self.as_of or dt.date.today()

    @property
    def workbook_only(self) -> bool:
        """The one file asked for is a workbook (`pdf` names an .xlsx): a report whose spec
        has `workbook_alone` writes its tables there and no PDF."""
        return self.pdf.suffix.lower() == ".xlsx"

    def switch(self, name: str) -> bool:
        return bool(self.options.get(name, False))


class Renderer(Protocol):
    def write_report(
        self, db: Database, actor: Actor, request: ReportRequest, progress: Progress
    ) -> Path: ...


class RowsRenderer(Protocol):
    def write_report_in(
        self, rows: Rows, actor: Actor, request: ReportRequest, progress: Progress
    ) -> Path: ...


class WorkspaceRenderer(Protocol):
    def write_report(
        self, workspace: Workspace, reviewer: CountyReviewer, request: ReportRequest,
        progress: Progress,
    ) -> Path: ...  # fmt: skip


class Drafter(Protocol):
    def draft_texts(
        self, db: Database, actor: Actor, request: ReportRequest, progress: Progress
    ) -> dict[str, str]: ...


def renderer(spec: ReportSpec) -> Renderer:
    """The spec's renderer module (imports the PDF machinery: call it when printing)."""
    if spec.workspace is not ReportWorkspace.SITE:
        raise ValueError(f"{spec.key} reads the {spec.workspace} workspace, not a site's register")
    return cast(Renderer, importlib.import_module(f"app.reports.{spec.module}"))


def write_report(
    key: ReportKey | str,
    db: Database,
    actor: Actor,
    request: ReportRequest,
    progress: Progress = quiet,
) -> Path:
    """Print the catalogue's report `key` as `request` asks; the path of the PDF written."""
    return renderer(report(key)).write_report(db, actor, request, progress)


def write_report_in(
    key: ReportKey | str,
    rows: Rows,
    actor: Actor,
    request: ReportRequest,
    progress: Progress = quiet,
) -> Path:
    """`write_report` from a plain register read without the ORM, for a spec that
    `reads_rows` (the command line's way)."""
    return rows_renderer(report(key)).write_report_in(rows, actor, request, progress)


def rows_renderer(spec: ReportSpec) -> RowsRenderer:
    """The renderer module of a spec that `reads_rows` (imports the PDF machinery)."""
    if not spec.reads_rows:
        raise ValueError(f"{spec.key} prints through the register's sessions only")
    return cast(RowsRenderer, importlib.import_module(f"app.reports.{spec.module}"))


def draft_texts(
    spec: ReportSpec, db: Database, actor: Actor, request: ReportRequest, progress: Progress
) -> dict[str, str]:
    """The drafted text sections of a report that has them."""
    module = importlib.import_module(f"app.reports.{spec.module}")
    return cast(Drafter, module).draft_texts(db, actor, request, progress)


def write_workspace_report(
    key: ReportKey | str,
    workspace: Workspace,
    reviewer: CountyReviewer,
    request: ReportRequest,
    progress: Progress = quiet,
) -> Path:
    """Print the catalogue's county report `key` from the county workspace, as `reviewer`."""
    spec = report(key)
    if spec.workspace is not ReportWorkspace.COUNTY:
        raise ValueError(f"{spec.key} reads a site's register, not the county workspace")
    module = cast(WorkspaceRenderer, importlib.import_module(f"app.reports.{spec.module}"))
    return module.write_report(workspace, reviewer, request, progress)
