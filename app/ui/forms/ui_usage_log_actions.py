# Generated from forms/usage_log_actions.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QPushButton, QSizePolicy,
    QSpacerItem, QWidget)

class Ui_UsageLogActions(object):
    def setupUi(self, UsageLogActions):
        if not UsageLogActions.objectName():
            UsageLogActions.setObjectName(u"UsageLogActions")
        self.actionsLayout = QHBoxLayout(UsageLogActions)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)
        self.historyButton = QPushButton(UsageLogActions)
        self.historyButton.setObjectName(u"historyButton")

        self.actionsLayout.addWidget(self.historyButton)

        self.editButton = QPushButton(UsageLogActions)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(UsageLogActions)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.printButton = QPushButton(UsageLogActions)
        self.printButton.setObjectName(u"printButton")

        self.actionsLayout.addWidget(self.printButton)

        self.blankButton = QPushButton(UsageLogActions)
        self.blankButton.setObjectName(u"blankButton")

        self.actionsLayout.addWidget(self.blankButton)

        self.thresholdsButton = QPushButton(UsageLogActions)
        self.thresholdsButton.setObjectName(u"thresholdsButton")

        self.actionsLayout.addWidget(self.thresholdsButton)


        self.retranslateUi(UsageLogActions)
    # setupUi

    def retranslateUi(self, UsageLogActions):
        self.historyButton.setText(QCoreApplication.translate("UsageLogActions", u"Person's history\u2026", None))
        self.editButton.setText(QCoreApplication.translate("UsageLogActions", u"Correct\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("UsageLogActions", u"Delete\u2026", None))
        self.printButton.setText(QCoreApplication.translate("UsageLogActions", u"Print register\u2026", None))
        self.blankButton.setText(QCoreApplication.translate("UsageLogActions", u"Blank forms\u2026", None))
        self.thresholdsButton.setText(QCoreApplication.translate("UsageLogActions", u"Thresholds\u2026", None))
        pass
    # retranslateUi
