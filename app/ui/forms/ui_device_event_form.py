# Generated from forms/device_event_form.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDoubleSpinBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QWidget)

class Ui_DeviceEventForm(object):
    def setupUi(self, DeviceEventForm):
        if not DeviceEventForm.objectName():
            DeviceEventForm.setObjectName(u"DeviceEventForm")
        self.formLayout = QFormLayout(DeviceEventForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.deviceLabelLabel = QLabel(DeviceEventForm)
        self.deviceLabelLabel.setObjectName(u"deviceLabelLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deviceLabelLabel)

        self.deviceLabel = QLabel(DeviceEventForm)
        self.deviceLabel.setObjectName(u"deviceLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deviceLabel)

        self.kindComboLabel = QLabel(DeviceEventForm)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(DeviceEventForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dateEditLabel = QLabel(DeviceEventForm)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(DeviceEventForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.nextDueEditLabel = QLabel(DeviceEventForm)
        self.nextDueEditLabel.setObjectName(u"nextDueEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nextDueEditLabel)

        self.nextDueEdit = QDateEdit(DeviceEventForm)
        self.nextDueEdit.setObjectName(u"nextDueEdit")
        self.nextDueEdit.setCalendarPopup(True)
        self.nextDueEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nextDueEdit)

        self.costSpinLabel = QLabel(DeviceEventForm)
        self.costSpinLabel.setObjectName(u"costSpinLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.costSpinLabel)

        self.costSpin = QDoubleSpinBox(DeviceEventForm)
        self.costSpin.setObjectName(u"costSpin")
        self.costSpin.setMaximum(9999999.990000000223517)
        self.costSpin.setDecimals(2)
        self.costSpin.setSpecialValueText(u"\u2014")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.costSpin)

        self.paidByEditLabel = QLabel(DeviceEventForm)
        self.paidByEditLabel.setObjectName(u"paidByEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paidByEditLabel)

        self.paidByEdit = QLineEdit(DeviceEventForm)
        self.paidByEdit.setObjectName(u"paidByEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paidByEdit)

        self.noteEditLabel = QLabel(DeviceEventForm)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QPlainTextEdit(DeviceEventForm)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 70))
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteEdit)

#if QT_CONFIG(shortcut)
        self.deviceLabelLabel.setBuddy(self.deviceLabel)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.nextDueEditLabel.setBuddy(self.nextDueEdit)
        self.costSpinLabel.setBuddy(self.costSpin)
        self.paidByEditLabel.setBuddy(self.paidByEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeviceEventForm)
    # setupUi

    def retranslateUi(self, DeviceEventForm):
        self.deviceLabelLabel.setText(QCoreApplication.translate("DeviceEventForm", u"Device", None))
        self.kindComboLabel.setText(QCoreApplication.translate("DeviceEventForm", u"Event *", None))
        self.dateEditLabel.setText(QCoreApplication.translate("DeviceEventForm", u"Date *", None))
        self.nextDueEditLabel.setText(QCoreApplication.translate("DeviceEventForm", u"Next due", None))
        self.costSpinLabel.setText(QCoreApplication.translate("DeviceEventForm", u"Cost (yuan)", None))
        self.paidByEditLabel.setText(QCoreApplication.translate("DeviceEventForm", u"Paid by", None))
        self.noteEditLabel.setText(QCoreApplication.translate("DeviceEventForm", u"Note", None))
        pass
    # retranslateUi
