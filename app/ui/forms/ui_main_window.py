# Generated from forms/main_window.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.actionOpenDatabase = QAction(MainWindow)
        self.actionOpenDatabase.setObjectName(u"actionOpenDatabase")
        self.actionOpenCountyWorkspace = QAction(MainWindow)
        self.actionOpenCountyWorkspace.setObjectName(u"actionOpenCountyWorkspace")
        self.actionBackupToFolder = QAction(MainWindow)
        self.actionBackupToFolder.setObjectName(u"actionBackupToFolder")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionChangePassword = QAction(MainWindow)
        self.actionChangePassword.setObjectName(u"actionChangePassword")
        self.actionUsers = QAction(MainWindow)
        self.actionUsers.setObjectName(u"actionUsers")
        self.actionLockNow = QAction(MainWindow)
        self.actionLockNow.setObjectName(u"actionLockNow")
        self.actionRoomProfile = QAction(MainWindow)
        self.actionRoomProfile.setObjectName(u"actionRoomProfile")
        self.actionWallSchedule = QAction(MainWindow)
        self.actionWallSchedule.setObjectName(u"actionWallSchedule")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionChinese = QAction(MainWindow)
        self.actionChinese.setObjectName(u"actionChinese")
        self.actionChinese.setCheckable(True)
        self.actionChinese.setText(u"\u7b80\u4f53\u4e2d\u6587")
        self.actionEnglish = QAction(MainWindow)
        self.actionEnglish.setObjectName(u"actionEnglish")
        self.actionEnglish.setCheckable(True)
        self.actionEnglish.setText(u"English")
        self.actionShowLog = QAction(MainWindow)
        self.actionShowLog.setObjectName(u"actionShowLog")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralWidget)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(190, 0))
        self.navList.setMaximumSize(QSize(320, 16777215))
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setIconSize(QSize(20, 20))
        self.navList.setStyleSheet(u"QListWidget { background: #eef3f8; font-size: 12pt; padding-top: 8px; outline: 0; }\n"
"QListWidget::item { padding: 9px 14px; border-left: 4px solid transparent; }\n"
"QListWidget::item:selected { background: #ffffff; color: #0b5394; border-left: 4px solid #0b5394; font-weight: bold; }")

        self.centralLayout.addWidget(self.navList)

        self.pageStack = QStackedWidget(self.centralWidget)
        self.pageStack.setObjectName(u"pageStack")

        self.centralLayout.addWidget(self.pageStack)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuAccount = QMenu(self.menuBar)
        self.menuAccount.setObjectName(u"menuAccount")
        self.menuLanguage = QMenu(self.menuBar)
        self.menuLanguage.setObjectName(u"menuLanguage")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuAccount.menuAction())
        self.menuBar.addAction(self.menuLanguage.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionOpenDatabase)
        self.menuFile.addAction(self.actionOpenCountyWorkspace)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackupToFolder)
        self.menuFile.addAction(self.actionRestore)
        self.menuFile.addAction(self.actionRoomProfile)
        self.menuFile.addAction(self.actionWallSchedule)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuAccount.addAction(self.actionChangePassword)
        self.menuAccount.addAction(self.actionUsers)
        self.menuAccount.addSeparator()
        self.menuAccount.addAction(self.actionLockNow)
        self.menuLanguage.addAction(self.actionChinese)
        self.menuLanguage.addAction(self.actionEnglish)
        self.menuHelp.addAction(self.actionShowLog)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"HealthRoom Ledger", None))
        self.actionOpenDatabase.setText(QCoreApplication.translate("MainWindow", u"&Open database\u2026", None))
        self.actionOpenCountyWorkspace.setText(QCoreApplication.translate("MainWindow", u"Open &county workspace\u2026", None))
        self.actionBackupToFolder.setText(QCoreApplication.translate("MainWindow", u"&Back up to a folder or USB stick\u2026", None))
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"&Restore from a backup\u2026", None))
        self.actionChangePassword.setText(QCoreApplication.translate("MainWindow", u"&Change password\u2026", None))
        self.actionUsers.setText(QCoreApplication.translate("MainWindow", u"&User accounts\u2026", None))
        self.actionLockNow.setText(QCoreApplication.translate("MainWindow", u"&Lock now", None))
#if QT_CONFIG(shortcut)
        self.actionLockNow.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionRoomProfile.setText(QCoreApplication.translate("MainWindow", u"Room &profile\u2026", None))
        self.actionWallSchedule.setText(QCoreApplication.translate("MainWindow", u"Open-hours &wall schedule\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowLog.setText(QCoreApplication.translate("MainWindow", u"Open the &log folder", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About HealthRoom Ledger", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuAccount.setTitle(QCoreApplication.translate("MainWindow", u"&Account", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi
