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
    <name>IndicatorCard</name>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
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
        <source>Open ≥ 3 h on every open day</source>
        <translation>每日开放不少于3小时</translation>
    </message>
    <message>
        <source>Health lectures held</source>
        <translation>健康讲座场次</translation>
    </message>
    <message>
        <source>Lecture participation (lowest)</source>
        <translation>讲座参与率（最低一场）</translation>
    </message>
    <message>
        <source>Health file completeness</source>
        <translation>健康档案建档完成度</translation>
    </message>
    <message>
        <source>Health data updated in 12 months</source>
        <translation>健康数据年度更新率</translation>
    </message>
    <message>
        <source>Usage rate</source>
        <translation>健康生活室使用率</translation>
    </message>
    <message>
        <source>Notice coverage (lowest)</source>
        <translation>活动通知普及率（最低一次）</translation>
    </message>
    <message>
        <source>Equipment intact rate</source>
        <translation>设备设施完好率</translation>
    </message>
    <message>
        <source>Partner-hospital visits per quarter</source>
        <translation>合作医院到访（每季度）</translation>
    </message>
    <message>
        <source>Consumables replenished</source>
        <translation>日常消耗品补充（每季度）</translation>
    </message>
    <message>
        <source>County inspections</source>
        <translation>市县工会巡检</translation>
    </message>
    <message>
        <source>Share of the scheduled open days whose scheduled hours are at least 3 h.</source>
        <translation>按开放时间表开放的日子中，开放时长不少于3小时的比例。</translation>
    </message>
    <message>
        <source>Health lectures held from 1 January to the end of the period; at least 4 a year, judged pro rata before the year ends.</source>
        <translation>从1月1日到本期末举办的健康讲座场次；每年不少于4次，年内按进度折算判断。</translation>
    </message>
    <message>
        <source>For each lecture: staff of its target group who signed in ÷ staff of the group on the roster that day; the figure is the lowest lecture. Guests do not count.</source>
        <translation>每场讲座：目标人群中签到的职工 ÷ 当天在册的目标人群职工；指标取最低的一场。来宾不计入。</translation>
    </message>
    <message>
        <source>Staff on the roster whose health file has every required field ÷ staff on the roster.</source>
        <translation>健康档案各必填项齐全的在册职工 ÷ 在册职工。</translation>
    </message>
    <message>
        <source>Staff on the roster whose health data was updated in the last 12 months ÷ staff on the roster.</source>
        <translation>近12个月内更新过健康数据的在册职工 ÷ 在册职工。</translation>
    </message>
    <message>
        <source>Staff on the roster with at least one recorded visit in the period ÷ staff on the roster. Visitors do not count.</source>
        <translation>本期至少有一次使用登记的在册职工 ÷ 在册职工。非名册来访人员不计入。</translation>
    </message>
    <message>
        <source>For each notice: staff reached ÷ staff on the roster that day; the figure is the lowest notice.</source>
        <translation>每次通知：通知到的职工 ÷ 当天在册职工；指标取最低的一次。</translation>
    </message>
    <message>
        <source>Registered devices that are not damaged, lost or under repair ÷ registered devices.</source>
        <translation>无损坏、遗失且不在维修中的登记设备 ÷ 登记设备总数。</translation>
    </message>
    <message>
        <source>Partner-hospital visits (lecture, data collection, free clinic, consultation); at least one every quarter. A year shows its weakest quarter.</source>
        <translation>合作医院到访（讲座、采集信息、义诊、咨询）；每季度至少一次。年度显示最少的一个季度。</translation>
    </message>
    <message>
        <source>Days consumables were received; at least one every quarter. A year shows its weakest quarter.</source>
        <translation>日常消耗品补充入库的次数（按天计）；每季度至少一次。年度显示最少的一个季度。</translation>
    </message>
    <message>
        <source>County or city union inspections from 1 January to the end of the period; at least 2 a year, judged pro rata before the year ends.</source>
        <translation>从1月1日到本期末市县工会巡检次数；每年不少于2次，年内按进度折算判断。</translation>
    </message>
    <message>
        <source>%n open day(s) under 3 h</source>
        <translation>%n 个开放日不足 3 小时</translation>
    </message>
    <message>
        <source>%n more lecture(s) needed</source>
        <translation>还需举办 %n 场讲座</translation>
    </message>
    <message>
        <source>%n more attendee(s) needed</source>
        <translation>还需 %n 人参加讲座</translation>
    </message>
    <message>
        <source>%n more complete file(s) needed</source>
        <translation>还需完善 %n 份健康档案</translation>
    </message>
    <message>
        <source>%n more update(s) needed</source>
        <translation>还需为 %n 人更新健康数据</translation>
    </message>
    <message>
        <source>%n more staff need to use the room</source>
        <translation>还需 %n 人使用健康生活室</translation>
    </message>
    <message>
        <source>%n more staff to reach</source>
        <translation>还需通知到 %n 人</translation>
    </message>
    <message>
        <source>%n device(s) damaged, lost or in repair</source>
        <translation>%n 台设备损坏、遗失或维修中</translation>
    </message>
    <message>
        <source>%n more hospital visit(s) needed</source>
        <translation>还需合作医院到访 %n 次</translation>
    </message>
    <message>
        <source>%n quarter(s) without a hospital visit</source>
        <translation>%n 个季度合作医院未到访</translation>
    </message>
    <message>
        <source>%n more replenishment(s) needed</source>
        <translation>还需补充消耗品 %n 次</translation>
    </message>
    <message>
        <source>%n quarter(s) without a replenishment</source>
        <translation>%n 个季度未补充消耗品</translation>
    </message>
    <message>
        <source>%n more inspection(s) needed</source>
        <translation>还需巡检 %n 次</translation>
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
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查意见</translation>
    </message>
    <message>
        <source>Open days under 3 h</source>
        <translation>开放不足3小时的日子</translation>
    </message>
    <message>
        <source>Lectures held</source>
        <translation>已举办的讲座</translation>
    </message>
    <message>
        <source>Each lecture's participation (double-click a lecture: who did not come)</source>
        <translation>每场讲座的参与率（双击讲座查看未参加人员）</translation>
    </message>
    <message>
        <source>Incomplete health files</source>
        <translation>不完整的健康档案</translation>
    </message>
    <message>
        <source>Staff without health data in the last 12 months</source>
        <translation>近12个月没有健康数据的职工</translation>
    </message>
    <message>
        <source>Staff who have not come in this period</source>
        <translation>本期未使用健康生活室的职工</translation>
    </message>
    <message>
        <source>Each notice's coverage</source>
        <translation>每次通知的普及率</translation>
    </message>
    <message>
        <source>Devices not intact</source>
        <translation>不完好的设备</translation>
    </message>
    <message>
        <source>Partner-hospital visits</source>
        <translation>合作医院到访记录</translation>
    </message>
    <message>
        <source>Replenishments</source>
        <translation>消耗品补充记录</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>巡检记录</translation>
    </message>
    <message>
        <source>no health file</source>
        <translation>未建健康档案</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>height</source>
        <translation>身高</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <source>fasting glucose</source>
        <translation>空腹血糖</translation>
    </message>
    <message>
        <source>chronic conditions</source>
        <translation>慢性病</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <source>smoking</source>
        <translation>吸烟</translation>
    </message>
    <message>
        <source>drinking</source>
        <translation>饮酒</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>运动</translation>
    </message>
    <message>
        <source>hazard exposure</source>
        <translation>职业危害接触</translation>
    </message>
    <message>
        <source>last check-up</source>
        <translation>最近体检</translation>
    </message>
    <message>
        <source>WeChat group</source>
        <translation>微信群</translation>
    </message>
    <message>
        <source>Notice board</source>
        <translation>公告栏</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Data collection</source>
        <translation>采集信息</translation>
    </message>
    <message>
        <source>Health publicity</source>
        <translation>健康宣传</translation>
    </message>
    <message>
        <source>Partner hospital</source>
        <translation>合作医院</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>单位采购</translation>
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
        <source>Follow-up due</source>
        <translation>待随访</translation>
    </message>
    <message>
        <source>Maintenance overdue</source>
        <translation>保养逾期</translation>
    </message>
    <message>
        <source>Calibration overdue</source>
        <translation>检定逾期</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Rectification due</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Coming activity</source>
        <translation>近期活动</translation>
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
        <source>Overview</source>
        <translation>首页</translation>
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
        <source>Generate and save…</source>
        <translation>生成并保存…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Union chair</source>
        <translation>工会主席</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Plan for next month</source>
        <translation>下月工作计划</translation>
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
        <source>Conclusions</source>
        <translation>结论与建议</translation>
    </message>
    <message>
        <source>Annual summary</source>
        <translation>年度总结</translation>
    </message>
    <message>
        <source>Summary of the year</source>
        <translation>年度工作总结</translation>
    </message>
    <message>
        <source>Plan for next year</source>
        <translation>下年度工作计划</translation>
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
        <source>The disk is full.</source>
        <translation>磁盘空间不足。</translation>
    </message>
    <message>
        <source>You may not write to this folder.</source>
        <translation>没有写入这个文件夹的权限。</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>文件写入失败。</translation>
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
        <source>Your account may not print this (for example the names of staff).</source>
        <translation>您的账号无权打印这些内容（例如职工姓名）。</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>报表未保存</translation>
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
    <name>TargetsDialog</name>
    <message>
        <source> a year</source>
        <translation> 次/年</translation>
    </message>
    <message>
        <source> a quarter</source>
        <translation> 次/季度</translation>
    </message>
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
</TS>