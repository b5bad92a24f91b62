# Generated from forms/readings_form.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QWidget)

class Ui_ReadingsForm(object):
    def setupUi(self, ReadingsForm):
        if not ReadingsForm.objectName():
            ReadingsForm.setObjectName(u"ReadingsForm")
        self.readingsLayout = QGridLayout(ReadingsForm)
        self.readingsLayout.setObjectName(u"readingsLayout")
        self.readingsLayout.setContentsMargins(0, 0, 0, 0)
        self.bloodPressureBox = QGroupBox(ReadingsForm)
        self.bloodPressureBox.setObjectName(u"bloodPressureBox")
        self.bloodPressureBox.setCheckable(True)
        self.bloodPressureBox.setChecked(False)
        self.bloodPressureBoxLayout = QGridLayout(self.bloodPressureBox)
        self.bloodPressureBoxLayout.setObjectName(u"bloodPressureBoxLayout")
        self.bloodPressureBoxLayout.setHorizontalSpacing(4)
        self.bloodPressureBoxLayout.setContentsMargins(6, -1, 6, -1)
        self.systolicEdit = QLineEdit(self.bloodPressureBox)
        self.systolicEdit.setObjectName(u"systolicEdit")
        self.systolicEdit.setMinimumSize(QSize(56, 0))
        self.systolicEdit.setMaximumSize(QSize(68, 16777215))
        self.systolicEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.bloodPressureBoxLayout.addWidget(self.systolicEdit, 0, 0, 1, 1)

        self.slashLabel = QLabel(self.bloodPressureBox)
        self.slashLabel.setObjectName(u"slashLabel")
        self.slashLabel.setText(u"/")

        self.bloodPressureBoxLayout.addWidget(self.slashLabel, 0, 1, 1, 1)

        self.diastolicEdit = QLineEdit(self.bloodPressureBox)
        self.diastolicEdit.setObjectName(u"diastolicEdit")
        self.diastolicEdit.setMinimumSize(QSize(56, 0))
        self.diastolicEdit.setMaximumSize(QSize(68, 16777215))
        self.diastolicEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.bloodPressureBoxLayout.addWidget(self.diastolicEdit, 0, 2, 1, 1)

        self.bpUnitLabel = QLabel(self.bloodPressureBox)
        self.bpUnitLabel.setObjectName(u"bpUnitLabel")
        self.bpUnitLabel.setText(u"mmHg")

        self.bloodPressureBoxLayout.addWidget(self.bpUnitLabel, 0, 3, 1, 1)

        self.bpFlagLabel = QLabel(self.bloodPressureBox)
        self.bpFlagLabel.setObjectName(u"bpFlagLabel")

        self.bloodPressureBoxLayout.addWidget(self.bpFlagLabel, 0, 4, 1, 1)

        self.pulseEdit = QLineEdit(self.bloodPressureBox)
        self.pulseEdit.setObjectName(u"pulseEdit")
        self.pulseEdit.setMinimumSize(QSize(56, 0))
        self.pulseEdit.setMaximumSize(QSize(68, 16777215))
        self.pulseEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.bloodPressureBoxLayout.addWidget(self.pulseEdit, 1, 0, 1, 1)

        self.pulseUnitLabel = QLabel(self.bloodPressureBox)
        self.pulseUnitLabel.setObjectName(u"pulseUnitLabel")

        self.bloodPressureBoxLayout.addWidget(self.pulseUnitLabel, 1, 2, 1, 1)

        self.pulseFlagLabel = QLabel(self.bloodPressureBox)
        self.pulseFlagLabel.setObjectName(u"pulseFlagLabel")

        self.bloodPressureBoxLayout.addWidget(self.pulseFlagLabel, 1, 4, 1, 1)


        self.readingsLayout.addWidget(self.bloodPressureBox, 0, 0, 1, 1)

        self.glucoseBox = QGroupBox(ReadingsForm)
        self.glucoseBox.setObjectName(u"glucoseBox")
        self.glucoseBox.setCheckable(True)
        self.glucoseBox.setChecked(False)
        self.glucoseBoxLayout = QGridLayout(self.glucoseBox)
        self.glucoseBoxLayout.setObjectName(u"glucoseBoxLayout")
        self.glucoseBoxLayout.setHorizontalSpacing(4)
        self.glucoseBoxLayout.setContentsMargins(6, -1, 6, -1)
        self.glucoseTypeCombo = QComboBox(self.glucoseBox)
        self.glucoseTypeCombo.setObjectName(u"glucoseTypeCombo")

        self.glucoseBoxLayout.addWidget(self.glucoseTypeCombo, 0, 0, 1, 1)

        self.glucoseEdit = QLineEdit(self.glucoseBox)
        self.glucoseEdit.setObjectName(u"glucoseEdit")
        self.glucoseEdit.setMinimumSize(QSize(56, 0))
        self.glucoseEdit.setMaximumSize(QSize(68, 16777215))
        self.glucoseEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.glucoseBoxLayout.addWidget(self.glucoseEdit, 0, 1, 1, 1)

        self.glucoseUnitLabel = QLabel(self.glucoseBox)
        self.glucoseUnitLabel.setObjectName(u"glucoseUnitLabel")
        self.glucoseUnitLabel.setText(u"mmol/L")

        self.glucoseBoxLayout.addWidget(self.glucoseUnitLabel, 0, 2, 1, 1)

        self.glucoseFlagLabel = QLabel(self.glucoseBox)
        self.glucoseFlagLabel.setObjectName(u"glucoseFlagLabel")

        self.glucoseBoxLayout.addWidget(self.glucoseFlagLabel, 0, 3, 1, 1)


        self.readingsLayout.addWidget(self.glucoseBox, 0, 1, 1, 1)

        self.bodyBox = QGroupBox(ReadingsForm)
        self.bodyBox.setObjectName(u"bodyBox")
        self.bodyBox.setCheckable(True)
        self.bodyBox.setChecked(False)
        self.bodyBoxLayout = QGridLayout(self.bodyBox)
        self.bodyBoxLayout.setObjectName(u"bodyBoxLayout")
        self.bodyBoxLayout.setHorizontalSpacing(4)
        self.bodyBoxLayout.setContentsMargins(6, -1, 6, -1)
        self.heightEdit = QLineEdit(self.bodyBox)
        self.heightEdit.setObjectName(u"heightEdit")
        self.heightEdit.setMinimumSize(QSize(56, 0))
        self.heightEdit.setMaximumSize(QSize(68, 16777215))
        self.heightEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.bodyBoxLayout.addWidget(self.heightEdit, 0, 0, 1, 1)

        self.heightUnitLabel = QLabel(self.bodyBox)
        self.heightUnitLabel.setObjectName(u"heightUnitLabel")
        self.heightUnitLabel.setText(u"cm")

        self.bodyBoxLayout.addWidget(self.heightUnitLabel, 0, 1, 1, 1)

        self.weightEdit = QLineEdit(self.bodyBox)
        self.weightEdit.setObjectName(u"weightEdit")
        self.weightEdit.setMinimumSize(QSize(56, 0))
        self.weightEdit.setMaximumSize(QSize(68, 16777215))
        self.weightEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.bodyBoxLayout.addWidget(self.weightEdit, 0, 2, 1, 1)

        self.weightUnitLabel = QLabel(self.bodyBox)
        self.weightUnitLabel.setObjectName(u"weightUnitLabel")
        self.weightUnitLabel.setText(u"kg")

        self.bodyBoxLayout.addWidget(self.weightUnitLabel, 0, 3, 1, 1)

        self.bodyFatEdit = QLineEdit(self.bodyBox)
        self.bodyFatEdit.setObjectName(u"bodyFatEdit")
        self.bodyFatEdit.setMinimumSize(QSize(56, 0))
        self.bodyFatEdit.setMaximumSize(QSize(68, 16777215))
        self.bodyFatEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.bodyBoxLayout.addWidget(self.bodyFatEdit, 1, 0, 1, 1)

        self.bodyFatUnitLabel = QLabel(self.bodyBox)
        self.bodyFatUnitLabel.setObjectName(u"bodyFatUnitLabel")
        self.bodyFatUnitLabel.setText(u"%")

        self.bodyBoxLayout.addWidget(self.bodyFatUnitLabel, 1, 1, 1, 1)

        self.bmiLabel = QLabel(self.bodyBox)
        self.bmiLabel.setObjectName(u"bmiLabel")
        self.bmiLabel.setText(u"BMI")

        self.bodyBoxLayout.addWidget(self.bmiLabel, 1, 2, 1, 1)

        self.bmiValueLabel = QLabel(self.bodyBox)
        self.bmiValueLabel.setObjectName(u"bmiValueLabel")

        self.bodyBoxLayout.addWidget(self.bmiValueLabel, 1, 3, 1, 1)

        self.bmiFlagLabel = QLabel(self.bodyBox)
        self.bmiFlagLabel.setObjectName(u"bmiFlagLabel")

        self.bodyBoxLayout.addWidget(self.bmiFlagLabel, 1, 4, 1, 1)


        self.readingsLayout.addWidget(self.bodyBox, 0, 2, 1, 1)

        self.waistBox = QGroupBox(ReadingsForm)
        self.waistBox.setObjectName(u"waistBox")
        self.waistBox.setCheckable(True)
        self.waistBox.setChecked(False)
        self.waistBoxLayout = QGridLayout(self.waistBox)
        self.waistBoxLayout.setObjectName(u"waistBoxLayout")
        self.waistBoxLayout.setHorizontalSpacing(4)
        self.waistBoxLayout.setContentsMargins(6, -1, 6, -1)
        self.waistEdit = QLineEdit(self.waistBox)
        self.waistEdit.setObjectName(u"waistEdit")
        self.waistEdit.setMinimumSize(QSize(56, 0))
        self.waistEdit.setMaximumSize(QSize(68, 16777215))
        self.waistEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.waistBoxLayout.addWidget(self.waistEdit, 0, 0, 1, 1)

        self.waistUnitLabel = QLabel(self.waistBox)
        self.waistUnitLabel.setObjectName(u"waistUnitLabel")
        self.waistUnitLabel.setText(u"cm")

        self.waistBoxLayout.addWidget(self.waistUnitLabel, 0, 1, 1, 1)

        self.waistFlagLabel = QLabel(self.waistBox)
        self.waistFlagLabel.setObjectName(u"waistFlagLabel")

        self.waistBoxLayout.addWidget(self.waistFlagLabel, 0, 2, 1, 1)


        self.readingsLayout.addWidget(self.waistBox, 1, 0, 1, 1)

        self.spo2Box = QGroupBox(ReadingsForm)
        self.spo2Box.setObjectName(u"spo2Box")
        self.spo2Box.setCheckable(True)
        self.spo2Box.setChecked(False)
        self.spo2BoxLayout = QGridLayout(self.spo2Box)
        self.spo2BoxLayout.setObjectName(u"spo2BoxLayout")
        self.spo2BoxLayout.setHorizontalSpacing(4)
        self.spo2BoxLayout.setContentsMargins(6, -1, 6, -1)
        self.spo2Edit = QLineEdit(self.spo2Box)
        self.spo2Edit.setObjectName(u"spo2Edit")
        self.spo2Edit.setMinimumSize(QSize(56, 0))
        self.spo2Edit.setMaximumSize(QSize(68, 16777215))
        self.spo2Edit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.spo2BoxLayout.addWidget(self.spo2Edit, 0, 0, 1, 1)

        self.spo2UnitLabel = QLabel(self.spo2Box)
        self.spo2UnitLabel.setObjectName(u"spo2UnitLabel")
        self.spo2UnitLabel.setText(u"%")

        self.spo2BoxLayout.addWidget(self.spo2UnitLabel, 0, 1, 1, 1)

        self.spo2FlagLabel = QLabel(self.spo2Box)
        self.spo2FlagLabel.setObjectName(u"spo2FlagLabel")

        self.spo2BoxLayout.addWidget(self.spo2FlagLabel, 0, 2, 1, 1)


        self.readingsLayout.addWidget(self.spo2Box, 1, 1, 1, 1)

        self.temperatureBox = QGroupBox(ReadingsForm)
        self.temperatureBox.setObjectName(u"temperatureBox")
        self.temperatureBox.setCheckable(True)
        self.temperatureBox.setChecked(False)
        self.temperatureBoxLayout = QGridLayout(self.temperatureBox)
        self.temperatureBoxLayout.setObjectName(u"temperatureBoxLayout")
        self.temperatureBoxLayout.setHorizontalSpacing(4)
        self.temperatureBoxLayout.setContentsMargins(6, -1, 6, -1)
        self.temperatureEdit = QLineEdit(self.temperatureBox)
        self.temperatureEdit.setObjectName(u"temperatureEdit")
        self.temperatureEdit.setMinimumSize(QSize(56, 0))
        self.temperatureEdit.setMaximumSize(QSize(68, 16777215))
        self.temperatureEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.temperatureBoxLayout.addWidget(self.temperatureEdit, 0, 0, 1, 1)

        self.temperatureUnitLabel = QLabel(self.temperatureBox)
        self.temperatureUnitLabel.setObjectName(u"temperatureUnitLabel")
        self.temperatureUnitLabel.setText(u"\u00b0C")

        self.temperatureBoxLayout.addWidget(self.temperatureUnitLabel, 0, 1, 1, 1)

        self.temperatureFlagLabel = QLabel(self.temperatureBox)
        self.temperatureFlagLabel.setObjectName(u"temperatureFlagLabel")

        self.temperatureBoxLayout.addWidget(self.temperatureFlagLabel, 0, 2, 1, 1)


        self.readingsLayout.addWidget(self.temperatureBox, 1, 2, 1, 1)

        QWidget.setTabOrder(self.systolicEdit, self.diastolicEdit)
        QWidget.setTabOrder(self.diastolicEdit, self.pulseEdit)
        QWidget.setTabOrder(self.pulseEdit, self.glucoseTypeCombo)
        QWidget.setTabOrder(self.glucoseTypeCombo, self.glucoseEdit)
        QWidget.setTabOrder(self.glucoseEdit, self.heightEdit)
        QWidget.setTabOrder(self.heightEdit, self.weightEdit)
        QWidget.setTabOrder(self.weightEdit, self.bodyFatEdit)
        QWidget.setTabOrder(self.bodyFatEdit, self.waistEdit)
        QWidget.setTabOrder(self.waistEdit, self.spo2Edit)
        QWidget.setTabOrder(self.spo2Edit, self.temperatureEdit)

        self.retranslateUi(ReadingsForm)
    # setupUi

    def retranslateUi(self, ReadingsForm):
        self.bloodPressureBox.setTitle(QCoreApplication.translate("ReadingsForm", u"&Blood pressure", None))
        self.systolicEdit.setPlaceholderText(QCoreApplication.translate("ReadingsForm", u"Systolic", None))
        self.diastolicEdit.setPlaceholderText(QCoreApplication.translate("ReadingsForm", u"Diastolic", None))
        self.pulseEdit.setPlaceholderText(QCoreApplication.translate("ReadingsForm", u"Pulse", None))
        self.pulseUnitLabel.setText(QCoreApplication.translate("ReadingsForm", u"/min", None))
        self.glucoseBox.setTitle(QCoreApplication.translate("ReadingsForm", u"&Glucose", None))
        self.bodyBox.setTitle(QCoreApplication.translate("ReadingsForm", u"&Height and weight", None))
        self.heightEdit.setPlaceholderText(QCoreApplication.translate("ReadingsForm", u"Height", None))
        self.weightEdit.setPlaceholderText(QCoreApplication.translate("ReadingsForm", u"Weight", None))
        self.bodyFatEdit.setPlaceholderText(QCoreApplication.translate("ReadingsForm", u"Body fat", None))
        self.waistBox.setTitle(QCoreApplication.translate("ReadingsForm", u"&Waist", None))
        self.spo2Box.setTitle(QCoreApplication.translate("ReadingsForm", u"SpO&2", None))
        self.temperatureBox.setTitle(QCoreApplication.translate("ReadingsForm", u"&Temperature", None))
        pass
    # retranslateUi
