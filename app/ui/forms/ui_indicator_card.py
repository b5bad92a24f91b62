# Generated from forms/indicator_card.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_IndicatorCard(object):
    def setupUi(self, IndicatorCard):
        if not IndicatorCard.objectName():
            IndicatorCard.setObjectName(u"IndicatorCard")
        IndicatorCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardLayout = QVBoxLayout(IndicatorCard)
        self.cardLayout.setSpacing(4)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(8, 6, 8, 8)
        self.nameLabel = QLabel(IndicatorCard)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setStyleSheet(u"font-weight: bold;")
        self.nameLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.nameLabel)

        self.valueLayout = QVBoxLayout()
        self.valueLayout.setSpacing(4)
        self.valueLayout.setObjectName(u"valueLayout")
        self.quarterButton = QPushButton(IndicatorCard)
        self.quarterButton.setObjectName(u"quarterButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.quarterButton.sizePolicy().hasHeightForWidth())
        self.quarterButton.setSizePolicy(sizePolicy)
        self.quarterButton.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.quarterButton.setMinimumSize(QSize(120, 0))

        self.valueLayout.addWidget(self.quarterButton)

        self.yearButton = QPushButton(IndicatorCard)
        self.yearButton.setObjectName(u"yearButton")
        sizePolicy.setHeightForWidth(self.yearButton.sizePolicy().hasHeightForWidth())
        self.yearButton.setSizePolicy(sizePolicy)
        self.yearButton.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.yearButton.setMinimumSize(QSize(120, 0))

        self.valueLayout.addWidget(self.yearButton)


        self.cardLayout.addLayout(self.valueLayout)


        self.retranslateUi(IndicatorCard)
    # setupUi

    def retranslateUi(self, IndicatorCard):
        pass
    # retranslateUi
