# Generated from forms/register_print_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_RegisterPrintDialog(object):
    def setupUi(self, RegisterPrintDialog):
        if not RegisterPrintDialog.objectName():
            RegisterPrintDialog.setObjectName(u"RegisterPrintDialog")
        RegisterPrintDialog.setMinimumSize(QSize(560, 0))
        self.printLayout = QVBoxLayout(RegisterPrintDialog)
        self.printLayout.setObjectName(u"printLayout")
        self.introLabel = QLabel(RegisterPrintDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.printLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fromLabel = QLabel(RegisterPrintDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(RegisterPrintDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(RegisterPrintDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QDateEdit(RegisterPrintDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.toEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.pagesLabel = QLabel(RegisterPrintDialog)
        self.pagesLabel.setObjectName(u"pagesLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pagesLabel)

        self.pagesSpin = QSpinBox(RegisterPrintDialog)
        self.pagesSpin.setObjectName(u"pagesSpin")
        self.pagesSpin.setMinimum(1)
        self.pagesSpin.setMaximum(200)
        self.pagesSpin.setValue(5)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pagesSpin)

        self.pathLabel = QLabel(RegisterPrintDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathEdit = QLineEdit(RegisterPrintDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathLayout.addWidget(self.pathEdit)

        self.browseButton = QPushButton(RegisterPrintDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.pathLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.pathLayout)

        self.xlsxCheck = QCheckBox(RegisterPrintDialog)
        self.xlsxCheck.setObjectName(u"xlsxCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.xlsxCheck)


        self.printLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(RegisterPrintDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.printLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(RegisterPrintDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.printLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.pagesLabel.setBuddy(self.pagesSpin)
        self.pathLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterPrintDialog)
    # setupUi

    def retranslateUi(self, RegisterPrintDialog):
        RegisterPrintDialog.setWindowTitle(QCoreApplication.translate("RegisterPrintDialog", u"Print the usage register", None))
        self.fromLabel.setText(QCoreApplication.translate("RegisterPrintDialog", u"&From:", None))
        self.toLabel.setText(QCoreApplication.translate("RegisterPrintDialog", u"&To:", None))
        self.pagesLabel.setText(QCoreApplication.translate("RegisterPrintDialog", u"&Pages:", None))
        self.pathLabel.setText(QCoreApplication.translate("RegisterPrintDialog", u"PDF &file:", None))
        self.browseButton.setText(QCoreApplication.translate("RegisterPrintDialog", u"&Browse\u2026", None))
        self.xlsxCheck.setText(QCoreApplication.translate("RegisterPrintDialog", u"Also save as a spreadsheet (.xlsx) next to it", None))
    # retranslateUi
