# Generated from forms/schedule_version_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ScheduleVersionDialog(object):
    def setupUi(self, ScheduleVersionDialog):
        if not ScheduleVersionDialog.objectName():
            ScheduleVersionDialog.setObjectName(u"ScheduleVersionDialog")
        ScheduleVersionDialog.setMinimumSize(QSize(420, 0))
        self.dialogLayout = QVBoxLayout(ScheduleVersionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ScheduleVersionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(ScheduleVersionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(ScheduleVersionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd ddd")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.noteLabel = QLabel(ScheduleVersionDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(ScheduleVersionDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.copyCheck = QCheckBox(ScheduleVersionDialog)
        self.copyCheck.setObjectName(u"copyCheck")
        self.copyCheck.setChecked(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.copyCheck)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ScheduleVersionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ScheduleVersionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScheduleVersionDialog)
    # setupUi

    def retranslateUi(self, ScheduleVersionDialog):
        ScheduleVersionDialog.setWindowTitle(QCoreApplication.translate("ScheduleVersionDialog", u"New weekly schedule", None))
        self.introLabel.setText(QCoreApplication.translate("ScheduleVersionDialog", u"A new weekly schedule applies from its date on; days before it keep the schedule that was in force then, so past months are judged as they were.", None))
        self.dateLabel.setText(QCoreApplication.translate("ScheduleVersionDialog", u"In force from", None))
        self.noteLabel.setText(QCoreApplication.translate("ScheduleVersionDialog", u"Note", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ScheduleVersionDialog", u"e.g. winter hours", None))
        self.copyCheck.setText(QCoreApplication.translate("ScheduleVersionDialog", u"Start from a copy of the schedule shown", None))
    # retranslateUi
