# Generated from forms/usage_top.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_UsageTop(object):
    def setupUi(self, UsageTop):
        if not UsageTop.objectName():
            UsageTop.setObjectName(u"UsageTop")
        self.topLayout = QHBoxLayout(UsageTop)
        self.topLayout.setObjectName(u"topLayout")
        self.topLayout.setContentsMargins(0, 0, 0, 0)
        self.entryHost = QWidget(UsageTop)
        self.entryHost.setObjectName(u"entryHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.entryHost.sizePolicy().hasHeightForWidth())
        self.entryHost.setSizePolicy(sizePolicy)

        self.topLayout.addWidget(self.entryHost)

        self.todayBox = QGroupBox(UsageTop)
        self.todayBox.setObjectName(u"todayBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.todayBox.sizePolicy().hasHeightForWidth())
        self.todayBox.setSizePolicy(sizePolicy1)
        self.todayLayout = QVBoxLayout(self.todayBox)
        self.todayLayout.setObjectName(u"todayLayout")
        self.todayLayout.setContentsMargins(4, 4, 4, 4)
        self.todayView = QTableView(self.todayBox)
        self.todayView.setObjectName(u"todayView")
        self.todayView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.todayView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.todayView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.todayView.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.todayView.setAlternatingRowColors(True)
        self.todayView.horizontalHeader().setStretchLastSection(True)
        self.todayView.verticalHeader().setVisible(False)

        self.todayLayout.addWidget(self.todayView)


        self.topLayout.addWidget(self.todayBox)


        self.retranslateUi(UsageTop)
    # setupUi

    def retranslateUi(self, UsageTop):
        self.todayBox.setTitle(QCoreApplication.translate("UsageTop", u"Today", None))
        pass
    # retranslateUi
