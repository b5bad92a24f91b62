# Generated from forms/thresholds_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QDoubleSpinBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ThresholdsDialog(object):
    def setupUi(self, ThresholdsDialog):
        if not ThresholdsDialog.objectName():
            ThresholdsDialog.setObjectName(u"ThresholdsDialog")
        self.thresholdsLayout = QVBoxLayout(ThresholdsDialog)
        self.thresholdsLayout.setObjectName(u"thresholdsLayout")
        self.introLabel = QLabel(ThresholdsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.thresholdsLayout.addWidget(self.introLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.systolicHighLabel = QLabel(ThresholdsDialog)
        self.systolicHighLabel.setObjectName(u"systolicHighLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.systolicHighLabel)

        self.systolicHighSpin = QDoubleSpinBox(ThresholdsDialog)
        self.systolicHighSpin.setObjectName(u"systolicHighSpin")
        self.systolicHighSpin.setDecimals(0)
        self.systolicHighSpin.setMinimum(80.000000000000000)
        self.systolicHighSpin.setMaximum(250.000000000000000)
        self.systolicHighSpin.setSingleStep(1.000000000000000)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.systolicHighSpin)

        self.diastolicHighLabel = QLabel(ThresholdsDialog)
        self.diastolicHighLabel.setObjectName(u"diastolicHighLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.diastolicHighLabel)

        self.diastolicHighSpin = QDoubleSpinBox(ThresholdsDialog)
        self.diastolicHighSpin.setObjectName(u"diastolicHighSpin")
        self.diastolicHighSpin.setDecimals(0)
        self.diastolicHighSpin.setMinimum(40.000000000000000)
        self.diastolicHighSpin.setMaximum(150.000000000000000)
        self.diastolicHighSpin.setSingleStep(1.000000000000000)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.diastolicHighSpin)

        self.glucoseFastingImpairedLabel = QLabel(ThresholdsDialog)
        self.glucoseFastingImpairedLabel.setObjectName(u"glucoseFastingImpairedLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.glucoseFastingImpairedLabel)

        self.glucoseFastingImpairedSpin = QDoubleSpinBox(ThresholdsDialog)
        self.glucoseFastingImpairedSpin.setObjectName(u"glucoseFastingImpairedSpin")
        self.glucoseFastingImpairedSpin.setDecimals(1)
        self.glucoseFastingImpairedSpin.setMinimum(3.000000000000000)
        self.glucoseFastingImpairedSpin.setMaximum(20.000000000000000)
        self.glucoseFastingImpairedSpin.setSingleStep(0.100000000000000)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.glucoseFastingImpairedSpin)

        self.glucoseFastingHighLabel = QLabel(ThresholdsDialog)
        self.glucoseFastingHighLabel.setObjectName(u"glucoseFastingHighLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.glucoseFastingHighLabel)

        self.glucoseFastingHighSpin = QDoubleSpinBox(ThresholdsDialog)
        self.glucoseFastingHighSpin.setObjectName(u"glucoseFastingHighSpin")
        self.glucoseFastingHighSpin.setDecimals(1)
        self.glucoseFastingHighSpin.setMinimum(3.000000000000000)
        self.glucoseFastingHighSpin.setMaximum(25.000000000000000)
        self.glucoseFastingHighSpin.setSingleStep(0.100000000000000)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.glucoseFastingHighSpin)

        self.glucose2HHighLabel = QLabel(ThresholdsDialog)
        self.glucose2HHighLabel.setObjectName(u"glucose2HHighLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.glucose2HHighLabel)

        self.glucose2HHighSpin = QDoubleSpinBox(ThresholdsDialog)
        self.glucose2HHighSpin.setObjectName(u"glucose2HHighSpin")
        self.glucose2HHighSpin.setDecimals(1)
        self.glucose2HHighSpin.setMinimum(3.000000000000000)
        self.glucose2HHighSpin.setMaximum(30.000000000000000)
        self.glucose2HHighSpin.setSingleStep(0.100000000000000)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.glucose2HHighSpin)

        self.glucoseRandomHighLabel = QLabel(ThresholdsDialog)
        self.glucoseRandomHighLabel.setObjectName(u"glucoseRandomHighLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.glucoseRandomHighLabel)

        self.glucoseRandomHighSpin = QDoubleSpinBox(ThresholdsDialog)
        self.glucoseRandomHighSpin.setObjectName(u"glucoseRandomHighSpin")
        self.glucoseRandomHighSpin.setDecimals(1)
        self.glucoseRandomHighSpin.setMinimum(3.000000000000000)
        self.glucoseRandomHighSpin.setMaximum(30.000000000000000)
        self.glucoseRandomHighSpin.setSingleStep(0.100000000000000)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.glucoseRandomHighSpin)

        self.bmiLowLabel = QLabel(ThresholdsDialog)
        self.bmiLowLabel.setObjectName(u"bmiLowLabel")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bmiLowLabel)

        self.bmiLowSpin = QDoubleSpinBox(ThresholdsDialog)
        self.bmiLowSpin.setObjectName(u"bmiLowSpin")
        self.bmiLowSpin.setDecimals(1)
        self.bmiLowSpin.setMinimum(10.000000000000000)
        self.bmiLowSpin.setMaximum(30.000000000000000)
        self.bmiLowSpin.setSingleStep(0.100000000000000)

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.bmiLowSpin)

        self.bmiOverweightLabel = QLabel(ThresholdsDialog)
        self.bmiOverweightLabel.setObjectName(u"bmiOverweightLabel")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.bmiOverweightLabel)

        self.bmiOverweightSpin = QDoubleSpinBox(ThresholdsDialog)
        self.bmiOverweightSpin.setObjectName(u"bmiOverweightSpin")
        self.bmiOverweightSpin.setDecimals(1)
        self.bmiOverweightSpin.setMinimum(15.000000000000000)
        self.bmiOverweightSpin.setMaximum(40.000000000000000)
        self.bmiOverweightSpin.setSingleStep(0.100000000000000)

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.bmiOverweightSpin)

        self.bmiObeseLabel = QLabel(ThresholdsDialog)
        self.bmiObeseLabel.setObjectName(u"bmiObeseLabel")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.bmiObeseLabel)

        self.bmiObeseSpin = QDoubleSpinBox(ThresholdsDialog)
        self.bmiObeseSpin.setObjectName(u"bmiObeseSpin")
        self.bmiObeseSpin.setDecimals(1)
        self.bmiObeseSpin.setMinimum(15.000000000000000)
        self.bmiObeseSpin.setMaximum(50.000000000000000)
        self.bmiObeseSpin.setSingleStep(0.100000000000000)

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.bmiObeseSpin)

        self.waistHighMaleLabel = QLabel(ThresholdsDialog)
        self.waistHighMaleLabel.setObjectName(u"waistHighMaleLabel")

        self.fieldsLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.waistHighMaleLabel)

        self.waistHighMaleSpin = QDoubleSpinBox(ThresholdsDialog)
        self.waistHighMaleSpin.setObjectName(u"waistHighMaleSpin")
        self.waistHighMaleSpin.setDecimals(0)
        self.waistHighMaleSpin.setMinimum(50.000000000000000)
        self.waistHighMaleSpin.setMaximum(150.000000000000000)
        self.waistHighMaleSpin.setSingleStep(1.000000000000000)

        self.fieldsLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.waistHighMaleSpin)

        self.waistHighFemaleLabel = QLabel(ThresholdsDialog)
        self.waistHighFemaleLabel.setObjectName(u"waistHighFemaleLabel")

        self.fieldsLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.waistHighFemaleLabel)

        self.waistHighFemaleSpin = QDoubleSpinBox(ThresholdsDialog)
        self.waistHighFemaleSpin.setObjectName(u"waistHighFemaleSpin")
        self.waistHighFemaleSpin.setDecimals(0)
        self.waistHighFemaleSpin.setMinimum(50.000000000000000)
        self.waistHighFemaleSpin.setMaximum(150.000000000000000)
        self.waistHighFemaleSpin.setSingleStep(1.000000000000000)

        self.fieldsLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.waistHighFemaleSpin)

        self.pulseNormalMinLabel = QLabel(ThresholdsDialog)
        self.pulseNormalMinLabel.setObjectName(u"pulseNormalMinLabel")

        self.fieldsLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.pulseNormalMinLabel)

        self.pulseNormalMinSpin = QDoubleSpinBox(ThresholdsDialog)
        self.pulseNormalMinSpin.setObjectName(u"pulseNormalMinSpin")
        self.pulseNormalMinSpin.setDecimals(0)
        self.pulseNormalMinSpin.setMinimum(30.000000000000000)
        self.pulseNormalMinSpin.setMaximum(120.000000000000000)
        self.pulseNormalMinSpin.setSingleStep(1.000000000000000)

        self.fieldsLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.pulseNormalMinSpin)

        self.pulseNormalMaxLabel = QLabel(ThresholdsDialog)
        self.pulseNormalMaxLabel.setObjectName(u"pulseNormalMaxLabel")

        self.fieldsLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.pulseNormalMaxLabel)

        self.pulseNormalMaxSpin = QDoubleSpinBox(ThresholdsDialog)
        self.pulseNormalMaxSpin.setObjectName(u"pulseNormalMaxSpin")
        self.pulseNormalMaxSpin.setDecimals(0)
        self.pulseNormalMaxSpin.setMinimum(50.000000000000000)
        self.pulseNormalMaxSpin.setMaximum(200.000000000000000)
        self.pulseNormalMaxSpin.setSingleStep(1.000000000000000)

        self.fieldsLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.pulseNormalMaxSpin)

        self.spo2LowLabel = QLabel(ThresholdsDialog)
        self.spo2LowLabel.setObjectName(u"spo2LowLabel")

        self.fieldsLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.spo2LowLabel)

        self.spo2LowSpin = QDoubleSpinBox(ThresholdsDialog)
        self.spo2LowSpin.setObjectName(u"spo2LowSpin")
        self.spo2LowSpin.setDecimals(0)
        self.spo2LowSpin.setMinimum(70.000000000000000)
        self.spo2LowSpin.setMaximum(100.000000000000000)
        self.spo2LowSpin.setSingleStep(1.000000000000000)

        self.fieldsLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.spo2LowSpin)

        self.temperatureHighLabel = QLabel(ThresholdsDialog)
        self.temperatureHighLabel.setObjectName(u"temperatureHighLabel")

        self.fieldsLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.temperatureHighLabel)

        self.temperatureHighSpin = QDoubleSpinBox(ThresholdsDialog)
        self.temperatureHighSpin.setObjectName(u"temperatureHighSpin")
        self.temperatureHighSpin.setDecimals(1)
        self.temperatureHighSpin.setMinimum(36.000000000000000)
        self.temperatureHighSpin.setMaximum(42.000000000000000)
        self.temperatureHighSpin.setSingleStep(0.100000000000000)

        self.fieldsLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.temperatureHighSpin)


        self.thresholdsLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(ThresholdsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.thresholdsLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ThresholdsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.RestoreDefaults|QDialogButtonBox.StandardButton.Save)

        self.thresholdsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.systolicHighLabel.setBuddy(self.systolicHighSpin)
        self.diastolicHighLabel.setBuddy(self.diastolicHighSpin)
        self.glucoseFastingImpairedLabel.setBuddy(self.glucoseFastingImpairedSpin)
        self.glucoseFastingHighLabel.setBuddy(self.glucoseFastingHighSpin)
        self.glucose2HHighLabel.setBuddy(self.glucose2HHighSpin)
        self.glucoseRandomHighLabel.setBuddy(self.glucoseRandomHighSpin)
        self.bmiLowLabel.setBuddy(self.bmiLowSpin)
        self.bmiOverweightLabel.setBuddy(self.bmiOverweightSpin)
        self.bmiObeseLabel.setBuddy(self.bmiObeseSpin)
        self.waistHighMaleLabel.setBuddy(self.waistHighMaleSpin)
        self.waistHighFemaleLabel.setBuddy(self.waistHighFemaleSpin)
        self.pulseNormalMinLabel.setBuddy(self.pulseNormalMinSpin)
        self.pulseNormalMaxLabel.setBuddy(self.pulseNormalMaxSpin)
        self.spo2LowLabel.setBuddy(self.spo2LowSpin)
        self.temperatureHighLabel.setBuddy(self.temperatureHighSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ThresholdsDialog)
    # setupUi

    def retranslateUi(self, ThresholdsDialog):
        ThresholdsDialog.setWindowTitle(QCoreApplication.translate("ThresholdsDialog", u"Reading thresholds", None))
        self.introLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Values at or beyond these limits are flagged as abnormal (shown in red, with advice and follow-up). The defaults are the Chinese adult standards. New limits apply to readings recorded from now on.", None))
        self.systolicHighLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Systolic high from (mmHg)", None))
        self.diastolicHighLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Diastolic high from (mmHg)", None))
        self.glucoseFastingImpairedLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Fasting glucose impaired from (mmol/L)", None))
        self.glucoseFastingHighLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Fasting glucose high from (mmol/L)", None))
        self.glucose2HHighLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"2 h glucose high from (mmol/L)", None))
        self.glucoseRandomHighLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Random glucose high from (mmol/L)", None))
        self.bmiLowLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"BMI low below", None))
        self.bmiOverweightLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"BMI overweight from", None))
        self.bmiObeseLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"BMI obese from", None))
        self.waistHighMaleLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Waist high from, men (cm)", None))
        self.waistHighFemaleLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Waist high from, women (cm)", None))
        self.pulseNormalMinLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Pulse normal from (/min)", None))
        self.pulseNormalMaxLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Pulse normal up to (/min)", None))
        self.spo2LowLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"SpO2 low below (%)", None))
        self.temperatureHighLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Temperature high from (\u00b0C)", None))
    # retranslateUi
