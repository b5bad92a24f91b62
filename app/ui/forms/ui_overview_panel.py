# Generated from forms/overview_panel.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_OverviewPanel(object):
    def setupUi(self, OverviewPanel):
        if not OverviewPanel.objectName():
            OverviewPanel.setObjectName(u"OverviewPanel")
        self.panelLayout = QVBoxLayout(OverviewPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.roomStatusLabel = QLabel(OverviewPanel)
        self.roomStatusLabel.setObjectName(u"roomStatusLabel")
        self.roomStatusLabel.setStyleSheet(u"font-size: 12pt;")
        self.roomStatusLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.roomStatusLabel)

        self.statusSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)

        self.figuresLabel = QLabel(OverviewPanel)
        self.figuresLabel.setObjectName(u"figuresLabel")
        self.figuresLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.statusLayout.addWidget(self.figuresLabel)

        self.targetsButton = QPushButton(OverviewPanel)
        self.targetsButton.setObjectName(u"targetsButton")

        self.statusLayout.addWidget(self.targetsButton)

        self.refreshButton = QPushButton(OverviewPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.statusLayout.addWidget(self.refreshButton)


        self.panelLayout.addLayout(self.statusLayout)

        self.periodsLabel = QLabel(OverviewPanel)
        self.periodsLabel.setObjectName(u"periodsLabel")
        self.periodsLabel.setStyleSheet(u"color: #616e7c;")
        self.periodsLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.periodsLabel)

        self.cardArea = QWidget(OverviewPanel)
        self.cardArea.setObjectName(u"cardArea")
        self.cardLayout = QGridLayout(self.cardArea)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setHorizontalSpacing(8)
        self.cardLayout.setVerticalSpacing(8)
        self.cardLayout.setContentsMargins(0, 0, 0, 0)

        self.panelLayout.addWidget(self.cardArea)

        self.attentionLabel = QLabel(OverviewPanel)
        self.attentionLabel.setObjectName(u"attentionLabel")
        self.attentionLabel.setStyleSheet(u"font-size: 12pt; font-weight: bold; margin-top: 6px;")

        self.panelLayout.addWidget(self.attentionLabel)


        self.retranslateUi(OverviewPanel)
    # setupUi

    def retranslateUi(self, OverviewPanel):
        self.targetsButton.setText(QCoreApplication.translate("OverviewPanel", u"Targets\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("OverviewPanel", u"Refresh", None))
        self.attentionLabel.setText(QCoreApplication.translate("OverviewPanel", u"Needs attention", None))
        pass
    # retranslateUi
