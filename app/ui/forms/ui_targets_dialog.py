# Generated from forms/targets_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_TargetsDialog(object):
    def setupUi(self, TargetsDialog):
        if not TargetsDialog.objectName():
            TargetsDialog.setObjectName(u"TargetsDialog")
        self.targetsLayout = QVBoxLayout(TargetsDialog)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.introLabel = QLabel(TargetsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.targetsLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

        self.targetsLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(TargetsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.targetsLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.defaultsButton = QPushButton(TargetsDialog)
        self.defaultsButton.setObjectName(u"defaultsButton")

        self.buttonLayout.addWidget(self.defaultsButton)

        self.buttonBox = QDialogButtonBox(TargetsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonLayout.addWidget(self.buttonBox)


        self.targetsLayout.addLayout(self.buttonLayout)


        self.retranslateUi(TargetsDialog)
    # setupUi

    def retranslateUi(self, TargetsDialog):
        TargetsDialog.setWindowTitle(QCoreApplication.translate("TargetsDialog", u"Indicator targets", None))
        self.introLabel.setText(QCoreApplication.translate("TargetsDialog", u"The defaults are the founding rules of the staff health room. Change a target only when your union sets a different one for this site; every change is recorded in the audit trail.", None))
        self.defaultsButton.setText(QCoreApplication.translate("TargetsDialog", u"Founding rules' defaults", None))
    # retranslateUi
