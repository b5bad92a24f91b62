# Generated from forms/consumable_form.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QWidget)

class Ui_ConsumableForm(object):
    def setupUi(self, ConsumableForm):
        if not ConsumableForm.objectName():
            ConsumableForm.setObjectName(u"ConsumableForm")
        self.formLayout = QFormLayout(ConsumableForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.nameEditLabel = QLabel(ConsumableForm)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(ConsumableForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.categoryComboLabel = QLabel(ConsumableForm)
        self.categoryComboLabel.setObjectName(u"categoryComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryComboLabel)

        self.categoryCombo = QComboBox(ConsumableForm)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.unitEditLabel = QLabel(ConsumableForm)
        self.unitEditLabel.setObjectName(u"unitEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitEditLabel)

        self.unitEdit = QLineEdit(ConsumableForm)
        self.unitEdit.setObjectName(u"unitEdit")
        self.unitEdit.setMaxLength(20)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.minimumSpinLabel = QLabel(ConsumableForm)
        self.minimumSpinLabel.setObjectName(u"minimumSpinLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minimumSpinLabel)

        self.minimumSpin = QSpinBox(ConsumableForm)
        self.minimumSpin.setObjectName(u"minimumSpin")
        self.minimumSpin.setMaximum(100000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minimumSpin)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.categoryComboLabel.setBuddy(self.categoryCombo)
        self.unitEditLabel.setBuddy(self.unitEdit)
        self.minimumSpinLabel.setBuddy(self.minimumSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsumableForm)
    # setupUi

    def retranslateUi(self, ConsumableForm):
        self.nameEditLabel.setText(QCoreApplication.translate("ConsumableForm", u"Name *", None))
        self.categoryComboLabel.setText(QCoreApplication.translate("ConsumableForm", u"Category", None))
        self.unitEditLabel.setText(QCoreApplication.translate("ConsumableForm", u"Unit *", None))
        self.minimumSpinLabel.setText(QCoreApplication.translate("ConsumableForm", u"Minimum stock", None))
        pass
    # retranslateUi
