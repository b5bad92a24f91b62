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
        <source>Your role may not change the open hours.</source>
        <translation>您的角色无权修改开放时间。</translation>
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
        <translation>闭室</translation>
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
        <source>Room &amp;profile…</source>
        <translation>小屋概况(&amp;P)…</translation>
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
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About HealthRoom Ledger</source>
        <translation>关于健康小屋台账(&amp;A)</translation>
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
        <translation>小屋概况</translation>
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
        <source>Your role may not change the open hours.</source>
        <translation>您的角色无权修改开放时间。</translation>
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
        <source>The disk is full. Free some space or choose another place.</source>
        <translation>磁盘空间已满。请清理空间或选择其他位置。</translation>
    </message>
    <message>
        <source>This folder cannot be written to. Choose another folder.</source>
        <translation>无法写入此文件夹。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The folder does not exist (was a USB stick removed?).</source>
        <translation>文件夹不存在（U 盘是否已拔出？）。</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>文件无法写入。</translation>
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
        <source>Room area at least 12 m²</source>
        <translation>房间面积不少于 12 平方米</translation>
    </message>
    <message>
        <source>A separate, independent space</source>
        <translation>空间独立</translation>
    </message>
    <message>
        <source>Union nameplate hung at the door</source>
        <translation>门上或门旁悬挂统一铭牌</translation>
    </message>
    <message>
        <source>Open-hours table posted</source>
        <translation>已张贴开放时间表</translation>
    </message>
    <message>
        <source>Rules posted</source>
        <translation>已张贴管理规定</translation>
    </message>
    <message>
        <source>Union chair named (first responsible person)</source>
        <translation>已明确工会主席（第一责任人）</translation>
    </message>
    <message>
        <source>Health administrator named (second responsible person)</source>
        <translation>已指定健康管理员（二级管理人）</translation>
    </message>
    <message>
        <source>Partner hospital named</source>
        <translation>已明确合作医院</translation>
    </message>
    <message>
        <source>Hospital's expert liaison named</source>
        <translation>已明确合作医院专家联络员</translation>
    </message>
    <message>
        <source>Weekly schedule: every open day at least 3 h</source>
        <translation>每周时间表：每个开放日不少于 3 小时</translation>
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
    <message>
        <source>Your role may not change the room profile.</source>
        <translation>您的角色无权修改小屋概况。</translation>
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
    <message>
        <source>Your role may not change the open hours.</source>
        <translation>您的角色无权修改开放时间。</translation>
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
        <source>House rules</source>
        <translation>使用须知</translation>
    </message>
    <message>
        <source>Further health administrators</source>
        <translation>其他健康管理员</translation>
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
        <source>Your role may not change the open hours.</source>
        <translation>您的角色无权修改开放时间。</translation>
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
    <name>WallSchedulePanel</name>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Enter the room profile first.</source>
        <translation>请先填写小屋概况。</translation>
    </message>
    <message>
        <source>Your role may not change the house rules.</source>
        <translation>您的角色无权修改使用须知。</translation>
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
        <source>The open-hours table for the room's door (开放时间表): the weekly hours, closures in the coming weeks, the responsible persons and the partner hospital with their phones, and the house rules below — on one page.</source>
        <translation>张贴在小屋门上的开放时间表：每周开放时间、近期闭室安排、管理人员和合作医院及其电话，以及下面的使用须知——全部印在一页上。</translation>
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
        <source>House rules (使用须知) printed on the schedule</source>
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