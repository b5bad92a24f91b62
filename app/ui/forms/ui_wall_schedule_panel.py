# Generated from forms/wall_schedule_panel.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_WallSchedulePanel(object):
    def setupUi(self, WallSchedulePanel):
        if not WallSchedulePanel.objectName():
            WallSchedulePanel.setObjectName(u"WallSchedulePanel")
        self.panelLayout = QVBoxLayout(WallSchedulePanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.introLabel = QLabel(WallSchedulePanel)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.introLabel)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.paperLabel = QLabel(WallSchedulePanel)
        self.paperLabel.setObjectName(u"paperLabel")

        self.optionsLayout.addWidget(self.paperLabel)

        self.paperCombo = QComboBox(WallSchedulePanel)
        self.paperCombo.setObjectName(u"paperCombo")

        self.optionsLayout.addWidget(self.paperCombo)

        self.weeksLabel = QLabel(WallSchedulePanel)
        self.weeksLabel.setObjectName(u"weeksLabel")

        self.optionsLayout.addWidget(self.weeksLabel)

        self.weeksSpin = QSpinBox(WallSchedulePanel)
        self.weeksSpin.setObjectName(u"weeksSpin")
        self.weeksSpin.setMinimum(1)
        self.weeksSpin.setMaximum(26)
        self.weeksSpin.setValue(8)

        self.optionsLayout.addWidget(self.weeksSpin)

        self.weeksUnitLabel = QLabel(WallSchedulePanel)
        self.weeksUnitLabel.setObjectName(u"weeksUnitLabel")

        self.optionsLayout.addWidget(self.weeksUnitLabel)

        self.optionsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.previewButton = QPushButton(WallSchedulePanel)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setStyleSheet(u"font-weight: bold; padding: 4px 14px;")

        self.optionsLayout.addWidget(self.previewButton)


        self.panelLayout.addLayout(self.optionsLayout)

        self.rulesGroup = QGroupBox(WallSchedulePanel)
        self.rulesGroup.setObjectName(u"rulesGroup")
        self.rulesLayout = QVBoxLayout(self.rulesGroup)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesHint = QLabel(self.rulesGroup)
        self.rulesHint.setObjectName(u"rulesHint")
        self.rulesHint.setWordWrap(True)
        self.rulesHint.setStyleSheet(u"color: #616e7c;")

        self.rulesLayout.addWidget(self.rulesHint)

        self.houseRulesEdit = QPlainTextEdit(self.rulesGroup)
        self.houseRulesEdit.setObjectName(u"houseRulesEdit")

        self.rulesLayout.addWidget(self.houseRulesEdit)

        self.rulesButtons = QHBoxLayout()
        self.rulesButtons.setObjectName(u"rulesButtons")
        self.defaultRulesButton = QPushButton(self.rulesGroup)
        self.defaultRulesButton.setObjectName(u"defaultRulesButton")

        self.rulesButtons.addWidget(self.defaultRulesButton)

        self.rulesSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rulesButtons.addItem(self.rulesSpacer)

        self.rulesStatusLabel = QLabel(self.rulesGroup)
        self.rulesStatusLabel.setObjectName(u"rulesStatusLabel")
        self.rulesStatusLabel.setStyleSheet(u"color: #616e7c;")

        self.rulesButtons.addWidget(self.rulesStatusLabel)

        self.saveRulesButton = QPushButton(self.rulesGroup)
        self.saveRulesButton.setObjectName(u"saveRulesButton")

        self.rulesButtons.addWidget(self.saveRulesButton)


        self.rulesLayout.addLayout(self.rulesButtons)


        self.panelLayout.addWidget(self.rulesGroup)

#if QT_CONFIG(shortcut)
        self.paperLabel.setBuddy(self.paperCombo)
        self.weeksLabel.setBuddy(self.weeksSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WallSchedulePanel)
    # setupUi

    def retranslateUi(self, WallSchedulePanel):
        self.introLabel.setText(QCoreApplication.translate("WallSchedulePanel", u"The open-hours table for the room's door: the weekly hours, closures in the coming weeks, the responsible persons and the partner hospital with their phones, and the house rules below \u2014 on one page.", None))
        self.paperLabel.setText(QCoreApplication.translate("WallSchedulePanel", u"Paper", None))
        self.weeksLabel.setText(QCoreApplication.translate("WallSchedulePanel", u"Closures shown for the next", None))
        self.weeksUnitLabel.setText(QCoreApplication.translate("WallSchedulePanel", u"weeks", None))
        self.previewButton.setText(QCoreApplication.translate("WallSchedulePanel", u"Preview and print\u2026", None))
        self.rulesGroup.setTitle(QCoreApplication.translate("WallSchedulePanel", u"House rules printed on the schedule", None))
        self.rulesHint.setText(QCoreApplication.translate("WallSchedulePanel", u"One rule per line. A short first line without punctuation becomes the heading. Left empty, the default text drawn from the founding rules is printed.", None))
        self.defaultRulesButton.setText(QCoreApplication.translate("WallSchedulePanel", u"Start from the default text", None))
        self.saveRulesButton.setText(QCoreApplication.translate("WallSchedulePanel", u"Save house rules", None))
        pass
    # retranslateUi
