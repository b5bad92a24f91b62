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
    <name>Accounts</name>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The user name may not contain spaces and must be at most 50 characters.</source>
        <translation>用户名不能包含空格，最多 50 个字符。</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>这个用户名已被使用。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The password is too simple: use letters and digits, not only digits.</source>
        <translation>密码太简单：请同时使用字母和数字，不要只用数字。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>There is no account with this user name.</source>
        <translation>没有这个用户名的账户。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>This is the only union chair account; it cannot be disabled.</source>
        <translation>这是唯一的工会主席账户，不能停用。</translation>
    </message>
    <message>
        <source>This database already has accounts.</source>
        <translation>这个数据库已经有账户了。</translation>
    </message>
    <message>
        <source>Union chair</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <source>Health administrator</source>
        <translation>健康管理员</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>County reviewer</source>
        <translation>市县工会审核员</translation>
    </message>
    <message>
        <source>Five wrong passwords in a row: the account is locked until %1. Try again then, or ask the union chair.</source>
        <translation>连续 5 次密码错误：账户已锁定到 %1。请到时再试，或联系工会主席。</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask the union chair.</source>
        <translation>这个账户已被停用，请联系工会主席。</translation>
    </message>
    <message>
        <source>Wrong user name or password. %1 attempt(s) left before the account locks.</source>
        <translation>用户名或密码错误。再错 %1 次账户将被锁定。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
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
        <source>Attendees</source>
        <translation>签到人数</translation>
    </message>
    <message>
        <source>Activities &amp; sign-in</source>
        <translation>活动与签到</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
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
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Site profile</source>
        <translation>单位与小屋信息</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Health file</source>
        <translation>健康档案</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>使用登记</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Database backup</source>
        <translation>数据库备份</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
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
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
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
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>This file is not a HealthRoom backup.</source>
        <translation>这个文件不是本程序的备份。</translation>
    </message>
    <message>
        <source>This backup is encrypted with another key. Keep its .keys file beside it and give the password your account had in that database.</source>
        <translation>这个备份用另一个密钥加密。请把它的 .keys 文件放在旁边，并输入您的账户在那个数据库中的密码。</translation>
    </message>
    <message>
        <source>This backup is damaged (it fails the integrity check).</source>
        <translation>这个备份已损坏（未通过完整性检查）。</translation>
    </message>
    <message>
        <source>No account of this database exists in the backup: after restoring it nobody could sign in. Choose another backup.</source>
        <translation>备份中没有本数据库的任何账户：恢复后将无人能够登录。请选择其他备份。</translation>
    </message>
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
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Asset no.</source>
        <translation>资产编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <translation>设备与耗材</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备设施</translation>
    </message>
    <message>
        <source>Consumables</source>
        <translation>日常消耗品</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
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
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>数据交换</translation>
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
        <translation>这个数据库还是空的。您可以建立自己单位的健康小屋，也可以先看看演示单位。</translation>
    </message>
    <message>
        <source>Create a new site</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>Enter your enterprise and its health room, then start recording.</source>
        <translation>填写本单位和健康小屋的信息，然后开始登记。</translation>
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
    <name>Labels</name>
    <message>
        <source>Blood pressure monitor</source>
        <translation>血压计</translation>
    </message>
    <message>
        <source>Glucose meter</source>
        <translation>血糖仪</translation>
    </message>
    <message>
        <source>Body-composition analyser</source>
        <translation>人体成分分析仪</translation>
    </message>
    <message>
        <source>Height and weight scale</source>
        <translation>身高体重秤</translation>
    </message>
    <message>
        <source>AED</source>
        <translation>AED 除颤仪</translation>
    </message>
    <message>
        <source>First-aid kit</source>
        <translation>急救箱</translation>
    </message>
    <message>
        <source>Massage chair</source>
        <translation>按摩椅</translation>
    </message>
    <message>
        <source>Vision chart</source>
        <translation>视力表</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Under repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>遗失</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已同型号补齐</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已报废</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Glucose test strips</source>
        <translation>血糖仪试纸</translation>
    </message>
    <message>
        <source>Lancets</source>
        <translation>采血针</translation>
    </message>
    <message>
        <source>Batteries</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Health education prescriptions</source>
        <translation>健康教育处方</translation>
    </message>
    <message>
        <source>Disinfectant</source>
        <translation>消毒用品</translation>
    </message>
    <message>
        <source>Health lecture</source>
        <translation>健康讲座</translation>
    </message>
    <message>
        <source>Free clinic</source>
        <translation>义诊</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>健康咨询</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Fitness activity</source>
        <translation>健身活动</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>闭馆</translation>
    </message>
    <message>
        <source>Special hours</source>
        <translation>特殊开放时间</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>血压</translation>
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
        <source>Fasting glucose</source>
        <translation>空腹血糖</translation>
    </message>
    <message>
        <source>2 h glucose</source>
        <translation>餐后2小时血糖</translation>
    </message>
    <message>
        <source>Random glucose</source>
        <translation>随机血糖</translation>
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
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <source>Body fat</source>
        <translation>体脂率</translation>
    </message>
    <message>
        <source>Waist</source>
        <translation>腰围</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>血氧饱和度</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
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
        <translation>设备与耗材</translation>
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
        <source>Audit trail</source>
        <translation>审计日志</translation>
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
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
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
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About HealthRoom Ledger</source>
        <translation>关于健康小屋台账(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OpenHoursPage</name>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>生效日期</translation>
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
        <source>Weekly schedule</source>
        <translation>每周开放时间</translation>
    </message>
    <message>
        <source>Closures and special hours</source>
        <translation>闭馆与特殊时间</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Staff on the roster</source>
        <translation>在册职工</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>今日使用人次</translation>
    </message>
    <message>
        <source>Visits this month</source>
        <translation>本月使用人次</translation>
    </message>
    <message>
        <source>Devices in service</source>
        <translation>在用设备</translation>
    </message>
    <message>
        <source>Upcoming activities</source>
        <translation>即将举办的活动</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>首页</translation>
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
    <name>ReportsPage</name>
    <message>
        <source>Open-hours wall schedule</source>
        <translation>开放时间表（张贴用）</translation>
    </message>
    <message>
        <source>The room's door</source>
        <translation>小屋门口张贴</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Union chair</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <source>Quarterly participation report</source>
        <translation>季度参与报告</translation>
    </message>
    <message>
        <source>Union chair, county union</source>
        <translation>工会主席、市县工会</translation>
    </message>
    <message>
        <source>Annual summary</source>
        <translation>年度总结</translation>
    </message>
    <message>
        <source>Equipment ledger</source>
        <translation>设备台账</translation>
    </message>
    <message>
        <source>Union assets, inspectors</source>
        <translation>工会资产管理、检查</translation>
    </message>
    <message>
        <source>Usage register</source>
        <translation>使用登记</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>staff</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>使用登记</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>账户</translation>
    </message>
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
    <name>SiteProfileForm</name>
    <message>
        <source>Enterprise</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <source>Enterprise name *</source>
        <translation>单位名称 *</translation>
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
        <translation>健康小屋</translation>
    </message>
    <message>
        <source>Room name *</source>
        <translation>小屋名称 *</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
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
        <source>Enterprise name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>小屋名称</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
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
        <source>Create a new site</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>Enter the enterprise and its staff health room. Fields marked * are required; the rest can be completed later.</source>
        <translation>请填写建设单位和职工健康生活室的信息。带 * 的为必填项，其余可以以后补充。</translation>
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
</context>
<context>
    <name>Start</name>
    <message>
        <source>Not for this database</source>
        <translation>不适用于这个数据库</translation>
    </message>
    <message>
        <source>County reviewer accounts work in the county workspace, not in a site's register.</source>
        <translation>市县工会审核员账户用于县级工作区，不能打开单位的台账。</translation>
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
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
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
        <source>Readings</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Usage register</source>
        <translation>使用登记</translation>
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
        <source>Enable</source>
        <translation>启用</translation>
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
</TS>