# Generated from forms/notices_dialog.ui by build_scripts/compile_forms.py — do not edit.
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

class Ui_NoticesDialog(object):
    def setupUi(self, NoticesDialog):
        if not NoticesDialog.objectName():
            NoticesDialog.setObjectName(u"NoticesDialog")
        self.noticesLayout = QVBoxLayout(NoticesDialog)
        self.noticesLayout.setObjectName(u"noticesLayout")
        self.noticesTools = QHBoxLayout()
        self.noticesTools.setObjectName(u"noticesTools")
        self.yearLabel = QLabel(NoticesDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.noticesTools.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(NoticesDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.noticesTools.addWidget(self.yearCombo)

        self.newButton = QPushButton(NoticesDialog)
        self.newButton.setObjectName(u"newButton")

        self.noticesTools.addWidget(self.newButton)

        self.editButton = QPushButton(NoticesDialog)
        self.editButton.setObjectName(u"editButton")

        self.noticesTools.addWidget(self.editButton)

        self.deleteButton = QPushButton(NoticesDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.noticesTools.addWidget(self.deleteButton)

        self.spacer5 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noticesTools.addItem(self.spacer5)


        self.noticesLayout.addLayout(self.noticesTools)

        self.summaryLabel = QLabel(NoticesDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.noticesLayout.addWidget(self.summaryLabel)

        self.tableView = QTableView(NoticesDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.noticesLayout.addWidget(self.tableView)

        self.noticesBottom = QHBoxLayout()
        self.noticesBottom.setObjectName(u"noticesBottom")
        self.spacer6 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noticesBottom.addItem(self.spacer6)

        self.closeButton = QPushButton(NoticesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.noticesBottom.addWidget(self.closeButton)


        self.noticesLayout.addLayout(self.noticesBottom)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoticesDialog)
    # setupUi

    def retranslateUi(self, NoticesDialog):
        NoticesDialog.setWindowTitle(QCoreApplication.translate("NoticesDialog", u"Activity notices", None))
        self.yearLabel.setText(QCoreApplication.translate("NoticesDialog", u"Year", None))
        self.newButton.setText(QCoreApplication.translate("NoticesDialog", u"New notice\u2026", None))
        self.editButton.setText(QCoreApplication.translate("NoticesDialog", u"Edit\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("NoticesDialog", u"Delete", None))
        self.summaryLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("NoticesDialog", u"Close", None))
    # retranslateUi
