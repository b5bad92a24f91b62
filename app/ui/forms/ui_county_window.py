# Generated from forms/county_window.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QStatusBar, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_CountyWindow(object):
    def setupUi(self, CountyWindow):
        if not CountyWindow.objectName():
            CountyWindow.setObjectName(u"CountyWindow")
        CountyWindow.resize(1200, 760)
        self.actionImport = QAction(CountyWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionOpenWorkspace = QAction(CountyWindow)
        self.actionOpenWorkspace.setObjectName(u"actionOpenWorkspace")
        self.actionOpenServer = QAction(CountyWindow)
        self.actionOpenServer.setObjectName(u"actionOpenServer")
        self.actionChinese = QAction(CountyWindow)
        self.actionChinese.setObjectName(u"actionChinese")
        self.actionChinese.setCheckable(True)
        self.actionChinese.setText(u"\u7b80\u4f53\u4e2d\u6587")
        self.actionEnglish = QAction(CountyWindow)
        self.actionEnglish.setObjectName(u"actionEnglish")
        self.actionEnglish.setCheckable(True)
        self.actionEnglish.setText(u"English")
        self.actionAccounts = QAction(CountyWindow)
        self.actionAccounts.setObjectName(u"actionAccounts")
        self.actionChangePassword = QAction(CountyWindow)
        self.actionChangePassword.setObjectName(u"actionChangePassword")
        self.actionClose = QAction(CountyWindow)
        self.actionClose.setObjectName(u"actionClose")
        self.actionGuide = QAction(CountyWindow)
        self.actionGuide.setObjectName(u"actionGuide")
#if QT_CONFIG(shortcut)
        self.actionGuide.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.actionShowLog = QAction(CountyWindow)
        self.actionShowLog.setObjectName(u"actionShowLog")
        self.actionAbout = QAction(CountyWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(CountyWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.titleLabel = QLabel(self.centralWidget)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.topLayout.addWidget(self.titleLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.importButton = QPushButton(self.centralWidget)
        self.importButton.setObjectName(u"importButton")

        self.topLayout.addWidget(self.importButton)

        self.usbButton = QPushButton(self.centralWidget)
        self.usbButton.setObjectName(u"usbButton")

        self.topLayout.addWidget(self.usbButton)

        self.reportButton = QPushButton(self.centralWidget)
        self.reportButton.setObjectName(u"reportButton")

        self.topLayout.addWidget(self.reportButton)


        self.centralLayout.addLayout(self.topLayout)

        self.introLabel = QLabel(self.centralWidget)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.centralLayout.addWidget(self.introLabel)

        self.tabs = QTabWidget(self.centralWidget)
        self.tabs.setObjectName(u"tabs")
        self.figuresTab = QWidget()
        self.figuresTab.setObjectName(u"figuresTab")
        self.figuresLayout = QVBoxLayout(self.figuresTab)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodLabel = QLabel(self.figuresTab)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(self.figuresTab)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setMinimumContentsLength(12)

        self.periodLayout.addWidget(self.periodCombo)

        self.commentButton = QPushButton(self.figuresTab)
        self.commentButton.setObjectName(u"commentButton")

        self.periodLayout.addWidget(self.commentButton)

        self.legendLabel = QLabel(self.figuresTab)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.legendLabel.sizePolicy().hasHeightForWidth())
        self.legendLabel.setSizePolicy(sizePolicy)

        self.periodLayout.addWidget(self.legendLabel)


        self.figuresLayout.addLayout(self.periodLayout)

        self.figuresTable = QTableView(self.figuresTab)
        self.figuresTable.setObjectName(u"figuresTable")
        self.figuresTable.setAlternatingRowColors(False)
        self.figuresTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figuresTable.setWordWrap(False)

        self.figuresLayout.addWidget(self.figuresTable)

        self.figuresNoteLabel = QLabel(self.figuresTab)
        self.figuresNoteLabel.setObjectName(u"figuresNoteLabel")
        self.figuresNoteLabel.setWordWrap(True)

        self.figuresLayout.addWidget(self.figuresNoteLabel)

        self.tabs.addTab(self.figuresTab, "")
        self.inspectionsTab = QWidget()
        self.inspectionsTab.setObjectName(u"inspectionsTab")
        self.inspectionsLayout = QVBoxLayout(self.inspectionsTab)
        self.inspectionsLayout.setObjectName(u"inspectionsLayout")
        self.yearLayout = QHBoxLayout()
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearLabel = QLabel(self.inspectionsTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(self.inspectionsTab)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.yearLayout.addWidget(self.yearSpin)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearLayout.addItem(self.yearSpacer)

        self.addInspectionButton = QPushButton(self.inspectionsTab)
        self.addInspectionButton.setObjectName(u"addInspectionButton")

        self.yearLayout.addWidget(self.addInspectionButton)

        self.editInspectionButton = QPushButton(self.inspectionsTab)
        self.editInspectionButton.setObjectName(u"editInspectionButton")

        self.yearLayout.addWidget(self.editInspectionButton)

        self.deleteInspectionButton = QPushButton(self.inspectionsTab)
        self.deleteInspectionButton.setObjectName(u"deleteInspectionButton")

        self.yearLayout.addWidget(self.deleteInspectionButton)

        self.returnButton = QPushButton(self.inspectionsTab)
        self.returnButton.setObjectName(u"returnButton")

        self.yearLayout.addWidget(self.returnButton)


        self.inspectionsLayout.addLayout(self.yearLayout)

        self.inspectionSplitter = QSplitter(self.inspectionsTab)
        self.inspectionSplitter.setObjectName(u"inspectionSplitter")
        self.inspectionSplitter.setOrientation(Qt.Orientation.Vertical)
        self.inspectionSitesTable = QTableView(self.inspectionSplitter)
        self.inspectionSitesTable.setObjectName(u"inspectionSitesTable")
        self.inspectionSitesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inspectionSitesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inspectionSplitter.addWidget(self.inspectionSitesTable)
        self.inspectionsTable = QTableView(self.inspectionSplitter)
        self.inspectionsTable.setObjectName(u"inspectionsTable")
        self.inspectionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inspectionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inspectionsTable.setWordWrap(True)
        self.inspectionSplitter.addWidget(self.inspectionsTable)

        self.inspectionsLayout.addWidget(self.inspectionSplitter)

        self.tabs.addTab(self.inspectionsTab, "")
        self.sitesTab = QWidget()
        self.sitesTab.setObjectName(u"sitesTab")
        self.sitesLayout = QVBoxLayout(self.sitesTab)
        self.sitesLayout.setObjectName(u"sitesLayout")
        self.sitesIntroLabel = QLabel(self.sitesTab)
        self.sitesIntroLabel.setObjectName(u"sitesIntroLabel")
        self.sitesIntroLabel.setWordWrap(True)

        self.sitesLayout.addWidget(self.sitesIntroLabel)

        self.countyKeyLayout = QHBoxLayout()
        self.countyKeyLayout.setObjectName(u"countyKeyLayout")
        self.countyKeyLabel = QLabel(self.sitesTab)
        self.countyKeyLabel.setObjectName(u"countyKeyLabel")
        sizePolicy.setHeightForWidth(self.countyKeyLabel.sizePolicy().hasHeightForWidth())
        self.countyKeyLabel.setSizePolicy(sizePolicy)
        self.countyKeyLabel.setWordWrap(True)
        self.countyKeyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.countyKeyLayout.addWidget(self.countyKeyLabel)

        self.newKeyButton = QPushButton(self.sitesTab)
        self.newKeyButton.setObjectName(u"newKeyButton")

        self.countyKeyLayout.addWidget(self.newKeyButton)


        self.sitesLayout.addLayout(self.countyKeyLayout)

        self.sitesTable = QTableView(self.sitesTab)
        self.sitesTable.setObjectName(u"sitesTable")
        self.sitesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.sitesLayout.addWidget(self.sitesTable)

        self.tabs.addTab(self.sitesTab, "")
        self.accessTab = QWidget()
        self.accessTab.setObjectName(u"accessTab")
        self.accessLayout = QVBoxLayout(self.accessTab)
        self.accessLayout.setObjectName(u"accessLayout")
        self.accessTable = QTableView(self.accessTab)
        self.accessTable.setObjectName(u"accessTable")
        self.accessTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.accessLayout.addWidget(self.accessTable)

        self.tabs.addTab(self.accessTab, "")

        self.centralLayout.addWidget(self.tabs)

        CountyWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(CountyWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuLanguage = QMenu(self.menuBar)
        self.menuLanguage.setObjectName(u"menuLanguage")
        self.menuAccounts = QMenu(self.menuBar)
        self.menuAccounts.setObjectName(u"menuAccounts")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        CountyWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(CountyWindow)
        self.statusBar.setObjectName(u"statusBar")
        CountyWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuAccounts.menuAction())
        self.menuBar.addAction(self.menuLanguage.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionImport)
        self.menuFile.addAction(self.actionOpenWorkspace)
        self.menuFile.addAction(self.actionOpenServer)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionClose)
        self.menuLanguage.addAction(self.actionChinese)
        self.menuLanguage.addAction(self.actionEnglish)
        self.menuAccounts.addAction(self.actionAccounts)
        self.menuAccounts.addAction(self.actionChangePassword)
        self.menuHelp.addAction(self.actionGuide)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionShowLog)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(CountyWindow)
    # setupUi

    def retranslateUi(self, CountyWindow):
        CountyWindow.setWindowTitle(QCoreApplication.translate("CountyWindow", u"County workspace", None))
        self.actionImport.setText(QCoreApplication.translate("CountyWindow", u"Import packages\u2026", None))
        self.actionOpenWorkspace.setText(QCoreApplication.translate("CountyWindow", u"Open another county workspace\u2026", None))
        self.actionOpenServer.setText(QCoreApplication.translate("CountyWindow", u"Open a shared workspace on a server\u2026", None))
        self.actionAccounts.setText(QCoreApplication.translate("CountyWindow", u"Reviewers' accounts\u2026", None))
        self.actionChangePassword.setText(QCoreApplication.translate("CountyWindow", u"Change my password\u2026", None))
        self.actionClose.setText(QCoreApplication.translate("CountyWindow", u"Close", None))
        self.actionGuide.setText(QCoreApplication.translate("CountyWindow", u"&Guide for reviewers", None))
        self.actionShowLog.setText(QCoreApplication.translate("CountyWindow", u"Open the &log folder", None))
        self.actionAbout.setText(QCoreApplication.translate("CountyWindow", u"&About HealthRoom Ledger", None))
        self.titleLabel.setText(QCoreApplication.translate("CountyWindow", u"County workspace", None))
        self.importButton.setText(QCoreApplication.translate("CountyWindow", u"Import packages\u2026", None))
        self.usbButton.setText(QCoreApplication.translate("CountyWindow", u"Import from a USB drive\u2026", None))
        self.reportButton.setText(QCoreApplication.translate("CountyWindow", u"County report\u2026", None))
        self.introLabel.setText(QCoreApplication.translate("CountyWindow", u"The signed packages the sites' technicians bring on USB sticks. Every package is checked (signature and hashes) before anything of it is read.", None))
        self.periodLabel.setText(QCoreApplication.translate("CountyWindow", u"Period", None))
        self.commentButton.setText(QCoreApplication.translate("CountyWindow", u"Comment on the package\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.figuresTab), QCoreApplication.translate("CountyWindow", u"Indicators", None))
        self.yearLabel.setText(QCoreApplication.translate("CountyWindow", u"Year", None))
        self.addInspectionButton.setText(QCoreApplication.translate("CountyWindow", u"Add inspection\u2026", None))
        self.editInspectionButton.setText(QCoreApplication.translate("CountyWindow", u"Edit inspection\u2026", None))
        self.deleteInspectionButton.setText(QCoreApplication.translate("CountyWindow", u"Delete inspection\u2026", None))
        self.returnButton.setText(QCoreApplication.translate("CountyWindow", u"Review result for the site\u2026", None))
#if QT_CONFIG(tooltip)
        self.returnButton.setToolTip(QCoreApplication.translate("CountyWindow", u"Write the signed file that takes the county's inspections, rectification items, comments and commendation back to the site (on a USB stick)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.inspectionsTab), QCoreApplication.translate("CountyWindow", u"Inspections", None))
        self.sitesIntroLabel.setText(QCoreApplication.translate("CountyWindow", u"Each site's signing key is pinned on its first import. Compare the fingerprint with the one the site's technician reads from the site's Data exchange page.", None))
        self.newKeyButton.setText(QCoreApplication.translate("CountyWindow", u"Make a new county key\u2026", None))
#if QT_CONFIG(tooltip)
        self.newKeyButton.setToolTip(QCoreApplication.translate("CountyWindow", u"Replace the county's key that signs the review results (county administrators only)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.sitesTab), QCoreApplication.translate("CountyWindow", u"Sites and keys", None))
        self.tabs.setTabText(self.tabs.indexOf(self.accessTab), QCoreApplication.translate("CountyWindow", u"Access log", None))
        self.menuFile.setTitle(QCoreApplication.translate("CountyWindow", u"&File", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("CountyWindow", u"&Language", None))
        self.menuAccounts.setTitle(QCoreApplication.translate("CountyWindow", u"&Accounts", None))
        self.menuHelp.setTitle(QCoreApplication.translate("CountyWindow", u"&Help", None))
    # retranslateUi
