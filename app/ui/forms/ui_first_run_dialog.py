# Generated from forms/first_run_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCommandLinkButton, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.setMinimumSize(QSize(520, 0))
        self.firstRunLayout = QVBoxLayout(FirstRunDialog)
        self.firstRunLayout.setObjectName(u"firstRunLayout")
        self.welcomeLabel = QLabel(FirstRunDialog)
        self.welcomeLabel.setObjectName(u"welcomeLabel")
        self.welcomeLabel.setWordWrap(True)
        self.welcomeLabel.setStyleSheet(u"font-size: 13pt;")

        self.firstRunLayout.addWidget(self.welcomeLabel)

        self.newSiteButton = QCommandLinkButton(FirstRunDialog)
        self.newSiteButton.setObjectName(u"newSiteButton")

        self.firstRunLayout.addWidget(self.newSiteButton)

        self.demoButton = QCommandLinkButton(FirstRunDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.firstRunLayout.addWidget(self.demoButton)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.firstRunLayout.addWidget(self.buttonBox)


        self.retranslateUi(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to HealthRoom Ledger", None))
        self.welcomeLabel.setText(QCoreApplication.translate("FirstRunDialog", u"This database is empty. Set up your own health room, or look around a demo site first.", None))
        self.newSiteButton.setText(QCoreApplication.translate("FirstRunDialog", u"Create a new site", None))
        self.newSiteButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"Enter your enterprise and its health room, then start recording.", None))
        self.demoButton.setText(QCoreApplication.translate("FirstRunDialog", u"Open the demo data", None))
        self.demoButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"A demo factory with 300 staff and a year of records, to try every page. Accounts chair, admin and tech, password demo1234.", None))
    # retranslateUi
