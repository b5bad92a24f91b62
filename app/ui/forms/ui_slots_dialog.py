# Generated from forms/slots_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SlotsDialog(object):
    def setupUi(self, SlotsDialog):
        if not SlotsDialog.objectName():
            SlotsDialog.setObjectName(u"SlotsDialog")
        SlotsDialog.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(SlotsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SlotsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setStyleSheet(u"font-weight: bold;")

        self.dialogLayout.addWidget(self.introLabel)

        self.noteLabel = QLabel(SlotsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet(u"color: #616e7c;")

        self.dialogLayout.addWidget(self.noteLabel)

        self.dateLayout = QFormLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateLabel = QLabel(SlotsDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.dateLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(SlotsDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.dateLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.reasonLabel = QLabel(SlotsDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.dateLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(SlotsDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.dateLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.dateLayout)

        self.slotsGroup = QGroupBox(SlotsDialog)
        self.slotsGroup.setObjectName(u"slotsGroup")
        self.slotsGroupLayout = QVBoxLayout(self.slotsGroup)
        self.slotsGroupLayout.setObjectName(u"slotsGroupLayout")
        self.slotsLayout = QVBoxLayout()
        self.slotsLayout.setObjectName(u"slotsLayout")

        self.slotsGroupLayout.addLayout(self.slotsLayout)

        self.noSlotsLabel = QLabel(self.slotsGroup)
        self.noSlotsLabel.setObjectName(u"noSlotsLabel")
        self.noSlotsLabel.setStyleSheet(u"color: #616e7c;")

        self.slotsGroupLayout.addWidget(self.noSlotsLabel)

        self.addLayout = QHBoxLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.addSlotButton = QPushButton(self.slotsGroup)
        self.addSlotButton.setObjectName(u"addSlotButton")

        self.addLayout.addWidget(self.addSlotButton)

        self.addSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addLayout.addItem(self.addSpacer)

        self.totalLabel = QLabel(self.slotsGroup)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setStyleSheet(u"font-weight: bold;")

        self.addLayout.addWidget(self.totalLabel)


        self.slotsGroupLayout.addLayout(self.addLayout)


        self.dialogLayout.addWidget(self.slotsGroup)

        self.copyGroup = QGroupBox(SlotsDialog)
        self.copyGroup.setObjectName(u"copyGroup")
        self.copyGroupLayout = QVBoxLayout(self.copyGroup)
        self.copyGroupLayout.setObjectName(u"copyGroupLayout")
        self.copyLayout = QHBoxLayout()
        self.copyLayout.setObjectName(u"copyLayout")

        self.copyGroupLayout.addLayout(self.copyLayout)

        self.workdaysLayout = QHBoxLayout()
        self.workdaysLayout.setObjectName(u"workdaysLayout")
        self.workdaysButton = QPushButton(self.copyGroup)
        self.workdaysButton.setObjectName(u"workdaysButton")
        self.workdaysButton.setAutoDefault(False)

        self.workdaysLayout.addWidget(self.workdaysButton)

        self.workdaysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workdaysLayout.addItem(self.workdaysSpacer)


        self.copyGroupLayout.addLayout(self.workdaysLayout)


        self.dialogLayout.addWidget(self.copyGroup)

        self.warningLabel = QLabel(SlotsDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(u"color: #b45309;")

        self.dialogLayout.addWidget(self.warningLabel)

        self.errorLabel = QLabel(SlotsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SlotsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SlotsDialog)
    # setupUi

    def retranslateUi(self, SlotsDialog):
        self.dateLabel.setText(QCoreApplication.translate("SlotsDialog", u"Date", None))
        self.reasonLabel.setText(QCoreApplication.translate("SlotsDialog", u"Reason", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("SlotsDialog", u"e.g. afternoon fire drill", None))
        self.slotsGroup.setTitle(QCoreApplication.translate("SlotsDialog", u"Open from \u2013 to", None))
        self.noSlotsLabel.setText(QCoreApplication.translate("SlotsDialog", u"No slots: the room is closed on this day.", None))
        self.addSlotButton.setText(QCoreApplication.translate("SlotsDialog", u"Add a time slot", None))
        self.copyGroup.setTitle(QCoreApplication.translate("SlotsDialog", u"The same hours also on", None))
        self.workdaysButton.setText(QCoreApplication.translate("SlotsDialog", u"Monday to Friday", None))
        pass
    # retranslateUi
