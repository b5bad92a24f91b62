# Generated from forms/per_reading_form.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QSizePolicy,
    QWidget)

class Ui_PerReadingForm(object):
    def setupUi(self, PerReadingForm):
        if not PerReadingForm.objectName():
            PerReadingForm.setObjectName(u"PerReadingForm")
        self.grid = QGridLayout(PerReadingForm)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.readingHeader = QLabel(PerReadingForm)
        self.readingHeader.setObjectName(u"readingHeader")
        self.readingHeader.setStyleSheet(u"font-weight: bold;")

        self.grid.addWidget(self.readingHeader, 0, 0, 1, 1)

        self.itemHeader = QLabel(PerReadingForm)
        self.itemHeader.setObjectName(u"itemHeader")
        self.itemHeader.setStyleSheet(u"font-weight: bold;")

        self.grid.addWidget(self.itemHeader, 0, 1, 1, 1)

        self.quantityHeader = QLabel(PerReadingForm)
        self.quantityHeader.setObjectName(u"quantityHeader")
        self.quantityHeader.setStyleSheet(u"font-weight: bold;")

        self.grid.addWidget(self.quantityHeader, 0, 2, 1, 1)


        self.retranslateUi(PerReadingForm)
    # setupUi

    def retranslateUi(self, PerReadingForm):
        self.readingHeader.setText(QCoreApplication.translate("PerReadingForm", u"Reading", None))
        self.itemHeader.setText(QCoreApplication.translate("PerReadingForm", u"Consumable used", None))
        self.quantityHeader.setText(QCoreApplication.translate("PerReadingForm", u"Per reading", None))
        pass
    # retranslateUi
