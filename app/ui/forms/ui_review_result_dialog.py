# Generated from forms/review_result_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGroupBox, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReviewResultDialog(object):
    def setupUi(self, ReviewResultDialog):
        if not ReviewResultDialog.objectName():
            ReviewResultDialog.setObjectName(u"ReviewResultDialog")
        ReviewResultDialog.resize(640, 560)
        self.dialogLayout = QVBoxLayout(ReviewResultDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileLabel = QLabel(ReviewResultDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setStyleSheet(u"font-weight: bold;")

        self.dialogLayout.addWidget(self.fileLabel)

        self.keyBox = QGroupBox(ReviewResultDialog)
        self.keyBox.setObjectName(u"keyBox")
        self.keyLayout = QVBoxLayout(self.keyBox)
        self.keyLayout.setObjectName(u"keyLayout")
        self.fingerprintLabel = QLabel(self.keyBox)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setStyleSheet(u"font-family: monospace; font-size: 14pt; font-weight: bold;")
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keyLayout.addWidget(self.fingerprintLabel)

        self.keyHintLabel = QLabel(self.keyBox)
        self.keyHintLabel.setObjectName(u"keyHintLabel")
        self.keyHintLabel.setWordWrap(True)

        self.keyLayout.addWidget(self.keyHintLabel)

        self.confirmCheck = QCheckBox(self.keyBox)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.keyLayout.addWidget(self.confirmCheck)


        self.dialogLayout.addWidget(self.keyBox)

        self.changesTitle = QLabel(ReviewResultDialog)
        self.changesTitle.setObjectName(u"changesTitle")
        self.changesTitle.setStyleSheet(u"font-weight: bold;")

        self.dialogLayout.addWidget(self.changesTitle)

        self.changesLabel = QLabel(ReviewResultDialog)
        self.changesLabel.setObjectName(u"changesLabel")
        self.changesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.changesLabel)

        self.feedbackTitle = QLabel(ReviewResultDialog)
        self.feedbackTitle.setObjectName(u"feedbackTitle")
        self.feedbackTitle.setStyleSheet(u"font-weight: bold;")

        self.dialogLayout.addWidget(self.feedbackTitle)

        self.feedbackText = QPlainTextEdit(ReviewResultDialog)
        self.feedbackText.setObjectName(u"feedbackText")
        self.feedbackText.setReadOnly(True)

        self.dialogLayout.addWidget(self.feedbackText)

        self.statusLabel = QLabel(ReviewResultDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ReviewResultDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Apply)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ReviewResultDialog)
    # setupUi

    def retranslateUi(self, ReviewResultDialog):
        ReviewResultDialog.setWindowTitle(QCoreApplication.translate("ReviewResultDialog", u"The county's review result", None))
        self.keyBox.setTitle(QCoreApplication.translate("ReviewResultDialog", u"The county's signing key", None))
        self.confirmCheck.setText(QCoreApplication.translate("ReviewResultDialog", u"I compared the fingerprint with the one the county read out: they are the same", None))
        self.changesTitle.setText(QCoreApplication.translate("ReviewResultDialog", u"What applying it changes", None))
        self.feedbackTitle.setText(QCoreApplication.translate("ReviewResultDialog", u"The county's comments and commendation", None))
    # retranslateUi
