# Generated from forms/checkup_import_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_CheckupImportDialog(object):
    def setupUi(self, CheckupImportDialog):
        if not CheckupImportDialog.objectName():
            CheckupImportDialog.setObjectName(u"CheckupImportDialog")
        CheckupImportDialog.resize(980, 640)
        self.dialogLayout = QVBoxLayout(CheckupImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CheckupImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(CheckupImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(CheckupImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)

        self.checkButton = QPushButton(CheckupImportDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.fileLayout.addWidget(self.checkButton)


        self.dialogLayout.addLayout(self.fileLayout)

        self.summaryLabel = QLabel(CheckupImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(CheckupImportDialog)
        self.tabs.setObjectName(u"tabs")
        self.columnsTab = QWidget()
        self.columnsTab.setObjectName(u"columnsTab")
        self.columnsLayout = QVBoxLayout(self.columnsTab)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.tabs.addTab(self.columnsTab, "")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsLayout = QVBoxLayout(self.problemsTab)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemTable = QTableView(self.problemsTab)
        self.problemTable.setObjectName(u"problemTable")
        self.problemTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemTable.setAlternatingRowColors(True)
        self.problemTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemTable.setWordWrap(True)
        self.problemTable.horizontalHeader().setStretchLastSection(True)
        self.problemTable.verticalHeader().setVisible(False)

        self.problemsLayout.addWidget(self.problemTable)

        self.tabs.addTab(self.problemsTab, "")
        self.changesTab = QWidget()
        self.changesTab.setObjectName(u"changesTab")
        self.changesLayout = QVBoxLayout(self.changesTab)
        self.changesLayout.setObjectName(u"changesLayout")
        self.planTable = QTableView(self.changesTab)
        self.planTable.setObjectName(u"planTable")
        self.planTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.planTable.setAlternatingRowColors(True)
        self.planTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planTable.horizontalHeader().setStretchLastSection(True)
        self.planTable.verticalHeader().setVisible(False)

        self.changesLayout.addWidget(self.planTable)

        self.tabs.addTab(self.changesTab, "")
        self.findingsTab = QWidget()
        self.findingsTab.setObjectName(u"findingsTab")
        self.findingsLayout = QVBoxLayout(self.findingsTab)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsTable = QTableView(self.findingsTab)
        self.findingsTable.setObjectName(u"findingsTable")
        self.findingsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findingsTable.setAlternatingRowColors(True)
        self.findingsTable.horizontalHeader().setStretchLastSection(False)
        self.findingsTable.verticalHeader().setVisible(False)

        self.findingsLayout.addWidget(self.findingsTable)

        self.tabs.addTab(self.findingsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.importButton = QPushButton(CheckupImportDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setEnabled(False)

        self.buttonLayout.addWidget(self.importButton)

        self.closeButton = QPushButton(CheckupImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(CheckupImportDialog)
    # setupUi

    def retranslateUi(self, CheckupImportDialog):
        CheckupImportDialog.setWindowTitle(QCoreApplication.translate("CheckupImportDialog", u"Import check-up results", None))
        self.introLabel.setText(QCoreApplication.translate("CheckupImportDialog", u"Choose the check-up results the partner hospital sent (Excel, WPS, LibreOffice or a .csv/.txt file, one row per person). It is checked first and nothing is written until you press Import. People are found by ID number, then employee no., then name and birth date; rows that match nobody or several people are listed and left out.", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("CheckupImportDialog", u"Check-up results file (.xlsx .xls .et .ods .csv .txt)", None))
        self.browseButton.setText(QCoreApplication.translate("CheckupImportDialog", u"Choose file\u2026", None))
        self.checkButton.setText(QCoreApplication.translate("CheckupImportDialog", u"Check", None))
        self.tabs.setTabText(self.tabs.indexOf(self.columnsTab), QCoreApplication.translate("CheckupImportDialog", u"Columns", None))
        self.tabs.setTabText(self.tabs.indexOf(self.problemsTab), QCoreApplication.translate("CheckupImportDialog", u"Problems", None))
        self.tabs.setTabText(self.tabs.indexOf(self.changesTab), QCoreApplication.translate("CheckupImportDialog", u"Check-ups", None))
        self.tabs.setTabText(self.tabs.indexOf(self.findingsTab), QCoreApplication.translate("CheckupImportDialog", u"Findings", None))
        self.importButton.setText(QCoreApplication.translate("CheckupImportDialog", u"Import", None))
        self.closeButton.setText(QCoreApplication.translate("CheckupImportDialog", u"Close", None))
    # retranslateUi
