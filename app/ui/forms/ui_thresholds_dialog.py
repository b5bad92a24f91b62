# Generated from forms/thresholds_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ThresholdsDialog(object):
    def setupUi(self, ThresholdsDialog):
        if not ThresholdsDialog.objectName():
            ThresholdsDialog.setObjectName(u"ThresholdsDialog")
        self.thresholdsLayout = QVBoxLayout(ThresholdsDialog)
        self.thresholdsLayout.setObjectName(u"thresholdsLayout")
        self.introLabel = QLabel(ThresholdsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.thresholdsLayout.addWidget(self.introLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")

        self.thresholdsLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(ThresholdsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.thresholdsLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ThresholdsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.RestoreDefaults|QDialogButtonBox.StandardButton.Save)

        self.thresholdsLayout.addWidget(self.buttonBox)


        self.retranslateUi(ThresholdsDialog)
    # setupUi

    def retranslateUi(self, ThresholdsDialog):
        ThresholdsDialog.setWindowTitle(QCoreApplication.translate("ThresholdsDialog", u"Reading thresholds", None))
        self.introLabel.setText(QCoreApplication.translate("ThresholdsDialog", u"Values at or beyond these limits are flagged as abnormal (shown in red, with advice and follow-up). The defaults are the Chinese adult standards. New limits apply to readings recorded from now on.", None))
    # retranslateUi
