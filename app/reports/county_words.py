"""The county report's words, Chinese and English (the PDF and its workbook)."""

from __future__ import annotations

from app.catalogue.fields import RecordField
from app.reports.language import COMMON, ReportLanguage, Words, said

RULES_ZH = (
    "评选规则：1. 全年各项指标均达标（以年度数据包为准；未报送年度数据包的，"
    "四个季度数据包齐全且各项指标均达标，“不适用”不计为未达标）；"
    "2. 全年巡检不少于2次，且无一次得分低于{pass_score}分；"
    "3. 整改事项均按期完成（无逾期未完成、无超期才完成的事项，以单位报回的完成日期为准）。"
)
RULES_EN = (
    "The rules: 1. every indicator met for the year (by the annual package; without one, all "
    'four quarterly packages present with every indicator met; "n/a" does not count '
    "against a site); 2. at least two inspections in the year, none scored below "
    "{pass_score}; 3. every rectification item closed on time (none open past its deadline, "
    "none closed after it, by the day the site reports it done)."
)

CATALOGUE: dict[str, tuple[str, str]] = {
    **COMMON,
    "title": ("{year}年度职工健康生活室县级汇总", "Staff health rooms: county summary {year}"),
    "header": ("县级汇总 · {year}", "County summary · {year}"),
    "scale": (
        "工作区共有{sites}家单位；{period}收到数据包{packages}家，未报送{missing}家。"
        "判定日期：{today}。",
        "{sites} sites in the workspace; {packages} packages for {period}, {missing} "
        "missing. Judged as on {today}.",
    ),
    "no_package": ("本年度尚无单位报送数据包。", "No site has sent a package for this year yet."),
    "small_rule": (
        "单位不超过{limit}家，本汇总附各单位明细；更多单位时明细只在工作簿中。",
        "With {limit} sites or fewer the per-site detail is printed here; with more it is "
        "in the workbook only.",
    ),
    "large_rule": (
        "单位超过{limit}家：本汇总只列合计与名单，各单位逐项明细与全部排名见同名工作簿。",
        "More than {limit} sites: this summary gives the totals and short lists; every "
        "site's figures and full ranking are in the workbook of the same name.",
    ),
    "totals": ("{period}全县合计", "County totals, {period}"),
    "indicator": said(RecordField.KEY),
    "target": said(RecordField.TARGET),
    "reporting": ("报送单位", "Reporting"),
    "applicable": ("适用单位", "Applicable"),
    "met_count": ("达标", "Met"),
    "missed_count": ("未达标", "Not met"),
    "na_count": ("不适用", "n/a"),
    "met_share": ("达标比例", "Share met"),
    "lower": ("下四分位", "Lower quartile"),
    "median": ("中位数", "Median"),
    "upper": ("上四分位", "Upper quartile"),
    "county_value": ("全县数值", "County figure"),
    "by_period": (
        "各期达标情况（达标单位/适用单位）",
        "Sites meeting each target (met / applicable)",
    ),
    "ranking": ("{period}排名：各指标前{n}名与后{n}名", "Ranking, {period}: top and bottom {n}"),
    "ranking_rule": (
        "数值相同者名次并列（如1、1、3），同名次按单位编码排列；全部单位的名次见工作簿“排名”表。",
        "Equal figures share a rank (1, 1, 3); within a rank, by site code. Every site's rank "
        "is in the workbook's Ranking sheet.",
    ),
    "top": ("前{n}名", "Top {n}"),
    "bottom": ("后{n}名", "Bottom {n}"),
    "entry": ("{name} {value}（第{rank}名）", "{name} {value} (#{rank})"),
    "tied": ("并列第{rank}名共{count}家", "{count} sites share rank {rank}"),
    "attention": ("需关注单位", "Sites needing attention"),
    "attention.missing_package": ("{period}未报送数据包", "No package for {period}"),
    "attention.inspection_due": ("本年巡检尚未达到要求", "Inspections still due this year"),
    "attention.overdue_item": ("整改事项逾期未完成", "Rectification items overdue"),
    "attention.missed_twice": (
        "连续两个季度未达标（{first}、{second}）",
        "An indicator missed two quarters running ({first}, {second})",
    ),
    "site_missed": ("{name}（{count}项）", "{name} ({count})"),
    "by_indicator": ("其中按指标：{counts}", "By indicator: {counts}"),
    "count_line": ("{what}（{count}家）：{names}", "{what} ({count}): {names}"),
    "more": (
        "……等共{count}家（完整名单见工作簿“需关注单位”表）",
        "… {count} in all (the full list is in the workbook's Attention sheet)",
    ),
    "more_commended": (
        "……等共{count}家（完整名单见工作簿“表彰候选”表）",
        "… {count} in all (the full list is in the workbook's Commendation sheet)",
    ),
    "none": ("无。", "None."),
    "none_line": ("{what}：无。", "{what}: none."),
    "site_due": ("{name}（尚需{needed}次）", "{name} ({needed} more)"),
    "site_no_package": ("{name}（未报送）", "{name} (no package)"),
    "all_sent": (
        "已结束的期间各单位均已报送。",
        "Every site sent its package for the periods over.",
    ),
    "due_detail": ("尚需{needed}次", "{needed} more"),
    "overdue_detail": ("{count}项", "{count} items"),
    "commendation": ("表彰候选名单", "Commendation shortlist"),
    "rules": (RULES_ZH, RULES_EN),
    "chosen": ("入选（{count}家）：{names}", "Shortlisted ({count}): {names}"),
    "left_off": ("未入选{count}家，其中：{reasons}", "{count} not shortlisted: {reasons}"),
    "reason_count": ("{reason}（{count}家）", "{reason} ({count})"),
    "list_sep": ("、", ", "),
    "detail": ("{period}各单位指标对照", "Figures by site, {period}"),
    "site": ("单位", "Site"),
    "site_code": ("单位编码", "Site code"),
    "no_package_mark": ("未报送", "no package"),
    "replaced": ("（第{sequence}次报送，替换第{old}次）", " (package {sequence}, replacing {old})"),
    "inspections": ("巡检督查情况", "Inspections"),
    "too_few": ("（{count}次，不足2次）", " ({count}, fewer than 2)"),
    "no_deadline": ("无期限", "no deadline"),
    "item": ("{what}（{deadline}，{state}）", "{what} ({deadline}, {state})"),
    # The workbook
    "sheet.totals": ("全县合计", "Totals"),
    "sheet.by_period": ("各期达标", "Met by period"),
    "sheet.ranking": ("排名", "Ranking"),
    "sheet.figures": ("指标 {period}", "Figures {period}"),
    "sheet.attention": ("需关注单位", "Attention"),
    "sheet.commendation": ("表彰候选", "Commendation"),
    "sheet.inspections": ("巡检", "Inspections"),
    "sequence": said(RecordField.SEQUENCE),
    "note": ("说明", "Note"),
    "replaced_note": ("替换第{old}次报送", "replaces package {old}"),
    "period": said(RecordField.PERIOD),
    "category": said(RecordField.CATEGORY),
    "rank_title": (
        "{period}各单位各指标名次（1为最好，数值相同者并列；参与排名的单位数见“全县合计”表的适用单位）",
        "Each site's rank per indicator, {period} (1 is best, equal figures share a rank; the "
        "sites ranked are the Totals sheet's Applicable)",
    ),
    "totals_title": ("{period}全县合计", "County totals, {period}"),
    "by_period_title": ("{year}年各期达标单位数/适用单位数", "Sites met / applicable, {year}"),
    "figures_title": ("{period} 各单位指标对照", "Every site's figures, {period}"),
    "commendation_title": ("{year}年度表彰候选名单", "Commendation shortlist {year}"),
    "inspections_title": ("{year}年度巡检督查情况", "Inspections {year}"),
    "attention_title": (
        "需关注单位（判定日期：{today}）",
        "Sites needing attention (as on {today})",
    ),
    "result": ("结果", "Result"),
    "reasons": ("未入选原因", "Why not"),
    "shortlisted": ("入选", "shortlisted"),
    "not_shortlisted": ("未入选", "not shortlisted"),
    "date": said(RecordField.DATE),
    "source": ("来源", "By"),
    "inspectors": ("检查人", "Inspectors"),
    "score": ("得分", "Score"),
    "findings": ("发现问题", "Findings"),
    "items": ("整改事项（期限，状态）", "Rectification items (deadline, state)"),
}


def county_words(language: ReportLanguage = ReportLanguage.ZH) -> Words:
    return Words(CATALOGUE, language)
