# Generated from forms/indicator_detail_dialog.ui by build_scripts/compile_forms.py — do not edit.
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
    QTableView, QVBoxLayout, QWidget)

class Ui_IndicatorDetailDialog(object):
    def setupUi(self, IndicatorDetailDialog):
        if not IndicatorDetailDialog.objectName():
            IndicatorDetailDialog.setObjectName(u"IndicatorDetailDialog")
        IndicatorDetailDialog.resize(860, 560)
        self.detailLayout = QVBoxLayout(IndicatorDetailDialog)
        self.detailLayout.setObjectName(u"detailLayout")
        self.headingLabel = QLabel(IndicatorDetailDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")
        self.headingLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.headingLabel)

        self.summaryLabel = QLabel(IndicatorDetailDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.summaryLabel)

        self.listLabel = QLabel(IndicatorDetailDialog)
        self.listLabel.setObjectName(u"listLabel")
        self.listLabel.setStyleSheet(u"font-weight: bold;")
        self.listLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.listLabel)

        self.tableView = QTableView(IndicatorDetailDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSortingEnabled(True)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.tableView)

        self.hintLabel = QLabel(IndicatorDetailDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #616e7c;")
        self.hintLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(IndicatorDetailDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.detailLayout.addWidget(self.buttonBox)


        self.retranslateUi(IndicatorDetailDialog)
    # setupUi

    def retranslateUi(self, IndicatorDetailDialog):
        pass
    # retranslateUi
