# Generated from forms/recovery_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.setMinimumSize(QSize(560, 0))
        self.recoveryLayout = QVBoxLayout(RecoveryDialog)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.introLabel = QLabel(RecoveryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.recoveryLayout.addWidget(self.introLabel)

        self.fieldLayout = QFormLayout()
        self.fieldLayout.setObjectName(u"fieldLayout")
        self.keyLabel = QLabel(RecoveryDialog)
        self.keyLabel.setObjectName(u"keyLabel")

        self.fieldLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.keyEdit = QLineEdit(RecoveryDialog)
        self.keyEdit.setObjectName(u"keyEdit")
        self.keyEdit.setPlaceholderText(u"XXXX-XXXX-XXXX-\u2026")

        self.fieldLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.keyEdit)

        self.usernameLabel = QLabel(RecoveryDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fieldLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(RecoveryDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.fieldLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(RecoveryDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fieldLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(RecoveryDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(RecoveryDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.fieldLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(RecoveryDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.recoveryLayout.addLayout(self.fieldLayout)

        self.errorLabel = QLabel(RecoveryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.recoveryLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RecoveryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.recoveryLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.keyLabel.setBuddy(self.keyEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"Open with the recovery key", None))
        self.introLabel.setText(QCoreApplication.translate("RecoveryDialog", u"Type the recovery key the union chair printed when the database was created, the account whose password was forgotten, and its new password.", None))
        self.keyLabel.setText(QCoreApplication.translate("RecoveryDialog", u"Recovery key", None))
        self.usernameLabel.setText(QCoreApplication.translate("RecoveryDialog", u"User name", None))
        self.passwordLabel.setText(QCoreApplication.translate("RecoveryDialog", u"New password", None))
        self.confirmLabel.setText(QCoreApplication.translate("RecoveryDialog", u"New password again", None))
    # retranslateUi
