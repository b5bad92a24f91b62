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
    <name>ReadingWords</name>
    <message>
        <source>Blood pressure</source>
        <translation>血压</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>血糖</translation>
    </message>
    <message>
        <source>Height and weight</source>
        <translation>身高体重</translation>
    </message>
    <message>
        <source>Waist</source>
        <translation>腰围</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>血氧</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>low</source>
        <translation>偏低</translation>
    </message>
    <message>
        <source>high</source>
        <translation>偏高</translation>
    </message>
    <message>
        <source>impaired</source>
        <translation>受损</translation>
    </message>
    <message>
        <source>overweight</source>
        <translation>超重</translation>
    </message>
    <message>
        <source>obese</source>
        <translation>肥胖</translation>
    </message>
    <message>
        <source>Blood pressure is high: eat less salt, rest regularly and measure again within a week; if it stays high, see a cardiologist.</source>
        <translation>血压偏高：建议低盐饮食、规律作息，一周内复测；持续偏高请到心内科就诊。</translation>
    </message>
    <message>
        <source>Blood glucose is high: watch the diet and have it checked at the endocrinology clinic.</source>
        <translation>血糖偏高：建议控制饮食，到内分泌科进一步检查。</translation>
    </message>
    <message>
        <source>Weight is outside the healthy range: balanced meals and more exercise.</source>
        <translation>体重不在健康范围：建议合理膳食、增加运动。</translation>
    </message>
    <message>
        <source>Waist is above the limit: control weight and abdominal fat.</source>
        <translation>腰围超标：注意控制体重和腹部脂肪。</translation>
    </message>
    <message>
        <source>Oxygen saturation is low: rest and measure again; see a doctor if it stays low.</source>
        <translation>血氧偏低：休息后复测，持续偏低请就医。</translation>
    </message>
    <message>
        <source>Temperature is raised: rest, drink water, see a doctor if it persists.</source>
        <translation>体温偏高：注意休息、多饮水，持续不退请就医。</translation>
    </message>
    <message>
        <source>Pulse is outside 60-100: rest and measure again; an ECG may be needed.</source>
        <translation>心率不在60–100次/分：休息后复测，必要时做心电图。</translation>
    </message>
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
        <source>Fasting</source>
        <translation>空腹</translation>
    </message>
    <message>
        <source>2 h after meal</source>
        <translation>餐后2小时</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>次/分</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 %2 %3 cannot be a real measurement (plausible: %4 to %5). Check the value and type it again.</source>
        <translation>%1 %2 %3 不可能是真实的测量值（合理范围 %4–%5），请核对后重新输入。</translation>
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
    <name>RegisterPrintDialog</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>the folder may not be written to</source>
        <translation>没有写入该文件夹的权限</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>文件无法写入</translation>
    </message>
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
        <source>Not saved: %1 (%2). Choose another folder.</source>
        <translation>未保存：%1（%2）。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Your account may not print the usage register.</source>
        <translation>您的账号无权打印使用登记表。</translation>
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
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>“%1” must be below “%2”.</source>
        <translation>“%1”必须小于“%2”。</translation>
    </message>
    <message>
        <source>Your account may not change the thresholds.</source>
        <translation>您的账号无权修改判定标准。</translation>
    </message>
    <message>
        <source>Every threshold must be a positive number.</source>
        <translation>每个判定值都必须是正数。</translation>
    </message>
    <message>
        <source>Reading thresholds</source>
        <translation>检测结果判定标准</translation>
    </message>
    <message>
        <source>Values at or beyond these limits are flagged as abnormal (shown in red, with advice and follow-up). The defaults are the Chinese adult standards. New limits apply to readings recorded from now on.</source>
        <translation>达到或超过以下界值的检测结果判为异常（红色显示，并提示建议和随访）。默认值为中国成人标准。修改后的标准只用于此后登记的检测结果。</translation>
    </message>
    <message>
        <source>Systolic high from (mmHg)</source>
        <translation>收缩压偏高界值（mmHg）</translation>
    </message>
    <message>
        <source>Diastolic high from (mmHg)</source>
        <translation>舒张压偏高界值（mmHg）</translation>
    </message>
    <message>
        <source>Fasting glucose impaired from (mmol/L)</source>
        <translation>空腹血糖受损界值（mmol/L）</translation>
    </message>
    <message>
        <source>Fasting glucose high from (mmol/L)</source>
        <translation>空腹血糖偏高界值（mmol/L）</translation>
    </message>
    <message>
        <source>2 h glucose high from (mmol/L)</source>
        <translation>餐后2小时血糖偏高界值（mmol/L）</translation>
    </message>
    <message>
        <source>Random glucose high from (mmol/L)</source>
        <translation>随机血糖偏高界值（mmol/L）</translation>
    </message>
    <message>
        <source>BMI low below</source>
        <translation>BMI偏低（低于）</translation>
    </message>
    <message>
        <source>BMI overweight from</source>
        <translation>BMI超重界值</translation>
    </message>
    <message>
        <source>BMI obese from</source>
        <translation>BMI肥胖界值</translation>
    </message>
    <message>
        <source>Waist high from, men (cm)</source>
        <translation>腰围超标界值，男（cm）</translation>
    </message>
    <message>
        <source>Waist high from, women (cm)</source>
        <translation>腰围超标界值，女（cm）</translation>
    </message>
    <message>
        <source>Pulse normal from (/min)</source>
        <translation>脉搏正常下限（次/分）</translation>
    </message>
    <message>
        <source>Pulse normal up to (/min)</source>
        <translation>脉搏正常上限（次/分）</translation>
    </message>
    <message>
        <source>SpO2 low below (%)</source>
        <translation>血氧偏低（低于，%）</translation>
    </message>
    <message>
        <source>Temperature high from (°C)</source>
        <translation>体温偏高界值（°C）</translation>
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
        <source>Person: no., name, pinyin</source>
        <translation>人员：工号、姓名、拼音</translation>
    </message>
    <message>
        <source>Your account may not see the usage register.</source>
        <translation>您的账号无权查看使用登记。</translation>
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
        <source>Your account may not delete visits.</source>
        <translation>您的账号无权删除使用登记。</translation>
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
        <source>Your account may not correct visits.</source>
        <translation>您的账号无权更正使用登记。</translation>
    </message>
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
        <source>Employee no., name or pinyin (zs); card</source>
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
        <source>Your account may not record visits.</source>
        <translation>您的账号无权登记。</translation>
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
        <source>Measuring again for %1 (visit at %2): type the new values, Enter saves.</source>
        <translation>为 %1 复测（%2 的登记）：输入新的数值，按回车保存。</translation>
    </message>
    <message>
        <source>Follow-up added for %1; next contact on %2.</source>
        <translation>已为 %1 添加随访，下次联系 %2。</translation>
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
</TS>