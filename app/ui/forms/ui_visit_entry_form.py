# Generated from forms/visit_entry_form.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateTimeEdit,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_VisitEntryForm(object):
    def setupUi(self, VisitEntryForm):
        if not VisitEntryForm.objectName():
            VisitEntryForm.setObjectName(u"VisitEntryForm")
        VisitEntryForm.setFrameShape(QFrame.Shape.StyledPanel)
        self.entryLayout = QVBoxLayout(VisitEntryForm)
        self.entryLayout.setSpacing(6)
        self.entryLayout.setObjectName(u"entryLayout")
        self.personLayout = QHBoxLayout()
        self.personLayout.setObjectName(u"personLayout")
        self.personLabel = QLabel(VisitEntryForm)
        self.personLabel.setObjectName(u"personLabel")

        self.personLayout.addWidget(self.personLabel)

        self.personEdit = QLineEdit(VisitEntryForm)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setMinimumSize(QSize(200, 0))
        self.personEdit.setMaximumSize(QSize(260, 16777215))
        self.personEdit.setClearButtonEnabled(True)

        self.personLayout.addWidget(self.personEdit)

        self.visitorCheck = QCheckBox(VisitEntryForm)
        self.visitorCheck.setObjectName(u"visitorCheck")

        self.personLayout.addWidget(self.visitorCheck)

        self.personCardLabel = QLabel(VisitEntryForm)
        self.personCardLabel.setObjectName(u"personCardLabel")
        self.personCardLabel.setTextFormat(Qt.TextFormat.RichText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.personCardLabel.sizePolicy().hasHeightForWidth())
        self.personCardLabel.setSizePolicy(sizePolicy)
        self.personCardLabel.setWordWrap(True)

        self.personLayout.addWidget(self.personCardLabel)

        self.historyButton = QPushButton(VisitEntryForm)
        self.historyButton.setObjectName(u"historyButton")
        self.historyButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.personLayout.addWidget(self.historyButton)


        self.entryLayout.addLayout(self.personLayout)

        self.readingsHost = QWidget(VisitEntryForm)
        self.readingsHost.setObjectName(u"readingsHost")

        self.entryLayout.addWidget(self.readingsHost)

        self.adviceLayout = QHBoxLayout()
        self.adviceLayout.setObjectName(u"adviceLayout")
        self.adviceLabel = QLabel(VisitEntryForm)
        self.adviceLabel.setObjectName(u"adviceLabel")

        self.adviceLayout.addWidget(self.adviceLabel)

        self.adviceEdit = QLineEdit(VisitEntryForm)
        self.adviceEdit.setObjectName(u"adviceEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.adviceEdit.sizePolicy().hasHeightForWidth())
        self.adviceEdit.setSizePolicy(sizePolicy1)

        self.adviceLayout.addWidget(self.adviceEdit)

        self.suggestButton = QPushButton(VisitEntryForm)
        self.suggestButton.setObjectName(u"suggestButton")
        self.suggestButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.adviceLayout.addWidget(self.suggestButton)

        self.noteLabel = QLabel(VisitEntryForm)
        self.noteLabel.setObjectName(u"noteLabel")

        self.adviceLayout.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(VisitEntryForm)
        self.noteEdit.setObjectName(u"noteEdit")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.noteEdit.sizePolicy().hasHeightForWidth())
        self.noteEdit.setSizePolicy(sizePolicy2)

        self.adviceLayout.addWidget(self.noteEdit)


        self.entryLayout.addLayout(self.adviceLayout)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.paperCheck = QCheckBox(VisitEntryForm)
        self.paperCheck.setObjectName(u"paperCheck")

        self.saveLayout.addWidget(self.paperCheck)

        self.paperTimeEdit = QDateTimeEdit(VisitEntryForm)
        self.paperTimeEdit.setObjectName(u"paperTimeEdit")
        self.paperTimeEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.paperTimeEdit.setCalendarPopup(True)

        self.saveLayout.addWidget(self.paperTimeEdit)

        self.saveSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)

        self.clearButton = QPushButton(VisitEntryForm)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.saveLayout.addWidget(self.clearButton)

        self.saveButton = QPushButton(VisitEntryForm)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.saveLayout.addWidget(self.saveButton)


        self.entryLayout.addLayout(self.saveLayout)

        self.messageLabel = QLabel(VisitEntryForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        sizePolicy3.setHorizontalStretch(1)
        sizePolicy3.setVerticalStretch(0)
        sizePolicy3.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy3)

        self.entryLayout.addWidget(self.messageLabel)

        self.resultFrame = QFrame(VisitEntryForm)
        self.resultFrame.setObjectName(u"resultFrame")
        self.resultFrame.setFrameShape(QFrame.Shape.NoFrame)
        sizePolicy4 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy4.setHorizontalStretch(0)
        sizePolicy4.setVerticalStretch(0)
        sizePolicy4.setHeightForWidth(self.resultFrame.sizePolicy().hasHeightForWidth())
        self.resultFrame.setSizePolicy(sizePolicy4)
        self.resultLayout = QHBoxLayout(self.resultFrame)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(6, 2, 6, 2)
        self.resultLabel = QLabel(self.resultFrame)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setWordWrap(True)
        sizePolicy5 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy5.setHorizontalStretch(1)
        sizePolicy5.setVerticalStretch(0)
        sizePolicy5.setHeightForWidth(self.resultLabel.sizePolicy().hasHeightForWidth())
        self.resultLabel.setSizePolicy(sizePolicy5)

        self.resultLayout.addWidget(self.resultLabel)

        self.remeasureButton = QPushButton(self.resultFrame)
        self.remeasureButton.setObjectName(u"remeasureButton")
        self.remeasureButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.resultLayout.addWidget(self.remeasureButton)

        self.followUpButton = QPushButton(self.resultFrame)
        self.followUpButton.setObjectName(u"followUpButton")
        self.followUpButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.resultLayout.addWidget(self.followUpButton)


        self.entryLayout.addWidget(self.resultFrame)

        self.urgentFrame = QFrame(VisitEntryForm)
        self.urgentFrame.setObjectName(u"urgentFrame")
        self.urgentFrame.setFrameShape(QFrame.Shape.StyledPanel)
        sizePolicy4.setHeightForWidth(self.urgentFrame.sizePolicy().hasHeightForWidth())
        self.urgentFrame.setSizePolicy(sizePolicy4)
        self.urgentLayout = QVBoxLayout(self.urgentFrame)
        self.urgentLayout.setObjectName(u"urgentLayout")
        self.urgentLayout.setContentsMargins(8, 6, 8, 6)
        self.urgentLabel = QLabel(self.urgentFrame)
        self.urgentLabel.setObjectName(u"urgentLabel")
        self.urgentLabel.setTextFormat(Qt.TextFormat.RichText)
        self.urgentLabel.setWordWrap(True)

        self.urgentLayout.addWidget(self.urgentLabel)

        self.urgentActionLayout = QHBoxLayout()
        self.urgentActionLayout.setObjectName(u"urgentActionLayout")
        self.actionLabel = QLabel(self.urgentFrame)
        self.actionLabel.setObjectName(u"actionLabel")

        self.urgentActionLayout.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(self.urgentFrame)
        self.actionCombo.setObjectName(u"actionCombo")

        self.urgentActionLayout.addWidget(self.actionCombo)

        self.actionNoteEdit = QLineEdit(self.urgentFrame)
        self.actionNoteEdit.setObjectName(u"actionNoteEdit")
        self.actionNoteEdit.setMinimumSize(QSize(240, 0))
        self.actionNoteEdit.setMaxLength(500)

        self.urgentActionLayout.addWidget(self.actionNoteEdit)

        self.recordActionButton = QPushButton(self.urgentFrame)
        self.recordActionButton.setObjectName(u"recordActionButton")

        self.urgentActionLayout.addWidget(self.recordActionButton)


        self.urgentLayout.addLayout(self.urgentActionLayout)


        self.entryLayout.addWidget(self.urgentFrame)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
        self.adviceLabel.setBuddy(self.adviceEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.actionLabel.setBuddy(self.actionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personEdit, self.visitorCheck)
        QWidget.setTabOrder(self.visitorCheck, self.adviceEdit)
        QWidget.setTabOrder(self.adviceEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.paperCheck)
        QWidget.setTabOrder(self.paperCheck, self.paperTimeEdit)

        self.retranslateUi(VisitEntryForm)
    # setupUi

    def retranslateUi(self, VisitEntryForm):
        self.personLabel.setText(QCoreApplication.translate("VisitEntryForm", u"&Person:", None))
        self.personEdit.setPlaceholderText(QCoreApplication.translate("VisitEntryForm", u"No., name, pinyin (zs) or card", None))
        self.visitorCheck.setText(QCoreApplication.translate("VisitEntryForm", u"&Visitor", None))
#if QT_CONFIG(tooltip)
        self.visitorCheck.setToolTip(QCoreApplication.translate("VisitEntryForm", u"Someone not on the staff roster: type the name. Visitors never count in staff rates.", None))
#endif // QT_CONFIG(tooltip)
        self.historyButton.setText(QCoreApplication.translate("VisitEntryForm", u"History (F2)", None))
        self.adviceLabel.setText(QCoreApplication.translate("VisitEntryForm", u"&Advice:", None))
        self.suggestButton.setText(QCoreApplication.translate("VisitEntryForm", u"Suggested advice (Ctrl+I)", None))
        self.noteLabel.setText(QCoreApplication.translate("VisitEntryForm", u"N&ote:", None))
        self.paperCheck.setText(QCoreApplication.translate("VisitEntryForm", u"From &paper, visited at:", None))
#if QT_CONFIG(tooltip)
        self.paperCheck.setToolTip(QCoreApplication.translate("VisitEntryForm", u"A visit written on the paper register during an outage: enter its real date and time.", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("VisitEntryForm", u"Clear (Esc)", None))
        self.saveButton.setText(QCoreApplication.translate("VisitEntryForm", u"Save (Enter)", None))
        self.remeasureButton.setText(QCoreApplication.translate("VisitEntryForm", u"Measure again (F6)", None))
        self.followUpButton.setText(QCoreApplication.translate("VisitEntryForm", u"Add follow-up (F7)", None))
        self.actionLabel.setText(QCoreApplication.translate("VisitEntryForm", u"What was &done:", None))
        self.actionNoteEdit.setPlaceholderText(QCoreApplication.translate("VisitEntryForm", u"Note (hospital, time, who went with the person)", None))
        self.recordActionButton.setText(QCoreApplication.translate("VisitEntryForm", u"&Record the action and close the visit", None))
        pass
    # retranslateUi
