# Generated from forms/audit_detail.ui by build_scripts/compile_forms.py — do not edit.
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

class Ui_AuditDetail(object):
    def setupUi(self, AuditDetail):
        if not AuditDetail.objectName():
            AuditDetail.setObjectName(u"AuditDetail")
        self.detailLayout = QVBoxLayout(AuditDetail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.chainLabel = QLabel(AuditDetail)
        self.chainLabel.setObjectName(u"chainLabel")
        self.chainLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.chainLabel)

        self.summaryLabel = QLabel(AuditDetail)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.summaryLabel)

        self.changesView = QTableView(AuditDetail)
        self.changesView.setObjectName(u"changesView")
        self.changesView.setMaximumSize(QSize(16777215, 180))
        self.changesView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.changesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.changesView.setWordWrap(True)

        self.detailLayout.addWidget(self.changesView)


        self.retranslateUi(AuditDetail)
    # setupUi

    def retranslateUi(self, AuditDetail):
        self.summaryLabel.setText(QCoreApplication.translate("AuditDetail", u"Select an entry to see what changed (health values are never shown).", None))
        pass
    # retranslateUi
