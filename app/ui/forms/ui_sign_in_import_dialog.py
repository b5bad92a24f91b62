# Generated from forms/sign_in_import_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_SignInImportDialog(object):
    def setupUi(self, SignInImportDialog):
        if not SignInImportDialog.objectName():
            SignInImportDialog.setObjectName(u"SignInImportDialog")
        self.importLayout = QVBoxLayout(SignInImportDialog)
        self.importLayout.setObjectName(u"importLayout")
        self.fileLabel = QLabel(SignInImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.importLayout.addWidget(self.fileLabel)

        self.summaryLabel = QLabel(SignInImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setStyleSheet(u"font-size: 12pt;")

        self.importLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(SignInImportDialog)
        self.tabs.setObjectName(u"tabs")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsLayout = QVBoxLayout(self.problemsTab)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemView = QTableView(self.problemsTab)
        self.problemView.setObjectName(u"problemView")
        self.problemView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemView.setAlternatingRowColors(True)
        self.problemView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problemView.horizontalHeader().setStretchLastSection(True)
        self.problemView.verticalHeader().setVisible(False)

        self.problemsLayout.addWidget(self.problemView)

        self.tabs.addTab(self.problemsTab, "")
        self.columnsTab = QWidget()
        self.columnsTab.setObjectName(u"columnsTab")
        self.columnsLayout = QVBoxLayout(self.columnsTab)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.tabs.addTab(self.columnsTab, "")

        self.importLayout.addWidget(self.tabs)

        self.importButtons = QHBoxLayout()
        self.importButtons.setObjectName(u"importButtons")
        self.spacer4 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importButtons.addItem(self.spacer4)

        self.applyButton = QPushButton(SignInImportDialog)
        self.applyButton.setObjectName(u"applyButton")

        self.importButtons.addWidget(self.applyButton)

        self.cancelButton = QPushButton(SignInImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.importButtons.addWidget(self.cancelButton)


        self.importLayout.addLayout(self.importButtons)


        self.retranslateUi(SignInImportDialog)
    # setupUi

    def retranslateUi(self, SignInImportDialog):
        SignInImportDialog.setWindowTitle(QCoreApplication.translate("SignInImportDialog", u"Import sign-ins", None))
        self.fileLabel.setText("")
        self.summaryLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.problemsTab), QCoreApplication.translate("SignInImportDialog", u"Problems", None))
        self.tabs.setTabText(self.tabs.indexOf(self.columnsTab), QCoreApplication.translate("SignInImportDialog", u"Columns", None))
        self.applyButton.setText(QCoreApplication.translate("SignInImportDialog", u"Record these sign-ins", None))
        self.cancelButton.setText(QCoreApplication.translate("SignInImportDialog", u"Cancel", None))
    # retranslateUi
