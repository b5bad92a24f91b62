# Generated from forms/health_file_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_HealthFileDialog(object):
    def setupUi(self, HealthFileDialog):
        if not HealthFileDialog.objectName():
            HealthFileDialog.setObjectName(u"HealthFileDialog")
        HealthFileDialog.resize(1000, 760)
        self.dialogLayout = QVBoxLayout(HealthFileDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.personLabel = QLabel(HealthFileDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.dialogLayout.addWidget(self.personLabel)

        self.riskLabel = QLabel(HealthFileDialog)
        self.riskLabel.setObjectName(u"riskLabel")
        self.riskLabel.setWordWrap(True)
        self.riskLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.riskLabel)

        self.completenessLabel = QLabel(HealthFileDialog)
        self.completenessLabel.setObjectName(u"completenessLabel")
        self.completenessLabel.setWordWrap(True)
        self.completenessLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.completenessLabel)

        self.tabs = QTabWidget(HealthFileDialog)
        self.tabs.setObjectName(u"tabs")
        self.fileTab = QWidget()
        self.fileTab.setObjectName(u"fileTab")
        self.fileLayout = QHBoxLayout(self.fileTab)
        self.fileLayout.setObjectName(u"fileLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.measureGroup = QGroupBox(self.fileTab)
        self.measureGroup.setObjectName(u"measureGroup")
        self.measureLayout = QFormLayout(self.measureGroup)
        self.measureLayout.setObjectName(u"measureLayout")
        self.heightLabel = QLabel(self.measureGroup)
        self.heightLabel.setObjectName(u"heightLabel")

        self.measureLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heightLabel)

        self.heightEdit = QLineEdit(self.measureGroup)
        self.heightEdit.setObjectName(u"heightEdit")

        self.measureLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heightEdit)

        self.weightLabel = QLabel(self.measureGroup)
        self.weightLabel.setObjectName(u"weightLabel")

        self.measureLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.weightLabel)

        self.weightEdit = QLineEdit(self.measureGroup)
        self.weightEdit.setObjectName(u"weightEdit")

        self.measureLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.weightEdit)

        self.bmiLabel = QLabel(self.measureGroup)
        self.bmiLabel.setObjectName(u"bmiLabel")

        self.measureLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bmiLabel)

        self.bmiValueLabel = QLabel(self.measureGroup)
        self.bmiValueLabel.setObjectName(u"bmiValueLabel")

        self.measureLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bmiValueLabel)

        self.pressureLabel = QLabel(self.measureGroup)
        self.pressureLabel.setObjectName(u"pressureLabel")

        self.measureLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pressureLabel)

        self.pressureLayout = QHBoxLayout()
        self.pressureLayout.setObjectName(u"pressureLayout")
        self.systolicEdit = QLineEdit(self.measureGroup)
        self.systolicEdit.setObjectName(u"systolicEdit")

        self.pressureLayout.addWidget(self.systolicEdit)

        self.slashLabel = QLabel(self.measureGroup)
        self.slashLabel.setObjectName(u"slashLabel")
        self.slashLabel.setText(u"/")

        self.pressureLayout.addWidget(self.slashLabel)

        self.diastolicEdit = QLineEdit(self.measureGroup)
        self.diastolicEdit.setObjectName(u"diastolicEdit")

        self.pressureLayout.addWidget(self.diastolicEdit)


        self.measureLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.pressureLayout)

        self.glucoseLabel = QLabel(self.measureGroup)
        self.glucoseLabel.setObjectName(u"glucoseLabel")

        self.measureLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.glucoseLabel)

        self.glucoseEdit = QLineEdit(self.measureGroup)
        self.glucoseEdit.setObjectName(u"glucoseEdit")

        self.measureLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.glucoseEdit)


        self.leftColumn.addWidget(self.measureGroup)

        self.lifestyleGroup = QGroupBox(self.fileTab)
        self.lifestyleGroup.setObjectName(u"lifestyleGroup")
        self.lifestyleLayout = QFormLayout(self.lifestyleGroup)
        self.lifestyleLayout.setObjectName(u"lifestyleLayout")
        self.smokingLabel = QLabel(self.lifestyleGroup)
        self.smokingLabel.setObjectName(u"smokingLabel")

        self.lifestyleLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.smokingLabel)

        self.smokingCombo = QComboBox(self.lifestyleGroup)
        self.smokingCombo.setObjectName(u"smokingCombo")

        self.lifestyleLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.smokingCombo)

        self.drinkingLabel = QLabel(self.lifestyleGroup)
        self.drinkingLabel.setObjectName(u"drinkingLabel")

        self.lifestyleLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.drinkingLabel)

        self.drinkingCombo = QComboBox(self.lifestyleGroup)
        self.drinkingCombo.setObjectName(u"drinkingCombo")

        self.lifestyleLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.drinkingCombo)

        self.exerciseLabel = QLabel(self.lifestyleGroup)
        self.exerciseLabel.setObjectName(u"exerciseLabel")

        self.lifestyleLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.exerciseLabel)

        self.exerciseCombo = QComboBox(self.lifestyleGroup)
        self.exerciseCombo.setObjectName(u"exerciseCombo")

        self.lifestyleLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.exerciseCombo)


        self.leftColumn.addWidget(self.lifestyleGroup)

        self.checkupGroup = QGroupBox(self.fileTab)
        self.checkupGroup.setObjectName(u"checkupGroup")
        self.checkupLayout = QFormLayout(self.checkupGroup)
        self.checkupLayout.setObjectName(u"checkupLayout")
        self.checkupDateLabel = QLabel(self.checkupGroup)
        self.checkupDateLabel.setObjectName(u"checkupDateLabel")

        self.checkupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.checkupDateLabel)

        self.checkupDateEdit = QLineEdit(self.checkupGroup)
        self.checkupDateEdit.setObjectName(u"checkupDateEdit")
        self.checkupDateEdit.setPlaceholderText(u"2026-04-10")

        self.checkupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.checkupDateEdit)

        self.findingsLabel = QLabel(self.checkupGroup)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.checkupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.findingsLabel)

        self.findingsEdit = QPlainTextEdit(self.checkupGroup)
        self.findingsEdit.setObjectName(u"findingsEdit")
        self.findingsEdit.setTabChangesFocus(True)
        self.findingsEdit.setMaximumSize(QSize(16777215, 60))

        self.checkupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.findingsEdit)

        self.checkupAdviceLabel = QLabel(self.checkupGroup)
        self.checkupAdviceLabel.setObjectName(u"checkupAdviceLabel")

        self.checkupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.checkupAdviceLabel)

        self.checkupAdviceEdit = QPlainTextEdit(self.checkupGroup)
        self.checkupAdviceEdit.setObjectName(u"checkupAdviceEdit")
        self.checkupAdviceEdit.setTabChangesFocus(True)
        self.checkupAdviceEdit.setMaximumSize(QSize(16777215, 60))

        self.checkupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.checkupAdviceEdit)


        self.leftColumn.addWidget(self.checkupGroup)

        self.collectedLayout = QFormLayout()
        self.collectedLayout.setObjectName(u"collectedLayout")
        self.dataDateLabel = QLabel(self.fileTab)
        self.dataDateLabel.setObjectName(u"dataDateLabel")

        self.collectedLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dataDateLabel)

        self.dataDateEdit = QLineEdit(self.fileTab)
        self.dataDateEdit.setObjectName(u"dataDateEdit")

        self.collectedLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dataDateEdit)


        self.leftColumn.addLayout(self.collectedLayout)


        self.fileLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.chronicGroup = QGroupBox(self.fileTab)
        self.chronicGroup.setObjectName(u"chronicGroup")
        self.chronicLayout = QGridLayout(self.chronicGroup)
        self.chronicLayout.setObjectName(u"chronicLayout")

        self.rightColumn.addWidget(self.chronicGroup)

        self.hazardGroup = QGroupBox(self.fileTab)
        self.hazardGroup.setObjectName(u"hazardGroup")
        self.hazardLayout = QGridLayout(self.hazardGroup)
        self.hazardLayout.setObjectName(u"hazardLayout")

        self.rightColumn.addWidget(self.hazardGroup)

        self.historyGroup = QGroupBox(self.fileTab)
        self.historyGroup.setObjectName(u"historyGroup")
        self.historyLayout = QFormLayout(self.historyGroup)
        self.historyLayout.setObjectName(u"historyLayout")
        self.allergyNoneCheck = QCheckBox(self.historyGroup)
        self.allergyNoneCheck.setObjectName(u"allergyNoneCheck")

        self.historyLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.allergyNoneCheck)

        self.allergiesEdit = QLineEdit(self.historyGroup)
        self.allergiesEdit.setObjectName(u"allergiesEdit")

        self.historyLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.allergiesEdit)

        self.historyLabel = QLabel(self.historyGroup)
        self.historyLabel.setObjectName(u"historyLabel")

        self.historyLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.historyLabel)

        self.historyEdit = QPlainTextEdit(self.historyGroup)
        self.historyEdit.setObjectName(u"historyEdit")
        self.historyEdit.setTabChangesFocus(True)
        self.historyEdit.setMaximumSize(QSize(16777215, 70))

        self.historyLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.historyEdit)


        self.rightColumn.addWidget(self.historyGroup)

        self.rightSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.fileLayout.addLayout(self.rightColumn)

        self.tabs.addTab(self.fileTab, "")
        self.followUpTab = QWidget()
        self.followUpTab.setObjectName(u"followUpTab")
        self.followUpLayout = QVBoxLayout(self.followUpTab)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpTable = QTableView(self.followUpTab)
        self.followUpTable.setObjectName(u"followUpTable")
        self.followUpTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followUpTable.setAlternatingRowColors(True)
        self.followUpTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.followUpTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.followUpTable.horizontalHeader().setStretchLastSection(True)
        self.followUpTable.verticalHeader().setVisible(False)

        self.followUpLayout.addWidget(self.followUpTable)

        self.followUpButtons = QHBoxLayout()
        self.followUpButtons.setObjectName(u"followUpButtons")
        self.addFollowUpButton = QPushButton(self.followUpTab)
        self.addFollowUpButton.setObjectName(u"addFollowUpButton")

        self.followUpButtons.addWidget(self.addFollowUpButton)

        self.editFollowUpButton = QPushButton(self.followUpTab)
        self.editFollowUpButton.setObjectName(u"editFollowUpButton")

        self.followUpButtons.addWidget(self.editFollowUpButton)

        self.followUpSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpButtons.addItem(self.followUpSpacer)


        self.followUpLayout.addLayout(self.followUpButtons)

        self.tabs.addTab(self.followUpTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(HealthFileDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(HealthFileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.heightLabel.setBuddy(self.heightEdit)
        self.weightLabel.setBuddy(self.weightEdit)
        self.pressureLabel.setBuddy(self.systolicEdit)
        self.glucoseLabel.setBuddy(self.glucoseEdit)
        self.smokingLabel.setBuddy(self.smokingCombo)
        self.drinkingLabel.setBuddy(self.drinkingCombo)
        self.exerciseLabel.setBuddy(self.exerciseCombo)
        self.checkupDateLabel.setBuddy(self.checkupDateEdit)
        self.findingsLabel.setBuddy(self.findingsEdit)
        self.checkupAdviceLabel.setBuddy(self.checkupAdviceEdit)
        self.dataDateLabel.setBuddy(self.dataDateEdit)
        self.historyLabel.setBuddy(self.historyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HealthFileDialog)
    # setupUi

    def retranslateUi(self, HealthFileDialog):
        HealthFileDialog.setWindowTitle(QCoreApplication.translate("HealthFileDialog", u"Health file", None))
        self.measureGroup.setTitle(QCoreApplication.translate("HealthFileDialog", u"Measurements", None))
        self.heightLabel.setText(QCoreApplication.translate("HealthFileDialog", u"Height (cm)", None))
        self.weightLabel.setText(QCoreApplication.translate("HealthFileDialog", u"Weight (kg)", None))
        self.bmiLabel.setText(QCoreApplication.translate("HealthFileDialog", u"BMI", None))
        self.pressureLabel.setText(QCoreApplication.translate("HealthFileDialog", u"Blood pressure (mmHg)", None))
        self.systolicEdit.setPlaceholderText(QCoreApplication.translate("HealthFileDialog", u"systolic", None))
        self.diastolicEdit.setPlaceholderText(QCoreApplication.translate("HealthFileDialog", u"diastolic", None))
        self.glucoseLabel.setText(QCoreApplication.translate("HealthFileDialog", u"Fasting glucose (mmol/L)", None))
        self.lifestyleGroup.setTitle(QCoreApplication.translate("HealthFileDialog", u"Lifestyle", None))
        self.smokingLabel.setText(QCoreApplication.translate("HealthFileDialog", u"Smoking", None))
        self.drinkingLabel.setText(QCoreApplication.translate("HealthFileDialog", u"Drinking", None))
        self.exerciseLabel.setText(QCoreApplication.translate("HealthFileDialog", u"Exercise", None))
        self.checkupGroup.setTitle(QCoreApplication.translate("HealthFileDialog", u"Annual check-up", None))
        self.checkupDateLabel.setText(QCoreApplication.translate("HealthFileDialog", u"Last check-up on", None))
        self.findingsLabel.setText(QCoreApplication.translate("HealthFileDialog", u"Findings", None))
        self.checkupAdviceLabel.setText(QCoreApplication.translate("HealthFileDialog", u"Advice", None))
        self.dataDateLabel.setText(QCoreApplication.translate("HealthFileDialog", u"Data collected on", None))
        self.chronicGroup.setTitle(QCoreApplication.translate("HealthFileDialog", u"Chronic conditions", None))
        self.hazardGroup.setTitle(QCoreApplication.translate("HealthFileDialog", u"Occupational hazard exposure", None))
        self.historyGroup.setTitle(QCoreApplication.translate("HealthFileDialog", u"Allergies and medical history", None))
        self.allergyNoneCheck.setText(QCoreApplication.translate("HealthFileDialog", u"No known allergies", None))
        self.allergiesEdit.setPlaceholderText(QCoreApplication.translate("HealthFileDialog", u"Allergic to, e.g. penicillin", None))
        self.historyLabel.setText(QCoreApplication.translate("HealthFileDialog", u"Medical history", None))
        self.tabs.setTabText(self.tabs.indexOf(self.fileTab), QCoreApplication.translate("HealthFileDialog", u"Health file", None))
        self.addFollowUpButton.setText(QCoreApplication.translate("HealthFileDialog", u"Record a follow-up\u2026", None))
        self.editFollowUpButton.setText(QCoreApplication.translate("HealthFileDialog", u"Edit / add outcome\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.followUpTab), QCoreApplication.translate("HealthFileDialog", u"Follow-ups", None))
    # retranslateUi
