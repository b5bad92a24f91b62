# Generated from forms/roster_import_dialog.ui by build_scripts/compile_forms.py — do not edit.
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

class Ui_RosterImportDialog(object):
    def setupUi(self, RosterImportDialog):
        if not RosterImportDialog.objectName():
            RosterImportDialog.setObjectName(u"RosterImportDialog")
        RosterImportDialog.resize(980, 640)
        self.dialogLayout = QVBoxLayout(RosterImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RosterImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(RosterImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(RosterImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)

        self.checkButton = QPushButton(RosterImportDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.fileLayout.addWidget(self.checkButton)

        self.templateButton = QPushButton(RosterImportDialog)
        self.templateButton.setObjectName(u"templateButton")

        self.fileLayout.addWidget(self.templateButton)


        self.dialogLayout.addLayout(self.fileLayout)

        self.summaryLabel = QLabel(RosterImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(RosterImportDialog)
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

        self.dialogLayout.addWidget(self.tabs)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.importButton = QPushButton(RosterImportDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setEnabled(False)

        self.buttonLayout.addWidget(self.importButton)

        self.closeButton = QPushButton(RosterImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(RosterImportDialog)
    # setupUi

    def retranslateUi(self, RosterImportDialog):
        RosterImportDialog.setWindowTitle(QCoreApplication.translate("RosterImportDialog", u"Import the staff roster", None))
        self.introLabel.setText(QCoreApplication.translate("RosterImportDialog", u"Choose the roster from HR (Excel, WPS, LibreOffice or a .csv/.txt file). It is checked first and nothing is written until you press Import. An employee no. already on the roster updates that person; blank cells keep what is stored.", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("RosterImportDialog", u"Roster file (.xlsx .xls .et .ods .csv .txt)", None))
        self.browseButton.setText(QCoreApplication.translate("RosterImportDialog", u"Choose file\u2026", None))
        self.checkButton.setText(QCoreApplication.translate("RosterImportDialog", u"Check", None))
        self.templateButton.setText(QCoreApplication.translate("RosterImportDialog", u"Save template\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.columnsTab), QCoreApplication.translate("RosterImportDialog", u"Columns", None))
        self.tabs.setTabText(self.tabs.indexOf(self.problemsTab), QCoreApplication.translate("RosterImportDialog", u"Problems", None))
        self.tabs.setTabText(self.tabs.indexOf(self.changesTab), QCoreApplication.translate("RosterImportDialog", u"Changes", None))
        self.importButton.setText(QCoreApplication.translate("RosterImportDialog", u"Import", None))
        self.closeButton.setText(QCoreApplication.translate("RosterImportDialog", u"Close", None))
    # retranslateUi
