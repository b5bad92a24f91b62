# Generated from forms/person_history_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_PersonHistoryDialog(object):
    def setupUi(self, PersonHistoryDialog):
        if not PersonHistoryDialog.objectName():
            PersonHistoryDialog.setObjectName(u"PersonHistoryDialog")
        PersonHistoryDialog.setMinimumSize(QSize(900, 600))
        self.historyLayout = QVBoxLayout(PersonHistoryDialog)
        self.historyLayout.setObjectName(u"historyLayout")
        self.headerLabel = QLabel(PersonHistoryDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)
        self.headerLabel.setWordWrap(True)

        self.historyLayout.addWidget(self.headerLabel)

        self.tabs = QTabWidget(PersonHistoryDialog)
        self.tabs.setObjectName(u"tabs")
        self.readingsTab = QWidget()
        self.readingsTab.setObjectName(u"readingsTab")
        self.readingsLayout = QVBoxLayout(self.readingsTab)
        self.readingsLayout.setObjectName(u"readingsLayout")
        self.historyView = QTableView(self.readingsTab)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyView.setAlternatingRowColors(True)
        self.historyView.horizontalHeader().setStretchLastSection(True)
        self.historyView.verticalHeader().setVisible(False)

        self.readingsLayout.addWidget(self.historyView)

        self.tabs.addTab(self.readingsTab, "")
        self.bpTab = QWidget()
        self.bpTab.setObjectName(u"bpTab")
        self.bpLayout = QVBoxLayout(self.bpTab)
        self.bpLayout.setObjectName(u"bpLayout")
        self.tabs.addTab(self.bpTab, "")
        self.glucoseTab = QWidget()
        self.glucoseTab.setObjectName(u"glucoseTab")
        self.glucoseLayout = QVBoxLayout(self.glucoseTab)
        self.glucoseLayout.setObjectName(u"glucoseLayout")
        self.tabs.addTab(self.glucoseTab, "")
        self.bodyTab = QWidget()
        self.bodyTab.setObjectName(u"bodyTab")
        self.bodyLayout = QVBoxLayout(self.bodyTab)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.tabs.addTab(self.bodyTab, "")

        self.historyLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(PersonHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.historyLayout.addWidget(self.buttonBox)


        self.retranslateUi(PersonHistoryDialog)
    # setupUi

    def retranslateUi(self, PersonHistoryDialog):
        PersonHistoryDialog.setWindowTitle(QCoreApplication.translate("PersonHistoryDialog", u"Person's history", None))
        self.tabs.setTabText(self.tabs.indexOf(self.readingsTab), QCoreApplication.translate("PersonHistoryDialog", u"Readings", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bpTab), QCoreApplication.translate("PersonHistoryDialog", u"Blood pressure", None))
        self.tabs.setTabText(self.tabs.indexOf(self.glucoseTab), QCoreApplication.translate("PersonHistoryDialog", u"Glucose", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bodyTab), QCoreApplication.translate("PersonHistoryDialog", u"Weight and BMI", None))
    # retranslateUi
