# Generated from forms/room_profile_panel.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_RoomProfilePanel(object):
    def setupUi(self, RoomProfilePanel):
        if not RoomProfilePanel.objectName():
            RoomProfilePanel.setObjectName(u"RoomProfilePanel")
        self.panelLayout = QVBoxLayout(RoomProfilePanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.mainLayout = QHBoxLayout()
        self.mainLayout.setObjectName(u"mainLayout")
        self.formScroll = QScrollArea(RoomProfilePanel)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formHost = QWidget()
        self.formHost.setObjectName(u"formHost")
        self.formHost.setGeometry(QRect(0, 0, 600, 500))
        self.formScroll.setWidget(self.formHost)

        self.mainLayout.addWidget(self.formScroll)

        self.checklistLayout = QVBoxLayout()
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistTitle = QLabel(RoomProfilePanel)
        self.checklistTitle.setObjectName(u"checklistTitle")
        self.checklistTitle.setStyleSheet(u"font-weight: bold; font-size: 12pt;")

        self.checklistLayout.addWidget(self.checklistTitle)

        self.checklistSummary = QLabel(RoomProfilePanel)
        self.checklistSummary.setObjectName(u"checklistSummary")
        self.checklistSummary.setWordWrap(True)

        self.checklistLayout.addWidget(self.checklistSummary)

        self.checklistView = QTableView(RoomProfilePanel)
        self.checklistView.setObjectName(u"checklistView")
        self.checklistView.setMinimumSize(QSize(300, 0))
        self.checklistView.setMaximumSize(QSize(340, 16777215))
        self.checklistView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklistView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.checklistView.setWordWrap(True)
        self.checklistView.horizontalHeader().setStretchLastSection(True)
        self.checklistView.verticalHeader().setVisible(False)

        self.checklistLayout.addWidget(self.checklistView)


        self.mainLayout.addLayout(self.checklistLayout)


        self.panelLayout.addLayout(self.mainLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.errorLabel = QLabel(RoomProfilePanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.buttonLayout.addWidget(self.errorLabel)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.revertButton = QPushButton(RoomProfilePanel)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(RoomProfilePanel)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.panelLayout.addLayout(self.buttonLayout)


        self.retranslateUi(RoomProfilePanel)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RoomProfilePanel):
        self.checklistTitle.setText(QCoreApplication.translate("RoomProfilePanel", u"Founding-rules checklist", None))
        self.revertButton.setText(QCoreApplication.translate("RoomProfilePanel", u"Undo changes", None))
        self.saveButton.setText(QCoreApplication.translate("RoomProfilePanel", u"Save profile", None))
        pass
    # retranslateUi
