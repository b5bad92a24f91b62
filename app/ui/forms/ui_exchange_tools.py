# Generated from forms/exchange_tools.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExchangeTools(object):
    def setupUi(self, ExchangeTools):
        if not ExchangeTools.objectName():
            ExchangeTools.setObjectName(u"ExchangeTools")
        self.toolsLayout = QVBoxLayout(ExchangeTools)
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.toolsLayout.setContentsMargins(0, 0, 0, 0)
        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.exportButton = QPushButton(ExchangeTools)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)

        self.reviewButton = QPushButton(ExchangeTools)
        self.reviewButton.setObjectName(u"reviewButton")

        self.buttonRow.addWidget(self.reviewButton)

        self.retireKeyButton = QPushButton(ExchangeTools)
        self.retireKeyButton.setObjectName(u"retireKeyButton")

        self.buttonRow.addWidget(self.retireKeyButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.toolsLayout.addLayout(self.buttonRow)

        self.keyBox = QGroupBox(ExchangeTools)
        self.keyBox.setObjectName(u"keyBox")
        self.keyLayout = QVBoxLayout(self.keyBox)
        self.keyLayout.setObjectName(u"keyLayout")
        self.fingerprintLabel = QLabel(self.keyBox)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setStyleSheet(u"font-family: monospace; font-size: 14pt; font-weight: bold;")
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keyLayout.addWidget(self.fingerprintLabel)

        self.keyHintLabel = QLabel(self.keyBox)
        self.keyHintLabel.setObjectName(u"keyHintLabel")
        self.keyHintLabel.setWordWrap(True)

        self.keyLayout.addWidget(self.keyHintLabel)


        self.toolsLayout.addWidget(self.keyBox)

        self.countyBox = QGroupBox(ExchangeTools)
        self.countyBox.setObjectName(u"countyBox")
        self.countyLayout = QVBoxLayout(self.countyBox)
        self.countyLayout.setObjectName(u"countyLayout")
        self.countyKeyLabel = QLabel(self.countyBox)
        self.countyKeyLabel.setObjectName(u"countyKeyLabel")
        self.countyKeyLabel.setWordWrap(True)
        self.countyKeyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.countyLayout.addWidget(self.countyKeyLabel)

        self.feedbackLabel = QLabel(self.countyBox)
        self.feedbackLabel.setObjectName(u"feedbackLabel")
        self.feedbackLabel.setWordWrap(True)
        self.feedbackLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.countyLayout.addWidget(self.feedbackLabel)


        self.toolsLayout.addWidget(self.countyBox)

        self.exportsLabel = QLabel(ExchangeTools)
        self.exportsLabel.setObjectName(u"exportsLabel")
        self.exportsLabel.setStyleSheet(u"font-weight: bold;")

        self.toolsLayout.addWidget(self.exportsLabel)


        self.retranslateUi(ExchangeTools)
    # setupUi

    def retranslateUi(self, ExchangeTools):
        self.exportButton.setText(QCoreApplication.translate("ExchangeTools", u"Export for county review\u2026", None))
        self.reviewButton.setText(QCoreApplication.translate("ExchangeTools", u"Import the county's review result\u2026", None))
        self.retireKeyButton.setText(QCoreApplication.translate("ExchangeTools", u"Retire a county key\u2026", None))
        self.keyBox.setTitle(QCoreApplication.translate("ExchangeTools", u"This site's signing key", None))
        self.keyHintLabel.setText(QCoreApplication.translate("ExchangeTools", u"Every package is signed with this key. Read this fingerprint to the county reviewer on the phone before the first import, and whenever the county asks: it proves the packages come from this site.", None))
        self.countyBox.setTitle(QCoreApplication.translate("ExchangeTools", u"From the county", None))
        self.exportsLabel.setText(QCoreApplication.translate("ExchangeTools", u"Packages written", None))
        pass
    # retranslateUi
