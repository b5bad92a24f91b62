# Generated from forms/about_dialog.ui by build_scripts/compile_forms.py — do not edit.
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

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        self.aboutLayout = QVBoxLayout(AboutDialog)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.nameLabel = QLabel(AboutDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.aboutLayout.addWidget(self.nameLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.aboutLayout.addWidget(self.versionLabel)

        self.purposeLabel = QLabel(AboutDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")
        self.purposeLabel.setWordWrap(True)

        self.aboutLayout.addWidget(self.purposeLabel)

        self.databaseLabel = QLabel(AboutDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setWordWrap(True)
        self.databaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.aboutLayout.addWidget(self.databaseLabel)

        self.fontLabel = QLabel(AboutDialog)
        self.fontLabel.setObjectName(u"fontLabel")
        self.fontLabel.setWordWrap(True)

        self.aboutLayout.addWidget(self.fontLabel)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.aboutLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About HealthRoom Ledger", None))
        self.nameLabel.setText(QCoreApplication.translate("AboutDialog", u"HealthRoom Ledger", None))
        self.purposeLabel.setText(QCoreApplication.translate("AboutDialog", u"The offline register of an enterprise's staff health room: equipment, open hours, usage register with readings, staff health files and lectures.", None))
        self.fontLabel.setText(QCoreApplication.translate("AboutDialog", u"Chinese font: WenQuanYi Micro Hei (Apache License 2.0).", None))
    # retranslateUi
