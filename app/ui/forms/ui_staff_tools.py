# Generated from forms/staff_tools.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_StaffTools(object):
    def setupUi(self, StaffTools):
        if not StaffTools.objectName():
            StaffTools.setObjectName(u"StaffTools")
        self.toolsLayout = QVBoxLayout(StaffTools)
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.toolsLayout.setContentsMargins(0, 0, 0, 0)
        self.viewLayout = QHBoxLayout()
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLabel = QLabel(StaffTools)
        self.viewLabel.setObjectName(u"viewLabel")

        self.viewLayout.addWidget(self.viewLabel)

        self.viewCombo = QComboBox(StaffTools)
        self.viewCombo.setObjectName(u"viewCombo")
        self.viewCombo.setMinimumSize(QSize(150, 0))
        self.viewCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.viewCombo.setMinimumContentsLength(12)

        self.viewLayout.addWidget(self.viewCombo)

        self.statusCombo = QComboBox(StaffTools)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumSize(QSize(120, 0))

        self.viewLayout.addWidget(self.statusCombo)

        self.viewSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.viewLayout.addItem(self.viewSpacer)


        self.toolsLayout.addLayout(self.viewLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addButton = QPushButton(StaffTools)
        self.addButton.setObjectName(u"addButton")

        self.actionsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(StaffTools)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.departureButton = QPushButton(StaffTools)
        self.departureButton.setObjectName(u"departureButton")

        self.actionsLayout.addWidget(self.departureButton)

        self.healthFileButton = QPushButton(StaffTools)
        self.healthFileButton.setObjectName(u"healthFileButton")

        self.actionsLayout.addWidget(self.healthFileButton)

        self.importButton = QPushButton(StaffTools)
        self.importButton.setObjectName(u"importButton")

        self.actionsLayout.addWidget(self.importButton)

        self.checkupImportButton = QPushButton(StaffTools)
        self.checkupImportButton.setObjectName(u"checkupImportButton")

        self.actionsLayout.addWidget(self.checkupImportButton)

        self.departmentOrderButton = QPushButton(StaffTools)
        self.departmentOrderButton.setObjectName(u"departmentOrderButton")

        self.actionsLayout.addWidget(self.departmentOrderButton)

        self.actionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.toolsLayout.addLayout(self.actionsLayout)

        self.summaryLabel = QLabel(StaffTools)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.toolsLayout.addWidget(self.summaryLabel)


        self.retranslateUi(StaffTools)
    # setupUi

    def retranslateUi(self, StaffTools):
        self.viewLabel.setText(QCoreApplication.translate("StaffTools", u"Show:", None))
        self.addButton.setText(QCoreApplication.translate("StaffTools", u"Add person\u2026", None))
        self.editButton.setText(QCoreApplication.translate("StaffTools", u"Edit\u2026", None))
        self.departureButton.setText(QCoreApplication.translate("StaffTools", u"Departure\u2026", None))
        self.healthFileButton.setText(QCoreApplication.translate("StaffTools", u"Health file\u2026", None))
        self.importButton.setText(QCoreApplication.translate("StaffTools", u"Import roster\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkupImportButton.setToolTip(QCoreApplication.translate("StaffTools", u"Import the check-up results the partner hospital sent into the health files", None))
#endif // QT_CONFIG(tooltip)
        self.checkupImportButton.setText(QCoreApplication.translate("StaffTools", u"Import check-up results\u2026", None))
        self.departmentOrderButton.setText(QCoreApplication.translate("StaffTools", u"Department order\u2026", None))
        pass
    # retranslateUi
