# Generated from forms/open_hours_page.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_OpenHoursBody(object):
    def setupUi(self, OpenHoursBody):
        if not OpenHoursBody.objectName():
            OpenHoursBody.setObjectName(u"OpenHoursBody")
        self.bodyLayout = QVBoxLayout(OpenHoursBody)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(0, 0, 0, 0)
        self.statusLabel = QLabel(OpenHoursBody)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.RichText)
        self.statusLabel.setStyleSheet(u"QLabel { font-size: 12pt; padding: 6px 10px; background: #eef3f8; border-radius: 4px; }")

        self.bodyLayout.addWidget(self.statusLabel)

        self.tabs = QTabWidget(OpenHoursBody)
        self.tabs.setObjectName(u"tabs")
        self.weekTab = QWidget()
        self.weekTab.setObjectName(u"weekTab")
        self.weekLayout = QVBoxLayout(self.weekTab)
        self.weekLayout.setObjectName(u"weekLayout")
        self.versionLayout = QHBoxLayout()
        self.versionLayout.setObjectName(u"versionLayout")
        self.versionLabel = QLabel(self.weekTab)
        self.versionLabel.setObjectName(u"versionLabel")

        self.versionLayout.addWidget(self.versionLabel)

        self.versionCombo = QComboBox(self.weekTab)
        self.versionCombo.setObjectName(u"versionCombo")
        self.versionCombo.setMinimumSize(QSize(300, 0))

        self.versionLayout.addWidget(self.versionCombo)

        self.newVersionButton = QPushButton(self.weekTab)
        self.newVersionButton.setObjectName(u"newVersionButton")

        self.versionLayout.addWidget(self.newVersionButton)

        self.deleteVersionButton = QPushButton(self.weekTab)
        self.deleteVersionButton.setObjectName(u"deleteVersionButton")

        self.versionLayout.addWidget(self.deleteVersionButton)

        self.versionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.versionLayout.addItem(self.versionSpacer)


        self.weekLayout.addLayout(self.versionLayout)

        self.versionInfoLabel = QLabel(self.weekTab)
        self.versionInfoLabel.setObjectName(u"versionInfoLabel")
        self.versionInfoLabel.setWordWrap(True)
        self.versionInfoLabel.setStyleSheet(u"color: #616e7c;")

        self.weekLayout.addWidget(self.versionInfoLabel)

        self.weekTableHost = QWidget(self.weekTab)
        self.weekTableHost.setObjectName(u"weekTableHost")
        self.weekTableLayout = QVBoxLayout(self.weekTableHost)
        self.weekTableLayout.setObjectName(u"weekTableLayout")
        self.weekTableLayout.setContentsMargins(0, 0, 0, 0)

        self.weekLayout.addWidget(self.weekTableHost)

        self.dayLayout = QHBoxLayout()
        self.dayLayout.setObjectName(u"dayLayout")
        self.editDayButton = QPushButton(self.weekTab)
        self.editDayButton.setObjectName(u"editDayButton")

        self.dayLayout.addWidget(self.editDayButton)

        self.daySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayLayout.addItem(self.daySpacer)

        self.weekTotalLabel = QLabel(self.weekTab)
        self.weekTotalLabel.setObjectName(u"weekTotalLabel")
        self.weekTotalLabel.setStyleSheet(u"font-weight: bold; font-size: 12pt;")

        self.dayLayout.addWidget(self.weekTotalLabel)


        self.weekLayout.addLayout(self.dayLayout)

        self.weekHintLabel = QLabel(self.weekTab)
        self.weekHintLabel.setObjectName(u"weekHintLabel")
        self.weekHintLabel.setWordWrap(True)
        self.weekHintLabel.setStyleSheet(u"color: #616e7c;")

        self.weekLayout.addWidget(self.weekHintLabel)

        self.tabs.addTab(self.weekTab, "")
        self.exceptionsTab = QWidget()
        self.exceptionsTab.setObjectName(u"exceptionsTab")
        self.exceptionsLayout = QVBoxLayout(self.exceptionsTab)
        self.exceptionsLayout.setObjectName(u"exceptionsLayout")
        self.exceptionButtons = QHBoxLayout()
        self.exceptionButtons.setObjectName(u"exceptionButtons")
        self.closeDatesButton = QPushButton(self.exceptionsTab)
        self.closeDatesButton.setObjectName(u"closeDatesButton")

        self.exceptionButtons.addWidget(self.closeDatesButton)

        self.specialHoursButton = QPushButton(self.exceptionsTab)
        self.specialHoursButton.setObjectName(u"specialHoursButton")

        self.exceptionButtons.addWidget(self.specialHoursButton)

        self.removeExceptionButton = QPushButton(self.exceptionsTab)
        self.removeExceptionButton.setObjectName(u"removeExceptionButton")

        self.exceptionButtons.addWidget(self.removeExceptionButton)

        self.exceptionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exceptionButtons.addItem(self.exceptionSpacer)

        self.showPastCheck = QCheckBox(self.exceptionsTab)
        self.showPastCheck.setObjectName(u"showPastCheck")

        self.exceptionButtons.addWidget(self.showPastCheck)


        self.exceptionsLayout.addLayout(self.exceptionButtons)

        self.exceptionsView = QTableView(self.exceptionsTab)
        self.exceptionsView.setObjectName(u"exceptionsView")
        self.exceptionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exceptionsView.setAlternatingRowColors(True)
        self.exceptionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exceptionsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.exceptionsView.horizontalHeader().setStretchLastSection(True)
        self.exceptionsView.verticalHeader().setVisible(False)

        self.exceptionsLayout.addWidget(self.exceptionsView)

        self.exceptionsCountLabel = QLabel(self.exceptionsTab)
        self.exceptionsCountLabel.setObjectName(u"exceptionsCountLabel")
        self.exceptionsCountLabel.setStyleSheet(u"color: #616e7c;")

        self.exceptionsLayout.addWidget(self.exceptionsCountLabel)

        self.tabs.addTab(self.exceptionsTab, "")
        self.profileTab = QWidget()
        self.profileTab.setObjectName(u"profileTab")
        self.profileTabLayout = QVBoxLayout(self.profileTab)
        self.profileTabLayout.setObjectName(u"profileTabLayout")
        self.profileTabLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.profileTab, "")
        self.wallTab = QWidget()
        self.wallTab.setObjectName(u"wallTab")
        self.wallTabLayout = QVBoxLayout(self.wallTab)
        self.wallTabLayout.setObjectName(u"wallTabLayout")
        self.wallTabLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.wallTab, "")

        self.bodyLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.versionLabel.setBuddy(self.versionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OpenHoursBody)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, OpenHoursBody):
        self.versionLabel.setText(QCoreApplication.translate("OpenHoursBody", u"Schedule", None))
        self.newVersionButton.setText(QCoreApplication.translate("OpenHoursBody", u"New schedule from a date\u2026", None))
        self.deleteVersionButton.setText(QCoreApplication.translate("OpenHoursBody", u"Delete this schedule", None))
        self.editDayButton.setText(QCoreApplication.translate("OpenHoursBody", u"Change this day's hours\u2026", None))
        self.weekHintLabel.setText(QCoreApplication.translate("OpenHoursBody", u"Double-click a day to change its hours. Every open day should have at least 3 hours (founding rules); a shorter day can be saved after a warning and counts as a short day. Overlapping slots are counted once.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.weekTab), QCoreApplication.translate("OpenHoursBody", u"Weekly schedule", None))
        self.closeDatesButton.setText(QCoreApplication.translate("OpenHoursBody", u"Close dates\u2026", None))
        self.specialHoursButton.setText(QCoreApplication.translate("OpenHoursBody", u"Special hours on a date\u2026", None))
        self.removeExceptionButton.setText(QCoreApplication.translate("OpenHoursBody", u"Remove (open as usual)", None))
        self.showPastCheck.setText(QCoreApplication.translate("OpenHoursBody", u"Show past dates", None))
        self.tabs.setTabText(self.tabs.indexOf(self.exceptionsTab), QCoreApplication.translate("OpenHoursBody", u"Closures and special hours", None))
        self.tabs.setTabText(self.tabs.indexOf(self.profileTab), QCoreApplication.translate("OpenHoursBody", u"Room profile", None))
        self.tabs.setTabText(self.tabs.indexOf(self.wallTab), QCoreApplication.translate("OpenHoursBody", u"Wall schedule", None))
        pass
    # retranslateUi
