# Generated from forms/start_checklist.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_StartChecklist(object):
    def setupUi(self, StartChecklist):
        if not StartChecklist.objectName():
            StartChecklist.setObjectName(u"StartChecklist")
        StartChecklist.setStyleSheet(u"#StartChecklist { background: #eef4fb; border: 1px solid #9bb8d8; border-radius: 4px; }")
        self.checklistLayout = QVBoxLayout(StartChecklist)
        self.checklistLayout.setSpacing(4)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistLayout.setContentsMargins(10, 6, 10, 6)
        self.titleLabel = QLabel(StartChecklist)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextFormat(Qt.TextFormat.RichText)

        self.checklistLayout.addWidget(self.titleLabel)

        self.stepLayout = QGridLayout()
        self.stepLayout.setObjectName(u"stepLayout")
        self.stepLayout.setHorizontalSpacing(24)
        self.stepLayout.setVerticalSpacing(2)

        self.checklistLayout.addLayout(self.stepLayout)


        self.retranslateUi(StartChecklist)
    # setupUi

    def retranslateUi(self, StartChecklist):
        pass
    # retranslateUi
