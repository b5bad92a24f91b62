# Generated from forms/plan_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_PlanDialog(object):
    def setupUi(self, PlanDialog):
        if not PlanDialog.objectName():
            PlanDialog.setObjectName(u"PlanDialog")
        self.planLayout = QVBoxLayout(PlanDialog)
        self.planLayout.setObjectName(u"planLayout")
        self.planTools = QHBoxLayout()
        self.planTools.setObjectName(u"planTools")
        self.yearLabel = QLabel(PlanDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.planTools.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(PlanDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.planTools.addWidget(self.yearCombo)

        self.addButton = QPushButton(PlanDialog)
        self.addButton.setObjectName(u"addButton")

        self.planTools.addWidget(self.addButton)

        self.editButton = QPushButton(PlanDialog)
        self.editButton.setObjectName(u"editButton")

        self.planTools.addWidget(self.editButton)

        self.deleteButton = QPushButton(PlanDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.planTools.addWidget(self.deleteButton)

        self.spacer8 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planTools.addItem(self.spacer8)

        self.printButton = QPushButton(PlanDialog)
        self.printButton.setObjectName(u"printButton")

        self.planTools.addWidget(self.printButton)

        self.printActualButton = QPushButton(PlanDialog)
        self.printActualButton.setObjectName(u"printActualButton")

        self.planTools.addWidget(self.printActualButton)


        self.planLayout.addLayout(self.planTools)

        self.summaryLabel = QLabel(PlanDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.planLayout.addWidget(self.summaryLabel)

        self.tableView = QTableView(PlanDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.planLayout.addWidget(self.tableView)

        self.messageLabel = QLabel(PlanDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.planLayout.addWidget(self.messageLabel)

        self.planBottom = QHBoxLayout()
        self.planBottom.setObjectName(u"planBottom")
        self.spacer9 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planBottom.addItem(self.spacer9)

        self.closeButton = QPushButton(PlanDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.planBottom.addWidget(self.closeButton)


        self.planLayout.addLayout(self.planBottom)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanDialog)
    # setupUi

    def retranslateUi(self, PlanDialog):
        PlanDialog.setWindowTitle(QCoreApplication.translate("PlanDialog", u"Annual health promotion plan", None))
        self.yearLabel.setText(QCoreApplication.translate("PlanDialog", u"Year", None))
        self.addButton.setText(QCoreApplication.translate("PlanDialog", u"Add item\u2026", None))
        self.editButton.setText(QCoreApplication.translate("PlanDialog", u"Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("PlanDialog", u"Delete", None))
        self.printButton.setText(QCoreApplication.translate("PlanDialog", u"Plan PDF\u2026", None))
        self.printActualButton.setText(QCoreApplication.translate("PlanDialog", u"Plan vs actual PDF\u2026", None))
        self.summaryLabel.setText("")
        self.messageLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("PlanDialog", u"Close", None))
    # retranslateUi
