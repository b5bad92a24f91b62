# Generated from forms/departure_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DepartureDialog(object):
    def setupUi(self, DepartureDialog):
        if not DepartureDialog.objectName():
            DepartureDialog.setObjectName(u"DepartureDialog")
        DepartureDialog.resize(460, 240)
        self.dialogLayout = QVBoxLayout(DepartureDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.personLabel = QLabel(DepartureDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setStyleSheet(u"font-weight: bold;")

        self.dialogLayout.addWidget(self.personLabel)

        self.introLabel = QLabel(DepartureDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(DepartureDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(DepartureDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setPlaceholderText(u"2026-12-01")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.undoCheck = QCheckBox(DepartureDialog)
        self.undoCheck.setObjectName(u"undoCheck")

        self.dialogLayout.addWidget(self.undoCheck)

        self.errorLabel = QLabel(DepartureDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DepartureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DepartureDialog)
    # setupUi

    def retranslateUi(self, DepartureDialog):
        DepartureDialog.setWindowTitle(QCoreApplication.translate("DepartureDialog", u"Record a departure", None))
        self.introLabel.setText(QCoreApplication.translate("DepartureDialog", u"Enter the first day the person is no longer on the roster. Their visits, readings and sign-ins stay; from that day on they no longer count in the rates.", None))
        self.dateLabel.setText(QCoreApplication.translate("DepartureDialog", u"First day off the roster", None))
        self.undoCheck.setText(QCoreApplication.translate("DepartureDialog", u"Back on the roster (remove the departure)", None))
    # retranslateUi
