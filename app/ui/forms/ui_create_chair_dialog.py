# Generated from forms/create_chair_dialog.ui by build_scripts/compile_forms.py — do not edit.
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

class Ui_CreateChairDialog(object):
    def setupUi(self, CreateChairDialog):
        if not CreateChairDialog.objectName():
            CreateChairDialog.setObjectName(u"CreateChairDialog")
        CreateChairDialog.setMinimumSize(QSize(520, 0))
        self.chairLayout = QVBoxLayout(CreateChairDialog)
        self.chairLayout.setObjectName(u"chairLayout")
        self.introLabel = QLabel(CreateChairDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setStyleSheet(u"font-size: 12pt;")

        self.chairLayout.addWidget(self.introLabel)

        self.fieldLayout = QFormLayout()
        self.fieldLayout.setObjectName(u"fieldLayout")
        self.usernameLabel = QLabel(CreateChairDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fieldLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(CreateChairDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.fieldLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameLabel = QLabel(CreateChairDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.fieldLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(CreateChairDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")

        self.fieldLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.passwordLabel = QLabel(CreateChairDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fieldLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(CreateChairDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(CreateChairDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.fieldLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(CreateChairDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.chairLayout.addLayout(self.fieldLayout)

        self.hintLabel = QLabel(CreateChairDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555555;")

        self.chairLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(CreateChairDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.chairLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.workspaceButton = QPushButton(CreateChairDialog)
        self.workspaceButton.setObjectName(u"workspaceButton")
        self.workspaceButton.setFlat(True)

        self.buttonLayout.addWidget(self.workspaceButton)

        self.buttonBox = QDialogButtonBox(CreateChairDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonLayout.addWidget(self.buttonBox)


        self.chairLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CreateChairDialog)
    # setupUi

    def retranslateUi(self, CreateChairDialog):
        CreateChairDialog.setWindowTitle(QCoreApplication.translate("CreateChairDialog", u"Welcome to HealthRoom Ledger", None))
        self.introLabel.setText(QCoreApplication.translate("CreateChairDialog", u"First, the union chair's account. The union chair is the first responsible person: this account creates the accounts of the health administrator and the technician. The database will be encrypted; the password opens it.", None))
        self.usernameLabel.setText(QCoreApplication.translate("CreateChairDialog", u"User name *", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("CreateChairDialog", u"for example chair", None))
        self.displayNameLabel.setText(QCoreApplication.translate("CreateChairDialog", u"Full name", None))
        self.passwordLabel.setText(QCoreApplication.translate("CreateChairDialog", u"Password *", None))
        self.confirmLabel.setText(QCoreApplication.translate("CreateChairDialog", u"Password again *", None))
        self.hintLabel.setText(QCoreApplication.translate("CreateChairDialog", u"At least 8 characters, not only digits.", None))
        self.workspaceButton.setText(QCoreApplication.translate("CreateChairDialog", u"County reviewer? Open county workspace\u2026", None))
    # retranslateUi
