# Generated from forms/site_profile_form.ui by build_scripts/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateEdit,
    QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QWidget)

class Ui_SiteProfileForm(object):
    def setupUi(self, SiteProfileForm):
        if not SiteProfileForm.objectName():
            SiteProfileForm.setObjectName(u"SiteProfileForm")
        self.profileLayout = QGridLayout(SiteProfileForm)
        self.profileLayout.setObjectName(u"profileLayout")
        self.siteGroup = QGroupBox(SiteProfileForm)
        self.siteGroup.setObjectName(u"siteGroup")
        self.siteGroupLayout = QFormLayout(self.siteGroup)
        self.siteGroupLayout.setObjectName(u"siteGroupLayout")
        self.siteGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.siteNameLabel = QLabel(self.siteGroup)
        self.siteNameLabel.setObjectName(u"siteNameLabel")

        self.siteGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteNameLabel)

        self.siteNameEdit = QLineEdit(self.siteGroup)
        self.siteNameEdit.setObjectName(u"siteNameEdit")

        self.siteGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteNameEdit)

        self.siteCodeLabel = QLabel(self.siteGroup)
        self.siteCodeLabel.setObjectName(u"siteCodeLabel")

        self.siteGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.siteCodeLabel)

        self.siteCodeEdit = QLineEdit(self.siteGroup)
        self.siteCodeEdit.setObjectName(u"siteCodeEdit")

        self.siteGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.siteCodeEdit)

        self.addressLabel = QLabel(self.siteGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.siteGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.siteGroup)
        self.addressEdit.setObjectName(u"addressEdit")

        self.siteGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.countyLabel = QLabel(self.siteGroup)
        self.countyLabel.setObjectName(u"countyLabel")

        self.siteGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.countyLabel)

        self.countyEdit = QLineEdit(self.siteGroup)
        self.countyEdit.setObjectName(u"countyEdit")

        self.siteGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.countyEdit)


        self.profileLayout.addWidget(self.siteGroup, 0, 0, 1, 1)

        self.roomGroup = QGroupBox(SiteProfileForm)
        self.roomGroup.setObjectName(u"roomGroup")
        self.roomGroupLayout = QFormLayout(self.roomGroup)
        self.roomGroupLayout.setObjectName(u"roomGroupLayout")
        self.roomGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.roomNameLabel = QLabel(self.roomGroup)
        self.roomNameLabel.setObjectName(u"roomNameLabel")

        self.roomGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roomNameLabel)

        self.roomNameEdit = QLineEdit(self.roomGroup)
        self.roomNameEdit.setObjectName(u"roomNameEdit")

        self.roomGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roomNameEdit)

        self.locationLabel = QLabel(self.roomGroup)
        self.locationLabel.setObjectName(u"locationLabel")

        self.roomGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(self.roomGroup)
        self.locationEdit.setObjectName(u"locationEdit")

        self.roomGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.areaLabel = QLabel(self.roomGroup)
        self.areaLabel.setObjectName(u"areaLabel")

        self.roomGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaSpin = QDoubleSpinBox(self.roomGroup)
        self.areaSpin.setObjectName(u"areaSpin")
        self.areaSpin.setSpecialValueText(u"")
        self.areaSpin.setSuffix(u" m\u00b2")
        self.areaSpin.setDecimals(1)
        self.areaSpin.setMaximum(10000.000000000000000)

        self.roomGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.areaSpin)

        self.independentCheck = QCheckBox(self.roomGroup)
        self.independentCheck.setObjectName(u"independentCheck")

        self.roomGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.independentCheck)

        self.nameplateCheck = QCheckBox(self.roomGroup)
        self.nameplateCheck.setObjectName(u"nameplateCheck")

        self.roomGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nameplateCheck)

        self.nameplateDateLabel = QLabel(self.roomGroup)
        self.nameplateDateLabel.setObjectName(u"nameplateDateLabel")

        self.roomGroupLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nameplateDateLabel)

        self.nameplateDateEdit = QDateEdit(self.roomGroup)
        self.nameplateDateEdit.setObjectName(u"nameplateDateEdit")
        self.nameplateDateEdit.setEnabled(False)
        self.nameplateDateEdit.setCalendarPopup(True)
        self.nameplateDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.roomGroupLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nameplateDateEdit)

        self.rulesCheck = QCheckBox(self.roomGroup)
        self.rulesCheck.setObjectName(u"rulesCheck")

        self.roomGroupLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rulesCheck)

        self.hoursPostedCheck = QCheckBox(self.roomGroup)
        self.hoursPostedCheck.setObjectName(u"hoursPostedCheck")

        self.roomGroupLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hoursPostedCheck)


        self.profileLayout.addWidget(self.roomGroup, 0, 1, 1, 1)

        self.peopleGroup = QGroupBox(SiteProfileForm)
        self.peopleGroup.setObjectName(u"peopleGroup")
        self.peopleGroupLayout = QFormLayout(self.peopleGroup)
        self.peopleGroupLayout.setObjectName(u"peopleGroupLayout")
        self.peopleGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.chairNameLabel = QLabel(self.peopleGroup)
        self.chairNameLabel.setObjectName(u"chairNameLabel")

        self.peopleGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.chairNameLabel)

        self.chairNameEdit = QLineEdit(self.peopleGroup)
        self.chairNameEdit.setObjectName(u"chairNameEdit")

        self.peopleGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.chairNameEdit)

        self.chairPhoneLabel = QLabel(self.peopleGroup)
        self.chairPhoneLabel.setObjectName(u"chairPhoneLabel")

        self.peopleGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.chairPhoneLabel)

        self.chairPhoneEdit = QLineEdit(self.peopleGroup)
        self.chairPhoneEdit.setObjectName(u"chairPhoneEdit")

        self.peopleGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.chairPhoneEdit)

        self.adminNameLabel = QLabel(self.peopleGroup)
        self.adminNameLabel.setObjectName(u"adminNameLabel")

        self.peopleGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adminNameLabel)

        self.adminNameEdit = QLineEdit(self.peopleGroup)
        self.adminNameEdit.setObjectName(u"adminNameEdit")

        self.peopleGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adminNameEdit)

        self.adminPhoneLabel = QLabel(self.peopleGroup)
        self.adminPhoneLabel.setObjectName(u"adminPhoneLabel")

        self.peopleGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adminPhoneLabel)

        self.adminPhoneEdit = QLineEdit(self.peopleGroup)
        self.adminPhoneEdit.setObjectName(u"adminPhoneEdit")

        self.peopleGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adminPhoneEdit)

        self.moreAdminsLabel = QLabel(self.peopleGroup)
        self.moreAdminsLabel.setObjectName(u"moreAdminsLabel")

        self.peopleGroupLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.moreAdminsLabel)

        self.moreAdminsView = QTableView(self.peopleGroup)
        self.moreAdminsView.setObjectName(u"moreAdminsView")
        self.moreAdminsView.setMinimumSize(QSize(0, 100))
        self.moreAdminsView.setMaximumSize(QSize(16777215, 130))
        self.moreAdminsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.moreAdminsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.moreAdminsView.horizontalHeader().setStretchLastSection(True)
        self.moreAdminsView.verticalHeader().setVisible(False)

        self.peopleGroupLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.moreAdminsView)

        self.moreAdminsButtons = QHBoxLayout()
        self.moreAdminsButtons.setObjectName(u"moreAdminsButtons")
        self.addAdminButton = QPushButton(self.peopleGroup)
        self.addAdminButton.setObjectName(u"addAdminButton")

        self.moreAdminsButtons.addWidget(self.addAdminButton)

        self.removeAdminButton = QPushButton(self.peopleGroup)
        self.removeAdminButton.setObjectName(u"removeAdminButton")

        self.moreAdminsButtons.addWidget(self.removeAdminButton)

        self.adminButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moreAdminsButtons.addItem(self.adminButtonsSpacer)


        self.peopleGroupLayout.setLayout(6, QFormLayout.ItemRole.SpanningRole, self.moreAdminsButtons)


        self.profileLayout.addWidget(self.peopleGroup, 1, 0, 1, 1)

        self.hospitalGroup = QGroupBox(SiteProfileForm)
        self.hospitalGroup.setObjectName(u"hospitalGroup")
        self.hospitalGroupLayout = QFormLayout(self.hospitalGroup)
        self.hospitalGroupLayout.setObjectName(u"hospitalGroupLayout")
        self.hospitalGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hospitalLabel = QLabel(self.hospitalGroup)
        self.hospitalLabel.setObjectName(u"hospitalLabel")

        self.hospitalGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hospitalLabel)

        self.hospitalEdit = QLineEdit(self.hospitalGroup)
        self.hospitalEdit.setObjectName(u"hospitalEdit")

        self.hospitalGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hospitalEdit)

        self.liaisonNameLabel = QLabel(self.hospitalGroup)
        self.liaisonNameLabel.setObjectName(u"liaisonNameLabel")

        self.hospitalGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.liaisonNameLabel)

        self.liaisonNameEdit = QLineEdit(self.hospitalGroup)
        self.liaisonNameEdit.setObjectName(u"liaisonNameEdit")

        self.hospitalGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.liaisonNameEdit)

        self.liaisonPhoneLabel = QLabel(self.hospitalGroup)
        self.liaisonPhoneLabel.setObjectName(u"liaisonPhoneLabel")

        self.hospitalGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.liaisonPhoneLabel)

        self.liaisonPhoneEdit = QLineEdit(self.hospitalGroup)
        self.liaisonPhoneEdit.setObjectName(u"liaisonPhoneEdit")

        self.hospitalGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.liaisonPhoneEdit)

        self.hotlineLabel = QLabel(self.hospitalGroup)
        self.hotlineLabel.setObjectName(u"hotlineLabel")

        self.hospitalGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hotlineLabel)

        self.hotlineEdit = QLineEdit(self.hospitalGroup)
        self.hotlineEdit.setObjectName(u"hotlineEdit")

        self.hospitalGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hotlineEdit)


        self.profileLayout.addWidget(self.hospitalGroup, 1, 1, 1, 1)

        self.profileLayout.setColumnStretch(0, 1)
        self.profileLayout.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.siteNameLabel.setBuddy(self.siteNameEdit)
        self.siteCodeLabel.setBuddy(self.siteCodeEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.countyLabel.setBuddy(self.countyEdit)
        self.roomNameLabel.setBuddy(self.roomNameEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.areaLabel.setBuddy(self.areaSpin)
        self.nameplateDateLabel.setBuddy(self.nameplateDateEdit)
        self.chairNameLabel.setBuddy(self.chairNameEdit)
        self.chairPhoneLabel.setBuddy(self.chairPhoneEdit)
        self.adminNameLabel.setBuddy(self.adminNameEdit)
        self.adminPhoneLabel.setBuddy(self.adminPhoneEdit)
        self.moreAdminsLabel.setBuddy(self.moreAdminsView)
        self.hospitalLabel.setBuddy(self.hospitalEdit)
        self.liaisonNameLabel.setBuddy(self.liaisonNameEdit)
        self.liaisonPhoneLabel.setBuddy(self.liaisonPhoneEdit)
        self.hotlineLabel.setBuddy(self.hotlineEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SiteProfileForm)
    # setupUi

    def retranslateUi(self, SiteProfileForm):
        self.siteGroup.setTitle(QCoreApplication.translate("SiteProfileForm", u"Enterprise", None))
        self.siteNameLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Host enterprise *", None))
        self.siteCodeLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Site code *", None))
        self.addressLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Address", None))
        self.countyLabel.setText(QCoreApplication.translate("SiteProfileForm", u"County / district", None))
        self.roomGroup.setTitle(QCoreApplication.translate("SiteProfileForm", u"Health room", None))
        self.roomNameLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Room name *", None))
        self.locationLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Location", None))
        self.areaLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Area", None))
        self.independentCheck.setText(QCoreApplication.translate("SiteProfileForm", u"Independent space", None))
        self.nameplateCheck.setText(QCoreApplication.translate("SiteProfileForm", u"Nameplate hung", None))
        self.nameplateDateLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Hung since", None))
#if QT_CONFIG(tooltip)
        self.nameplateDateEdit.setToolTip(QCoreApplication.translate("SiteProfileForm", u"The day the union's nameplate was hung on or beside the door", None))
#endif // QT_CONFIG(tooltip)
        self.rulesCheck.setText(QCoreApplication.translate("SiteProfileForm", u"Rules posted", None))
        self.hoursPostedCheck.setText(QCoreApplication.translate("SiteProfileForm", u"Open-hours table posted", None))
        self.peopleGroup.setTitle(QCoreApplication.translate("SiteProfileForm", u"Responsible persons", None))
        self.chairNameLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Union chair (first responsible)", None))
        self.chairPhoneLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Union chair's phone", None))
        self.adminNameLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Health administrator", None))
        self.adminPhoneLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Administrator's phone", None))
        self.moreAdminsLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Further health administrators", None))
        self.addAdminButton.setText(QCoreApplication.translate("SiteProfileForm", u"Add an administrator", None))
        self.removeAdminButton.setText(QCoreApplication.translate("SiteProfileForm", u"Remove", None))
        self.hospitalGroup.setTitle(QCoreApplication.translate("SiteProfileForm", u"Partner hospital", None))
        self.hospitalLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Partner hospital", None))
        self.liaisonNameLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Expert liaison", None))
        self.liaisonPhoneLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Liaison's phone", None))
        self.hotlineLabel.setText(QCoreApplication.translate("SiteProfileForm", u"Hotline", None))
        pass
    # retranslateUi
