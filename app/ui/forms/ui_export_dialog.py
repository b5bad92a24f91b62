# Generated from forms/export_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.periodLabel = QLabel(ExportDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodEdit = QLineEdit(ExportDialog)
        self.periodEdit.setObjectName(u"periodEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periodEdit)

        self.destinationLabel = QLabel(ExportDialog)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.destinationLabel)

        self.destinationLayout = QHBoxLayout()
        self.destinationLayout.setObjectName(u"destinationLayout")
        self.destinationCombo = QComboBox(ExportDialog)
        self.destinationCombo.setObjectName(u"destinationCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.destinationCombo.sizePolicy().hasHeightForWidth())
        self.destinationCombo.setSizePolicy(sizePolicy)

        self.destinationLayout.addWidget(self.destinationCombo)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.destinationLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.destinationLayout)

        self.namedCheck = QCheckBox(ExportDialog)
        self.namedCheck.setObjectName(u"namedCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.namedCheck)

        self.passwordLabel = QLabel(ExportDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ExportDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ExportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodEdit)
        self.destinationLabel.setBuddy(self.destinationCombo)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export for county review", None))
        self.introLabel.setText(QCoreApplication.translate("ExportDialog", u"The package holds the period's figures, records and report, signed by this site. By default no one is named: staff appear as codes with department, sex and birth year.", None))
        self.periodLabel.setText(QCoreApplication.translate("ExportDialog", u"Period", None))
        self.destinationLabel.setText(QCoreApplication.translate("ExportDialog", u"Save to", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"Folder\u2026", None))
        self.namedCheck.setText(QCoreApplication.translate("ExportDialog", u"With names (needs the union chair's approval)", None))
        self.passwordLabel.setText(QCoreApplication.translate("ExportDialog", u"Union chair's password", None))
    # retranslateUi
