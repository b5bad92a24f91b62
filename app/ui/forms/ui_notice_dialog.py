# Generated from forms/notice_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_NoticeDialog(object):
    def setupUi(self, NoticeDialog):
        if not NoticeDialog.objectName():
            NoticeDialog.setObjectName(u"NoticeDialog")
        self.noticeLayout = QVBoxLayout(NoticeDialog)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeForm = QFormLayout()
        self.noticeForm.setObjectName(u"noticeForm")
        self.titleLabel = QLabel(NoticeDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.noticeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(NoticeDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.noticeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dateLabel = QLabel(NoticeDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.noticeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(NoticeDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.noticeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.channelLabel = QLabel(NoticeDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.noticeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(NoticeDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.noticeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.activityLabel = QLabel(NoticeDialog)
        self.activityLabel.setObjectName(u"activityLabel")

        self.noticeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.activityLabel)

        self.activityCombo = QComboBox(NoticeDialog)
        self.activityCombo.setObjectName(u"activityCombo")

        self.noticeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.activityCombo)

        self.noteLabel = QLabel(NoticeDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noticeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(NoticeDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noticeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.noticeLayout.addLayout(self.noticeForm)

        self.reachGroup = QGroupBox(NoticeDialog)
        self.reachGroup.setObjectName(u"reachGroup")
        self.reachLayout = QVBoxLayout(self.reachGroup)
        self.reachLayout.setObjectName(u"reachLayout")
        self.countLayout = QHBoxLayout()
        self.countLayout.setObjectName(u"countLayout")
        self.countRadio = QRadioButton(self.reachGroup)
        self.countRadio.setObjectName(u"countRadio")
        self.countRadio.setChecked(True)

        self.countLayout.addWidget(self.countRadio)

        self.countSpin = QSpinBox(self.reachGroup)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMaximum(100000)

        self.countLayout.addWidget(self.countSpin)

        self.activeLabel = QLabel(self.reachGroup)
        self.activeLabel.setObjectName(u"activeLabel")

        self.countLayout.addWidget(self.activeLabel)

        self.spacer7 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countLayout.addItem(self.spacer7)


        self.reachLayout.addLayout(self.countLayout)

        self.tickRadio = QRadioButton(self.reachGroup)
        self.tickRadio.setObjectName(u"tickRadio")

        self.reachLayout.addWidget(self.tickRadio)

        self.tickTools = QHBoxLayout()
        self.tickTools.setObjectName(u"tickTools")
        self.searchEdit = QLineEdit(self.reachGroup)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.tickTools.addWidget(self.searchEdit)

        self.tickAllButton = QPushButton(self.reachGroup)
        self.tickAllButton.setObjectName(u"tickAllButton")

        self.tickTools.addWidget(self.tickAllButton)

        self.tickNoneButton = QPushButton(self.reachGroup)
        self.tickNoneButton.setObjectName(u"tickNoneButton")

        self.tickTools.addWidget(self.tickNoneButton)


        self.reachLayout.addLayout(self.tickTools)

        self.staffView = QTableView(self.reachGroup)
        self.staffView.setObjectName(u"staffView")
        self.staffView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffView.setAlternatingRowColors(True)
        self.staffView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffView.horizontalHeader().setStretchLastSection(True)
        self.staffView.verticalHeader().setVisible(False)

        self.reachLayout.addWidget(self.staffView)

        self.tickLabel = QLabel(self.reachGroup)
        self.tickLabel.setObjectName(u"tickLabel")

        self.reachLayout.addWidget(self.tickLabel)


        self.noticeLayout.addWidget(self.reachGroup)

        self.coverageLabel = QLabel(NoticeDialog)
        self.coverageLabel.setObjectName(u"coverageLabel")
        self.coverageLabel.setStyleSheet(u"font-size: 12pt;")

        self.noticeLayout.addWidget(self.coverageLabel)

        self.errorLabel = QLabel(NoticeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.noticeLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NoticeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.noticeLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.activityLabel.setBuddy(self.activityCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoticeDialog)
    # setupUi

    def retranslateUi(self, NoticeDialog):
        NoticeDialog.setWindowTitle(QCoreApplication.translate("NoticeDialog", u"Notice", None))
        self.titleLabel.setText(QCoreApplication.translate("NoticeDialog", u"Title *", None))
        self.dateLabel.setText(QCoreApplication.translate("NoticeDialog", u"Date", None))
        self.channelLabel.setText(QCoreApplication.translate("NoticeDialog", u"Channel", None))
        self.activityLabel.setText(QCoreApplication.translate("NoticeDialog", u"For the activity", None))
        self.noteLabel.setText(QCoreApplication.translate("NoticeDialog", u"Note", None))
        self.reachGroup.setTitle(QCoreApplication.translate("NoticeDialog", u"Staff reached", None))
        self.countRadio.setText(QCoreApplication.translate("NoticeDialog", u"A number", None))
        self.activeLabel.setText("")
        self.tickRadio.setText(QCoreApplication.translate("NoticeDialog", u"A tick list of the staff reached", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("NoticeDialog", u"Search by employee no., name or pinyin", None))
        self.tickAllButton.setText(QCoreApplication.translate("NoticeDialog", u"Tick all", None))
        self.tickNoneButton.setText(QCoreApplication.translate("NoticeDialog", u"Tick none", None))
        self.tickLabel.setText("")
        self.coverageLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi
