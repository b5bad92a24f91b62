# Generated from forms/guide_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QPushButton, QSizePolicy, QSpacerItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_GuideDialog(object):
    def setupUi(self, GuideDialog):
        if not GuideDialog.objectName():
            GuideDialog.setObjectName(u"GuideDialog")
        self.guideLayout = QVBoxLayout(GuideDialog)
        self.guideLayout.setObjectName(u"guideLayout")
        self.browser = QTextBrowser(GuideDialog)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenLinks(False)

        self.guideLayout.addWidget(self.browser)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.contentsButton = QPushButton(GuideDialog)
        self.contentsButton.setObjectName(u"contentsButton")
        self.contentsButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.contentsButton)

        self.backButton = QPushButton(GuideDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(GuideDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.guideLayout.addLayout(self.buttonLayout)


        self.retranslateUi(GuideDialog)
    # setupUi

    def retranslateUi(self, GuideDialog):
        GuideDialog.setWindowTitle(QCoreApplication.translate("GuideDialog", u"User guide", None))
        self.contentsButton.setText(QCoreApplication.translate("GuideDialog", u"Contents", None))
        self.backButton.setText(QCoreApplication.translate("GuideDialog", u"Back", None))
    # retranslateUi
