# Generated from forms/audit_filters.ui by build_scripts/compile_forms.py — do not edit.
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

class Ui_AuditFilters(object):
    def setupUi(self, AuditFilters):
        if not AuditFilters.objectName():
            AuditFilters.setObjectName(u"AuditFilters")
        self.filterLayout = QHBoxLayout(AuditFilters)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setContentsMargins(0, 0, 0, 0)
        self.userLabel = QLabel(AuditFilters)
        self.userLabel.setObjectName(u"userLabel")

        self.filterLayout.addWidget(self.userLabel)

        self.userCombo = QComboBox(AuditFilters)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setMinimumSize(QSize(110, 0))

        self.filterLayout.addWidget(self.userCombo)

        self.actionLabel = QLabel(AuditFilters)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterLayout.addWidget(self.actionLabel)

        self.actionCombo = QComboBox(AuditFilters)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setMinimumSize(QSize(110, 0))

        self.filterLayout.addWidget(self.actionCombo)

        self.entityLabel = QLabel(AuditFilters)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filterLayout.addWidget(self.entityLabel)

        self.entityCombo = QComboBox(AuditFilters)
        self.entityCombo.setObjectName(u"entityCombo")
        self.entityCombo.setMinimumSize(QSize(130, 0))

        self.filterLayout.addWidget(self.entityCombo)

        self.fromCheck = QCheckBox(AuditFilters)
        self.fromCheck.setObjectName(u"fromCheck")

        self.filterLayout.addWidget(self.fromCheck)

        self.fromEdit = QDateEdit(AuditFilters)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filterLayout.addWidget(self.fromEdit)

        self.toCheck = QCheckBox(AuditFilters)
        self.toCheck.setObjectName(u"toCheck")

        self.filterLayout.addWidget(self.toCheck)

        self.toEdit = QDateEdit(AuditFilters)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.filterLayout.addWidget(self.toEdit)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.entityLabel.setBuddy(self.entityCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditFilters)
    # setupUi

    def retranslateUi(self, AuditFilters):
        self.userLabel.setText(QCoreApplication.translate("AuditFilters", u"User", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditFilters", u"Action", None))
        self.entityLabel.setText(QCoreApplication.translate("AuditFilters", u"Record", None))
        self.fromCheck.setText(QCoreApplication.translate("AuditFilters", u"From", None))
        self.toCheck.setText(QCoreApplication.translate("AuditFilters", u"To", None))
        pass
    # retranslateUi
