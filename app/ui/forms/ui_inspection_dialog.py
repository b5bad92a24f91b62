# Generated from forms/inspection_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_InspectionDialog(object):
    def setupUi(self, InspectionDialog):
        if not InspectionDialog.objectName():
            InspectionDialog.setObjectName(u"InspectionDialog")
        InspectionDialog.resize(720, 560)
        self.dialogLayout = QVBoxLayout(InspectionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.siteLabel = QLabel(InspectionDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteValueLabel = QLabel(InspectionDialog)
        self.siteValueLabel.setObjectName(u"siteValueLabel")
        self.siteValueLabel.setStyleSheet(u"font-weight: bold;")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteValueLabel)

        self.dateLabel = QLabel(InspectionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(InspectionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.bodyLabel = QLabel(InspectionDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyCombo = QComboBox(InspectionDialog)
        self.bodyCombo.setObjectName(u"bodyCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bodyCombo)

        self.inspectorsLabel = QLabel(InspectionDialog)
        self.inspectorsLabel.setObjectName(u"inspectorsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.inspectorsLabel)

        self.inspectorsEdit = QLineEdit(InspectionDialog)
        self.inspectorsEdit.setObjectName(u"inspectorsEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.inspectorsEdit)

        self.scoreLabel = QLabel(InspectionDialog)
        self.scoreLabel.setObjectName(u"scoreLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scoreLabel)

        self.scoreSpin = QDoubleSpinBox(InspectionDialog)
        self.scoreSpin.setObjectName(u"scoreSpin")
        self.scoreSpin.setDecimals(1)
        self.scoreSpin.setMinimum(-1.000000000000000)
        self.scoreSpin.setMaximum(100.000000000000000)
        self.scoreSpin.setValue(-1.000000000000000)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scoreSpin)

        self.findingsLabel = QLabel(InspectionDialog)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.findingsLabel)

        self.findingsEdit = QPlainTextEdit(InspectionDialog)
        self.findingsEdit.setObjectName(u"findingsEdit")
        self.findingsEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.findingsEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.itemsLabel = QLabel(InspectionDialog)
        self.itemsLabel.setObjectName(u"itemsLabel")
        self.itemsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.itemsLabel)

        self.itemsTable = QTableView(InspectionDialog)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialogLayout.addWidget(self.itemsTable)

        self.itemButtonsLayout = QHBoxLayout()
        self.itemButtonsLayout.setObjectName(u"itemButtonsLayout")
        self.addItemButton = QPushButton(InspectionDialog)
        self.addItemButton.setObjectName(u"addItemButton")

        self.itemButtonsLayout.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(InspectionDialog)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.itemButtonsLayout.addWidget(self.removeItemButton)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtonsLayout.addItem(self.itemSpacer)


        self.dialogLayout.addLayout(self.itemButtonsLayout)

        self.errorLabel = QLabel(InspectionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(InspectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.bodyLabel.setBuddy(self.bodyCombo)
        self.inspectorsLabel.setBuddy(self.inspectorsEdit)
        self.scoreLabel.setBuddy(self.scoreSpin)
        self.findingsLabel.setBuddy(self.findingsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionDialog)
    # setupUi

    def retranslateUi(self, InspectionDialog):
        InspectionDialog.setWindowTitle(QCoreApplication.translate("InspectionDialog", u"Inspection", None))
        self.siteLabel.setText(QCoreApplication.translate("InspectionDialog", u"Site", None))
        self.dateLabel.setText(QCoreApplication.translate("InspectionDialog", u"Date", None))
        self.bodyLabel.setText(QCoreApplication.translate("InspectionDialog", u"Inspected by", None))
        self.inspectorsLabel.setText(QCoreApplication.translate("InspectionDialog", u"Inspectors", None))
        self.inspectorsEdit.setPlaceholderText(QCoreApplication.translate("InspectionDialog", u"Names, separated by commas", None))
        self.scoreLabel.setText(QCoreApplication.translate("InspectionDialog", u"Score", None))
        self.findingsLabel.setText(QCoreApplication.translate("InspectionDialog", u"Findings", None))
        self.itemsLabel.setText(QCoreApplication.translate("InspectionDialog", u"Rectification items: what must be put right, who answers for it, by when (double-click a cell to edit). Closing an item is done on the page, with what was done.", None))
        self.addItemButton.setText(QCoreApplication.translate("InspectionDialog", u"Add item", None))
        self.removeItemButton.setText(QCoreApplication.translate("InspectionDialog", u"Remove item", None))
    # retranslateUi
