# Generated from forms/report_panel.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_ReportPanel(object):
    def setupUi(self, ReportPanel):
        if not ReportPanel.objectName():
            ReportPanel.setObjectName(u"ReportPanel")
        self.panelLayout = QVBoxLayout(ReportPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 6, 0, 0)
        self.reportLabel = QLabel(ReportPanel)
        self.reportLabel.setObjectName(u"reportLabel")
        self.reportLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.reportLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.reportLabel)

        self.printedFromLabel = QLabel(ReportPanel)
        self.printedFromLabel.setObjectName(u"printedFromLabel")
        self.printedFromLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.printedFromLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodLabel = QLabel(ReportPanel)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodLayout.addWidget(self.periodLabel)

        self.yearSpin = QSpinBox(ReportPanel)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2999)
        self.yearSpin.setSuffix(u"")

        self.periodLayout.addWidget(self.yearSpin)

        self.quarterCombo = QComboBox(ReportPanel)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.periodLayout.addWidget(self.quarterCombo)

        self.monthCombo = QComboBox(ReportPanel)
        self.monthCombo.setObjectName(u"monthCombo")

        self.periodLayout.addWidget(self.monthCombo)

        self.fromDate = QDateEdit(ReportPanel)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")

        self.periodLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(ReportPanel)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(ReportPanel)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")

        self.periodLayout.addWidget(self.toDate)

        self.periodRangeLabel = QLabel(ReportPanel)
        self.periodRangeLabel.setObjectName(u"periodRangeLabel")
        self.periodRangeLabel.setStyleSheet(u"color: #616e7c;")

        self.periodLayout.addWidget(self.periodRangeLabel)

        self.periodSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)

        self.languageLabel = QLabel(ReportPanel)
        self.languageLabel.setObjectName(u"languageLabel")

        self.periodLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(ReportPanel)
        self.languageCombo.setObjectName(u"languageCombo")

        self.periodLayout.addWidget(self.languageCombo)


        self.panelLayout.addLayout(self.periodLayout)

        self.optionLayout = QHBoxLayout()
        self.optionLayout.setObjectName(u"optionLayout")
        self.xlsxCheck = QCheckBox(ReportPanel)
        self.xlsxCheck.setObjectName(u"xlsxCheck")

        self.optionLayout.addWidget(self.xlsxCheck)

        self.namesCheck = QCheckBox(ReportPanel)
        self.namesCheck.setObjectName(u"namesCheck")

        self.optionLayout.addWidget(self.namesCheck)

        self.optionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionLayout.addItem(self.optionSpacer)


        self.panelLayout.addLayout(self.optionLayout)

        self.sectionsLabel = QLabel(ReportPanel)
        self.sectionsLabel.setObjectName(u"sectionsLabel")
        self.sectionsLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.sectionsLabel)

        self.sectionTabs = QTabWidget(ReportPanel)
        self.sectionTabs.setObjectName(u"sectionTabs")
        self.sectionTabs.setMinimumSize(QSize(0, 140))

        self.panelLayout.addWidget(self.sectionTabs)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.draftButton = QPushButton(ReportPanel)
        self.draftButton.setObjectName(u"draftButton")

        self.buttonLayout.addWidget(self.draftButton)

        self.statusLabel = QLabel(ReportPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttonLayout.addWidget(self.statusLabel)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.goToPageButton = QPushButton(ReportPanel)
        self.goToPageButton.setObjectName(u"goToPageButton")

        self.buttonLayout.addWidget(self.goToPageButton)

        self.generateButton = QPushButton(ReportPanel)
        self.generateButton.setObjectName(u"generateButton")

        self.buttonLayout.addWidget(self.generateButton)


        self.panelLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ReportPanel)

        self.generateButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReportPanel):
        self.periodLabel.setText(QCoreApplication.translate("ReportPanel", u"Period:", None))
        self.toLabel.setText(QCoreApplication.translate("ReportPanel", u"to", None))
        self.languageLabel.setText(QCoreApplication.translate("ReportPanel", u"Report language:", None))
        self.xlsxCheck.setText(QCoreApplication.translate("ReportPanel", u"Also save the tables as a spreadsheet (.xlsx)", None))
        self.namesCheck.setText(QCoreApplication.translate("ReportPanel", u"List by name the staff who took part in nothing", None))
        self.sectionsLabel.setText(QCoreApplication.translate("ReportPanel", u"Text printed in the report. It is drafted from the indicators; edit it as you like before printing. A section left empty prints lines to write on by hand.", None))
        self.draftButton.setText(QCoreApplication.translate("ReportPanel", u"Draft again from the indicators", None))
        self.goToPageButton.setText(QCoreApplication.translate("ReportPanel", u"Go to that page", None))
        self.generateButton.setText(QCoreApplication.translate("ReportPanel", u"Generate and save\u2026", None))
        pass
    # retranslateUi
