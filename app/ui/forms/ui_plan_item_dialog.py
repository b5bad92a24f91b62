# Generated from forms/plan_item_dialog.ui by build_scripts/compile_forms.py — do not edit.
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

class Ui_PlanItemDialog(object):
    def setupUi(self, PlanItemDialog):
        if not PlanItemDialog.objectName():
            PlanItemDialog.setObjectName(u"PlanItemDialog")
        self.planItemLayout = QVBoxLayout(PlanItemDialog)
        self.planItemLayout.setObjectName(u"planItemLayout")
        self.planItemForm = QFormLayout()
        self.planItemForm.setObjectName(u"planItemForm")
        self.quarterLabel = QLabel(PlanItemDialog)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.planItemForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.quarterLabel)

        self.quarterCombo = QComboBox(PlanItemDialog)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.planItemForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.quarterCombo)

        self.kindLabel = QLabel(PlanItemDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.planItemForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(PlanItemDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.planItemForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.titleLabel = QLabel(PlanItemDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.planItemForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(PlanItemDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMinimumSize(QSize(320, 0))

        self.planItemForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.noteLabel = QLabel(PlanItemDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.planItemForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(PlanItemDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.planItemForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.planItemLayout.addLayout(self.planItemForm)

        self.errorLabel = QLabel(PlanItemDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.planItemLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PlanItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.planItemLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.quarterLabel.setBuddy(self.quarterCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanItemDialog)
    # setupUi

    def retranslateUi(self, PlanItemDialog):
        PlanItemDialog.setWindowTitle(QCoreApplication.translate("PlanItemDialog", u"Plan item", None))
        self.quarterLabel.setText(QCoreApplication.translate("PlanItemDialog", u"Quarter", None))
        self.kindLabel.setText(QCoreApplication.translate("PlanItemDialog", u"Type", None))
        self.titleLabel.setText(QCoreApplication.translate("PlanItemDialog", u"Planned item *", None))
        self.noteLabel.setText(QCoreApplication.translate("PlanItemDialog", u"Note", None))
        self.errorLabel.setText("")
    # retranslateUi
