# Generated from forms/close_dates_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CloseDatesDialog(object):
    def setupUi(self, CloseDatesDialog):
        if not CloseDatesDialog.objectName():
            CloseDatesDialog.setObjectName(u"CloseDatesDialog")
        CloseDatesDialog.setMinimumSize(QSize(420, 0))
        self.dialogLayout = QVBoxLayout(CloseDatesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CloseDatesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.firstLabel = QLabel(CloseDatesDialog)
        self.firstLabel.setObjectName(u"firstLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.firstEdit = QDateEdit(CloseDatesDialog)
        self.firstEdit.setObjectName(u"firstEdit")
        self.firstEdit.setCalendarPopup(True)
        self.firstEdit.setDisplayFormat(u"yyyy-MM-dd ddd")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstEdit)

        self.lastLabel = QLabel(CloseDatesDialog)
        self.lastLabel.setObjectName(u"lastLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastLabel)

        self.lastEdit = QDateEdit(CloseDatesDialog)
        self.lastEdit.setObjectName(u"lastEdit")
        self.lastEdit.setCalendarPopup(True)
        self.lastEdit.setDisplayFormat(u"yyyy-MM-dd ddd")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastEdit)

        self.reasonLabel = QLabel(CloseDatesDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(CloseDatesDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)
        self.reasonCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.summaryLabel = QLabel(CloseDatesDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.errorLabel = QLabel(CloseDatesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CloseDatesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.firstLabel.setBuddy(self.firstEdit)
        self.lastLabel.setBuddy(self.lastEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CloseDatesDialog)
    # setupUi

    def retranslateUi(self, CloseDatesDialog):
        CloseDatesDialog.setWindowTitle(QCoreApplication.translate("CloseDatesDialog", u"Close the room", None))
        self.introLabel.setText(QCoreApplication.translate("CloseDatesDialog", u"Close the room on one day or on every day of a range (a holiday, a training week). Holidays are not built in: enter them here.", None))
        self.firstLabel.setText(QCoreApplication.translate("CloseDatesDialog", u"From", None))
        self.lastLabel.setText(QCoreApplication.translate("CloseDatesDialog", u"To", None))
        self.reasonLabel.setText(QCoreApplication.translate("CloseDatesDialog", u"Reason *", None))
    # retranslateUi
