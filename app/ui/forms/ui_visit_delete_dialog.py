# Generated from forms/visit_delete_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_VisitDeleteDialog(object):
    def setupUi(self, VisitDeleteDialog):
        if not VisitDeleteDialog.objectName():
            VisitDeleteDialog.setObjectName(u"VisitDeleteDialog")
        VisitDeleteDialog.setMinimumSize(QSize(460, 0))
        self.deleteLayout = QVBoxLayout(VisitDeleteDialog)
        self.deleteLayout.setObjectName(u"deleteLayout")
        self.visitLabel = QLabel(VisitDeleteDialog)
        self.visitLabel.setObjectName(u"visitLabel")
        self.visitLabel.setWordWrap(True)
        self.visitLabel.setTextFormat(Qt.TextFormat.RichText)

        self.deleteLayout.addWidget(self.visitLabel)

        self.reasonLabel = QLabel(VisitDeleteDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.deleteLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(VisitDeleteDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.deleteLayout.addWidget(self.reasonEdit)

        self.errorLabel = QLabel(VisitDeleteDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.deleteLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(VisitDeleteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.deleteLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisitDeleteDialog)
    # setupUi

    def retranslateUi(self, VisitDeleteDialog):
        VisitDeleteDialog.setWindowTitle(QCoreApplication.translate("VisitDeleteDialog", u"Delete a visit", None))
        self.reasonLabel.setText(QCoreApplication.translate("VisitDeleteDialog", u"&Reason (kept in the audit trail):", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("VisitDeleteDialog", u"e.g. recorded twice; wrong person", None))
    # retranslateUi
