# Generated from forms/restore_dialog.ui by build_scripts/compile_forms.py — do not edit.
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

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.setMinimumSize(QSize(520, 0))
        self.restoreLayout = QVBoxLayout(RestoreDialog)
        self.restoreLayout.setObjectName(u"restoreLayout")
        self.introLabel = QLabel(RestoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.restoreLayout.addWidget(self.introLabel)

        self.factLayout = QFormLayout()
        self.factLayout.setObjectName(u"factLayout")
        self.fileCaption = QLabel(RestoreDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.factLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileCaption)

        self.fileLabel = QLabel(RestoreDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.factLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fileLabel)

        self.siteCaption = QLabel(RestoreDialog)
        self.siteCaption.setObjectName(u"siteCaption")

        self.factLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.siteCaption)

        self.siteLabel = QLabel(RestoreDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.factLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.siteLabel)

        self.dateCaption = QLabel(RestoreDialog)
        self.dateCaption.setObjectName(u"dateCaption")

        self.factLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateLabel = QLabel(RestoreDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.factLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateLabel)

        self.countsCaption = QLabel(RestoreDialog)
        self.countsCaption.setObjectName(u"countsCaption")

        self.factLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.countsCaption)

        self.countsLabel = QLabel(RestoreDialog)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.factLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.countsLabel)


        self.restoreLayout.addLayout(self.factLayout)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.restoreLayout.addWidget(self.buttonBox)


        self.retranslateUi(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from a backup", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreDialog", u"The register will be replaced by this backup. Everything recorded after it was made will be gone from the register, but a safety backup of the current state is made first.", None))
        self.fileCaption.setText(QCoreApplication.translate("RestoreDialog", u"File", None))
        self.siteCaption.setText(QCoreApplication.translate("RestoreDialog", u"Site", None))
        self.dateCaption.setText(QCoreApplication.translate("RestoreDialog", u"Last change", None))
        self.countsCaption.setText(QCoreApplication.translate("RestoreDialog", u"Records", None))
    # retranslateUi
