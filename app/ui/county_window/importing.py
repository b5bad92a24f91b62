"""The county window's imports: the sites' packages chosen or found on the USB stick, verified
and imported off the window's thread, a new or changed site key trusted only once the
reviewer confirmed its fingerprint, and what happened to each file said at the end."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QInputDialog,
    QMessageBox,
)

from app.catalogue.county import PackageOutcome, package_outcome
from app.catalogue.problems import PackageProblem
from app.domain.county_roles import CountyAction
from app.domain.key_fingerprint import fingerprint
from app.domain.periods import Period
from app.exchange.county_import import ImportOutcome, import_package
from app.services import county
from app.ui.county_window.base import CountyWindowBase
from app.ui.file_dialogs import FolderKind, ask_open_files
from app.ui.i18n import catalogue_language, word_of
from app.ui.indicator_text import period_name
from app.ui.tasks import Progress, Task, run_with_progress

log = logging.getLogger(__name__)


def outcome_text(outcome: ImportOutcome) -> str:
    """What importing one package did, with its warning, as the command line says it too."""
    period = period_name(Period.parse(outcome.period)) if outcome.period else ""
    rejected = outcome.status == PackageOutcome.REJECTED
    return package_outcome(
        PackageOutcome(outcome.status),
        catalogue_language(),
        file=outcome.file.name,
        site=f"{outcome.site_code} {period}",
        sequence=outcome.sequence,
        earlier="" if rejected else outcome.reason,
        reason=word_of(PackageProblem, outcome.reason) if rejected else "",
        warning=outcome.warning,
    )


def packages_on(drive: Path) -> list[Path]:
    """The .zip files at the top of the drive and one folder down (where sticks keep them)."""
    found = sorted(drive.glob("*.zip")) + sorted(drive.glob("*/*.zip"))
    return [p for p in found if p.is_file()]


class PackageImports(CountyWindowBase):
    def ask_packages(self) -> list[Path]:
        return ask_open_files(
            self,
            FolderKind.PACKAGE,
            QCoreApplication.translate("CountyWindow", "Import packages"),
            QCoreApplication.translate("CountyWindow", "Packages (*.zip)"),
        )

    def import_from_drive(self) -> None:
        drives = self.drives()
        if not drives:
            QMessageBox.information(
                self,
                QCoreApplication.translate("CountyWindow", "Import from a USB drive"),
                QCoreApplication.translate(
                    "CountyWindow",
                    "No USB drive was found. Insert the stick and try again, or choose the "
                    "files with Import packages….",
                ),
            )
            return
        drive = drives[0]
        if len(drives) > 1:
            names = [f"{d.label}  {d.path}" for d in drives]
            name, ok = QInputDialog.getItem(
                self,
                QCoreApplication.translate("CountyWindow", "Import from a USB drive"),
                QCoreApplication.translate("CountyWindow", "Drive"),
                names,
                0,
                False,
            )
            if not ok:
                return
            drive = drives[names.index(name)]
        found = packages_on(drive.path)
        if not found:
            QMessageBox.information(
                self,
                QCoreApplication.translate("CountyWindow", "Import from a USB drive"),
                QCoreApplication.translate(
                    "CountyWindow", "There are no packages (.zip files) on %1."
                ).replace("%1", str(drive.path)),
            )
            return
        self.import_files(found)

    def import_files(
        self,
        paths: list[Path],
        accept_new_key: bool = False,
        earlier: tuple[ImportOutcome, ...] = (),
    ) -> Task | None:
        """Verify and import in a worker; `earlier`: outcomes of the round before a key change."""
        if not paths:
            return None
        workspace, reviewer = self.workspace, self.reviewer

        def job(progress: Progress) -> list[ImportOutcome]:
            outcomes = []
            for n, path in enumerate(paths):
                progress(100 * n // len(paths), path.name)  # Cancel stops here, between files
                outcomes.append(import_package(workspace, path, accept_new_key, reviewer))
            progress(100, "")
            return outcomes

        def describe(name: str) -> str:
            return (
                QCoreApplication.translate("CountyWindow", "Checking and importing %1…").replace(
                    "%1", name
                )
                if name
                else ""
            )

        def done(result: object) -> None:
            assert isinstance(result, list)
            self.imported(result, earlier, accept_new_key)

        self.task = run_with_progress(
            self,
            QCoreApplication.translate("CountyWindow", "Import packages"),
            job,
            done,
            self.failed,
            describe,
        )
        return self.task

    def imported(
        self, outcomes: list[ImportOutcome], earlier: tuple[ImportOutcome, ...], confirmed: bool
    ) -> None:
        if not confirmed:
            answers: dict[tuple[str, str], bool] = {}  # one question per site and key
            for o in outcomes:
                if o.status in ("new_key", "key_changed"):
                    pair = (o.site_code, o.public_key)
                    if pair not in answers:
                        answers[pair] = self.confirm_new_key(o)
            accepted = [
                o
                for o in outcomes
                if o.status in ("new_key", "key_changed") and answers[(o.site_code, o.public_key)]
            ]
            if accepted:  # import those again, accepting the new key; then report them all
                kept = tuple(o for o in outcomes if o not in accepted)
                self.import_files([o.file for o in accepted], True, kept)
                return
        self.report_imports([*earlier, *outcomes])

    def confirm_new_key(self, outcome: ImportOutcome) -> bool:
        new = fingerprint(outcome.public_key) if outcome.public_key else "—"
        if outcome.status == "new_key":
            return self.confirm_first_key(outcome, new)
        pinned = county.pinned_fingerprint(self.workspace, outcome.site_code) or "—"
        if not self.reviewer.may(CountyAction.ACCEPT_NEW_KEY):
            QMessageBox.information(
                self,
                QCoreApplication.translate("CountyWindow", "The site's key has changed"),
                QCoreApplication.translate(
                    "CountyWindow",
                    "The package %1 of site %2 is signed by another key than the one pinned "
                    "on the site's first import (pinned %3, this package %4). Only a county "
                    "administrator may accept a site's new key: ask them to import it.",
                )
                .replace("%1", outcome.file.name)
                .replace("%2", outcome.site_code)
                .replace("%3", pinned)
                .replace("%4", new),
            )
            return False
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("CountyWindow", "The site's key has changed"),
            QCoreApplication.translate(
                "CountyWindow",
                "The package %1 of site %2 is signed by another key than the one pinned on the "
                "site's first import.\n\nPinned key:  %3\nThis package:  %4\n\nAccept the new "
                "key only if the site's technician has read you this new fingerprint on the "
                "phone (a new computer, or a site set up again). Otherwise the package may not "
                "come from the site. Accept the new key and import the package?",
            )
            .replace("%1", outcome.file.name)
            .replace("%2", outcome.site_code)
            .replace("%3", pinned)
            .replace("%4", new),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        log.warning("%s accepted a new key for site %s", self.reviewer.username, outcome.site_code)
        return True

    def confirm_first_key(self, outcome: ImportOutcome, new: str) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("CountyWindow", "A new site's key"),
            QCoreApplication.translate(
                "CountyWindow",
                "The package %1 is the first from site %2. Its signing key has the "
                "fingerprint:\n\n%3\n\nAsk the site's technician to read you the fingerprint "
                "shown on its Data exchange page. Trust this key (and import the package) only if "
                "the two are the same.",
            )
            .replace("%1", outcome.file.name)
            .replace("%2", outcome.site_code)
            .replace("%3", new),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        log.info(
            "%s trusted the first key of site %s (%s)",
            self.reviewer.username,
            outcome.site_code,
            new,
        )
        return True

    def report_imports(self, outcomes: list[ImportOutcome]) -> None:
        self.last_outcomes = outcomes
        self.reload()
        self.last_summary = "\n".join(outcome_text(o) for o in outcomes)
        title = QCoreApplication.translate("CountyWindow", "Import packages")
        if any(o.status in ("rejected", "new_key", "key_changed") or o.warning for o in outcomes):
            QMessageBox.warning(self, title, self.last_summary)
        else:
            QMessageBox.information(self, title, self.last_summary)
