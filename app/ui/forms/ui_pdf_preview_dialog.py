# Generated from forms/pdf_preview_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(900, 760)
        self.previewLayout = QVBoxLayout(PdfPreviewDialog)
        self.previewLayout.setObjectName(u"previewLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.previousButton = QPushButton(PdfPreviewDialog)
        self.previousButton.setObjectName(u"previousButton")

        self.toolLayout.addWidget(self.previousButton)

        self.pageLabel = QLabel(PdfPreviewDialog)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setMinimumSize(QSize(110, 0))
        self.pageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.toolLayout.addWidget(self.pageLabel)

        self.nextButton = QPushButton(PdfPreviewDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.toolLayout.addWidget(self.nextButton)

        self.zoomSpacer = QSpacerItem(18, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.zoomSpacer)

        self.zoomOutButton = QToolButton(PdfPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setText(u"\u2212")

        self.toolLayout.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(PdfPreviewDialog)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setMinimumSize(QSize(56, 0))
        self.zoomLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.toolLayout.addWidget(self.zoomLabel)

        self.zoomInButton = QToolButton(PdfPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setText(u"+")

        self.toolLayout.addWidget(self.zoomInButton)

        self.fitPageButton = QPushButton(PdfPreviewDialog)
        self.fitPageButton.setObjectName(u"fitPageButton")

        self.toolLayout.addWidget(self.fitPageButton)

        self.fitWidthButton = QPushButton(PdfPreviewDialog)
        self.fitWidthButton.setObjectName(u"fitWidthButton")

        self.toolLayout.addWidget(self.fitWidthButton)

        self.toolSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.saveButton = QPushButton(PdfPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.toolLayout.addWidget(self.saveButton)

        self.printButton = QPushButton(PdfPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.toolLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(PdfPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.toolLayout.addWidget(self.closeButton)


        self.previewLayout.addLayout(self.toolLayout)

        self.scrollArea = QScrollArea(PdfPreviewDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(False)
        self.scrollArea.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scrollArea.setStyleSheet(u"QScrollArea { background: #7b8794; }")
        self.pageView = QLabel()
        self.pageView.setObjectName(u"pageView")
        self.pageView.setGeometry(QRect(0, 0, 100, 100))
        self.scrollArea.setWidget(self.pageView)

        self.previewLayout.addWidget(self.scrollArea)

        self.statusLabel = QLabel(PdfPreviewDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.previewLayout.addWidget(self.statusLabel)


        self.retranslateUi(PdfPreviewDialog)

        self.printButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Print preview", None))
        self.previousButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"\u2039 Previous page", None))
        self.nextButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Next page \u203a", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Zoom out", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Zoom in", None))
#endif // QT_CONFIG(tooltip)
        self.fitPageButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Whole page", None))
        self.fitWidthButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Page width", None))
        self.saveButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Save as PDF\u2026", None))
        self.printButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Print\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Close", None))
    # retranslateUi
