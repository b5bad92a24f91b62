# Generated from forms/list_page.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ListPage(object):
    def setupUi(self, ListPage):
        if not ListPage.objectName():
            ListPage.setObjectName(u"ListPage")
        self.pageLayout = QVBoxLayout(ListPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(ListPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"Title")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: bold;")

        self.pageLayout.addWidget(self.titleLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.searchEdit = QLineEdit(ListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMaximumSize(QSize(360, 16777215))

        self.toolLayout.addWidget(self.searchEdit)

        self.filterCombo = QComboBox(ListPage)
        self.filterCombo.setObjectName(u"filterCombo")
        self.filterCombo.setMinimumSize(QSize(160, 0))

        self.toolLayout.addWidget(self.filterCombo)

        self.toolSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.countLabel = QLabel(ListPage)
        self.countLabel.setObjectName(u"countLabel")

        self.toolLayout.addWidget(self.countLabel)

        self.helpLabel = QLabel(ListPage)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setTextFormat(Qt.TextFormat.RichText)

        self.toolLayout.addWidget(self.helpLabel)


        self.pageLayout.addLayout(self.toolLayout)

        self.tableView = QTableView(ListPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSortingEnabled(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)


        self.retranslateUi(ListPage)
    # setupUi

    def retranslateUi(self, ListPage):
        pass
    # retranslateUi
