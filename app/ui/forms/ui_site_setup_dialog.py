# Generated from forms/site_setup_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SiteSetupDialog(object):
    def setupUi(self, SiteSetupDialog):
        if not SiteSetupDialog.objectName():
            SiteSetupDialog.setObjectName(u"SiteSetupDialog")
        SiteSetupDialog.setMinimumSize(QSize(760, 0))
        SiteSetupDialog.setMinimumSize(QSize(700, 0))
        self.setupLayout = QVBoxLayout(SiteSetupDialog)
        self.setupLayout.setObjectName(u"setupLayout")
        self.introLabel = QLabel(SiteSetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.setupLayout.addWidget(self.introLabel)

        self.formHost = QWidget(SiteSetupDialog)
        self.formHost.setObjectName(u"formHost")

        self.setupLayout.addWidget(self.formHost)

        self.errorLabel = QLabel(SiteSetupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.setupLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SiteSetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.setupLayout.addWidget(self.buttonBox)


        self.retranslateUi(SiteSetupDialog)
    # setupUi

    def retranslateUi(self, SiteSetupDialog):
        SiteSetupDialog.setWindowTitle(QCoreApplication.translate("SiteSetupDialog", u"Create a new site", None))
        self.introLabel.setText(QCoreApplication.translate("SiteSetupDialog", u"Enter the enterprise and its staff health room. Fields marked * are required; the rest can be completed later.", None))
    # retranslateUi
