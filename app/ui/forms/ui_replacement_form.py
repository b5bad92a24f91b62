# Generated from forms/replacement_form.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDateEdit, QDoubleSpinBox, QFormLayout,
    QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QWidget)

class Ui_ReplacementForm(object):
    def setupUi(self, ReplacementForm):
        if not ReplacementForm.objectName():
            ReplacementForm.setObjectName(u"ReplacementForm")
        self.formLayout = QFormLayout(ReplacementForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.oldDeviceLabelLabel = QLabel(ReplacementForm)
        self.oldDeviceLabelLabel.setObjectName(u"oldDeviceLabelLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldDeviceLabelLabel)

        self.oldDeviceLabel = QLabel(ReplacementForm)
        self.oldDeviceLabel.setObjectName(u"oldDeviceLabel")
        self.oldDeviceLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldDeviceLabel)

        self.dateEditLabel = QLabel(ReplacementForm)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(ReplacementForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.costSpinLabel = QLabel(ReplacementForm)
        self.costSpinLabel.setObjectName(u"costSpinLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.costSpinLabel)

        self.costSpin = QDoubleSpinBox(ReplacementForm)
        self.costSpin.setObjectName(u"costSpin")
        self.costSpin.setMaximum(9999999.990000000223517)
        self.costSpin.setDecimals(2)
        self.costSpin.setSpecialValueText(u"\u2014")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.costSpin)

        self.paidByEditLabel = QLabel(ReplacementForm)
        self.paidByEditLabel.setObjectName(u"paidByEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.paidByEditLabel)

        self.paidByEdit = QLineEdit(ReplacementForm)
        self.paidByEdit.setObjectName(u"paidByEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paidByEdit)

        self.reasonEditLabel = QLabel(ReplacementForm)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QPlainTextEdit(ReplacementForm)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 70))
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.modelHintLabel = QLabel(ReplacementForm)
        self.modelHintLabel.setObjectName(u"modelHintLabel")
        self.modelHintLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.modelHintLabel)

        self.noteEditLabel = QLabel(ReplacementForm)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(ReplacementForm)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.newDeviceBox = QGroupBox(ReplacementForm)
        self.newDeviceBox.setObjectName(u"newDeviceBox")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.newDeviceBox)

#if QT_CONFIG(shortcut)
        self.oldDeviceLabelLabel.setBuddy(self.oldDeviceLabel)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.costSpinLabel.setBuddy(self.costSpin)
        self.paidByEditLabel.setBuddy(self.paidByEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReplacementForm)
    # setupUi

    def retranslateUi(self, ReplacementForm):
        self.oldDeviceLabelLabel.setText(QCoreApplication.translate("ReplacementForm", u"Replaces", None))
        self.dateEditLabel.setText(QCoreApplication.translate("ReplacementForm", u"Date *", None))
        self.costSpinLabel.setText(QCoreApplication.translate("ReplacementForm", u"Cost (yuan)", None))
        self.paidByEditLabel.setText(QCoreApplication.translate("ReplacementForm", u"Paid by", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("ReplacementForm", u"Reason for another model", None))
        self.noteEditLabel.setText(QCoreApplication.translate("ReplacementForm", u"Note", None))
        self.newDeviceBox.setTitle(QCoreApplication.translate("ReplacementForm", u"The new device", None))
        pass
    # retranslateUi
