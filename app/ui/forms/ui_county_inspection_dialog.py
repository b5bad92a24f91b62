# Generated from forms/county_inspection_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDateEdit,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CountyInspectionDialog(object):
    def setupUi(self, CountyInspectionDialog):
        if not CountyInspectionDialog.objectName():
            CountyInspectionDialog.setObjectName(u"CountyInspectionDialog")
        CountyInspectionDialog.resize(640, 560)
        self.dialogLayout = QVBoxLayout(CountyInspectionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.siteLabel = QLabel(CountyInspectionDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteValueLabel = QLabel(CountyInspectionDialog)
        self.siteValueLabel.setObjectName(u"siteValueLabel")
        self.siteValueLabel.setStyleSheet(u"font-weight: bold;")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteValueLabel)

        self.dateLabel = QLabel(CountyInspectionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(CountyInspectionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.inspectorsLabel = QLabel(CountyInspectionDialog)
        self.inspectorsLabel.setObjectName(u"inspectorsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.inspectorsLabel)

        self.inspectorsEdit = QLineEdit(CountyInspectionDialog)
        self.inspectorsEdit.setObjectName(u"inspectorsEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.inspectorsEdit)

        self.scoreLabel = QLabel(CountyInspectionDialog)
        self.scoreLabel.setObjectName(u"scoreLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scoreLabel)

        self.scoreSpin = QDoubleSpinBox(CountyInspectionDialog)
        self.scoreSpin.setObjectName(u"scoreSpin")
        self.scoreSpin.setDecimals(1)
        self.scoreSpin.setMinimum(-1.000000000000000)
        self.scoreSpin.setMaximum(100.000000000000000)
        self.scoreSpin.setValue(-1.000000000000000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.scoreSpin)

        self.findingsLabel = QLabel(CountyInspectionDialog)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.findingsLabel)

        self.findingsEdit = QPlainTextEdit(CountyInspectionDialog)
        self.findingsEdit.setObjectName(u"findingsEdit")
        self.findingsEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.findingsEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.itemsLabel = QLabel(CountyInspectionDialog)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.dialogLayout.addWidget(self.itemsLabel)

        self.itemsTable = QTableView(CountyInspectionDialog)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialogLayout.addWidget(self.itemsTable)

        self.itemButtonsLayout = QHBoxLayout()
        self.itemButtonsLayout.setObjectName(u"itemButtonsLayout")
        self.addItemButton = QPushButton(CountyInspectionDialog)
        self.addItemButton.setObjectName(u"addItemButton")

        self.itemButtonsLayout.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(CountyInspectionDialog)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.itemButtonsLayout.addWidget(self.removeItemButton)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtonsLayout.addItem(self.itemSpacer)


        self.dialogLayout.addLayout(self.itemButtonsLayout)

        self.errorLabel = QLabel(CountyInspectionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CountyInspectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.inspectorsLabel.setBuddy(self.inspectorsEdit)
        self.scoreLabel.setBuddy(self.scoreSpin)
        self.findingsLabel.setBuddy(self.findingsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CountyInspectionDialog)
    # setupUi

    def retranslateUi(self, CountyInspectionDialog):
        CountyInspectionDialog.setWindowTitle(QCoreApplication.translate("CountyInspectionDialog", u"Inspection", None))
        self.siteLabel.setText(QCoreApplication.translate("CountyInspectionDialog", u"Site", None))
        self.dateLabel.setText(QCoreApplication.translate("CountyInspectionDialog", u"Date", None))
        self.inspectorsLabel.setText(QCoreApplication.translate("CountyInspectionDialog", u"Inspectors", None))
        self.inspectorsEdit.setPlaceholderText(QCoreApplication.translate("CountyInspectionDialog", u"Names, separated by commas", None))
        self.scoreLabel.setText(QCoreApplication.translate("CountyInspectionDialog", u"Score", None))
        self.findingsLabel.setText(QCoreApplication.translate("CountyInspectionDialog", u"Findings", None))
        self.itemsLabel.setText(QCoreApplication.translate("CountyInspectionDialog", u"Rectification items (double-click a cell to edit; tick when done)", None))
        self.addItemButton.setText(QCoreApplication.translate("CountyInspectionDialog", u"Add item", None))
        self.removeItemButton.setText(QCoreApplication.translate("CountyInspectionDialog", u"Remove item", None))
    # retranslateUi
