# Generated from forms/person_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(520, 440)
        self.dialogLayout = QVBoxLayout(PersonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.employeeNoLabel = QLabel(PersonDialog)
        self.employeeNoLabel.setObjectName(u"employeeNoLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employeeNoLabel)

        self.employeeNoEdit = QLineEdit(PersonDialog)
        self.employeeNoEdit.setObjectName(u"employeeNoEdit")
        self.employeeNoEdit.setMaxLength(50)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employeeNoEdit)

        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.departmentLabel = QLabel(PersonDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(PersonDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setEditable(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.idNumberLabel = QLabel(PersonDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberEdit = QLineEdit(PersonDialog)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(30)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idNumberEdit)

        self.sexLabel = QLabel(PersonDialog)
        self.sexLabel.setObjectName(u"sexLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(PersonDialog)
        self.sexCombo.setObjectName(u"sexCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.birthDateLabel = QLabel(PersonDialog)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(PersonDialog)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setPlaceholderText(u"1990-05-01")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.phoneLabel = QLabel(PersonDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(PersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.jobTitleLabel = QLabel(PersonDialog)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(PersonDialog)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")
        self.jobTitleEdit.setMaxLength(100)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.hazardsLabel = QLabel(PersonDialog)
        self.hazardsLabel.setObjectName(u"hazardsLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.hazardsLabel)

        self.hazardsEdit = QLineEdit(PersonDialog)
        self.hazardsEdit.setObjectName(u"hazardsEdit")
        self.hazardsEdit.setMaxLength(300)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.hazardsEdit)

        self.hireDateLabel = QLabel(PersonDialog)
        self.hireDateLabel.setObjectName(u"hireDateLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.hireDateLabel)

        self.hireDateEdit = QLineEdit(PersonDialog)
        self.hireDateEdit.setObjectName(u"hireDateEdit")
        self.hireDateEdit.setPlaceholderText(u"2020-03-01")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.hireDateEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(PersonDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.dialogLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(PersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.employeeNoLabel.setBuddy(self.employeeNoEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.hazardsLabel.setBuddy(self.hazardsEdit)
        self.hireDateLabel.setBuddy(self.hireDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.employeeNoEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.hazardsEdit)
        QWidget.setTabOrder(self.hazardsEdit, self.hireDateEdit)

        self.retranslateUi(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.employeeNoLabel.setText(QCoreApplication.translate("PersonDialog", u"Employee no. *", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"Name *", None))
        self.departmentLabel.setText(QCoreApplication.translate("PersonDialog", u"Department *", None))
        self.idNumberLabel.setText(QCoreApplication.translate("PersonDialog", u"ID number", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"18 characters; sex and birth date are read from it", None))
        self.sexLabel.setText(QCoreApplication.translate("PersonDialog", u"Sex", None))
        self.birthDateLabel.setText(QCoreApplication.translate("PersonDialog", u"Birth date", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"Mobile", None))
        self.jobTitleLabel.setText(QCoreApplication.translate("PersonDialog", u"Job", None))
        self.hazardsLabel.setText(QCoreApplication.translate("PersonDialog", u"Occupational hazards", None))
        self.hireDateLabel.setText(QCoreApplication.translate("PersonDialog", u"Hire date", None))
        self.hintLabel.setText(QCoreApplication.translate("PersonDialog", u"Dates may be written as 2023-05-01, 2023/5/1 or 20230501. A departure is recorded with the Departure button, not here.", None))
    # retranslateUi
