# Generated from forms/device_form.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDoubleSpinBox,
    QFormLayout, QLabel, QLineEdit, QListView,
    QListWidget, QListWidgetItem, QSizePolicy, QSpinBox,
    QWidget)

class Ui_DeviceForm(object):
    def setupUi(self, DeviceForm):
        if not DeviceForm.objectName():
            DeviceForm.setObjectName(u"DeviceForm")
        self.formLayout = QFormLayout(DeviceForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.assetNoEditLabel = QLabel(DeviceForm)
        self.assetNoEditLabel.setObjectName(u"assetNoEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assetNoEditLabel)

        self.assetNoEdit = QLineEdit(DeviceForm)
        self.assetNoEdit.setObjectName(u"assetNoEdit")
        self.assetNoEdit.setMaxLength(50)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assetNoEdit)

        self.nameEditLabel = QLabel(DeviceForm)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(DeviceForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.categoryComboLabel = QLabel(DeviceForm)
        self.categoryComboLabel.setObjectName(u"categoryComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryComboLabel)

        self.categoryCombo = QComboBox(DeviceForm)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.brandEditLabel = QLabel(DeviceForm)
        self.brandEditLabel.setObjectName(u"brandEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.brandEditLabel)

        self.brandEdit = QLineEdit(DeviceForm)
        self.brandEdit.setObjectName(u"brandEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.brandEdit)

        self.modelEditLabel = QLabel(DeviceForm)
        self.modelEditLabel.setObjectName(u"modelEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.modelEditLabel)

        self.modelEdit = QLineEdit(DeviceForm)
        self.modelEdit.setObjectName(u"modelEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.modelEdit)

        self.serialEditLabel = QLabel(DeviceForm)
        self.serialEditLabel.setObjectName(u"serialEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.serialEditLabel)

        self.serialEdit = QLineEdit(DeviceForm)
        self.serialEdit.setObjectName(u"serialEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.serialEdit)

        self.purchaseDateEditLabel = QLabel(DeviceForm)
        self.purchaseDateEditLabel.setObjectName(u"purchaseDateEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.purchaseDateEditLabel)

        self.purchaseDateEdit = QDateEdit(DeviceForm)
        self.purchaseDateEdit.setObjectName(u"purchaseDateEdit")
        self.purchaseDateEdit.setCalendarPopup(True)
        self.purchaseDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.purchaseDateEdit)

        self.priceSpinLabel = QLabel(DeviceForm)
        self.priceSpinLabel.setObjectName(u"priceSpinLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.priceSpinLabel)

        self.priceSpin = QDoubleSpinBox(DeviceForm)
        self.priceSpin.setObjectName(u"priceSpin")
        self.priceSpin.setMaximum(9999999.990000000223517)
        self.priceSpin.setDecimals(2)
        self.priceSpin.setSpecialValueText(u"\u2014")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.priceSpin)

        self.fundingComboLabel = QLabel(DeviceForm)
        self.fundingComboLabel.setObjectName(u"fundingComboLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.fundingComboLabel)

        self.fundingCombo = QComboBox(DeviceForm)
        self.fundingCombo.setObjectName(u"fundingCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.fundingCombo)

        self.locationEditLabel = QLabel(DeviceForm)
        self.locationEditLabel.setObjectName(u"locationEditLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.locationEditLabel)

        self.locationEdit = QLineEdit(DeviceForm)
        self.locationEdit.setObjectName(u"locationEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.readingsListLabel = QLabel(DeviceForm)
        self.readingsListLabel.setObjectName(u"readingsListLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.readingsListLabel)

        self.readingsList = QListWidget(DeviceForm)
        self.readingsList.setObjectName(u"readingsList")
        self.readingsList.setMaximumSize(QSize(16777215, 90))
        self.readingsList.setFlow(QListView.Flow.LeftToRight)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.readingsList)

        self.maintenanceSpinLabel = QLabel(DeviceForm)
        self.maintenanceSpinLabel.setObjectName(u"maintenanceSpinLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.maintenanceSpinLabel)

        self.maintenanceSpin = QSpinBox(DeviceForm)
        self.maintenanceSpin.setObjectName(u"maintenanceSpin")
        self.maintenanceSpin.setMaximum(3650)
        self.maintenanceSpin.setSpecialValueText(u"\u2014")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.maintenanceSpin)

        self.calibrationSpinLabel = QLabel(DeviceForm)
        self.calibrationSpinLabel.setObjectName(u"calibrationSpinLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.calibrationSpinLabel)

        self.calibrationSpin = QSpinBox(DeviceForm)
        self.calibrationSpin.setObjectName(u"calibrationSpin")
        self.calibrationSpin.setMaximum(3650)
        self.calibrationSpin.setSpecialValueText(u"\u2014")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.calibrationSpin)

#if QT_CONFIG(shortcut)
        self.assetNoEditLabel.setBuddy(self.assetNoEdit)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.categoryComboLabel.setBuddy(self.categoryCombo)
        self.brandEditLabel.setBuddy(self.brandEdit)
        self.modelEditLabel.setBuddy(self.modelEdit)
        self.serialEditLabel.setBuddy(self.serialEdit)
        self.purchaseDateEditLabel.setBuddy(self.purchaseDateEdit)
        self.priceSpinLabel.setBuddy(self.priceSpin)
        self.fundingComboLabel.setBuddy(self.fundingCombo)
        self.locationEditLabel.setBuddy(self.locationEdit)
        self.readingsListLabel.setBuddy(self.readingsList)
        self.maintenanceSpinLabel.setBuddy(self.maintenanceSpin)
        self.calibrationSpinLabel.setBuddy(self.calibrationSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeviceForm)
    # setupUi

    def retranslateUi(self, DeviceForm):
        self.assetNoEditLabel.setText(QCoreApplication.translate("DeviceForm", u"Asset no. *", None))
        self.nameEditLabel.setText(QCoreApplication.translate("DeviceForm", u"Name *", None))
        self.categoryComboLabel.setText(QCoreApplication.translate("DeviceForm", u"Category", None))
        self.brandEditLabel.setText(QCoreApplication.translate("DeviceForm", u"Brand", None))
        self.modelEditLabel.setText(QCoreApplication.translate("DeviceForm", u"Model", None))
        self.serialEditLabel.setText(QCoreApplication.translate("DeviceForm", u"Serial no.", None))
        self.purchaseDateEditLabel.setText(QCoreApplication.translate("DeviceForm", u"Purchase date", None))
        self.priceSpinLabel.setText(QCoreApplication.translate("DeviceForm", u"Price (yuan)", None))
        self.fundingComboLabel.setText(QCoreApplication.translate("DeviceForm", u"Funding", None))
        self.locationEditLabel.setText(QCoreApplication.translate("DeviceForm", u"Location", None))
        self.readingsListLabel.setText(QCoreApplication.translate("DeviceForm", u"Readings it takes", None))
        self.maintenanceSpinLabel.setText(QCoreApplication.translate("DeviceForm", u"Maintenance every", None))
        self.calibrationSpinLabel.setText(QCoreApplication.translate("DeviceForm", u"Calibration every", None))
        pass
    # retranslateUi
