# Generated from forms/recovery_key_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecoveryKeyDialog(object):
    def setupUi(self, RecoveryKeyDialog):
        if not RecoveryKeyDialog.objectName():
            RecoveryKeyDialog.setObjectName(u"RecoveryKeyDialog")
        RecoveryKeyDialog.setMinimumSize(QSize(600, 0))
        self.recoveryLayout = QVBoxLayout(RecoveryKeyDialog)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.introLabel = QLabel(RecoveryKeyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.recoveryLayout.addWidget(self.introLabel)

        self.keyLabel = QLabel(RecoveryKeyDialog)
        self.keyLabel.setObjectName(u"keyLabel")
        self.keyLabel.setStyleSheet(u"font-family: monospace; font-size: 15pt; font-weight: bold; padding: 12px; background: #fff8e1; border: 1px solid #f0c36d;")
        self.keyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keyLabel.setWordWrap(True)
        self.keyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recoveryLayout.addWidget(self.keyLabel)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.printButton = QPushButton(RecoveryKeyDialog)
        self.printButton.setObjectName(u"printButton")

        self.actionLayout.addWidget(self.printButton)

        self.copyButton = QPushButton(RecoveryKeyDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.actionLayout.addWidget(self.copyButton)

        self.actionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)


        self.recoveryLayout.addLayout(self.actionLayout)

        self.keptCheck = QCheckBox(RecoveryKeyDialog)
        self.keptCheck.setObjectName(u"keptCheck")

        self.recoveryLayout.addWidget(self.keptCheck)

        self.buttonBox = QDialogButtonBox(RecoveryKeyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.recoveryLayout.addWidget(self.buttonBox)


        self.retranslateUi(RecoveryKeyDialog)
    # setupUi

    def retranslateUi(self, RecoveryKeyDialog):
        RecoveryKeyDialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyDialog", u"Recovery key", None))
        self.introLabel.setText(QCoreApplication.translate("RecoveryKeyDialog", u"This is the recovery key of the database. It is shown only this once. Print it or write it down, and keep it locked away from the computer: with it the data can be opened when every password is forgotten or the key file is lost \u2014 and by anyone who finds it.", None))
        self.printButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Print\u2026", None))
        self.copyButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Copy", None))
        self.keptCheck.setText(QCoreApplication.translate("RecoveryKeyDialog", u"I have printed or written down the recovery key and will keep it safe.", None))
    # retranslateUi
