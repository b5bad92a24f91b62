# Generated from forms/visit_edit_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_VisitEditDialog(object):
    def setupUi(self, VisitEditDialog):
        if not VisitEditDialog.objectName():
            VisitEditDialog.setObjectName(u"VisitEditDialog")
        VisitEditDialog.setMinimumSize(QSize(860, 0))
        self.editLayout = QVBoxLayout(VisitEditDialog)
        self.editLayout.setObjectName(u"editLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.personLabel = QLabel(VisitEditDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personLayout = QHBoxLayout()
        self.personLayout.setObjectName(u"personLayout")
        self.personEdit = QLineEdit(VisitEditDialog)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setMaximumSize(QSize(260, 16777215))

        self.personLayout.addWidget(self.personEdit)

        self.visitorCheck = QCheckBox(VisitEditDialog)
        self.visitorCheck.setObjectName(u"visitorCheck")

        self.personLayout.addWidget(self.visitorCheck)

        self.personCardLabel = QLabel(VisitEditDialog)
        self.personCardLabel.setObjectName(u"personCardLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.personCardLabel.sizePolicy().hasHeightForWidth())
        self.personCardLabel.setSizePolicy(sizePolicy)

        self.personLayout.addWidget(self.personCardLabel)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.personLayout)

        self.timeLabel = QLabel(VisitEditDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QDateTimeEdit(VisitEditDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.timeEdit.setCalendarPopup(True)
        self.timeEdit.setMaximumSize(QSize(200, 16777215))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timeEdit)


        self.editLayout.addLayout(self.formLayout)

        self.readingsHost = QWidget(VisitEditDialog)
        self.readingsHost.setObjectName(u"readingsHost")

        self.editLayout.addWidget(self.readingsHost)

        self.textLayout = QFormLayout()
        self.textLayout.setObjectName(u"textLayout")
        self.adviceLabel = QLabel(VisitEditDialog)
        self.adviceLabel.setObjectName(u"adviceLabel")

        self.textLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adviceLabel)

        self.adviceEdit = QLineEdit(VisitEditDialog)
        self.adviceEdit.setObjectName(u"adviceEdit")

        self.textLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adviceEdit)

        self.noteLabel = QLabel(VisitEditDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.textLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(VisitEditDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.textLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.reasonLabel = QLabel(VisitEditDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.textLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(VisitEditDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.textLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.editLayout.addLayout(self.textLayout)

        self.errorLabel = QLabel(VisitEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.editLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(VisitEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.editLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.adviceLabel.setBuddy(self.adviceEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisitEditDialog)
    # setupUi

    def retranslateUi(self, VisitEditDialog):
        VisitEditDialog.setWindowTitle(QCoreApplication.translate("VisitEditDialog", u"Correct a visit", None))
        self.personLabel.setText(QCoreApplication.translate("VisitEditDialog", u"&Person:", None))
        self.visitorCheck.setText(QCoreApplication.translate("VisitEditDialog", u"&Visitor", None))
        self.timeLabel.setText(QCoreApplication.translate("VisitEditDialog", u"&Visited at:", None))
        self.adviceLabel.setText(QCoreApplication.translate("VisitEditDialog", u"&Advice:", None))
        self.noteLabel.setText(QCoreApplication.translate("VisitEditDialog", u"N&ote:", None))
        self.reasonLabel.setText(QCoreApplication.translate("VisitEditDialog", u"&Reason for the correction:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("VisitEditDialog", u"Required: kept in the audit trail", None))
    # retranslateUi
