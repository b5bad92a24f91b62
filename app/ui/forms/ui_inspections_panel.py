# Generated from forms/inspections_panel.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_InspectionsPanel(object):
    def setupUi(self, InspectionsPanel):
        if not InspectionsPanel.objectName():
            InspectionsPanel.setObjectName(u"InspectionsPanel")
        self.panelLayout = QVBoxLayout(InspectionsPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.introLabel = QLabel(InspectionsPanel)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.introLabel)

        self.inspectionButtonsLayout = QHBoxLayout()
        self.inspectionButtonsLayout.setObjectName(u"inspectionButtonsLayout")
        self.yearLabel = QLabel(InspectionsPanel)
        self.yearLabel.setObjectName(u"yearLabel")

        self.inspectionButtonsLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(InspectionsPanel)
        self.yearCombo.setObjectName(u"yearCombo")

        self.inspectionButtonsLayout.addWidget(self.yearCombo)

        self.countLabel = QLabel(InspectionsPanel)
        self.countLabel.setObjectName(u"countLabel")

        self.inspectionButtonsLayout.addWidget(self.countLabel)

        self.inspectionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.inspectionButtonsLayout.addItem(self.inspectionSpacer)

        self.addButton = QPushButton(InspectionsPanel)
        self.addButton.setObjectName(u"addButton")

        self.inspectionButtonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(InspectionsPanel)
        self.editButton.setObjectName(u"editButton")

        self.inspectionButtonsLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(InspectionsPanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.inspectionButtonsLayout.addWidget(self.deleteButton)


        self.panelLayout.addLayout(self.inspectionButtonsLayout)

        self.inspectionsTable = QTableView(InspectionsPanel)
        self.inspectionsTable.setObjectName(u"inspectionsTable")
        self.inspectionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inspectionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inspectionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.panelLayout.addWidget(self.inspectionsTable)

        self.itemButtonsLayout = QHBoxLayout()
        self.itemButtonsLayout.setObjectName(u"itemButtonsLayout")
        self.itemsLabel = QLabel(InspectionsPanel)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.itemButtonsLayout.addWidget(self.itemsLabel)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtonsLayout.addItem(self.itemSpacer)

        self.closeItemButton = QPushButton(InspectionsPanel)
        self.closeItemButton.setObjectName(u"closeItemButton")

        self.itemButtonsLayout.addWidget(self.closeItemButton)

        self.reopenItemButton = QPushButton(InspectionsPanel)
        self.reopenItemButton.setObjectName(u"reopenItemButton")

        self.itemButtonsLayout.addWidget(self.reopenItemButton)


        self.panelLayout.addLayout(self.itemButtonsLayout)

        self.itemsTable = QTableView(InspectionsPanel)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.panelLayout.addWidget(self.itemsTable)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionsPanel)
    # setupUi

    def retranslateUi(self, InspectionsPanel):
        self.introLabel.setText(QCoreApplication.translate("InspectionsPanel", u"Inspections the room received and what they asked to put right. The county or city union inspects at least twice a year; the partner hospital's supervision is recorded here too but does not count toward the two.", None))
        self.yearLabel.setText(QCoreApplication.translate("InspectionsPanel", u"Year", None))
        self.addButton.setText(QCoreApplication.translate("InspectionsPanel", u"Record an inspection\u2026", None))
        self.editButton.setText(QCoreApplication.translate("InspectionsPanel", u"Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("InspectionsPanel", u"Delete", None))
        self.itemsLabel.setText(QCoreApplication.translate("InspectionsPanel", u"Rectification items of the inspection chosen above", None))
        self.closeItemButton.setText(QCoreApplication.translate("InspectionsPanel", u"Record it done\u2026", None))
        self.reopenItemButton.setText(QCoreApplication.translate("InspectionsPanel", u"Reopen", None))
        pass
    # retranslateUi
