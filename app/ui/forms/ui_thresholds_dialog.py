# Generated from forms/thresholds_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
    QLabel, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QVBoxLayout, QWidget)

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

        self.resultRuleLayout = QHBoxLayout()
        self.resultRuleLayout.setObjectName(u"resultRuleLayout")
        self.resultRuleLabel = QLabel(ThresholdsDialog)
        self.resultRuleLabel.setObjectName(u"resultRuleLabel")

        self.resultRuleLayout.addWidget(self.resultRuleLabel)

        self.resultRuleCombo = QComboBox(ThresholdsDialog)
        self.resultRuleCombo.setObjectName(u"resultRuleCombo")

        self.resultRuleLayout.addWidget(self.resultRuleCombo)

        self.resultRuleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultRuleLayout.addItem(self.resultRuleSpacer)


        self.thresholdsLayout.addLayout(self.resultRuleLayout)

        self.tabs = QTabWidget(ThresholdsDialog)
        self.tabs.setObjectName(u"tabs")
        self.bpTab = QWidget()
        self.bpTab.setObjectName(u"bpTab")
        self.bpTabLayout = QVBoxLayout(self.bpTab)
        self.bpTabLayout.setObjectName(u"bpTabLayout")
        self.bpSourceLabel = QLabel(self.bpTab)
        self.bpSourceLabel.setObjectName(u"bpSourceLabel")
        self.bpSourceLabel.setWordWrap(True)
        self.bpSourceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bpTabLayout.addWidget(self.bpSourceLabel)

        self.bpFieldsLayout = QFormLayout()
        self.bpFieldsLayout.setObjectName(u"bpFieldsLayout")
        self.systolicLowLabel = QLabel(self.bpTab)
        self.systolicLowLabel.setObjectName(u"systolicLowLabel")

        self.bpFieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.systolicLowLabel)

        self.systolicLowSpin = QDoubleSpinBox(self.bpTab)
        self.systolicLowSpin.setObjectName(u"systolicLowSpin")
        self.systolicLowSpin.setDecimals(0)
        self.systolicLowSpin.setMinimum(60.000000000000000)
        self.systolicLowSpin.setMaximum(120.000000000000000)
        self.systolicLowSpin.setSingleStep(1.000000000000000)

        self.bpFieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.systolicLowSpin)

        self.systolicHighNormalLabel = QLabel(self.bpTab)
        self.systolicHighNormalLabel.setObjectName(u"systolicHighNormalLabel")

        self.bpFieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.systolicHighNormalLabel)

        self.systolicHighNormalSpin = QDoubleSpinBox(self.bpTab)
        self.systolicHighNormalSpin.setObjectName(u"systolicHighNormalSpin")
        self.systolicHighNormalSpin.setDecimals(0)
        self.systolicHighNormalSpin.setMinimum(90.000000000000000)
        self.systolicHighNormalSpin.setMaximum(200.000000000000000)
        self.systolicHighNormalSpin.setSingleStep(1.000000000000000)

        self.bpFieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.systolicHighNormalSpin)

        self.systolicHighLabel = QLabel(self.bpTab)
        self.systolicHighLabel.setObjectName(u"systolicHighLabel")

        self.bpFieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.systolicHighLabel)

        self.systolicHighSpin = QDoubleSpinBox(self.bpTab)
        self.systolicHighSpin.setObjectName(u"systolicHighSpin")
        self.systolicHighSpin.setDecimals(0)
        self.systolicHighSpin.setMinimum(80.000000000000000)
        self.systolicHighSpin.setMaximum(250.000000000000000)
        self.systolicHighSpin.setSingleStep(1.000000000000000)

        self.bpFieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.systolicHighSpin)

        self.systolicGrade2Label = QLabel(self.bpTab)
        self.systolicGrade2Label.setObjectName(u"systolicGrade2Label")

        self.bpFieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.systolicGrade2Label)

        self.systolicGrade2Spin = QDoubleSpinBox(self.bpTab)
        self.systolicGrade2Spin.setObjectName(u"systolicGrade2Spin")
        self.systolicGrade2Spin.setDecimals(0)
        self.systolicGrade2Spin.setMinimum(100.000000000000000)
        self.systolicGrade2Spin.setMaximum(260.000000000000000)
        self.systolicGrade2Spin.setSingleStep(1.000000000000000)

        self.bpFieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.systolicGrade2Spin)

        self.systolicGrade3Label = QLabel(self.bpTab)
        self.systolicGrade3Label.setObjectName(u"systolicGrade3Label")

        self.bpFieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.systolicGrade3Label)

        self.systolicGrade3Spin = QDoubleSpinBox(self.bpTab)
        self.systolicGrade3Spin.setObjectName(u"systolicGrade3Spin")
        self.systolicGrade3Spin.setDecimals(0)
        self.systolicGrade3Spin.setMinimum(120.000000000000000)
        self.systolicGrade3Spin.setMaximum(280.000000000000000)
        self.systolicGrade3Spin.setSingleStep(1.000000000000000)

        self.bpFieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.systolicGrade3Spin)

        self.diastolicLowLabel = QLabel(self.bpTab)
        self.diastolicLowLabel.setObjectName(u"diastolicLowLabel")

        self.bpFieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.diastolicLowLabel)

        self.diastolicLowSpin = QDoubleSpinBox(self.bpTab)
        self.diastolicLowSpin.setObjectName(u"diastolicLowSpin")
        self.diastolicLowSpin.setDecimals(0)
        self.diastolicLowSpin.setMinimum(30.000000000000000)
        self.diastolicLowSpin.setMaximum(90.000000000000000)
        self.diastolicLowSpin.setSingleStep(1.000000000000000)

        self.bpFieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.diastolicLowSpin)

        self.diastolicHighNormalLabel = QLabel(self.bpTab)
        self.diastolicHighNormalLabel.setObjectName(u"diastolicHighNormalLabel")

        self.bpFieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.diastolicHighNormalLabel)

        self.diastolicHighNormalSpin = QDoubleSpinBox(self.bpTab)
        self.diastolicHighNormalSpin.setObjectName(u"diastolicHighNormalSpin")
        self.diastolicHighNormalSpin.setDecimals(0)
        self.diastolicHighNormalSpin.setMinimum(50.000000000000000)
        self.diastolicHighNormalSpin.setMaximum(120.000000000000000)
        self.diastolicHighNormalSpin.setSingleStep(1.000000000000000)

        self.bpFieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.diastolicHighNormalSpin)

        self.diastolicHighLabel = QLabel(self.bpTab)
        self.diastolicHighLabel.setObjectName(u"diastolicHighLabel")

        self.bpFieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.diastolicHighLabel)

        self.diastolicHighSpin = QDoubleSpinBox(self.bpTab)
        self.diastolicHighSpin.setObjectName(u"diastolicHighSpin")
        self.diastolicHighSpin.setDecimals(0)
        self.diastolicHighSpin.setMinimum(40.000000000000000)
        self.diastolicHighSpin.setMaximum(150.000000000000000)
        self.diastolicHighSpin.setSingleStep(1.000000000000000)

        self.bpFieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.diastolicHighSpin)

        self.diastolicGrade2Label = QLabel(self.bpTab)
        self.diastolicGrade2Label.setObjectName(u"diastolicGrade2Label")

        self.bpFieldsLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.diastolicGrade2Label)

        self.diastolicGrade2Spin = QDoubleSpinBox(self.bpTab)
        self.diastolicGrade2Spin.setObjectName(u"diastolicGrade2Spin")
        self.diastolicGrade2Spin.setDecimals(0)
        self.diastolicGrade2Spin.setMinimum(60.000000000000000)
        self.diastolicGrade2Spin.setMaximum(160.000000000000000)
        self.diastolicGrade2Spin.setSingleStep(1.000000000000000)

        self.bpFieldsLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.diastolicGrade2Spin)

        self.diastolicGrade3Label = QLabel(self.bpTab)
        self.diastolicGrade3Label.setObjectName(u"diastolicGrade3Label")

        self.bpFieldsLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.diastolicGrade3Label)

        self.diastolicGrade3Spin = QDoubleSpinBox(self.bpTab)
        self.diastolicGrade3Spin.setObjectName(u"diastolicGrade3Spin")
        self.diastolicGrade3Spin.setDecimals(0)
        self.diastolicGrade3Spin.setMinimum(70.000000000000000)
        self.diastolicGrade3Spin.setMaximum(180.000000000000000)
        self.diastolicGrade3Spin.setSingleStep(1.000000000000000)

        self.bpFieldsLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.diastolicGrade3Spin)


        self.bpTabLayout.addLayout(self.bpFieldsLayout)

        self.bpSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bpTabLayout.addItem(self.bpSpacer)

        self.tabs.addTab(self.bpTab, "")
        self.glucoseTab = QWidget()
        self.glucoseTab.setObjectName(u"glucoseTab")
        self.glucoseTabLayout = QVBoxLayout(self.glucoseTab)
        self.glucoseTabLayout.setObjectName(u"glucoseTabLayout")
        self.glucoseSourceLabel = QLabel(self.glucoseTab)
        self.glucoseSourceLabel.setObjectName(u"glucoseSourceLabel")
        self.glucoseSourceLabel.setWordWrap(True)
        self.glucoseSourceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.glucoseTabLayout.addWidget(self.glucoseSourceLabel)

        self.glucoseFieldsLayout = QFormLayout()
        self.glucoseFieldsLayout.setObjectName(u"glucoseFieldsLayout")
        self.glucoseSeverelyLowLabel = QLabel(self.glucoseTab)
        self.glucoseSeverelyLowLabel.setObjectName(u"glucoseSeverelyLowLabel")

        self.glucoseFieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.glucoseSeverelyLowLabel)

        self.glucoseSeverelyLowSpin = QDoubleSpinBox(self.glucoseTab)
        self.glucoseSeverelyLowSpin.setObjectName(u"glucoseSeverelyLowSpin")
        self.glucoseSeverelyLowSpin.setDecimals(1)
        self.glucoseSeverelyLowSpin.setMinimum(1.000000000000000)
        self.glucoseSeverelyLowSpin.setMaximum(10.000000000000000)
        self.glucoseSeverelyLowSpin.setSingleStep(0.100000000000000)

        self.glucoseFieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.glucoseSeverelyLowSpin)

        self.glucoseLowLabel = QLabel(self.glucoseTab)
        self.glucoseLowLabel.setObjectName(u"glucoseLowLabel")

        self.glucoseFieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.glucoseLowLabel)

        self.glucoseLowSpin = QDoubleSpinBox(self.glucoseTab)
        self.glucoseLowSpin.setObjectName(u"glucoseLowSpin")
        self.glucoseLowSpin.setDecimals(1)
        self.glucoseLowSpin.setMinimum(1.000000000000000)
        self.glucoseLowSpin.setMaximum(10.000000000000000)
        self.glucoseLowSpin.setSingleStep(0.100000000000000)

        self.glucoseFieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.glucoseLowSpin)

        self.glucoseFastingImpairedLabel = QLabel(self.glucoseTab)
        self.glucoseFastingImpairedLabel.setObjectName(u"glucoseFastingImpairedLabel")

        self.glucoseFieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.glucoseFastingImpairedLabel)

        self.glucoseFastingImpairedSpin = QDoubleSpinBox(self.glucoseTab)
        self.glucoseFastingImpairedSpin.setObjectName(u"glucoseFastingImpairedSpin")
        self.glucoseFastingImpairedSpin.setDecimals(1)
        self.glucoseFastingImpairedSpin.setMinimum(3.000000000000000)
        self.glucoseFastingImpairedSpin.setMaximum(20.000000000000000)
        self.glucoseFastingImpairedSpin.setSingleStep(0.100000000000000)

        self.glucoseFieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.glucoseFastingImpairedSpin)

        self.glucoseFastingHighLabel = QLabel(self.glucoseTab)
        self.glucoseFastingHighLabel.setObjectName(u"glucoseFastingHighLabel")

        self.glucoseFieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.glucoseFastingHighLabel)

        self.glucoseFastingHighSpin = QDoubleSpinBox(self.glucoseTab)
        self.glucoseFastingHighSpin.setObjectName(u"glucoseFastingHighSpin")
        self.glucoseFastingHighSpin.setDecimals(1)
        self.glucoseFastingHighSpin.setMinimum(3.000000000000000)
        self.glucoseFastingHighSpin.setMaximum(25.000000000000000)
        self.glucoseFastingHighSpin.setSingleStep(0.100000000000000)

        self.glucoseFieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.glucoseFastingHighSpin)

        self.glucose2HHighLabel = QLabel(self.glucoseTab)
        self.glucose2HHighLabel.setObjectName(u"glucose2HHighLabel")

        self.glucoseFieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.glucose2HHighLabel)

        self.glucose2HHighSpin = QDoubleSpinBox(self.glucoseTab)
        self.glucose2HHighSpin.setObjectName(u"glucose2HHighSpin")
        self.glucose2HHighSpin.setDecimals(1)
        self.glucose2HHighSpin.setMinimum(3.000000000000000)
        self.glucose2HHighSpin.setMaximum(30.000000000000000)
        self.glucose2HHighSpin.setSingleStep(0.100000000000000)

        self.glucoseFieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.glucose2HHighSpin)

        self.glucoseRandomHighLabel = QLabel(self.glucoseTab)
        self.glucoseRandomHighLabel.setObjectName(u"glucoseRandomHighLabel")

        self.glucoseFieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.glucoseRandomHighLabel)

        self.glucoseRandomHighSpin = QDoubleSpinBox(self.glucoseTab)
        self.glucoseRandomHighSpin.setObjectName(u"glucoseRandomHighSpin")
        self.glucoseRandomHighSpin.setDecimals(1)
        self.glucoseRandomHighSpin.setMinimum(3.000000000000000)
        self.glucoseRandomHighSpin.setMaximum(30.000000000000000)
        self.glucoseRandomHighSpin.setSingleStep(0.100000000000000)

        self.glucoseFieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.glucoseRandomHighSpin)


        self.glucoseTabLayout.addLayout(self.glucoseFieldsLayout)

        self.glucoseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.glucoseTabLayout.addItem(self.glucoseSpacer)

        self.tabs.addTab(self.glucoseTab, "")
        self.bodyTab = QWidget()
        self.bodyTab.setObjectName(u"bodyTab")
        self.bodyTabLayout = QVBoxLayout(self.bodyTab)
        self.bodyTabLayout.setObjectName(u"bodyTabLayout")
        self.bodySourceLabel = QLabel(self.bodyTab)
        self.bodySourceLabel.setObjectName(u"bodySourceLabel")
        self.bodySourceLabel.setWordWrap(True)
        self.bodySourceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bodyTabLayout.addWidget(self.bodySourceLabel)

        self.bodyFieldsLayout = QFormLayout()
        self.bodyFieldsLayout.setObjectName(u"bodyFieldsLayout")
        self.bmiLowLabel = QLabel(self.bodyTab)
        self.bmiLowLabel.setObjectName(u"bmiLowLabel")

        self.bodyFieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bmiLowLabel)

        self.bmiLowSpin = QDoubleSpinBox(self.bodyTab)
        self.bmiLowSpin.setObjectName(u"bmiLowSpin")
        self.bmiLowSpin.setDecimals(1)
        self.bmiLowSpin.setMinimum(10.000000000000000)
        self.bmiLowSpin.setMaximum(30.000000000000000)
        self.bmiLowSpin.setSingleStep(0.100000000000000)

        self.bodyFieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bmiLowSpin)

        self.bmiOverweightLabel = QLabel(self.bodyTab)
        self.bmiOverweightLabel.setObjectName(u"bmiOverweightLabel")

        self.bodyFieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bmiOverweightLabel)

        self.bmiOverweightSpin = QDoubleSpinBox(self.bodyTab)
        self.bmiOverweightSpin.setObjectName(u"bmiOverweightSpin")
        self.bmiOverweightSpin.setDecimals(1)
        self.bmiOverweightSpin.setMinimum(15.000000000000000)
        self.bmiOverweightSpin.setMaximum(40.000000000000000)
        self.bmiOverweightSpin.setSingleStep(0.100000000000000)

        self.bodyFieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bmiOverweightSpin)

        self.bmiObeseLabel = QLabel(self.bodyTab)
        self.bmiObeseLabel.setObjectName(u"bmiObeseLabel")

        self.bodyFieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bmiObeseLabel)

        self.bmiObeseSpin = QDoubleSpinBox(self.bodyTab)
        self.bmiObeseSpin.setObjectName(u"bmiObeseSpin")
        self.bmiObeseSpin.setDecimals(1)
        self.bmiObeseSpin.setMinimum(15.000000000000000)
        self.bmiObeseSpin.setMaximum(50.000000000000000)
        self.bmiObeseSpin.setSingleStep(0.100000000000000)

        self.bodyFieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bmiObeseSpin)

        self.waistHighMaleLabel = QLabel(self.bodyTab)
        self.waistHighMaleLabel.setObjectName(u"waistHighMaleLabel")

        self.bodyFieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.waistHighMaleLabel)

        self.waistHighMaleSpin = QDoubleSpinBox(self.bodyTab)
        self.waistHighMaleSpin.setObjectName(u"waistHighMaleSpin")
        self.waistHighMaleSpin.setDecimals(0)
        self.waistHighMaleSpin.setMinimum(50.000000000000000)
        self.waistHighMaleSpin.setMaximum(150.000000000000000)
        self.waistHighMaleSpin.setSingleStep(1.000000000000000)

        self.bodyFieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.waistHighMaleSpin)

        self.waistHighFemaleLabel = QLabel(self.bodyTab)
        self.waistHighFemaleLabel.setObjectName(u"waistHighFemaleLabel")

        self.bodyFieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.waistHighFemaleLabel)

        self.waistHighFemaleSpin = QDoubleSpinBox(self.bodyTab)
        self.waistHighFemaleSpin.setObjectName(u"waistHighFemaleSpin")
        self.waistHighFemaleSpin.setDecimals(0)
        self.waistHighFemaleSpin.setMinimum(50.000000000000000)
        self.waistHighFemaleSpin.setMaximum(150.000000000000000)
        self.waistHighFemaleSpin.setSingleStep(1.000000000000000)

        self.bodyFieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.waistHighFemaleSpin)


        self.bodyTabLayout.addLayout(self.bodyFieldsLayout)

        self.bodySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bodyTabLayout.addItem(self.bodySpacer)

        self.tabs.addTab(self.bodyTab, "")
        self.otherTab = QWidget()
        self.otherTab.setObjectName(u"otherTab")
        self.otherTabLayout = QVBoxLayout(self.otherTab)
        self.otherTabLayout.setObjectName(u"otherTabLayout")
        self.otherSourceLabel = QLabel(self.otherTab)
        self.otherSourceLabel.setObjectName(u"otherSourceLabel")
        self.otherSourceLabel.setWordWrap(True)
        self.otherSourceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.otherTabLayout.addWidget(self.otherSourceLabel)

        self.otherFieldsLayout = QFormLayout()
        self.otherFieldsLayout.setObjectName(u"otherFieldsLayout")
        self.pulseNormalMinLabel = QLabel(self.otherTab)
        self.pulseNormalMinLabel.setObjectName(u"pulseNormalMinLabel")

        self.otherFieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pulseNormalMinLabel)

        self.pulseNormalMinSpin = QDoubleSpinBox(self.otherTab)
        self.pulseNormalMinSpin.setObjectName(u"pulseNormalMinSpin")
        self.pulseNormalMinSpin.setDecimals(0)
        self.pulseNormalMinSpin.setMinimum(30.000000000000000)
        self.pulseNormalMinSpin.setMaximum(120.000000000000000)
        self.pulseNormalMinSpin.setSingleStep(1.000000000000000)

        self.otherFieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pulseNormalMinSpin)

        self.pulseNormalMaxLabel = QLabel(self.otherTab)
        self.pulseNormalMaxLabel.setObjectName(u"pulseNormalMaxLabel")

        self.otherFieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pulseNormalMaxLabel)

        self.pulseNormalMaxSpin = QDoubleSpinBox(self.otherTab)
        self.pulseNormalMaxSpin.setObjectName(u"pulseNormalMaxSpin")
        self.pulseNormalMaxSpin.setDecimals(0)
        self.pulseNormalMaxSpin.setMinimum(50.000000000000000)
        self.pulseNormalMaxSpin.setMaximum(200.000000000000000)
        self.pulseNormalMaxSpin.setSingleStep(1.000000000000000)

        self.otherFieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pulseNormalMaxSpin)

        self.spo2LowLabel = QLabel(self.otherTab)
        self.spo2LowLabel.setObjectName(u"spo2LowLabel")

        self.otherFieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.spo2LowLabel)

        self.spo2LowSpin = QDoubleSpinBox(self.otherTab)
        self.spo2LowSpin.setObjectName(u"spo2LowSpin")
        self.spo2LowSpin.setDecimals(0)
        self.spo2LowSpin.setMinimum(70.000000000000000)
        self.spo2LowSpin.setMaximum(100.000000000000000)
        self.spo2LowSpin.setSingleStep(1.000000000000000)

        self.otherFieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.spo2LowSpin)

        self.temperatureHighLabel = QLabel(self.otherTab)
        self.temperatureHighLabel.setObjectName(u"temperatureHighLabel")

        self.otherFieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.temperatureHighLabel)

        self.temperatureHighSpin = QDoubleSpinBox(self.otherTab)
        self.temperatureHighSpin.setObjectName(u"temperatureHighSpin")
        self.temperatureHighSpin.setDecimals(1)
        self.temperatureHighSpin.setMinimum(36.000000000000000)
        self.temperatureHighSpin.setMaximum(42.000000000000000)
        self.temperatureHighSpin.setSingleStep(0.100000000000000)

        self.otherFieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.temperatureHighSpin)


        self.otherTabLayout.addLayout(self.otherFieldsLayout)

        self.otherSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.otherTabLayout.addItem(self.otherSpacer)

        self.tabs.addTab(self.otherTab, "")
        self.urgentTab = QWidget()
        self.urgentTab.setObjectName(u"urgentTab")
        self.urgentTabLayout = QVBoxLayout(self.urgentTab)
        self.urgentTabLayout.setObjectName(u"urgentTabLayout")
        self.urgentSourceLabel = QLabel(self.urgentTab)
        self.urgentSourceLabel.setObjectName(u"urgentSourceLabel")
        self.urgentSourceLabel.setWordWrap(True)
        self.urgentSourceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.urgentTabLayout.addWidget(self.urgentSourceLabel)

        self.urgentFieldsLayout = QFormLayout()
        self.urgentFieldsLayout.setObjectName(u"urgentFieldsLayout")
        self.urgentSystolicLabel = QLabel(self.urgentTab)
        self.urgentSystolicLabel.setObjectName(u"urgentSystolicLabel")

        self.urgentFieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.urgentSystolicLabel)

        self.urgentSystolicSpin = QDoubleSpinBox(self.urgentTab)
        self.urgentSystolicSpin.setObjectName(u"urgentSystolicSpin")
        self.urgentSystolicSpin.setDecimals(0)
        self.urgentSystolicSpin.setMinimum(140.000000000000000)
        self.urgentSystolicSpin.setMaximum(280.000000000000000)
        self.urgentSystolicSpin.setSingleStep(1.000000000000000)

        self.urgentFieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.urgentSystolicSpin)

        self.urgentDiastolicLabel = QLabel(self.urgentTab)
        self.urgentDiastolicLabel.setObjectName(u"urgentDiastolicLabel")

        self.urgentFieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.urgentDiastolicLabel)

        self.urgentDiastolicSpin = QDoubleSpinBox(self.urgentTab)
        self.urgentDiastolicSpin.setObjectName(u"urgentDiastolicSpin")
        self.urgentDiastolicSpin.setDecimals(0)
        self.urgentDiastolicSpin.setMinimum(90.000000000000000)
        self.urgentDiastolicSpin.setMaximum(180.000000000000000)
        self.urgentDiastolicSpin.setSingleStep(1.000000000000000)

        self.urgentFieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.urgentDiastolicSpin)

        self.urgentGlucoseLowLabel = QLabel(self.urgentTab)
        self.urgentGlucoseLowLabel.setObjectName(u"urgentGlucoseLowLabel")

        self.urgentFieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.urgentGlucoseLowLabel)

        self.urgentGlucoseLowSpin = QDoubleSpinBox(self.urgentTab)
        self.urgentGlucoseLowSpin.setObjectName(u"urgentGlucoseLowSpin")
        self.urgentGlucoseLowSpin.setDecimals(1)
        self.urgentGlucoseLowSpin.setMinimum(1.000000000000000)
        self.urgentGlucoseLowSpin.setMaximum(10.000000000000000)
        self.urgentGlucoseLowSpin.setSingleStep(0.100000000000000)

        self.urgentFieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.urgentGlucoseLowSpin)

        self.urgentGlucoseHighLabel = QLabel(self.urgentTab)
        self.urgentGlucoseHighLabel.setObjectName(u"urgentGlucoseHighLabel")

        self.urgentFieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.urgentGlucoseHighLabel)

        self.urgentGlucoseHighSpin = QDoubleSpinBox(self.urgentTab)
        self.urgentGlucoseHighSpin.setObjectName(u"urgentGlucoseHighSpin")
        self.urgentGlucoseHighSpin.setDecimals(1)
        self.urgentGlucoseHighSpin.setMinimum(8.000000000000000)
        self.urgentGlucoseHighSpin.setMaximum(35.000000000000000)
        self.urgentGlucoseHighSpin.setSingleStep(0.100000000000000)

        self.urgentFieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.urgentGlucoseHighSpin)


        self.urgentTabLayout.addLayout(self.urgentFieldsLayout)

        self.urgentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.urgentTabLayout.addItem(self.urgentSpacer)

        self.tabs.addTab(self.urgentTab, "")
        self.followUpTab = QWidget()
        self.followUpTab.setObjectName(u"followUpTab")
        self.followUpTabLayout = QVBoxLayout(self.followUpTab)
        self.followUpTabLayout.setObjectName(u"followUpTabLayout")
        self.followUpIntroLabel = QLabel(self.followUpTab)
        self.followUpIntroLabel.setObjectName(u"followUpIntroLabel")
        self.followUpIntroLabel.setWordWrap(True)

        self.followUpTabLayout.addWidget(self.followUpIntroLabel)

        self.followUpScroll = QScrollArea(self.followUpTab)
        self.followUpScroll.setObjectName(u"followUpScroll")
        self.followUpScroll.setWidgetResizable(True)
        self.followUpHost = QWidget()
        self.followUpHost.setObjectName(u"followUpHost")
        self.followUpLayout = QFormLayout(self.followUpHost)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpScroll.setWidget(self.followUpHost)

        self.followUpTabLayout.addWidget(self.followUpScroll)

        self.tabs.addTab(self.followUpTab, "")

        self.thresholdsLayout.addWidget(self.tabs)

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
        self.resultRuleLabel.setBuddy(self.resultRuleCombo)
        self.systolicLowLabel.setBuddy(self.systolicLowSpin)
        self.systolicHighNormalLabel.setBuddy(self.systolicHighNormalSpin)
        self.systolicHighLabel.setBuddy(self.systolicHighSpin)
        self.systolicGrade2Label.setBuddy(self.systolicGrade2Spin)
        self.systolicGrade3Label.setBuddy(self.systolicGrade3Spin)
        self.diastolicLowLabel.setBuddy(self.diastolicLowSpin)
        self.diastolicHighNormalLabel.setBuddy(self.diastolicHighNormalSpin)
        self.diastolicHighLabel.setBuddy(self.diastolicHighSpin)
        self.diastolicGrade2Label.setBuddy(self.diastolicGrade2Spin)
        self.diastolicGrade3Label.setBuddy(self.diastolicGrade3Spin)
        self.glucoseSeverelyLowLabel.setBuddy(self.glucoseSeverelyLowSpin)
        self.glucoseLowLabel.setBuddy(self.glucoseLowSpin)
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
        self.urgentSystolicLabel.setBuddy(self.urgentSystolicSpin)
        self.urgentDiastolicLabel.setBuddy(self.urgentDiastolicSpin)
        self.urgentGlucoseLowLabel.setBuddy(self.urgentGlucoseLowSpin)
        self.urgentGlucoseHighLabel.setBuddy(self.urgentGlucoseHighSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ThresholdsDialog)
    # setupUi

    def retranslateUi(self, ThresholdsDialog):
        ThresholdsDialog.setWindowTitle(QCoreApplication.translate("ThresholdsDialog", u"Reading grades and urgent values", None))
        self.introLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Each reading is graded against these limits (abnormal grades in red, with advice and follow-up). The defaults follow the Chinese guidelines named on each page. New limits apply to readings recorded from now on; stored grades stay.", None))
        self.resultRuleLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"&Result of a re-measurement:", None))
        self.systolicLowLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Systolic low below (mmHg)", None))
        self.systolicHighNormalLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Systolic high-normal from (mmHg)", None))
        self.systolicHighLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Systolic grade 1 from (mmHg)", None))
        self.systolicGrade2Label.setText(QCoreApplication.translate("ThresholdsDialog", u"Systolic grade 2 from (mmHg)", None))
        self.systolicGrade3Label.setText(QCoreApplication.translate("ThresholdsDialog", u"Systolic grade 3 from (mmHg)", None))
        self.diastolicLowLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Diastolic low below (mmHg)", None))
        self.diastolicHighNormalLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Diastolic high-normal from (mmHg)", None))
        self.diastolicHighLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Diastolic grade 1 from (mmHg)", None))
        self.diastolicGrade2Label.setText(QCoreApplication.translate("ThresholdsDialog", u"Diastolic grade 2 from (mmHg)", None))
        self.diastolicGrade3Label.setText(QCoreApplication.translate("ThresholdsDialog", u"Diastolic grade 3 from (mmHg)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bpTab), QCoreApplication.translate("ThresholdsDialog", u"Blood pressure", None))
        self.glucoseSeverelyLowLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Glucose severely low below (mmol/L)", None))
        self.glucoseLowLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Glucose low below (mmol/L)", None))
        self.glucoseFastingImpairedLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Fasting glucose impaired from (mmol/L)", None))
        self.glucoseFastingHighLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Fasting glucose high from (mmol/L)", None))
        self.glucose2HHighLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"2 h glucose high from (mmol/L)", None))
        self.glucoseRandomHighLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Random glucose high from (mmol/L)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.glucoseTab), QCoreApplication.translate("ThresholdsDialog", u"Blood glucose", None))
        self.bmiLowLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"BMI low below", None))
        self.bmiOverweightLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"BMI overweight from", None))
        self.bmiObeseLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"BMI obese from", None))
        self.waistHighMaleLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Waist high from, men (cm)", None))
        self.waistHighFemaleLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Waist high from, women (cm)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bodyTab), QCoreApplication.translate("ThresholdsDialog", u"Weight and waist", None))
        self.pulseNormalMinLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Pulse normal from (/min)", None))
        self.pulseNormalMaxLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Pulse normal up to (/min)", None))
        self.spo2LowLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"SpO2 low below (%)", None))
        self.temperatureHighLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Temperature high from (\u00b0C)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.otherTab), QCoreApplication.translate("ThresholdsDialog", u"Pulse, SpO2, temperature", None))
        self.urgentSystolicLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Urgent: systolic from (mmHg)", None))
        self.urgentDiastolicLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Urgent: diastolic from (mmHg)", None))
        self.urgentGlucoseLowLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Urgent: glucose below (mmol/L)", None))
        self.urgentGlucoseHighLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Urgent: glucose from (mmol/L)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.urgentTab), QCoreApplication.translate("ThresholdsDialog", u"Urgent values", None))
        self.followUpIntroLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Days from the visit to the follow-up proposed for each grade (0: refer at once). The follow-up date can still be changed when it is added.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.followUpTab), QCoreApplication.translate("ThresholdsDialog", u"Follow-up by grade", None))
    # retranslateUi
