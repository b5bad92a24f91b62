# Generated from forms/thresholds_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_ThresholdsDialog(object):
    def setupUi(self, ThresholdsDialog):
        if not ThresholdsDialog.objectName():
            ThresholdsDialog.setObjectName(u"ThresholdsDialog")
        self.thresholdsLayout = QVBoxLayout(ThresholdsDialog)
        self.thresholdsLayout.setObjectName(u"thresholdsLayout")
        self.introLabel = QLabel(ThresholdsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.thresholdsLayout.addWidget(self.introLabel)

        self.resultRuleLayout = QHBoxLayout()
        self.resultRuleLayout.setObjectName(u"resultRuleLayout")
        self.resultRuleLabel = QLabel(ThresholdsDialog)
        self.resultRuleLabel.setObjectName(u"resultRuleLabel")

        self.resultRuleLayout.addWidget(self.resultRuleLabel)

        self.resultRuleCombo = QComboBox(ThresholdsDialog)
        self.resultRuleCombo.setObjectName(u"resultRuleCombo")

        self.resultRuleLayout.addWidget(self.resultRuleCombo)

        self.resultRuleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultRuleLayout.addItem(self.resultRuleSpacer)


        self.thresholdsLayout.addLayout(self.resultRuleLayout)

        self.tabs = QTabWidget(ThresholdsDialog)
        self.tabs.setObjectName(u"tabs")
        self.followUpTab = QWidget()
        self.followUpTab.setObjectName(u"followUpTab")
        self.followUpTabLayout = QVBoxLayout(self.followUpTab)
        self.followUpTabLayout.setObjectName(u"followUpTabLayout")
        self.followUpIntroLabel = QLabel(self.followUpTab)
        self.followUpIntroLabel.setObjectName(u"followUpIntroLabel")
        self.followUpIntroLabel.setWordWrap(True)

        self.followUpTabLayout.addWidget(self.followUpIntroLabel)

        self.followUpScroll = QScrollArea(self.followUpTab)
        self.followUpScroll.setObjectName(u"followUpScroll")
        self.followUpScroll.setWidgetResizable(True)
        self.followUpHost = QWidget()
        self.followUpHost.setObjectName(u"followUpHost")
        self.followUpLayout = QFormLayout(self.followUpHost)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpScroll.setWidget(self.followUpHost)

        self.followUpTabLayout.addWidget(self.followUpScroll)

        self.tabs.addTab(self.followUpTab, "")

        self.thresholdsLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(ThresholdsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.thresholdsLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ThresholdsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.RestoreDefaults|QDialogButtonBox.StandardButton.Save)

        self.thresholdsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.resultRuleLabel.setBuddy(self.resultRuleCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ThresholdsDialog)
    # setupUi

    def retranslateUi(self, ThresholdsDialog):
        ThresholdsDialog.setWindowTitle(QCoreApplication.translate("ThresholdsDialog", u"Reading grades and urgent values", None))
        self.introLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Each reading is graded against these limits (abnormal grades in red, with advice and follow-up). The defaults follow the Chinese guidelines named on each page. New limits apply to readings recorded from now on; stored grades stay.", None))
        self.resultRuleLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"&Result of a re-measurement:", None))
        self.followUpIntroLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Days from the visit to the follow-up proposed for each grade (0: refer at once). The follow-up date can still be changed when it is added.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.followUpTab), QCoreApplication.translate("ThresholdsDialog", u"Follow-up by grade", None))
    # retranslateUi
