# Generated from forms/activities_toolbar.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ActivitiesToolbar(object):
    def setupUi(self, ActivitiesToolbar):
        if not ActivitiesToolbar.objectName():
            ActivitiesToolbar.setObjectName(u"ActivitiesToolbar")
        self.toolbarLayout = QVBoxLayout(ActivitiesToolbar)
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.toolbarLayout.setContentsMargins(0, 0, 0, 0)
        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(ActivitiesToolbar)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.editButton = QPushButton(ActivitiesToolbar)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(ActivitiesToolbar)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonLayout.addWidget(self.deleteButton)

        self.signInButton = QPushButton(ActivitiesToolbar)
        self.signInButton.setObjectName(u"signInButton")

        self.buttonLayout.addWidget(self.signInButton)

        self.sheetButton = QPushButton(ActivitiesToolbar)
        self.sheetButton.setObjectName(u"sheetButton")

        self.buttonLayout.addWidget(self.sheetButton)

        self.barcodeCheck = QCheckBox(ActivitiesToolbar)
        self.barcodeCheck.setObjectName(u"barcodeCheck")

        self.buttonLayout.addWidget(self.barcodeCheck)

        self.spacer1 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.spacer1)

        self.noticesButton = QPushButton(ActivitiesToolbar)
        self.noticesButton.setObjectName(u"noticesButton")

        self.buttonLayout.addWidget(self.noticesButton)

        self.planButton = QPushButton(ActivitiesToolbar)
        self.planButton.setObjectName(u"planButton")

        self.buttonLayout.addWidget(self.planButton)

        self.outreachButton = QPushButton(ActivitiesToolbar)
        self.outreachButton.setObjectName(u"outreachButton")

        self.buttonLayout.addWidget(self.outreachButton)


        self.toolbarLayout.addLayout(self.buttonLayout)

        self.messageLabel = QLabel(ActivitiesToolbar)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.toolbarLayout.addWidget(self.messageLabel)


        self.retranslateUi(ActivitiesToolbar)
    # setupUi

    def retranslateUi(self, ActivitiesToolbar):
        self.newButton.setText(QCoreApplication.translate("ActivitiesToolbar", u"New activity\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ActivitiesToolbar", u"Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("ActivitiesToolbar", u"Delete", None))
        self.signInButton.setText(QCoreApplication.translate("ActivitiesToolbar", u"Sign-in\u2026", None))
        self.sheetButton.setText(QCoreApplication.translate("ActivitiesToolbar", u"Sign-in sheet PDF\u2026", None))
        self.barcodeCheck.setText(QCoreApplication.translate("ActivitiesToolbar", u"with barcodes", None))
        self.noticesButton.setText(QCoreApplication.translate("ActivitiesToolbar", u"Notices\u2026", None))
        self.planButton.setText(QCoreApplication.translate("ActivitiesToolbar", u"Annual plan\u2026", None))
        self.outreachButton.setText(QCoreApplication.translate("ActivitiesToolbar", u"Outreach\u2026", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi
