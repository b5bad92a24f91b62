"""Report wording for the equipment ledger, the asset labels and the stock sheet (zh, en); the
codes (categories, statuses, events, funding) are said with the catalogue's words."""

from __future__ import annotations

from app.catalogue.fields import RecordField
from app.catalogue.reports import ReportKey
from app.reports.language import said

WORDS: dict[str, tuple[str, str]] = {
    # the ledger's state of a replacement (not a code; the stock sheet's states are)
    "ev_replaced_other": ("补齐（异型号）", "Replaced (other model)"),
    # ledger
    "ledger_title": said(ReportKey.EQUIPMENT),
    "ledger_subtitle": ("{site} · {room}", "{site} · {room}"),
    "ledger_summary": (
        "登记设备 {total} 台，其中在册 {registered} 台：在用 {in_service} 台，"
        "维修中 {under_repair} 台，"
        "损坏 {damaged} 台，遗失 {lost} 台；已补齐 {replaced} 台，已报废 {retired} 台。"
        "设备完好率 {rate}。在册设备原值合计 {value} 元。",
        "{total} devices registered, {registered} on the books: {in_service} in service, "
        "{under_repair} under repair, {damaged} damaged, {lost} lost; {replaced} replaced, "
        "{retired} retired. Intact rate {rate}. Value of the devices on the books: {value}.",
    ),
    "rule_note": (
        "依据：职工健康生活室内所有设备设施纳入工会资产管理，不得损坏和遗失；如出现损坏和遗失，"
        "应购买同型号设备补齐，费用由所在单位解决。",
        "Rule: every device of the room is a union asset and must not be damaged or lost; "
        "a damaged or lost device is replaced with the same model at the enterprise's cost.",
    ),
    "col_no": ("序号", "No."),
    "col_asset_no": said(RecordField.ASSET_NO),
    "col_name": ("名称", "Name"),
    "col_category": said(RecordField.CATEGORY),
    "col_brand_model": ("品牌 / 型号", "Brand / model"),
    "col_serial": said(RecordField.SERIAL_NO),
    "col_purchased": said(RecordField.PURCHASE_DATE),
    "col_price": said(RecordField.PRICE),
    "col_funding": said(RecordField.FUNDING),
    "col_location": ("存放地点", "Location"),
    "col_status": said(RecordField.STATUS),
    "col_next_maintenance": ("下次保养", "Next maintenance"),
    "col_next_calibration": ("下次校准", "Next calibration"),
    "col_remark": ("备注", "Remark"),
    "replaced_by": ("由 {asset_no} 补齐", "replaced by {asset_no}"),
    "replaces": ("补齐 {asset_no}", "replaces {asset_no}"),
    "due_heading": ("保养、校准与消毒提醒", "Upkeep due"),
    "due_none": ("在用设备均未到期。", "Nothing is due for the devices in service."),
    "col_kind": ("事项", "Item"),
    "col_last_done": ("上次", "Last done"),
    "col_due": ("应于", "Due"),
    "col_overdue": ("逾期天数", "Days overdue"),
    "history_heading": ("设备履历", "Device history"),
    "col_date": said(RecordField.DATE),
    "col_note": ("说明", "Note"),
    "col_cost": said(RecordField.COST),
    "col_paid_by": said(RecordField.PAID_BY),
    "col_next_due": said(RecordField.NEXT_DUE),
    "col_related": ("关联设备", "Related device"),
    "sign_admin": ("健康管理员（签字）：", "Health administrator (signature):"),
    "sign_chair": ("工会主席（签字）：", "Union chair (signature):"),
    "sheet_ledger": said(ReportKey.EQUIPMENT),
    "sheet_history": ("设备履历", "Device history"),
    "sheet_due": ("到期提醒", "Upkeep due"),
    # labels
    "labels_title": said(ReportKey.ASSET_LABELS),
    "label_model": ("型号：{model}", "Model: {model}"),
    "label_purchased": ("购置：{date}", "Bought: {date}"),
    # stock sheet
    "stock_title": said(ReportKey.STOCK_SHEET),
    "stock_subtitle": (
        "{site} · {room} · {quarter}（{since} 至 {today}）",
        "{site} · {room} · {quarter} ({since} to {today})",
    ),
    "quarter": ("{year}年第{q}季度", "{year} Q{q}"),
    "stock_summary": (
        "共 {items} 种消耗品；库存不足 {low} 种，30 天内到期 {expiring} 批，"
        "已过期待报废 {expired} 批。",
        "{items} items; {low} low on stock, {expiring} lots expire within 30 days, "
        "{expired} expired lots to discard.",
    ),
    "stock_rule": (
        "依据：合作医院每季度更换补充一次日常消耗品（药品、血糖仪试纸、电池、健康教育处方等）。",
        "Rule: the partner hospital replenishes the consumables (medicines, glucose test strips, "
        "batteries, health education prescriptions) every quarter.",
    ),
    "col_item": ("品名", "Item"),
    "col_unit": said(RecordField.UNIT),
    "col_stock": said(RecordField.STOCK),
    "col_min": ("最低库存", "Minimum"),
    "col_received": ("本季入库", "Received"),
    "col_used": ("本季领用", "Used"),
    "col_discarded": ("本季报废", "Discarded"),
    "col_last_received": ("最近补充", "Last delivery"),
    "col_state": ("状态", "State"),
    "lots_heading": ("在库批次与有效期", "Lots in stock and expiry dates"),
    "col_lot": ("批号", "Lot"),
    "col_expiry": said(RecordField.EXPIRY),
    "col_quantity": said(RecordField.QUANTITY),
    "no_lots": ("无在库批次。", "No lots in stock."),
    "sign_counted": ("盘点人：", "Counted by:"),
    "sign_checked": ("复核人：", "Checked by:"),
}
