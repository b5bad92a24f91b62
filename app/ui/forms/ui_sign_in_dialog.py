# Generated from forms/sign_in_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListView, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        self.signInLayout = QVBoxLayout(SignInDialog)
        self.signInLayout.setObjectName(u"signInLayout")
        self.activityLabel = QLabel(SignInDialog)
        self.activityLabel.setObjectName(u"activityLabel")
        self.activityLabel.setWordWrap(True)
        self.activityLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.signInLayout.addWidget(self.activityLabel)

        self.countLabel = QLabel(SignInDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"font-size: 16pt;")

        self.signInLayout.addWidget(self.countLabel)

        self.detailLabel = QLabel(SignInDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)

        self.signInLayout.addWidget(self.detailLabel)

        self.scanLayout = QHBoxLayout()
        self.scanLayout.setObjectName(u"scanLayout")
        self.scanLabel = QLabel(SignInDialog)
        self.scanLabel.setObjectName(u"scanLabel")

        self.scanLayout.addWidget(self.scanLabel)

        self.scanEdit = QLineEdit(SignInDialog)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setMinimumSize(QSize(220, 0))

        self.scanLayout.addWidget(self.scanEdit)

        self.batchScanButton = QPushButton(SignInDialog)
        self.batchScanButton.setObjectName(u"batchScanButton")

        self.scanLayout.addWidget(self.batchScanButton)


        self.signInLayout.addLayout(self.scanLayout)

        self.scanResultLabel = QLabel(SignInDialog)
        self.scanResultLabel.setObjectName(u"scanResultLabel")
        self.scanResultLabel.setWordWrap(True)
        self.scanResultLabel.setStyleSheet(u"font-size: 12pt;")

        self.signInLayout.addWidget(self.scanResultLabel)

        self.listsLayout = QHBoxLayout()
        self.listsLayout.setObjectName(u"listsLayout")
        self.rosterLayout = QVBoxLayout()
        self.rosterLayout.setObjectName(u"rosterLayout")
        self.searchEdit = QLineEdit(SignInDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.rosterLayout.addWidget(self.searchEdit)

        self.tickAllLayout = QHBoxLayout()
        self.tickAllLayout.setObjectName(u"tickAllLayout")
        self.departmentLabel = QLabel(SignInDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.tickAllLayout.addWidget(self.departmentLabel)

        self.departmentCombo = QComboBox(SignInDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.tickAllLayout.addWidget(self.departmentCombo)

        self.tickAllButton = QPushButton(SignInDialog)
        self.tickAllButton.setObjectName(u"tickAllButton")

        self.tickAllLayout.addWidget(self.tickAllButton)

        self.tickAllSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tickAllLayout.addItem(self.tickAllSpacer)


        self.rosterLayout.addLayout(self.tickAllLayout)

        self.attendeeView = QTableView(SignInDialog)
        self.attendeeView.setObjectName(u"attendeeView")
        self.attendeeView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendeeView.setAlternatingRowColors(True)
        self.attendeeView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendeeView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendeeView.horizontalHeader().setStretchLastSection(True)
        self.attendeeView.verticalHeader().setVisible(False)

        self.rosterLayout.addWidget(self.attendeeView)


        self.listsLayout.addLayout(self.rosterLayout)

        self.guestGroup = QGroupBox(SignInDialog)
        self.guestGroup.setObjectName(u"guestGroup")
        self.guestLayout = QVBoxLayout(self.guestGroup)
        self.guestLayout.setObjectName(u"guestLayout")
        self.guestEntryLayout = QHBoxLayout()
        self.guestEntryLayout.setObjectName(u"guestEntryLayout")
        self.guestEdit = QLineEdit(self.guestGroup)
        self.guestEdit.setObjectName(u"guestEdit")

        self.guestEntryLayout.addWidget(self.guestEdit)

        self.addGuestButton = QPushButton(self.guestGroup)
        self.addGuestButton.setObjectName(u"addGuestButton")

        self.guestEntryLayout.addWidget(self.addGuestButton)


        self.guestLayout.addLayout(self.guestEntryLayout)

        self.guestView = QListView(self.guestGroup)
        self.guestView.setObjectName(u"guestView")

        self.guestLayout.addWidget(self.guestView)

        self.removeGuestButton = QPushButton(self.guestGroup)
        self.removeGuestButton.setObjectName(u"removeGuestButton")

        self.guestLayout.addWidget(self.removeGuestButton)


        self.listsLayout.addWidget(self.guestGroup)

        self.listsLayout.setStretch(0, 3)
        self.listsLayout.setStretch(1, 2)

        self.signInLayout.addLayout(self.listsLayout)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.importButton = QPushButton(SignInDialog)
        self.importButton.setObjectName(u"importButton")

        self.bottomLayout.addWidget(self.importButton)

        self.sheetButton = QPushButton(SignInDialog)
        self.sheetButton.setObjectName(u"sheetButton")

        self.bottomLayout.addWidget(self.sheetButton)

        self.spacer3 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.spacer3)

        self.closeButton = QPushButton(SignInDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomLayout.addWidget(self.closeButton)


        self.signInLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.scanLabel.setBuddy(self.scanEdit)
        self.departmentLabel.setBuddy(self.departmentCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign-in", None))
        self.activityLabel.setText("")
        self.countLabel.setText("")
        self.detailLabel.setText("")
        self.scanLabel.setText(QCoreApplication.translate("SignInDialog", u"Scan a staff card (or type the employee no. and press Enter):", None))
        self.batchScanButton.setText(QCoreApplication.translate("SignInDialog", u"Many cards at once\u2026", None))
#if QT_CONFIG(tooltip)
        self.batchScanButton.setToolTip(QCoreApplication.translate("SignInDialog", u"Scan or paste a list of card numbers, then sign them all in", None))
#endif // QT_CONFIG(tooltip)
        self.scanResultLabel.setText("")
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"Search the roster by employee no., name or pinyin to tick someone", None))
        self.departmentLabel.setText(QCoreApplication.translate("SignInDialog", u"Department:", None))
        self.tickAllButton.setText(QCoreApplication.translate("SignInDialog", u"Tick everyone listed", None))
        self.guestGroup.setTitle(QCoreApplication.translate("SignInDialog", u"Guests (walk-ins not on the roster; never counted)", None))
        self.guestEdit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"Guest's name and organisation", None))
        self.addGuestButton.setText(QCoreApplication.translate("SignInDialog", u"Add guest", None))
        self.removeGuestButton.setText(QCoreApplication.translate("SignInDialog", u"Remove guest", None))
        self.importButton.setText(QCoreApplication.translate("SignInDialog", u"Import a sign-in spreadsheet\u2026", None))
        self.sheetButton.setText(QCoreApplication.translate("SignInDialog", u"Sign-in sheet PDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("SignInDialog", u"Close", None))
    # retranslateUi
