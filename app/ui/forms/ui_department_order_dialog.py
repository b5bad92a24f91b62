# Generated from forms/department_order_dialog.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DepartmentOrderDialog(object):
    def setupUi(self, DepartmentOrderDialog):
        if not DepartmentOrderDialog.objectName():
            DepartmentOrderDialog.setObjectName(u"DepartmentOrderDialog")
        self.orderLayout = QVBoxLayout(DepartmentOrderDialog)
        self.orderLayout.setObjectName(u"orderLayout")
        self.introLabel = QLabel(DepartmentOrderDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.orderLayout.addWidget(self.introLabel)

        self.listLayout = QHBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.departmentList = QListWidget(DepartmentOrderDialog)
        self.departmentList.setObjectName(u"departmentList")
        self.departmentList.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.departmentList.setDefaultDropAction(Qt.DropAction.MoveAction)

        self.listLayout.addWidget(self.departmentList)

        self.moveLayout = QVBoxLayout()
        self.moveLayout.setObjectName(u"moveLayout")
        self.upButton = QPushButton(DepartmentOrderDialog)
        self.upButton.setObjectName(u"upButton")

        self.moveLayout.addWidget(self.upButton)

        self.downButton = QPushButton(DepartmentOrderDialog)
        self.downButton.setObjectName(u"downButton")

        self.moveLayout.addWidget(self.downButton)

        self.naturalButton = QPushButton(DepartmentOrderDialog)
        self.naturalButton.setObjectName(u"naturalButton")

        self.moveLayout.addWidget(self.naturalButton)

        self.moveSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveLayout.addItem(self.moveSpacer)


        self.listLayout.addLayout(self.moveLayout)


        self.orderLayout.addLayout(self.listLayout)

        self.errorLabel = QLabel(DepartmentOrderDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.orderLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DepartmentOrderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.orderLayout.addWidget(self.buttonBox)


        self.retranslateUi(DepartmentOrderDialog)
    # setupUi

    def retranslateUi(self, DepartmentOrderDialog):
        DepartmentOrderDialog.setWindowTitle(QCoreApplication.translate("DepartmentOrderDialog", u"Department order", None))
        self.introLabel.setText(QCoreApplication.translate("DepartmentOrderDialog", u"Lists, sign-in sheets, reports and the county package show the departments in this order. Drag a department, or select it and move it up or down.", None))
        self.upButton.setText(QCoreApplication.translate("DepartmentOrderDialog", u"Move up", None))
        self.downButton.setText(QCoreApplication.translate("DepartmentOrderDialog", u"Move down", None))
        self.naturalButton.setText(QCoreApplication.translate("DepartmentOrderDialog", u"Natural order", None))
#if QT_CONFIG(tooltip)
        self.naturalButton.setToolTip(QCoreApplication.translate("DepartmentOrderDialog", u"\u4e00\u8f66\u95f4, \u4e8c\u8f66\u95f4 \u2026 \u5341\u4e00\u8f66\u95f4, then the others by pinyin", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
