# Generated from forms/asset_labels_form.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_AssetLabelsForm(object):
    def setupUi(self, AssetLabelsForm):
        if not AssetLabelsForm.objectName():
            AssetLabelsForm.setObjectName(u"AssetLabelsForm")
        self.formLayout = QHBoxLayout(AssetLabelsForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.choicesLayout = QVBoxLayout()
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.whichLabel = QLabel(AssetLabelsForm)
        self.whichLabel.setObjectName(u"whichLabel")
        self.whichLabel.setStyleSheet(u"font-weight: bold;")

        self.choicesLayout.addWidget(self.whichLabel)

        self.selectedRadio = QRadioButton(AssetLabelsForm)
        self.selectedRadio.setObjectName(u"selectedRadio")

        self.choicesLayout.addWidget(self.selectedRadio)

        self.allRadio = QRadioButton(AssetLabelsForm)
        self.allRadio.setObjectName(u"allRadio")

        self.choicesLayout.addWidget(self.allRadio)

        self.paperLabel = QLabel(AssetLabelsForm)
        self.paperLabel.setObjectName(u"paperLabel")
        self.paperLabel.setStyleSheet(u"font-weight: bold;")

        self.choicesLayout.addWidget(self.paperLabel)

        self.paperCombo = QComboBox(AssetLabelsForm)
        self.paperCombo.setObjectName(u"paperCombo")

        self.choicesLayout.addWidget(self.paperCombo)

        self.startLabel = QLabel(AssetLabelsForm)
        self.startLabel.setObjectName(u"startLabel")
        self.startLabel.setStyleSheet(u"font-weight: bold;")

        self.choicesLayout.addWidget(self.startLabel)

        self.startSpin = QSpinBox(AssetLabelsForm)
        self.startSpin.setObjectName(u"startSpin")
        self.startSpin.setMinimum(1)

        self.choicesLayout.addWidget(self.startSpin)

        self.startHintLabel = QLabel(AssetLabelsForm)
        self.startHintLabel.setObjectName(u"startHintLabel")
        self.startHintLabel.setWordWrap(True)

        self.choicesLayout.addWidget(self.startHintLabel)

        self.summaryLabel = QLabel(AssetLabelsForm)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.choicesLayout.addWidget(self.summaryLabel)

        self.choicesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choicesLayout.addItem(self.choicesSpacer)


        self.formLayout.addLayout(self.choicesLayout)

        self.previewHost = QWidget(AssetLabelsForm)
        self.previewHost.setObjectName(u"previewHost")

        self.formLayout.addWidget(self.previewHost)

#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.startSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssetLabelsForm)
    # setupUi

    def retranslateUi(self, AssetLabelsForm):
        self.whichLabel.setText(QCoreApplication.translate("AssetLabelsForm", u"Which devices", None))
        self.paperLabel.setText(QCoreApplication.translate("AssetLabelsForm", u"Label paper", None))
        self.startLabel.setText(QCoreApplication.translate("AssetLabelsForm", u"Start at label no.", None))
        self.startHintLabel.setText(QCoreApplication.translate("AssetLabelsForm", u"On a part-used sheet, click the first free label in the picture; the labels before it stay empty.", None))
        pass
    # retranslateUi
