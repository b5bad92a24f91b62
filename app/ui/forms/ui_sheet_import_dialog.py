# Generated from forms/sheet_import_dialog.ui by build_scripts/compile_forms.py — do not edit.
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

class Ui_SheetImportDialog(object):
    def setupUi(self, SheetImportDialog):
        if not SheetImportDialog.objectName():
            SheetImportDialog.setObjectName(u"SheetImportDialog")
        SheetImportDialog.resize(980, 640)
        self.dialogLayout = QVBoxLayout(SheetImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SheetImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(SheetImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(SheetImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)

        self.checkButton = QPushButton(SheetImportDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.fileLayout.addWidget(self.checkButton)

        self.templateButton = QPushButton(SheetImportDialog)
        self.templateButton.setObjectName(u"templateButton")

        self.fileLayout.addWidget(self.templateButton)


        self.dialogLayout.addLayout(self.fileLayout)

        self.summaryLabel = QLabel(SheetImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(SheetImportDialog)
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

        self.importButton = QPushButton(SheetImportDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setEnabled(False)

        self.buttonLayout.addWidget(self.importButton)

        self.closeButton = QPushButton(SheetImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(SheetImportDialog)
    # setupUi

    def retranslateUi(self, SheetImportDialog):
        self.browseButton.setText(QCoreApplication.translate("SheetImportDialog", u"Choose file\u2026", None))
        self.checkButton.setText(QCoreApplication.translate("SheetImportDialog", u"Check", None))
        self.templateButton.setText(QCoreApplication.translate("SheetImportDialog", u"Save template\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.columnsTab), QCoreApplication.translate("SheetImportDialog", u"Columns", None))
        self.tabs.setTabText(self.tabs.indexOf(self.problemsTab), QCoreApplication.translate("SheetImportDialog", u"Problems", None))
        self.tabs.setTabText(self.tabs.indexOf(self.changesTab), QCoreApplication.translate("SheetImportDialog", u"Page", None))
        self.tabs.setTabText(self.tabs.indexOf(self.findingsTab), QCoreApplication.translate("SheetImportDialog", u"Findings", None))
        self.importButton.setText(QCoreApplication.translate("SheetImportDialog", u"Import", None))
        self.closeButton.setText(QCoreApplication.translate("SheetImportDialog", u"Close", None))
        pass
    # retranslateUi
