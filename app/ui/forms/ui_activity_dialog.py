# Generated from forms/activity_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListView, QPlainTextEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QTimeEdit, QVBoxLayout, QWidget)

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        self.dialogLayout = QVBoxLayout(ActivityDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.formHost = QWidget(ActivityDialog)
        self.formHost.setObjectName(u"formHost")
        self.formHostLayout = QVBoxLayout(self.formHost)
        self.formHostLayout.setObjectName(u"formHostLayout")
        self.formHostLayout.setContentsMargins(0, 0, 0, 0)
        self.activityForm = QFormLayout()
        self.activityForm.setObjectName(u"activityForm")
        self.kindLabel = QLabel(self.formHost)
        self.kindLabel.setObjectName(u"kindLabel")

        self.activityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.formHost)
        self.kindCombo.setObjectName(u"kindCombo")

        self.activityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.titleLabel = QLabel(self.formHost)
        self.titleLabel.setObjectName(u"titleLabel")

        self.activityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.formHost)
        self.titleEdit.setObjectName(u"titleEdit")

        self.activityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.topicLabel = QLabel(self.formHost)
        self.topicLabel.setObjectName(u"topicLabel")

        self.activityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicEdit = QLineEdit(self.formHost)
        self.topicEdit.setObjectName(u"topicEdit")

        self.activityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.topicEdit)

        self.speakerLabel = QLabel(self.formHost)
        self.speakerLabel.setObjectName(u"speakerLabel")

        self.activityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.speakerLabel)

        self.speakerEdit = QLineEdit(self.formHost)
        self.speakerEdit.setObjectName(u"speakerEdit")

        self.activityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.speakerEdit)

        self.organisationLabel = QLabel(self.formHost)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.activityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(self.formHost)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.activityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.dateLabel = QLabel(self.formHost)
        self.dateLabel.setObjectName(u"dateLabel")

        self.activityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(self.formHost)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.activityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.timeLabel = QLabel(self.formHost)
        self.timeLabel.setObjectName(u"timeLabel")

        self.activityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeLayout = QHBoxLayout()
        self.timeLayout.setObjectName(u"timeLayout")
        self.startTimeEdit = QTimeEdit(self.formHost)
        self.startTimeEdit.setObjectName(u"startTimeEdit")
        self.startTimeEdit.setDisplayFormat(u"HH:mm")

        self.timeLayout.addWidget(self.startTimeEdit)

        self.toLabel = QLabel(self.formHost)
        self.toLabel.setObjectName(u"toLabel")

        self.timeLayout.addWidget(self.toLabel)

        self.endTimeEdit = QTimeEdit(self.formHost)
        self.endTimeEdit.setObjectName(u"endTimeEdit")
        self.endTimeEdit.setDisplayFormat(u"HH:mm")

        self.timeLayout.addWidget(self.endTimeEdit)

        self.noEndCheck = QCheckBox(self.formHost)
        self.noEndCheck.setObjectName(u"noEndCheck")

        self.timeLayout.addWidget(self.noEndCheck)

        self.spacer2 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeLayout.addItem(self.spacer2)


        self.activityForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.timeLayout)

        self.placeLabel = QLabel(self.formHost)
        self.placeLabel.setObjectName(u"placeLabel")

        self.activityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.formHost)
        self.placeEdit.setObjectName(u"placeEdit")

        self.activityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.statusLabel = QLabel(self.formHost)
        self.statusLabel.setObjectName(u"statusLabel")

        self.activityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.formHost)
        self.statusCombo.setObjectName(u"statusCombo")

        self.activityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.planLabel = QLabel(self.formHost)
        self.planLabel.setObjectName(u"planLabel")

        self.activityForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planCombo = QComboBox(self.formHost)
        self.planCombo.setObjectName(u"planCombo")

        self.activityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.planCombo)

        self.notesLabel = QLabel(self.formHost)
        self.notesLabel.setObjectName(u"notesLabel")

        self.activityForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.formHost)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 70))

        self.activityForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.formHostLayout.addLayout(self.activityForm)


        self.columnsLayout.addWidget(self.formHost)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.targetGroup = QGroupBox(ActivityDialog)
        self.targetGroup.setObjectName(u"targetGroup")
        self.targetLayout = QVBoxLayout(self.targetGroup)
        self.targetLayout.setObjectName(u"targetLayout")
        self.allRadio = QRadioButton(self.targetGroup)
        self.allRadio.setObjectName(u"allRadio")
        self.allRadio.setChecked(True)

        self.targetLayout.addWidget(self.allRadio)

        self.departmentsRadio = QRadioButton(self.targetGroup)
        self.departmentsRadio.setObjectName(u"departmentsRadio")

        self.targetLayout.addWidget(self.departmentsRadio)

        self.departmentView = QListView(self.targetGroup)
        self.departmentView.setObjectName(u"departmentView")
        self.departmentView.setMinimumSize(QSize(0, 120))

        self.targetLayout.addWidget(self.departmentView)


        self.rightLayout.addWidget(self.targetGroup)

        self.partnerGroup = QGroupBox(ActivityDialog)
        self.partnerGroup.setObjectName(u"partnerGroup")
        self.partnerGroup.setCheckable(True)
        self.partnerGroup.setChecked(False)
        self.partnerForm = QFormLayout(self.partnerGroup)
        self.partnerForm.setObjectName(u"partnerForm")
        self.expertsLabel = QLabel(self.partnerGroup)
        self.expertsLabel.setObjectName(u"expertsLabel")

        self.partnerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.expertsLabel)

        self.expertsEdit = QLineEdit(self.partnerGroup)
        self.expertsEdit.setObjectName(u"expertsEdit")

        self.partnerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.expertsEdit)

        self.purposesLabel = QLabel(self.partnerGroup)
        self.purposesLabel.setObjectName(u"purposesLabel")

        self.partnerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purposesLabel)

        self.purposeLayout = QVBoxLayout()
        self.purposeLayout.setObjectName(u"purposeLayout")
        self.purposeLectureCheck = QCheckBox(self.partnerGroup)
        self.purposeLectureCheck.setObjectName(u"purposeLectureCheck")

        self.purposeLayout.addWidget(self.purposeLectureCheck)

        self.purposeDataCheck = QCheckBox(self.partnerGroup)
        self.purposeDataCheck.setObjectName(u"purposeDataCheck")

        self.purposeLayout.addWidget(self.purposeDataCheck)

        self.purposePublicityCheck = QCheckBox(self.partnerGroup)
        self.purposePublicityCheck.setObjectName(u"purposePublicityCheck")

        self.purposeLayout.addWidget(self.purposePublicityCheck)

        self.purposeClinicCheck = QCheckBox(self.partnerGroup)
        self.purposeClinicCheck.setObjectName(u"purposeClinicCheck")

        self.purposeLayout.addWidget(self.purposeClinicCheck)

        self.purposeConsultationCheck = QCheckBox(self.partnerGroup)
        self.purposeConsultationCheck.setObjectName(u"purposeConsultationCheck")

        self.purposeLayout.addWidget(self.purposeConsultationCheck)


        self.partnerForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.purposeLayout)


        self.rightLayout.addWidget(self.partnerGroup)


        self.columnsLayout.addLayout(self.rightLayout)


        self.dialogLayout.addLayout(self.columnsLayout)

        self.errorLabel = QLabel(ActivityDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActivityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.topicLabel.setBuddy(self.topicEdit)
        self.speakerLabel.setBuddy(self.speakerEdit)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.startTimeEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.planLabel.setBuddy(self.planCombo)
        self.notesLabel.setBuddy(self.notesEdit)
        self.expertsLabel.setBuddy(self.expertsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"Activity", None))
        self.kindLabel.setText(QCoreApplication.translate("ActivityDialog", u"Type", None))
        self.titleLabel.setText(QCoreApplication.translate("ActivityDialog", u"Title *", None))
        self.topicLabel.setText(QCoreApplication.translate("ActivityDialog", u"Topic", None))
        self.speakerLabel.setText(QCoreApplication.translate("ActivityDialog", u"Speaker", None))
        self.organisationLabel.setText(QCoreApplication.translate("ActivityDialog", u"Organisation", None))
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"Partner hospital or other organisation", None))
        self.dateLabel.setText(QCoreApplication.translate("ActivityDialog", u"Date", None))
        self.timeLabel.setText(QCoreApplication.translate("ActivityDialog", u"Time", None))
        self.toLabel.setText(QCoreApplication.translate("ActivityDialog", u"to", None))
        self.noEndCheck.setText(QCoreApplication.translate("ActivityDialog", u"no end time", None))
        self.placeLabel.setText(QCoreApplication.translate("ActivityDialog", u"Place", None))
        self.statusLabel.setText(QCoreApplication.translate("ActivityDialog", u"Status", None))
        self.planLabel.setText(QCoreApplication.translate("ActivityDialog", u"In the annual plan as", None))
        self.notesLabel.setText(QCoreApplication.translate("ActivityDialog", u"Notes", None))
        self.targetGroup.setTitle(QCoreApplication.translate("ActivityDialog", u"Target group", None))
        self.allRadio.setText(QCoreApplication.translate("ActivityDialog", u"All staff", None))
        self.departmentsRadio.setText(QCoreApplication.translate("ActivityDialog", u"Chosen departments", None))
        self.partnerGroup.setTitle(QCoreApplication.translate("ActivityDialog", u"Partner-hospital visit (counts toward the quarterly hospital visits)", None))
        self.expertsLabel.setText(QCoreApplication.translate("ActivityDialog", u"Experts who came", None))
        self.expertsEdit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"e.g. Dr Zhang Jianguo, Nurse Wang Fang", None))
        self.purposesLabel.setText(QCoreApplication.translate("ActivityDialog", u"For", None))
        self.purposeLectureCheck.setText(QCoreApplication.translate("ActivityDialog", u"Lecture", None))
        self.purposeDataCheck.setText(QCoreApplication.translate("ActivityDialog", u"Health data collection", None))
        self.purposePublicityCheck.setText(QCoreApplication.translate("ActivityDialog", u"Publicity", None))
        self.purposeClinicCheck.setText(QCoreApplication.translate("ActivityDialog", u"Free clinic", None))
        self.purposeConsultationCheck.setText(QCoreApplication.translate("ActivityDialog", u"Consultation", None))
        self.errorLabel.setText("")
    # retranslateUi
