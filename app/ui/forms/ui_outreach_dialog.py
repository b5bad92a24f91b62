# Generated from forms/outreach_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_OutreachDialog(object):
    def setupUi(self, OutreachDialog):
        if not OutreachDialog.objectName():
            OutreachDialog.setObjectName(u"OutreachDialog")
        self.outreachLayout = QVBoxLayout(OutreachDialog)
        self.outreachLayout.setObjectName(u"outreachLayout")
        self.outreachTools = QHBoxLayout()
        self.outreachTools.setObjectName(u"outreachTools")
        self.yearLabel = QLabel(OutreachDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.outreachTools.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(OutreachDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.outreachTools.addWidget(self.yearCombo)

        self.spacer10 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outreachTools.addItem(self.spacer10)

        self.pdfButton = QPushButton(OutreachDialog)
        self.pdfButton.setObjectName(u"pdfButton")

        self.outreachTools.addWidget(self.pdfButton)

        self.xlsxButton = QPushButton(OutreachDialog)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.outreachTools.addWidget(self.xlsxButton)


        self.outreachLayout.addLayout(self.outreachTools)

        self.summaryLabel = QLabel(OutreachDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.outreachLayout.addWidget(self.summaryLabel)

        self.tableView = QTableView(OutreachDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.outreachLayout.addWidget(self.tableView)

        self.messageLabel = QLabel(OutreachDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.outreachLayout.addWidget(self.messageLabel)

        self.outreachBottom = QHBoxLayout()
        self.outreachBottom.setObjectName(u"outreachBottom")
        self.spacer11 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outreachBottom.addItem(self.spacer11)

        self.closeButton = QPushButton(OutreachDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.outreachBottom.addWidget(self.closeButton)


        self.outreachLayout.addLayout(self.outreachBottom)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OutreachDialog)
    # setupUi

    def retranslateUi(self, OutreachDialog):
        OutreachDialog.setWindowTitle(QCoreApplication.translate("OutreachDialog", u"Outreach: staff who attended no lecture", None))
        self.yearLabel.setText(QCoreApplication.translate("OutreachDialog", u"Year", None))
        self.pdfButton.setText(QCoreApplication.translate("OutreachDialog", u"Print list (PDF)\u2026", None))
        self.xlsxButton.setText(QCoreApplication.translate("OutreachDialog", u"Export (.xlsx)\u2026", None))
        self.summaryLabel.setText("")
        self.messageLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("OutreachDialog", u"Close", None))
    # retranslateUi
