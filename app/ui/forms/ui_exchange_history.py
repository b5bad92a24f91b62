# Generated from forms/exchange_history.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_ExchangeHistory(object):
    def setupUi(self, ExchangeHistory):
        if not ExchangeHistory.objectName():
            ExchangeHistory.setObjectName(u"ExchangeHistory")
        self.historyLayout = QVBoxLayout(ExchangeHistory)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(0, 0, 0, 0)
        self.historyLabel = QLabel(ExchangeHistory)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setStyleSheet(u"font-weight: bold;")

        self.historyLayout.addWidget(self.historyLabel)

        self.historyTable = QTableView(ExchangeHistory)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)


        self.retranslateUi(ExchangeHistory)
    # setupUi

    def retranslateUi(self, ExchangeHistory):
        self.historyLabel.setText(QCoreApplication.translate("ExchangeHistory", u"Imports and other exchanges (from the audit trail)", None))
        pass
    # retranslateUi
