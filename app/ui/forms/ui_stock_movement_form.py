# Generated from forms/stock_movement_form.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QWidget)

class Ui_StockMovementForm(object):
    def setupUi(self, StockMovementForm):
        if not StockMovementForm.objectName():
            StockMovementForm.setObjectName(u"StockMovementForm")
        self.formLayout = QFormLayout(StockMovementForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.itemLabelLabel = QLabel(StockMovementForm)
        self.itemLabelLabel.setObjectName(u"itemLabelLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemLabelLabel)

        self.itemLabel = QLabel(StockMovementForm)
        self.itemLabel.setObjectName(u"itemLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemLabel)

        self.quantitySpinLabel = QLabel(StockMovementForm)
        self.quantitySpinLabel.setObjectName(u"quantitySpinLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.quantitySpinLabel)

        self.quantitySpin = QSpinBox(StockMovementForm)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMinimum(0)
        self.quantitySpin.setMaximum(100000)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.quantitySpin)

        self.dateEditLabel = QLabel(StockMovementForm)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(StockMovementForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.sourceComboLabel = QLabel(StockMovementForm)
        self.sourceComboLabel.setObjectName(u"sourceComboLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sourceComboLabel)

        self.sourceCombo = QComboBox(StockMovementForm)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.lotNoEditLabel = QLabel(StockMovementForm)
        self.lotNoEditLabel.setObjectName(u"lotNoEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lotNoEditLabel)

        self.lotNoEdit = QLineEdit(StockMovementForm)
        self.lotNoEdit.setObjectName(u"lotNoEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lotNoEdit)

        self.expiryEditLabel = QLabel(StockMovementForm)
        self.expiryEditLabel.setObjectName(u"expiryEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.expiryEditLabel)

        self.expiryEdit = QDateEdit(StockMovementForm)
        self.expiryEdit.setObjectName(u"expiryEdit")
        self.expiryEdit.setCalendarPopup(True)
        self.expiryEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.expiryEdit)

        self.lotComboLabel = QLabel(StockMovementForm)
        self.lotComboLabel.setObjectName(u"lotComboLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lotComboLabel)

        self.lotCombo = QComboBox(StockMovementForm)
        self.lotCombo.setObjectName(u"lotCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.lotCombo)

        self.noteEditLabel = QLabel(StockMovementForm)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(StockMovementForm)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.noteEdit)

#if QT_CONFIG(shortcut)
        self.itemLabelLabel.setBuddy(self.itemLabel)
        self.quantitySpinLabel.setBuddy(self.quantitySpin)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.sourceComboLabel.setBuddy(self.sourceCombo)
        self.lotNoEditLabel.setBuddy(self.lotNoEdit)
        self.expiryEditLabel.setBuddy(self.expiryEdit)
        self.lotComboLabel.setBuddy(self.lotCombo)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StockMovementForm)
    # setupUi

    def retranslateUi(self, StockMovementForm):
        self.itemLabelLabel.setText(QCoreApplication.translate("StockMovementForm", u"Item", None))
        self.quantitySpinLabel.setText(QCoreApplication.translate("StockMovementForm", u"Quantity *", None))
        self.dateEditLabel.setText(QCoreApplication.translate("StockMovementForm", u"Date *", None))
        self.sourceComboLabel.setText(QCoreApplication.translate("StockMovementForm", u"Source", None))
        self.lotNoEditLabel.setText(QCoreApplication.translate("StockMovementForm", u"Lot no.", None))
        self.expiryEditLabel.setText(QCoreApplication.translate("StockMovementForm", u"Expiry date", None))
        self.lotComboLabel.setText(QCoreApplication.translate("StockMovementForm", u"Lot", None))
        self.noteEditLabel.setText(QCoreApplication.translate("StockMovementForm", u"Note", None))
        pass
    # retranslateUi
