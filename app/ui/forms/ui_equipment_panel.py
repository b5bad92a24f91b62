# Generated from forms/equipment_panel.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCalendarWidget, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_EquipmentPanel(object):
    def setupUi(self, EquipmentPanel):
        if not EquipmentPanel.objectName():
            EquipmentPanel.setObjectName(u"EquipmentPanel")
        self.panelLayout = QVBoxLayout(EquipmentPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.warningLabel = QLabel(EquipmentPanel)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(u"color: #b45309;")

        self.panelLayout.addWidget(self.warningLabel)

        self.actionStack = QStackedWidget(EquipmentPanel)
        self.actionStack.setObjectName(u"actionStack")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.actionStack.sizePolicy().hasHeightForWidth())
        self.actionStack.setSizePolicy(sizePolicy)
        self.deviceActions = QWidget()
        self.deviceActions.setObjectName(u"deviceActions")
        self.deviceActionsLayout = QHBoxLayout(self.deviceActions)
        self.deviceActionsLayout.setObjectName(u"deviceActionsLayout")
        self.deviceActionsLayout.setContentsMargins(0, 0, 0, 0)
        self.registerButton = QPushButton(self.deviceActions)
        self.registerButton.setObjectName(u"registerButton")

        self.deviceActionsLayout.addWidget(self.registerButton)

        self.editDeviceButton = QPushButton(self.deviceActions)
        self.editDeviceButton.setObjectName(u"editDeviceButton")

        self.deviceActionsLayout.addWidget(self.editDeviceButton)

        self.eventButton = QPushButton(self.deviceActions)
        self.eventButton.setObjectName(u"eventButton")

        self.deviceActionsLayout.addWidget(self.eventButton)

        self.replaceButton = QPushButton(self.deviceActions)
        self.replaceButton.setObjectName(u"replaceButton")

        self.deviceActionsLayout.addWidget(self.replaceButton)

        self.deviceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deviceActionsLayout.addItem(self.deviceSpacer)

        self.ledgerButton = QPushButton(self.deviceActions)
        self.ledgerButton.setObjectName(u"ledgerButton")

        self.deviceActionsLayout.addWidget(self.ledgerButton)

        self.labelsButton = QPushButton(self.deviceActions)
        self.labelsButton.setObjectName(u"labelsButton")

        self.deviceActionsLayout.addWidget(self.labelsButton)

        self.actionStack.addWidget(self.deviceActions)
        self.stockActions = QWidget()
        self.stockActions.setObjectName(u"stockActions")
        self.stockActionsLayout = QHBoxLayout(self.stockActions)
        self.stockActionsLayout.setObjectName(u"stockActionsLayout")
        self.stockActionsLayout.setContentsMargins(0, 0, 0, 0)
        self.newItemButton = QPushButton(self.stockActions)
        self.newItemButton.setObjectName(u"newItemButton")

        self.stockActionsLayout.addWidget(self.newItemButton)

        self.editItemButton = QPushButton(self.stockActions)
        self.editItemButton.setObjectName(u"editItemButton")

        self.stockActionsLayout.addWidget(self.editItemButton)

        self.receiveButton = QPushButton(self.stockActions)
        self.receiveButton.setObjectName(u"receiveButton")

        self.stockActionsLayout.addWidget(self.receiveButton)

        self.useButton = QPushButton(self.stockActions)
        self.useButton.setObjectName(u"useButton")

        self.stockActionsLayout.addWidget(self.useButton)

        self.discardButton = QPushButton(self.stockActions)
        self.discardButton.setObjectName(u"discardButton")

        self.stockActionsLayout.addWidget(self.discardButton)

        self.stockSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stockActionsLayout.addItem(self.stockSpacer)

        self.perReadingButton = QPushButton(self.stockActions)
        self.perReadingButton.setObjectName(u"perReadingButton")

        self.stockActionsLayout.addWidget(self.perReadingButton)

        self.stockSheetButton = QPushButton(self.stockActions)
        self.stockSheetButton.setObjectName(u"stockSheetButton")

        self.stockActionsLayout.addWidget(self.stockSheetButton)

        self.actionStack.addWidget(self.stockActions)
        self.roomActions = QWidget()
        self.roomActions.setObjectName(u"roomActions")
        self.roomActionsLayout = QHBoxLayout(self.roomActions)
        self.roomActionsLayout.setObjectName(u"roomActionsLayout")
        self.roomActionsLayout.setContentsMargins(0, 0, 0, 0)
        self.recordDayButton = QPushButton(self.roomActions)
        self.recordDayButton.setObjectName(u"recordDayButton")

        self.roomActionsLayout.addWidget(self.recordDayButton)

        self.legendLabel = QLabel(self.roomActions)
        self.legendLabel.setObjectName(u"legendLabel")

        self.roomActionsLayout.addWidget(self.legendLabel)

        self.roomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roomActionsLayout.addItem(self.roomSpacer)

        self.intervalLabel = QLabel(self.roomActions)
        self.intervalLabel.setObjectName(u"intervalLabel")

        self.roomActionsLayout.addWidget(self.intervalLabel)

        self.intervalSpin = QSpinBox(self.roomActions)
        self.intervalSpin.setObjectName(u"intervalSpin")
        self.intervalSpin.setMinimum(1)
        self.intervalSpin.setMaximum(30)

        self.roomActionsLayout.addWidget(self.intervalSpin)

        self.intervalUnitLabel = QLabel(self.roomActions)
        self.intervalUnitLabel.setObjectName(u"intervalUnitLabel")

        self.roomActionsLayout.addWidget(self.intervalUnitLabel)

        self.cleaningLogButton = QPushButton(self.roomActions)
        self.cleaningLogButton.setObjectName(u"cleaningLogButton")

        self.roomActionsLayout.addWidget(self.cleaningLogButton)

        self.blankLogButton = QPushButton(self.roomActions)
        self.blankLogButton.setObjectName(u"blankLogButton")

        self.roomActionsLayout.addWidget(self.blankLogButton)

        self.actionStack.addWidget(self.roomActions)

        self.panelLayout.addWidget(self.actionStack)

        self.messageLabel = QLabel(EquipmentPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(EquipmentPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.detailStack = QStackedWidget(self.splitter)
        self.detailStack.setObjectName(u"detailStack")
        self.deviceDetail = QWidget()
        self.deviceDetail.setObjectName(u"deviceDetail")
        self.deviceDetailLayout = QVBoxLayout(self.deviceDetail)
        self.deviceDetailLayout.setObjectName(u"deviceDetailLayout")
        self.deviceTitleLabel = QLabel(self.deviceDetail)
        self.deviceTitleLabel.setObjectName(u"deviceTitleLabel")
        self.deviceTitleLabel.setStyleSheet(u"font-weight: bold; font-size: 12pt;")

        self.deviceDetailLayout.addWidget(self.deviceTitleLabel)

        self.deviceInfoLabel = QLabel(self.deviceDetail)
        self.deviceInfoLabel.setObjectName(u"deviceInfoLabel")
        self.deviceInfoLabel.setWordWrap(True)
        self.deviceInfoLabel.setTextFormat(Qt.TextFormat.RichText)

        self.deviceDetailLayout.addWidget(self.deviceInfoLabel)

        self.historyLabel = QLabel(self.deviceDetail)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setStyleSheet(u"font-weight: bold;")

        self.deviceDetailLayout.addWidget(self.historyLabel)

        self.historyView = QTableView(self.deviceDetail)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyView.setAlternatingRowColors(True)
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyView.horizontalHeader().setStretchLastSection(True)
        self.historyView.verticalHeader().setVisible(False)

        self.deviceDetailLayout.addWidget(self.historyView)

        self.detailStack.addWidget(self.deviceDetail)
        self.stockDetail = QWidget()
        self.stockDetail.setObjectName(u"stockDetail")
        self.stockDetailLayout = QVBoxLayout(self.stockDetail)
        self.stockDetailLayout.setObjectName(u"stockDetailLayout")
        self.itemTitleLabel = QLabel(self.stockDetail)
        self.itemTitleLabel.setObjectName(u"itemTitleLabel")
        self.itemTitleLabel.setWordWrap(True)
        self.itemTitleLabel.setStyleSheet(u"font-weight: bold; font-size: 12pt;")

        self.stockDetailLayout.addWidget(self.itemTitleLabel)

        self.lotsLabel = QLabel(self.stockDetail)
        self.lotsLabel.setObjectName(u"lotsLabel")
        self.lotsLabel.setStyleSheet(u"font-weight: bold;")

        self.stockDetailLayout.addWidget(self.lotsLabel)

        self.lotsView = QTableView(self.stockDetail)
        self.lotsView.setObjectName(u"lotsView")
        self.lotsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lotsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lotsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lotsView.horizontalHeader().setStretchLastSection(True)
        self.lotsView.verticalHeader().setVisible(False)

        self.stockDetailLayout.addWidget(self.lotsView)

        self.movementsLabel = QLabel(self.stockDetail)
        self.movementsLabel.setObjectName(u"movementsLabel")
        self.movementsLabel.setStyleSheet(u"font-weight: bold;")

        self.stockDetailLayout.addWidget(self.movementsLabel)

        self.movementsView = QTableView(self.stockDetail)
        self.movementsView.setObjectName(u"movementsView")
        self.movementsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.movementsView.setAlternatingRowColors(True)
        self.movementsView.horizontalHeader().setStretchLastSection(True)
        self.movementsView.verticalHeader().setVisible(False)

        self.stockDetailLayout.addWidget(self.movementsView)

        self.detailStack.addWidget(self.stockDetail)
        self.roomDetail = QWidget()
        self.roomDetail.setObjectName(u"roomDetail")
        self.roomDetailLayout = QVBoxLayout(self.roomDetail)
        self.roomDetailLayout.setObjectName(u"roomDetailLayout")
        self.calendar = QCalendarWidget(self.roomDetail)
        self.calendar.setObjectName(u"calendar")
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(True)

        self.roomDetailLayout.addWidget(self.calendar)

        self.dayInfoLabel = QLabel(self.roomDetail)
        self.dayInfoLabel.setObjectName(u"dayInfoLabel")
        self.dayInfoLabel.setWordWrap(True)
        self.dayInfoLabel.setTextFormat(Qt.TextFormat.RichText)

        self.roomDetailLayout.addWidget(self.dayInfoLabel)

        self.roomDetailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.roomDetailLayout.addItem(self.roomDetailSpacer)

        self.detailStack.addWidget(self.roomDetail)
        self.splitter.addWidget(self.detailStack)

        self.panelLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.intervalLabel.setBuddy(self.intervalSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EquipmentPanel)
    # setupUi

    def retranslateUi(self, EquipmentPanel):
        self.registerButton.setText(QCoreApplication.translate("EquipmentPanel", u"Register device\u2026", None))
        self.editDeviceButton.setText(QCoreApplication.translate("EquipmentPanel", u"Edit details\u2026", None))
        self.eventButton.setText(QCoreApplication.translate("EquipmentPanel", u"Record event\u2026", None))
        self.replaceButton.setText(QCoreApplication.translate("EquipmentPanel", u"Replace\u2026", None))
        self.ledgerButton.setText(QCoreApplication.translate("EquipmentPanel", u"Print equipment ledger\u2026", None))
        self.labelsButton.setText(QCoreApplication.translate("EquipmentPanel", u"Print asset labels\u2026", None))
        self.newItemButton.setText(QCoreApplication.translate("EquipmentPanel", u"New item\u2026", None))
        self.editItemButton.setText(QCoreApplication.translate("EquipmentPanel", u"Edit item\u2026", None))
        self.receiveButton.setText(QCoreApplication.translate("EquipmentPanel", u"Receive\u2026", None))
        self.useButton.setText(QCoreApplication.translate("EquipmentPanel", u"Use\u2026", None))
        self.discardButton.setText(QCoreApplication.translate("EquipmentPanel", u"Discard\u2026", None))
        self.perReadingButton.setText(QCoreApplication.translate("EquipmentPanel", u"Consumables per reading\u2026", None))
        self.stockSheetButton.setText(QCoreApplication.translate("EquipmentPanel", u"Print stock sheet\u2026", None))
        self.recordDayButton.setText(QCoreApplication.translate("EquipmentPanel", u"Record day\u2026", None))
        self.intervalLabel.setText(QCoreApplication.translate("EquipmentPanel", u"Disinfect every", None))
#if QT_CONFIG(tooltip)
        self.intervalSpin.setToolTip(QCoreApplication.translate("EquipmentPanel", u"How many open days may pass between two disinfections (1: every open day). An overdue disinfection is listed on the overview.", None))
#endif // QT_CONFIG(tooltip)
        self.intervalUnitLabel.setText(QCoreApplication.translate("EquipmentPanel", u"open day(s)", None))
        self.cleaningLogButton.setText(QCoreApplication.translate("EquipmentPanel", u"Print cleaning log\u2026", None))
#if QT_CONFIG(tooltip)
        self.cleaningLogButton.setToolTip(QCoreApplication.translate("EquipmentPanel", u"The cleaning and disinfection log of the month shown, as recorded", None))
#endif // QT_CONFIG(tooltip)
        self.blankLogButton.setText(QCoreApplication.translate("EquipmentPanel", u"Blank log\u2026", None))
#if QT_CONFIG(tooltip)
        self.blankLogButton.setToolTip(QCoreApplication.translate("EquipmentPanel", u"The cleaning and disinfection log of the month shown with only the dates and hours, to fill in by hand", None))
#endif // QT_CONFIG(tooltip)
        self.historyLabel.setText(QCoreApplication.translate("EquipmentPanel", u"History", None))
        self.lotsLabel.setText(QCoreApplication.translate("EquipmentPanel", u"Lots in stock", None))
        self.movementsLabel.setText(QCoreApplication.translate("EquipmentPanel", u"Movements", None))
        pass
    # retranslateUi
