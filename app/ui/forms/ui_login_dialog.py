# Generated from forms/login_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.setMinimumSize(QSize(440, 0))
        self.loginLayout = QVBoxLayout(LoginDialog)
        self.loginLayout.setObjectName(u"loginLayout")
        self.titleLabel = QLabel(LoginDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.loginLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(LoginDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.loginLayout.addWidget(self.introLabel)

        self.fieldLayout = QFormLayout()
        self.fieldLayout.setObjectName(u"fieldLayout")
        self.usernameLabel = QLabel(LoginDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fieldLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(LoginDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.fieldLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(LoginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fieldLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.loginLayout.addLayout(self.fieldLayout)

        self.messageLabel = QLabel(LoginDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c62828;")

        self.loginLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.workspaceButton = QPushButton(LoginDialog)
        self.workspaceButton.setObjectName(u"workspaceButton")
        self.workspaceButton.setFlat(True)

        self.buttonLayout.addWidget(self.workspaceButton)

        self.recoveryButton = QPushButton(LoginDialog)
        self.recoveryButton.setObjectName(u"recoveryButton")
        self.recoveryButton.setFlat(True)

        self.buttonLayout.addWidget(self.recoveryButton)

        self.buttonBox = QDialogButtonBox(LoginDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonLayout.addWidget(self.buttonBox)


        self.loginLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Sign in", None))
        self.titleLabel.setText(QCoreApplication.translate("LoginDialog", u"HealthRoom Ledger", None))
        self.introLabel.setText(QCoreApplication.translate("LoginDialog", u"Staff health data is sensitive personal information. Sign in with your own account.", None))
        self.usernameLabel.setText(QCoreApplication.translate("LoginDialog", u"User name", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"Password", None))
        self.workspaceButton.setText(QCoreApplication.translate("LoginDialog", u"Open county workspace\u2026", None))
        self.recoveryButton.setText(QCoreApplication.translate("LoginDialog", u"Forgot the password? Use the recovery key\u2026", None))
    # retranslateUi
