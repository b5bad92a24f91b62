# Generated from forms/usage_log_filters.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QHBoxLayout, QLabel, QSizePolicy, QWidget)

class Ui_UsageLogFilters(object):
    def setupUi(self, UsageLogFilters):
        if not UsageLogFilters.objectName():
            UsageLogFilters.setObjectName(u"UsageLogFilters")
        self.filtersLayout = QHBoxLayout(UsageLogFilters)
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.filtersLayout.setContentsMargins(0, 0, 0, 0)
        self.fromLabel = QLabel(UsageLogFilters)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filtersLayout.addWidget(self.fromLabel)

        self.dateFromEdit = QDateEdit(UsageLogFilters)
        self.dateFromEdit.setObjectName(u"dateFromEdit")
        self.dateFromEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.dateFromEdit.setCalendarPopup(True)
        self.dateFromEdit.setMinimumDate(QDate(2000, 1, 1))

        self.filtersLayout.addWidget(self.dateFromEdit)

        self.toLabel = QLabel(UsageLogFilters)
        self.toLabel.setObjectName(u"toLabel")

        self.filtersLayout.addWidget(self.toLabel)

        self.dateToEdit = QDateEdit(UsageLogFilters)
        self.dateToEdit.setObjectName(u"dateToEdit")
        self.dateToEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.dateToEdit.setCalendarPopup(True)
        self.dateToEdit.setMinimumDate(QDate(2000, 1, 1))

        self.filtersLayout.addWidget(self.dateToEdit)

        self.itemsCombo = QComboBox(UsageLogFilters)
        self.itemsCombo.setObjectName(u"itemsCombo")
        self.itemsCombo.setMinimumSize(QSize(100, 0))

        self.filtersLayout.addWidget(self.itemsCombo)

        self.abnormalCheck = QCheckBox(UsageLogFilters)
        self.abnormalCheck.setObjectName(u"abnormalCheck")

        self.filtersLayout.addWidget(self.abnormalCheck)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.dateFromEdit)
        self.toLabel.setBuddy(self.dateToEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UsageLogFilters)
    # setupUi

    def retranslateUi(self, UsageLogFilters):
        self.fromLabel.setText(QCoreApplication.translate("UsageLogFilters", u"From", None))
        self.dateFromEdit.setSpecialValueText(QCoreApplication.translate("UsageLogFilters", u"any", None))
        self.toLabel.setText(QCoreApplication.translate("UsageLogFilters", u"to", None))
        self.dateToEdit.setSpecialValueText(QCoreApplication.translate("UsageLogFilters", u"any", None))
        self.abnormalCheck.setText(QCoreApplication.translate("UsageLogFilters", u"Abnormal", None))
        pass
    # retranslateUi
