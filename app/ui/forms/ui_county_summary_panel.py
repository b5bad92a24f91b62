# Generated from forms/county_summary_panel.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpinBox, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_CountySummaryPanel(object):
    def setupUi(self, CountySummaryPanel):
        if not CountySummaryPanel.objectName():
            CountySummaryPanel.setObjectName(u"CountySummaryPanel")
        self.summaryLayout = QVBoxLayout(CountySummaryPanel)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryYearLayout = QHBoxLayout()
        self.summaryYearLayout.setObjectName(u"summaryYearLayout")
        self.summaryYearLabel = QLabel(CountySummaryPanel)
        self.summaryYearLabel.setObjectName(u"summaryYearLabel")

        self.summaryYearLayout.addWidget(self.summaryYearLabel)

        self.summaryYearSpin = QSpinBox(CountySummaryPanel)
        self.summaryYearSpin.setObjectName(u"summaryYearSpin")
        self.summaryYearSpin.setMinimum(2000)
        self.summaryYearSpin.setMaximum(2100)

        self.summaryYearLayout.addWidget(self.summaryYearSpin)

        self.periodNoteLabel = QLabel(CountySummaryPanel)
        self.periodNoteLabel.setObjectName(u"periodNoteLabel")
        self.periodNoteLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.periodNoteLabel.sizePolicy().hasHeightForWidth())
        self.periodNoteLabel.setSizePolicy(sizePolicy)

        self.summaryYearLayout.addWidget(self.periodNoteLabel)


        self.summaryLayout.addLayout(self.summaryYearLayout)

        self.summarySplitter = QSplitter(CountySummaryPanel)
        self.summarySplitter.setObjectName(u"summarySplitter")
        self.summarySplitter.setOrientation(Qt.Orientation.Vertical)
        self.figuresSplitter = QSplitter(self.summarySplitter)
        self.figuresSplitter.setObjectName(u"figuresSplitter")
        self.figuresSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.totalsBox = QWidget(self.figuresSplitter)
        self.totalsBox.setObjectName(u"totalsBox")
        self.totalsLayout = QVBoxLayout(self.totalsBox)
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.totalsLayout.setContentsMargins(0, 0, 0, 0)
        self.totalsLabel = QLabel(self.totalsBox)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setStyleSheet(u"font-weight: bold;")

        self.totalsLayout.addWidget(self.totalsLabel)

        self.totalsTable = QTableView(self.totalsBox)
        self.totalsTable.setObjectName(u"totalsTable")
        self.totalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.totalsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.totalsLayout.addWidget(self.totalsTable)

        self.figuresSplitter.addWidget(self.totalsBox)
        self.rankingBox = QWidget(self.figuresSplitter)
        self.rankingBox.setObjectName(u"rankingBox")
        self.rankingLayout = QVBoxLayout(self.rankingBox)
        self.rankingLayout.setObjectName(u"rankingLayout")
        self.rankingLayout.setContentsMargins(0, 0, 0, 0)
        self.rankingLabel = QLabel(self.rankingBox)
        self.rankingLabel.setObjectName(u"rankingLabel")
        self.rankingLabel.setStyleSheet(u"font-weight: bold;")
        self.rankingLabel.setWordWrap(True)

        self.rankingLayout.addWidget(self.rankingLabel)

        self.rankingTable = QTableView(self.rankingBox)
        self.rankingTable.setObjectName(u"rankingTable")
        self.rankingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.rankingLayout.addWidget(self.rankingTable)

        self.figuresSplitter.addWidget(self.rankingBox)
        self.summarySplitter.addWidget(self.figuresSplitter)
        self.commendationsBox = QWidget(self.summarySplitter)
        self.commendationsBox.setObjectName(u"commendationsBox")
        self.commendationsLayout = QVBoxLayout(self.commendationsBox)
        self.commendationsLayout.setObjectName(u"commendationsLayout")
        self.commendationsLayout.setContentsMargins(0, 0, 0, 0)
        self.commendationsLabel = QLabel(self.commendationsBox)
        self.commendationsLabel.setObjectName(u"commendationsLabel")
        self.commendationsLabel.setStyleSheet(u"font-weight: bold;")

        self.commendationsLayout.addWidget(self.commendationsLabel)

        self.rulesLabel = QLabel(self.commendationsBox)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)

        self.commendationsLayout.addWidget(self.rulesLabel)

        self.commendationsTable = QTableView(self.commendationsBox)
        self.commendationsTable.setObjectName(u"commendationsTable")
        self.commendationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.commendationsTable.setWordWrap(True)

        self.commendationsLayout.addWidget(self.commendationsTable)

        self.dueLabel = QLabel(self.commendationsBox)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setWordWrap(True)

        self.commendationsLayout.addWidget(self.dueLabel)

        self.summarySplitter.addWidget(self.commendationsBox)

        self.summaryLayout.addWidget(self.summarySplitter)

#if QT_CONFIG(shortcut)
        self.summaryYearLabel.setBuddy(self.summaryYearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CountySummaryPanel)
    # setupUi

    def retranslateUi(self, CountySummaryPanel):
        self.summaryYearLabel.setText(QCoreApplication.translate("CountySummaryPanel", u"Year", None))
        self.totalsLabel.setText(QCoreApplication.translate("CountySummaryPanel", u"County totals per indicator (choose one to see the ranking)", None))
        self.commendationsLabel.setText(QCoreApplication.translate("CountySummaryPanel", u"Commendation shortlist", None))
        self.rulesLabel.setText(QCoreApplication.translate("CountySummaryPanel", u"Rules: every indicator met for the year; at least 2 inspections, none scored below 80; every rectification item closed by its deadline.", None))
        pass
    # retranslateUi
