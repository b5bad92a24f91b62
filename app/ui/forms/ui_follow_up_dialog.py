# Generated from forms/follow_up_dialog.ui by build_scripts/compile_forms.py — do not edit.
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(520, 460)
        self.dialogLayout = QVBoxLayout(FollowUpDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(FollowUpDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(FollowUpDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.wayLabel = QLabel(FollowUpDialog)
        self.wayLabel.setObjectName(u"wayLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.wayLabel)

        self.wayCombo = QComboBox(FollowUpDialog)
        self.wayCombo.setObjectName(u"wayCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.wayCombo)

        self.reasonLabel = QLabel(FollowUpDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(FollowUpDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.adviceLabel = QLabel(FollowUpDialog)
        self.adviceLabel.setObjectName(u"adviceLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adviceLabel)

        self.adviceEdit = QPlainTextEdit(FollowUpDialog)
        self.adviceEdit.setObjectName(u"adviceEdit")
        self.adviceEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adviceEdit)

        self.nextDateLabel = QLabel(FollowUpDialog)
        self.nextDateLabel.setObjectName(u"nextDateLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nextDateLabel)

        self.nextDateEdit = QLineEdit(FollowUpDialog)
        self.nextDateEdit.setObjectName(u"nextDateEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nextDateEdit)

        self.outcomeLabel = QLabel(FollowUpDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeEdit = QPlainTextEdit(FollowUpDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(FollowUpDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.dialogLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(FollowUpDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FollowUpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.wayLabel.setBuddy(self.wayCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.adviceLabel.setBuddy(self.adviceEdit)
        self.nextDateLabel.setBuddy(self.nextDateEdit)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"Follow-up", None))
        self.dateLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Date *", None))
        self.wayLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Way *", None))
        self.reasonLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Reason", None))
        self.adviceLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Advice given", None))
        self.nextDateLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Next follow-up on", None))
        self.outcomeLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Outcome", None))
        self.hintLabel.setText(QCoreApplication.translate("FollowUpDialog", u"A follow-up with a next date and no outcome is open: it is listed as due from a week before that date. Writing the outcome closes it.", None))
    # retranslateUi
