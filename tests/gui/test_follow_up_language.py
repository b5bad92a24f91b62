"""A follow-up's reason is said in the reader's language: the reason the program proposes (a
visit's abnormal readings, a health file's risk reasons) is kept as codes and values, so a
follow-up recorded in the Chinese window reads in English in the English window and printout.
A reason the person typed is their text, kept as typed; follow-ups recorded before keep theirs."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.catalogue.language import Language as Speech
from app.db.models import FollowUp
from app.reports.personal_record import export_personal_record
from app.services import follow_ups, health_files
from app.services.overview import AttentionItem, AttentionKind
from app.ui.dialogs.staff.health_file_dialog import HealthFileDialog
from app.ui.dialogs.usage.follow_up_dialog import FollowUpDialog
from app.ui.i18n import Language, Translations
from app.ui.main_window import MainWindow
from app.ui.pages.overview_page import detail
from tests.gui.test_pdf_preview import when_shown
from tests.support import DEMO_TODAY

CJK = re.compile(r"[\u4e00-\u9fff]")


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def reasons_shown(dialog: HealthFileDialog) -> list[str]:
    model = dialog.follow_up_model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) in ("原因", "Reason")
    )
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_a_follow_up_recorded_in_chinese_reads_in_english(
    qtbot: QtBot, window: MainWindow, translations: Translations, tmp_path: Path
) -> None:
    context = window.context
    db, actor = context.db, context.actor
    at_risk = next(
        r
        for r in health_files.health_overview(db, actor, DEMO_TODAY).rows
        if any(reason.code == "bp_high" for reason in r.risk.reasons)
    )
    # In Chinese: the health file proposes the risk reasons; the administrator keeps them.
    dialog = HealthFileDialog(context, at_risk.id, window)
    qtbot.addWidget(dialog)
    before = len(follow_ups.list_follow_ups(db, actor, at_risk.id))
    proposed: list[str] = []

    def keep_the_proposal(follow_up: QDialog) -> None:
        assert isinstance(follow_up, FollowUpDialog)
        proposed.append(follow_up.ui.reasonEdit.text())
        follow_up.ui.nextDateEdit.setText(DEMO_TODAY.replace(day=28).isoformat())
        follow_up.save()

    when_shown(FollowUpDialog, keep_the_proposal)
    dialog.add_follow_up()
    (chinese,) = proposed
    words_only = re.sub(r"mmol/L|mmHg", "", chinese)  # the units are written so in Chinese
    assert "血压偏高" in chinese and not re.search("[A-Za-z]{3,}", words_only), chinese
    rows = follow_ups.list_follow_ups(db, actor, at_risk.id)
    assert len(rows) == before + 1
    newest = rows[0]
    assert newest.reason == "" and newest.reason_codes  # kept as codes, not as Chinese text
    assert reasons_shown(dialog)[0] == chinese
    dialog.close()

    # In English: the window, the "needs attention" line and the printout say it in English.
    translations.apply(Language.ENGLISH)
    QApplication.processEvents()
    again = HealthFileDialog(context, at_risk.id, window)
    qtbot.addWidget(again)
    english = reasons_shown(again)[0]
    assert "Blood pressure high: " in english and not CJK.search(english), english
    item = AttentionItem(AttentionKind.FOLLOW_UP_DUE, at_risk.name, newest.next_date,
                         newest.reason, ref_id=at_risk.id, codes=newest.reason_codes)  # fmt: skip
    assert detail(item) == english
    again.close()
    printout = export_personal_record(
        db, actor, at_risk.id, tmp_path / "record.pdf", Speech.EN, DEMO_TODAY
    )
    text = " ".join(pdf_text(Path(printout)).split())
    section = text.split("Follow-ups", 1)[1].split("Urgent values", 1)[0]
    assert "Blood pressure high:" in section, section
    assert not CJK.search(section), section  # the visits' advice above is typed data
    assert "pho- ne" not in section  # the way is said whole
    chinese_print = export_personal_record(
        db, actor, at_risk.id, tmp_path / "record_zh.pdf", Speech.ZH, DEMO_TODAY
    )
    assert "血压偏高" in "".join(pdf_text(Path(chinese_print)).split())


def test_a_typed_reason_and_an_old_one_are_kept_as_written(
    qtbot: QtBot, window: MainWindow, translations: Translations
) -> None:
    context = window.context
    db, actor = context.db, context.actor
    due = follow_ups.follow_ups_due(db, actor, DEMO_TODAY)[0]
    assert due.reason_codes and not due.reason  # the demo's, proposed from the readings
    with db.sessions() as session:  # as a follow-up recorded before reasons were coded
        session.execute(
            update(FollowUp)
            .where(FollowUp.id == due.id)
            .values(reason="血糖 11.3 mmol/L", reason_codes="")
        )
        session.commit()
    translations.apply(Language.ENGLISH)
    (old,) = [r for r in follow_ups.list_follow_ups(db, actor, due.staff_id) if r.id == due.id]
    assert old.reason_in(Speech.EN) == "血糖 11.3 mmol/L"  # as it was written
    edit = FollowUpDialog(context, due.staff_id, old, "", window)
    qtbot.addWidget(edit)
    assert edit.ui.reasonEdit.text() == "血糖 11.3 mmol/L"
    edit.ui.reasonEdit.setText("Glucose high, asked to come back")  # the person's own words
    edit.save()
    assert edit.saved is not None
    assert edit.saved.reason == "Glucose high, asked to come back" and not edit.saved.reason_codes
    with db.sessions() as session:
        stored = session.scalar(select(FollowUp.reason).where(FollowUp.id == due.id))
    assert stored == "Glucose high, asked to come back"
