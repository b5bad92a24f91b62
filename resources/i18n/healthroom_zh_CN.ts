<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>About HealthRoom Ledger</source>
        <translation>关于健康小屋台账</translation>
    </message>
    <message>
        <source>HealthRoom Ledger</source>
        <translation>健康小屋台账</translation>
    </message>
    <message>
        <source>The offline register of an enterprise's staff health room: equipment, open hours, usage register with readings, staff health files and lectures.</source>
        <translation>企业职工健康生活室的离线台账：设备设施、开放时间、使用登记与检测结果、职工健康档案和健康讲座。</translation>
    </message>
    <message>
        <source>Chinese font: WenQuanYi Micro Hei (Apache License 2.0).</source>
        <translation>中文字体：文泉驿微米黑（Apache 2.0 许可）。</translation>
    </message>
</context>
<context>
    <name>AccountListDialog</name>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Five wrong passwords in a row: the account is locked until %1. Try again then, or ask the union chair.</source>
        <translation>连续 5 次密码错误：账户已锁定到 %1。请到时再试，或联系工会主席。</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the union chair.</source>
        <translation>这个账户已被停用，请联系工会主席。</translation>
    </message>
    <message>
        <source>Wrong user name or password. Five wrong passwords in a row lock an account for ten minutes.</source>
        <translation>用户名或密码错误。连续输错 5 次密码，账户将锁定 10 分钟。</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Activities &amp; sign-in</source>
        <translation>活动与签到</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参与率</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>来宾</translation>
    </message>
    <message>
        <source>Partner hospital</source>
        <translation>合作医院</translation>
    </message>
    <message>
        <source>Delete “%1” on %2?</source>
        <translation>删除 %2 的“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>Its %n sign-in(s) are deleted with it.</source>
        <translation>
            <numerusform>其 %n 条签到记录将一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Sign-in sheet %1 %2.pdf</source>
        <translation>签到表 %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>保存签到表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the sign-in sheet…</source>
        <translation>正在生成签到表…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>ActivitiesToolbar</name>
    <message>
        <source>New activity…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Sign-in…</source>
        <translation>签到…</translation>
    </message>
    <message>
        <source>Sign-in sheet PDF…</source>
        <translation>签到表 PDF…</translation>
    </message>
    <message>
        <source>with barcodes</source>
        <translation>附条码</translation>
    </message>
    <message>
        <source>Notices…</source>
        <translation>活动通知…</translation>
    </message>
    <message>
        <source>Annual plan…</source>
        <translation>年度计划…</translation>
    </message>
    <message>
        <source>Outreach…</source>
        <translation>未参加讲座名单…</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>(not in the plan)</source>
        <translation>（计划外）</translation>
    </message>
    <message>
        <source>Q%1: %2</source>
        <translation>第%1季度：%2</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>请填写标题。</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Tick at least one department, or choose all staff as the target group.</source>
        <translation>请至少勾选一个部门，或选择全体职工为参加对象。</translation>
    </message>
    <message>
        <source>Tick what the partner hospital came for: it is recorded as a hospital visit.</source>
        <translation>请勾选合作医院的服务内容：将记为一次合作医院到场服务。</translation>
    </message>
    <message>
        <source>Something chosen here was deleted meanwhile. Close and open the editor again.</source>
        <translation>所选内容已被删除，请关闭后重新打开编辑窗口。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Partner hospital or other organisation</source>
        <translation>合作医院或其他单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>no end time</source>
        <translation>不设结束时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In the annual plan as</source>
        <translation>对应年度计划</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>参加对象</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全体职工</translation>
    </message>
    <message>
        <source>Chosen departments</source>
        <translation>指定部门</translation>
    </message>
    <message>
        <source>Partner-hospital visit (counts toward the quarterly hospital visits)</source>
        <translation>合作医院到场服务（计入每季度合作医院服务次数）</translation>
    </message>
    <message>
        <source>Experts who came</source>
        <translation>到场专家</translation>
    </message>
    <message>
        <source>e.g. Dr Zhang Jianguo, Nurse Wang Fang</source>
        <translation>如：张建国 主任医师、王芳 护士</translation>
    </message>
    <message>
        <source>For</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>Health data collection</source>
        <translation>健康数据采集</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>健康宣传</translation>
    </message>
    <message>
        <source>Free clinic</source>
        <translation>义诊</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>健康咨询</translation>
    </message>
</context>
<context>
    <name>ActivityWords</name>
    <message>
        <source>Could not save %1: %2 Choose another folder and try again.</source>
        <translation>无法保存 %1：%2请换一个文件夹再试。</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 / %2 人（%3 %）</translation>
    </message>
    <message>
        <source>No one in the target group on this date: the rate does not apply.</source>
        <translation>该日期没有在册的参加对象，参与率不适用。</translation>
    </message>
    <message numerus="yes">
        <source>%n more needed for %1 %</source>
        <translation>
            <numerusform>还需 %n 人达到 %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % reached</source>
        <translation>已达到 %1 %</translation>
    </message>
</context>
<context>
    <name>AssetLabelsDialog</name>
    <message>
        <source>A4, 24 labels (3 × 8, 70 × 37 mm)</source>
        <translation>A4 24 枚（3 × 8，70 × 37 mm）</translation>
    </message>
    <message>
        <source>A4, 21 labels (3 × 7, 63.5 × 38.1 mm)</source>
        <translation>A4 21 枚（3 × 7，63.5 × 38.1 mm）</translation>
    </message>
    <message>
        <source>Print asset labels</source>
        <translation>打印设备资产标签</translation>
    </message>
    <message>
        <source>Each label shows the asset no., its QR code, the name and the model, for self-adhesive A4 label paper. Print at 100 % (no “fit to page”).</source>
        <translation>每枚标签印有资产编号及其二维码、设备名称和型号，适用于 A4 不干胶标签纸。请按 100% 比例打印（不要选“适合页面”）。</translation>
    </message>
    <message numerus="yes">
        <source>The %n device(s) selected in the list</source>
        <translation>
            <numerusform>列表中选中的 %n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n device(s) in the room</source>
        <translation>
            <numerusform>生活室内全部 %n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n 枚标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n 张标签纸</numerusform>
        </translation>
    </message>
    <message>
        <source>positions 1–%1 stay empty</source>
        <translation>第 1–%1 枚空出不打印</translation>
    </message>
</context>
<context>
    <name>AssetLabelsForm</name>
    <message>
        <source>Which devices</source>
        <translation>打印哪些设备</translation>
    </message>
    <message>
        <source>Label paper</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <source>Start at label no.</source>
        <translation>从第几枚标签开始</translation>
    </message>
    <message>
        <source>On a part-used sheet, click the first free label in the picture; the labels before it stay empty.</source>
        <translation>标签纸已用过一部分时，在右图中点击第一枚空白标签；它之前的标签位置空出不打印。</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>Select an entry to see what changed (health values are never shown).</source>
        <translation>选择一条记录查看改动内容（健康数值一律不显示）。</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>哪条记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Hash chain intact: %1 entries, none edited or deleted.</source>
        <translation>哈希链完整：共 %1 条，没有被修改或删除。</translation>
    </message>
    <message>
        <source>The hash chain is broken at entry %1: an entry was edited or deleted outside the program.</source>
        <translation>哈希链在第 %1 条断开：有记录在程序之外被修改或删除。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>(hidden: health data)</source>
        <translation>（已隐藏：健康数据）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>其他记录</translation>
    </message>
    <message>
        <source>the program itself</source>
        <translation>程序本身</translation>
    </message>
    <message>
        <source>Review result no. %1</source>
        <translation>第 %1 号县级审核结果</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>指纹 %1</translation>
    </message>
    <message>
        <source>Record no. %1</source>
        <translation>第 %1 号记录</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4</source>
        <translation>%1：%2 %3 %4</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up to a folder or USB stick</source>
        <translation>备份到文件夹或U盘</translation>
    </message>
    <message>
        <source>The backup was written and checked:
%1

Keep the file ending in .keys beside it: the backup is encrypted.</source>
        <translation>备份已写入并检查完毕：
%1

备份是加密的，请把以 .keys 结尾的文件和它放在一起保管。</translation>
    </message>
    <message>
        <source>The backup was written and checked:
%1</source>
        <translation>备份已写入并检查完毕：
%1</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>The backup could not be written: %1
Check that the folder or USB stick is writable and has room. Nothing was left half-written.</source>
        <translation>无法写入备份：%1
请检查文件夹或U盘是否可写、空间是否足够。没有留下写了一半的文件。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups (*.db)</source>
        <translation>备份 (*.db)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The register was restored. The state before the restore was saved first as:
%1</source>
        <translation>台账已恢复。恢复前的状态已先保存为：
%1</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>不能恢复这个文件</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>New password for %1.</source>
        <translation>为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
</context>
<context>
    <name>CheckupImportDialog</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Matching people and grading results…</source>
        <translation>正在匹配人员并判定结果…</translation>
    </message>
    <message>
        <source>Saving to the health files…</source>
        <translation>正在写入健康档案…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Check-up date</source>
        <translation>体检日期</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Abnormal results</source>
        <translation>异常结果</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>统计方式</translation>
    </message>
    <message>
        <source>Item or department</source>
        <translation>项目或部门</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Which column holds what? The guess is filled in; change any column with its drop-down. Name and check-up date are needed, and one of ID number, employee no. or birth date to find the person. The mapping you import with is remembered for files with the same headings.</source>
        <translation>每一列是什么？已按表头自动识别，可用下拉框修改。姓名和体检日期必须有，另需身份证号、工号或出生日期之一用于找到本人。导入时使用的列映射会被记住，下次表头相同的文件自动沿用。</translation>
    </message>
    <message>
        <source>Choose the check-up results file</source>
        <translation>选择体检结果文件</translation>
    </message>
    <message>
        <source>Checking the check-up results</source>
        <translation>正在检查体检结果</translation>
    </message>
    <message>
        <source>Importing the check-up results</source>
        <translation>正在导入体检结果</translation>
    </message>
    <message>
        <source>Imported: the check-up results of %1 people. %2 row(s) left out.</source>
        <translation>已导入 %1 人的体检结果，%2 行未导入。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Check-ups (%1)</source>
        <translation>体检记录 (%1)</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>异常发现 (%1)</translation>
    </message>
    <message>
        <source>%1 new check-up(s), %2 replaced, %3 already imported; %4 row(s) left out.</source>
        <translation>新增体检记录 %1 条，替换 %2 条，已导入过 %3 条；%4 行不导入。</translation>
    </message>
    <message>
        <source>No errors. Press Import to save the results to the health files.</source>
        <translation>没有错误。点击“导入”将结果写入健康档案。</translation>
    </message>
    <message>
        <source>The rows left out are listed under Problems: correct them in the file and check again, or press Import to save the others.</source>
        <translation>不导入的行列在“问题”页：可在文件中改正后重新检查，或点击“导入”先导入其余各行。</translation>
    </message>
    <message>
        <source>These results are already imported: nothing to import.</source>
        <translation>这些体检结果已全部导入过，无需再导入。</translation>
    </message>
    <message>
        <source>Import check-up results</source>
        <translation>导入体检结果</translation>
    </message>
    <message>
        <source>Choose the check-up results the partner hospital sent (Excel, WPS, LibreOffice or a .csv/.txt file, one row per person). It is checked first and nothing is written until you press Import. People are found by ID number, then employee no., then name and birth date; rows that match nobody or several people are listed and left out.</source>
        <translation>选择合作医院提供的体检结果（Excel、WPS、LibreOffice 或 .csv/.txt 文件，每人一行）。先检查，点击“导入”前不写入任何数据。按身份证号、其次工号、再次姓名+出生日期找到本人；对不上或对上多人的行会列出并不导入。</translation>
    </message>
    <message>
        <source>Check-up results file (.xlsx .xls .et .ods .csv .txt)</source>
        <translation>体检结果文件（.xlsx .xls .et .ods .csv .txt）</translation>
    </message>
    <message>
        <source>Check-ups</source>
        <translation>体检记录</translation>
    </message>
</context>
<context>
    <name>CloseDatesDialog</name>
    <message>
        <source>New Year's Day holiday</source>
        <translation>元旦放假</translation>
    </message>
    <message>
        <source>Spring Festival holiday</source>
        <translation>春节放假</translation>
    </message>
    <message>
        <source>Qingming Festival holiday</source>
        <translation>清明节放假</translation>
    </message>
    <message>
        <source>Labour Day holiday</source>
        <translation>劳动节放假</translation>
    </message>
    <message>
        <source>Dragon Boat Festival holiday</source>
        <translation>端午节放假</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival holiday</source>
        <translation>中秋节放假</translation>
    </message>
    <message>
        <source>National Day holiday</source>
        <translation>国庆节放假</translation>
    </message>
    <message>
        <source>Administrator on training</source>
        <translation>管理员外出培训</translation>
    </message>
    <message>
        <source>Equipment maintenance</source>
        <translation>设备维护</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>选择或输入原因</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) closed</source>
        <translation>
            <numerusform>闭室 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n of them would otherwise be open.</source>
        <translation>
            <numerusform>；其中 %n 天原本应开放。</numerusform>
        </translation>
    </message>
    <message>
        <source> Closures or special hours already entered there are replaced.</source>
        <translation>这些日期已录入的闭室或特殊开放时间将被替换。</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>设置闭室</translation>
    </message>
    <message>
        <source>Close the room on one day or on every day of a range (a holiday, a training week). Holidays are not built in: enter them here.</source>
        <translation>在某一天或某段日期内闭室（如节假日、培训周）。软件不内置节假日，请在此录入。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
</context>
<context>
    <name>CloseItemDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Rectification done</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>整改措施</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>把握</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>ConsumableDialog</name>
    <message>
        <source>New consumable item</source>
        <translation>新增消耗品</translation>
    </message>
    <message>
        <source>Below the minimum stock the item is shown as low, in red.</source>
        <translation>库存低于最低库存时，以红色标示为库存不足。</translation>
    </message>
    <message>
        <source>Edit consumable item</source>
        <translation>修改消耗品信息</translation>
    </message>
    <message>
        <source>Correct the name, kind, unit or minimum of %1. The stock (%2) changes only by receiving, using or discarding.</source>
        <translation>修改“%1”的名称、类别、单位或最低库存。库存（%2）只能通过入库、领用或报废变动。</translation>
    </message>
</context>
<context>
    <name>ConsumableForm</name>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit *</source>
        <translation>单位 *</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>最低库存</translation>
    </message>
</context>
<context>
    <name>ConsumablesPanel</name>
    <message>
        <source>Low stock: %1</source>
        <translation>库存不足：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) expire within 30 days</source>
        <translation>
            <numerusform>%n 批 30 天内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired lot(s) to discard</source>
        <translation>
            <numerusform>%n 批已过期，待报废</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an item to see its lots and movements.</source>
        <translation>选择一种消耗品查看批次和出入库记录。</translation>
    </message>
    <message>
        <source>Choose an item in the list first.</source>
        <translation>请先在列表中选择一种消耗品。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有改动。</translation>
    </message>
    <message>
        <source>Saved: the usage register uses these consumables from now on.</source>
        <translation>已保存：今后使用登记表按此扣减消耗品。</translation>
    </message>
    <message>
        <source>%1: %2 now in stock.</source>
        <translation>%1：现有库存 %2。</translation>
    </message>
    <message>
        <source>Save the stock sheet</source>
        <translation>保存库存表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Stock sheet</source>
        <translation>消耗品库存表</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>County</name>
    <message>
        <source>fewer than 2 inspections — flagged</source>
        <translation>不足2次——需督促</translation>
    </message>
    <message>
        <source>at least 2 inspections</source>
        <translation>已达2次</translation>
    </message>
</context>
<context>
    <name>CountyAccountEditDialog</name>
    <message>
        <source>New county account</source>
        <translation>新建县级账户</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>设置新密码</translation>
    </message>
</context>
<context>
    <name>CountyAccountsDialog</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Reviewers' accounts</source>
        <translation>审核人员账户</translation>
    </message>
    <message>
        <source>Everyone who works in this county workspace has an account of their own. Reviewers import, record inspections and print; county administrators also manage the accounts, read everyone's access log and accept a site's new key.</source>
        <translation>在本县级工作区工作的每个人都有自己的账户。审核人员导入数据包、记录巡检和打印；县级管理员还管理账户、查看所有人的访问日志，并可接受单位的新密钥。</translation>
    </message>
</context>
<context>
    <name>CountyFigures</name>
    <message>
        <source>No package — not sent</source>
        <translation>未报送数据包</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 次</translation>
    </message>
    <message>
        <source>(replaces no. %1)</source>
        <translation>（替换第 %1 次）</translation>
    </message>
    <message>
        <source>%1: %2%3, target %4 — %5</source>
        <translation>%1：%2%3，目标 %4——%5</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
</context>
<context>
    <name>CountyInspectionDialog</name>
    <message>
        <source>Enter who inspected (at least one name).</source>
        <translation>请填写检查人（至少一人）。</translation>
    </message>
    <message>
        <source>The score must be between 0 and 100.</source>
        <translation>得分须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>Rectification item %1: describe what must be put right.</source>
        <translation>整改事项 %1：请写明需要整改的内容。</translation>
    </message>
    <message>
        <source>Rectification item %1: the deadline is before the inspection date.</source>
        <translation>整改事项 %1：整改期限早于检查日期。</translation>
    </message>
    <message>
        <source>The site is not in this workspace.</source>
        <translation>该单位不在本工作区中。</translation>
    </message>
    <message>
        <source>This inspection was deleted meanwhile.</source>
        <translation>该次巡检记录已被删除。</translation>
    </message>
    <message>
        <source>Add an inspection</source>
        <translation>新增巡检记录</translation>
    </message>
    <message>
        <source>Edit the inspection</source>
        <translation>修改巡检记录</translation>
    </message>
    <message>
        <source>Rectification items (double-click a cell to edit; tick when done)</source>
        <translation>整改事项（双击单元格修改；完成后勾选）</translation>
    </message>
</context>
<context>
    <name>CountyOpen</name>
    <message>
        <source>Open or create a county workspace</source>
        <translation>打开或新建县级工作区</translation>
    </message>
    <message>
        <source>County workspace (*.db)</source>
        <translation>县级工作区 (*.db)</translation>
    </message>
    <message>
        <source>Open a shared workspace on a server</source>
        <translation>打开服务器上的共用工作区</translation>
    </message>
    <message>
        <source>The workspace's address on the union's PostgreSQL server (postgresql://user@server/database):</source>
        <translation>工作区在工会 PostgreSQL 服务器上的地址（postgresql://用户@服务器/数据库）：</translation>
    </message>
    <message>
        <source>%1 is not a server address. Write it as %2.</source>
        <translation>%1 不是服务器地址。请写成 %2 这样的形式。</translation>
    </message>
    <message>
        <source>County workspace — sign in</source>
        <translation>县级工作区——登录</translation>
    </message>
    <message>
        <source>Sign in to the county workspace</source>
        <translation>登录县级工作区</translation>
    </message>
    <message>
        <source>The workspace holds many sites' data. Sign in with your county account; what you do is recorded in its access log.</source>
        <translation>工作区保存着许多单位的数据。请用您的县级账户登录；您的操作会记入访问日志。</translation>
    </message>
    <message>
        <source>New county workspace — first administrator</source>
        <translation>新县级工作区——第一个管理员</translation>
    </message>
    <message>
        <source>This workspace has no accounts yet. Create the county administrator's account first: it creates the reviewers' accounts and reads the access log.</source>
        <translation>这个工作区还没有账户。请先建立县级管理员的账户：由管理员建立审核人员的账户并查看访问日志。</translation>
    </message>
    <message>
        <source>County workspace</source>
        <translation>县级工作区</translation>
    </message>
    <message>
        <source>The county workspace %1 could not be opened:
%2</source>
        <translation>无法打开县级工作区 %1：
%2</translation>
    </message>
</context>
<context>
    <name>CountyPasswordDialog</name>
    <message>
        <source>New password for %1.</source>
        <translation>为 %1 设置新密码。</translation>
    </message>
</context>
<context>
    <name>CountySummary</name>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>shortlisted</source>
        <translation>入选</translation>
    </message>
    <message>
        <source>not shortlisted</source>
        <translation>未入选</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Totals, ranking and shortlist…</source>
        <translation>正在计算汇总、排名和表彰候选名单…</translation>
    </message>
    <message>
        <source>No site sent a package for this year yet.</source>
        <translation>本年度尚无单位报送数据包。</translation>
    </message>
    <message>
        <source>Totals and ranking of %1 (the year's latest period with packages).</source>
        <translation>%1的汇总和排名（本年度有数据包的最近一期）。</translation>
    </message>
    <message>
        <source>Ranking: %1</source>
        <translation>排名：%1</translation>
    </message>
    <message>
        <source>Commendation shortlist: %1 of %2 sites</source>
        <translation>表彰候选名单：%2 个单位中 %1 个入选</translation>
    </message>
    <message>
        <source>Still due an inspection this year (inspections so far): %1</source>
        <translation>本年度尚需巡检的单位（括号内为已巡检次数）：%1</translation>
    </message>
    <message>
        <source>Every site had its inspections this year.</source>
        <translation>各单位本年度巡检均已完成。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>County</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>单位数</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标单位</translation>
    </message>
    <message>
        <source>Met share</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>未入选原因</translation>
    </message>
</context>
<context>
    <name>CountySummaryPanel</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>County totals per indicator (choose one to see the ranking)</source>
        <translation>全县各项指标汇总（选择一项查看排名）</translation>
    </message>
    <message>
        <source>Commendation shortlist</source>
        <translation>表彰候选名单</translation>
    </message>
    <message>
        <source>Rules: every indicator met for the year; at least 2 inspections, none scored below 80; every rectification item closed by its deadline.</source>
        <translation>评选规则：全年各项指标均达标；全年巡检不少于2次且无一次低于80分；整改事项均按期完成。</translation>
    </message>
</context>
<context>
    <name>CountyWindow</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Key pinned</source>
        <translation>密钥登记时间</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>数据包数</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation>最近一期</translation>
    </message>
    <message>
        <source>Inspections this year</source>
        <translation>本年巡检次数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Rectification items (deadline, state)</source>
        <translation>整改事项（期限，状态）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>途径</translation>
    </message>
    <message>
        <source>Writing the county summary…</source>
        <translation>正在生成县级汇总…</translation>
    </message>
    <message>
        <source>County workspace — %1</source>
        <translation>县级工作区——%1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>not yet met, period running</source>
        <translation>尚未达标（本期未结束）</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>No packages yet: import the packages the sites sent.</source>
        <translation>尚无数据包：请导入各单位报送的数据包。</translation>
    </message>
    <message>
        <source>%1 of %2 sites sent no package for this period: %3.</source>
        <translation>%2 家单位中有 %1 家未报送本期数据包：%3。</translation>
    </message>
    <message>
        <source>%1: package no. %2 replaced the older no. %3.</source>
        <translation>%1：第 %2 次报送已替换较早的第 %3 次。</translation>
    </message>
    <message>
        <source>Every site sent its package for this period.</source>
        <translation>各单位均已报送本期数据包。</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation>数据包 (*.zip)</translation>
    </message>
    <message>
        <source>Import from a USB drive</source>
        <translation>从U盘导入</translation>
    </message>
    <message>
        <source>No USB drive was found. Insert the stick and try again, or choose the files with Import packages….</source>
        <translation>未找到U盘。请插入U盘后重试，或用“导入数据包…”选择文件。</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>U盘</translation>
    </message>
    <message>
        <source>There are no packages (.zip files) on %1.</source>
        <translation>%1 上没有数据包（.zip 文件）。</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation>正在校验并导入 %1…</translation>
    </message>
    <message>
        <source>The site's key has changed</source>
        <translation>单位的签名密钥已变更</translation>
    </message>
    <message>
        <source>The package %1 of site %2 is signed by another key than the one pinned on the site's first import (pinned %3, this package %4). Only a county administrator may accept a site's new key: ask them to import it.</source>
        <translation>单位 %2 的数据包 %1 的签名密钥与首次导入时固定的不同（固定的 %3，本数据包 %4）。只有县级管理员可以接受单位的新密钥：请由管理员导入。</translation>
    </message>
    <message>
        <source>The package %1 of site %2 is signed by another key than the one pinned on the site's first import.

Pinned key:  %3
This package:  %4

Accept the new key only if the site's technician has read you this new fingerprint on the phone (a new computer, or a site set up again). Otherwise the package may not come from the site. Accept the new key and import the package?</source>
        <translation>单位 %2 的数据包 %1 所用的签名密钥与首次导入时登记的不同。

已登记密钥：  %3
本数据包：  %4

只有在该单位的技术人员已在电话中向您念过这个新指纹（更换了电脑或重新建立了单位）时，才可接受新密钥；否则该数据包可能并非来自该单位。接受新密钥并导入吗？</translation>
    </message>
    <message>
        <source>A new site's key</source>
        <translation>新单位的签名密钥</translation>
    </message>
    <message>
        <source>The package %1 is the first from site %2. Its signing key has the fingerprint:

%3

Ask the site's technician to read you the fingerprint shown on its Data exchange page. Trust this key (and import the package) only if the two are the same.</source>
        <translation>数据包 %1 是单位 %2 的第一个数据包，其签名密钥指纹为：

%3

请该单位的技术员把“数据交换”页上显示的指纹读给您听。只有两者完全一致时，才信任此密钥并导入数据包。</translation>
    </message>
    <message>
        <source>County report</source>
        <translation>县级汇总</translation>
    </message>
    <message>
        <source>The report could not be written to %1 (%2). Nothing was left under its name.</source>
        <translation>汇总无法写入 %1（%2），未留下该文件。</translation>
    </message>
    <message>
        <source>Edit inspection</source>
        <translation>修改巡检记录</translation>
    </message>
    <message>
        <source>Delete inspection</source>
        <translation>删除巡检记录</translation>
    </message>
    <message>
        <source>Delete the county's inspection of %1 on %2, with its rectification items? This is recorded in the access log.</source>
        <translation>删除县级对%1于 %2 的巡检记录及其整改事项吗？此操作会记入访问记录。</translation>
    </message>
    <message>
        <source>Choose one of the county's inspections.</source>
        <translation>请选择一条县级巡检记录。</translation>
    </message>
    <message>
        <source>This inspection was reported by the site in its package; it can be changed only there. Add the county's own record instead.</source>
        <translation>这条巡检由单位在数据包中报送，只能在单位修改。请另行添加县级记录。</translation>
    </message>
    <message>
        <source>Add inspection</source>
        <translation>新增巡检</translation>
    </message>
    <message>
        <source>Import a site's package first, then choose the site.</source>
        <translation>请先导入单位的数据包，再选择单位。</translation>
    </message>
    <message>
        <source>Where to write the review result (the USB stick)</source>
        <translation>审核反馈文件保存位置（U盘）</translation>
    </message>
    <message>
        <source>Review result</source>
        <translation>审核反馈</translation>
    </message>
    <message>
        <source>Choose a site in the list first.</source>
        <translation>请先在列表中选择单位。</translation>
    </message>
    <message>
        <source>Review result no. %1 was written and checked:
%2

%3 inspection(s), %4 rectification item(s), %5 still open.

The county's key fingerprint, for the site's first import: %6</source>
        <translation>第 %1 号审核反馈文件已写入并校验：
%2

巡检 %3 次，%4 项整改事项，其中 %5 项未完成。

县级密钥指纹（供单位首次导入时核对）：%6</translation>
    </message>
    <message>
        <source>The review result could not be written to %1: %2</source>
        <translation>审核反馈文件无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was left under its name.</source>
        <translation>未留下该名称的文件。</translation>
    </message>
    <message>
        <source>The site is not in this workspace.</source>
        <translation>工作区中没有这个单位。</translation>
    </message>
    <message>
        <source>Comment (sent to the site with its next review result):</source>
        <translation>意见（随下一个审核反馈文件发给单位）：</translation>
    </message>
    <message>
        <source>Comment on the package</source>
        <translation>对数据包提意见</translation>
    </message>
    <message>
        <source>Choose a site whose package of this period was imported.</source>
        <translation>请选择已导入本期数据包的单位。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Writing the county workbook…</source>
        <translation>正在写入县级汇总工作簿…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Save the county report</source>
        <translation>保存县级汇总</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1 and %2</source>
        <translation>已保存 %1 和 %2</translation>
    </message>
    <message>
        <source>County workspace</source>
        <translation>县级工作区</translation>
    </message>
    <message>
        <source>Import packages…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <source>Import from a USB drive…</source>
        <translation>从U盘导入…</translation>
    </message>
    <message>
        <source>County report…</source>
        <translation>县级汇总…</translation>
    </message>
    <message>
        <source>The signed packages the sites' technicians bring on USB sticks. Every package is checked (signature and hashes) before anything of it is read.</source>
        <translation>各单位技术人员用U盘送来的签名数据包。每个数据包在读取任何内容之前都先校验签名和校验值。</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Comment on the package…</source>
        <translation>对数据包提意见…</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>巡检督查</translation>
    </message>
    <message>
        <source>Add inspection…</source>
        <translation>新增巡检…</translation>
    </message>
    <message>
        <source>Edit inspection…</source>
        <translation>修改巡检…</translation>
    </message>
    <message>
        <source>Delete inspection…</source>
        <translation>删除巡检…</translation>
    </message>
    <message>
        <source>Review result for the site…</source>
        <translation>生成单位审核反馈…</translation>
    </message>
    <message>
        <source>Write the signed file that takes the county's inspections, rectification items, comments and commendation back to the site (on a USB stick)</source>
        <translation>生成带签名的反馈文件，把县级巡检、整改事项、意见和表彰结果带回单位（用U盘）</translation>
    </message>
    <message>
        <source>Sites and keys</source>
        <translation>单位与密钥</translation>
    </message>
    <message>
        <source>Each site's signing key is pinned on its first import. Compare the fingerprint with the one the site's technician reads from the site's Data exchange page.</source>
        <translation>每家单位的签名密钥在首次导入时登记。请与单位技术人员从其“数据交换”页面念出的指纹核对。</translation>
    </message>
    <message>
        <source>Make a new county key…</source>
        <translation>生成新的县级密钥…</translation>
    </message>
    <message>
        <source>Replace the county's key that signs the review results (county administrators only)</source>
        <translation>更换签署审核反馈文件的县级密钥（仅限县级管理员）</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>访问记录</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open another county workspace…</source>
        <translation>打开其他县级工作区…</translation>
    </message>
    <message>
        <source>Open a shared workspace on a server…</source>
        <translation>打开服务器上的共用工作区…</translation>
    </message>
    <message>
        <source>Reviewers' accounts…</source>
        <translation>审核人员账户…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Guide for reviewers</source>
        <translation>审核人员使用手册(&amp;G)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About HealthRoom Ledger</source>
        <translation>关于健康小屋台账(&amp;A)</translation>
    </message>
    <message>
        <source>The county's own key, which signs the review results sent to the sites: %1. Read it to a site's administrator on the phone before their first import.</source>
        <translation>县级签名密钥（用于签署发给各单位的审核反馈文件）：%1。单位首次导入前，请电话向其管理员读出此指纹。</translation>
    </message>
    <message>
        <source>The county's own key is made with the first review result for a site.</source>
        <translation>县级签名密钥将在为单位生成第一个审核反馈文件时建立。</translation>
    </message>
    <message>
        <source>Make a new county key</source>
        <translation>生成新的县级密钥</translation>
    </message>
    <message>
        <source>Make a new key to sign the review results sent to the sites?

From now on every review result is signed with the new key. Each site is asked to confirm the new key's fingerprint on its first import of such a file: read it to the site's administrator on the phone. Files the sites already hold from the old key stay valid there until they retire the old key. The old key cannot be brought back.</source>
        <translation>要生成新的密钥来签署发给各单位的审核反馈文件吗？

此后所有审核反馈文件都用新密钥签名。各单位首次导入这样的文件时，会被要求核对新密钥的指纹：请电话向单位管理员读出。各单位手中旧密钥签名的文件仍然有效，直到单位停用旧密钥。旧密钥无法恢复。</translation>
    </message>
    <message>
        <source>Only a county administrator may make a new county key.</source>
        <translation>只有县级管理员可以生成新的县级密钥。</translation>
    </message>
    <message>
        <source>The new county key's fingerprint is %1 (the old one was %2).

Read it to each site's administrator on the phone when they first import a review result signed with it.</source>
        <translation>新的县级密钥指纹为 %1（原指纹 %2）。

各单位首次导入用它签名的审核反馈文件时，请电话向其管理员读出此指纹。</translation>
    </message>
</context>
<context>
    <name>CreateChairDialog</name>
    <message>
        <source>Welcome to HealthRoom Ledger</source>
        <translation>欢迎使用健康小屋台账</translation>
    </message>
    <message>
        <source>First, the union chair's account. The union chair is the first responsible person: this account creates the accounts of the health administrator and the technician. The database will be encrypted; the password opens it.</source>
        <translation>首先创建工会主席的账户。工会主席是第一责任人：由这个账户为健康管理员和技术员创建账户。数据库将被加密，用密码才能打开。</translation>
    </message>
    <message>
        <source>User name *</source>
        <translation>用户名 *</translation>
    </message>
    <message>
        <source>for example chair</source>
        <translation>例如 chair</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password *</source>
        <translation>密码 *</translation>
    </message>
    <message>
        <source>Password again *</source>
        <translation>再次输入密码 *</translation>
    </message>
    <message>
        <source>At least 8 characters, not only digits.</source>
        <translation>至少 8 个字符，不能只有数字。</translation>
    </message>
    <message>
        <source>County reviewer? Open county workspace…</source>
        <translation>县级审核人员？打开县级工作区…</translation>
    </message>
</context>
<context>
    <name>DayLogDialog</name>
    <message>
        <source>Wiped with 75% medical alcohol</source>
        <translation>75%医用酒精擦拭</translation>
    </message>
    <message>
        <source>Wiped with 84 disinfectant diluted 1:100</source>
        <translation>84消毒液1:100稀释擦拭</translation>
    </message>
    <message>
        <source>Wiped with chlorine tablets, 500 mg/L</source>
        <translation>含氯消毒片500mg/L擦拭</translation>
    </message>
    <message>
        <source>UV lamp, 30 minutes</source>
        <translation>紫外线灯照射30分钟</translation>
    </message>
    <message>
        <source>Room day log</source>
        <translation>房间日常记录</translation>
    </message>
    <message>
        <source>The room is cleaned every day it is open and disinfected regularly. Times left at “—” are not recorded.</source>
        <translation>开放日每天清洁，定期消毒。时间保持“—”表示未记录。</translation>
    </message>
</context>
<context>
    <name>DayLogForm</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>开门时间</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>关门时间</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>已清洁</translation>
    </message>
    <message>
        <source>Cleaned by</source>
        <translation>清洁人</translation>
    </message>
    <message>
        <source>Disinfected</source>
        <translation>已消毒</translation>
    </message>
    <message>
        <source>What was disinfected</source>
        <translation>消毒对象</translation>
    </message>
    <message>
        <source>Disinfectant</source>
        <translation>消毒方式/消毒剂</translation>
    </message>
    <message>
        <source>Disinfected by</source>
        <translation>消毒人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DepartmentOrderDialog</name>
    <message>
        <source>Department order</source>
        <translation>部门顺序</translation>
    </message>
    <message>
        <source>Lists, sign-in sheets, reports and the county package show the departments in this order. Drag a department, or select it and move it up or down.</source>
        <translation>各列表、签到表、报表和县级数据包都按这个顺序排列部门。可拖动部门，或选中后点“上移”“下移”。</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Natural order</source>
        <translation>自然顺序</translation>
    </message>
    <message>
        <source>一车间, 二车间 … 十一车间, then the others by pinyin</source>
        <translation>一车间、二车间……十一车间，其余按拼音排序</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>Record a departure</source>
        <translation>登记离职</translation>
    </message>
    <message>
        <source>Enter the first day the person is no longer on the roster. Their visits, readings and sign-ins stay; from that day on they no longer count in the rates.</source>
        <translation>请填写此人不再在册的第一天。其使用登记、测量数据和签到记录都会保留；从这一天起不再计入各项比率。</translation>
    </message>
    <message>
        <source>First day off the roster</source>
        <translation>离职日期（不在册第一天）</translation>
    </message>
    <message>
        <source>Back on the roster (remove the departure)</source>
        <translation>重新在册（取消离职）</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Register a device</source>
        <translation>登记设备</translation>
    </message>
    <message>
        <source>Every device of the room is a union asset. The asset no. is suggested; change it to the number on your asset register if there is one.</source>
        <translation>健康生活室内所有设备设施均为工会资产。资产编号为建议编号，如单位资产账已有编号，请改为该编号。</translation>
    </message>
    <message>
        <source>Health room</source>
        <translation>健康生活室</translation>
    </message>
    <message>
        <source>Edit device details</source>
        <translation>修改设备信息</translation>
    </message>
    <message>
        <source>Correct the description of %1. The asset no. stays as on its label; the status changes only by recording an event (damage, repair, replacement…).</source>
        <translation>修改 %1 的设备信息。资产编号与标签一致，不可修改；设备状态只能通过登记事件（损坏、维修、补齐……）改变。</translation>
    </message>
</context>
<context>
    <name>DeviceEventDialog</name>
    <message>
        <source>Record an event</source>
        <translation>记录设备事项</translation>
    </message>
    <message>
        <source>A device's life is kept as events, never edited in place. A damaged or lost device is replaced with the same model (use “Replace…”).</source>
        <translation>设备的每一次变化都作为事项记录，不直接修改。损坏或遗失的设备应购买同型号设备补齐（使用“补齐…”）。</translation>
    </message>
</context>
<context>
    <name>DeviceEventForm</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Event *</source>
        <translation>事项 *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次日期</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>费用承担</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DeviceForm</name>
    <message>
        <source>Asset no. *</source>
        <translation>资产编号 *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>原值（元）</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放地点</translation>
    </message>
    <message>
        <source>Readings it takes</source>
        <translation>检测项目</translation>
    </message>
    <message>
        <source>Maintenance every</source>
        <translation>保养周期</translation>
    </message>
    <message>
        <source>Calibration every</source>
        <translation>校准周期</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Asset no.</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <translation>最近有效期</translation>
    </message>
    <message>
        <source>Equipment &amp; consumables</source>
        <translation>设备与消耗品</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备设施</translation>
    </message>
    <message>
        <source>Consumables</source>
        <translation>日常消耗品</translation>
    </message>
    <message>
        <source>Upkeep due</source>
        <translation>保养校准提醒</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1起</translation>
    </message>
    <message>
        <source>Room upkeep</source>
        <translation>房间日常</translation>
    </message>
    <message>
        <source>Search items…</source>
        <translation>搜索消耗品…</translation>
    </message>
    <message>
        <source>Search, or scan an asset no.…</source>
        <translation>搜索，或扫描资产编号…</translation>
    </message>
    <message numerus="yes">
        <source>%n upkeep item(s) overdue</source>
        <translation>
            <numerusform>%n 项保养/校准已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) damaged, lost or under repair</source>
        <translation>
            <numerusform>%n 台设备损坏、遗失或维修中</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a device to see its history.</source>
        <translation>选择一台设备查看履历。</translation>
    </message>
    <message>
        <source>Brand / model</source>
        <translation>品牌 / 型号</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>检测项目</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>下次保养</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>低于最低库存</translation>
    </message>
    <message>
        <source>%1 expire within 30 days</source>
        <translation>%1 个 30 天内到期</translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation>%1 个已过期</translation>
    </message>
    <message>
        <source>Next calibration</source>
        <translation>下次校准</translation>
    </message>
    <message>
        <source>Upkeep</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>上次</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应于</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开门</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关门</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <source>Cleaned by</source>
        <translation>清洁人</translation>
    </message>
    <message>
        <source>Disinfection</source>
        <translation>消毒</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次日期</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>费用承担</translation>
    </message>
    <message>
        <source>Related device</source>
        <translation>关联设备</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>入库日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经手人</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>补齐的原设备</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>由此设备补齐</translation>
    </message>
    <message>
        <source>No device has the asset no. “%1”.</source>
        <translation>没有资产编号为“%1”的设备。</translation>
    </message>
    <message>
        <source>Found %1 %2</source>
        <translation>已找到 %1 %2</translation>
    </message>
    <message>
        <source>Choose a device in the list first.</source>
        <translation>请先在列表中选择一台设备。</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>已登记 %1。</translation>
    </message>
    <message>
        <source>Details of %1 saved.</source>
        <translation>已保存 %1 的设备信息。</translation>
    </message>
    <message>
        <source>Recorded: %1, %2</source>
        <translation>已记录：%1，%2</translation>
    </message>
    <message>
        <source>%1 replaced by %2.</source>
        <translation>%1 已由 %2 补齐。</translation>
    </message>
</context>
<context>
    <name>EquipmentPanel</name>
    <message>
        <source>Register device…</source>
        <translation>登记设备…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>修改信息…</translation>
    </message>
    <message>
        <source>Record event…</source>
        <translation>记录事项…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>补齐…</translation>
    </message>
    <message>
        <source>Print equipment ledger…</source>
        <translation>打印设备台账…</translation>
    </message>
    <message>
        <source>Print asset labels…</source>
        <translation>打印资产标签…</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>新增消耗品…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>修改消耗品…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <source>Use…</source>
        <translation>领用…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>报废…</translation>
    </message>
    <message>
        <source>Consumables per reading…</source>
        <translation>测量项目消耗品…</translation>
    </message>
    <message>
        <source>Print stock sheet…</source>
        <translation>打印库存表…</translation>
    </message>
    <message>
        <source>Record day…</source>
        <translation>记录当天…</translation>
    </message>
    <message>
        <source>Disinfect every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>How many open days may pass between two disinfections (1: every open day). An overdue disinfection is listed on the overview.</source>
        <translation>两次消毒之间最多间隔几个开放日（1 表示每个开放日都消毒）。消毒逾期会在首页提醒。</translation>
    </message>
    <message>
        <source>open day(s)</source>
        <translation>个开放日消毒一次</translation>
    </message>
    <message>
        <source>Print cleaning log…</source>
        <translation>打印清洁消毒登记表…</translation>
    </message>
    <message>
        <source>The cleaning and disinfection log of the month shown, as recorded</source>
        <translation>所显示月份的清洁消毒登记表（按已登记内容）</translation>
    </message>
    <message>
        <source>Blank log…</source>
        <translation>空白登记表…</translation>
    </message>
    <message>
        <source>The cleaning and disinfection log of the month shown with only the dates and hours, to fill in by hand</source>
        <translation>所显示月份的空白清洁消毒登记表，只印日期和开放时间，供手工填写</translation>
    </message>
    <message>
        <source>History</source>
        <translation>设备履历</translation>
    </message>
    <message>
        <source>Lots in stock</source>
        <translation>在库批次</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>出入库记录</translation>
    </message>
</context>
<context>
    <name>EquipmentPrintouts</name>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the equipment ledger</source>
        <translation>保存设备台账</translation>
    </message>
    <message>
        <source>Equipment ledger</source>
        <translation>设备台账</translation>
    </message>
    <message>
        <source>Save the asset labels</source>
        <translation>保存设备资产标签</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation>设备资产标签</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not save %1. Choose another place.</source>
        <translation>无法保存 %1，请换一个位置。</translation>
    </message>
</context>
<context>
    <name>EquipmentWords</name>
    <message>
        <source>A device in service cannot be replaced. Record it as damaged or lost first; then replace it with a device of the same model.</source>
        <translation>在用设备不能补齐。请先登记损坏或遗失，再购买同型号设备补齐。</translation>
    </message>
    <message>
        <source>A device under repair cannot be replaced. If it cannot be repaired, record it as damaged first.</source>
        <translation>维修中的设备不能补齐。如无法修复，请先登记为损坏。</translation>
    </message>
    <message>
        <source>The new device is another model (%2 instead of %1). The rules ask for the same model: give the reason for another model.</source>
        <translation>新设备型号不同（%2，原型号 %1）。按规定应购买同型号设备补齐：请填写更换型号的理由。</translation>
    </message>
    <message>
        <source>“%2” cannot be recorded for a device whose status is “%1”.</source>
        <translation>状态为“%1”的设备不能记录“%2”。</translation>
    </message>
    <message>
        <source>Upkeep is recorded for devices in service or under repair; this device is “%1”.</source>
        <translation>只有在用或维修中的设备才记录保养、校准和消毒；这台设备的状态是“%1”。</translation>
    </message>
    <message>
        <source>This device is retired: nothing more can be recorded for it.</source>
        <translation>这台设备已报废，不能再记录事项。</translation>
    </message>
    <message>
        <source>A device is registered only once.</source>
        <translation>设备只登记一次。</translation>
    </message>
    <message>
        <source>Use “Replace…” to record a replacement: it registers the new device.</source>
        <translation>请用“补齐…”记录补齐，同时登记新设备。</translation>
    </message>
    <message>
        <source>Nothing can be recorded for a device whose status is “%1”.</source>
        <translation>状态为“%1”的设备不能再记录事项。</translation>
    </message>
    <message>
        <source>The date %1 is in the future. Enter the day it happened.</source>
        <translation>日期 %1 尚未到来，请填写实际发生的日期。</translation>
    </message>
    <message>
        <source>The date is before the device was registered (%1).</source>
        <translation>日期早于设备登记日期（%1）。</translation>
    </message>
    <message>
        <source>The date is before the device's last change of status (%1): events are kept in order.</source>
        <translation>日期早于设备上一次状态变化（%1）：事项须按时间顺序记录。</translation>
    </message>
    <message>
        <source>The next due date must be after the date of the event.</source>
        <translation>下次日期必须晚于本次日期。</translation>
    </message>
    <message>
        <source>Enter the asset no.</source>
        <translation>请填写资产编号。</translation>
    </message>
    <message>
        <source>Asset no. %1 is already in the register: each device needs its own.</source>
        <translation>资产编号 %1 已被登记，每台设备须有自己的编号。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <source>There is already an item named %1.</source>
        <translation>已有名为 %1 的消耗品。</translation>
    </message>
    <message>
        <source>Enter the unit (box, strip, bottle…).</source>
        <translation>请填写单位（盒、条、瓶…）。</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>内容太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>An interval is at least 1 day (leave it empty for none).</source>
        <translation>周期至少 1 天（不需要时留空）。</translation>
    </message>
    <message>
        <source>The device is no longer in the register. Reload the page.</source>
        <translation>设备已不在台账中，请刷新页面。</translation>
    </message>
    <message>
        <source>The item no longer exists. Reload the page.</source>
        <translation>该消耗品已不存在，请刷新页面。</translation>
    </message>
    <message>
        <source>Not enough in stock: %1 available on that day, %2 asked for. The stock never goes below zero: record the delivery first, or correct the quantity.</source>
        <translation>库存不足：当天可用 %1，需要 %2。库存不能为负数：请先登记入库，或更正数量。</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <source>This lot has nothing left.</source>
        <translation>该批次已无库存。</translation>
    </message>
    <message>
        <source>The expiry date (%1) must be after the day of receipt.</source>
        <translation>有效期（%1）必须晚于入库日期。</translation>
    </message>
    <message>
        <source>Use “Receive…” for deliveries.</source>
        <translation>到货请用“入库…”登记。</translation>
    </message>
    <message>
        <source>The closing time must be after the opening time.</source>
        <translation>关门时间必须晚于开门时间。</translation>
    </message>
    <message>
        <source>Enter the person on duty.</source>
        <translation>请填写值班人。</translation>
    </message>
    <message>
        <source>Enter who cleaned the room.</source>
        <translation>请填写清洁人。</translation>
    </message>
    <message>
        <source>Enter what was disinfected.</source>
        <translation>请填写消毒对象。</translation>
    </message>
    <message>
        <source>Enter the disinfectant used.</source>
        <translation>请填写消毒方式或消毒剂。</translation>
    </message>
    <message>
        <source>Enter who disinfected.</source>
        <translation>请填写消毒人。</translation>
    </message>
    <message>
        <source>Nothing to save: enter the opening hours, the cleaning or the disinfection of the day.</source>
        <translation>没有可保存的内容：请填写当天的开放时间、清洁或消毒情况。</translation>
    </message>
    <message>
        <source>There is no device to print a label for.</source>
        <translation>没有可打印标签的设备。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <source>The program met an unexpected problem and did not finish the last action. Nothing already saved was lost.

Details are in the log folder:
%1</source>
        <translation>程序遇到了意外问题，上一步操作没有完成。已经保存的数据没有丢失。

详细信息在日志文件夹中：
%1</translation>
    </message>
</context>
<context>
    <name>ExchangeHistory</name>
    <message>
        <source>Imports and other exchanges (from the audit trail)</source>
        <translation>导入及其他数据交换（来自审计记录）</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>哪条记录</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>单位编码</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员信息</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256 of the zip</source>
        <translation>数据包 SHA-256</translation>
    </message>
    <message>
        <source>de-identified</source>
        <translation>去标识化</translation>
    </message>
    <message>
        <source>named</source>
        <translation>实名</translation>
    </message>
    <message>
        <source>Collecting the period's records…</source>
        <translation>正在收集本期记录…</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Writing to the drive…</source>
        <translation>正在写入磁盘…</translation>
    </message>
    <message>
        <source>Reading it back and checking…</source>
        <translation>正在读回并校验…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>No key yet: it is made with the first export.</source>
        <translation>尚无密钥：将在首次导出时生成。</translation>
    </message>
    <message>
        <source>The county's keys: %1</source>
        <translation>县级签名密钥：%1</translation>
    </message>
    <message>
        <source>No review result from the county yet.</source>
        <translation>尚未收到县级审核反馈。</translation>
    </message>
    <message>
        <source>Review result no. %1, applied %2.</source>
        <translation>第 %1 号审核反馈，于 %2 导入。</translation>
    </message>
    <message>
        <source>%1 (retired %2)</source>
        <translation>%1（%2 已停用）</translation>
    </message>
    <message>
        <source>%1 (trusted since %2)</source>
        <translation>%1（%2 起信任）</translation>
    </message>
    <message>
        <source>Retire a county key</source>
        <translation>停用县级密钥</translation>
    </message>
    <message>
        <source>The county key to retire (its files will be refused):</source>
        <translation>要停用的县级密钥（此后用它签名的文件将被拒绝）：</translation>
    </message>
    <message>
        <source>Retire the county key %1? Review results signed with it will be refused from now on. Do this only when the county union has told you they no longer use it.</source>
        <translation>停用县级密钥 %1？此后用它签名的审核反馈将被拒绝。只有在县总工会告知不再使用该密钥时才这样做。</translation>
    </message>
    <message>
        <source>The county's review result</source>
        <translation>县级审核反馈</translation>
    </message>
    <message>
        <source>Review results (*.hrr);;All files (*)</source>
        <translation>审核反馈文件 (*.hrr);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The review result was not applied: the register changed meanwhile. Import it again.</source>
        <translation>审核反馈未导入：台账在此期间有变化，请重新导入。</translation>
    </message>
    <message>
        <source>The review result was applied to the inspections register.</source>
        <translation>审核反馈已导入巡检台账。</translation>
    </message>
    <message>
        <source>This file cannot be applied: %1.</source>
        <translation>此文件不能导入：%1。</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask the county for the file again.</source>
        <translation>台账未作任何改动。请向县总工会重新索取文件。</translation>
    </message>
    <message>
        <source>Export for county review</source>
        <translation>导出县级审核数据包</translation>
    </message>
    <message>
        <source>The package was written and checked:
%1</source>
        <translation>数据包已写入并校验无误：
%1</translation>
    </message>
    <message>
        <source>No file was left under the package's name.</source>
        <translation>未留下任何不完整的数据包文件。</translation>
    </message>
</context>
<context>
    <name>ExchangeTools</name>
    <message>
        <source>Export for county review…</source>
        <translation>导出供县级审核…</translation>
    </message>
    <message>
        <source>Import the county's review result…</source>
        <translation>导入县级审核反馈…</translation>
    </message>
    <message>
        <source>This site's signing key</source>
        <translation>本单位的签名密钥</translation>
    </message>
    <message>
        <source>Every package is signed with this key. Read this fingerprint to the county reviewer on the phone before the first import, and whenever the county asks: it proves the packages come from this site.</source>
        <translation>每个数据包都用此密钥签名。首次导入前以及县里询问时，请在电话中向县级审核人员念出此指纹：它证明数据包来自本单位。</translation>
    </message>
    <message>
        <source>From the county</source>
        <translation>县级反馈</translation>
    </message>
    <message>
        <source>Retire a county key…</source>
        <translation>停用县级密钥…</translation>
    </message>
    <message>
        <source>Packages written</source>
        <translation>已导出的数据包</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>USB drive %1</source>
        <translation>U盘 %1</translation>
    </message>
    <message>
        <source>Save the package in</source>
        <translation>选择保存数据包的文件夹</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Write the period like %1 (a year), %2 (a quarter) or %3 (a month).</source>
        <translation>期间请写成年（如 %1）、季度（如 %2）或月（如 %3）。</translation>
    </message>
    <message>
        <source>Choose a USB drive or a folder to save to.</source>
        <translation>请选择要保存到的U盘或文件夹。</translation>
    </message>
    <message>
        <source>A named export needs the union chair's password.</source>
        <translation>实名导出需要工会主席的密码。</translation>
    </message>
    <message>
        <source>Export for county review</source>
        <translation>导出县级审核数据包</translation>
    </message>
    <message>
        <source>The package holds the period's figures, records and report, signed by this site. By default no one is named: staff appear as codes with department, sex and birth year.</source>
        <translation>数据包包含本期指标、记录和报告，并由本单位签名。默认不含姓名：职工仅以编码及部门、性别、出生年份出现。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>With names (needs the union chair's approval)</source>
        <translation>实名导出（需工会主席批准）</translation>
    </message>
    <message>
        <source>Union chair's password</source>
        <translation>工会主席密码</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Generating the demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The database file %1 could not be opened:
%2</source>
        <translation>无法打开数据库文件 %1：
%2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to HealthRoom Ledger</source>
        <translation>欢迎使用健康小屋台账</translation>
    </message>
    <message>
        <source>This database is empty. Set up your own health room, or look around a demo site first.</source>
        <translation>这个数据库还是空的。您可以建立自己单位的职工健康生活室，也可以先看看演示单位。</translation>
    </message>
    <message>
        <source>Create a new site</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>Enter your enterprise and its health room, then start recording.</source>
        <translation>填写本单位和职工健康生活室的信息，然后开始登记。</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>打开演示数据</translation>
    </message>
    <message>
        <source>A demo factory with 300 staff and a year of records, to try every page. Accounts chair, admin and tech, password demo1234.</source>
        <translation>一家有 300 名职工、一年记录的演示工厂，可以试用每个页面。账号 chair、admin、tech，密码 demo1234。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record a follow-up</source>
        <translation>登记随访</translation>
    </message>
    <message>
        <source>Edit a follow-up</source>
        <translation>修改随访</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Way *</source>
        <translation>方式 *</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>给出的建议</translation>
    </message>
    <message>
        <source>Next follow-up on</source>
        <translation>下次随访日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>A follow-up with a next date and no outcome is open: it is listed as due from a week before that date. Writing the outcome closes it.</source>
        <translation>填写了下次随访日期但还没有结果的随访为未完成：在该日期前一周起列入“随访到期”。填写结果即完成。</translation>
    </message>
</context>
<context>
    <name>FollowUpSteps</name>
    <message>
        <source>Measuring again for %1 (visit at %2): type the new values, Enter saves.</source>
        <translation>为 %1 复测（%2 的登记）：输入新的数值，按回车保存。</translation>
    </message>
    <message>
        <source>Follow-up added for %1; next contact on %2.</source>
        <translation>已为 %1 添加随访，下次联系 %2。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>HealthFileDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>下次日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Print personal health record…</source>
        <translation>打印个人健康记录…</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>%1 离职</translation>
    </message>
    <message>
        <source>Health file: %1</source>
        <translation>健康档案：%1</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>健康风险：%1</translation>
    </message>
    <message>
        <source>Incomplete. Missing: %1</source>
        <translation>档案不完整，缺少：%1</translation>
    </message>
    <message>
        <source>Complete: every required field is filled in.</source>
        <translation>档案完整：所有必填项都已填写。</translation>
    </message>
    <message>
        <source>No health data recorded yet.</source>
        <translation>还没有健康数据。</translation>
    </message>
    <message>
        <source>Latest health data: %1.</source>
        <translation>最近健康数据：%1。</translation>
    </message>
    <message>
        <source>Latest health data: %1 — more than 12 months ago.</source>
        <translation>最近健康数据：%1，已超过 12 个月。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>随访（%1）</translation>
    </message>
    <message>
        <source>Health file</source>
        <translation>健康档案</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>身高（cm）</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>体重（kg）</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <source>Blood pressure (mmHg)</source>
        <translation>血压（mmHg）</translation>
    </message>
    <message>
        <source>systolic</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <source>Fasting glucose (mmol/L)</source>
        <translation>空腹血糖（mmol/L）</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>生活方式</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>吸烟</translation>
    </message>
    <message>
        <source>Drinking</source>
        <translation>饮酒</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>运动</translation>
    </message>
    <message>
        <source>Annual check-up</source>
        <translation>年度体检</translation>
    </message>
    <message>
        <source>Last check-up on</source>
        <translation>上次体检日期</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Data collected on</source>
        <translation>数据采集日期</translation>
    </message>
    <message>
        <source>Chronic conditions</source>
        <translation>慢性病</translation>
    </message>
    <message>
        <source>Occupational hazard exposure</source>
        <translation>职业危害因素接触</translation>
    </message>
    <message>
        <source>Allergies and medical history</source>
        <translation>过敏史与既往病史</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>无过敏史</translation>
    </message>
    <message>
        <source>Allergic to, e.g. penicillin</source>
        <translation>过敏物，如 青霉素</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>既往病史</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Record a follow-up…</source>
        <translation>登记随访…</translation>
    </message>
    <message>
        <source>Edit / add outcome…</source>
        <translation>修改 / 填写结果…</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <source>%1: %2%3, target %4 — %5</source>
        <translation>%1：%2%3，目标 %4 — %5</translation>
    </message>
</context>
<context>
    <name>IndicatorDetailDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少项目</translation>
    </message>
    <message>
        <source>Data last updated</source>
        <translation>健康数据更新日期</translation>
    </message>
    <message>
        <source>Last visit before the period</source>
        <translation>本期前最近一次使用</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Scheduled hours</source>
        <translation>计划开放时长</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开门</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关门</translation>
    </message>
    <message>
        <source>Hours open (log)</source>
        <translation>实际开放小时</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>签到人数</translation>
    </message>
    <message>
        <source>Group on the roster</source>
        <translation>目标人群在册人数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Short of the target</source>
        <translation>距目标还差</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>通知到</translation>
    </message>
    <message>
        <source>Staff on the roster</source>
        <translation>在册职工</translation>
    </message>
    <message>
        <source>Asset no.</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Items received</source>
        <translation>补充物品</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>巡检人员</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>检查单位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查意见</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%2/%1</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年初至今</translation>
    </message>
    <message>
        <source>Year to this quarter's end</source>
        <translation>年初至本季度末</translation>
    </message>
    <message>
        <source>Quarter to date</source>
        <translation>本季度至今</translation>
    </message>
    <message>
        <source>This year (weakest quarter)</source>
        <translation>本年度（最少的季度）</translation>
    </message>
    <message>
        <source>not due yet</source>
        <translation>本期不考核</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>not yet met</source>
        <translation>尚未达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全体职工</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Record an inspection</source>
        <translation>登记巡检督查</translation>
    </message>
    <message>
        <source>Edit the inspection</source>
        <translation>修改巡检记录</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>巡检督查</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>检查单位</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>姓名，用逗号分隔</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查意见</translation>
    </message>
    <message>
        <source>Rectification items: what must be put right, who answers for it, by when (double-click a cell to edit). Closing an item is done on the page, with what was done.</source>
        <translation>整改事项：整改什么、谁负责、何时完成（双击单元格修改）。整改完成后在页面上登记完成日期和整改措施。</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加事项</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除事项</translation>
    </message>
</context>
<context>
    <name>InspectionFormDialog</name>
    <message>
        <source>no score</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>InspectionItemsModel</name>
    <message>
        <source>Rectification item</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>%1 完成</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <source>The inspection date is in the future: record an inspection once it has taken place.</source>
        <translation>巡检日期在今天之后：请在巡检实际进行后再登记。</translation>
    </message>
    <message>
        <source>Enter who inspected (at least one name).</source>
        <translation>请填写检查人员（至少一人）。</translation>
    </message>
    <message>
        <source>The score must be between 0 and 100.</source>
        <translation>评分须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>Rectification item %1: describe what must be put right.</source>
        <translation>第 %1 项整改事项：请写明需要整改的内容。</translation>
    </message>
    <message>
        <source>Rectification item %1: the deadline is before the inspection date.</source>
        <translation>第 %1 项整改事项：整改期限早于巡检日期。</translation>
    </message>
    <message>
        <source>A rectification item already done cannot be removed; reopen it first.</source>
        <translation>已完成的整改事项不能删除；如确需删除，请先重新打开。</translation>
    </message>
    <message>
        <source>This rectification item was removed meanwhile; close and reopen the list.</source>
        <translation>该整改事项已被删除；请关闭后重新打开列表。</translation>
    </message>
    <message>
        <source>This inspection was deleted meanwhile.</source>
        <translation>这条巡检记录已被删除。</translation>
    </message>
    <message>
        <source>This inspection came in the county's review result: only the county changes it. Close its rectification items below when they are done.</source>
        <translation>这次巡检来自县级审核反馈，只能由县总工会修改。整改完成后，请在下方关闭对应的整改事项。</translation>
    </message>
    <message>
        <source>Say what was done to put it right.</source>
        <translation>请填写采取了哪些整改措施。</translation>
    </message>
    <message>
        <source>The day it was done is in the future.</source>
        <translation>完成日期在今天之后。</translation>
    </message>
    <message>
        <source>The day it was done is before the inspection.</source>
        <translation>完成日期早于巡检日期。</translation>
    </message>
    <message>
        <source>The text is too long (at most 2000 characters).</source>
        <translation>文字过长（最多 2000 字）。</translation>
    </message>
</context>
<context>
    <name>InspectionsPanel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation>%2 项中 %1 项未完成</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>county's review result</source>
        <translation>县级反馈</translation>
    </message>
    <message>
        <source>recorded here</source>
        <translation>本单位记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>检查单位</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Rectification items</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查意见</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录来源</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rectification item</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>整改措施</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n 次巡检督查</numerusform>
        </translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>巡检督查</translation>
    </message>
    <message>
        <source>Choose an inspection in the list first.</source>
        <translation>请先在列表中选择一次巡检督查。</translation>
    </message>
    <message>
        <source>Delete the inspection of %1 with its %2 rectification item(s)?</source>
        <translation>删除 %1 的巡检记录及其 %2 项整改事项？</translation>
    </message>
    <message>
        <source>Delete inspection</source>
        <translation>删除巡检记录</translation>
    </message>
    <message>
        <source>Choose a rectification item in the lower list first.</source>
        <translation>请先在下方列表中选择一项整改事项。</translation>
    </message>
    <message>
        <source>This item is already done; reopen it to record it again.</source>
        <translation>该事项已完成；如需重新登记，请先重新打开。</translation>
    </message>
    <message>
        <source>Choose a rectification item that is done.</source>
        <translation>请选择一项已完成的整改事项。</translation>
    </message>
    <message>
        <source>Inspections the room received and what they asked to put right. The county or city union inspects at least twice a year; the partner hospital's supervision is recorded here too but does not count toward the two.</source>
        <translation>生活室接受的巡检、督查及提出的整改要求。市、县工会每年至少巡检 2 次；合作医院的督导也在此登记，但不计入这 2 次。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Record an inspection…</source>
        <translation>登记巡检督查…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Rectification items of the inspection chosen above</source>
        <translation>上方所选巡检的整改事项</translation>
    </message>
    <message>
        <source>Record it done…</source>
        <translation>登记整改完成…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Help for this page</source>
        <translation>本页说明</translation>
    </message>
    <message>
        <source>What this page is for and how to use it (F1)</source>
        <translation>本页是做什么的、怎样使用（F1）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation>显示 %1 / 共 %2 条</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The list could not be loaded; the log file says why.</source>
        <translation>列表未能加载，原因见日志文件。</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The register is locked</source>
        <translation>台账已锁定</translation>
    </message>
    <message>
        <source>Nobody used the program for a while, so it locked itself to protect the staff's health data. Enter the password of %1 to continue.</source>
        <translation>程序一段时间无人使用，为保护职工健康数据已自动锁定。请输入 %1 的密码继续。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The key file beside the database cannot be read (%1). Restore it from a backup, or use the recovery key.</source>
        <translation>无法读取数据库旁边的密钥文件（%1）。请从备份中恢复它，或使用恢复密钥。</translation>
    </message>
    <message>
        <source>HealthRoom Ledger</source>
        <translation>健康小屋台账</translation>
    </message>
    <message>
        <source>Staff health data is sensitive personal information. Sign in with your own account.</source>
        <translation>职工健康数据是敏感个人信息，请用您自己的账户登录。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Open county workspace…</source>
        <translation>打开县级工作区…</translation>
    </message>
    <message>
        <source>Forgot the password? Use the recovery key…</source>
        <translation>忘记密码？使用恢复密钥…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Usage register</source>
        <translation>使用登记</translation>
    </message>
    <message>
        <source>Staff &amp; health files</source>
        <translation>职工与健康档案</translation>
    </message>
    <message>
        <source>Equipment &amp; consumables</source>
        <translation>设备与消耗品</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Activities &amp; sign-in</source>
        <translation>活动与签到</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <source>A visit is being entered and not saved yet. Switching the language clears it. Switch now?</source>
        <translation>正在登记的这次使用还没有保存，切换语言会清空它。现在切换吗？</translation>
    </message>
    <message>
        <source>HealthRoom Ledger</source>
        <translation>健康小屋台账</translation>
    </message>
    <message>
        <source>No site yet</source>
        <translation>尚未建立单位</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;county workspace…</source>
        <translation>打开县级工作区(&amp;C)…</translation>
    </message>
    <message>
        <source>Room &amp;profile…</source>
        <translation>生活室概况(&amp;P)…</translation>
    </message>
    <message>
        <source>Open-hours &amp;wall schedule…</source>
        <translation>开放时间表（张贴用）(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>使用手册(&amp;G)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About HealthRoom Ledger</source>
        <translation>关于健康小屋台账(&amp;A)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back up to a folder or USB stick…</source>
        <translation>备份到文件夹或U盘(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;User accounts…</source>
        <translation>用户账户(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Reached</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>新建通知</translation>
    </message>
    <message>
        <source>Edit notice</source>
        <translation>编辑通知</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>of %1 staff on the roster on that date</source>
        <translation>当天在册职工 %1 人</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>已勾选 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage: %1</source>
        <translation>普及率：%1</translation>
    </message>
    <message>
        <source>Enter the notice's title.</source>
        <translation>请填写通知标题。</translation>
    </message>
    <message>
        <source>More staff reached than were on the roster that date: check the number.</source>
        <translation>通知到的人数超过当天在册人数，请核对。</translation>
    </message>
    <message>
        <source>The number reached cannot be negative.</source>
        <translation>通知到的人数不能为负数。</translation>
    </message>
    <message>
        <source>Enter how many staff the notice reached, or tick them.</source>
        <translation>请填写通知到的人数，或逐人勾选。</translation>
    </message>
    <message>
        <source>The chosen activity was deleted meanwhile: choose another.</source>
        <translation>所选活动已被删除，请另选。</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>For the activity</source>
        <translation>所属活动</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Staff reached</source>
        <translation>通知到的职工</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>A tick list of the staff reached</source>
        <translation>逐人勾选已通知到的职工</translation>
    </message>
    <message>
        <source>Search by employee no., name or pinyin</source>
        <translation>按工号、姓名或拼音搜索</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>全部取消</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Staff reached</source>
        <translation>通知到的职工</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>No notices recorded for this year.</source>
        <translation>本年尚无通知记录。</translation>
    </message>
    <message>
        <source>%1 notice(s). Lowest coverage %2 % (%3); target %4 % for every notice; %5 below.</source>
        <translation>共 %1 条通知。最低普及率 %2 %（%3）；每条通知目标 %4 %；未达标 %5 条。</translation>
    </message>
    <message>
        <source>Delete notice</source>
        <translation>删除通知</translation>
    </message>
    <message>
        <source>Delete the notice “%1”?</source>
        <translation>删除通知“%1”？</translation>
    </message>
    <message>
        <source>Activity notices</source>
        <translation>活动通知</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>New notice…</source>
        <translation>新建通知…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OpenHours</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Time slot %1 ends before it starts: correct its times.</source>
        <translation>第 %1 个时段的结束时间早于开始时间：请改正。</translation>
    </message>
    <message>
        <source>Enter a reason (e.g. National Day holiday).</source>
        <translation>请填写原因（如：国庆节放假）。</translation>
    </message>
    <message>
        <source>The reason is too long: at most 200 characters.</source>
        <translation>原因过长：最多 200 个字。</translation>
    </message>
    <message>
        <source>The last day is before the first: correct the dates.</source>
        <translation>结束日期早于开始日期：请改正日期。</translation>
    </message>
    <message>
        <source>Close at most one year at a time.</source>
        <translation>一次最多只能设置一年的闭室日期。</translation>
    </message>
    <message>
        <source>A schedule already starts on this date: choose another date or edit that schedule.</source>
        <translation>已有一个时间表从这一天起执行：请选择其他日期，或直接修改那个时间表。</translation>
    </message>
    <message>
        <source>Add at least one time slot, or close the day instead.</source>
        <translation>请至少添加一个时段；如当天不开放，请改用“闭室”。</translation>
    </message>
    <message>
        <source>This schedule no longer exists: it was deleted.</source>
        <translation>此时间表已不存在：已被删除。</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>修改未保存：%1</translation>
    </message>
    <message>
        <source>%1 would be open only %2. The founding rules ask for at least 3 hours on every open day; this day will count as a short day in the open-hours indicator.</source>
        <translation>%1只开放 %2。管理使用办法要求每个开放日不少于 3 小时；这一天将在开放时长指标中计为不足 3 小时的开放日。</translation>
    </message>
    <message>
        <source>Less than 3 hours</source>
        <translation>不足 3 小时</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>仍要保存吗？</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Go back and change it</source>
        <translation>返回修改</translation>
    </message>
</context>
<context>
    <name>OpenHoursBody</name>
    <message>
        <source>Weekly schedule</source>
        <translation>每周时间表</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>时间表</translation>
    </message>
    <message>
        <source>New schedule from a date…</source>
        <translation>从某日起启用新时间表…</translation>
    </message>
    <message>
        <source>Delete this schedule</source>
        <translation>删除此时间表</translation>
    </message>
    <message>
        <source>Change this day's hours…</source>
        <translation>修改当天开放时间…</translation>
    </message>
    <message>
        <source>Double-click a day to change its hours. Every open day should have at least 3 hours (founding rules); a shorter day can be saved after a warning and counts as a short day. Overlapping slots are counted once.</source>
        <translation>双击某一天可修改其开放时间。按管理使用办法，每个开放日应不少于 3 小时；不足 3 小时的开放日经提示确认后仍可保存，但计为开放时长不足。重叠的时段只计算一次。</translation>
    </message>
    <message>
        <source>Closures and special hours</source>
        <translation>闭室与特殊开放时间</translation>
    </message>
    <message>
        <source>Close dates…</source>
        <translation>设置闭室日期…</translation>
    </message>
    <message>
        <source>Special hours on a date…</source>
        <translation>设置某日特殊开放时间…</translation>
    </message>
    <message>
        <source>Remove (open as usual)</source>
        <translation>撤销（恢复正常开放）</translation>
    </message>
    <message>
        <source>Show past dates</source>
        <translation>显示过去的日期</translation>
    </message>
    <message>
        <source>Room profile</source>
        <translation>生活室概况</translation>
    </message>
    <message>
        <source>Wall schedule</source>
        <translation>开放时间表</translation>
    </message>
</context>
<context>
    <name>OpenHoursPage</name>
    <message>
        <source>Closed</source>
        <translation>闭室</translation>
    </message>
    <message>
        <source>Under 3 h: counts as a short day</source>
        <translation>不足 3 小时：计为开放时长不足</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放时段</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>全天闭室</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>巡检督查</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>正在开放</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>现在闭室</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>opens %1 at %2</source>
        <translation>%1 %2 开放</translation>
    </message>
    <message>
        <source>no opening scheduled in the next 60 days</source>
        <translation>今后 60 天内没有开放安排</translation>
    </message>
    <message>
        <source>closed today: %1</source>
        <translation>今日闭室：%1</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <source>%1 a week</source>
        <translation>每周 %1</translation>
    </message>
    <message>
        <source>the weekly schedule starts on %1 (%2 a week)</source>
        <translation>每周时间表自 %1 起执行（每周 %2）</translation>
    </message>
    <message>
        <source>the weekly schedule has no open hours yet: set a day's hours</source>
        <translation>每周时间表尚无开放时段：请设置各天的开放时间</translation>
    </message>
    <message>
        <source>no weekly schedule yet: add one in the first tab</source>
        <translation>尚无每周时间表：请在第一个标签页中添加</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>From %1 (%2)</source>
        <translation>自 %1 起（%2）</translation>
    </message>
    <message>
        <source>No weekly schedule yet. Start one with “New schedule from a date…”.</source>
        <translation>还没有每周时间表。请点击“从某日起启用新时间表…”创建。</translation>
    </message>
    <message>
        <source>Open %1 a week</source>
        <translation>每周开放 %1</translation>
    </message>
    <message>
        <source>with no end date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>In force from %1, %2.</source>
        <translation>自 %1 起执行，%2。</translation>
    </message>
    <message>
        <source>Under 3 h on: %1.</source>
        <translation>不足 3 小时：%1。</translation>
    </message>
    <message>
        <source>Delete this schedule</source>
        <translation>删除此时间表</translation>
    </message>
    <message>
        <source>Delete the weekly schedule in force from %1? The days it covered will be judged by the schedule before it.</source>
        <translation>删除自 %1 起执行的每周时间表吗？其覆盖的日期将改按前一个时间表计算。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>共 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenRegister</name>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>%1 is the register already open.</source>
        <translation>%1 就是当前打开的台账。</translation>
    </message>
    <message>
        <source>%1 is not a register of this program (not a database file). Choose the register's .db file; an encrypted one has its .keys file beside it.</source>
        <translation>%1 不是本程序的台账（不是数据库文件）。请选择台账的 .db 文件；加密的台账旁边有同名的 .keys 文件。</translation>
    </message>
    <message>
        <source>Open another register</source>
        <translation>打开另一个台账</translation>
    </message>
    <message>
        <source>Register (*.db);;All files (*)</source>
        <translation>台账 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Lectures offered to them</source>
        <translation>可参加的讲座（次）</translation>
    </message>
    <message>
        <source>As of %1: %2 of %3 staff on the roster attended none of the %4 health lecture(s) held this year.</source>
        <translation>截至 %1：在册职工 %3 人中有 %2 人未参加本年已举办的 %4 次健康讲座中的任何一次。</translation>
    </message>
    <message>
        <source>By department: %1</source>
        <translation>按部门：%1</translation>
    </message>
    <message>
        <source>Outreach list %1.pdf</source>
        <translation>%1年未参加讲座职工名单.pdf</translation>
    </message>
    <message>
        <source>Save the outreach list</source>
        <translation>保存未参加讲座职工名单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Outreach list %1.xlsx</source>
        <translation>%1年未参加讲座职工名单.xlsx</translation>
    </message>
    <message>
        <source>Export the outreach list</source>
        <translation>导出未参加讲座职工名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the outreach list…</source>
        <translation>正在生成名单…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Outreach: staff who attended no lecture</source>
        <translation>未参加讲座职工名单</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Print list (PDF)…</source>
        <translation>打印名单 (PDF)…</translation>
    </message>
    <message>
        <source>Export (.xlsx)…</source>
        <translation>导出 (.xlsx)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>生活室</translation>
    </message>
    <message numerus="yes">
        <source>every %n open day(s)</source>
        <translation>
            <numerusform>每 %n 个开放日</numerusform>
        </translation>
    </message>
    <message>
        <source>last on %1</source>
        <translation>上次 %1</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>尚无消毒记录</translation>
    </message>
    <message>
        <source>%1 %2 left</source>
        <translation>剩余 %1 %2</translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation>批号 %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Nothing needs attention yet. First: %1.</source>
        <translation>暂无需要处理的事项。请先：%1。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The overview could not be loaded.</source>
        <translation>首页数据无法加载。</translation>
    </message>
    <message>
        <source>The room is open now, until %1.</source>
        <translation>健康生活室现在开放，%1 关闭。</translation>
    </message>
    <message>
        <source>The room is closed now. Next opening: %1 %2 %3.</source>
        <translation>健康生活室现在未开放。下次开放：%1 %2 %3。</translation>
    </message>
    <message>
        <source>The room is closed and no opening is scheduled in the next 60 days.</source>
        <translation>健康生活室未开放，今后60天内没有安排开放。</translation>
    </message>
    <message>
        <source>%1 h scheduled this week</source>
        <translation>本周计划开放 %1 小时</translation>
    </message>
    <message>
        <source>Staff on the roster %1 · visits today %2 · this month %3</source>
        <translation>在册职工 %1 人 · 今日使用 %2 人次 · 本月 %3 人次</translation>
    </message>
    <message>
        <source>This quarter: %1 (%2 – %3); this year: %4. Green: met; orange: not yet met, the period is still running; red: not met; grey: not applicable. Click a figure for the list behind it.</source>
        <translation>本季度：%1（%2 至 %3）；本年度：%4。绿色：达标；橙色：尚未达标，本期还在进行；红色：未达标；灰色：不适用。点击数字查看明细。</translation>
    </message>
    <message>
        <source>The lists of people are shown to the union chair and the administrator.</source>
        <translation>人员名单只向工会主席和健康管理员显示。</translation>
    </message>
    <message>
        <source>Double-click a lecture to see who of its target group did not come.</source>
        <translation>双击一场讲座，查看目标人群中未参加的人员。</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 signed in; %4 did not come.</source>
        <translation>%1 · 应到 %3 人，签到 %2 人，%4 人未参加。</translation>
    </message>
    <message>
        <source>Who did not come</source>
        <translation>未参加人员</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Targets…</source>
        <translation>目标值…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>待办提醒</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>The PDF was not saved to %1.</source>
        <translation>PDF 未能保存到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>已将 %n 页发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation>打印机未就绪。</translation>
    </message>
    <message>
        <source>Cannot show the preview</source>
        <translation>无法显示预览</translation>
    </message>
    <message>
        <source>The file %1 could not be read:
%2</source>
        <translation>无法读取文件 %1：
%2</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>‹ Previous page</source>
        <translation>‹ 上一页</translation>
    </message>
    <message>
        <source>Next page ›</source>
        <translation>下一页 ›</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PerReadingDialog</name>
    <message>
        <source>Consumables per reading</source>
        <translation>每项测量消耗的消耗品</translation>
    </message>
    <message>
        <source>When a visit is saved in the usage register, each reading takes these consumables from the stock (the first lot to expire first). By default a glucose reading uses one glucose test strip.</source>
        <translation>在使用登记表中保存一次测量时，每个测量项目按下表从库存中扣减消耗品（先扣最早到期的批次）。默认每次血糖测量消耗一条血糖仪试纸。</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>不消耗</translation>
    </message>
    <message>
        <source>Your role can see this choice; the chair or the administrator changes it.</source>
        <translation>您的角色只能查看此设置；由工会主席或健康管理员修改。</translation>
    </message>
</context>
<context>
    <name>PerReadingForm</name>
    <message>
        <source>Reading</source>
        <translation>测量项目</translation>
    </message>
    <message>
        <source>Consumable used</source>
        <translation>消耗的消耗品</translation>
    </message>
    <message>
        <source>Per reading</source>
        <translation>每次用量</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation>修改人员信息</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Employee no. *</source>
        <translation>工号 *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Department *</source>
        <translation>部门 *</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>18 characters; sex and birth date are read from it</source>
        <translation>18 位；性别和出生日期会自动识别</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Occupational hazards</source>
        <translation>职业危害因素</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Dates may be written as 2023-05-01, 2023/5/1 or 20230501. A departure is recorded with the Departure button, not here.</source>
        <translation>日期可写成 2023-05-01、2023/5/1 或 2023年5月1日。离职请用“离职”按钮登记，不在这里填写。</translation>
    </message>
</context>
<context>
    <name>PersonHistoryDialog</name>
    <message>
        <source>%1 years</source>
        <translation>%1岁</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 人次</numerusform>
        </translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的健康记录</translation>
    </message>
    <message>
        <source>Print personal health record…</source>
        <translation>打印个人健康记录…</translation>
    </message>
    <message>
        <source>No readings of this kind yet.</source>
        <translation>还没有这类检测记录。</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>血压</translation>
    </message>
    <message>
        <source>Systolic limit %1</source>
        <translation>收缩压界值 %1</translation>
    </message>
    <message>
        <source>Diastolic limit %1</source>
        <translation>舒张压界值 %1</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>血糖</translation>
    </message>
    <message>
        <source>Fasting impaired %1</source>
        <translation>空腹血糖受损 %1</translation>
    </message>
    <message>
        <source>Fasting high %1</source>
        <translation>空腹血糖偏高 %1</translation>
    </message>
    <message>
        <source>2 h / random high %1</source>
        <translation>餐后2小时/随机血糖偏高 %1</translation>
    </message>
    <message>
        <source>Weight and BMI</source>
        <translation>体重与BMI</translation>
    </message>
    <message>
        <source>BMI low %1</source>
        <translation>BMI偏低 %1</translation>
    </message>
    <message>
        <source>BMI overweight %1</source>
        <translation>BMI超重 %1</translation>
    </message>
    <message>
        <source>BMI obese %1</source>
        <translation>BMI肥胖 %1</translation>
    </message>
    <message>
        <source>Person's history</source>
        <translation>个人健康记录</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Glucose</source>
        <translation>血糖</translation>
    </message>
</context>
<context>
    <name>PersonalRecordPrint</name>
    <message>
        <source>Personal health record</source>
        <translation>个人健康记录</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Writing the personal health record…</source>
        <translation>正在生成个人健康记录…</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Planned item</source>
        <translation>计划项目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>(not in the plan)</source>
        <translation>（计划外）</translation>
    </message>
    <message>
        <source>Q%1: %2 of %3 done, hospital visits %4%5</source>
        <translation>第%1季度：完成 %2/%3 项，合作医院到场 %4 次%5</translation>
    </message>
    <message>
        <source>Health lectures held: %1 (at least %2 a year).</source>
        <translation>已举办健康讲座 %1 次（每年不少于 %2 次）。</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>Delete plan item</source>
        <translation>删除计划项目</translation>
    </message>
    <message>
        <source>Delete “%1” from the plan? Activities recorded under it are kept.</source>
        <translation>从计划中删除“%1”？其下已记录的活动会保留。</translation>
    </message>
    <message>
        <source>Health promotion plan %1 with actual.pdf</source>
        <translation>%1年度健康促进计划及完成情况.pdf</translation>
    </message>
    <message>
        <source>Health promotion plan %1.pdf</source>
        <translation>%1年度健康促进计划.pdf</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the plan…</source>
        <translation>正在生成计划…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Annual health promotion plan</source>
        <translation>年度健康促进计划</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>添加项目…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Plan PDF…</source>
        <translation>打印计划 PDF…</translation>
    </message>
    <message>
        <source>Plan vs actual PDF…</source>
        <translation>计划与完成情况 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <source>Quarter %1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Plan item for %1</source>
        <translation>%1年度计划项目</translation>
    </message>
    <message>
        <source>Describe the planned item.</source>
        <translation>请填写计划项目。</translation>
    </message>
    <message>
        <source>This item cannot be saved (%1).</source>
        <translation>无法保存此项目（%1）。</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>计划项目</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Planned item *</source>
        <translation>计划项目 *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReadingsForm</name>
    <message>
        <source>&amp;Blood pressure</source>
        <translation>血压(&amp;B)</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>脉搏</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>次/分</translation>
    </message>
    <message>
        <source>&amp;Glucose</source>
        <translation>血糖(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Height and weight</source>
        <translation>身高体重(&amp;H)</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>身高</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <source>Body fat</source>
        <translation>体脂率</translation>
    </message>
    <message>
        <source>&amp;Waist</source>
        <translation>腰围(&amp;W)</translation>
    </message>
    <message>
        <source>SpO&amp;2</source>
        <translation>血氧(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>体温(&amp;T)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>This recovery key does not open this database. Check every group.</source>
        <translation>这个恢复密钥打不开这个数据库，请逐组核对。</translation>
    </message>
    <message>
        <source>Open with the recovery key</source>
        <translation>用恢复密钥打开</translation>
    </message>
    <message>
        <source>Type the recovery key the union chair printed when the database was created, the account whose password was forgotten, and its new password.</source>
        <translation>请输入创建数据库时工会主席打印的恢复密钥、忘记密码的账户及其新密码。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>HealthRoom Ledger — recovery key</source>
        <translation>健康小屋台账 — 恢复密钥</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Keep this sheet locked away. Whoever holds it can open the data.</source>
        <translation>请把这张纸锁好保管。任何拿到它的人都能打开数据。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>This is the recovery key of the database. It is shown only this once. Print it or write it down, and keep it locked away from the computer: with it the data can be opened when every password is forgotten or the key file is lost — and by anyone who finds it.</source>
        <translation>这是数据库的恢复密钥，只显示这一次。请打印或抄写下来，锁好并与电脑分开保管：所有密码都忘记或密钥文件丢失时，可以用它打开数据——捡到它的人也可以。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and will keep it safe.</source>
        <translation>我已打印或抄写恢复密钥，并会妥善保管。</translation>
    </message>
</context>
<context>
    <name>RectificationItemsModel</name>
    <message>
        <source>Rectification item</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>RegisterPrintDialog</name>
    <message>
        <source>Blank register forms</source>
        <translation>空白使用登记表</translation>
    </message>
    <message>
        <source>Empty usage register sheets in the same layout, for writing on during a power cut or a computer failure. Enter the lines later with their real date and time (tick “From paper”).</source>
        <translation>与系统打印格式相同的空白使用登记表，供停电或电脑故障时手工填写。恢复后按实际日期和时间补录（勾选“补录纸质记录”）。</translation>
    </message>
    <message>
        <source>The usage register in the paper form's layout: date, time, name, department, items, results and a signature column. It contains names and health data: printing it is recorded in the audit trail.</source>
        <translation>按纸质登记表格式打印使用登记表：日期、时间、姓名、部门、检测项目、检测结果和本人签字栏。其中含有姓名和健康数据，打印将记入操作日志。</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the PDF file.</source>
        <translation>请选择 PDF 文件的保存位置。</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>Saved:
%1</source>
        <translation>已保存：
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) printed. Saved:
%1</source>
        <translation>
            <numerusform>已打印 %n 人次，已保存：
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved to %1. Choose another folder.</source>
        <translation>未保存到 %1，请换一个文件夹。</translation>
    </message>
    <message>
        <source>Print the usage register</source>
        <translation>打印使用登记表</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>页数(&amp;P)：</translation>
    </message>
    <message>
        <source>PDF &amp;file:</source>
        <translation>PDF 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Also save as a spreadsheet (.xlsx) next to it</source>
        <translation>同时保存一份电子表格（.xlsx）</translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <source>Replace a device</source>
        <translation>补齐设备</translation>
    </message>
    <message>
        <source>The rules: a damaged or lost union asset is replaced with the same model, at the enterprise's cost. The new device is registered with the details below.</source>
        <translation>按规定：工会资产如出现损坏或遗失，应购买同型号设备补齐，费用由所在单位解决。新设备按下列信息登记。</translation>
    </message>
    <message>
        <source>Same model as the old device, as the rules ask.</source>
        <translation>与原设备同型号，符合规定。</translation>
    </message>
    <message>
        <source>Another model than the old device: the reason is required.</source>
        <translation>与原设备型号不同：须填写理由。</translation>
    </message>
</context>
<context>
    <name>ReplacementForm</name>
    <message>
        <source>Replaces</source>
        <translation>补齐的设备</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>费用承担</translation>
    </message>
    <message>
        <source>Reason for another model</source>
        <translation>更换型号理由</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The new device</source>
        <translation>新设备</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>报表语言：</translation>
    </message>
    <message>
        <source>Also save the tables as a spreadsheet (.xlsx)</source>
        <translation>同时把表格保存为电子表格（.xlsx）</translation>
    </message>
    <message>
        <source>List by name the staff who took part in nothing</source>
        <translation>列出姓名：未参加任何活动的职工</translation>
    </message>
    <message>
        <source>Text printed in the report. It is drafted from the indicators; edit it as you like before printing. A section left empty prints lines to write on by hand.</source>
        <translation>打印在报表中的文字。已根据指标自动起草，打印前可以随意修改；留空的部分会打印成横线，供手写填写。</translation>
    </message>
    <message>
        <source>Draft again from the indicators</source>
        <translation>根据指标重新起草</translation>
    </message>
    <message>
        <source>Go to that page</source>
        <translation>前往该页面</translation>
    </message>
    <message>
        <source>Generate and save…</source>
        <translation>生成并保存…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>正在读取职工名册…</translation>
    </message>
    <message>
        <source>Counting the open days…</source>
        <translation>正在统计开放天数…</translation>
    </message>
    <message>
        <source>Counting the visits…</source>
        <translation>正在统计使用人次…</translation>
    </message>
    <message>
        <source>Summing up the readings…</source>
        <translation>正在汇总检测结果…</translation>
    </message>
    <message>
        <source>Counting participation…</source>
        <translation>正在统计活动参与…</translation>
    </message>
    <message>
        <source>Department by department…</source>
        <translation>正在按部门统计…</translation>
    </message>
    <message>
        <source>Equipment and consumables…</source>
        <translation>正在统计设备和消耗品…</translation>
    </message>
    <message>
        <source>Computing the indicators…</source>
        <translation>正在计算指标…</translation>
    </message>
    <message>
        <source>Earlier periods for the trend…</source>
        <translation>正在计算往期趋势…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在写入 PDF…</translation>
    </message>
    <message>
        <source>Writing the spreadsheet…</source>
        <translation>正在写入电子表格…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Your edited text was kept; press “Draft again” to replace it.</source>
        <translation>已保留您修改过的文字；如需替换，请点“根据指标重新起草”。</translation>
    </message>
    <message>
        <source>Drafting the text…</source>
        <translation>正在起草文字…</translation>
    </message>
    <message>
        <source>The text could not be drafted; you can write it yourself.</source>
        <translation>未能自动起草文字，请自行填写。</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>报表另存为</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>The report was not saved to %1. %2 Choose another folder.</source>
        <translation>报表没有保存到 %1。%2请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>报表未保存</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>(no site yet)</source>
        <translation>（尚未设置单位）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The register will be replaced by this backup. Everything recorded after it was made will be gone from the register, but a safety backup of the current state is made first.</source>
        <translation>台账将被这个备份替换。备份之后录入的内容将从台账中消失，但会先为当前状态做一个安全备份。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
</context>
<context>
    <name>ReviewResultDialog</name>
    <message>
        <source>Apply</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Review result no. %1 for %2 (%3), made %4</source>
        <translation>第 %1 号审核反馈：%2（%3），%4 制作</translation>
    </message>
    <message>
        <source>The county's first review result. Phone the county union and have them read out their key's fingerprint: apply only if it is the same as this one.</source>
        <translation>这是县级的第一个审核反馈。请打电话给县总工会，请对方读出密钥指纹：与此处一致才能导入。</translation>
    </message>
    <message>
        <source>Signed by another key than the county's earlier files. Phone the county union: apply only if they confirm they have a new key with this fingerprint. The earlier key stays trusted for its files until you retire it.</source>
        <translation>签名密钥与县级以前的文件不同。请电话联系县总工会：只有对方确认启用了此指纹的新密钥时才应用。原来的密钥在您停用之前仍可用于它签名的文件。</translation>
    </message>
    <message>
        <source>A county key this site has retired.</source>
        <translation>本单位已停用的县级密钥。</translation>
    </message>
    <message>
        <source>Signed by a county key this site has retired: it cannot be applied. Ask the county union for a file signed by their current key.</source>
        <translation>此文件由本单位已停用的县级密钥签名，不能应用。请县总工会用现用密钥重新生成反馈文件。</translation>
    </message>
    <message>
        <source>The key this site trusts for the county.</source>
        <translation>本单位信任的县级密钥。</translation>
    </message>
    <message>
        <source>This review result is for another site: it cannot be applied.</source>
        <translation>这是其他单位的审核反馈，不能导入。</translation>
    </message>
    <message>
        <source>A newer review result (no. %1) was applied already: this older one cannot be applied.</source>
        <translation>已导入更新的第 %1 号审核反馈，这个较旧的文件不能导入。</translation>
    </message>
    <message>
        <source>This review result was applied already: nothing to do.</source>
        <translation>这个审核反馈已导入过，无需再导入。</translation>
    </message>
    <message>
        <source>The county's review result</source>
        <translation>县级审核反馈</translation>
    </message>
    <message>
        <source>The county's signing key</source>
        <translation>县级签名密钥</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the one the county read out: they are the same</source>
        <translation>我已与县总工会读出的指纹核对，两者一致</translation>
    </message>
    <message>
        <source>What applying it changes</source>
        <translation>导入后的变化</translation>
    </message>
    <message>
        <source>The county's comments and commendation</source>
        <translation>县级意见和表彰结果</translation>
    </message>
</context>
<context>
    <name>RoomProfilePanel</name>
    <message>
        <source>Founding-rules checklist</source>
        <translation>管理使用办法对照检查</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存概况</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>悬挂于 %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Only %1 m²</source>
        <translation>仅 %1 平方米</translation>
    </message>
    <message>
        <source>%1, but no phone number</source>
        <translation>%1（未填电话）</translation>
    </message>
    <message>
        <source>Under 3 h on %1</source>
        <translation>%1不足 3 小时</translation>
    </message>
    <message>
        <source>No weekly schedule in force</source>
        <translation>尚无执行中的每周时间表</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>%1 of %2 requirements met</source>
        <translation>%2 项要求中已满足 %1 项</translation>
    </message>
</context>
<context>
    <name>RoomUpkeepPanel</name>
    <message>
        <source>underlined: disinfected</source>
        <translation>下划线：当天已消毒</translation>
    </message>
    <message numerus="yes">
        <source>%n open day(s) without a record this month</source>
        <translation>
            <numerusform>本月有 %n 个开放日没有记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) incomplete</source>
        <translation>
            <numerusform>%n 条记录不完整</numerusform>
        </translation>
    </message>
    <message>
        <source>Last disinfection: %1</source>
        <translation>最近一次消毒：%1</translation>
    </message>
    <message>
        <source>No disinfection recorded yet</source>
        <translation>尚无消毒记录</translation>
    </message>
    <message>
        <source>disinfection overdue since %1</source>
        <translation>消毒已逾期（应于 %1 消毒）</translation>
    </message>
    <message>
        <source>next disinfection due %1</source>
        <translation>下次消毒：%1</translation>
    </message>
    <message>
        <source>Open %1–%2, on duty: %3</source>
        <translation>开放 %1–%2，值班：%3</translation>
    </message>
    <message>
        <source>Cleaned by %1</source>
        <translation>清洁：%1</translation>
    </message>
    <message>
        <source>Disinfected: %1</source>
        <translation>消毒：%1</translation>
    </message>
    <message numerus="yes">
        <source>Disinfection every %n open day(s) from now on.</source>
        <translation>
            <numerusform>今后每 %n 个开放日消毒一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the cleaning and disinfection log</source>
        <translation>保存清洁消毒登记表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cleaning and disinfection log</source>
        <translation>清洁消毒登记表</translation>
    </message>
    <message>
        <source>That day has not come yet.</source>
        <translation>这一天还没有到。</translation>
    </message>
    <message>
        <source>Day log of %1 saved.</source>
        <translation>%1 的日常记录已保存。</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>Saving to the roster…</source>
        <translation>正在写入名册…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1（原 %2）</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Which column holds what? The guess is filled in; change any column with its drop-down. Employee no., name and department are needed, the rest is optional. The mapping you import with is remembered for files with the same headings.</source>
        <translation>每一列是什么内容？已按猜测填好，可用下拉框修改任意一列。工号、姓名和部门必须有，其余可选。导入时使用的对应关系会被记住，下次遇到相同表头的文件直接沿用。</translation>
    </message>
    <message>
        <source>Choose the roster file</source>
        <translation>选择名册文件</translation>
    </message>
    <message>
        <source>Checking the roster</source>
        <translation>正在检查名册</translation>
    </message>
    <message>
        <source>Importing the roster</source>
        <translation>正在导入名册</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>已导入：新增 %1 人，更新 %2 人。</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>变更（%1）</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged.</source>
        <translation>新增 %1 人，更新 %2 人，不变 %3 人。</translation>
    </message>
    <message>
        <source>New departments: %1.</source>
        <translation>新部门：%1。</translation>
    </message>
    <message>
        <source>%1 people on the roster are not in this file; they stay as they are (record departures on the Staff page).</source>
        <translation>名册中有 %1 人不在此文件中，保持不变（离职请在职工页登记）。</translation>
    </message>
    <message>
        <source>No errors. Press Import to save the changes.</source>
        <translation>没有错误。点击“导入”保存修改。</translation>
    </message>
    <message>
        <source>%1 warning(s): please look at them. Press Import to save the changes.</source>
        <translation>有 %1 个提示，请查看。点击“导入”保存修改。</translation>
    </message>
    <message>
        <source>The roster is already up to date: nothing to import.</source>
        <translation>名册已是最新，没有需要导入的内容。</translation>
    </message>
    <message>
        <source>Save the roster template</source>
        <translation>保存名册模板</translation>
    </message>
    <message>
        <source>roster template.xlsx</source>
        <translation>职工名册模板.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
    <message>
        <source>Saving the template</source>
        <translation>正在保存模板</translation>
    </message>
    <message>
        <source>Import the staff roster</source>
        <translation>导入职工名册</translation>
    </message>
    <message>
        <source>Choose the roster from HR (Excel, WPS, LibreOffice or a .csv/.txt file). It is checked first and nothing is written until you press Import. An employee no. already on the roster updates that person; blank cells keep what is stored.</source>
        <translation>选择人事部门提供的名册（Excel、WPS、LibreOffice 或 .csv/.txt 文件）。先检查，按“导入”之前不会写入任何内容。名册中已有的工号会更新该职工；空白单元格保留原有内容。</translation>
    </message>
    <message>
        <source>Roster file (.xlsx .xls .et .ods .csv .txt)</source>
        <translation>名册文件（.xlsx .xls .et .ods .csv .txt）</translation>
    </message>
</context>
<context>
    <name>ScheduleVersionDialog</name>
    <message>
        <source>New weekly schedule</source>
        <translation>新的每周时间表</translation>
    </message>
    <message>
        <source>A new weekly schedule applies from its date on; days before it keep the schedule that was in force then, so past months are judged as they were.</source>
        <translation>新的每周时间表从其生效日期起执行；此前的日期仍按当时执行的时间表计算，过去月份的考核结果不受影响。</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. winter hours</source>
        <translation>如：冬季作息</translation>
    </message>
    <message>
        <source>Start from a copy of the schedule shown</source>
        <translation>复制当前显示的时间表作为起点</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Spreadsheets (%1);;All files (*)</source>
        <translation>表格文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>Columns (%1)</source>
        <translation>列 (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题 (%1)</translation>
    </message>
    <message>
        <source> (header on row %1)</source>
        <translation>（表头在第 %1 行）</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>未使用的列：%1。</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s). Nothing will be imported while an error remains: correct the file and check it again.</source>
        <translation>%1 个错误，%2 个提示。有错误时不会导入任何数据：请改正文件后重新检查。</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>The backup made before every import could not be written (%1). Nothing was imported. Free some space on the disk, then import again.</source>
        <translation>每次导入前的备份无法写入（%1），未导入任何数据。请腾出磁盘空间后重新导入。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>异常发现</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Present</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>来宾</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>all staff</source>
        <translation>全体职工</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>签到：%1</translation>
    </message>
    <message>
        <source>Target group: %1</source>
        <translation>参加对象：%1</translation>
    </message>
    <message>
        <source>This activity is cancelled: it takes no sign-ins.</source>
        <translation>该活动已取消，不能签到。</translation>
    </message>
    <message numerus="yes">
        <source>%n from outside the target group</source>
        <translation>
            <numerusform>非参加对象 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>来宾 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>also signed in, not counted: %1</source>
        <translation>另有签到但不计入：%1</translation>
    </message>
    <message>
        <source>Many cards at once</source>
        <translation>批量刷卡</translation>
    </message>
    <message>
        <source>Scan the cards one after another, or paste their numbers (one a line, or separated by commas or spaces):</source>
        <translation>逐张刷卡，或粘贴工号（每行一个，或用逗号、空格隔开）：</translation>
    </message>
    <message>
        <source>Everyone listed is already signed in.</source>
        <translation>列表中的人员都已签到。</translation>
    </message>
    <message>
        <source>Tick everyone listed</source>
        <translation>列表中全部签到</translation>
    </message>
    <message numerus="yes">
        <source>Sign in the %n person(s) listed who are not signed in yet?</source>
        <translation>
            <numerusform>为列表中尚未签到的 %n 人签到？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed in</source>
        <translation>
            <numerusform>%n 人已签到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the target group (not counted)</source>
        <translation>
            <numerusform>%n 人不在参加对象内（不计入）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already signed in</source>
        <translation>
            <numerusform>%n 人此前已签到</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Not signed in (unknown card, or not on the roster that day): %1.</source>
        <translation>未签到（工号不存在，或当天不在名册上）：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is no longer signed in.</source>
        <translation>已取消 %1 的签到。</translation>
    </message>
    <message>
        <source>%1 is already on the guest list.</source>
        <translation>%1 已在来宾名单中。</translation>
    </message>
    <message>
        <source>Guest %1 recorded (guests are not counted in the rate).</source>
        <translation>已登记来宾 %1（来宾不计入参与率）。</translation>
    </message>
    <message>
        <source>Import a sign-in spreadsheet</source>
        <translation>导入签到表</translation>
    </message>
    <message>
        <source>Spreadsheets (%1);;All files (*)</source>
        <translation>表格文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Sign-in sheet %1.pdf</source>
        <translation>签到表 %1.pdf</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>保存签到表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the sign-in sheet…</source>
        <translation>正在生成签到表…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Not on the roster on the activity's date (left or not yet hired): not signed in.</source>
        <translation>活动当天不在名册上（已离职或尚未入职），未签到。</translation>
    </message>
    <message>
        <source>Type the guest's name first.</source>
        <translation>请先输入来宾姓名。</translation>
    </message>
    <message>
        <source>That record no longer exists. Close and reopen the panel.</source>
        <translation>该记录已不存在，请关闭后重新打开。</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Scan a staff card (or type the employee no. and press Enter):</source>
        <translation>刷工卡（或输入工号后按回车）：</translation>
    </message>
    <message>
        <source>Many cards at once…</source>
        <translation>批量刷卡…</translation>
    </message>
    <message>
        <source>Scan or paste a list of card numbers, then sign them all in</source>
        <translation>刷入或粘贴一批工号，一次全部签到</translation>
    </message>
    <message>
        <source>Search the roster by employee no., name or pinyin to tick someone</source>
        <translation>按工号、姓名或拼音在名册中搜索，勾选到场人员</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Guests (walk-ins not on the roster; never counted)</source>
        <translation>来宾（未在名册上的参加人员，不计入参与率）</translation>
    </message>
    <message>
        <source>Guest's name and organisation</source>
        <translation>来宾姓名及单位</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>添加来宾</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>删除来宾</translation>
    </message>
    <message>
        <source>Import a sign-in spreadsheet…</source>
        <translation>导入签到表…</translation>
    </message>
    <message>
        <source>Sign-in sheet PDF…</source>
        <translation>签到表 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SignInImportDialog</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Which column holds what? The guess is filled in; change any column with its drop-down. An employee no. or a name column is needed; with a signature column, unsigned rows are skipped. The mapping you record with is remembered.</source>
        <translation>每一列是什么内容？已按猜测填好，可用下拉框修改任意一列。至少要有工号列或姓名列；有签名列时，未签名的行会跳过。登记时使用的对应关系会被记住。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Checking the sign-in sheet…</source>
        <translation>正在检查签到表…</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题 (%1)</translation>
    </message>
    <message>
        <source>Columns (%1)</source>
        <translation>列 (%1)</translation>
    </message>
    <message>
        <source>%1 new sign-in(s), %2 new guest(s), %3 already signed in</source>
        <translation>新签到 %1 人，新来宾 %2 人，已签到 %3 人</translation>
    </message>
    <message>
        <source>; %1 listed but unsigned row(s) skipped</source>
        <translation>；名单中未签名的 %1 行已跳过</translation>
    </message>
    <message>
        <source>%1 error(s) must be corrected in the file before anything is recorded. Nothing has been written. (%2)</source>
        <translation>文件中有 %1 处错误，须先在文件中改正才能记录，目前未写入任何数据。（%2）</translation>
    </message>
    <message>
        <source>Ready: %1.</source>
        <translation>可以记录：%1。</translation>
    </message>
    <message>
        <source>Recording the sign-ins…</source>
        <translation>正在记录签到…</translation>
    </message>
    <message>
        <source>Import sign-ins</source>
        <translation>导入签到</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Record these sign-ins</source>
        <translation>记录这些签到</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SiteProfileForm</name>
    <message>
        <source>Enterprise</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <source>Host enterprise *</source>
        <translation>建设单位 *</translation>
    </message>
    <message>
        <source>Site code *</source>
        <translation>单位代码 *</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>County / district</source>
        <translation>所属县（区）</translation>
    </message>
    <message>
        <source>Health room</source>
        <translation>职工健康生活室</translation>
    </message>
    <message>
        <source>Room name *</source>
        <translation>生活室名称 *</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Independent space</source>
        <translation>空间独立</translation>
    </message>
    <message>
        <source>Nameplate hung</source>
        <translation>已悬挂铭牌</translation>
    </message>
    <message>
        <source>Hung since</source>
        <translation>悬挂日期</translation>
    </message>
    <message>
        <source>The day the union's nameplate was hung on or beside the door</source>
        <translation>市总工会统一铭牌悬挂在门上或门旁的日期</translation>
    </message>
    <message>
        <source>Rules posted</source>
        <translation>已张贴管理制度</translation>
    </message>
    <message>
        <source>Open-hours table posted</source>
        <translation>已张贴开放时间表</translation>
    </message>
    <message>
        <source>Responsible persons</source>
        <translation>管理人</translation>
    </message>
    <message>
        <source>Union chair (first responsible)</source>
        <translation>工会主席（第一责任人）</translation>
    </message>
    <message>
        <source>Union chair's phone</source>
        <translation>工会主席电话</translation>
    </message>
    <message>
        <source>Health administrator</source>
        <translation>健康管理员</translation>
    </message>
    <message>
        <source>Administrator's phone</source>
        <translation>管理员电话</translation>
    </message>
    <message>
        <source>Further health administrators</source>
        <translation>其他健康管理员</translation>
    </message>
    <message>
        <source>Add an administrator</source>
        <translation>添加管理员</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Partner hospital</source>
        <translation>合作医院</translation>
    </message>
    <message>
        <source>Expert liaison</source>
        <translation>专家联络员</translation>
    </message>
    <message>
        <source>Liaison's phone</source>
        <translation>联络员电话</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>咨询热线</translation>
    </message>
</context>
<context>
    <name>SiteSetupDialog</name>
    <message>
        <source>Staff health room</source>
        <translation>职工健康生活室</translation>
    </message>
    <message>
        <source>Create a new site</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>Enter the enterprise and its staff health room. Fields marked * are required; the rest can be completed later.</source>
        <translation>请填写建设单位和职工健康生活室的信息。带 * 的为必填项，其余可以以后补充。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>%1 must be greater than 0.</source>
        <translation>%1必须大于 0。</translation>
    </message>
    <message>
        <source>%1 is too long: shorten it to fit one printed page.</source>
        <translation>%1过长：请删减，使其能印在一页上。</translation>
    </message>
    <message>
        <source>%1: at most nine can be listed.</source>
        <translation>%1：最多可填写九人。</translation>
    </message>
    <message>
        <source>%1: every row with a phone number needs a name.</source>
        <translation>%1：填了电话的每一行都需要填写姓名。</translation>
    </message>
    <message>
        <source>%1 cannot be saved as entered.</source>
        <translation>%1无法按所填内容保存。</translation>
    </message>
</context>
<context>
    <name>SlotRow</name>
    <message>
        <source>Remove this time slot</source>
        <translation>删除此时段</translation>
    </message>
</context>
<context>
    <name>SlotsDialog</name>
    <message>
        <source>Special hours on a date</source>
        <translation>某日的特殊开放时间</translation>
    </message>
    <message>
        <source>On this date the room opens only at these times, instead of the week's.</source>
        <translation>当天只在以下时段开放，代替每周时间表中的安排。</translation>
    </message>
    <message>
        <source>Add at least one time slot.</source>
        <translation>请至少添加一个时段。</translation>
    </message>
    <message>
        <source>Open hours on %1</source>
        <translation>%1的开放时间</translation>
    </message>
    <message>
        <source>%1 in the weekly schedule in force from %2</source>
        <translation>自 %2 起执行的每周时间表中的%1</translation>
    </message>
    <message>
        <source>This also changes how the days since %1 are judged. To change the hours from a date on, start a new schedule from that date instead.</source>
        <translation>修改后，自 %1 以来各天的开放时长也将按新时间计算。如只想从某日起调整开放时间，请改为从该日起启用新时间表。</translation>
    </message>
    <message>
        <source>A time slot ends before it starts.</source>
        <translation>有一个时段的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>开放 %1</translation>
    </message>
    <message>
        <source>Under 3 hours: the founding rules ask for at least 3 hours a day.</source>
        <translation>不足 3 小时：管理使用办法要求每日开放不少于 3 小时。</translation>
    </message>
    <message>
        <source>Overlapping or touching slots are joined and counted once.</source>
        <translation>重叠或相连的时段会合并，只计算一次。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>e.g. afternoon fire drill</source>
        <translation>如：下午全厂消防演练</translation>
    </message>
    <message>
        <source>Open from – to</source>
        <translation>开放时段（起止时间）</translation>
    </message>
    <message>
        <source>No slots: the room is closed on this day.</source>
        <translation>没有时段：当天闭室。</translation>
    </message>
    <message>
        <source>Add a time slot</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <source>The same hours also on</source>
        <translation>相同时段同时用于</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>星期一至星期五</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Staff &amp; health files</source>
        <translation>职工与健康档案</translation>
    </message>
    <message>
        <source>Search by employee no., name or pinyin (zs, zhangsan)</source>
        <translation>按工号、姓名或拼音搜索（zs、zhangsan）</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>名册</translation>
    </message>
    <message>
        <source>Incomplete health files</source>
        <translation>健康档案不完整</translation>
    </message>
    <message>
        <source>No health data in 12 months</source>
        <translation>12 个月内无健康数据</translation>
    </message>
    <message>
        <source>At risk (attention / high)</source>
        <translation>健康风险（关注 / 高危）</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>随访到期</translation>
    </message>
    <message>
        <source>On the roster</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>no file yet</source>
        <translation>未建档</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从无</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>File</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Latest health data</source>
        <translation>最近健康数据</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Follow-up due on</source>
        <translation>随访到期日</translation>
    </message>
    <message>
        <source>Reading the health files</source>
        <translation>正在读取健康档案</translation>
    </message>
    <message>
        <source>Double-click a person to open the health file. Masked: ID number and mobile show their last 4 characters.</source>
        <translation>双击人员打开健康档案。身份证号和手机号只显示后 4 位。</translation>
    </message>
    <message>
        <source>Nobody is on the roster.</source>
        <translation>名册中没有人员。</translation>
    </message>
    <message>
        <source>Complete files: %1 of %2 (%3 %), target %4 %</source>
        <translation>建档完成：%1 / %2 人（%3 %），目标 %4 %</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>%1 more needed</source>
        <translation>还差 %1 人</translation>
    </message>
    <message>
        <source>No health data in 12 months: %1</source>
        <translation>12 个月内无健康数据：%1 人</translation>
    </message>
    <message>
        <source>High risk: %1, attention: %2</source>
        <translation>高危 %1 人，关注 %2 人</translation>
    </message>
    <message>
        <source>Follow-ups due: %1</source>
        <translation>随访到期：%1 人</translation>
    </message>
</context>
<context>
    <name>StaffTools</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>新增人员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Departure…</source>
        <translation>离职…</translation>
    </message>
    <message>
        <source>Health file…</source>
        <translation>健康档案…</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>导入名册…</translation>
    </message>
    <message>
        <source>Department order…</source>
        <translation>部门顺序…</translation>
    </message>
    <message>
        <source>Import the check-up results the partner hospital sent into the health files</source>
        <translation>将合作医院提供的体检结果导入健康档案</translation>
    </message>
    <message>
        <source>Import check-up results…</source>
        <translation>导入体检结果…</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Not a site's register</source>
        <translation>不是单位台账</translation>
    </message>
    <message>
        <source>%1 is a county workspace, not a site's register. Open it with "Open county workspace…" on the sign-in window, or start the program with --workspace FILE.</source>
        <translation>%1 是县级工作区，不是单位台账。请在登录窗口点“打开县级工作区…”打开，或用 --workspace 文件 启动程序。</translation>
    </message>
    <message>
        <source>Not for this database</source>
        <translation>不适用于这个数据库</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>无法打开此文件</translation>
    </message>
    <message>
        <source>County reviewer accounts work in the county workspace, not in a site's register.</source>
        <translation>市县工会审核员账户用于县级工作区，不能打开单位的台账。</translation>
    </message>
    <message>
        <source>The register is on a network drive</source>
        <translation>台账文件在网络驱动器上</translation>
    </message>
    <message>
        <source>%1 is on a network location (%2). The register has to be on this computer's own disk: it cannot be shared safely between computers, and two of them writing at once could spoil it. Copy the file and its .keys file to a folder on this PC (for example D:\HealthRoom) and open that copy.</source>
        <translation>%1 在网络位置（%2）。台账文件必须放在本机硬盘上：它不能在多台电脑之间安全共享，两台电脑同时写入可能损坏数据。请把该文件及其 .keys 文件复制到本机的文件夹（例如 D:\健康小屋），再打开这个副本。</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be used (%1).

It was moved aside, unchanged, to:
%2</source>
        <translation>数据库文件已损坏，不能使用（%1）。

它已原样移到：
%2</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>No good backup was found beside it. Ask your technician for a backup copy (for example on a USB stick) and restore it.</source>
        <translation>旁边没有找到完好的备份。请向技术员索取备份副本（例如U盘中的），然后恢复。</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restore it now? Anything recorded after it will have to be entered again.</source>
        <translation>最近的完好备份是 %1 的。现在恢复吗？备份之后录入的内容需要重新录入。</translation>
    </message>
</context>
<context>
    <name>StartCheckNotice</name>
    <message>
        <source>Damage found in the register</source>
        <translation>台账文件已损坏</translation>
    </message>
    <message>
        <source>The check of %1 found damage: %2

Save only what you must, then close the program: at its next start it checks the file first and offers the newest good backup.</source>
        <translation>检查发现台账文件 %1 已损坏：%2

请只保存必须保存的内容，然后关闭程序：下次启动时会先检查文件，并提供最近的完好备份。</translation>
    </message>
</context>
<context>
    <name>StartChecklist</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>点击前往</translation>
    </message>
    <message numerus="yes">
        <source>Getting started: %n step(s) left.</source>
        <translation>
            <numerusform>入门清单：还差 %n 步。</numerusform>
        </translation>
    </message>
    <message>
        <source>Grey “not applicable” cards only mean there is nothing to count yet; each step below fills them in. Next: %1.</source>
        <translation>灰色的“不适用”卡片只表示还没有可计算的数据，完成下面各步后就会显示数字。下一步：%1。</translation>
    </message>
</context>
<context>
    <name>StockMovementDialog</name>
    <message>
        <source>Consumables — %1</source>
        <translation>消耗品%1</translation>
    </message>
    <message>
        <source>%1 %2 in stock</source>
        <translation>库存 %1 %2</translation>
    </message>
    <message>
        <source>The partner hospital replenishes the consumables every quarter.</source>
        <translation>合作医院每季度补充一次日常消耗品。</translation>
    </message>
    <message>
        <source>Lots are used soonest expiry first unless you choose one.</source>
        <translation>未指定批次时，先用有效期最近的批次。</translation>
    </message>
    <message>
        <source>Soonest expiry first</source>
        <translation>有效期近的先用</translation>
    </message>
</context>
<context>
    <name>StockMovementForm</name>
    <message>
        <source>Item</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Quantity *</source>
        <translation>数量 *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Lot no.</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Only the union chair can change the targets.</source>
        <translation>只有工会主席可以修改目标值。</translation>
    </message>
    <message>
        <source>%1: this target is out of range.</source>
        <translation>%1：目标值超出范围。</translation>
    </message>
    <message>
        <source>Indicator targets</source>
        <translation>指标目标值</translation>
    </message>
    <message>
        <source>The defaults are the founding rules of the staff health room. Change a target only when your union sets a different one for this site; every change is recorded in the audit trail.</source>
        <translation>默认值来自《职工健康生活室管理使用办法》。只有在上级工会为本单位另定目标时才修改；每次修改都记入操作日志。</translation>
    </message>
    <message>
        <source>Founding rules' defaults</source>
        <translation>恢复管理办法默认值</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Urgent values</source>
        <translation>危急值</translation>
    </message>
    <message>
        <source>A reading at an urgent value turns the entry form red with “see a doctor now”; the visit stays open until the action taken is recorded. Set them to your partner hospital's values.</source>
        <translation>检测值达到危急值时，登记表变为红色并提示“建议立即就医”；记录所采取的处置后才能结束本次登记。请按合作医院的危急值规定设置。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Common clinical reference values.</source>
        <translation>常用临床参考值。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>the average of the readings (as the guideline says)</source>
        <translation>各次读数的平均值（按指南）</translation>
    </message>
    <message>
        <source>the repeat reading</source>
        <translation>复测读数</translation>
    </message>
    <message>
        <source>“%1” must be below “%2”.</source>
        <translation>“%1”必须小于“%2”。</translation>
    </message>
    <message>
        <source>Every threshold must be a positive number.</source>
        <translation>每个判定值都必须是正数。</translation>
    </message>
    <message>
        <source>Reading grades and urgent values</source>
        <translation>检测分级与危急值</translation>
    </message>
    <message>
        <source>Each reading is graded against these limits (abnormal grades in red, with advice and follow-up). The defaults follow the Chinese guidelines named on each page. New limits apply to readings recorded from now on; stored grades stay.</source>
        <translation>每次检测按以下界值分级（异常分级标红，并给出建议和随访）。默认值依据各页注明的中国指南。新界值只用于此后登记的检测，已保存的分级不变。</translation>
    </message>
    <message>
        <source>&amp;Result of a re-measurement:</source>
        <translation>复测结果取(&amp;R)：</translation>
    </message>
    <message>
        <source>Follow-up by grade</source>
        <translation>按分级随访</translation>
    </message>
    <message>
        <source>Days from the visit to the follow-up proposed for each grade (0: refer at once). The follow-up date can still be changed when it is added.</source>
        <translation>各分级建议的随访间隔（自检测之日起的天数，0 表示立即转诊）。添加随访时仍可修改日期。</translation>
    </message>
</context>
<context>
    <name>UrgentCaseSteps</name>
    <message>
        <source>Choose what was done…</source>
        <translation>选择已采取的处置…</translation>
    </message>
    <message>
        <source>Keep the person here, call the partner hospital or 120 as needed, then record what was done: the next person can be entered after that.</source>
        <translation>请让本人留在室内，视情况联系合作医院或拨打120，然后记录所采取的处置；记录后才能登记下一位。</translation>
    </message>
    <message>
        <source>Urgent value: record what was done (referred, 120 called, advised…) before going on.</source>
        <translation>危急值：请先记录所采取的处置（转诊、拨打120、建议就医……）再继续。</translation>
    </message>
    <message>
        <source>Choose what was done.</source>
        <translation>请选择已采取的处置。</translation>
    </message>
    <message>
        <source>Say in the note what was done.</source>
        <translation>请在说明中写明采取了什么处置。</translation>
    </message>
    <message>
        <source>Action recorded for %1: %2. The visit is closed.</source>
        <translation>已记录%1的处置：%2。本次登记已结束。</translation>
    </message>
</context>
<context>
    <name>UsageLogActions</name>
    <message>
        <source>Person's history…</source>
        <translation>个人健康记录…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Print register…</source>
        <translation>打印登记表…</translation>
    </message>
    <message>
        <source>Blank forms…</source>
        <translation>空白登记表…</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>判定标准…</translation>
    </message>
</context>
<context>
    <name>UsageLogFilters</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>只看异常</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>All items</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>Usage register</source>
        <translation>使用登记</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <source>Employee no., name or pinyin (zs)</source>
        <translation>工号、姓名或拼音（zs）</translation>
    </message>
    <message>
        <source>%1+ visits, counting…</source>
        <translation>%1 条以上，正在统计…</translation>
    </message>
    <message>
        <source>(only the first %1 people matching: type more of the name)</source>
        <translation>（只按前 %1 位相符的人员筛选，请输入更完整的姓名）</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n visit(s)</source>
        <translation>
            <numerusform>今日登记：%n 人次</numerusform>
        </translation>
    </message>
    <message>
        <source>Person's history</source>
        <translation>个人健康记录</translation>
    </message>
    <message>
        <source>Select a visit of a person on the roster (visitors have no history).</source>
        <translation>请选择名册中职工的一条登记（访客没有健康记录）。</translation>
    </message>
    <message>
        <source>Select a visit in the list first.</source>
        <translation>请先在列表中选择一条登记。</translation>
    </message>
</context>
<context>
    <name>UsageTop</name>
    <message>
        <source>Today</source>
        <translation>今日登记</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>Set a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>User name *</source>
        <translation>用户名 *</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role *</source>
        <translation>角色 *</translation>
    </message>
    <message>
        <source>Password *</source>
        <translation>密码 *</translation>
    </message>
    <message>
        <source>Password again *</source>
        <translation>再次输入密码 *</translation>
    </message>
    <message>
        <source>Give the password to the person directly; they can change it under Account › Change password.</source>
        <translation>请当面把密码交给本人；本人可在“账户 › 修改密码”中更改。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>Everyone who uses this computer's register has an own account. The role decides what the account may see and do.</source>
        <translation>每位使用本机台账的人都有自己的账户。角色决定账户能看到和能做的事。</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>添加账户…</translation>
    </message>
    <message>
        <source>Set a new password…</source>
        <translation>设置新密码…</translation>
    </message>
</context>
<context>
    <name>VisitDeleteDialog</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the visit of &lt;b&gt;%1&lt;/b&gt; at %2?&lt;br/&gt;%3</source>
        <translation>删除 &lt;b&gt;%1&lt;/b&gt; 在 %2 的使用登记？&lt;br/&gt;%3</translation>
    </message>
    <message>
        <source>Delete a visit</source>
        <translation>删除使用登记</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit trail):</source>
        <translation>原因(&amp;R)（记入操作日志）：</translation>
    </message>
    <message>
        <source>e.g. recorded twice; wrong person</source>
        <translation>例如：重复登记；登记错人</translation>
    </message>
</context>
<context>
    <name>VisitEditDialog</name>
    <message>
        <source>Correct a visit</source>
        <translation>更正使用登记</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation>访客(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Visited at:</source>
        <translation>使用时间(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>建议(&amp;A)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction:</source>
        <translation>更正原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Required: kept in the audit trail</source>
        <translation>必填，记入操作日志</translation>
    </message>
</context>
<context>
    <name>VisitEntryForm</name>
    <message>
        <source>No one on the roster matches “%1”. Check the spelling, or tick Visitor to record someone who is not on the roster.</source>
        <translation>名册中没有与“%1”相符的人员。请检查输入，或勾选“访客”登记名册以外的人员。</translation>
    </message>
    <message>
        <source>Visitor's name</source>
        <translation>访客姓名</translation>
    </message>
    <message>
        <source>No., name, pinyin (zs) or card</source>
        <translation>工号/姓名/拼音(zs)/刷卡</translation>
    </message>
    <message>
        <source>Visitor: not counted in staff rates.</source>
        <translation>访客：不计入职工使用率。</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation>上次 %1</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>%1 离职</translation>
    </message>
    <message>
        <source>Abnormal value: let the person rest a few minutes and measure again; Ctrl+I inserts the suggested advice.</source>
        <translation>有异常值：请休息几分钟后复测；按 Ctrl+I 插入建议。</translation>
    </message>
    <message>
        <source>⚠ %1 %2: %3. Measure again after a rest, and give advice.</source>
        <translation>⚠ %1 %2：%3。请休息后复测，并给予健康建议。</translation>
    </message>
    <message>
        <source>✓ Saved %1 %2: %3</source>
        <translation>✓ 已保存 %1 %2：%3</translation>
    </message>
    <message>
        <source>no readings</source>
        <translation>未检测</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation>访客(&amp;V)</translation>
    </message>
    <message>
        <source>Someone not on the staff roster: type the name. Visitors never count in staff rates.</source>
        <translation>不在职工名册中的人员：输入姓名即可。访客不计入职工使用率。</translation>
    </message>
    <message>
        <source>History (F2)</source>
        <translation>健康记录 (F2)</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>建议(&amp;A)：</translation>
    </message>
    <message>
        <source>Suggested advice (Ctrl+I)</source>
        <translation>插入建议 (Ctrl+I)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>From &amp;paper, visited at:</source>
        <translation>补录纸质记录(&amp;P)，使用时间：</translation>
    </message>
    <message>
        <source>A visit written on the paper register during an outage: enter its real date and time.</source>
        <translation>停电或故障期间写在纸质登记表上的记录：按实际日期和时间补录。</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>清空 (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (回车)</translation>
    </message>
    <message>
        <source>Measure again (F6)</source>
        <translation>复测 (F6)</translation>
    </message>
    <message>
        <source>Add follow-up (F7)</source>
        <translation>添加随访 (F7)</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>处置(&amp;D)：</translation>
    </message>
    <message>
        <source>Note (hospital, time, who went with the person)</source>
        <translation>说明（医院、时间、陪同人员）</translation>
    </message>
    <message>
        <source>&amp;Record the action and close the visit</source>
        <translation>记录处置并结束登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>VisitLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>健康建议</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 (visitor)</source>
        <translation>%1（访客）</translation>
    </message>
    <message>
        <source>[from paper]</source>
        <translation>[补录]</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>VisitMessages</name>
    <message>
        <source>Choose a person from the roster, or tick Visitor and type the name.</source>
        <translation>请从人员名册中选择使用人员，或勾选“访客”并输入姓名。</translation>
    </message>
    <message>
        <source>This person is no longer on the roster. Choose the person again.</source>
        <translation>名册中已没有此人，请重新选择。</translation>
    </message>
    <message>
        <source>This person had left before the date of the visit. Check the person and the date.</source>
        <translation>此人在登记日期之前已离职，请核对人员和日期。</translation>
    </message>
    <message>
        <source>The visitor's name is too long (at most 100 characters).</source>
        <translation>访客姓名太长（最多100个字符）。</translation>
    </message>
    <message>
        <source>A visit from paper needs the date and time written on the paper.</source>
        <translation>补录纸质记录需要填写纸上记录的日期和时间。</translation>
    </message>
    <message>
        <source>The date and time of the visit lie in the future. Check them.</source>
        <translation>登记的日期时间晚于当前时间，请核对。</translation>
    </message>
    <message>
        <source>Blood pressure needs both values: systolic and diastolic.</source>
        <translation>血压需要同时填写收缩压和舒张压。</translation>
    </message>
    <message>
        <source>The diastolic pressure must be lower than the systolic one. Were they swapped?</source>
        <translation>舒张压必须低于收缩压，是否填反了？</translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the audit trail.</source>
        <translation>请填写原因：原因将记入操作日志。</translation>
    </message>
    <message>
        <source>This visit no longer exists (deleted meanwhile?). Reload the list.</source>
        <translation>这条登记已不存在（可能已被删除），请刷新列表。</translation>
    </message>
    <message>
        <source>Follow-ups are for staff on the roster, not for visitors.</source>
        <translation>随访只针对名册中的职工，访客不能添加随访。</translation>
    </message>
    <message>
        <source>The visit could not be saved. Check the entries and try again.</source>
        <translation>登记未能保存，请核对填写的内容后重试。</translation>
    </message>
    <message>
        <source>%1 %2 %3 cannot be a real measurement (plausible: %4 to %5). Check the value and type it again.</source>
        <translation>%1 %2 %3 不可能是真实的测量值（合理范围 %4–%5），请核对后重新输入。</translation>
    </message>
</context>
<context>
    <name>WallSchedulePanel</name>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Enter the room profile first.</source>
        <translation>请先填写生活室概况。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Open hours %1.pdf</source>
        <translation>开放时间表 %1.pdf</translation>
    </message>
    <message>
        <source>Wall schedule</source>
        <translation>开放时间表</translation>
    </message>
    <message>
        <source>Preparing the wall schedule…</source>
        <translation>正在生成开放时间表…</translation>
    </message>
    <message>
        <source>The open-hours table for the room's door: the weekly hours, closures in the coming weeks, the responsible persons and the partner hospital with their phones, and the house rules below — on one page.</source>
        <translation>张贴在生活室门上的开放时间表：每周开放时间、近期闭室安排、管理人员和合作医院及其电话，以及下面的使用须知——全部印在一页上。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Closures shown for the next</source>
        <translation>列出今后</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周的闭室安排</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <source>House rules printed on the schedule</source>
        <translation>印在开放时间表上的使用须知</translation>
    </message>
    <message>
        <source>One rule per line. A short first line without punctuation becomes the heading. Left empty, the default text drawn from the founding rules is printed.</source>
        <translation>每行一条。第一行如较短且不含标点，将作为标题。留空时打印根据管理使用办法拟定的默认内容。</translation>
    </message>
    <message>
        <source>Start from the default text</source>
        <translation>使用默认内容</translation>
    </message>
    <message>
        <source>Save house rules</source>
        <translation>保存使用须知</translation>
    </message>
</context>
</TS>