# Generated from forms/day_log_form.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QTimeEdit,
    QWidget)

class Ui_DayLogForm(object):
    def setupUi(self, DayLogForm):
        if not DayLogForm.objectName():
            DayLogForm.setObjectName(u"DayLogForm")
        self.formLayout = QFormLayout(DayLogForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.dayLabelLabel = QLabel(DayLogForm)
        self.dayLabelLabel.setObjectName(u"dayLabelLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabelLabel)

        self.dayLabel = QLabel(DayLogForm)
        self.dayLabel.setObjectName(u"dayLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dayLabel)

        self.openedEditLabel = QLabel(DayLogForm)
        self.openedEditLabel.setObjectName(u"openedEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.openedEditLabel)

        self.openedEdit = QTimeEdit(DayLogForm)
        self.openedEdit.setObjectName(u"openedEdit")
        self.openedEdit.setDisplayFormat(u"HH:mm")
        self.openedEdit.setSpecialValueText(u"\u2014")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.openedEdit)

        self.closedEditLabel = QLabel(DayLogForm)
        self.closedEditLabel.setObjectName(u"closedEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.closedEditLabel)

        self.closedEdit = QTimeEdit(DayLogForm)
        self.closedEdit.setObjectName(u"closedEdit")
        self.closedEdit.setDisplayFormat(u"HH:mm")
        self.closedEdit.setSpecialValueText(u"\u2014")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.closedEdit)

        self.dutyEditLabel = QLabel(DayLogForm)
        self.dutyEditLabel.setObjectName(u"dutyEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dutyEditLabel)

        self.dutyEdit = QLineEdit(DayLogForm)
        self.dutyEdit.setObjectName(u"dutyEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dutyEdit)

        self.cleanedCheck = QCheckBox(DayLogForm)
        self.cleanedCheck.setObjectName(u"cleanedCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.cleanedCheck)

        self.cleanedByEditLabel = QLabel(DayLogForm)
        self.cleanedByEditLabel.setObjectName(u"cleanedByEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cleanedByEditLabel)

        self.cleanedByEdit = QLineEdit(DayLogForm)
        self.cleanedByEdit.setObjectName(u"cleanedByEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cleanedByEdit)

        self.disinfectedCheck = QCheckBox(DayLogForm)
        self.disinfectedCheck.setObjectName(u"disinfectedCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.disinfectedCheck)

        self.whatEditLabel = QLabel(DayLogForm)
        self.whatEditLabel.setObjectName(u"whatEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.whatEditLabel)

        self.whatEdit = QLineEdit(DayLogForm)
        self.whatEdit.setObjectName(u"whatEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.whatEdit)

        self.agentComboLabel = QLabel(DayLogForm)
        self.agentComboLabel.setObjectName(u"agentComboLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.agentComboLabel)

        self.agentCombo = QComboBox(DayLogForm)
        self.agentCombo.setObjectName(u"agentCombo")
        self.agentCombo.setEditable(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.agentCombo)

        self.disinfectedByEditLabel = QLabel(DayLogForm)
        self.disinfectedByEditLabel.setObjectName(u"disinfectedByEditLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.disinfectedByEditLabel)

        self.disinfectedByEdit = QLineEdit(DayLogForm)
        self.disinfectedByEdit.setObjectName(u"disinfectedByEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.disinfectedByEdit)

        self.noteEditLabel = QLabel(DayLogForm)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(DayLogForm)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.noteEdit)

#if QT_CONFIG(shortcut)
        self.dayLabelLabel.setBuddy(self.dayLabel)
        self.openedEditLabel.setBuddy(self.openedEdit)
        self.closedEditLabel.setBuddy(self.closedEdit)
        self.dutyEditLabel.setBuddy(self.dutyEdit)
        self.cleanedByEditLabel.setBuddy(self.cleanedByEdit)
        self.whatEditLabel.setBuddy(self.whatEdit)
        self.agentComboLabel.setBuddy(self.agentCombo)
        self.disinfectedByEditLabel.setBuddy(self.disinfectedByEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DayLogForm)
    # setupUi

    def retranslateUi(self, DayLogForm):
        self.dayLabelLabel.setText(QCoreApplication.translate("DayLogForm", u"Day", None))
        self.openedEditLabel.setText(QCoreApplication.translate("DayLogForm", u"Opened at", None))
        self.closedEditLabel.setText(QCoreApplication.translate("DayLogForm", u"Closed at", None))
        self.dutyEditLabel.setText(QCoreApplication.translate("DayLogForm", u"On duty", None))
        self.cleanedCheck.setText(QCoreApplication.translate("DayLogForm", u"Cleaned", None))
        self.cleanedByEditLabel.setText(QCoreApplication.translate("DayLogForm", u"Cleaned by", None))
        self.disinfectedCheck.setText(QCoreApplication.translate("DayLogForm", u"Disinfected", None))
        self.whatEditLabel.setText(QCoreApplication.translate("DayLogForm", u"What was disinfected", None))
        self.agentComboLabel.setText(QCoreApplication.translate("DayLogForm", u"Disinfectant", None))
        self.disinfectedByEditLabel.setText(QCoreApplication.translate("DayLogForm", u"Disinfected by", None))
        self.noteEditLabel.setText(QCoreApplication.translate("DayLogForm", u"Note", None))
        pass
    # retranslateUi
