<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../desktop/ui/admin/account_form.py" line="41"/>
        <source>如：王芳</source>
        <translation>e.g. Wang Fang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/account_form.py" line="44"/>
        <source>如：admin 或 王芳</source>
        <translation>e.g. admin or Wang Fang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/account_form.py" line="47"/>
        <source>至少8位</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/account_form.py" line="50"/>
        <source>姓名(&amp;E):</source>
        <translation>R&amp;eal name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/account_form.py" line="54"/>
        <source>用户名(&amp;U):</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/account_form.py" line="57"/>
        <source>密码(&amp;W):</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/account_form.py" line="58"/>
        <source>再次输入密码(&amp;A):</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/account_form.py" line="68"/>
        <source>请填写姓名</source>
        <translation>Enter the person&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/account_form.py" line="77"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="42"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="44"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="45"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="50"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="51"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="53"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="55"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="34"/>
        <source>文化</source>
        <translation>Culture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="35"/>
        <source>体育</source>
        <translation>Sports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="36"/>
        <source>康复</source>
        <translation>Rehabilitation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="37"/>
        <source>节日慰问</source>
        <translation>Holiday visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="38"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="45"/>
        <source>已作废：{reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="47"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="53"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="54"/>
        <source>活动名称</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="55"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="57"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="58"/>
        <source>组织者</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="60"/>
        <source>参加人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="62"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="94"/>
        <source>不足三次</source>
        <translation>Below three</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="95"/>
        <source>已满三次</source>
        <translation>Three or more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="99"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="100"/>
        <source>本年文体活动次数</source>
        <translation>Cultural and sports activities this year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="102"/>
        <source>是否达到三次</source>
        <translation>Reached three?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_model.py" line="104"/>
        <source>签到卡号</source>
        <translation>Card no.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="73"/>
        <source>活动和参加次数</source>
        <translation>Activities and participation counts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="74"/>
        <source>活动列表(&amp;1)</source>
        <translation>Activities (&amp;1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="75"/>
        <source>本年参加次数(&amp;2)</source>
        <translation>Counts this year (&amp;2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="92"/>
        <source>年份(&amp;Y):</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="94"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="98"/>
        <source>政策要求：有需求的会员每人每年至少参加三次文化体育活动（计入：{kinds}）</source>
        <translation>Policy: every member who wishes takes part in at least three cultural or sports activities a year (counted: {kinds})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="110"/>
        <source>类型(&amp;T):</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="112"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="115"/>
        <source>活动类型</source>
        <translation>Activity kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="118"/>
        <source>显示已作废(&amp;V)</source>
        <translation>Show &amp;voided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="119"/>
        <source>显示已作废的活动</source>
        <translation>Show voided activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="128"/>
        <source>活动列表</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="134"/>
        <source>新建活动(&amp;N)</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="135"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="136"/>
        <source>参加者(&amp;P)…</source>
        <translation>&amp;Participants…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="137"/>
        <source>作废(&amp;D)…</source>
        <translation>Voi&amp;d…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="138"/>
        <source>新建活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="139"/>
        <source>编辑所选活动</source>
        <translation>Edit the selected activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="140"/>
        <source>登记所选活动的参加者</source>
        <translation>Record the participants of the selected activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="141"/>
        <source>作废所选活动</source>
        <translation>Void the selected activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="162"/>
        <source>只看不足三次的会员(&amp;B)</source>
        <translation>Only members &amp;below three</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="163"/>
        <source>只看不足三次的会员</source>
        <translation>Only members below three</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="166"/>
        <source>参加次数汇总</source>
        <translation>Participation summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="171"/>
        <source>会员本年文体活动次数</source>
        <translation>Members&apos; cultural and sports activities this year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="201"/>
        <source>共 {n} 个活动</source>
        <translation>{n} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="210"/>
        <source>{year} 年：共 {total} 名会员，{below} 人参加文体活动不足三次</source>
        <translation>{year}: {total} members, {below} with fewer than three cultural or sports activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="251"/>
        <source>查看参加者（只读）：{tip}</source>
        <translation>View participants (read-only): {tip}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="306"/>
        <source>作废活动</source>
        <translation>Void activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="307"/>
        <source>作废后“{title}”不再计入会员的参加次数；活动和参加者仍保留在记录中。</source>
        <translation>Once voided, “{title}” no longer counts towards members&apos; activities; the activity and its participants stay on record.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="308"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activities_page.py" line="321"/>
        <source>无法作废</source>
        <translation>Cannot void</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="59"/>
        <source>新建活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="59"/>
        <source>编辑活动</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="62"/>
        <source>活动可以提前一年内安排；参加者在活动当天或之后登记。</source>
        <translation>Activities can be planned up to a year ahead; participants are recorded on or after the day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="69"/>
        <source>如：书法练习、柔力球、春节慰问</source>
        <translation>e.g. calligraphy, soft ball, Spring Festival visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="81"/>
        <source>如：活动室、社区广场</source>
        <translation>e.g. activity room, community square</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="84"/>
        <source>如：温馨家园、街道残联、志愿者服务队</source>
        <translation>e.g. Warm Home, street federation, volunteer team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="85"/>
        <source>活动名称(&amp;T):</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="86"/>
        <source>类型(&amp;K):</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="87"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="91"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="92"/>
        <source>地点(&amp;L):</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="93"/>
        <source>组织者(&amp;O):</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="101"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="101"/>
        <source>保存活动</source>
        <translation>Save activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="101"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="125"/>
        <source>添加账户</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="131"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="134"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="135"/>
        <source>姓名(&amp;N):</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="136"/>
        <source>角色(&amp;R):</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>AddSignInDialog</name>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="202"/>
        <source>补签</source>
        <translation>Add sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="202"/>
        <source>补签(&amp;S)</source>
        <translation>&amp;Save sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="203"/>
        <source>保存补签</source>
        <translation>Save the sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="207"/>
        <source>姓名、拼音首字母(如 zs)或卡号</source>
        <translation>Name, pinyin initials (e.g. zs) or card number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="208"/>
        <source>查找会员(&amp;M):</source>
        <translation>Find &amp;member:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="212"/>
        <source>找到的会员</source>
        <translation>Members found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="219"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="220"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="221"/>
        <source>签到时间</source>
        <translation>Sign-in time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="222"/>
        <source>签到时间(&amp;I):</source>
        <translation>Sign-&amp;in time:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="224"/>
        <source>如：忘带卡、签到台故障</source>
        <translation>e.g. forgot the card, kiosk out of order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="241"/>
        <source>（已归档）</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="273"/>
        <source>请先查找并选择会员</source>
        <translation>Find and choose a member first</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="158"/>
        <source>库存调整</source>
        <translation>Stock adjustment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="159"/>
        <source>调整(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="160"/>
        <source>登记“{name}”减少或找回的件数；选“其他”须写明原因。</source>
        <translation>Record items of “{name}” taken out or found; “Other” needs a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="168"/>
        <source>减少库存</source>
        <translation>Take out of stock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="169"/>
        <source>增加库存（找回）</source>
        <translation>Put back into stock (found)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="172"/>
        <source>如：运输中摔坏；选“其他”时必填</source>
        <translation>e.g. broken in transport; required for “Other”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="174"/>
        <source>调整类型(&amp;K):</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="175"/>
        <source>增减(&amp;I):</source>
        <translation>D&amp;irection:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="176"/>
        <source>数量(&amp;Q):</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="177"/>
        <source>原因(&amp;R):</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="178"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="185"/>
        <source>已调整：{name} {quantity:+d} 件</source>
        <translation>Adjusted: {name}, {quantity:+d} items</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="187"/>
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="190"/>
        <source>没有需要处理的事项</source>
        <translation>Nothing needs attention</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="211"/>
        <source>⚠ 错误：{message}</source>
        <translation>⚠ Error: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="212"/>
        <source>⚠ 警告：{message}</source>
        <translation>⚠ Warning: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="222"/>
        <source>打开“{page}”</source>
        <translation>Open “{page}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="223"/>
        <source>打开“{page}”处理：{alert}</source>
        <translation>Open “{page}” to deal with: {alert}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="74"/>
        <source>温馨家园工作台</source>
        <translation>Warm Home Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="231"/>
        <location filename="../../desktop/app.py" line="266"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="277"/>
        <source>退出时备份失败</source>
        <translation>Backup on exit failed</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="212"/>
        <source>温馨家园工作台已经打开（{database}），请切换到已打开的窗口</source>
        <translation>Warm Home Desktop is already open ({database}); please switch to the open window</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="107"/>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="108"/>
        <source>此账户不能打开任何窗口。请用工作人员或管理员账户登录。</source>
        <translation>This account cannot open any window. Please sign in with a staff or administrator account.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="215"/>
        <source>已经打开</source>
        <translation>Already open</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="76"/>
        <source>归档人员</source>
        <translation>Archive person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="79"/>
        <source>归档后 {name} 不再出现在日常列表中，所有记录都会保留，可随时恢复。</source>
        <translation>Once archived, {name} no longer appears in the everyday list. All records are kept and can be restored at any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="88"/>
        <source>如：迁出本街道、去世、本人要求</source>
        <translation>e.g. moved out of the street, deceased, at own request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="89"/>
        <source>归档原因</source>
        <translation>Reason for archiving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="90"/>
        <source>归档原因(&amp;R):</source>
        <translation>&amp;Reason for archiving:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="95"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="96"/>
        <source>确认归档</source>
        <translation>Confirm archiving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="98"/>
        <location filename="../../desktop/ui/people/people_page.py" line="99"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AttendanceLabels</name>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="12"/>
        <source>刷卡</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="13"/>
        <source>查找</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="14"/>
        <source>键盘</source>
        <translation>Keypad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="15"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="16"/>
        <source>纸质</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="24"/>
        <source>未登记的卡号</source>
        <translation>Unknown card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="25"/>
        <source>已归档的会员</source>
        <translation>Archived member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="26"/>
        <source>当天不在册的会员（未入会或已离开）</source>
        <translation>Not on the register that day (not yet joined or left)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="28"/>
        <source>无法识别的扫描</source>
        <translation>Unreadable scan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="36"/>
        <source>一</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="37"/>
        <source>二</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="38"/>
        <source>三</source>
        <translation>We</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="39"/>
        <source>四</source>
        <translation>Th</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="40"/>
        <source>五</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="41"/>
        <source>六</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_labels.py" line="42"/>
        <source>日</source>
        <translation>Su</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_page.py" line="38"/>
        <source>考勤视图</source>
        <translation>Attendance views</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_page.py" line="39"/>
        <source>日视图</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_page.py" line="40"/>
        <source>月视图</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_page.py" line="41"/>
        <source>久未签到</source>
        <translation>Not seen recently</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="31"/>
        <source>新增</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="32"/>
        <source>修改</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="33"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="34"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="35"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="36"/>
        <source>查看敏感信息</source>
        <translation>View sensitive data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="37"/>
        <source>锁定账户</source>
        <translation>Lock account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="38"/>
        <source>修改本人密码</source>
        <translation>Change own password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="39"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="40"/>
        <source>停用账户</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="41"/>
        <source>启用账户</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="42"/>
        <source>更改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="43"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="44"/>
        <source>导出月报</source>
        <translation>Export monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="45"/>
        <source>报送关账</source>
        <translation>Submit and close month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="46"/>
        <source>重新开账</source>
        <translation>Reopen month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="47"/>
        <source>作废中断的导出</source>
        <translation>Void an interrupted export</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="15"/>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="11"/>
        <source>账户</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="12"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/__init__.py" line="12"/>
        <source>补助标准</source>
        <translation>Subsidy rate</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/__init__.py" line="12"/>
        <source>文体活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/__init__.py" line="13"/>
        <source>活动参加者</source>
        <translation>Activity participant</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="15"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="13"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/__init__.py" line="11"/>
        <source>月份关账</source>
        <translation>Month close</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/__init__.py" line="12"/>
        <source>月报导出和报送</source>
        <translation>Report exports and submissions</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/__init__.py" line="13"/>
        <source>月报导出尝试</source>
        <translation>Report export attempts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="75"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="77"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="79"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="80"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="82"/>
        <source>数据表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="84"/>
        <source>记录编号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="85"/>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="87"/>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_model.py" line="89"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="21"/>
        <source>照料档案</source>
        <translation>Care profile</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="22"/>
        <source>用药安排</source>
        <translation>Medication schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="23"/>
        <source>接送人</source>
        <translation>Person allowed to collect</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="24"/>
        <source>个别化服务计划</source>
        <translation>Individual service plan</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="25"/>
        <source>照料记录</source>
        <translation>Care log</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="26"/>
        <source>照料服务</source>
        <translation>Care service given</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="27"/>
        <source>服药记录</source>
        <translation>Medication dose</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="28"/>
        <source>离站交接</source>
        <translation>Hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="29"/>
        <source>突发事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="30"/>
        <source>购买服务合同</source>
        <translation>Purchased-service contract</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="31"/>
        <source>购买服务记录</source>
        <translation>Purchased-service session</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="32"/>
        <source>餐费标准</source>
        <translation>Meal price</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="20"/>
        <source>志愿者信息</source>
        <translation>Volunteer details</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="21"/>
        <source>志愿者培训</source>
        <translation>Volunteer training</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="22"/>
        <source>志愿服务岗位</source>
        <translation>Volunteer post</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="23"/>
        <source>每周排班</source>
        <translation>Weekly shift pattern</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="24"/>
        <source>志愿服务班次</source>
        <translation>Volunteer shift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="25"/>
        <source>班次报名</source>
        <translation>Shift sign-up</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="26"/>
        <source>志愿者签到</source>
        <translation>Volunteer sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="27"/>
        <source>志愿服务时长</source>
        <translation>Volunteer service time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="28"/>
        <source>志愿服务证明</source>
        <translation>Certificate of volunteer service</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="21"/>
        <source>手工品</source>
        <translation>Handicraft product</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="22"/>
        <source>库存变动</source>
        <translation>Stock movement</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="23"/>
        <source>库存盘点</source>
        <translation>Stock-take</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="24"/>
        <source>销售</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="25"/>
        <source>退款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="26"/>
        <source>日结</source>
        <translation>Day end</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="27"/>
        <source>订单</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="28"/>
        <source>制作者收入发放</source>
        <translation>Maker payout</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="29"/>
        <source>义卖包</source>
        <translation>Bazaar package</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="30"/>
        <source>义卖销售导入</source>
        <translation>Bazaar sales import</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="31"/>
        <source>义卖待处理事项</source>
        <translation>Bazaar item to settle</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="75"/>
        <source>操作日志列表</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="117"/>
        <source>起始日期(&amp;F)</source>
        <translation>&amp;From date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="117"/>
        <source>起始日期</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="119"/>
        <source>截止日期(&amp;T)</source>
        <translation>&amp;To date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="119"/>
        <source>截止日期</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="121"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="123"/>
        <source>数据表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="132"/>
        <location filename="../../desktop/ui/admin/audit_page.py" line="188"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="133"/>
        <source>记录编号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="135"/>
        <source>清除筛选(&amp;C)</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="136"/>
        <source>清除筛选条件</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="147"/>
        <source>操作人(&amp;U):</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="149"/>
        <source>数据表(&amp;B):</source>
        <translation>Ta&amp;ble:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="151"/>
        <source>记录编号(&amp;R):</source>
        <translation>&amp;Record no.:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="160"/>
        <source>导出到 Excel(&amp;X)…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="161"/>
        <source>把筛选出的操作日志导出到 Excel</source>
        <translation>Export the filtered audit log to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="163"/>
        <source>校验日志(&amp;V)</source>
        <translation>&amp;Verify log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="164"/>
        <source>校验操作日志是否被改动</source>
        <translation>Verify that the audit log was not altered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="166"/>
        <source>刷新(&amp;E)</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="167"/>
        <source>刷新操作日志</source>
        <translation>Refresh the audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="169"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="235"/>
        <source>共 {n} 条</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="258"/>
        <source>导出操作日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="259"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="271"/>
        <source>正在导出操作日志…</source>
        <translation>Exporting the audit log…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="274"/>
        <source>已导出 {n} 条记录到 {path}</source>
        <translation>Exported {n} entries to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="280"/>
        <source>正在校验操作日志…</source>
        <translation>Verifying the audit log…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="284"/>
        <source>操作日志校验未通过</source>
        <translation>Audit log verification failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_page.py" line="284"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>AuditValues</name>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="40"/>
        <source>中心名称</source>
        <translation>Centre name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="16"/>
        <location filename="../../desktop/models/people/__init__.py" line="17"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="17"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="18"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="19"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="18"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="19"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="20"/>
        <source>身份证号</source>
        <translation>ID card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="36"/>
        <source>自理能力</source>
        <translation>Self-care</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="37"/>
        <source>饮食禁忌</source>
        <translation>Diet restrictions</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="38"/>
        <source>过敏</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="39"/>
        <source>饮食性状</source>
        <translation>Food texture</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="40"/>
        <source>医生</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="41"/>
        <source>医院</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="42"/>
        <source>医生电话</source>
        <translation>Doctor&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="43"/>
        <source>风险</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="44"/>
        <source>风险说明</source>
        <translation>Risk notes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="45"/>
        <source>药品</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="46"/>
        <source>剂量</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="47"/>
        <location filename="../../desktop/models/care/__init__.py" line="106"/>
        <source>服药时间</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="48"/>
        <source>药品提供方</source>
        <translation>Supplied by</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="51"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="52"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="53"/>
        <source>服务目标</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="54"/>
        <source>下次评估日期</source>
        <translation>Next review date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="55"/>
        <source>监护人签字</source>
        <translation>Guardian&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="56"/>
        <source>监护人签字日期</source>
        <translation>Date the guardian signed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="57"/>
        <source>评估日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="58"/>
        <source>评估意见</source>
        <translation>Review findings</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="59"/>
        <source>计划结束日期</source>
        <translation>Plan end date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="60"/>
        <source>服务安排</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="61"/>
        <source>服务计划评估间隔（月）</source>
        <translation>Plan review interval (months)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="63"/>
        <source>仍可接送</source>
        <translation>May collect</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="74"/>
        <source>服务机构</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="75"/>
        <location filename="../../desktop/models/care/__init__.py" line="87"/>
        <source>合同编号</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="76"/>
        <location filename="../../desktop/models/care/__init__.py" line="90"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="94"/>
        <source>服务内容</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="77"/>
        <source>合同开始日期</source>
        <translation>Contract start date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="78"/>
        <source>合同结束日期</source>
        <translation>Contract end date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="79"/>
        <source>计量单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="80"/>
        <source>合同数量</source>
        <translation>Contracted quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="69"/>
        <source>每餐费用</source>
        <translation>Cost per meal</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="70"/>
        <source>每餐个人自付</source>
        <translation>Member&apos;s share per meal</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="81"/>
        <source>合同金额</source>
        <translation>Contract amount</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="82"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="83"/>
        <location filename="../../desktop/models/people/__init__.py" line="21"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="86"/>
        <source>合同（内部编号）</source>
        <translation>Contract (internal number)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="89"/>
        <source>服务人员</source>
        <translation>Provider&apos;s staff</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="91"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="93"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="104"/>
        <source>服务时长（分钟）</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="92"/>
        <source>服务的会员（编号）</source>
        <translation>Members served (numbers)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="93"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="82"/>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="100"/>
        <source>照料服务</source>
        <translation>Care service</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="101"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="80"/>
        <source>分钟数</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="102"/>
        <source>心情</source>
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="104"/>
        <source>用药安排编号</source>
        <translation>Medication schedule no.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="105"/>
        <source>应服时间</source>
        <translation>Due at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="107"/>
        <source>给药人</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="109"/>
        <source>服药情况</source>
        <translation>Dose status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="116"/>
        <source>接送人编号</source>
        <translation>Pick-up person no.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="117"/>
        <source>接走人</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="118"/>
        <source>接走时间</source>
        <translation>Collected at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="119"/>
        <source>发生时间</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="121"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="123"/>
        <source>事件经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="124"/>
        <source>处理措施</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="125"/>
        <source>通知的家属</source>
        <translation>Family member told</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="126"/>
        <source>通知家属时间</source>
        <translation>Family told at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="127"/>
        <source>后续跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="128"/>
        <source>结案时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="129"/>
        <source>结案人</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="131"/>
        <location filename="../../desktop/models/sales/__init__.py" line="62"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="68"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="153"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="136"/>
        <source>照料人天</source>
        <translation>Care days</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="137"/>
        <source>照料服务条数</source>
        <translation>Care entries</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="138"/>
        <source>服药记录条数</source>
        <translation>Dose records</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="139"/>
        <source>离站交接条数</source>
        <translation>Hand-overs</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="140"/>
        <source>突发事件数</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="141"/>
        <source>购买服务次数</source>
        <translation>Purchased sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="22"/>
        <source>街道</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="23"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="24"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="25"/>
        <source>紧急联系人</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="26"/>
        <source>紧急联系电话</source>
        <translation>Emergency phone</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/__init__.py" line="103"/>
        <location filename="../../desktop/models/people/__init__.py" line="27"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="46"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="58"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="28"/>
        <source>残疾人会员</source>
        <translation>Member with disability</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="29"/>
        <source>残疾人证号</source>
        <translation>Disability certificate no.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="30"/>
        <source>服务项目</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="31"/>
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="32"/>
        <source>离开日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="33"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="74"/>
        <source>签到卡号</source>
        <translation>Check-in card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="34"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="90"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="101"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="35"/>
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="36"/>
        <source>所属组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="37"/>
        <source>关联会员</source>
        <translation>Linked member</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="38"/>
        <location filename="../../desktop/models/sales/__init__.py" line="53"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/__init__.py" line="39"/>
        <source>归档时间</source>
        <translation>Archived at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="17"/>
        <location filename="../../desktop/models/care/__init__.py" line="114"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="64"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="77"/>
        <source>人员编号</source>
        <translation>Person no.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="18"/>
        <location filename="../../desktop/models/care/__init__.py" line="88"/>
        <location filename="../../desktop/models/care/__init__.py" line="115"/>
        <location filename="../../desktop/models/sales/__init__.py" line="58"/>
        <location filename="../../desktop/models/sales/__init__.py" line="74"/>
        <location filename="../../desktop/models/sales/__init__.py" line="93"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="42"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="65"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="139"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="19"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="141"/>
        <source>签到时间</source>
        <translation>Sign-in time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="20"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="142"/>
        <source>签退时间</source>
        <translation>Sign-out time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="21"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="143"/>
        <source>签到方式</source>
        <translation>Sign-in method</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="22"/>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="23"/>
        <source>登记时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="24"/>
        <location filename="../../desktop/models/sales/__init__.py" line="83"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="81"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="97"/>
        <source>作废时间</source>
        <translation>Voided at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/__init__.py" line="15"/>
        <source>活动名称</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/__init__.py" line="16"/>
        <location filename="../../desktop/models/care/__init__.py" line="120"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/__init__.py" line="17"/>
        <location filename="../../desktop/models/care/__init__.py" line="122"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/__init__.py" line="18"/>
        <source>组织者</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/__init__.py" line="19"/>
        <source>活动编号</source>
        <translation>Activity no.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/__init__.py" line="20"/>
        <source>加入时间</source>
        <translation>Added at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/__init__.py" line="15"/>
        <location filename="../../desktop/models/sales/__init__.py" line="109"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/__init__.py" line="16"/>
        <source>已关账</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/__init__.py" line="17"/>
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/__init__.py" line="18"/>
        <location filename="../../desktop/models/sales/__init__.py" line="124"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/__init__.py" line="19"/>
        <source>文件校验码</source>
        <translation>File checksum</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/__init__.py" line="20"/>
        <source>数据校验码</source>
        <translation>Data checksum</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/__init__.py" line="22"/>
        <source>月报包含考勤明细</source>
        <translation>Monthly report includes attendance detail</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/__init__.py" line="14"/>
        <source>执行起始月份</source>
        <translation>Applies from month</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/__init__.py" line="15"/>
        <source>每日补助标准</source>
        <translation>Daily subsidy rate</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/__init__.py" line="16"/>
        <source>最短停留时间</source>
        <translation>Minimum stay</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="21"/>
        <source>中心编码</source>
        <translation>Centre code</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="22"/>
        <source>所属区</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="23"/>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="24"/>
        <source>无操作自动锁定</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="25"/>
        <source>保留每日备份</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="26"/>
        <source>保留每周备份</source>
        <translation>Weekly backups kept</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="27"/>
        <source>保留每月备份</source>
        <translation>Monthly backups kept</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="28"/>
        <source>第二备份位置</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="29"/>
        <source>加密口令</source>
        <translation>Encryption passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/__init__.py" line="21"/>
        <source>应报送的中心</source>
        <translation>Expected centres</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="31"/>
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="32"/>
        <source>恢复前的数据</source>
        <translation>Data before the restore</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="33"/>
        <source>数据库版本</source>
        <translation>Database version</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="34"/>
        <source>人员数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="35"/>
        <source>会员数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="36"/>
        <source>志愿者数</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/__init__.py" line="37"/>
        <source>日志条数</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="26"/>
        <source>签到条数</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="27"/>
        <source>其中作废</source>
        <translation>Of which voided</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="28"/>
        <source>活动数</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="29"/>
        <source>活动参加人次</source>
        <translation>Activity participations</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="30"/>
        <location filename="../../desktop/models/care/__init__.py" line="49"/>
        <source>开始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/__init__.py" line="31"/>
        <location filename="../../desktop/models/care/__init__.py" line="50"/>
        <source>结束日期</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="39"/>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="43"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="49"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="52"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="53"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="56"/>
        <source>（已填写，不显示）</source>
        <translation>(filled in, not shown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="59"/>
        <source>已更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="62"/>
        <source>最初设定（适用于所有月份）</source>
        <translation>Initial setting (applies to every month)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="65"/>
        <source>{amount} 元</source>
        <translation>{amount} yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="68"/>
        <source>{n} 分钟</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="71"/>
        <source>不限（有效签到即计入）</source>
        <translation>None (every valid sign-in counts)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="74"/>
        <source>（无改动）</source>
        <translation>(no changes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="77"/>
        <source>会员编号 {id}</source>
        <translation>Member no. {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="79"/>
        <source>，{relation}</source>
        <translation>, {relation}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit_values.py" line="82"/>
        <source>，法定监护人</source>
        <translation>, legal guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="36"/>
        <source>岗位名称</source>
        <translation>Post name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="37"/>
        <source>岗位要求</source>
        <translation>Post requirements</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="38"/>
        <source>启用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="41"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="51"/>
        <source>岗位编号</source>
        <translation>Post number</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="43"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="53"/>
        <source>开始时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="44"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="54"/>
        <source>结束时间</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="45"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="55"/>
        <source>需要人数</source>
        <translation>Places needed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="35"/>
        <source>制作者收入分配基数</source>
        <translation>Basis of the makers&apos; income</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="36"/>
        <source>制作者所得比例（%）</source>
        <translation>Makers&apos; percentage (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="38"/>
        <location filename="../../desktop/models/sales/__init__.py" line="118"/>
        <location filename="../../desktop/models/sales/__init__.py" line="125"/>
        <source>义卖包编号</source>
        <translation>Package id</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="39"/>
        <source>义卖包所属中心</source>
        <translation>Package&apos;s centre</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="40"/>
        <location filename="../../desktop/models/sales/__init__.py" line="119"/>
        <source>义卖地点</source>
        <translation>Bazaar place</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="41"/>
        <location filename="../../desktop/models/sales/__init__.py" line="120"/>
        <source>义卖日期</source>
        <translation>Bazaar day</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="42"/>
        <source>义卖包商品种数</source>
        <translation>Products in the package</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="47"/>
        <source>商品编码</source>
        <translation>Product code</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="48"/>
        <source>商品名称</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="49"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="50"/>
        <source>售价</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="51"/>
        <location filename="../../desktop/models/sales/__init__.py" line="113"/>
        <source>材料成本</source>
        <translation>Material cost</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="52"/>
        <source>制作者及份额</source>
        <translation>Makers and shares</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="54"/>
        <source>下架时间</source>
        <translation>Withdrawn at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="57"/>
        <source>商品（编号）</source>
        <translation>Product (no.)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="59"/>
        <source>变动类型</source>
        <translation>Kind of change</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="60"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="61"/>
        <source>调整类型</source>
        <translation>Kind of adjustment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="63"/>
        <source>寄售地点</source>
        <translation>Consignment place</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="64"/>
        <location filename="../../desktop/models/sales/__init__.py" line="110"/>
        <source>制作者（编号）</source>
        <translation>Maker (no.)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="67"/>
        <source>盘点日期</source>
        <translation>Stock-take date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="68"/>
        <source>差异原因</source>
        <translation>Reason for the differences</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="69"/>
        <source>盘点商品数</source>
        <translation>Products counted</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="70"/>
        <source>有差异的商品</source>
        <translation>Products that differed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="73"/>
        <source>销售单号</source>
        <translation>Sale ID</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="75"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="76"/>
        <source>销售渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="77"/>
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="78"/>
        <source>应收</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="79"/>
        <source>实收现金</source>
        <translation>Cash given</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="80"/>
        <source>找零</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="89"/>
        <source>退款金额</source>
        <translation>Amount refunded</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="94"/>
        <source>应有现金</source>
        <translation>Cash expected</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="95"/>
        <source>清点现金</source>
        <translation>Cash counted</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="96"/>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="112"/>
        <source>销售收入</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="114"/>
        <source>应得收入</source>
        <translation>Share earned</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="140"/>
        <source>手工品种数</source>
        <translation>Handicraft products</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="141"/>
        <source>制作者人数</source>
        <translation>Makers</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="142"/>
        <source>销售笔数</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="143"/>
        <source>销售明细条数</source>
        <translation>Sale lines</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="144"/>
        <source>退款条数</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="145"/>
        <source>单位订单数</source>
        <translation>Orders from units</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="146"/>
        <source>日结次数</source>
        <translation>Day ends</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="147"/>
        <source>制作者收入发放条数</source>
        <translation>Maker payouts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="81"/>
        <location filename="../../desktop/models/sales/__init__.py" line="103"/>
        <source>商品明细</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="82"/>
        <source>超出库存销售</source>
        <translation>Sold beyond stock</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="86"/>
        <source>销售明细（编号）</source>
        <translation>Sale line (no.)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="87"/>
        <source>退款日期</source>
        <translation>Refund date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="88"/>
        <source>退货数量</source>
        <translation>Items returned</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="90"/>
        <source>退回库存</source>
        <translation>Back in stock</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="97"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="100"/>
        <source>订购单位</source>
        <translation>Ordering unit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="101"/>
        <source>下单日期</source>
        <translation>Order date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="102"/>
        <source>交货期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="104"/>
        <source>交货日期</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="105"/>
        <source>发票状态</source>
        <translation>Invoice status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="106"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="47"/>
        <source>取消时间</source>
        <translation>Cancelled at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="111"/>
        <source>售出件数</source>
        <translation>Items sold</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="115"/>
        <source>发放日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="121"/>
        <source>带出商品</source>
        <translation>Items taken</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="126"/>
        <source>新增销售</source>
        <translation>Sales added</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="127"/>
        <source>已导入过（跳过）</source>
        <translation>Already imported (skipped)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="128"/>
        <source>待处理事项</source>
        <translation>Items to settle</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="129"/>
        <source>收回未售件数</source>
        <translation>Unsold items taken back</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="130"/>
        <source>补记作废或退款的销售</source>
        <translation>Sales whose later void or refund was added</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/__init__.py" line="133"/>
        <source>处理时间</source>
        <translation>Settled at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="48"/>
        <source>取消原因</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="52"/>
        <source>每周星期几</source>
        <translation>Weekdays</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="56"/>
        <source>第一天</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="57"/>
        <source>最后一天</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="59"/>
        <source>排出的班次数</source>
        <translation>Shifts made</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="60"/>
        <source>跳过的日子</source>
        <translation>Days skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="63"/>
        <source>班次编号</source>
        <translation>Shift number</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="66"/>
        <source>报名方式</source>
        <translation>Signed up by</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="67"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="152"/>
        <source>报名状态</source>
        <translation>Sign-up status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="71"/>
        <source>特长技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="72"/>
        <source>可服务时间</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="73"/>
        <source>同意拍照</source>
        <translation>Photo consent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="78"/>
        <source>培训日期</source>
        <translation>Training date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="79"/>
        <source>培训内容</source>
        <translation>Training topic</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="91"/>
        <source>服务日期</source>
        <translation>Service date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="92"/>
        <source>服务岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="95"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="96"/>
        <source>记录时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="100"/>
        <source>证明编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="102"/>
        <source>服务期间自</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="103"/>
        <source>服务期间至</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="105"/>
        <source>经办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="106"/>
        <source>出具时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="107"/>
        <source>补打次数</source>
        <translation>Reprints</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="108"/>
        <source>最近打印时间</source>
        <translation>Last printed at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="115"/>
        <source>志愿服务取整单位（分钟）</source>
        <translation>Volunteer service rounding step (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="116"/>
        <source>志愿服务每日上限（分钟）</source>
        <translation>Volunteer service daily maximum (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="117"/>
        <source>志愿者星级门槛（小时）</source>
        <translation>Volunteer star thresholds (hours)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="123"/>
        <source>志愿服务班次数</source>
        <translation>Volunteer shifts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="124"/>
        <source>班次报名条数</source>
        <translation>Shift sign-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="125"/>
        <source>志愿者签到条数</source>
        <translation>Volunteer sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="126"/>
        <source>服务时长条数</source>
        <translation>Service entries</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="127"/>
        <source>服务小时数</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="138"/>
        <source>志愿者（编号）</source>
        <translation>Volunteer (no.)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="140"/>
        <location filename="../../desktop/models/volunteers/__init__.py" line="148"/>
        <source>班次（编号）</source>
        <translation>Shift (no.)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="144"/>
        <source>确认人</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="145"/>
        <source>确认时间</source>
        <translation>Confirmed at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/__init__.py" line="149"/>
        <source>签到（编号）</source>
        <translation>Sign-in (no.)</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="75"/>
        <source>备份时间</source>
        <translation>Backup time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="77"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="78"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="80"/>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="82"/>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="84"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="86"/>
        <source>操作日志</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="88"/>
        <source>加密</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="89"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="66"/>
        <source>本机</source>
        <translation>This PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="70"/>
        <source>是（需要口令）</source>
        <translation>Yes (passphrase needed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="71"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="58"/>
        <source>恢复前自动保存的数据</source>
        <translation>Data saved automatically before a restore</translation>
    </message>
</context>
<context>
    <name>BackupSettingsPanel</name>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="84"/>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="93"/>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="94"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="97"/>
        <source>从备份恢复(&amp;E)…</source>
        <translation>R&amp;estore from a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="98"/>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="107"/>
        <source>备份结果</source>
        <translation>Backup result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="109"/>
        <source>备份保存在：{folder}</source>
        <translation>Backups are kept in: {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="119"/>
        <source>如 E:\温馨家园备份（U盘或网络位置）</source>
        <translation>e.g. E:\WarmHomeBackups (USB stick or network share)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="123"/>
        <source>选择文件夹(&amp;O)…</source>
        <translation>Ch&amp;oose folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="124"/>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="196"/>
        <source>选择第二备份位置</source>
        <translation>Choose the second backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="126"/>
        <source>不使用(&amp;X)</source>
        <translation>Turn o&amp;ff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="127"/>
        <source>不使用第二备份位置</source>
        <translation>Do not use a second backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="132"/>
        <source>第二备份位置(&amp;U):</source>
        <translation>Second folder (&amp;USB stick or share):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="135"/>
        <source>第二备份位置</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="142"/>
        <source>至少8位；已设置时留空表示不修改</source>
        <translation>At least 8 characters; leave empty to keep the current one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="143"/>
        <source>至少8位</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="145"/>
        <source>加密口令(&amp;Q):</source>
        <translation>Encr&amp;yption passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="146"/>
        <source>再次输入口令(&amp;A):</source>
        <translation>Passphrase &amp;again:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="148"/>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="237"/>
        <source>口令：已设置</source>
        <translation>Passphrase: set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="148"/>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="238"/>
        <source>口令：未设置</source>
        <translation>Passphrase: not set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="154"/>
        <source>保留每日备份(&amp;Y):</source>
        <translation>Daily backups to &amp;keep:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="155"/>
        <source>保留每周备份(&amp;W):</source>
        <translation>&amp;Weekly backups to keep:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="156"/>
        <source>保留每月备份(&amp;M):</source>
        <translation>&amp;Monthly backups to keep:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="165"/>
        <source>第二备份位置里的备份会用口令加密，U盘丢失也不会泄露会员信息。请把口令另外妥善保管：在新电脑上恢复这些备份时必须输入；忘记口令就无法恢复。更换口令后，旧的加密备份仍需用旧口令打开。</source>
        <translation>Backups in the second folder are encrypted with the passphrase, so a lost USB stick does not leak members&apos; data. Keep the passphrase safe somewhere else: restoring these backups on a new PC needs it, and without it they cannot be restored. After a change of passphrase, older encrypted backups still open with the old one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="171"/>
        <source>保存备份设置(&amp;V)</source>
        <translation>Sa&amp;ve backup settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="172"/>
        <source>保存备份设置</source>
        <translation>Save backup settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="176"/>
        <source>备份设置保存结果</source>
        <translation>Backup settings result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="185"/>
        <source>只有管理员可以修改备份设置和恢复备份</source>
        <translation>Only administrators can change backup settings and restore backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="210"/>
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases do not match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="214"/>
        <source>使用第二备份位置需要设置加密口令</source>
        <translation>A second backup folder needs an encryption passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="217"/>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="230"/>
        <source>⚠ 未保存：请改正标出的内容</source>
        <translation>⚠ Not saved: please correct the marked fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="239"/>
        <source>✓ 已保存</source>
        <translation>✓ Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="246"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="248"/>
        <source>备份失败：</source>
        <translation>Backup failed: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="251"/>
        <source>✓ 已备份到 {path}</source>
        <translation>✓ Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="253"/>
        <source>✓ 已加密复制到 {path}</source>
        <translation>✓ Encrypted copy written to {path}</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="40"/>
        <source>最近一次备份</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="52"/>
        <source>⚠ 还没有成功的备份，请立即备份</source>
        <translation>⚠ There is no successful backup yet. Please back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="54"/>
        <source>⚠ 最近一次成功备份：{time}（{days} 天前），已超过7天，请尽快备份</source>
        <translation>⚠ Last successful backup: {time} ({days} days ago), more than 7 days. Please back up soon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backup_settings.py" line="58"/>
        <source>最近一次成功备份：{time}</source>
        <translation>Last successful backup: {time}</translation>
    </message>
</context>
<context>
    <name>BazaarTab</name>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="60"/>
        <source>超出带出数量</source>
        <translation>Sold beyond what was taken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="61"/>
        <source>价格不同</source>
        <translation>Price differs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="66"/>
        <source>多卖 {n} 件</source>
        <translation>{n} more sold than taken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="67"/>
        <source>义卖价 {bazaar} 元，中心现价 {centre} 元</source>
        <translation>Bazaar price ¥{bazaar}, centre price now ¥{centre}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="74"/>
        <source>待处理</source>
        <translation>To settle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="75"/>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="361"/>
        <source>已处理：{note}</source>
        <translation>Settled: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="81"/>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="132"/>
        <source>义卖日期</source>
        <translation>Bazaar day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="82"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="83"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="84"/>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="142"/>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="85"/>
        <source>件数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="87"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="88"/>
        <source>处理</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="102"/>
        <source>义卖说明</source>
        <translation>About bazaar sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="108"/>
        <source>义卖操作结果</source>
        <translation>Bazaar result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="120"/>
        <source>导出义卖包（带去义卖电脑）</source>
        <translation>Export a bazaar package (for the bazaar laptop)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="125"/>
        <source>例如：什刹海庙会</source>
        <translation>e.g. Shichahai temple fair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="126"/>
        <source>义卖地点</source>
        <translation>Bazaar place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="127"/>
        <source>地点(&amp;P):</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="135"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="142"/>
        <source>现有库存</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="142"/>
        <source>带出件数</source>
        <translation>Taken along</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="143"/>
        <source>带去义卖的商品和件数（在“带出件数”一栏输入）</source>
        <translation>Products and items taken to the bazaar (type in the &quot;Taken along&quot; column)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="148"/>
        <source>全部带出(&amp;A)</source>
        <translation>Take &amp;all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="149"/>
        <source>每种商品都带出全部现有库存</source>
        <translation>Take along the whole stock on hand of every product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="151"/>
        <source>导出义卖包(&amp;X)…</source>
        <translation>E&amp;xport package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="152"/>
        <source>导出义卖包，带出的商品记为寄售</source>
        <translation>Export the bazaar package; the items taken are recorded as consigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="160"/>
        <source>导入义卖销售文件，处理待处理事项</source>
        <translation>Import bazaar sales files, settle items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="163"/>
        <source>导入销售文件(&amp;I)…</source>
        <translation>&amp;Import sales file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="164"/>
        <source>导入义卖电脑带回的销售文件</source>
        <translation>Import the sales file brought back from the bazaar laptop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="166"/>
        <source>显示已处理的(&amp;H)</source>
        <translation>S&amp;how settled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="167"/>
        <source>列表中也显示已处理的事项</source>
        <translation>Show settled items in the list too</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="169"/>
        <source>处理所选(&amp;S)…</source>
        <translation>&amp;Settle selected…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="170"/>
        <source>写明处理说明，把所选事项标为已处理</source>
        <translation>Write a note and mark the selected item settled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="179"/>
        <source>义卖待处理事项</source>
        <translation>Bazaar items to settle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="186"/>
        <source>义卖电脑</source>
        <translation>Bazaar laptop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="188"/>
        <source>打开义卖包(&amp;O)…</source>
        <translation>&amp;Open bazaar package…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="189"/>
        <source>打开中心导出的义卖包，本机成为义卖电脑</source>
        <translation>Open the package the centre exported; this computer becomes the bazaar laptop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="191"/>
        <source>导出销售文件(&amp;E)…</source>
        <translation>&amp;Export sales file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="192"/>
        <source>导出本机全部义卖销售，带回中心导入</source>
        <translation>Export every bazaar sale on this computer, to import at the centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="212"/>
        <source>这是义卖电脑：中心 {centre} 在 {day} {place} 的义卖，本机已记录 {n} 笔销售。收银台照常销售；义卖结束后导出销售文件，带回中心导入。</source>
        <translation>This is the bazaar laptop of centre {centre} for the bazaar at {place} on {day}; {n} sales recorded here. Sell at the till as usual; when the bazaar is over, export the sales file and import it at the centre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="218"/>
        <source>本机还没有商品。如果这是带去义卖的电脑，请打开中心导出的义卖包：本机的数据库就成为这次义卖的数据库，照常备份。</source>
        <translation>There are no products here yet. If this is the computer for a bazaar, open the package the centre exported: this database becomes the bazaar&apos;s, backed up as usual.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="222"/>
        <source>把商品带去义卖：选好地点、日期和带出件数，导出义卖包，在义卖电脑上打开。带出的商品记为寄售；义卖结束后导入义卖电脑的销售文件，每笔销售只记一次，未售出的收回库存。</source>
        <translation>Taking products to a bazaar: choose the place, the day and the items taken, export the package and open it on the bazaar laptop. The items taken are recorded as consigned; after the bazaar, import the laptop&apos;s sales file: each sale is recorded once, and the unsold items return to stock.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="281"/>
        <source>义卖包-{day}.json</source>
        <translation>bazaar-package-{day}.json</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="282"/>
        <source>保存义卖包</source>
        <translation>Save bazaar package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="298"/>
        <source>已导出义卖包到 {path}：带出 {products} 种共 {items} 件，已记为寄售</source>
        <translation>Bazaar package saved to {path}: {products} products, {items} items taken, recorded as consigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="304"/>
        <source>选择义卖销售文件</source>
        <translation>Choose the bazaar sales file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="319"/>
        <source>已导入 {file}：新增 {added} 笔销售，已导入过跳过 {skipped} 笔，收回未售 {back} 件，待处理 {issues} 项</source>
        <translation>Imported {file}: {added} sales added, {skipped} skipped as already imported, {back} unsold items back in stock, {issues} items to settle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="325"/>
        <source>；其中 {n} 笔在上次导入后又在义卖电脑上作废或退款，已补记</source>
        <translation>; {n} of them were voided or refunded on the laptop after the last import, now recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="338"/>
        <source>请先在列表中选择一项待处理的事项</source>
        <translation>First select an item to settle in the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="342"/>
        <source>处理义卖事项</source>
        <translation>Settle bazaar item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="343"/>
        <source>{product}：{detail}。请写明怎样处理的（例如：已盘点补记、差价由中心承担）。</source>
        <translation>{product}: {detail}. Write how it was settled (e.g. recorded at the stock-take, the difference borne by the centre).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="345"/>
        <source>标为已处理(&amp;S)</source>
        <translation>Mark &amp;settled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="345"/>
        <source>处理说明</source>
        <translation>Settlement note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="367"/>
        <source>选择义卖包</source>
        <translation>Choose the bazaar package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="381"/>
        <source>已打开义卖包：本机现在是 {day} {place} 的义卖电脑</source>
        <translation>Package opened: this computer is now the bazaar laptop for {place} on {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="389"/>
        <source>义卖销售-{day}.json</source>
        <translation>bazaar-sales-{day}.json</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="390"/>
        <source>保存义卖销售文件</source>
        <translation>Save bazaar sales file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/bazaar_tab.py" line="402"/>
        <source>已导出 {n} 笔义卖销售到 {path}：请带回中心导入</source>
        <translation>{n} bazaar sales saved to {path}: import them at the centre</translation>
    </message>
</context>
<context>
    <name>CallListPrint</name>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="28"/>
        <source>监护人</source>
        <translation>guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="29"/>
        <source>家属</source>
        <translation>family</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="30"/>
        <source>紧急联系人</source>
        <translation>emergency contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="32"/>
        <source>·</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="36"/>
        <source>{name}（{role}）{phone}</source>
        <translation>{name} ({role}) {phone}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="42"/>
        <source>从未签到</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="47"/>
        <source>{centre}久未签到会员联系名单</source>
        <translation>{centre}: contact list of members not seen recently</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="54"/>
        <source>全部项目</source>
        <translation>all programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="55"/>
        <source>截至 {today}，{weeks} 周以上（{cutoff} 及以前签到）未签到或从未签到的在册会员 {n} 人，其中从未签到 {never} 人；服务项目：{scope}。</source>
        <translation>As of {today}, members on the register not seen for {weeks} weeks or more (last sign-in on or before {cutoff}) or never: {n}, of whom never signed in: {never}; programme: {scope}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="62"/>
        <source>内含完整电话和住址，仅供联系会员使用，请妥善保管，用后销毁。</source>
        <translation>Holds full phone numbers and addresses, only for contacting members: keep it safe and destroy it after use.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="64"/>
        <source>电话和住址已脱敏。</source>
        <translation>Phone numbers and addresses are masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="72"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="73"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="74"/>
        <source>上次签到</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="75"/>
        <source>未签到（周）</source>
        <translation>Not seen (weeks)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="76"/>
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="77"/>
        <source>本人电话</source>
        <translation>Own phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="78"/>
        <source>监护人、家属和紧急联系人</source>
        <translation>Guardians, family and emergency contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="79"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="80"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="81"/>
        <source>联系情况记录</source>
        <translation>Notes on the contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="98"/>
        <source>久未签到会员联系名单</source>
        <translation>Call list of members not seen recently</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="99"/>
        <source>截至 {today}</source>
        <translation>As of {today}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/call_list_print.py" line="101"/>
        <source>内含个人信息，注意保密</source>
        <translation>Contains personal information: keep it confidential</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../desktop/ui/people/camera_dialog.py" line="43"/>
        <source>拍照</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/camera_dialog.py" line="52"/>
        <location filename="../../desktop/ui/people/camera_dialog.py" line="99"/>
        <source>正在打开摄像头…</source>
        <translation>Opening the camera…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/camera_dialog.py" line="53"/>
        <source>摄像头画面</source>
        <translation>Camera picture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/camera_dialog.py" line="59"/>
        <source>摄像头</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/camera_dialog.py" line="60"/>
        <source>摄像头(&amp;M):</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/camera_dialog.py" line="62"/>
        <source>拍照(&amp;T)</source>
        <translation>&amp;Take photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/camera_dialog.py" line="63"/>
        <source>拍下这张照片</source>
        <translation>Take this photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/camera_dialog.py" line="67"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/camera_dialog.py" line="68"/>
        <source>取消拍照</source>
        <translation>Cancel taking a photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/camera_dialog.py" line="103"/>
        <source>没有找到摄像头。请把摄像头接到电脑上再试，或关闭此窗口，用“选择照片”从文件中选取。</source>
        <translation>No camera was found. Connect a camera to the computer and try again, or close this window and use “Choose photo file…” instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/camera_dialog.py" line="141"/>
        <source>摄像头无法使用（可能正被其他程序占用，或已拔出）。请关闭使用摄像头的其他程序后重试。（{detail}）</source>
        <translation>The camera cannot be used (another program may be using it, or it was unplugged). Close other programs that use the camera and try again. ({detail})</translation>
    </message>
</context>
<context>
    <name>CancelSignupDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="306"/>
        <source>取消报名</source>
        <translation>Cancel sign-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="306"/>
        <source>取消报名(&amp;C)</source>
        <translation>&amp;Cancel sign-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="314"/>
        <source>志愿者(&amp;V):</source>
        <translation>&amp;Volunteer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="316"/>
        <source>如：身体不适、家里有事</source>
        <translation>e.g. unwell, family matters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="317"/>
        <source>原因(&amp;R):</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="329"/>
        <source>修改名额</source>
        <translation>Change places</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="329"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="331"/>
        <source>{shift}：已报名 {taken} 人，名额不能少于报名人数。</source>
        <translation>{shift}: {taken} signed up; the places cannot be fewer than the sign-ups.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="338"/>
        <source>需要人数(&amp;N):</source>
        <translation>Volunteers &amp;needed:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="340"/>
        <source>如：活动人多、场地变小</source>
        <translation>e.g. a bigger event, a smaller room</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="341"/>
        <source>原因(&amp;R):</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>CareDialogs</name>
    <message>
        <location filename="../../desktop/ui/care/care_dialog_parts.py" line="56"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_dialog_parts.py" line="71"/>
        <location filename="../../desktop/ui/care/care_dialog_parts.py" line="72"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CareLabels</name>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="64"/>
        <source>评估已逾期</source>
        <translation>review overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="65"/>
        <source>14天内到期</source>
        <translation>due within 14 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="67"/>
        <source>未制定计划</source>
        <translation>No plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="12"/>
        <source>自理</source>
        <translation>Independent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="13"/>
        <source>半自理</source>
        <translation>Partly dependent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="14"/>
        <source>不能自理</source>
        <translation>Dependent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="15"/>
        <source>普通</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="16"/>
        <source>软食</source>
        <translation>Soft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="17"/>
        <source>碎食</source>
        <translation>Minced</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="18"/>
        <source>流食</source>
        <translation>Liquid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="19"/>
        <source>走失</source>
        <translation>Wandering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="20"/>
        <source>癫痫</source>
        <translation>Seizures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="21"/>
        <source>跌倒</source>
        <translation>Falls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="22"/>
        <source>攻击行为</source>
        <translation>Aggression</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="23"/>
        <source>吞咽困难</source>
        <translation>Swallowing difficulty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="24"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="25"/>
        <source>家属</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_words.py" line="26"/>
        <source>中心</source>
        <translation>Centre</translation>
    </message>
</context>
<context>
    <name>CareLogDelegate</name>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="110"/>
        <source>心情</source>
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="118"/>
        <source>分钟数</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="121"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CareLogModel</name>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="77"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="81"/>
        <source>药 {time}</source>
        <translation>Meds {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="84"/>
        <source>心情</source>
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="85"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="91"/>
        <source>待服</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="98"/>
        <source>{minutes}分</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="101"/>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="271"/>
        <source>计划{minutes}分</source>
        <translation>Planned {minutes} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="103"/>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="272"/>
        <source>计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="127"/>
        <source>{status} {time}（{giver}）</source>
        <translation>{status} {time} ({giver})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="129"/>
        <source>{medicine} {dose}：{state}</source>
        <translation>{medicine} {dose}: {state}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="228"/>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="255"/>
        <source>已记录</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="257"/>
        <source>计划内，未记录</source>
        <translation>Planned, not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="259"/>
        <source>未记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="262"/>
        <source>个别化服务计划中有这项服务</source>
        <translation>In the individual service plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_model.py" line="275"/>
        <source>{name}，{column}：无需服药</source>
        <translation>{name}, {column}: no medicine</translation>
    </message>
</context>
<context>
    <name>CareLogPrint</name>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="104"/>
        <source>{day}（星期{weekday}）</source>
        <translation>{day} ({weekday})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="107"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="115"/>
        <source>已填</source>
        <translation>filled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="116"/>
        <source>空白</source>
        <translation>blank</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="117"/>
        <source>✓ 已做（数字为分钟）&#x3000;— 该时间无需服药&#x3000;服药：已服（时间）／拒服／漏服</source>
        <translation>✓ done (a number is minutes)  — no dose due then  Doses: given (time) / refused / missed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="119"/>
        <source>做了打 ✓，康复等项目写分钟数；○ 为计划内服务；— 该时间无需服药；服药格写已服时间、拒服或漏服；心情写 好／一般／差。</source>
        <translation>Tick ✓ what was done and write the minutes for rehab and the like; ○ is a planned service; — no dose due then; in a dose box write the time given, refused or missed; mood: good / fair / poor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="122"/>
        <source>日期：{period}&#x3000;会员：{n} 人&#x3000;（{kind}）</source>
        <translation>Date: {period}  Members: {n}  ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="127"/>
        <source>{centre}日间照料记录表</source>
        <translation>{centre} day-care record sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="129"/>
        <source>日间照料记录表</source>
        <translation>Day-care record sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="131"/>
        <source>含健康信息，请妥善保管</source>
        <translation>Contains health information: keep it safe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="137"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="138"/>
        <source>核对人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="140"/>
        <source>录入日期</source>
        <translation>Entered on</translation>
    </message>
</context>
<context>
    <name>CareLogTab</name>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="150"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="163"/>
        <source>按计划勾选全部(&amp;A)</source>
        <translation>Tick &amp;all as planned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="164"/>
        <source>按个别化服务计划勾选全部会员今天的服务并保存</source>
        <translation>Tick and save every member&apos;s services of the day from their individual service plans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="167"/>
        <source>打印照料表(&amp;P)…</source>
        <translation>&amp;Print care sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="168"/>
        <source>打印空白或已填的照料表</source>
        <translation>Print a blank or filled care sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="173"/>
        <source>空格或回车：勾选／取消；康复等项目直接输入分钟数；服药格按空格记录；心情列按 1 好、2 一般、3 差；“计划”＝计划内尚未保存。</source>
        <translation>Space or Enter: tick / untick; type the minutes on timed services; Space on a medication cell records the dose; mood: 1 good, 2 fair, 3 poor; &quot;Planned&quot; = in the plan, not saved yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="181"/>
        <source>照料记录表：每行一位会员，每列一项服务</source>
        <translation>Care log: one row per member, one column per service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="200"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="202"/>
        <source>去考勤页补签(&amp;G)</source>
        <translation>&amp;Go to attendance to add the sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="203"/>
        <source>打开考勤页，为没有签到的会员补签</source>
        <translation>Open the attendance page to add a missing sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="247"/>
        <source>今天在站 {n} 人</source>
        <translation>{n} present today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="247"/>
        <source>当天在站 {n} 人</source>
        <translation>{n} present that day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="252"/>
        <source>这一天还没到，不能记录；可以打印空白照料表。</source>
        <translation>This day has not come yet: nothing can be recorded; a blank care sheet can be printed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="254"/>
        <source>这个月已报送关账，照料记录只能查看。</source>
        <translation>This month has been submitted and closed: the care log is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="257"/>
        <source>这一天没有日间照料会员签到：请先在“考勤”页签到，再记录照料。</source>
        <translation>No day-care member signed in that day: sign them in on the Attendance page first, then record the care.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="326"/>
        <source>已取消：{name} {service}</source>
        <translation>Taken back: {name} {service}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="331"/>
        <source>已记录：{name} {service}</source>
        <translation>Recorded: {name} {service}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="344"/>
        <source>分钟数请填写数字</source>
        <translation>Type the minutes as a number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="349"/>
        <source>已记录：{name} {service} {minutes} 分钟</source>
        <translation>Recorded: {name} {service} {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="367"/>
        <source>已保存：{name} 的心情和备注</source>
        <translation>Saved: {name}&apos;s mood and note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="375"/>
        <source>已按计划勾选 {n} 项</source>
        <translation>Ticked {n} as planned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="387"/>
        <source>{name} 在 {time} 没有要服的药</source>
        <translation>{name} has no medicine at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="394"/>
        <source>{name} {time} 的药已记录（{done}）；如需更正，请到“用药”页</source>
        <translation>{name}&apos;s {time} medicine is already recorded ({done}); to correct it, use the Medication tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_tab.py" line="421"/>
        <source>已记录服药：{status}</source>
        <translation>Dose recorded: {status}</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <location filename="../../desktop/ui/care/care_page.py" line="24"/>
        <source>今日照料</source>
        <translation>Today&apos;s care</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_page.py" line="25"/>
        <source>用药</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_page.py" line="27"/>
        <source>离站交接</source>
        <translation>Hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_page.py" line="29"/>
        <source>突发事件</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_page.py" line="31"/>
        <source>购买服务</source>
        <translation>Purchased services</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_page.py" line="33"/>
        <source>餐费</source>
        <translation>Meals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_page.py" line="34"/>
        <source>照料档案</source>
        <translation>Care profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_page.py" line="45"/>
        <source>日间照料的各项工作</source>
        <translation>Daily care tasks</translation>
    </message>
</context>
<context>
    <name>CareServices</name>
    <message>
        <location filename="../../desktop/models/care/day_care.py" line="43"/>
        <source>午餐</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/day_care.py" line="44"/>
        <source>个人照料</source>
        <translation>Personal care</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/day_care.py" line="45"/>
        <source>康复训练</source>
        <translation>Rehab training</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/day_care.py" line="46"/>
        <source>音乐治疗</source>
        <translation>Music therapy</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/day_care.py" line="47"/>
        <source>手工制作</source>
        <translation>Handicrafts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/day_care.py" line="48"/>
        <source>文体娱乐</source>
        <translation>Recreation</translation>
    </message>
</context>
<context>
    <name>CareSheetPrintDialog</name>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="163"/>
        <source>打印照料表</source>
        <translation>Print care sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="165"/>
        <source>{day} 的日间照料记录表。空白表用于手写，之后在“今日照料”按同样的列顺序录入。</source>
        <translation>The day-care record sheet of {day}. A blank sheet is for handwriting, entered later on Today&apos;s care in the same column order.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="169"/>
        <source>空白表（手写用）(&amp;B)</source>
        <translation>&amp;Blank sheet (to write on)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="170"/>
        <source>空白表，手写用</source>
        <translation>Blank sheet, to write on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="171"/>
        <source>已填表（存档签字）(&amp;F)</source>
        <translation>&amp;Filled sheet (to file and sign)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="172"/>
        <source>已填表，存档签字</source>
        <translation>Filled sheet, to file and sign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="178"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="181"/>
        <source>打印预览(&amp;V)…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="182"/>
        <source>打印预览并打印</source>
        <translation>Preview and print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="183"/>
        <source>保存为 PDF(&amp;S)…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="184"/>
        <source>把照料表保存为 PDF 文件</source>
        <translation>Save the care sheet as a PDF file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="188"/>
        <location filename="../../desktop/ui/care/care_log_print.py" line="189"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="211"/>
        <source>照料表打印预览</source>
        <translation>Care sheet print preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="219"/>
        <source>照料表-{day}.pdf</source>
        <translation>care-sheet-{day}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="220"/>
        <source>保存照料表</source>
        <translation>Save care sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="221"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="233"/>
        <source>正在生成照料表 PDF…</source>
        <translation>Making the care sheet PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/care_log_print.py" line="238"/>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="38"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="39"/>
        <source>{name} {share}%</source>
        <translation>{name} {share}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="46"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="48"/>
        <source>商品名称</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="49"/>
        <source>{name}（已下架）</source>
        <translation>{name} (archived)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="51"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="52"/>
        <source>售价（元）</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="54"/>
        <source>材料成本（元）</source>
        <translation>Material cost (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="56"/>
        <source>库存（件）</source>
        <translation>On hand (items)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="58"/>
        <source>制作者及份额</source>
        <translation>Makers and shares</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="73"/>
        <source>查找(&amp;F):</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="75"/>
        <source>商品名称、拼音首字母或编码</source>
        <translation>Product name, pinyin initials or code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="76"/>
        <source>查找商品</source>
        <translation>Find a product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="80"/>
        <source>显示已下架(&amp;D)</source>
        <translation>Show archive&amp;d</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="81"/>
        <source>显示已下架的商品</source>
        <translation>Show archived products</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="89"/>
        <source>商品目录</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="93"/>
        <source>新建商品(&amp;N)…</source>
        <translation>&amp;New product…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="93"/>
        <source>新建一种商品</source>
        <translation>Add a new product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="95"/>
        <source>编辑(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="95"/>
        <source>编辑选中的商品</source>
        <translation>Edit the selected product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="97"/>
        <source>下架(&amp;X)…</source>
        <translation>Archi&amp;ve…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="98"/>
        <source>下架选中的商品，写明原因</source>
        <translation>Archive the selected product, giving a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="99"/>
        <source>恢复上架(&amp;R)</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="99"/>
        <source>恢复选中的已下架商品</source>
        <translation>Put the selected archived product back on sale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="101"/>
        <source>打印标签(&amp;L)…</source>
        <translation>Print &amp;labels…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="102"/>
        <source>为列出的商品打印条码标签</source>
        <translation>Print barcode labels for the products listed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="108"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="163"/>
        <source>已保存商品</source>
        <translation>Product saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="174"/>
        <source>已下架：{name}</source>
        <translation>Archived: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="178"/>
        <source>下架商品</source>
        <translation>Archive product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="179"/>
        <source>下架后收银台不再出售，已有的销售记录保留；可随时恢复。</source>
        <translation>An archived product is no longer sold at the till; its sales stay on record. It can be restored at any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="180"/>
        <source>下架(&amp;X)</source>
        <translation>Archi&amp;ve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="180"/>
        <source>如：不再制作</source>
        <translation>e.g. no longer made</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/catalogue_tab.py" line="193"/>
        <source>已恢复上架：{name}</source>
        <translation>Back on sale: {name}</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <location filename="../../desktop/ui/admin/centre_form.py" line="24"/>
        <source>如：西长安街温馨家园</source>
        <translation>e.g. Xichang&apos;anjie Warm Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/centre_form.py" line="27"/>
        <source>区残联分配的编码，如 XC-XCAJ-01</source>
        <translation>e.g. XC-XCAJ-01, as assigned by the District Disabled Persons&apos; Federation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/centre_form.py" line="28"/>
        <source>西城区</source>
        <translation>西城区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/centre_form.py" line="39"/>
        <source>如 010-66012345 或手机号</source>
        <translation>e.g. 010-66012345 or a mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/centre_form.py" line="42"/>
        <source>中心名称(&amp;N):</source>
        <translation>Centre &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/centre_form.py" line="43"/>
        <source>中心编码(&amp;C):</source>
        <translation>Centre &amp;code:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/centre_form.py" line="44"/>
        <source>所属区(&amp;D):</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/centre_form.py" line="45"/>
        <source>街道(&amp;S):</source>
        <translation>S&amp;treet:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/centre_form.py" line="46"/>
        <source>负责人(&amp;R):</source>
        <translation>Person in cha&amp;rge:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/centre_form.py" line="47"/>
        <source>联系电话(&amp;P):</source>
        <translation>&amp;Phone:</translation>
    </message>
</context>
<context>
    <name>CertificatePrint</name>
    <message>
        <location filename="../../desktop/ui/volunteers/certificate_print.py" line="41"/>
        <source>补打（第 {n} 次）</source>
        <translation>Reprint (no. {n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificate_print.py" line="47"/>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificate_print.py" line="53"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificate_print.py" line="54"/>
        <source>{post} {hours} 小时</source>
        <translation>{post} {hours} h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificate_print.py" line="67"/>
        <source>{hours} 小时</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificate_print.py" line="70"/>
        <source>证明编号：{number}</source>
        <translation>Certificate no.: {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificate_print.py" line="72"/>
        <source>兹证明 {name}（{id_type}：{id}）于 {start} 至 {end} 在{centre}参加志愿服务，经本单位记录，累计服务时长 {hours} 小时。</source>
        <translation>This is to certify that {name} ({id_type}: {id}) served as a volunteer at {centre} from {start} to {end}; by our records the service totals {hours} hours.</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="60"/>
        <source>证明编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="62"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="63"/>
        <source>服务期间</source>
        <translation>Service period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="64"/>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="66"/>
        <source>时长（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="68"/>
        <source>出具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="69"/>
        <source>{day} {by}</source>
        <translation>{day} {by}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="71"/>
        <source>补打次数</source>
        <translation>Reprints</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="157"/>
        <source>年份(&amp;Y):</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="159"/>
        <source>证明出具的年份</source>
        <translation>Year the certificates were issued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="163"/>
        <source>证明数目</source>
        <translation>Number of certificates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="169"/>
        <source>志愿服务证明登记簿</source>
        <translation>Register of volunteer service certificates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="174"/>
        <source>出具证明(&amp;N)…</source>
        <translation>&amp;New certificate…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="175"/>
        <source>补打(&amp;R)</source>
        <translation>&amp;Reprint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="176"/>
        <source>打印全年证明(&amp;A)…</source>
        <translation>Print the year&apos;s certificates (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="178"/>
        <source>为一位志愿者出具志愿服务证明</source>
        <translation>Issue a certificate of service for a volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="179"/>
        <source>补打所选证明（编号不变）</source>
        <translation>Reprint the selected certificate (same number)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="180"/>
        <source>把所选年份每位有服务时长的志愿者的证明存为一个 PDF</source>
        <translation>Save the certificates of every volunteer with hours in the chosen year as one PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="187"/>
        <source>服务证明操作结果</source>
        <translation>Certificate action result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="221"/>
        <source>{year} 年共出具 {n} 份证明</source>
        <translation>{n} certificates issued in {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="260"/>
        <source>已出具 {name} 的证明 {number}，共 {hours} 小时</source>
        <translation>Issued certificate {number} for {name}: {hours} hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="275"/>
        <source>补打证明 {number}（第 {n} 次补打）</source>
        <translation>Reprinted certificate {number} (reprint no. {n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="289"/>
        <source>志愿服务证明打印预览</source>
        <translation>Certificate of service print preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="310"/>
        <source>志愿服务证明-{year}.pdf</source>
        <translation>volunteer-certificates-{year}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="311"/>
        <source>保存全年志愿服务证明</source>
        <translation>Save the year&apos;s certificates of service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="312"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="329"/>
        <source>正在生成 {year} 年的志愿服务证明…</source>
        <translation>Making the certificates of service for {year}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="337"/>
        <source>{year} 年还没有志愿者有服务时长，没有可打印的证明</source>
        <translation>No volunteer has service hours in {year}: there are no certificates to print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="340"/>
        <source>已把 {n} 份证明存到 {path}</source>
        <translation>Saved {n} certificates to {path}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="174"/>
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="178"/>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="179"/>
        <source>原密码(&amp;O):</source>
        <translation>&amp;Old password:</translation>
    </message>
</context>
<context>
    <name>ConfirmServiceDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="77"/>
        <source>确认临时服务</source>
        <translation>Confirm unplanned service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="80"/>
        <source>{name} 这次没有排班。请选择服务岗位，写明做了什么；确认后按签到到签退的时间计服务时长。</source>
        <translation>{name} had no shift this time. Choose the post and say what was done; once confirmed, the time from sign-in to sign-out counts as service hours.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="88"/>
        <source>服务岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="91"/>
        <source>如：协助午餐分餐</source>
        <translation>e.g. helping serve lunch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="92"/>
        <source>服务内容</source>
        <translation>Service content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="93"/>
        <source>服务岗位(&amp;P):</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="94"/>
        <source>服务内容(&amp;C):</source>
        <translation>Service &amp;content:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="97"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>ConsignmentDialog</name>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="195"/>
        <source>寄售收回</source>
        <translation>Take back from consignment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="196"/>
        <source>收回(&amp;S)</source>
        <translation>&amp;Take back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="197"/>
        <source>从寄售地点收回未售出的“{name}”，计入库存。</source>
        <translation>Take unsold “{name}” back from consignment into stock.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="200"/>
        <source>寄售发出</source>
        <translation>Send on consignment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="201"/>
        <source>发出(&amp;S)</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="202"/>
        <source>把“{name}”送到商店或集市寄售，从库存中减去。</source>
        <translation>Send “{name}” to a shop or fair on consignment; it leaves the stock.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="209"/>
        <source>如：什刹海便民店、春节庙会</source>
        <translation>e.g. Shichahai shop, Spring Festival fair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="216"/>
        <source>寄售地点(&amp;P):</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="217"/>
        <source>数量(&amp;Q):</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="218"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="225"/>
        <source>已收回：{name} {quantity} 件（{place}）</source>
        <translation>Taken back: {name}, {quantity} items ({place})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="229"/>
        <source>已发出寄售：{name} {quantity} 件（{place}）</source>
        <translation>Sent on consignment: {name}, {quantity} items ({place})</translation>
    </message>
</context>
<context>
    <name>ConsolidationModels</name>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_models.py" line="34"/>
        <source>✓ 已采用</source>
        <translation>✓ Used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_models.py" line="35"/>
        <source>✗ 未采用</source>
        <translation>✗ Not used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_models.py" line="36"/>
        <source>旧版，未采用</source>
        <translation>Older revision, not used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_models.py" line="37"/>
        <source>重复，只计一次</source>
        <translation>Duplicate, counted once</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_models.py" line="53"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_models.py" line="55"/>
        <location filename="../../desktop/ui/reporting/consolidation_models.py" line="83"/>
        <source>中心编码</source>
        <translation>Centre code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_models.py" line="57"/>
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_models.py" line="59"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_models.py" line="61"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_models.py" line="85"/>
        <source>中心名称</source>
        <translation>Centre name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_models.py" line="87"/>
        <source>街道</source>
        <translation>Street</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="112"/>
        <source>汇总月份(&amp;O):</source>
        <translation>M&amp;onth to consolidate:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="115"/>
        <source>开始汇总(&amp;R)</source>
        <translation>&amp;Run consolidation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="115"/>
        <source>开始汇总</source>
        <translation>Run consolidation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="124"/>
        <source>各中心的月报文件</source>
        <translation>Centres&apos; monthly workbooks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="127"/>
        <source>要汇总的文件和文件夹</source>
        <translation>Files and folders to consolidate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="133"/>
        <source>添加文件(&amp;F)…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="133"/>
        <source>添加月报文件</source>
        <translation>Add monthly workbook files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="134"/>
        <source>添加文件夹(&amp;D)…</source>
        <translation>Add fol&amp;der…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="135"/>
        <source>添加存放月报的文件夹</source>
        <translation>Add a folder of monthly workbooks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="136"/>
        <source>移除(&amp;M)</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="136"/>
        <source>移除选中的文件</source>
        <translation>Remove the selected files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="144"/>
        <source>文件夹中的每个 .xlsx 都会读取；同一中心有多个版本时采用版本号最高的。</source>
        <translation>Every .xlsx in a folder is read; when a centre sent several revisions, the highest counts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="151"/>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="155"/>
        <source>应报中心名单</source>
        <translation>Expected centres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="168"/>
        <source>添加中心(&amp;A)</source>
        <translation>&amp;Add centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="168"/>
        <source>添加一个应报中心</source>
        <translation>Add an expected centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="169"/>
        <source>删除中心(&amp;E)</source>
        <translation>R&amp;emove centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="170"/>
        <source>删除选中的应报中心</source>
        <translation>Remove the selected expected centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="171"/>
        <source>从文件导入(&amp;I)…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="172"/>
        <source>从 txt、csv 或 xlsx 文件导入名单</source>
        <translation>Import the list from a txt, csv or xlsx file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="173"/>
        <source>保存名单(&amp;S)</source>
        <translation>&amp;Save list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="173"/>
        <source>保存应报中心名单</source>
        <translation>Save the list of expected centres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="183"/>
        <source>名单状态</source>
        <translation>List status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="188"/>
        <source>只有可以修改设置的账户能保存名单</source>
        <translation>Only accounts that may change settings can save the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="192"/>
        <source>汇总结果</source>
        <translation>Consolidation result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="194"/>
        <source>尚未汇总</source>
        <translation>Not consolidated yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="196"/>
        <source>汇总概况</source>
        <translation>Consolidation summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="200"/>
        <source>报送完成情况</source>
        <translation>Reporting completeness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="205"/>
        <source>每个文件的处理结果</source>
        <translation>Result for each file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="209"/>
        <source>保存区汇总表(&amp;X)…</source>
        <translation>Save district workbook (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="209"/>
        <source>保存区汇总工作簿</source>
        <translation>Save the district workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="212"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="255"/>
        <source>选择各中心的月报文件</source>
        <translation>Choose the centres&apos; monthly workbooks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="257"/>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="420"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="262"/>
        <source>选择存放月报的文件夹</source>
        <translation>Choose the folder with the monthly workbooks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="294"/>
        <source>导入应报中心名单</source>
        <translation>Import the list of expected centres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="295"/>
        <source>名单文件 (*.xlsx *.csv *.txt)</source>
        <translation>List file (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="306"/>
        <source>已导入 {n} 个中心，保存后下次仍可使用</source>
        <translation>Imported {n} centres; save the list to keep it for next time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="317"/>
        <source>名单已保存：{n} 个中心</source>
        <translation>List saved: {n} centres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="326"/>
        <source>请先添加月报文件或文件夹</source>
        <translation>Add monthly workbooks or a folder first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="334"/>
        <source>正在读取各中心的月报…</source>
        <translation>Reading the centres&apos; monthly workbooks…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="359"/>
        <source>没有可汇总的月报：{n} 个文件都未采用，不能保存区汇总表</source>
        <translation>Nothing to consolidate: none of the {n} files was accepted; the district workbook cannot be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="378"/>
        <source>月份、文件或应报中心名单已改变：请重新汇总后再保存</source>
        <translation>The month, the files or the expected centres changed: run the consolidation again before saving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="385"/>
        <source>{month}：采用 {accepted} 个文件，未采用 {rejected} 个，旧版或重复 {other} 个</source>
        <translation>{month}: {accepted} files used, {rejected} not used, {other} older or duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="394"/>
        <source>未设置应报中心名单；已报 {n} 个中心</source>
        <translation>No list of expected centres; {n} centres reported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="397"/>
        <source>已报 {reported}/{expected}（{percent:.1f}%）</source>
        <translation>Reported {reported}/{expected} ({percent:.1f}%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="401"/>
        <source>未报：{names}</source>
        <translation>Not reported: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="403"/>
        <source>名单中的中心都已报送</source>
        <translation>Every centre on the list has reported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="406"/>
        <source>有问题（未采用）：{names}</source>
        <translation>Sent, but not accepted: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="409"/>
        <source>名单外：{names}</source>
        <translation>Not on the list: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="418"/>
        <source>保存区汇总表</source>
        <translation>Save the district workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="433"/>
        <source>正在保存区汇总表…</source>
        <translation>Saving the district workbook…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/consolidation_page.py" line="437"/>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="71"/>
        <source>新增购买服务合同</source>
        <translation>New purchased-service contract</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="72"/>
        <source>修改购买服务合同</source>
        <translation>Edit purchased-service contract</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="79"/>
        <source>如：西城区阳光社会工作事务所</source>
        <translation>e.g. Xicheng Sunshine Social Work Agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="82"/>
        <source>合同上的编号，如 XC-GM-2024-007</source>
        <translation>The number on the contract, e.g. XC-GM-2024-007</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="85"/>
        <source>如：康复训练、音乐治疗、小组活动</source>
        <translation>e.g. rehab training, music therapy, group activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="87"/>
        <source>合同开始日期</source>
        <translation>Contract start date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="88"/>
        <source>合同结束日期</source>
        <translation>Contract end date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="90"/>
        <source>按小时</source>
        <translation>By hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="91"/>
        <source>按次数</source>
        <translation>By sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="97"/>
        <source>如 36600 或 36600.50</source>
        <translation>e.g. 36600 or 36600.50</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="109"/>
        <source>服务机构(&amp;O):</source>
        <translation>Pr&amp;ovider:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="109"/>
        <source>合同编号(&amp;N):</source>
        <translation>Contract &amp;number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="110"/>
        <source>服务内容(&amp;V):</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="110"/>
        <source>开始日期(&amp;B):</source>
        <translation>&amp;Begins:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="111"/>
        <source>结束日期(&amp;E):</source>
        <translation>&amp;Ends:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="111"/>
        <source>计量单位(&amp;U):</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="112"/>
        <source>合同数量(&amp;Q):</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="113"/>
        <source>合同金额（元）(&amp;A):</source>
        <translation>&amp;Amount (yuan):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="113"/>
        <source>联系人(&amp;C):</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="114"/>
        <source>联系电话(&amp;P):</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="122"/>
        <source>保存合同</source>
        <translation>Save contract</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="131"/>
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="132"/>
        <source> 次</source>
        <translation> sessions</translation>
    </message>
</context>
<context>
    <name>CorrectSignInDialog</name>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="288"/>
        <source>更正签到时间</source>
        <translation>Correct sign-in times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="288"/>
        <source>保存更正(&amp;S)</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="289"/>
        <source>保存更正</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="291"/>
        <source>{name}，{day}，{method}签到</source>
        <translation>{name}, {day}, signed in by {method}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="298"/>
        <source>签到时间</source>
        <translation>Sign-in time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="299"/>
        <source>签到时间(&amp;I):</source>
        <translation>Sign-&amp;in time:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="302"/>
        <source>如：按纸质签到本更正</source>
        <translation>e.g. corrected from the paper register</translation>
    </message>
</context>
<context>
    <name>CorrectTimesDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="116"/>
        <source>更正签到时间</source>
        <translation>Correct sign-in times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="119"/>
        <source>更正 {name} 当天的签到、签退时间；服务时长按更正后的时间重新计算，原记录保留。</source>
        <translation>Correct {name}&apos;s sign-in and sign-out times on that day; service hours are recalculated from the corrected times and the original record is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="124"/>
        <source>签到时间</source>
        <translation>Sign-in time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="125"/>
        <source>已签退(&amp;O)</source>
        <translation>Signed &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="126"/>
        <source>已签退</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="128"/>
        <source>签退时间</source>
        <translation>Sign-out time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="133"/>
        <source>如：忘记签退，按本人说明更正</source>
        <translation>e.g. forgot to sign out, corrected as the volunteer explained</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="134"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="135"/>
        <source>签到时间(&amp;I):</source>
        <translation>Sign-&amp;in time:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="137"/>
        <source>原因(&amp;R):</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="140"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_page.py" line="56"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_page.py" line="57"/>
        <source>刷新首页</source>
        <translation>Refresh the home page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_page.py" line="177"/>
        <source>&lt;b&gt;{day}&lt;/b&gt; 的概况</source>
        <translation>Overview for &lt;b&gt;{day}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DayEndTab</name>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="81"/>
        <source>当日有效销售 {n} 笔</source>
        <translation>{n} valid sales that day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="83"/>
        <source>应有现金：{amount} 元</source>
        <translation>Cash expected: {amount} yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="86"/>
        <source>清点现金：{counted} 元&#x3000;差额：{difference} 元</source>
        <translation>Cash counted: {counted} yuan   Difference: {difference} yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="91"/>
        <source>说明：{note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="93"/>
        <source>记录人：{who}&#x3000;{at}</source>
        <translation>Recorded by: {who}   {at}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="96"/>
        <source>清点现金：＿＿＿＿＿＿ 元</source>
        <translation>Cash counted: ______ yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="98"/>
        <source>希联圆梦 日结单</source>
        <translation>Xilian Yuanmeng day-end slip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="99"/>
        <source>日结单</source>
        <translation>Day-end slip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="101"/>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="129"/>
        <source>付款方式</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="102"/>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="130"/>
        <source>销售（元）</source>
        <translation>Sales (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="103"/>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="131"/>
        <source>退款（元）</source>
        <translation>Refunds (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="104"/>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="133"/>
        <source>净额（元）</source>
        <translation>Net (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="106"/>
        <source>当日净收入</source>
        <translation>Net takings of the day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="107"/>
        <source>收银员</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="108"/>
        <source>复核人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="122"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="135"/>
        <source>当日按付款方式的收入</source>
        <translation>Takings of the day by payment method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="139"/>
        <source>当日销售:</source>
        <translation>Sales that day:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="141"/>
        <source>应有现金</source>
        <translation>Cash expected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="142"/>
        <source>应有现金:</source>
        <translation>Cash expected:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="144"/>
        <source>清点现金（元）</source>
        <translation>Cash counted (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="145"/>
        <source>钱箱里当天收的现金，不含备用零钱</source>
        <translation>Cash taken today in the drawer, without the float</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="146"/>
        <source>清点现金（元）(&amp;C):</source>
        <translation>&amp;Cash counted (yuan):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="148"/>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="149"/>
        <source>差额:</source>
        <translation>Difference:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="152"/>
        <source>差额说明</source>
        <translation>Note on the difference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="153"/>
        <source>有差额时必填，如：找零算错</source>
        <translation>Required when there is a difference, e.g. wrong change given</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="154"/>
        <source>差额说明(&amp;N):</source>
        <translation>&amp;Note on the difference:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="157"/>
        <source>已记录:</source>
        <translation>Recorded:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="160"/>
        <source>记录日结(&amp;R)</source>
        <translation>&amp;Record day end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="160"/>
        <source>记录日结</source>
        <translation>Record day end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="162"/>
        <source>保存日结单 PDF(&amp;P)…</source>
        <translation>Save day-end slip as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="162"/>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="244"/>
        <source>保存日结单</source>
        <translation>Save day-end slip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="168"/>
        <source>日结的结果</source>
        <translation>Day-end result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="185"/>
        <source>{n} 笔</source>
        <translation>{n} sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="186"/>
        <source>¥{amount}</source>
        <translation>¥{amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="190"/>
        <source>清点 ¥{counted}，差额 ¥{difference}（{who}，{at}）{note}</source>
        <translation>Counted ¥{counted}, difference ¥{difference} ({who}, {at}) {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="194"/>
        <source>这一天还没有日结</source>
        <translation>This day has not been closed yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="204"/>
        <source>无差额</source>
        <translation>No difference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="206"/>
        <source>{direction} ¥{amount}</source>
        <translation>{direction} ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="207"/>
        <source>多</source>
        <translation>Over by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="207"/>
        <source>少</source>
        <translation>Short by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="225"/>
        <source>已记录 {day} 的日结：差额 ¥{difference}</source>
        <translation>Day end of {day} recorded: difference ¥{difference}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="238"/>
        <source>日结单已保存为 {path}</source>
        <translation>Day-end slip saved as {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="244"/>
        <source>日结单-{day}.pdf</source>
        <translation>day-end-{day}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="245"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="60"/>
        <source>当天签到列表</source>
        <translation>Sign-ins of the day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="65"/>
        <source>签到台拒绝记录</source>
        <translation>Kiosk refusals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="66"/>
        <source>签到台拒绝记录（未登记的卡、已归档或不在册的会员，均未签到）：</source>
        <translation>Kiosk refusals (unknown cards, archived members or members not on the register; none was signed in):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="95"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="96"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="98"/>
        <source>◀ 前一天(&amp;B)</source>
        <translation>◀ Day &amp;before</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="99"/>
        <source>前一天</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="100"/>
        <source>后一天(&amp;N) ▶</source>
        <translation>&amp;Next day ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="101"/>
        <source>后一天</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="102"/>
        <source>今天(&amp;T)</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="103"/>
        <source>回到今天</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="108"/>
        <source>当天签到人数</source>
        <translation>Sign-ins of the day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="118"/>
        <source>补签(&amp;A)…</source>
        <translation>&amp;Add sign-in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="119"/>
        <source>更正时间(&amp;C)…</source>
        <translation>&amp;Correct times…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="120"/>
        <source>作废(&amp;V)…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="121"/>
        <source>打印签到表(&amp;P)…</source>
        <translation>&amp;Print sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="122"/>
        <source>录入纸质签到表(&amp;E)…</source>
        <translation>&amp;Enter paper sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="123"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="124"/>
        <source>为会员补签</source>
        <translation>Add a sign-in for a member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="125"/>
        <source>更正所选签到的时间</source>
        <translation>Correct the times of the selected sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="126"/>
        <source>作废所选签到</source>
        <translation>Void the selected sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="127"/>
        <source>打印纸质签到表</source>
        <translation>Print a paper sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="128"/>
        <source>录入纸质签到表</source>
        <translation>Enter a paper sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="129"/>
        <source>刷新签到列表</source>
        <translation>Refresh the sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="169"/>
        <source>签到 {n} 人</source>
        <translation>Signed in: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_panel.py" line="171"/>
        <source>；另有 {m} 条已作废</source>
        <translation>; voided: {m}</translation>
    </message>
</context>
<context>
    <name>DaySignInModel</name>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_model.py" line="27"/>
        <source>{h}小时{m:02d}分</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_model.py" line="34"/>
        <source>已作废：{reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_model.py" line="36"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_model.py" line="50"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_model.py" line="51"/>
        <source>签到</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_model.py" line="52"/>
        <source>签退</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_model.py" line="53"/>
        <source>在场时长</source>
        <translation>Time present</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_model.py" line="54"/>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_model.py" line="56"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_model.py" line="58"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DeliveredDialog</name>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="245"/>
        <source>登记交货</source>
        <translation>Record delivery</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="247"/>
        <source>订单 {id}：{customer}</source>
        <translation>Order {id}: {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="250"/>
        <source>交货日期(&amp;D):</source>
        <translation>&amp;Delivered on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="251"/>
        <source>登记(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="260"/>
        <source>已登记交货：订单 {id}，{day}</source>
        <translation>Delivery recorded: order {id}, {day}</translation>
    </message>
</context>
<context>
    <name>DeliveryNote</name>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="39"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="40"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="41"/>
        <source>商品名称</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="42"/>
        <source>数量（件）</source>
        <translation>Quantity (items)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="43"/>
        <source>单价（元）</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="44"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="45"/>
        <source>收货单位：{customer}</source>
        <translation>Receiving unit: {customer}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="48"/>
        <source>联系人：{contact}</source>
        <translation>Contact: {contact}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="50"/>
        <source>订单编号：{id}&#x3000;&#x3000;下单日期：{day}&#x3000;&#x3000;送货日期：{delivered}</source>
        <translation>Order no.: {id}    Ordered on: {day}    Delivered on: {delivered}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="53"/>
        <source>合计金额</source>
        <translation>Total amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="55"/>
        <source>送货单</source>
        <translation>Delivery note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="57"/>
        <source>希联圆梦 送货单</source>
        <translation>Xilian Yuanmeng delivery note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="58"/>
        <source>订单 {id}</source>
        <translation>Order {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="64"/>
        <source>以上商品已如数收到，数量、品质无误。</source>
        <translation>The goods above were received in full, in the right quantity and condition.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="65"/>
        <source>收货单位签收：</source>
        <translation>Signed for by the receiving unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="66"/>
        <source>送货人</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="67"/>
        <source>收货人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/delivery_note_print.py" line="69"/>
        <source>收货日期</source>
        <translation>Received on</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="101"/>
        <source>志愿者信息：{name}</source>
        <translation>Volunteer&apos;s details: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="108"/>
        <source>如：手语、急救、书法</source>
        <translation>e.g. sign language, first aid, calligraphy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="111"/>
        <source>如：周二、周四上午</source>
        <translation>e.g. Tuesday and Thursday mornings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="114"/>
        <source>同意拍照并用于宣传(&amp;O)</source>
        <translation>C&amp;onsents to photos used for publicity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="116"/>
        <source>同意拍照并用于宣传</source>
        <translation>Consents to photos used for publicity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="117"/>
        <source>特长技能(&amp;K):</source>
        <translation>S&amp;kills:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="118"/>
        <source>可服务时间(&amp;A):</source>
        <translation>&amp;Availability:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="119"/>
        <source>签到卡号(&amp;C):</source>
        <translation>&amp;Card number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="126"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="128"/>
        <source>培训记录（含已作废）</source>
        <translation>Trainings (voided ones too)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="141"/>
        <source>如：急救培训</source>
        <translation>e.g. First aid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="147"/>
        <source>培训日期(&amp;D):</source>
        <translation>Training &amp;date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="148"/>
        <source>内容(&amp;T):</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="149"/>
        <source>分钟(&amp;M):</source>
        <translation>&amp;Minutes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="159"/>
        <source>添加培训(&amp;G)</source>
        <translation>Add trainin&amp;g</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="159"/>
        <source>添加这条培训记录</source>
        <translation>Add this training</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="161"/>
        <source>作废培训(&amp;V)…</source>
        <translation>&amp;Void training…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="162"/>
        <source>作废选中的培训记录，写明原因</source>
        <translation>Void the selected training, giving the reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="176"/>
        <source>保存信息(&amp;S)</source>
        <translation>&amp;Save details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="177"/>
        <source>保存志愿者信息</source>
        <translation>Save the volunteer&apos;s details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="179"/>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="180"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="214"/>
        <source>已添加培训</source>
        <translation>Training added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="227"/>
        <source>已作废培训：{topic}</source>
        <translation>Training voided: {topic}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="231"/>
        <source>作废培训记录</source>
        <translation>Void training</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="231"/>
        <source>作废选中的培训记录，记录仍保留。</source>
        <translation>Void the selected training; it stays on record.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="232"/>
        <source>作废(&amp;V)</source>
        <translation>&amp;Void</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="55"/>
        <source>无报名</source>
        <translation>No sign-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="56"/>
        <source>{missed}/{total} 次，{percent}%</source>
        <translation>{missed}/{total} times, {percent}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="64"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="65"/>
        <source>志愿北京编号</source>
        <translation>Volunteer Beijing number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="67"/>
        <source>所在单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="69"/>
        <source>特长技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="71"/>
        <source>签到卡号</source>
        <translation>Card number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="72"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="73"/>
        <source>未到率</source>
        <translation>No-show rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="74"/>
        <source>近一年报名后未到的次数 / 报名次数（不算取消的）</source>
        <translation>Sign-ups not turned up to / sign-ups in the last year (cancelled ones not counted)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="82"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="84"/>
        <source>培训内容</source>
        <translation>Training topic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="85"/>
        <source>分钟</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="87"/>
        <source>作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="88"/>
        <source>已作废：{reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="248"/>
        <source>查找(&amp;F):</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="250"/>
        <source>姓名、拼音首字母或志愿北京编号</source>
        <translation>Name, pinyin initials or Volunteer Beijing number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="251"/>
        <source>查找志愿者</source>
        <translation>Find a volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="256"/>
        <source>编辑(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="256"/>
        <source>编辑选中志愿者的信息和培训</source>
        <translation>Edit the selected volunteer&apos;s details and trainings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="263"/>
        <source>志愿者名单</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="266"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/details_tab.py" line="307"/>
        <source>已保存志愿者信息</source>
        <translation>Volunteer&apos;s details saved</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="20"/>
        <source>优惠</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="26"/>
        <source>“{name}” {quantity} 件，金额 {amount} 元。优惠必须写明原因。</source>
        <translation>“{name}”: {quantity} items, {amount} yuan. A discount needs a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="34"/>
        <source>优惠金额（元）</source>
        <translation>Discount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="35"/>
        <source>如 5 或 2.50</source>
        <translation>e.g. 5 or 2.50</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="36"/>
        <source>优惠金额（元）(&amp;A):</source>
        <translation>Discount (yuan) (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="39"/>
        <source>优惠原因</source>
        <translation>Reason for the discount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="40"/>
        <source>如：残疾人家属、批量购买</source>
        <translation>e.g. family of a person with disabilities, bulk purchase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="41"/>
        <source>优惠原因(&amp;R):</source>
        <translation>&amp;Reason for the discount:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="44"/>
        <source>优惠的问题</source>
        <translation>Problem with the discount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="47"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="47"/>
        <source>确定优惠</source>
        <translation>Apply discount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="47"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="66"/>
        <source>优惠 {discount} 元超过了这一行的金额 {amount} 元</source>
        <translation>The discount of {discount} yuan is more than the line&apos;s {amount} yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="72"/>
        <source>有优惠时请填写优惠原因，例如：残疾人家属、批量购买</source>
        <translation>Please give the reason for the discount, e.g. family of a person with disabilities, bulk purchase</translation>
    </message>
</context>
<context>
    <name>DoseDialog</name>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="62"/>
        <source>记录服药</source>
        <translation>Record dose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="64"/>
        <source>{name}&#x3000;{time} 的药</source>
        <translation>{name}&apos;s {time} medicine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="68"/>
        <source>{medicine} {dose}</source>
        <translation>{medicine} {dose}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="77"/>
        <source>服药时间(&amp;T):</source>
        <translation>&amp;Time taken:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="82"/>
        <source>给药人(&amp;B):</source>
        <translation>Given &amp;by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="87"/>
        <source>备注(&amp;N):</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="93"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="96"/>
        <source>已服(&amp;Y)</source>
        <translation>Given (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="97"/>
        <source>记录为已服</source>
        <translation>Record as given</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="98"/>
        <source>拒服(&amp;R)</source>
        <translation>&amp;Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="99"/>
        <source>记录为拒服</source>
        <translation>Record as refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="100"/>
        <source>漏服(&amp;M)</source>
        <translation>&amp;Missed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="101"/>
        <source>记录为漏服</source>
        <translation>Record as missed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="103"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="104"/>
        <source>取消，不记录</source>
        <translation>Cancel without recording</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/dose_dialog.py" line="128"/>
        <source>请至少选择一种药</source>
        <translation>Choose at least one medicine</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/error_dialog.py" line="31"/>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_dialog.py" line="32"/>
        <source>程序出现了意外错误，刚才的操作可能没有完成。</source>
        <translation>An unexpected error occurred; the last action may not have finished.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_dialog.py" line="36"/>
        <source>请查看刚才的操作是否已经完成，需要时再做一次。如果这个错误再次出现，请把日志文件发给技术支持（日志中没有人员的姓名、证件号和电话）：
{log}

错误类型：{error}</source>
        <translation>Please check whether the last action finished and repeat it if needed. If this error happens again, send the log file to technical support (it contains no names, ID numbers or phone numbers):
{log}

Error type: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_dialog.py" line="42"/>
        <location filename="../../desktop/ui/shell/error_dialog.py" line="44"/>
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_dialog.py" line="48"/>
        <source>请查看刚才的操作是否已经完成，需要时再做一次。如果这个错误再次出现，请告诉技术支持错误类型：{error}（日志文件无法写入：{folder}）</source>
        <translation>Please check whether the last action finished and repeat it if needed. If this error happens again, tell technical support the error type: {error} (the log file could not be written: {folder})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/error_dialog.py" line="53"/>
        <location filename="../../desktop/ui/shell/error_dialog.py" line="55"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="109"/>
        <source>报表月份(&amp;M):</source>
        <translation>Report &amp;month:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="115"/>
        <source>校验结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="122"/>
        <location filename="../../desktop/ui/reporting/export_page.py" line="124"/>
        <source>汇总预览</source>
        <translation>Summary preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="133"/>
        <source>校验</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="135"/>
        <source>校验结果列表</source>
        <translation>List of check findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="140"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="143"/>
        <source>保存到文件夹(&amp;F):</source>
        <translation>Save to &amp;folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="145"/>
        <source>保存到文件夹</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="147"/>
        <source>选择文件夹(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="148"/>
        <location filename="../../desktop/ui/reporting/export_page.py" line="264"/>
        <source>选择保存月报的文件夹</source>
        <translation>Choose the folder for the monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="155"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="160"/>
        <source>包含考勤明细(&amp;A)</source>
        <translation>Include attendance &amp;detail sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="161"/>
        <source>月报包含考勤明细</source>
        <translation>Monthly report includes the attendance detail sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="163"/>
        <source>考勤明细是每人每天的签到表（不含姓名）。不勾选时，月报不含这张表；汇总中的签到人次、人数等数字不受影响</source>
        <translation>The attendance detail sheet lists each member&apos;s sign-ins day by day (no names). If unticked, the monthly report leaves it out; the figures on the summary sheet (sign-ins, members) are not affected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="169"/>
        <source>导出月报(&amp;E)</source>
        <translation>&amp;Export monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="170"/>
        <source>导出本月月报工作簿</source>
        <translation>Export this month&apos;s report workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="172"/>
        <source>打开所在文件夹(&amp;O)</source>
        <translation>&amp;Open containing folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="173"/>
        <source>打开月报所在的文件夹</source>
        <translation>Open the folder that holds the monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="176"/>
        <source>导出结果</source>
        <translation>Export result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="215"/>
        <source>✖ {errors} 个错误：改正后才能导出；{warnings} 个警告</source>
        <translation>✖ {errors} error(s): correct them before exporting; {warnings} warning(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="218"/>
        <source>⚠ {warnings} 个警告：可以导出，警告会列在“校验”表中</source>
        <translation>⚠ {warnings} warning(s): you can export; warnings are listed on the Checks sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="221"/>
        <source>✓ 校验通过，未发现问题</source>
        <translation>✓ Checks passed, no problems found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="227"/>
        <source>文件名：{name}</source>
        <translation>File name: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="236"/>
        <location filename="../../desktop/ui/reporting/export_page.py" line="241"/>
        <source>请先在 设置 中填写中心编码</source>
        <translation>Enter the centre code in Settings first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="243"/>
        <source>这个账户不能导出月报</source>
        <translation>This account cannot export the monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="245"/>
        <source>本月数据有错误，改正后才能导出</source>
        <translation>This month&apos;s data has errors: correct them before exporting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="274"/>
        <source>文件夹不存在，请重新选择</source>
        <translation>The folder does not exist; please choose another</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="277"/>
        <source>正在导出月报…</source>
        <translation>Exporting the monthly report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/export_page.py" line="287"/>
        <source>已导出第 {revision} 版：{path}</source>
        <translation>Exported revision {revision}: {path}</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../desktop/ui/common/form_fields.py" line="77"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/form_fields.py" line="79"/>
        <source>上个月</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/form_fields.py" line="81"/>
        <source>下个月</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/form_fields.py" line="83"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>GoalPanel</name>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="145"/>
        <source>每年参加三次文体活动</source>
        <translation>Three activities a year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="147"/>
        <source>三次文体活动目标进度</source>
        <translation>Progress towards three activities a year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="151"/>
        <source>三次文体活动目标已达成</source>
        <translation>Members who reached three activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="154"/>
        <source>三次文体活动目标说明</source>
        <translation>Three activities a year, in detail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="165"/>
        <source>已达成 {met} / {total} 人 ({percent}%)</source>
        <translation>Reached: {met} / {total} members ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="172"/>
        <source>{year} 年在册会员 {total} 人：参加满 {target} 次 {met} 人，参加 1–{below} 次 {partial} 人，尚未参加 {none} 人</source>
        <translation>{year}: {total} members on the register; {target} or more activities: {met}, 1–{below}: {partial}, none yet: {none}</translation>
    </message>
</context>
<context>
    <name>HandoverTab</name>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="59"/>
        <source>已接走</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="60"/>
        <source>已接走（名单外：{reason}）</source>
        <translation>Collected (not on the list: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="63"/>
        <source>已签退，未登记交接</source>
        <translation>Signed out, no hand-over recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="65"/>
        <source>⚠ 已过闭馆时间，仍在中心</source>
        <translation>⚠ Still here after closing time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="66"/>
        <source>仍在中心</source>
        <translation>Still here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="75"/>
        <location filename="../../desktop/ui/care/handover_tab.py" line="258"/>
        <source>{name}（{relation}）</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="83"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="84"/>
        <source>签到</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="85"/>
        <source>签退</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="86"/>
        <source>接走人</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="87"/>
        <source>接走时间</source>
        <translation>Collected at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="89"/>
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="110"/>
        <source>当天已签到的日间照料会员和接走情况</source>
        <translation>Day-care members signed in that day and who collected them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="118"/>
        <source>离站交接结果</source>
        <translation>Hand-over result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="132"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="138"/>
        <location filename="../../desktop/ui/care/handover_tab.py" line="141"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="146"/>
        <source>当天接走情况汇总</source>
        <translation>The day&apos;s hand-over summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="153"/>
        <source>登记接走</source>
        <translation>Record collection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="155"/>
        <source>在左边选择会员，再选接走的人；不在接送名单上的人请选“其他人”，填写姓名并写明原因。尚未签退的会员，同时记下签退时间。</source>
        <translation>Choose a member on the left, then who collected them; for someone not on the pick-up list choose &quot;Someone else&quot;, enter the name and the reason. A member not yet signed out is signed out at the same time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="162"/>
        <source>所选会员</source>
        <translation>Selected member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="163"/>
        <source>会员:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="168"/>
        <source>不在接送名单上的人的姓名</source>
        <translation>Name of someone not on the pick-up list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="171"/>
        <source>如：家长电话委托邻居来接</source>
        <translation>e.g. the parent phoned and sent a neighbour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="174"/>
        <source>时:分，如 16:30</source>
        <translation>HH:MM, e.g. 16:30</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="175"/>
        <source>接走人(&amp;P):</source>
        <translation>Collected &amp;by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="176"/>
        <source>其他人姓名(&amp;N):</source>
        <translation>Other person&apos;s &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="177"/>
        <source>原因(&amp;R):</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="178"/>
        <source>接走时间(&amp;T):</source>
        <translation>Collected a&amp;t:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="185"/>
        <source>登记接走(&amp;S)</source>
        <translation>Record collection (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="186"/>
        <source>登记所选会员已被接走</source>
        <translation>Record that the selected member was collected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="188"/>
        <source>作废交接(&amp;V)…</source>
        <translation>&amp;Void hand-over…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="189"/>
        <source>作废所选会员的离站交接</source>
        <translation>Void the selected member&apos;s hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="220"/>
        <source>闭馆时间 {closing}；已签到 {present} 人，已登记接走 {collected} 人，仍在中心 {here} 人</source>
        <translation>Closing time {closing}; {present} signed in, {collected} collected, {here} still here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="223"/>
        <source>⚠ 已过闭馆时间，仍未接走：{names}。请联系家属。</source>
        <translation>⚠ Past closing time, not yet collected: {names}. Please contact their families.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="262"/>
        <source>·监护人</source>
        <translation> · guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="264"/>
        <source>其他人（须写明原因）</source>
        <translation>Someone else (reason required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="273"/>
        <source>（请在上面的列表中选择会员）</source>
        <translation>(choose a member in the list)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="283"/>
        <source>已登记：{collector} {time} 接走。如有错误，请先作废再重新登记。</source>
        <translation>Recorded: collected by {collector} at {time}. If this is wrong, void it first and record again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="318"/>
        <source>无法登记接走</source>
        <translation>Cannot record the collection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="327"/>
        <source>未登记：请按提示修改</source>
        <translation>Not recorded: please correct as shown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="335"/>
        <source>已登记 {name} 离站</source>
        <translation>Recorded that {name} left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="345"/>
        <source>作废离站交接</source>
        <translation>Void hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="346"/>
        <source>作废 {name} 由 {collector} {time} 接走的记录；随交接记下的签退时间一并撤回。作废后可重新登记。</source>
        <translation>Void the record that {collector} collected {name} at {time}; the sign-out recorded with it is taken back too. You can record it again afterwards.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="350"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="350"/>
        <source>如：时间记错、接走人选错</source>
        <translation>e.g. wrong time, wrong person chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="364"/>
        <source>无法作废</source>
        <translation>Cannot void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/handover_tab.py" line="366"/>
        <source>已作废这条离站交接，可以重新登记</source>
        <translation>The hand-over was voided; you can record it again</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="10"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="11"/>
        <source>首页一眼看清今天和本月的情况：今天签到的人次和人数、本月与上月同期的对比、近12个月的趋势、“每人每年至少参加三次文体活动”的完成情况，以及需要处理的提醒。</source>
        <translation>The home page shows today and this month at a glance: today&apos;s sign-ins and the people who signed in, this month compared with the same days of last month, the trend of the last 12 months, progress towards “at least three cultural or sports activities per member a year”, and the alerts that need attention.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="14"/>
        <source>看“今天”：签到台或工作人员每签到一人，数字在两秒内更新。</source>
        <translation>“Today”: each time the kiosk or a member of staff signs someone in, the figures update within two seconds.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="15"/>
        <source>看“本月”：每项数字旁用文字写明比上月同期多了或少了多少。</source>
        <translation>“This month”: beside each figure, words say how much more or less it is than the same days of last month.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="16"/>
        <source>看“提醒”：每条提醒旁有按钮，点它打开能处理这件事的页面（例如备份过旧时打开“设置”）。</source>
        <translation>“Alerts”: each alert has a button beside it that opens the page where you can deal with it (for example “Settings” when the last backup is too old).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="18"/>
        <source>用读屏软件时，点“以表格显示”（Alt+T）把趋势图换成表格。</source>
        <translation>With a screen reader, click “Show as table” (Alt+T) to replace the trend chart with a table.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="20"/>
        <source>首页只显示数字，不修改任何数据。</source>
        <translation>The home page only shows figures; it changes no data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/__init__.py" line="10"/>
        <source>人员登记</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/__init__.py" line="11"/>
        <source>登记和查找会员（残疾人）、志愿者和家属/监护人。一个人可以同时有几种身份。身份证号和残疾人证号在录入时即时校验，列表中只显示部分号码。</source>
        <translation>Register and find members (people with disabilities), volunteers and family members or guardians. One person can have several roles. ID card and disability certificate numbers are checked as they are typed; lists show only part of each number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/__init__.py" line="14"/>
        <source>查找：按 Ctrl+F，输入姓名、拼音首字母（如 zs 找张三）、全拼，或证件号、电话的后四位以上。</source>
        <translation>Find: press Ctrl+F and type a name, pinyin initials (zs finds Zhang San), the full pinyin, or at least the last four digits of an ID or phone number.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/__init__.py" line="16"/>
        <source>新增：按 Ctrl+N，填写表单；有错的项旁边会写明原因；按 Ctrl+S 保存。</source>
        <translation>Add: press Ctrl+N and fill in the form; a field with a mistake says why beside it; press Ctrl+S to save.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/__init__.py" line="17"/>
        <source>修改：在列表中选中一人，按回车或双击打开表单。</source>
        <translation>Change: select a person in the list and press Enter, or double-click, to open the form.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/__init__.py" line="18"/>
        <source>迁出、去世等：用“归档”并写明原因。人员不会被删除，归档后仍可查到。</source>
        <translation>Moved away, passed away and the like: use “Archive” and give the reason. Nobody is deleted; archived people can still be found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/__init__.py" line="19"/>
        <source>已有 Excel 名册：先“保存空白名册”，按模板整理后用“导入名册”，预览中会列出每一行的问题，全部无误才导入。</source>
        <translation>An existing Excel roster: first “Save blank roster”, arrange your list like the template, then “Import roster”; the preview lists the problems of every row, and nothing is imported until all rows are correct.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/__init__.py" line="23"/>
        <source>证件号、电话和住址属于敏感个人信息。查看完整号码会记入操作日志，请只在工作需要时查看。</source>
        <translation>ID numbers, phone numbers and addresses are sensitive personal information. Viewing a full number is written to the audit log; view them only when your work needs it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/__init__.py" line="10"/>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/__init__.py" line="11"/>
        <source>查看和补录会员的签到。日视图列出某一天每个人如何签到、由谁签到；月视图是每人每天的签到表，可以导出 Excel。</source>
        <translation>See members&apos; sign-ins and add missing ones. The day view lists how and by whom each person was signed in on a day; the month view is a table of every person and day, which can be exported to Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/__init__.py" line="14"/>
        <source>会员通常在签到台自己签到（刷卡、点照片或输入拼音首字母）。</source>
        <translation>Members usually sign themselves in at the kiosk (with their card, by tapping their photo or by typing pinyin initials).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/__init__.py" line="15"/>
        <source>忘记签到的，在日视图中由工作人员代签；纸质签到表可按表补录。</source>
        <translation>If someone forgot to sign in, staff add the sign-in in the day view; a paper sign-in sheet can be entered as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/__init__.py" line="16"/>
        <source>签错了的，选中该条“作废”并写明原因；作废的记录仍保留，不计入统计。</source>
        <translation>A wrong sign-in: select it, choose “Void” and give the reason; voided records are kept but not counted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/__init__.py" line="17"/>
        <source>月视图：选月份和项目，查看每人的天数，点“导出”保存为 Excel。</source>
        <translation>Month view: choose the month and programme to see each person&apos;s days; click “Export to Excel…” to save it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/__init__.py" line="19"/>
        <source>已报送（关账）月份的签到不能再修改，需管理员先重新开账。</source>
        <translation>Sign-ins of a submitted (closed) month can no longer be changed until an administrator reopens the month.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/__init__.py" line="10"/>
        <source>文体活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/__init__.py" line="11"/>
        <source>登记文化、体育、康复、节日走访等活动及参加的会员，并查看每位会员本年参加了几次（政策要求每人每年至少三次）。</source>
        <translation>Record cultural, sports, rehabilitation, festival visit and other activities with the members who took part, and see how often each member took part this year (the policy asks for at least three times a year).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/__init__.py" line="14"/>
        <source>新建活动：填写名称、类型、日期、地点和组织者；可以提前一年登记计划中的活动。</source>
        <translation>New activity: enter the name, kind, date, place and organiser; planned activities can be entered up to a year ahead.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/__init__.py" line="15"/>
        <source>活动当天或之后添加参加者：从当天签到的会员中勾选，或按姓名、拼音首字母查找。</source>
        <translation>On or after the day of the activity, add the participants: tick them among the members who signed in that day, or find them by name or pinyin initials.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/__init__.py" line="16"/>
        <source>移除参加者或作废活动都要写明原因，并记入操作日志。</source>
        <translation>Removing a participant or voiding an activity needs a reason and is written to the audit log.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/__init__.py" line="17"/>
        <source>“本年参加次数”列出每人的次数，以及还不满三次的会员。</source>
        <translation>“Counts this year” lists each member&apos;s count and the members who have not yet reached three.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/__init__.py" line="10"/>
        <source>康复补助</source>
        <translation>Rehab subsidy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/__init__.py" line="11"/>
        <source>计算职康站学员的生活补助：每天的标准乘以计入的天数。可以设定最少停留时间，签退时达到这个时间的一天才计入。</source>
        <translation>Works out the living subsidy of the vocational rehab station&apos;s trainees: the daily rate times the days that count. A minimum stay can be set: a day then counts only if the sign-out shows that stay.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/__init__.py" line="14"/>
        <source>设定每日标准（元）和最少停留时间，并选择从哪个月起执行；已报送的月份仍按当时的标准计算。</source>
        <translation>Set the daily rate (yuan) and the minimum stay, and choose the month they apply from; submitted months keep the rate of their time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/__init__.py" line="16"/>
        <source>选择月份，查看每人签到天数、计入天数和金额及合计。</source>
        <translation>Choose a month to see each person&apos;s days signed in, days counted, amount, and the totals.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/__init__.py" line="17"/>
        <source>点“导出到 Excel”，打印后请学员签字领取。</source>
        <translation>Click “Export to Excel…”, print it, and have each trainee sign for the payment.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="23"/>
        <source>月报</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="24"/>
        <source>生成每月报送区残联的 Excel 月报，并在报送后关账。</source>
        <translation>Makes the monthly Excel report for the district federation and closes the month once it has been submitted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="26"/>
        <source>选择月份，先看“校验”：标为错误的项必须先改正才能导出，警告会写入月报的校验表。</source>
        <translation>Choose the month and look at “Checks” first: errors must be corrected before the export; warnings are written to the report&apos;s check sheet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="27"/>
        <source>点“导出月报”，选择保存的文件夹（例如U盘），文件名按区残联的规定自动生成。</source>
        <translation>Click “Export monthly report” and choose the folder to save to (a USB stick, for example); the file is named as the district federation requires.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="28"/>
        <source>把这个文件按区残联的要求交上去（U盘、共享文件夹或邮件）。</source>
        <translation>Hand the file in as the district federation asks (USB stick, shared folder or e-mail).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="29"/>
        <source>交上去以后，点“报送并关账”：本软件记下报送的时间、人员和文件的校验码，该月的数据从此只读。</source>
        <translation>Once it is handed in, click “Submit and close”: the app records when and by whom it was submitted and the file&apos;s checksum, and the month&apos;s data becomes read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="33"/>
        <source>“报送并关账”只在本机记录报送并关账，不会把文件发送出去；文件仍须由您交给区残联。</source>
        <translation>“Submit and close” only records the submission on this computer and closes the month; it does not send the file. You still hand the file to the district federation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="35"/>
        <source>关账后发现错误：请管理员“重新开账”并写明原因，改正后再导出；新文件是第2版，附有变更表。</source>
        <translation>A mistake found after closing: an administrator clicks “Reopen” and gives the reason; correct it and export again. The new file is revision 2 and lists the changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="40"/>
        <source>区汇总</source>
        <translation>District summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="41"/>
        <source>供区残联使用：把各中心交来的月报合并成一份全区汇总表。</source>
        <translation>For the district federation: combines the monthly reports handed in by the centres into one district workbook.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="43"/>
        <source>选择月份，添加各中心的月报文件或整个文件夹。</source>
        <translation>Choose the month and add the centres&apos; report files or a whole folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="44"/>
        <source>维护“应报中心”名单，以便看出哪些中心还没有报。</source>
        <translation>Keep the list of “Expected centres” up to date to see which centres have not reported yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="45"/>
        <source>点“开始汇总”，选择汇总表保存的位置。</source>
        <translation>Click “Run consolidation” and choose where to save the district workbook.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="46"/>
        <source>查看结果：被拒收的文件会写明原因（月份不对、导出后被改动、文件损坏等），其余文件照常汇总。</source>
        <translation>Look at the result: a refused file says why (wrong month, changed after the export, damaged and so on); the other files are consolidated as usual.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="49"/>
        <source>汇总不会修改各中心交来的文件。</source>
        <translation>Consolidating never changes the files the centres handed in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="11"/>
        <source>账户</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="12"/>
        <source>管理员在这里为工作人员开设账户、重设密码、停用或启用账户。</source>
        <translation>Here administrators open accounts for staff, reset passwords, and disable or enable accounts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="14"/>
        <source>新增账户：填写用户名、姓名并选择角色（管理员、工作人员或签到台）。</source>
        <translation>New account: enter the user name and the person&apos;s name and choose the role (administrator, staff or sign-in kiosk).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="15"/>
        <source>有人忘记密码或连续输错被锁定：为其重设密码，锁定随即解除。</source>
        <translation>Someone forgot their password or was locked out after wrong attempts: reset their password, which also lifts the lock.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="16"/>
        <source>人员离职：停用其账户。账户不会被删除，操作日志中仍能看到他做过的事。</source>
        <translation>Someone leaves: disable their account. Accounts are never deleted; the audit log still shows what they did.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="20"/>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="21"/>
        <source>记录谁在什么时候改了什么，包括查看完整证件号。日志只能追加，不能修改或删除。</source>
        <translation>Records who changed what and when, including viewing full ID numbers. The log can only grow; entries cannot be changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="23"/>
        <source>按日期、操作人、数据表或记录编号筛选，查看每次修改前后的内容；可导出到 Excel。</source>
        <translation>Filter by date, user, table or record number to see each change before and after; the list can be exported to Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="24"/>
        <source>点“校验日志”检查日志是否被改动过；如有问题，会指出第一条被改动的记录。</source>
        <translation>Click “Verify log” to check whether the log was altered; if so, the first altered entry is named.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="28"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="29"/>
        <source>中心信息、文字大小、界面语言、自动锁屏和备份。</source>
        <translation>Centre details, text size, interface language, automatic screen lock and backups.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="31"/>
        <source>中心信息：名称、区残联给的中心编码、街道、负责人和电话会印在月报上。</source>
        <translation>Centre details: the name, the centre code given by the district federation, the street, the person in charge and the phone number are printed on the monthly report.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="32"/>
        <source>文字大小：看不清时选“大字”或“特大字”。</source>
        <translation>Text size: choose “Large” or “Extra large” if the text is hard to read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="33"/>
        <source>备份：软件每天自动备份；请再选一个U盘或共享文件夹，备份会加密复制过去。请把口令记在安全的地方。</source>
        <translation>Backups: the app backs up every day by itself; also choose a USB stick or shared folder, and an encrypted copy of each backup goes there. Keep the passphrase in a safe place.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="35"/>
        <source>恢复备份（管理员）：当前数据会先另存一份，再用备份替换；恢复后请重新登录。</source>
        <translation>Restore a backup (administrators): the current data is saved aside first, then replaced by the backup; sign in again after the restore.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help_topics.py" line="35"/>
        <location filename="../../desktop/ui/shell/help_topics.py" line="63"/>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help_topics.py" line="43"/>
        <source>怎样做</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help_topics.py" line="44"/>
        <source>请注意</source>
        <translation>Keep in mind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help_topics.py" line="59"/>
        <source>温馨家园工作台记录会员、签到、活动和补助，并生成每月报送区残联的月报。数据只保存在本机。</source>
        <translation>Warm Home Desktop keeps members, sign-ins, activities and subsidies, and makes the monthly report for the district federation. The data stays on this computer only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help_topics.py" line="61"/>
        <source>用左侧的导航或 Ctrl+1 … Ctrl+0 切换页面；在任何页面按 F1 打开该页的帮助。</source>
        <translation>Switch pages with the navigation on the left or Ctrl+1 … Ctrl+0; on any page, press F1 for that page&apos;s help.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/__init__.py" line="12"/>
        <source>日间照料</source>
        <translation>Daily care</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/__init__.py" line="13"/>
        <source>记录日间照料会员每天得到的照料：用餐、服药、个人照料、康复训练和活动，离站交接，突发事件，以及向社会组织购买的服务。</source>
        <translation>Record the care each day-care member receives every day: meals, medication, personal care, rehabilitation training and activities; the hand-over at the end of the day; incidents; and services bought from social organisations.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/__init__.py" line="16"/>
        <source>“今日照料”列出当天已签到的日间照料会员：方向键移动，空格键（或回车、单击）勾选或取消，立即保存；康复等计时项目直接输入分钟数；心情列按 1 好、2 一般、3 差，备注列直接输入。</source>
        <translation>&quot;Today&apos;s care&quot; lists the day-care members signed in that day: the arrow keys move, Space (or Enter, or a click) ticks or unticks and saves at once; type the minutes on rehab and other timed services; in the mood column press 1 good, 2 fair, 3 poor; type a note in the note column.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/__init__.py" line="17"/>
        <source>个别化服务计划里当天的服务显示为灰色的“计划”，还没有保存；核对后按“按计划勾选全部”（Alt+A）一次保存，再改个别不同的格子。</source>
        <translation>The day&apos;s services in the individual service plan show as a grey &quot;Planned&quot; and are not saved yet; check them and press &quot;Tick all as planned&quot; (Alt+A) to save them at once, then change the few cells that differ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/__init__.py" line="18"/>
        <source>每次服药都要记录已服、拒服或漏服，以及时间和给药人：在“今日照料”的“药”列按空格，回车即记为已服（时间为现在，给药人为当前账户）；也可以在“用药”页记录。记错了在“用药”页作废并写明原因，再重新记录。</source>
        <translation>Record every dose as given, refused or missed, with the time and who gave it: press Space on a &quot;Meds&quot; column of Today&apos;s care and Enter records it as given (now, by the signed-in account); or record it on the Medication tab. A wrong record is voided there with a reason and recorded again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/__init__.py" line="19"/>
        <source>电脑不能用时，用“打印照料表”打印空白表手写，之后在“今日照料”按同样的列顺序录入；已填表可打印存档签字。</source>
        <translation>When the computer cannot be used, print a blank sheet with &quot;Print care sheet&quot; and fill it by hand, then enter it on Today&apos;s care in the same column order; a filled sheet can be printed to file and sign.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/__init__.py" line="20"/>
        <source>“离站交接”列出当天已签到的会员：选中会员，选接走的人（不在接送名单上的选“其他人”，填写姓名并写明原因），核对时间后按回车登记；尚未签退的会员同时记下签退。过了闭馆时间仍未接走的会员标为“已过闭馆时间，仍在中心”，首页也会提示。</source>
        <translation>&quot;Hand-over&quot; lists the members signed in that day: select a member, choose who collected them (for someone not on the pick-up list choose &quot;Someone else&quot;, enter the name and the reason), check the time and press Enter; a member not yet signed out is signed out too. Members not collected by closing time are marked &quot;Still here after closing time&quot;, and the home page says so.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/__init__.py" line="24"/>
        <source>“突发事件”登记跌倒、癫痫发作、冲突、擅自离开、疾病等：发生时间、当事人、经过（必填）、处理措施、通知了哪位家属和时间、后续跟进。较重和严重的事件一直显示在首页，补全家属通知和后续跟进后才能结案；“打印报告”打印突发事件报告，供报告人、负责人和家属签字。</source>
        <translation>&quot;Incidents&quot; records falls, seizures, conflicts, leaving without notice, illness…: when, who, what happened (required), action taken, which family member was told and when, follow-up. Moderate and serious incidents stay on the home page and can be closed only once the family notice and the follow-up are filled in; &quot;Print report&quot; prints the incident report for the reporter, the person in charge and the family to sign.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/__init__.py" line="28"/>
        <source>“照料档案”中为每位会员填写自理能力、饮食、医生、风险、用药和接送人（至少一位监护人），并制定个别化服务计划：目标、每周服务安排和评估日期；打印后请监护人签字，评估到期时记录评估。</source>
        <translation>In &quot;Care profile&quot; fill in each member&apos;s self-care, diet, doctor, risks, medication and pick-up people (at least one guardian), and make an individual service plan: goals, weekly services and review date; print it for the guardian to sign, and record a review when it is due.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/__init__.py" line="31"/>
        <source>“购买服务”登记与社会组织签订的合同（合同数量按小时或次数，金额以元填写）；每次服务后点“登记服务”，勾选当天已签到的会员；月底选中合同，点“打印服务确认单”请双方签字盖章，“本月完成情况”显示完成率。</source>
        <translation>“Purchased services” records the contracts with social organisations (quantity in hours or sessions, amount in yuan); after each session press “Record session” and tick the members signed in that day; at the end of the month choose the contract and press “Print confirmation sheet” for both sides to sign and stamp; “This month&apos;s fulfilment” shows the percentage.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/__init__.py" line="34"/>
        <source>“餐费”设定每餐费用和个人自付部分（从某月起执行）；用餐次数来自照料记录中勾选的午餐，打印餐费收费表请家属签字，或打印所选会员的餐费单交给家属。</source>
        <translation>“Meals” sets the cost of a meal and the member&apos;s own contribution (from a month on); meals are the lunches ticked in the care log; print the collection sheet for families to sign, or the chosen member&apos;s statement to hand to the family.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/__init__.py" line="37"/>
        <source>登记错了的交接或事件不能删除：用“作废”并写明原因，再重新登记。</source>
        <translation>A wrong hand-over or incident cannot be deleted: void it with a reason, then record it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/__init__.py" line="40"/>
        <source>用药、突发事件和照料记录属于健康信息，只有工作人员和管理员可以查看，每次修改都记入操作日志；月报只报送人数和次数。</source>
        <translation>Medication, incidents and care notes are health information: only staff and administrators can see them, and every change is written to the audit log. The monthly report sends counts only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/__init__.py" line="12"/>
        <source>志愿服务</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/__init__.py" line="13"/>
        <source>安排志愿者的班次，记录他们在签到台的签到和签退，统计真实的服务时长，标记未到，出具志愿服务证明，并查看星级。</source>
        <translation>Plan the volunteers&apos; shifts, record their sign-in and sign-out at the kiosk, count their actual service time, mark no-shows, issue certificates of volunteer service and see their star levels.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/__init__.py" line="16"/>
        <source>在“排班”里用“每周排班”一次排好多周的班次（节假日可以跳过），或用“新建班次”加一个班次；用“上一周”“下一周”翻看。</source>
        <translation>In &quot;Schedule&quot;, &quot;Weekly schedule&quot; makes the shifts of many weeks at once (holidays can be skipped) and &quot;New shift&quot; adds one shift; &quot;Previous week&quot; and &quot;Next week&quot; turn the weeks.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/__init__.py" line="18"/>
        <source>选中一个班次，按“报名”，输入姓名或拼音首字母（如 wf）找到志愿者；“缺 1 人”表示还差几个人。</source>
        <translation>Select a shift, press &quot;Sign up&quot; and type a name or pinyin initials (e.g. wf) to find the volunteer; &quot;1 more needed&quot; says how many places are open.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/__init__.py" line="20"/>
        <source>不来的志愿者用“取消报名”，整个班次不办了用“取消班次”，都要写明原因。</source>
        <translation>Use &quot;Cancel sign-up&quot; for a volunteer who will not come and &quot;Cancel shift&quot; when the whole shift is off; both need a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/__init__.py" line="21"/>
        <source>班次报满了用“修改名额”增加人数，志愿者要换到别的班次用“换班”，都要写明原因；岗位的新增、改名和停用在“岗位”里。</source>
        <translation>When a shift is full, raise its places with Change places; to move a volunteer to another shift use Swap shift; both need a reason. Posts are added, renamed and deactivated under Posts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/__init__.py" line="23"/>
        <source>志愿者在签到台刷自己的志愿者卡，或输入姓名、拼音首字母后点自己的名字（下面写着“志愿者”）签到；离开时再刷一次签退，有班次的自动计服务时长。</source>
        <translation>Volunteers sign in at the kiosk with their volunteer card, or by typing their name or pinyin initials and tapping their name (marked “Volunteer”); they scan again when leaving to sign out, and a shift&apos;s service hours are credited automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/__init__.py" line="25"/>
        <source>“签到记录”按日期列出志愿者的签到：没有排班的“临时服务”签退后显示“待确认”，选中后按“确认临时服务”选岗位、写明做了什么才计时长；忘记签退的按“按班次结束计”，时间记错的“更正时间”，误刷卡的“作废”，都要写原因。</source>
        <translation>“Sign-ins” lists volunteers&apos; sign-ins by date: unplanned service shows “To confirm” after signing out; select it and press “Confirm unplanned service” to choose the post and say what was done before hours count. Use “Credit to shift end” for a forgotten sign-out, “Correct times” for wrong times and “Void” for a mistaken scan, each with a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/__init__.py" line="28"/>
        <source>班次结束后按“标记未到”，把报名了却没有签到的志愿者记为未到；事先请过假的改为“请假”（记错了按“撤销请假”），其实来了的“撤销未到”，或直接“员工代签到”选 TA 的班次；撤销过的不会再被自动标记。</source>
        <translation>After a shift ends, press &quot;Mark no-shows&quot; to mark volunteers who signed up but never signed in; change those who had asked for leave to &quot;Excused&quot; (undo a wrong one with &quot;Undo excuse&quot;); for those who did come, &quot;Undo no-show&quot;, or use &quot;Staff sign-in&quot; and choose their shift; an undone no-show is never marked again automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/__init__.py" line="35"/>
        <source>服务时长只计班次之内签到到签退的时间（路途不计），按设定的取整单位向下取整（不满一个单位的部分不计）；不能直接填写一个小时数，每条时长都要说明做了什么。</source>
        <translation>Service time counts only the time between sign-in and sign-out within the shift (travel excluded), rounded down to the set rounding step (part of a step is not counted); hours can never be typed as a bare number: every entry says what was done.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/__init__.py" line="31"/>
        <source>每月在“服务时长”里选好月份，按“导出到志愿北京…”存成 Excel，再导入志愿北京；没有志愿北京编号的志愿者会列在下方，请先在“人员登记”中补上。</source>
        <translation>Each month choose the month in Hours, press &quot;Export to Volunteer Beijing…&quot; to save it as Excel, then import it into Volunteer Beijing; volunteers without a Volunteer Beijing number are listed below: add it in People first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="13"/>
        <source>希联圆梦</source>
        <translation>Handicraft sales (Xilian Yuanmeng)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="14"/>
        <source>销售会员制作的手工品：收银、小票、退款和作废、日结，商品和库存，单位订购，义卖；每笔销售都记下是谁做的，按月给制作者发放收入。</source>
        <translation>Selling handicrafts made by members: the till, receipts, refunds and voids, the day end, products and stock, orders from companies and units, bazaars; every sale records who made the items, and makers are paid their income monthly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="18"/>
        <source>在“收银”里用扫码枪扫商品条码，商品马上加到单子上；同一件再扫一次数量加 1。没有条码时输入商品名称或拼音首字母（如 rtysk），按↓选中、回车加入。</source>
        <translation>In “Till”, scan a product&apos;s barcode and it is added at once; scanning the same item again adds one. Without a barcode, type the product&apos;s name or pinyin initials (e.g. rtysk), press ↓ to choose and Enter to add it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="21"/>
        <source>要改数量，选中那一行按 F2 或“改数量”；要优惠，按“优惠”并写明原因（没有原因不能优惠）；按 Delete 删除选中的一行。</source>
        <translation>To change a quantity, select the line and press F2 or “Quantity”; for a discount press “Discount” and give the reason (no discount without one); Delete removes the selected line.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="23"/>
        <source>用 F5 现金、F6 微信、F7 支付宝、F8 银行卡、F9 其他选择付款方式（软件只记录，不收款）。现金在“实收现金”里填顾客给的钱，找零马上显示。</source>
        <translation>Choose the payment with F5 cash, F6 WeChat, F7 Alipay, F8 bank card, F9 other (recorded only, not processed). For cash, type what the customer handed over in “Cash given”; the change shows at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="25"/>
        <source>扫完后在空的扫码框里按回车到“实收现金”，再按回车（或 F12、“结账”）结账，小票自动打印；小票纸（58 毫米、80 毫米或 A4）在右上角选择。</source>
        <translation>When everything is scanned, press Enter in the empty scan field to go to “Cash given”, then Enter again (or F12, or “Check out”): the receipt prints by itself; choose the receipt paper (58 mm, 80 mm or A4) at the top right.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="27"/>
        <source>账面库存不够时会问原因（例如新做的还没入库），写明后照样结账，月报核对时会列出。</source>
        <translation>When the books show too few in stock you are asked why (e.g. newly made, not yet entered); with a reason the sale goes through and is listed in the monthly checks.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="29"/>
        <source>顾客退货在“退款作废”里：选日期或输入小票上的单号找到这笔销售，整笔录错的按“作废整笔”（商品退回库存），退部分商品的选中那一行按“退款”，填数量、金额和原因；“补打小票”的小票上印着“补打”。</source>
        <translation>Returns are in “Refunds and voids”: find the sale by day or by the number on its receipt; a sale entered by mistake is voided with “Void sale” (items back in stock); to refund part of it select the line, press “Refund” and give the quantity, amount and reason; a receipt from “Reprint receipt” is marked “Reprint”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="32"/>
        <source>每天收银结束在“日结”里数一数钱箱里当天收的现金，填入“清点现金”；和应有现金不一致时写明原因再“记录日结”，可以打印日结单。</source>
        <translation>At the end of each day, count the cash taken into the drawer and enter it in “Cash counted” under “Day end”; if it differs from the cash expected, write why, then “Record day end”; the day-end slip can be printed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="34"/>
        <source>在“商品”里按“新建商品”填写名称、售价和材料成本，输入姓名或拼音首字母找到制作者（须是本中心会员），填好份额后按“添加制作者”；各人份额合计必须是100%。编码留空会自动生成8位条码编号。</source>
        <translation>In “Products”, press “New product”, fill in the name, price and material cost, find each maker (a member of the centre) by name or pinyin initials, give the share and press “Add maker”; the shares must add up to 100%. Leave the code empty for an 8-digit barcode number made automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="37"/>
        <source>“打印标签”把列出的商品打印在A4标签纸上（每张3×8或4×10个），每个标签有名称、售价和条码，扫码枪可以直接扫；也可以先存成PDF看一看。</source>
        <translation>“Print labels” prints the products listed on A4 label sheets (3×8 or 4×10 a sheet), each label with the name, the price and a barcode the scanner reads; you can save them as a PDF first to check.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="39"/>
        <source>不再制作的商品按“下架”并写明原因，收银台就不再出售；勾选“显示已下架”可以找到它并“恢复上架”。</source>
        <translation>Archive a product no longer made with “Archive” and a reason: the till no longer sells it; tick “Show archived” to find it and “Restore” it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="41"/>
        <source>新做好的商品在“库存”里选中后按“生产入库”，选制作者、件数和日期；损坏、样品、赠送用“调整”，送到商店或集市寄售用“寄售发出”，卖剩的拿回来用“寄售收回”。</source>
        <translation>In “Stock”, select the product and press “Production” for newly made items (maker, number, day); use “Adjust” for damage, samples and gifts, “Consign out” for items sent to a shop or fair and “Take back” for those that come back unsold.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="44"/>
        <source>盘点时先按“打印盘点表”，逐件清点并写在表上；再按“盘点”，在“实盘数”栏输入数字（回车确认），填写差异原因后“过账”，账面库存就改成清点的数。</source>
        <translation>For a stock-take, print the count sheet with “Print count sheet” and write the counts on it; then press “Stock-take”, type each count in the “Counted” column (Enter confirms), give the reason for any difference and press “Post”: the books then match the count.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="46"/>
        <source>单位订购在“订单”里按“新建订单”登记；送货后按“登记交货”，打印“送货单”请对方签收盖章；开了发票在下方改“发票”状态；对方付款后按“收款”，订单就计入当月销售。</source>
        <translation>Record an order from a company or government unit with “New order” in “Orders”; after delivery press “Delivered” and print the delivery note for the customer to sign and stamp; set the invoice status at the bottom; when they pay, press “Payment” and the order counts as a sale of that month.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="49"/>
        <source>在“义卖”里填好地点、日期和每种商品的带出件数，按“导出义卖包”；带出的商品记为寄售。</source>
        <translation>In “Bazaar”, fill in the place, the day and how many of each product go along, and press “Export bazaar package”; the items taken along are recorded as consigned.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="51"/>
        <source>义卖电脑新装本软件后，在“义卖”里按“打开义卖包”；收银台照常销售，数据照常备份。</source>
        <translation>On the bazaar laptop, with the app newly installed, press “Open bazaar package” in “Bazaar”; the till sells as usual and the data is backed up as usual.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="53"/>
        <source>义卖结束后在义卖电脑上按“导出销售文件”，带回中心按“导入销售文件”：每笔销售只记一次，重复导入不会多记，未售出的收回库存。</source>
        <translation>After the bazaar, press “Export sales file” on the laptop and “Import sales file” back at the centre: each sale is recorded once, importing again adds nothing twice, and what was not sold returns to stock.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="55"/>
        <source>超出带出数量或价格不同的列为待处理，选中后按“处理所选”写明处理说明。</source>
        <translation>Sales beyond the quantity taken along or at a different price are listed to settle: select them and press “Settle selected” with a note.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="56"/>
        <source>在“制作者收入”里选月份，看每位制作者卖出的件数、收入、材料成本和应得收入；“分配规则”用简单的话说明怎么分，也可以修改。</source>
        <translation>In “Makers&apos; income”, choose a month to see each maker&apos;s items sold, revenue, material cost and share earned; “Split rule” explains in plain words how the money is divided, and lets you change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="58"/>
        <source>月份结束后按“导出发放表”打印，发钱时请制作者或监护人签字，再按“登记所选已发放”或“全部登记已发放”。</source>
        <translation>After the month is over, print it with “Export payout sheet”; when paying, have the maker or guardian sign, then press “Mark selected paid” or “Mark all paid”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="60"/>
        <source>“所选对账单”“全部对账单”生成大字对账单 PDF，告诉制作者卖了什么、能得多少钱。</source>
        <translation>“Statement for selected” and “All statements” make large-print statement PDFs that tell each maker what was sold and how much they receive.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="64"/>
        <source>应有现金只算当天在中心收的现金（减去现金退款），不含备用零钱；义卖展销的现金在义卖现场清点。</source>
        <translation>Cash expected counts only the cash taken at the centre that day (less cash refunds), not the float; cash from a bazaar is counted at the bazaar.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/help_dialog.py" line="18"/>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help_dialog.py" line="22"/>
        <source>帮助内容</source>
        <translation>Help text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help_dialog.py" line="31"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/help_dialog.py" line="32"/>
        <source>关闭帮助</source>
        <translation>Close the help</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="71"/>
        <source>登记突发事件</source>
        <translation>Report incident</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="72"/>
        <source>编辑突发事件</source>
        <translation>Edit incident</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="75"/>
        <source>较重和严重的事件会一直显示在首页，直到结案；结案前须通知家属并写明后续跟进。</source>
        <translation>Moderate and serious incidents stay on the home page until closed; before closing, tell the family and write down the follow-up.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="92"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="92"/>
        <source>保存突发事件</source>
        <translation>Save incident</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="92"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="118"/>
        <source>如：餐厅、活动室、卫生间</source>
        <translation>e.g. dining room, activity room, toilet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="119"/>
        <source>已通知家属(&amp;G)</source>
        <translation>Family told (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="120"/>
        <source>已通知家属</source>
        <translation>Family told</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="124"/>
        <source>如：王建国（父亲）</source>
        <translation>e.g. Wang Jianguo (father)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="129"/>
        <source>发生时间(&amp;W):</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="130"/>
        <source>当事人(&amp;P):</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="131"/>
        <source>类型(&amp;K):</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="132"/>
        <source>严重程度(&amp;L):</source>
        <translation>Severity (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="133"/>
        <source>地点(&amp;A):</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="135"/>
        <source>通知了谁(&amp;O):</source>
        <translation>Wh&amp;o was told:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="136"/>
        <source>通知时间(&amp;I):</source>
        <translation>Told at (&amp;I):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="137"/>
        <source>发生时间</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="138"/>
        <source>通知时间</source>
        <translation>Told at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="152"/>
        <source>必填：什么时间、在哪里、发生了什么、当事人的情况</source>
        <translation>Required: when, where, what happened, how the person is</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="153"/>
        <source>如：冰敷，测血压，拨打120，陪同就医</source>
        <translation>e.g. ice pack, blood pressure taken, called 120, accompanied to hospital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="154"/>
        <source>如：次日电话询问复查结果，调整座位</source>
        <translation>e.g. phone the next day about the check-up, change the seating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="155"/>
        <source>事件经过(&amp;H):</source>
        <translation>What &amp;happened:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="156"/>
        <source>处理措施(&amp;M):</source>
        <translation>Action taken (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="157"/>
        <source>后续跟进(&amp;F):</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="166"/>
        <source>（不涉及具体人员）</source>
        <translation>(no particular person)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="171"/>
        <source>{name}（编号 {id}）</source>
        <translation>{name} (no. {id})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_dialog.py" line="218"/>
        <source>{line}：发生时间和严重程度不能再改，其余内容仍可补充</source>
        <translation>{line}: the time and severity can no longer change; the rest can still be completed</translation>
    </message>
</context>
<context>
    <name>IncidentPrint</name>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="90"/>
        <source>记录编号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="91"/>
        <source>发生时间</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="93"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="94"/>
        <source>当事人</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="95"/>
        <source>事件类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="96"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="98"/>
        <source>事件经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="99"/>
        <source>处理措施</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="100"/>
        <source>通知家属</source>
        <translation>Family told</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="101"/>
        <source>后续跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="102"/>
        <source>登记</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="103"/>
        <source>{by}，{when}</source>
        <translation>{by}, {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="105"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="107"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="108"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="110"/>
        <source>{centre}突发事件报告</source>
        <translation>{centre} incident report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="113"/>
        <source>突发事件报告</source>
        <translation>Incident report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="115"/>
        <source>内含健康信息，注意保密</source>
        <translation>Contains health information: keep confidential</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="116"/>
        <source>日间照料突发事件（{kind}，{severity}）的经过、处理和家属通知情况如下。</source>
        <translation>Day-care incident ({kind}, {severity}): what happened, what was done and how the family was told.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="122"/>
        <source>报告人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="123"/>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="124"/>
        <source>家属签字</source>
        <translation>Family signature</translation>
    </message>
</context>
<context>
    <name>IncidentWords</name>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="32"/>
        <source>跌倒</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="33"/>
        <source>癫痫发作</source>
        <translation>Seizure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="34"/>
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="35"/>
        <source>擅自离开</source>
        <translation>Left without notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="36"/>
        <source>疾病</source>
        <translation>Illness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="37"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="45"/>
        <source>一般</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="46"/>
        <source>较重</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="47"/>
        <source>严重</source>
        <translation>Serious</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="60"/>
        <source>已作废（{reason}）</source>
        <translation>Voided ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="63"/>
        <source>已结案（{when}，{by}）</source>
        <translation>Closed ({when}, {by})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="65"/>
        <source>未结案</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="71"/>
        <source>未通知</source>
        <translation>Not told</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incident_print.py" line="77"/>
        <source>无特定人员</source>
        <translation>No particular person</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="73"/>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="338"/>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="75"/>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="312"/>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="76"/>
        <source>未结案</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="83"/>
        <source>发生时间</source>
        <translation>Occurred at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="85"/>
        <source>当事人</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="86"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="88"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="90"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="92"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="93"/>
        <source>通知家属</source>
        <translation>Family told</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="94"/>
        <source>事件经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="110"/>
        <source>突发事件列表</source>
        <translation>Incident list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="120"/>
        <source>突发事件操作结果</source>
        <translation>Incident action result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="130"/>
        <source>月份(&amp;M):</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="132"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="135"/>
        <source>只看未结案(&amp;O)</source>
        <translation>&amp;Open only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="136"/>
        <source>只看未结案的突发事件</source>
        <translation>Show open incidents only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="139"/>
        <source>突发事件数目</source>
        <translation>Number of incidents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="149"/>
        <source>登记突发事件(&amp;N)</source>
        <translation>&amp;New incident</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="150"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="151"/>
        <source>结案(&amp;C)…</source>
        <translation>&amp;Close…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="152"/>
        <source>作废(&amp;D)…</source>
        <translation>Voi&amp;d…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="153"/>
        <source>打印报告(&amp;P)…</source>
        <translation>&amp;Print report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="155"/>
        <source>登记突发事件</source>
        <translation>Report incident</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="156"/>
        <source>编辑所选突发事件</source>
        <translation>Edit the selected incident</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="157"/>
        <source>所选突发事件结案</source>
        <translation>Close the selected incident</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="158"/>
        <source>作废所选突发事件</source>
        <translation>Void the selected incident</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="159"/>
        <source>打印所选突发事件的报告</source>
        <translation>Print the selected incident&apos;s report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="180"/>
        <source>全部月份</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="197"/>
        <source>共 {n} 起，未结案 {open} 起（其中较重或严重 {serious} 起）</source>
        <translation>{n} in all, {open} open ({serious} moderate or serious)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="228"/>
        <source>⚠ {line}：不能作废，发生时间和严重程度不能再改；经过、跟进和结案仍可补充</source>
        <translation>⚠ {line}: cannot be voided and its time and severity cannot change; the account, follow-up and closing can still be completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="249"/>
        <source>突发事件已保存</source>
        <translation>Incident saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="275"/>
        <source>通知了哪位家属</source>
        <translation>which family member was told</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="276"/>
        <source>通知家属的时间</source>
        <translation>when the family was told</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="277"/>
        <source>后续跟进</source>
        <translation>the follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="279"/>
        <source>{severity}的事件结案前请先补全：{missing}。请点“编辑”补充后再结案。</source>
        <translation>Before a {severity} incident can be closed, fill in {missing}. Click &quot;Edit&quot; to add them, then close it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="281"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="284"/>
        <source>突发事件结案</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="285"/>
        <source>{when} {who}{kind}（{severity}）结案后不能再修改。确定结案吗？</source>
        <translation>{when} {who}{kind} ({severity}) cannot be changed once closed. Close it?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="291"/>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="292"/>
        <source>结案</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="294"/>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="295"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="309"/>
        <source>无法结案</source>
        <translation>Cannot close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="310"/>
        <source>请先点“编辑”补充后再结案。</source>
        <translation>Click &quot;Edit&quot; to complete it first, then close it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="320"/>
        <source>作废突发事件</source>
        <translation>Void incident</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="321"/>
        <source>作废后这条记录不再计入月报，也不再在首页提示；记录本身仍保留。</source>
        <translation>Once voided it no longer counts in the monthly report or shows on the home page; the record itself is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="322"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="322"/>
        <source>如：重复登记、选错当事人</source>
        <translation>e.g. entered twice, wrong person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="336"/>
        <source>无法作废</source>
        <translation>Cannot void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/incidents_tab.py" line="353"/>
        <source>突发事件报告打印预览</source>
        <translation>Incident report print preview</translation>
    </message>
</context>
<context>
    <name>IncomeRuleDialog</name>
    <message>
        <location filename="../../desktop/ui/sales/income_rule_dialog.py" line="33"/>
        <source>制作者收入分配规则</source>
        <translation>How makers&apos; income is split</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_rule_dialog.py" line="38"/>
        <source>销售收入减去材料成本</source>
        <translation>Revenue less material cost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_rule_dialog.py" line="39"/>
        <source>销售收入（不扣材料成本）</source>
        <translation>Revenue (material cost not deducted)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_rule_dialog.py" line="41"/>
        <source>分配基数(&amp;B):</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_rule_dialog.py" line="46"/>
        <source>制作者所得比例(&amp;P):</source>
        <translation>Makers&apos; &amp;percentage:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_rule_dialog.py" line="47"/>
        <source>分配基数</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_rule_dialog.py" line="48"/>
        <source>制作者所得比例</source>
        <translation>Makers&apos; percentage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_rule_dialog.py" line="51"/>
        <source>分配规则的说明</source>
        <translation>The split rule in plain words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_rule_dialog.py" line="52"/>
        <source>改动从现在起对所有未发放的月份生效；已发放的金额不变。</source>
        <translation>A change applies from now on to every month not yet paid; amounts already paid stay as they are.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_rule_dialog.py" line="56"/>
        <source>保存分配规则的问题</source>
        <translation>Problem saving the split rule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_rule_dialog.py" line="60"/>
        <source>保存分配规则</source>
        <translation>Save the split rule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_rule_dialog.py" line="62"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IncomeStatement</name>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="32"/>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="40"/>
        <source>卖东西收到的钱，先扣除材料费，剩下的全部归做东西的人。</source>
        <translation>From the money a sale brings, the materials are paid first; all the rest goes to the people who made the thing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="42"/>
        <source>卖东西收到的钱，先扣除材料费，剩下的 {percent}% 归做东西的人。</source>
        <translation>From the money a sale brings, the materials are paid first; {percent}% of the rest goes to the people who made the thing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="46"/>
        <source>卖东西收到的钱全部归做东西的人，材料费不扣除。</source>
        <translation>All the money from a sale goes to the people who made the thing; materials are not deducted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="48"/>
        <source>卖东西收到的钱的 {percent}% 归做东西的人，材料费不扣除。</source>
        <translation>{percent}% of the money from a sale goes to the people who made the thing; materials are not deducted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="59"/>
        <source>这个月您做的“{product}”</source>
        <translation>This month your &quot;{product}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="62"/>
        <source>这个月您和别人一起做的“{product}”（您占 {percent}%）</source>
        <translation>This month the &quot;{product}&quot; you made with others (your part {percent}%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="66"/>
        <source>{made}卖出了 {items} 件，收入 {revenue} 元，扣除材料费 {cost} 元，您的份额 {share} 元。</source>
        <translation>{made} sold {items}, bringing in {revenue} yuan; after {cost} yuan for materials, your share is {share} yuan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="71"/>
        <source>{made}卖出了 {items} 件，收入 {revenue} 元，您的份额 {share} 元。</source>
        <translation>{made} sold {items}, bringing in {revenue} yuan; your share is {share} yuan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="85"/>
        <source>{name}，您好：</source>
        <translation>Dear {name},</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="88"/>
        <source>{month}您一共可以得到 {share} 元。</source>
        <translation>For {month} you receive {share} yuan in all.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="92"/>
        <source>这笔钱已于 {day} 发给您。</source>
        <translation>This money was paid to you on {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="95"/>
        <source>这笔钱会在下个月发给您，领取时请在发放表上签字。</source>
        <translation>You will be paid next month; please sign the payout sheet when you collect it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="98"/>
        <source>怎么算的：{rule}几个人一起做的东西，按各人的份额分。有不明白的地方，请问工作人员。</source>
        <translation>How it is worked out: {rule} Things made by several people are shared by each one&apos;s part. If anything is unclear, please ask the staff.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="102"/>
        <source>制作者收入对账单</source>
        <translation>Maker&apos;s income statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="104"/>
        <source>{month}手工品收入对账单</source>
        <translation>Handicraft income statement, {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="108"/>
        <source>您的份额</source>
        <translation>Your share</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="110"/>
        <source>本人或监护人</source>
        <translation>Maker or guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_statement_print.py" line="111"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
</context>
<context>
    <name>IncomeTab</name>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="54"/>
        <source>已发放 {day}</source>
        <translation>Paid {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="57"/>
        <source>无需发放</source>
        <translation>Nothing to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="58"/>
        <source>未发放</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="65"/>
        <source>制作者</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="66"/>
        <source>售出件数</source>
        <translation>Items sold</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="68"/>
        <source>销售收入（元）</source>
        <translation>Revenue (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="70"/>
        <source>材料成本（元）</source>
        <translation>Material cost (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="72"/>
        <source>应得收入（元）</source>
        <translation>Share (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="74"/>
        <source>发放</source>
        <translation>Payout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="88"/>
        <source>月份(&amp;M):</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="96"/>
        <source>本月销售和制作者收入合计</source>
        <translation>The month&apos;s sales and makers&apos; income</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="102"/>
        <source>制作者收入分配规则</source>
        <translation>How makers&apos; income is split</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="104"/>
        <source>分配规则(&amp;R)…</source>
        <translation>Split &amp;rule…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="105"/>
        <source>修改制作者收入分配规则</source>
        <translation>Change how makers&apos; income is split</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="112"/>
        <source>本月每位制作者的收入</source>
        <translation>Each maker&apos;s income this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="115"/>
        <source>登记所选已发放(&amp;P)</source>
        <translation>Mark selected &amp;paid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="116"/>
        <source>登记所选制作者的本月收入已发放</source>
        <translation>Record that the selected maker was paid for the month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="118"/>
        <source>全部登记已发放(&amp;L)…</source>
        <translation>Mark a&amp;ll paid…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="119"/>
        <source>登记本月所有未发放的制作者收入已发放</source>
        <translation>Record that every unpaid maker of the month was paid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="121"/>
        <source>导出发放表(&amp;X)…</source>
        <translation>E&amp;xport payout sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="122"/>
        <source>把本月的制作者收入发放表导出为 Excel</source>
        <translation>Export the month&apos;s makers&apos; payout sheet to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="124"/>
        <source>所选对账单(&amp;S)…</source>
        <translation>&amp;Statement for selected…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="125"/>
        <source>把所选制作者的大字对账单存为 PDF</source>
        <translation>Save the selected maker&apos;s large-print statement as a PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="127"/>
        <source>全部对账单(&amp;A)…</source>
        <translation>&amp;All statements…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="129"/>
        <source>把本月所有制作者的大字对账单存为一个 PDF</source>
        <translation>Save every maker&apos;s large-print statement of the month in one PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="136"/>
        <source>制作者收入操作结果</source>
        <translation>Result of the last makers&apos; income action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="153"/>
        <source>销售 {sales} 笔，售出 {items} 件，销售收入 {revenue} 元，材料成本 {cost} 元，制作者收入 {share} 元；{unpaid} 人未发放</source>
        <translation>{sales} sales, {items} items sold, revenue {revenue} yuan, material cost {cost} yuan, makers&apos; income {share} yuan; {unpaid} not paid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="159"/>
        <source>分配规则：{rule}</source>
        <translation>Split rule: {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="183"/>
        <source>不能登记发放</source>
        <translation>Cannot record the payout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="187"/>
        <source>已登记 {n} 位制作者 {month} 的收入已发放</source>
        <translation>Recorded {n} makers as paid for {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="195"/>
        <location filename="../../desktop/ui/sales/income_tab.py" line="246"/>
        <source>请先在表中选择一位制作者</source>
        <translation>Select a maker in the table first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="207"/>
        <source>本月没有未发放的制作者收入</source>
        <translation>No unpaid makers&apos; income this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="210"/>
        <source>登记发放</source>
        <translation>Record payout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="211"/>
        <source>登记 {n} 位制作者 {month} 的收入共 {total} 元今天已发放？登记后金额固定，不能重复发放。</source>
        <translation>Record that {n} makers were paid their {month} income, {total} yuan in all, today? The amounts are then fixed and cannot be paid twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="214"/>
        <source>登记已发放</source>
        <translation>Mark paid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="215"/>
        <source>不登记</source>
        <translation>Do not mark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="224"/>
        <source>制作者收入发放表-{month}.xlsx</source>
        <translation>makers-payout-{month}.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="226"/>
        <source>导出发放表</source>
        <translation>Export payout sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="227"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="235"/>
        <source>正在导出发放表…</source>
        <translation>Exporting the payout sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="239"/>
        <source>发放表已导出到 {path}</source>
        <translation>Payout sheet exported to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="248"/>
        <source>全部制作者</source>
        <translation>all makers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="249"/>
        <source>收入对账单-{month}-{name}.pdf</source>
        <translation>income-statement-{month}-{name}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="251"/>
        <source>保存对账单</source>
        <translation>Save statements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="252"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="263"/>
        <source>正在生成对账单…</source>
        <translation>Making the statements…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="270"/>
        <source>{month} 没有制作者的收入，没有生成对账单</source>
        <translation>No maker had income in {month}; no statement was made</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="272"/>
        <source>已把 {n} 份对账单存到 {path}</source>
        <translation>Saved {n} statements to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/income_tab.py" line="285"/>
        <source>分配规则已保存</source>
        <translation>Split rule saved</translation>
    </message>
</context>
<context>
    <name>InitialsKeypad</name>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_keypad.py" line="73"/>
        <source>字母 {letter}</source>
        <translation>Letter {letter}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_keypad.py" line="78"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_keypad.py" line="78"/>
        <source>删除一个字母</source>
        <translation>Delete one letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_keypad.py" line="81"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_keypad.py" line="81"/>
        <source>清空输入</source>
        <translation>Clear the input</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="89"/>
        <source>出具志愿服务证明</source>
        <translation>Issue a certificate of service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="97"/>
        <source>服务期间开始日期</source>
        <translation>First day of the service period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="99"/>
        <source>服务期间结束日期</source>
        <translation>Last day of the service period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="103"/>
        <source>从(&amp;F):</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="105"/>
        <source>到(&amp;T):</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="111"/>
        <source>出具证明的问题</source>
        <translation>Problem issuing the certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="116"/>
        <source>出具并预览(&amp;I)</source>
        <translation>&amp;Issue and preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="117"/>
        <source>出具证明并打开打印预览</source>
        <translation>Issue the certificate and open the print preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="119"/>
        <location filename="../../desktop/ui/volunteers/certificates_tab.py" line="120"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="24"/>
        <source>早上好</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="26"/>
        <source>上午好</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="28"/>
        <source>中午好</source>
        <translation>Good day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="30"/>
        <source>下午好</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="31"/>
        <source>晚上好</source>
        <translation>Good evening</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="37"/>
        <source>未找到此卡，请找工作人员</source>
        <translation>Card not found, please ask a member of staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="39"/>
        <source>无法识别，请重新刷卡或找工作人员</source>
        <translation>Could not read that, please scan again or ask a member of staff</translation>
    </message>
</context>
<context>
    <name>KioskEventModel</name>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_model.py" line="104"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_model.py" line="106"/>
        <source>情况</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_model.py" line="108"/>
        <source>卡号或内容</source>
        <translation>Card or scan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_day_model.py" line="109"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="105"/>
        <source>签到台 — {centre}</source>
        <translation>Sign-in kiosk — {centre}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="106"/>
        <source>签到台</source>
        <translation>Sign-in kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="121"/>
        <source>请刷卡，或输入姓名、拼音首字母(&amp;N):</source>
        <translation>Scan your card, or type your &amp;name or its pinyin initials:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="125"/>
        <source>刷卡或输入姓名</source>
        <translation>Scan a card or type a name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="126"/>
        <source>例如：张三 → zs</source>
        <translation>For example: Zhang San → zs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="166"/>
        <source>温馨家园</source>
        <translation>Warm Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="174"/>
        <source>现在时间</source>
        <translation>Current time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="180"/>
        <source>高对比度</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="184"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="185"/>
        <source>工作人员：输入密码离开签到台</source>
        <translation>Staff: leave the kiosk with a password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_start.py" line="21"/>
        <source>欢迎！请刷卡签到</source>
        <translation>Welcome! Please scan your card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_start.py" line="24"/>
        <source>没有卡？在上面输入姓名或拼音首字母，或点右边的字母，再点自己的照片。</source>
        <translation>No card? Type your name or its pinyin initials above, or tap the letters on the right, then tap your own photo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="251"/>
        <source>高对比度：开</source>
        <translation>High contrast: on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="251"/>
        <source>高对比度：关</source>
        <translation>High contrast: off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="290"/>
        <source>输入卡号后请按回车键</source>
        <translation>After typing a card number, press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="302"/>
        <source>找到的人很多，只显示前12位：没有自己的照片，请输入名字的全拼（例如 zhangsan）</source>
        <translation>Many people found; only the first 12 are shown. Not there? Type your name&apos;s full pinyin (e.g. zhangsan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="305"/>
        <source>找到的人很多，只显示前12位：没有自己的照片，请再输入一个字母</source>
        <translation>Many matches, only the first 12 are shown: if your photo is not here, enter another letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="308"/>
        <source>请点自己的照片签到</source>
        <translation>Tap your own photo to sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="310"/>
        <source>没有找到，请换个写法，或找工作人员帮忙</source>
        <translation>Nobody found; try another spelling, or ask a member of staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_window.py" line="384"/>
        <source>暂时无法签到，请找工作人员</source>
        <translation>Signing in is not possible right now, please ask a member of staff</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="19"/>
        <source>视力</source>
        <translation>Visual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="20"/>
        <source>听力</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="21"/>
        <source>言语</source>
        <translation>Speech</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="22"/>
        <source>肢体</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="23"/>
        <source>智力</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="24"/>
        <source>精神</source>
        <translation>Mental</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="25"/>
        <source>多重</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="33"/>
        <source>一级</source>
        <translation>Grade 1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="34"/>
        <source>二级</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="35"/>
        <source>三级</source>
        <translation>Grade 3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="36"/>
        <source>四级</source>
        <translation>Grade 4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="44"/>
        <source>温馨家园</source>
        <translation>Warm Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="45"/>
        <source>职康站</source>
        <translation>Vocational Rehab Station</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="46"/>
        <source>日间照料</source>
        <translation>Day Care</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="54"/>
        <source>会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="55"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="56"/>
        <source>家属/监护人</source>
        <translation>Family / guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="64"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="65"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="72"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="108"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="109"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="110"/>
        <source>签到台</source>
        <translation>Sign-in kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="117"/>
        <source>{month} 已报送关账，记录只读</source>
        <translation>{month} has been submitted and closed; its records are read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/labels.py" line="122"/>
        <source>{month} 已报送关账，记录只读；如需修改请管理员重新开账</source>
        <translation>{month} has been submitted and closed; its records are read-only. To change them, an administrator must reopen the month</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="157"/>
        <source>打印条码标签</source>
        <translation>Print barcode labels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="160"/>
        <source>为列出的 {count} 种商品打印标签（名称、售价、条码）。</source>
        <translation>Print labels (name, price, barcode) for the {count} products listed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="165"/>
        <source>以下商品的编码不是8位商品条码，不打印标签：{names}</source>
        <translation>These products&apos; codes are not 8-digit barcodes; no labels are printed for them: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="166"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="166"/>
        <source>{name}（{code}）</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="174"/>
        <source>A4 {columns}×{rows}（每张 {count} 个，{width}×{height} 毫米）</source>
        <translation>A4 {columns}×{rows} ({count} a sheet, {width}×{height} mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="178"/>
        <source>标签纸规格</source>
        <translation>Label sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="181"/>
        <source>每种商品的标签数</source>
        <translation>Labels for each product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="182"/>
        <source>标签纸(&amp;T):</source>
        <translation>Label shee&amp;t:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="183"/>
        <source>每种张数(&amp;C):</source>
        <translation>&amp;Copies each:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="190"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="193"/>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="193"/>
        <source>打印标签</source>
        <translation>Print labels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="195"/>
        <source>保存为PDF(&amp;F)…</source>
        <translation>Save as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="195"/>
        <source>把标签保存为PDF文件</source>
        <translation>Save the labels as a PDF file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="197"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="222"/>
        <source>已保存标签：{path}</source>
        <translation>Labels saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="226"/>
        <source>保存标签</source>
        <translation>Save labels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="227"/>
        <source>商品标签.pdf</source>
        <translation>product-labels.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="227"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="240"/>
        <source>已送打印：{pages} 页标签</source>
        <translation>Sent to the printer: {pages} pages of labels</translation>
    </message>
</context>
<context>
    <name>LabelsPrint</name>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="92"/>
        <source>¥{price}</source>
        <translation>¥{price}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/labels_print.py" line="112"/>
        <source>无法打开打印机：请检查打印机是否已连接并开机</source>
        <translation>Cannot open the printer: check that it is connected and switched on</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="74"/>
        <source>未达星级</source>
        <translation>No star level yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="75"/>
        <source>{n}星</source>
        <translation>star level {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="82"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="83"/>
        <source>志愿北京编号</source>
        <translation>Volunteer Beijing no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="85"/>
        <source>本月时长</source>
        <translation>Hours this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="87"/>
        <source>累计时长</source>
        <translation>Cumulative hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="89"/>
        <source>星级</source>
        <translation>Stars</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="92"/>
        <source>本月岗位</source>
        <translation>Posts this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="93"/>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="356"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="100"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="101"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="102"/>
        <source>时长</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="104"/>
        <source>次数</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="106"/>
        <source>月末累计</source>
        <translation>Cumulative at month end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="215"/>
        <source>月份(&amp;M):</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="219"/>
        <source>本月服务合计</source>
        <translation>Month&apos;s service total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="227"/>
        <source>本月志愿服务时长台账</source>
        <translation>This month&apos;s volunteer hours ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="229"/>
        <source>所选志愿者每月各岗位的时长</source>
        <translation>The selected volunteer&apos;s hours per month and post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="232"/>
        <source>所选志愿者</source>
        <translation>Selected volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="245"/>
        <source>补录服务(&amp;A)…</source>
        <translation>&amp;Add service…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="246"/>
        <source>补录没有签到的志愿服务</source>
        <translation>Record volunteer service that had no sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="249"/>
        <source>导出到志愿北京(&amp;X)…</source>
        <translation>E&amp;xport to Volunteer Beijing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="251"/>
        <source>把本月的志愿服务记录导出为志愿北京用的 Excel</source>
        <translation>Export this month&apos;s volunteer service records to Excel for Volunteer Beijing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="255"/>
        <source>设置(&amp;T)…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="257"/>
        <source>志愿服务设置：取整单位、每日上限和星级门槛</source>
        <translation>Volunteer settings: rounding step, daily maximum and star thresholds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="261"/>
        <source>服务时长操作结果</source>
        <translation>Service hours action result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="278"/>
        <source>本月 {n} 人服务，共 {hours} 小时</source>
        <translation>This month {n} volunteers served {hours} hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="303"/>
        <source>选择左边的一位志愿者查看每月时长</source>
        <translation>Select a volunteer on the left to see their monthly hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="307"/>
        <source>{name}：累计 {hours} 小时，{star}</source>
        <translation>{name}: {hours} hours in all, {star}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="333"/>
        <source>服务已补录</source>
        <translation>Service recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="337"/>
        <source>志愿服务记录-{month}.xlsx</source>
        <translation>volunteer-service-{month}.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="338"/>
        <source>导出到志愿北京</source>
        <translation>Export to Volunteer Beijing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="339"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="349"/>
        <source>正在导出志愿服务记录…</source>
        <translation>Exporting volunteer service records…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="353"/>
        <source>已导出 {n} 条志愿服务记录到 {path}</source>
        <translation>Exported {n} volunteer service records to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="358"/>
        <source>{done}。{count} 位志愿者没有志愿北京编号，编号一栏为空：{names}；请在“人员登记”中补上后重新导出</source>
        <translation>{done}. {count} volunteer(s) have no Volunteer Beijing number, left empty: {names}; add it in People and export again</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="33"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="33"/>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="62"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="36"/>
        <source>&lt;h2&gt;屏幕已锁定&lt;/h2&gt;&lt;p&gt;长时间未操作，为保护会员信息已锁定。请输入 {user} 的密码继续，未保存的内容仍在。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Screen locked&lt;/h2&gt;&lt;p&gt;Locked after a period of inactivity to protect members&apos; information. Enter the password of {user} to continue; unsaved work is kept.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="40"/>
        <source>&lt;h2&gt;温馨家园工作台&lt;/h2&gt;&lt;p&gt;{centre}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Warm Home Desktop&lt;/h2&gt;&lt;p&gt;{centre}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="48"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="50"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="51"/>
        <source>用户名(&amp;U):</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="52"/>
        <source>密码(&amp;P):</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="57"/>
        <source>登录结果</source>
        <translation>Sign-in result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="62"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="65"/>
        <source>退出软件</source>
        <translation>Quit the app</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="65"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>LongJob</name>
    <message>
        <location filename="../../desktop/ui/common/long_job.py" line="141"/>
        <source>另一项工作正在进行（{title}），请等它完成后再试</source>
        <translation>Another task is in progress ({title}); please try again when it has finished.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="62"/>
        <source>导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="53"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/__init__.py" line="29"/>
        <source>人员登记</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/__init__.py" line="23"/>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/__init__.py" line="22"/>
        <source>文体活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/__init__.py" line="22"/>
        <source>康复补助</source>
        <translation>Rehab subsidy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="56"/>
        <source>月报</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/__init__.py" line="59"/>
        <source>区汇总</source>
        <translation>District summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="40"/>
        <source>账户</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="43"/>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/__init__.py" line="46"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="91"/>
        <source>打开签到台(&amp;K)</source>
        <translation>Open the &amp;kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="92"/>
        <source>打开签到台</source>
        <translation>Open the kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="99"/>
        <source>帮助 (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="100"/>
        <source>打开本页的帮助</source>
        <translation>Open the help for this page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="109"/>
        <source>当前用户：{user}（{role}）</source>
        <translation>Signed in: {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="250"/>
        <source>温馨家园工作台</source>
        <translation>Warm Home Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="252"/>
        <source>{name}（{code}）</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="276"/>
        <source>正在切换显示颜色…</source>
        <translation>Switching the display colours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="294"/>
        <source>自动备份失败：{reason}</source>
        <translation>Automatic backup failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/__init__.py" line="46"/>
        <source>日间照料</source>
        <translation>Daily care</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/__init__.py" line="42"/>
        <source>志愿服务</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/__init__.py" line="70"/>
        <source>希联圆梦</source>
        <translation>Handicraft sales</translation>
    </message>
</context>
<context>
    <name>MakersEditor</name>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="112"/>
        <source>姓名或拼音首字母</source>
        <translation>Name or pinyin initials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="113"/>
        <source>查找制作者</source>
        <translation>Find a maker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="115"/>
        <source>找到的人员</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="124"/>
        <source>份额（%）</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="125"/>
        <source>添加制作者(&amp;A)</source>
        <translation>&amp;Add maker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="125"/>
        <source>添加选中的人为制作者</source>
        <translation>Add the selected person as a maker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="127"/>
        <source>移除制作者(&amp;R)</source>
        <translation>&amp;Remove maker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="128"/>
        <source>从制作者中移除选中的一位</source>
        <translation>Remove the selected maker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="135"/>
        <source>制作者及份额</source>
        <translation>Makers and shares</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="144"/>
        <source>{name}（非会员）</source>
        <translation>{name} (not a member)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="158"/>
        <source>请先输入姓名或拼音首字母找到制作者，再选中一位</source>
        <translation>Type a name or pinyin initials to find the maker first, then select one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="190"/>
        <source>份额合计：{total}%（应为100%）</source>
        <translation>Shares total: {total}% (must be 100%)</translation>
    </message>
</context>
<context>
    <name>MaskedFields</name>
    <message>
        <location filename="../../desktop/ui/common/masked_fields.py" line="64"/>
        <source>显示完整{field}并修改</source>
        <translation>Show the full {field} to change it</translation>
    </message>
</context>
<context>
    <name>MaskedNotice</name>
    <message>
        <location filename="../../desktop/ui/common/masked_fields.py" line="42"/>
        <source>显示并修改</source>
        <translation>Show and change</translation>
    </message>
</context>
<context>
    <name>MealStatement</name>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="42"/>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="50"/>
        <source>本月未设定餐费标准：金额按 0 元计，请先在“餐费”页设定</source>
        <translation>No meal price set for this month: amounts count as 0; set one on the Meals tab first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="53"/>
        <source>每餐 {cost} 元，其中个人自付 {contribution} 元、中心承担 {centre} 元（{month} 起执行）</source>
        <translation>{cost} yuan a meal: the member pays {contribution} yuan, the centre {centre} yuan (from {month})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="69"/>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="122"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="70"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="71"/>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="125"/>
        <source>用餐次数</source>
        <translation>Meals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="72"/>
        <source>每餐自付（元）</source>
        <translation>Paid per meal (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="73"/>
        <source>应缴金额（元）</source>
        <translation>Amount due (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="74"/>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="172"/>
        <source>家属签字</source>
        <translation>Family member&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="86"/>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="136"/>
        <source>本月没有用餐记录</source>
        <translation>No meals this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="90"/>
        <source>本月共 {people} 人用餐 {meals} 次：餐费合计 {cost} 元，个人自付 {contribution} 元，中心承担 {centre} 元。</source>
        <translation>This month {people} members had {meals} meals: {cost} yuan in all, {contribution} yuan paid by families, {centre} yuan by the centre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="103"/>
        <source>日间照料餐费收费表</source>
        <translation>Day care meal fees collection sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="105"/>
        <source>餐费收费表</source>
        <translation>Meal fees sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="107"/>
        <source>含个人信息，中心留存</source>
        <translation>Personal information: kept at the centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="112"/>
        <source>家属应缴合计</source>
        <translation>Total due from families</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="123"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="124"/>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="141"/>
        <source>会员：{name}&#x3000;&#x3000;月份：{month}</source>
        <translation>Member: {name}    Month: {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="147"/>
        <source>本月用餐 {meals} 次：餐费 {cost} 元，中心承担 {centre} 元，家属应缴 {meals} 次 × {unit} 元 = {contribution} 元。</source>
        <translation>{meals} meals this month: {cost} yuan, of which the centre pays {centre} yuan; the family pays {meals} × {unit} yuan = {contribution} yuan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="160"/>
        <source>日间照料餐费单</source>
        <translation>Day care meal statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="162"/>
        <source>餐费单</source>
        <translation>Meal statement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="168"/>
        <source>家属应缴</source>
        <translation>Due from the family</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="173"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meal_statement_print.py" line="176"/>
        <source>缴费日期</source>
        <translation>Date paid</translation>
    </message>
</context>
<context>
    <name>MealsTab</name>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="67"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="68"/>
        <source>用餐次数</source>
        <translation>Meals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="70"/>
        <source>餐费（元）</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="72"/>
        <source>家属应缴（元）</source>
        <translation>Family pays (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="74"/>
        <source>中心承担（元）</source>
        <translation>Centre pays (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="76"/>
        <source>用餐日期（日）</source>
        <translation>Days with a meal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="97"/>
        <source>本月餐费明细</source>
        <translation>This month&apos;s meals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="100"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="105"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="118"/>
        <source>餐费标准</source>
        <translation>Meal price</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="126"/>
        <source>如 15 或 15.50</source>
        <translation>e.g. 15 or 15.50</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="129"/>
        <source>如 5 或 5.20</source>
        <translation>e.g. 5 or 5.20</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="131"/>
        <source>从(&amp;F)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="131"/>
        <source>餐费标准从哪个月起执行</source>
        <translation>Month the meal price takes effect from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="131"/>
        <source>起执行</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="133"/>
        <source>每餐费用（元）(&amp;C):</source>
        <translation>&amp;Cost per meal (yuan):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="134"/>
        <source>其中个人自付（元）(&amp;O):</source>
        <translation>Of which the member pays (yuan) (&amp;O):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="136"/>
        <source>执行月份:</source>
        <translation>Takes effect:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="140"/>
        <source>保存餐费标准(&amp;S)</source>
        <translation>&amp;Save meal price</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="140"/>
        <source>保存餐费标准</source>
        <translation>Save meal price</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="140"/>
        <source>保存结果</source>
        <translation>Result of saving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="144"/>
        <source>已计划的餐费标准调整</source>
        <translation>Planned meal price changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="145"/>
        <source>个人自付由家属缴纳，其余由中心承担；新标准从所选月份起执行，已报送关账的月份保持原标准。</source>
        <translation>Families pay the member&apos;s contribution, the centre the rest; a new price applies from the month chosen, submitted months keep theirs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="159"/>
        <source>只有可以修改设置的账户能更改餐费标准</source>
        <translation>Only accounts that may change settings can change the meal price</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="164"/>
        <source>月份(&amp;M):</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="170"/>
        <source>打印餐费单(&amp;P)…</source>
        <translation>&amp;Print meal fees…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="171"/>
        <source>打印本月全部会员的餐费收费表</source>
        <translation>Print this month&apos;s collection sheet for all members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="173"/>
        <source>打印所选会员的餐费单(&amp;R)…</source>
        <translation>P&amp;rint the chosen member&apos;s statement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="176"/>
        <source>存为 PDF(&amp;D)…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="174"/>
        <source>打印所选会员本月的餐费单，交给家属</source>
        <translation>Print the chosen member&apos;s statement for the family</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="177"/>
        <source>把本月餐费收费表保存为 PDF 文件</source>
        <translation>Save this month&apos;s collection sheet as a PDF file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="179"/>
        <source>导出到 Excel(&amp;X)…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="180"/>
        <source>把本月餐费明细导出到 Excel</source>
        <translation>Export this month&apos;s meals to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="202"/>
        <source>已计划：{month} 起每餐 {cost} 元（自付 {contribution} 元）</source>
        <translation>Planned: from {month}, {cost} yuan a meal ({contribution} yuan paid by the member)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="236"/>
        <source>⚠ 未保存：请改正标出的内容</source>
        <translation>⚠ Not saved: correct what is marked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="242"/>
        <source>✓ 已保存：从 {month} 起执行</source>
        <translation>✓ Saved: takes effect from {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="271"/>
        <source>合计：{people} 人用餐 {meals} 次，餐费 {cost} 元，家属应缴 {contribution} 元，中心承担 {centre} 元</source>
        <translation>Total: {people} members, {meals} meals, {cost} yuan; families pay {contribution} yuan, the centre {centre} yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="277"/>
        <source>（另有 {n} 名日间照料会员本月没有用餐）</source>
        <translation> ({n} more day-care members had no meal this month)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="305"/>
        <source>餐费单打印预览</source>
        <translation>Meal statement print preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="325"/>
        <source>餐费收费表-{month}.pdf</source>
        <translation>meal-fees-{month}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="326"/>
        <source>保存餐费收费表</source>
        <translation>Save the meal fees sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="327"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="340"/>
        <source>正在生成餐费单 PDF…</source>
        <translation>Making the meal statement PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="345"/>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="350"/>
        <source>餐费明细-{month}.xlsx</source>
        <translation>meals-{month}.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="351"/>
        <source>导出餐费明细</source>
        <translation>Export meals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="352"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="361"/>
        <source>正在导出餐费明细…</source>
        <translation>Exporting meals…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="365"/>
        <source>已导出 {n} 人到 {path}</source>
        <translation>Exported {n} members to {path}</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <location filename="../../desktop/ui/care/medication_dialog.py" line="22"/>
        <location filename="../../desktop/ui/care/medication_dialog.py" line="46"/>
        <source>添加用药</source>
        <translation>Add medication</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_dialog.py" line="27"/>
        <source>如：丙戊酸钠缓释片</source>
        <translation>e.g. sodium valproate SR tablets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_dialog.py" line="30"/>
        <source>如：0.5g、1片</source>
        <translation>e.g. 0.5 g, 1 tablet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_dialog.py" line="32"/>
        <source>如：08:00, 12:30</source>
        <translation>e.g. 08:00, 12:30</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_dialog.py" line="36"/>
        <source>开始服药日期</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_dialog.py" line="39"/>
        <source>如：饭后服、需碾碎</source>
        <translation>e.g. after meals, crush before giving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_dialog.py" line="40"/>
        <source>药品(&amp;M):</source>
        <translation>&amp;Medicine:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_dialog.py" line="41"/>
        <source>每次剂量(&amp;D):</source>
        <translation>&amp;Dose:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_dialog.py" line="42"/>
        <source>服药时间(&amp;T):</source>
        <translation>&amp;Times:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_dialog.py" line="43"/>
        <source>药品提供方(&amp;P):</source>
        <translation>Su&amp;pplied by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_dialog.py" line="44"/>
        <source>开始服药(&amp;B):</source>
        <translation>&amp;Begins:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_dialog.py" line="45"/>
        <source>备注(&amp;N):</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_dialog.py" line="46"/>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>MedicationTab</name>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="49"/>
        <source>未到时间</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="51"/>
        <source>待服（到时间了）</source>
        <translation>Due now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="53"/>
        <source>超时未记录</source>
        <translation>Overdue, not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="59"/>
        <location filename="../../desktop/ui/care/medication_tab.py" line="81"/>
        <source>应服时间</source>
        <translation>Due at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="61"/>
        <location filename="../../desktop/ui/care/medication_tab.py" line="79"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="62"/>
        <location filename="../../desktop/ui/care/medication_tab.py" line="80"/>
        <source>药品</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="63"/>
        <source>剂量</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="64"/>
        <location filename="../../desktop/ui/care/medication_tab.py" line="83"/>
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="66"/>
        <location filename="../../desktop/ui/care/medication_tab.py" line="85"/>
        <source>服药时间</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="68"/>
        <location filename="../../desktop/ui/care/medication_tab.py" line="87"/>
        <source>给药人</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="69"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="77"/>
        <source>登记时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="88"/>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="90"/>
        <source>作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="91"/>
        <source>已作废：{reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="109"/>
        <source>今天的服药：每行一种药的一次</source>
        <translation>Today&apos;s doses: one row per dose of one medicine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="113"/>
        <source>服药时间(&amp;T):</source>
        <translation>&amp;Time taken:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="118"/>
        <source>给药人(&amp;B):</source>
        <translation>Given &amp;by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="124"/>
        <source>备注(&amp;N):</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="135"/>
        <source>已服(&amp;Y)</source>
        <translation>Given (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="136"/>
        <source>把选中的一次服药记录为已服</source>
        <translation>Record the selected dose as given</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="137"/>
        <source>拒服(&amp;R)</source>
        <translation>&amp;Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="138"/>
        <source>把选中的一次服药记录为拒服</source>
        <translation>Record the selected dose as refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="139"/>
        <source>漏服(&amp;M)</source>
        <translation>&amp;Missed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="140"/>
        <source>把选中的一次服药记录为漏服</source>
        <translation>Record the selected dose as missed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="141"/>
        <source>作废记录(&amp;V)…</source>
        <translation>&amp;Void record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="142"/>
        <source>作废选中的服药记录，写明原因</source>
        <translation>Void the selected dose record, with a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="147"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="149"/>
        <source>今天的服药记录（含已作废）</source>
        <translation>Today&apos;s dose records (voided ones included)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="187"/>
        <source>今天：{day}&#x3000;现在 {time}</source>
        <translation>Today: {day}  now {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="225"/>
        <source>已记录：{name} {time} {medicine} {status}</source>
        <translation>Recorded: {name} {time} {medicine} {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="241"/>
        <source>已作废：{name} {time} {medicine}；可以重新记录</source>
        <translation>Voided: {name} {time} {medicine}; it can be recorded again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="247"/>
        <source>作废服药记录</source>
        <translation>Void dose record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/medication_tab.py" line="248"/>
        <source>作废的原因（例如：记错了人）:</source>
        <translation>Reason for voiding (e.g. recorded for the wrong person):</translation>
    </message>
</context>
<context>
    <name>MemberTile</name>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_tiles.py" line="109"/>
        <location filename="../../desktop/ui/kiosk/kiosk_tiles.py" line="151"/>
        <source>会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_tiles.py" line="119"/>
        <source>{name}
卡 {tail}</source>
        <translation>{name}
card {tail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_tiles.py" line="120"/>
        <source>签到：{name}，卡尾号 {tail}</source>
        <translation>Sign in: {name}, card ending {tail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_tiles.py" line="123"/>
        <source>签到：{name}</source>
        <translation>Sign in: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_tiles.py" line="137"/>
        <source>{name}
{role}</source>
        <translation>{name}
{role}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_tiles.py" line="139"/>
        <source>签到：{name}（{role}）</source>
        <translation>Sign in: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/excel/admin/audit_export.py" line="157"/>
        <location filename="../../desktop/excel/attendance/call_list_export.py" line="153"/>
        <location filename="../../desktop/excel/care/meal_statement.py" line="103"/>
        <location filename="../../desktop/excel/reporting/consolidation_output.py" line="206"/>
        <location filename="../../desktop/excel/sales/payout_sheet.py" line="120"/>
        <location filename="../../desktop/excel/subsidy/subsidy_export.py" line="153"/>
        <location filename="../../desktop/excel/volunteers/platform_export.py" line="173"/>
        <location filename="../../desktop/excel/workbook_file.py" line="143"/>
        <source>导出失败：文件夹 {folder} 不存在</source>
        <translation>Export failed: the folder {folder} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation.py" line="176"/>
        <source>未设置应报中心名单；已报 {reported} 个中心</source>
        <translation>No list of expected centres; centres reported: {reported}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation.py" line="180"/>
        <source>已报 {reported}/{expected}（{percent}%）</source>
        <translation>Reported {reported}/{expected} ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation.py" line="207"/>
        <source>没有可汇总的月报：{count} 个文件都未采用，未生成区汇总表</source>
        <translation>No monthly report to consolidate: no file was accepted (files: {count}), so no district workbook was made</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation.py" line="313"/>
        <source>{code} 第 {top} 版有 {count} 个内容不同的文件（{names}），无法判断哪个有效，均未采用，请中心确认后重新报送</source>
        <translation>{code} revision {top} comes in {count} files with different contents ({names}); which one is valid cannot be told, so none was accepted: ask the centre to check and submit again</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation.py" line="333"/>
        <source>{code}：第 {top} 版重复报送（{twin} 与 {chosen} 内容相同），只计一次</source>
        <translation>{code}: revision {top} was submitted twice ({twin} has the same content as {chosen}); counted once</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation.py" line="347"/>
        <source>{code}：保留第 {top} 版 {kept}，忽略第 {old_revision} 版 {old}</source>
        <translation>{code}: kept revision {top} {kept}, ignored revision {old_revision} {old}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation.py" line="358"/>
        <source>{code}：第 {old_revision} 版 {old} 已被第 {top} 版取代</source>
        <translation>{code}: revision {old_revision} {old} was replaced by revision {top}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation.py" line="381"/>
        <source>{month} 还没有到：不能汇总未来的月份</source>
        <translation>{month} has not come yet: a future month cannot be consolidated</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation.py" line="403"/>
        <source>没有找到要汇总的文件（文件夹中没有 .xlsx 文件）</source>
        <translation>No files to consolidate were found (no .xlsx files in the folder)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation.py" line="410"/>
        <source>找不到要汇总的文件：{file}</source>
        <translation>The file to consolidate cannot be found: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="140"/>
        <source>文件不存在</source>
        <translation>The file does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="142"/>
        <source>不是文件</source>
        <translation>Not a file</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="146"/>
        <source>扩展名是 {suffix}</source>
        <translation>its extension is {suffix}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="148"/>
        <source>文件名没有扩展名</source>
        <translation>the file name has no extension</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="152"/>
        <source>不是 .xlsx 文件（{shown}），请选择中心导出的 .xlsx 月报</source>
        <translation>Not an .xlsx file ({shown}): choose the .xlsx report a centre exported</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="163"/>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="471"/>
        <source>无法读取文件（{reason}）</source>
        <translation>The file cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="168"/>
        <source>文件有密码保护（或是旧版 .xls 格式），无法读取；请中心取消密码后重新导出 xlsx</source>
        <translation>The file has a password (or is an old .xls file) and cannot be read: ask the centre to remove the password and export the xlsx again</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="175"/>
        <source>不是 xlsx 文件</source>
        <translation>Not an xlsx file</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="179"/>
        <source>文件已损坏（不完整或无法解压），请中心重新导出或重新复制</source>
        <translation>The file is damaged (incomplete or cannot be unpacked): ask the centre to export or copy it again</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="203"/>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="213"/>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="221"/>
        <source>{sheet} {where} 不是数字</source>
        <translation>{sheet}: {where} is not a number</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="318"/>
        <source>{sheet} 第 {column}{number} 格是公式，月报中只能是导出的数值</source>
        <translation>{sheet}: cell {column}{number} is a formula; a report may only hold the exported values</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="268"/>
        <source>{sheet} 第 {number} 行缺少指标代码</source>
        <translation>{sheet}: row {number} has no indicator code</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="241"/>
        <source>{sheet} 缺少列“{columns}”（第 {row} 行）</source>
        <translation>{sheet} lacks the column “{columns}” (row {row})</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="277"/>
        <source>{sheet} 指标代码 {key} 出现两次</source>
        <translation>{sheet}: the indicator code {key} appears twice</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="287"/>
        <source>第 {number} 行（{key}）的本月值</source>
        <translation>the value for this month in row {number} ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="296"/>
        <source>第 {number} 行（{key}）的本年累计</source>
        <translation>the year-to-date value of row {number} ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="335"/>
        <source>_meta 中的版本号 {value} 不是正整数</source>
        <translation>The revision {value} in _meta is not a positive whole number</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="342"/>
        <source>_meta 中的版本号 {revision} 不是正整数</source>
        <translation>The revision {revision} in _meta is not a positive whole number</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="366"/>
        <source>缺少 {meta} 工作表：不是本软件导出的月报，或工作表被删除、改名</source>
        <translation>The {meta} sheet is missing: this is not a report exported by this app, or the sheet was deleted or renamed</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="375"/>
        <source>这是区汇总工作簿，不是中心的月报</source>
        <translation>This is a district workbook, not a centre&apos;s monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="389"/>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="407"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="393"/>
        <source>格式版本 {shown} 无法识别（本软件读取版本 {readable}），请升级本软件或请中心用相同版本重新导出</source>
        <translation>The format version {shown} is not recognised (this app reads versions {readable}): update this app, or ask the centre to export again with the same release</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="406"/>
        <source>月份是 {period}，不是 {month}</source>
        <translation>The month is {period}, not {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="414"/>
        <source>{meta} 中缺少中心编码</source>
        <translation>The centre code is missing from {meta}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="420"/>
        <source>缺少 {summary} 工作表（被删除或改名）</source>
        <translation>The {summary} sheet is missing (deleted or renamed)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="428"/>
        <source>{meta} 中的校验范围不含 {summary}，无法确认数据未被修改</source>
        <translation>The checksum in {meta} does not cover {summary}: the data cannot be confirmed unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="439"/>
        <source>缺少工作表 {sheets}（被删除或改名）</source>
        <translation>Sheets {sheets} are missing (deleted or renamed)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="446"/>
        <source>{meta} 中缺少有效的校验码</source>
        <translation>{meta} has no valid checksum</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="454"/>
        <source>文件在导出后被修改过（校验码不符），请中心重新导出</source>
        <translation>The file was changed after the export (the checksum does not match): ask the centre to export it again</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="488"/>
        <source>文件已损坏，无法按 xlsx 读取，请中心重新导出</source>
        <translation>The file is damaged and cannot be read as xlsx: ask the centre to export it again</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_input.py" line="497"/>
        <source>文件已损坏，工作表无法读取，请中心重新导出</source>
        <translation>The file is damaged and its sheets cannot be read: ask the centre to export it again</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_output.py" line="160"/>
        <source>导出失败：{file} 是已有的文件夹，不能保存为区汇总表；请另选文件名</source>
        <translation>Export failed: {file} is an existing folder and cannot be saved as the district workbook; choose another file name</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_output.py" line="169"/>
        <source>导出失败：{file} 是要汇总的文件之一，不能用区汇总表覆盖它；请另选保存位置或文件名</source>
        <translation>Export failed: {file} is one of the files being consolidated and cannot be overwritten with the district workbook; choose another folder or file name</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/consolidation_output.py" line="179"/>
        <source>导出失败：{file} 已存在，且不是本软件生成的区汇总表，未覆盖；请另选文件名</source>
        <translation>Export failed: {file} exists and is not a district workbook made by this app, so it was not overwritten; choose another file name</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/expected_centres.py" line="39"/>
        <source>应报中心名单 {file} 不是 UTF-8 或 GBK 编码的文本</source>
        <translation>The expected centres list {file} is not text in UTF-8 or GBK</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/expected_centres.py" line="67"/>
        <source>应报中心名单 {file} 无法打开：不是有效的 xlsx 文件</source>
        <translation>The expected centres list {file} cannot be opened: it is not a valid xlsx file</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/expected_centres.py" line="78"/>
        <source>应报中心名单 {file} 第一行缺少列“{column}”</source>
        <translation>The first row of the expected centres list {file} lacks the column “{column}”</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/expected_centres.py" line="106"/>
        <source>应报中心名单文件 {file} 不存在</source>
        <translation>The expected centres file {file} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/expected_centres.py" line="112"/>
        <source>{file}：{problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/monthly_workbook.py" line="110"/>
        <source>本月数据有 {count} 个错误，未导出；第一个：{first}</source>
        <translation>Errors in the month&apos;s data: {count}; nothing was exported. The first: {first}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/monthly_workbook.py" line="464"/>
        <source>请先在 设置 中填写中心编码</source>
        <translation>Enter the centre code in Settings first</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/subsidy.py" line="59"/>
        <location filename="../../desktop/excel/reporting/monthly_workbook.py" line="470"/>
        <source>文件已存在，未覆盖：{target}</source>
        <translation>The file already exists and was not overwritten: {target}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/monthly_workbook.py" line="482"/>
        <source>{month} 已报送关账，但数据与报送的第 {revision} 版不同（如补助标准在报送后改过）；请管理员重新开账后导出新版本</source>
        <translation>{month} has been submitted and closed, but its data differs from the submitted revision {revision} (a subsidy rate changed after the submission, for example): an administrator must reopen the month before a new revision is exported</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/monthly_workbook.py" line="506"/>
        <source>导出失败：未能替换文件</source>
        <translation>Export failed: the file could not be replaced</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/reporting/monthly_workbook.py" line="517"/>
        <source>已生成文件 {target}，但导出记录未能保存（{reason}）；下次启动、导出或报送时会自动补记</source>
        <translation>The file {target} was made, but the export record could not be saved ({reason}); it is recorded automatically at the next start, export or submission</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="72"/>
        <source>第{row}行 {column}（{letter}列）：{message}</source>
        <translation>Row {row}, {column} (column {letter}): {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="133"/>
        <source>找不到文件 {path}</source>
        <translation>The file {path} cannot be found</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="137"/>
        <source>{path} 是文件夹，不是 xlsx 文件</source>
        <translation>{path} is a folder, not an xlsx file</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="143"/>
        <source>{file} 设置了打开密码，无法读取：请在 Excel 中取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后再导入</source>
        <translation>{file} has a password and cannot be read: remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear the password), then import it</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="153"/>
        <source>{file} 是旧版 Excel（.xls）文件：请在 Excel 中另存为“Excel 工作簿（*.xlsx）”后再导入</source>
        <translation>{file} is an old Excel (.xls) file: save it in Excel as “Excel Workbook (*.xlsx)”, then import it</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="164"/>
        <source>{file} 不是 xlsx 文件：请用 Excel 另存为“Excel 工作簿（*.xlsx）”</source>
        <translation>{file} is not an xlsx file: save it in Excel as “Excel Workbook (*.xlsx)”</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="181"/>
        <source>{file} 已损坏或不是 Excel 工作簿，无法读取（{error}）</source>
        <translation>{file} is damaged or not an Excel workbook and cannot be read ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="241"/>
        <source>{letter}列“{value}”</source>
        <translation>column {letter} “{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="266"/>
        <source>；无法识别的列：{columns}</source>
        <translation>; columns not recognised: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="210"/>
        <source>{file} 中没有可见的工作表（只有隐藏的工作表或图表），无法读取名册：请在 Excel 中取消隐藏名册所在的工作表后再导入</source>
        <translation>{file} has no visible sheet (only hidden sheets or charts), so the roster cannot be read: unhide the roster&apos;s sheet in Excel, then import it</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="249"/>
        <source>工作表“{sheet}”第1行有两个“{header}”列（{first}列和{letter}列）</source>
        <translation>Row 1 of the sheet “{sheet}” has two “{header}” columns (columns {first} and {letter})</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="274"/>
        <source>工作表“{sheet}”第1行缺少必需的列：{columns}{extra}（请使用 `warmhome people template` 生成的模板的列名）</source>
        <translation>Row 1 of the sheet “{sheet}” lacks required columns: {columns}{extra} (use the column names of the template made by `warmhome people template`)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="287"/>
        <source>工作表“{sheet}”第1行有无法识别的列：{columns}；可用的列名：{known}</source>
        <translation>Row 1 of the sheet “{sheet}” has columns that are not recognised: {columns}; the column names available: {known}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="304"/>
        <source>工作表“{sheet}”中有合并单元格（{shown}）：请取消合并，每行只填一个人后再导入</source>
        <translation>The sheet “{sheet}” has merged cells ({shown}): unmerge them, one person per row, then import it</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_cells.py" line="33"/>
        <source>{column}应为文字，不是 TRUE/FALSE</source>
        <translation>{column} must be text, not TRUE/FALSE</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_cells.py" line="41"/>
        <source>Excel 把{column}存成了数字，后几位已丢失；请把该列设为“文本”格式后重新输入</source>
        <translation>Excel stored {column} as a number and lost its last digits: format the column as “Text” and type them again</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_cells.py" line="55"/>
        <source>{column}是科学计数法（{text}），原来的数字已丢失；请把该列设为“文本”格式后重新输入</source>
        <translation>{column} is in scientific notation ({text}) and the original digits are lost: format the column as “Text” and type them again</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_cells.py" line="68"/>
        <source>{column}“{text}”不是日期，应为 年-月-日，如 2020-01-01</source>
        <translation>{column} “{text}” is not a date; write year-month-day, e.g. 2020-01-01</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_cells.py" line="95"/>
        <source>{column}“{text}”不是有效日期</source>
        <translation>{column} “{text}” is not a real date</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_cells.py" line="110"/>
        <source>未知的服务项目：{columns}；可选：{programmes}</source>
        <translation>Unknown programmes: {columns}; the programmes are: {programmes}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="328"/>
        <source>是公式（{formula}），请改为数值：复制后“选择性粘贴→数值”</source>
        <translation>is a formula ({formula}): turn it into a value (copy, then “Paste Special → Values”)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="365"/>
        <source>应为 {names} 之一</source>
        <translation>must be one of {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="379"/>
        <source>与残疾人证号不一致：证号表示“{coded}”</source>
        <translation>does not match the disability certificate number, which says “{coded}”</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="450"/>
        <source>与第{earlier}行重复（同一文件中出现两次）</source>
        <translation>repeats row {earlier} (the same person twice in one file)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="470"/>
        <source>{message}（人员编号 {person_id}）</source>
        <translation>{message} (person no. {person_id})</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="507"/>
        <source>名册有{count}处错误，全部未导入；第一处：{first}</source>
        <translation>Errors in the roster: {count}; nothing was imported. The first: {first}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/people/roster_import.py" line="530"/>
        <source>第{row}行：{message}；全部未导入</source>
        <translation>Row {row}: {message}; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook_file.py" line="57"/>
        <source>导出失败：输出位置必须是已有的文件夹或以 .xlsx 结尾的文件名，{path} 两者都不是</source>
        <translation>Export failed: the output must be an existing folder or a file name ending in .xlsx; {path} is neither</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook_file.py" line="66"/>
        <source>导出失败：文件夹 {path} 不存在</source>
        <translation>Export failed: the folder {path} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook_file.py" line="85"/>
        <source>无法创建临时文件（重名太多）</source>
        <translation>Cannot create a temporary file (too many with the same name)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook_file.py" line="115"/>
        <source>磁盘空间已满（{reason}），请腾出空间或换一个文件夹后重试</source>
        <translation>The disk is full ({reason}): free some space or choose another folder, then try again</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook_file.py" line="152"/>
        <source>导出失败：无法在 {folder} 写入文件（{reason}）</source>
        <translation>Export failed: cannot write a file in {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook_file.py" line="167"/>
        <location filename="../../desktop/excel/workbook_file.py" line="192"/>
        <source>导出失败，未生成文件 {target}：{reason}</source>
        <translation>Export failed; {target} was not written: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/workbook_file.py" line="186"/>
        <source>同名的文件夹已存在</source>
        <translation>a folder with that name exists</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="88"/>
        <source>密码至少{minimum}位，现在是{length}位</source>
        <translation>The password needs at least {minimum} characters; it has {length}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="94"/>
        <source>密码最多{limit}位</source>
        <translation>The password can have at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="97"/>
        <source>密码首尾不能是空格</source>
        <translation>The password cannot begin or end with a space</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="111"/>
        <source>用户名应为2–32个字：汉字、字母、数字、点、下划线或连字符</source>
        <translation>The user name needs 2–32 characters: Chinese characters, letters, digits, dots, underscores or hyphens</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="150"/>
        <source>没有用户名为 {username} 的账户</source>
        <translation>There is no account with the user name {username}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="170"/>
        <source>姓名最多20个字</source>
        <translation>The name can have at most 20 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="177"/>
        <source>第一个账户必须是管理员</source>
        <translation>The first account must be an administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="186"/>
        <source>用户名 {username} 已被使用</source>
        <translation>The user name {username} is already taken</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="37"/>
        <source>用户名或密码不正确</source>
        <translation>The user name or password is not correct</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="301"/>
        <source>此账户已停用，请联系管理员</source>
        <translation>This account is disabled; contact an administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="218"/>
        <source>密码错误次数过多，账户已锁定，请在{minutes}分钟后再试</source>
        <translation>Too many wrong passwords: the account is locked; try again in {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="236"/>
        <source>密码连续错误{failures}次，账户已锁定{minutes}分钟</source>
        <translation>{failures} wrong passwords in a row: the account is locked for {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="249"/>
        <source>{generic}（还可尝试{left}次）</source>
        <translation>{generic} (attempts left: {left})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="322"/>
        <source>原密码不正确</source>
        <translation>The current password is not correct</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/accounts.py" line="350"/>
        <source>至少要保留一个可用的管理员账户</source>
        <translation>At least one enabled administrator account must remain</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="145"/>
        <source>请填写活动名称</source>
        <translation>Enter the activity&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="148"/>
        <source>活动名称最多{limit}个字，现在是{length}个字</source>
        <translation>The activity&apos;s name can have at most {limit} characters; it has {length}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="154"/>
        <source>活动类型应为 {kinds} 之一</source>
        <translation>The kind of activity must be one of {kinds}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="161"/>
        <location filename="../../desktop/models/care/incidents.py" line="193"/>
        <source>地点最多{limit}个字</source>
        <translation>The place can have at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="165"/>
        <source>组织者最多{limit}个字</source>
        <translation>The organiser can have at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="172"/>
        <source>请填写活动日期</source>
        <translation>Enter the activity&apos;s date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="174"/>
        <source>活动日期应为 YYYY-MM-DD 格式的真实日期，如 2026-05-17，现在是“{text}”</source>
        <translation>The activity&apos;s date must be a real date written YYYY-MM-DD, e.g. 2026-05-17; it is “{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="188"/>
        <source>活动日期不能早于 {earliest}</source>
        <translation>The activity&apos;s date cannot be before {earliest}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="192"/>
        <source>活动日期最多可提前一年安排</source>
        <translation>Activities can be planned at most a year ahead</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="200"/>
        <source>请填写{what}原因</source>
        <translation>Enter the reason for {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="206"/>
        <location filename="../../desktop/models/attendance/attendance.py" line="277"/>
        <location filename="../../desktop/models/care/handover.py" line="201"/>
        <location filename="../../desktop/models/care/handover.py" line="256"/>
        <location filename="../../desktop/models/care/incidents.py" line="365"/>
        <location filename="../../desktop/models/reporting/month_close.py" line="400"/>
        <location filename="../../desktop/models/volunteers/no_shows.py" line="89"/>
        <location filename="../../desktop/models/volunteers/service_entries.py" line="132"/>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="247"/>
        <source>原因最多{limit}个字</source>
        <translation>The reason can have at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="232"/>
        <source>没有编号为 {activity_id} 的活动</source>
        <translation>There is no activity no. {activity_id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="383"/>
        <source>活动“{title}”已作废，不能修改</source>
        <translation>The activity “{title}” is voided and cannot be changed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="404"/>
        <source>已有 {count} 名参加者，活动日期不能改到将来</source>
        <translation>The activity already has participants ({count}): its date cannot move into the future</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="428"/>
        <source>作废</source>
        <translation>voiding</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="435"/>
        <source>活动“{title}”已经作废</source>
        <translation>The activity “{title}” is already voided</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="452"/>
        <source>{name}（编号 {person_id}）不是会员，不能登记为活动参加者</source>
        <translation>{name} (no. {person_id}) is not a member and cannot be recorded as a participant</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="460"/>
        <source>没有编号为 {person_id} 的会员</source>
        <translation>There is no member no. {person_id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="466"/>
        <source>{name} 已归档，不能登记为活动参加者</source>
        <translation>{name} is archived and cannot be recorded as a participant</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="473"/>
        <source>{name} 于 {joined} 入会，晚于活动日期</source>
        <translation>{name} joined on {joined}, after the activity&apos;s date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="479"/>
        <source>{name} 在活动日期之前已离开，不能登记为活动参加者</source>
        <translation>{name} had left before the activity&apos;s date and cannot be recorded as a participant</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="500"/>
        <source>活动日期 {day} 还没到，当天或之后才能登记参加者</source>
        <translation>The activity&apos;s date {day} has not come yet; participants can be added on or after that day</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="531"/>
        <source>移除</source>
        <translation>removing</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/activities.py" line="539"/>
        <source>编号 {person_id} 不是这个活动的参加者</source>
        <translation>No. {person_id} is not a participant of this activity</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="32"/>
        <source>未找到此卡，请找工作人员</source>
        <translation>Card not found, please ask a member of staff</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="33"/>
        <source>无法识别，请重新刷卡或找工作人员</source>
        <translation>Could not read that, please scan again or ask a member of staff</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="120"/>
        <source>没有编号为 {sign_in_id} 的签到记录</source>
        <translation>There is no sign-in no. {sign_in_id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="245"/>
        <source>这条签到已作废，不能签退</source>
        <translation>This sign-in is voided and cannot be signed out</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="249"/>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="332"/>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="432"/>
        <source>已于 {time} 签退</source>
        <translation>Already signed out at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="253"/>
        <location filename="../../desktop/models/attendance/attendance.py" line="293"/>
        <source>签退时间不能早于签到时间</source>
        <translation>The sign-out time cannot be before the sign-in time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="258"/>
        <source>只能签退当天的签到；以前的日期请由工作人员更正</source>
        <translation>Only today&apos;s sign-ins can be signed out; staff correct those of earlier days</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="272"/>
        <location filename="../../desktop/models/volunteers/no_shows.py" line="87"/>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="245"/>
        <source>请填写原因</source>
        <translation>Enter a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="287"/>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="219"/>
        <source>签到时间不能晚于现在</source>
        <translation>The sign-in time cannot be later than now</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="290"/>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="342"/>
        <source>签退时间不能晚于现在</source>
        <translation>The sign-out time cannot be later than now</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="296"/>
        <source>签退应与签到在同一天</source>
        <translation>The sign-out must be on the same day as the sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="315"/>
        <source>编号 {person_id} 不是会员，不能签到</source>
        <translation>No. {person_id} is not a member and cannot sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="321"/>
        <source>此人已归档，不能签到；如需补签请先恢复</source>
        <translation>This person is archived and cannot sign in; restore them first to add a sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="326"/>
        <source>此会员在这一天不在册（尚未入会或已离开），不能签到</source>
        <translation>This member was not on the register that day (not yet joined, or left) and cannot sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="335"/>
        <source>{name} 已于 {day} {time} 签到</source>
        <translation>{name} already signed in on {day} at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="356"/>
        <source>这条签到已作废，不能更正</source>
        <translation>This sign-in is voided and cannot be corrected</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="362"/>
        <source>更正后的签到时间应仍在当天；其他日期请作废后补签</source>
        <translation>The corrected sign-in must stay on the same day; for another day, void it and add a new sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="387"/>
        <source>这条签到已经作废</source>
        <translation>This sign-in is already voided</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="390"/>
        <source>{name} 在 {day} 的签到还不能作废：当天凭这次签到记下了{records}。请先取消或作废这些记录，再作废签到</source>
        <translation>{name}&apos;s sign-in on {day} cannot be voided yet: these records rest on it: {records}. Take them back or void them first, then void the sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="447"/>
        <source>纸质签到表的日期和时间不能晚于现在</source>
        <translation>The paper sheet&apos;s date and time cannot be later than now</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance.py" line="458"/>
        <source>编号 {person_id} 在 {day} 不是在册会员，不能签到</source>
        <translation>No. {person_id} was not a member on the register on {day} and cannot be signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance_month.py" line="41"/>
        <source>月份应为 YYYY-MM，如 2026-11，现在是“{month}”</source>
        <translation>The month must be written YYYY-MM, e.g. 2026-11; it is “{month}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/attendance_month.py" line="81"/>
        <source>服务项目应为 {programmes} 之一</source>
        <translation>The programme must be one of {programmes}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/audit.py" line="136"/>
        <source>编号 {first}</source>
        <translation>no. {first}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/audit.py" line="138"/>
        <source>编号 {first}–{last}</source>
        <translation>nos. {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/audit.py" line="145"/>
        <source>操作日志末尾的记录（{span}）已被删除</source>
        <translation>The entries at the end of the audit log ({span}) have been deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/audit.py" line="151"/>
        <source>操作日志{span} 的记录已被删除</source>
        <translation>The audit log entries {span} have been deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/audit.py" line="166"/>
        <source>操作日志编号 {entry_id} 的记录顺序被调换过（其内容原本接在现编号 {holder} 的记录之后）</source>
        <translation>Audit log entry no. {entry_id} has been moved (its content originally followed the entry now numbered {holder})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/audit.py" line="182"/>
        <source>操作日志编号 {prev_id} 的记录不是按顺序写入的（被插入或移动过）</source>
        <translation>Audit log entry no. {prev_id} was not written in order (inserted or moved)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/audit.py" line="196"/>
        <location filename="../../desktop/models/admin/audit.py" line="227"/>
        <source>操作日志编号 {entry_id} 的记录被改动过（内容与哈希不符）</source>
        <translation>Audit log entry no. {entry_id} has been altered (its content does not match its hash)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/audit.py" line="208"/>
        <source>操作日志编号 {prev_id} 的记录被改动过（与下一条记录的链接不符）</source>
        <translation>Audit log entry no. {prev_id} has been altered (it does not match the link of the next entry)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/audit.py" line="244"/>
        <source>操作日志的链尾标记已被删除，无法确认最新的记录是否完整</source>
        <translation>The audit log&apos;s end-of-chain mark has been deleted: the latest entries cannot be confirmed complete</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/audit.py" line="260"/>
        <source>操作日志编号 {first_added} 的记录不是由本软件写入的（在链尾之后被添加）</source>
        <translation>Audit log entry no. {first_added} was not written by this app (added after the end of the chain)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/audit.py" line="272"/>
        <source>操作日志编号 {last_id} 的记录被改动过（与链尾标记不符）</source>
        <translation>Audit log entry no. {last_id} has been altered (it does not match the end-of-chain mark)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/audit.py" line="313"/>
        <source>操作日志的只追加保护已被删除（缺少触发器：{triggers}），现有 {checked} 条记录的哈希链未见改动</source>
        <translation>The audit log&apos;s append-only protection has been removed (missing triggers: {triggers}); the hash chain of the entries ({checked}) shows no changes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/audit.py" line="326"/>
        <source>操作日志完整：共 {checked} 条记录，哈希链校验通过</source>
        <translation>The audit log is complete: the hash chain of all entries ({checked}) checks out</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/audit_query.py" line="108"/>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup.py" line="201"/>
        <source>保留数量应在 {low} 到 {high} 之间</source>
        <translation>The number kept must be between {low} and {high}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup.py" line="208"/>
        <source>第二备份位置应为完整路径，如 E:\温馨家园备份</source>
        <translation>The second backup folder must be a full path, e.g. E:\WarmHomeBackup</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup.py" line="212"/>
        <source>第二备份位置不能与主备份文件夹相同</source>
        <translation>The second backup folder cannot be the main backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup.py" line="265"/>
        <source>无法创建备份文件夹 {target}：{reason}</source>
        <translation>Cannot create the backup folder {target}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup.py" line="272"/>
        <source>备份位置 {target} 不是文件夹</source>
        <translation>The backup location {target} is not a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup.py" line="303"/>
        <source>备份 {final} 校验未通过（{problem}），已删除该备份，旧备份未删除</source>
        <translation>The backup {final} failed its check ({problem}); it was deleted, older backups were kept</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup.py" line="318"/>
        <source>无法写入备份 {final}：{reason}</source>
        <translation>Cannot write the backup {final}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup.py" line="332"/>
        <source>第二备份位置 {second} 不可用（U盘未插入或网络位置未连接？），本次只备份到 {folder}</source>
        <translation>The second backup folder {second} is not available (USB stick not plugged in, or network location not connected?); this backup went to {folder} only</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup.py" line="347"/>
        <source>未设置加密口令，没有复制到第二备份位置 {second}；请管理员在设置中设置口令</source>
        <translation>No encryption passphrase is set, so nothing was copied to the second backup folder {second}; an administrator sets the passphrase in Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup.py" line="366"/>
        <source>无法写入第二备份位置 {second}（{reason}），本次只备份到 {folder}</source>
        <translation>Cannot write to the second backup folder {second} ({reason}); this backup went to {folder} only</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup.py" line="397"/>
        <source>旧备份 {path} 无法删除：{reason}</source>
        <translation>The old backup {path} cannot be deleted: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup.py" line="441"/>
        <location filename="../../desktop/models/admin/backup_crypto.py" line="167"/>
        <source>无法读取备份文件 {path}：{reason}</source>
        <translation>Cannot read the backup file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup.py" line="451"/>
        <source>无法读取备份文件 {path}</source>
        <translation>Cannot read the backup file {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_crypto.py" line="120"/>
        <source>口令至少{minimum}位，现在是{length}位</source>
        <translation>The passphrase needs at least {minimum} characters; it has {length}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_crypto.py" line="126"/>
        <source>口令最多{limit}位</source>
        <translation>The passphrase can have at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_crypto.py" line="174"/>
        <source>文件 {path} 不是本软件的加密备份</source>
        <translation>The file {path} is not an encrypted backup of this app</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_crypto.py" line="179"/>
        <location filename="../../desktop/models/admin/backup_crypto.py" line="208"/>
        <source>加密备份 {path} 不完整（文件被截断或未复制完），不能使用</source>
        <translation>The encrypted backup {path} is incomplete (cut short or not fully copied) and cannot be used</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_crypto.py" line="189"/>
        <source>加密备份 {path} 由更新版本的软件创建（格式版本 {version}），请先升级软件</source>
        <translation>The encrypted backup {path} was made by a newer release (format version {version}); update the app first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_crypto.py" line="201"/>
        <source>加密备份 {path} 的文件头已损坏，不能使用</source>
        <translation>The header of the encrypted backup {path} is damaged; it cannot be used</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_crypto.py" line="217"/>
        <source>加密备份 {path} 已损坏（长度与文件头不符），不能使用</source>
        <translation>The encrypted backup {path} is damaged (its length does not match its header) and cannot be used</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_crypto.py" line="236"/>
        <source>口令不正确，无法打开加密备份 {path}</source>
        <translation>The passphrase is not correct; the encrypted backup {path} cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_crypto.py" line="289"/>
        <source>加密备份 {path} 与当前口令不符</source>
        <translation>The encrypted backup {path} does not match the current passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_crypto.py" line="312"/>
        <source>加密备份 {path} 已损坏或被改动（校验失败），不能使用</source>
        <translation>The encrypted backup {path} is damaged or was altered (its check failed) and cannot be used</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_restore.py" line="88"/>
        <source>备份文件 {source} 已加密，请输入口令</source>
        <translation>The backup file {source} is encrypted: enter the passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_restore.py" line="97"/>
        <source>无法解密备份文件 {source}：{reason}</source>
        <translation>Cannot decrypt the backup file {source}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_restore.py" line="109"/>
        <source>无法读取备份文件 {source}：{reason}</source>
        <translation>Cannot read the backup file {source}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_restore.py" line="117"/>
        <source>文件 {source} 不是本软件的备份文件</source>
        <translation>The file {source} is not a backup of this app</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_restore.py" line="130"/>
        <source>无法复制备份文件 {source}：{reason}</source>
        <translation>Cannot copy the backup file {source}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_restore.py" line="142"/>
        <source>备份文件 {source} 已损坏（{problem}），不能恢复</source>
        <translation>The backup file {source} is damaged ({problem}) and cannot be restored</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_restore.py" line="186"/>
        <source>无法先备份当前数据库 {path}（{reason}），未恢复，数据未改变</source>
        <translation>Cannot first back up the current database {path} ({reason}); nothing was restored and the data is unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_restore.py" line="203"/>
        <source>数据库 {path} 仍被其他程序打开，请先关闭所有使用它的温馨家园工作台再恢复；数据未改变</source>
        <translation>The database {path} is still open in another program: close every Warm Home Desktop that uses it, then restore; the data is unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_restore.py" line="247"/>
        <source>找不到备份文件 {source}</source>
        <translation>The backup file {source} cannot be found</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_restore.py" line="252"/>
        <source>{source} 就是当前数据库，不能用它恢复自己</source>
        <translation>{source} is the current database; it cannot restore itself</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_restore.py" line="261"/>
        <location filename="../../desktop/models/storage/db_checks.py" line="181"/>
        <source>无法创建数据库所在文件夹 {folder}：{reason}</source>
        <translation>Cannot create the database&apos;s folder {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_restore.py" line="282"/>
        <source>未能用 {source} 替换数据库：{reason}</source>
        <translation>Could not replace the database with {source}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_restore.py" line="308"/>
        <source>；恢复前的数据在 {safety}</source>
        <translation>; the data from before the restore is in {safety}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/backup_restore.py" line="314"/>
        <source>已用 {source} 恢复，但打开恢复后的数据库失败：{reason}{kept}</source>
        <translation>Restored from {source}, but the restored database cannot be opened: {reason}{kept}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/centre.py" line="78"/>
        <source>请填写中心名称</source>
        <translation>Enter the centre&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/centre.py" line="80"/>
        <source>中心名称最多50个字</source>
        <translation>The centre&apos;s name can have at most 50 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/centre.py" line="84"/>
        <source>请填写中心编码（区残联分配，用于报表文件名）</source>
        <translation>Enter the centre code (given by the district federation, used in report file names)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/centre.py" line="88"/>
        <source>中心编码应为2–20位字母、数字或连字符，如 XC-XCAJ-01</source>
        <translation>The centre code must be 2–20 letters, digits or hyphens, e.g. XC-XCAJ-01</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/centre.py" line="91"/>
        <source>请填写所属区</source>
        <translation>Enter the district</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/centre.py" line="93"/>
        <source>所属区最多20个字</source>
        <translation>The district can have at most 20 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/centre.py" line="95"/>
        <source>街道最多20个字</source>
        <translation>The street can have at most 20 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/centre.py" line="98"/>
        <source>负责人姓名最多20个字</source>
        <translation>The name of the person in charge can have at most 20 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/centre.py" line="153"/>
        <source>自动锁定时间应为0–{limit}分钟</source>
        <translation>The idle lock must be 0–{limit} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/dashboard.py" line="228"/>
        <source>还没有成功的备份，请立即备份</source>
        <translation>There is no successful backup yet: back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/dashboard.py" line="232"/>
        <source>最近一次成功备份是 {days} 天前（{when}），已超过{limit}天，请尽快备份</source>
        <translation>The last successful backup was {days} days ago ({when}), more than {limit} days: back up soon</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/dashboard.py" line="261"/>
        <source>本月：{finding}</source>
        <translation>This month: {finding}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/dashboard.py" line="279"/>
        <source>{month} 的月报还没有报送关账：请导出并报送</source>
        <translation>The monthly report for {month} has not been submitted and closed: export and submit it</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="38"/>
        <source>磁盘空间已满，请清理磁盘（删除不需要的文件、清空回收站）后再保存</source>
        <translation>The disk is full: free some space (delete files you do not need, empty the recycle bin), then save again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="43"/>
        <source>读写磁盘出错，请检查磁盘或U盘是否已拔出</source>
        <translation>The disk could not be read or written: check the disk, or whether the USB stick was pulled out</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="45"/>
        <source>数据库文件或所在磁盘是只读的</source>
        <translation>The database file or its disk is read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="46"/>
        <location filename="../../desktop/models/storage/db_location.py" line="47"/>
        <source>数据库正被其他程序占用</source>
        <translation>The database is in use by another program</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="64"/>
        <source>{explanation}（{error}）</source>
        <translation>{explanation} ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="94"/>
        <source>{size} 字节</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="174"/>
        <source>只剩 {free}</source>
        <translation>has only {free} free</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="176"/>
        <source>没有剩余空间</source>
        <translation>has no space left</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="181"/>
        <source>磁盘空间已满：数据库文件 {path} 所在的磁盘（{folder}）{left}，打开数据库需要写入少量数据。打不开的原因是磁盘已满，不是文件损坏；数据库文件没有被改变。请清理这个磁盘（删除不需要的文件、清空回收站），腾出至少 {room} 后重试</source>
        <translation>The disk is full: the disk holding the database file {path} ({folder}) {left}, and opening the database writes a little data. It cannot be opened because the disk is full, not because the file is damaged; the database file was not changed. Clean up this disk (delete files you do not need, empty the recycle bin) to free at least {room}, then try again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="194"/>
        <source>磁盘空间已满：{folder} 所在的磁盘{left}，无法新建数据库 {path}。请清理这个磁盘（删除不需要的文件、清空回收站），腾出至少 {room} 后重试；没有建立任何文件</source>
        <translation>The disk is full: the disk holding {folder} {left}, so the database {path} cannot be created. Clean up this disk (delete files you do not need, empty the recycle bin) to free at least {room}, then try again; no file was created</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="212"/>
        <source>数据库文件 {path} 所在的磁盘是只读的（例如写保护的U盘、光盘或只读的网络共享），软件不能在那里打开和保存数据。打不开的原因是磁盘只读，不是文件损坏；数据库文件没有被改变。请把它复制到电脑上可以写入的文件夹（例如“文档”）再打开复制的文件，或打开U盘的写保护开关后重试</source>
        <translation>The disk holding the database file {path} is read-only (a write-protected USB stick, a CD or a read-only network share, for example), so the app cannot open and save data there. It cannot be opened because the disk is read-only, not because the file is damaged; the database file was not changed. Copy it to a folder on the computer that can be written (such as “Documents”) and open the copy, or switch off the USB stick&apos;s write protection and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="222"/>
        <source>{folder} 所在的磁盘是只读的（例如写保护的U盘、光盘或只读的网络共享），无法在那里新建数据库 {path}。请选择电脑上可以写入的文件夹，或打开U盘的写保护开关后重试；没有建立任何文件</source>
        <translation>The disk holding {folder} is read-only (a write-protected USB stick, a CD or a read-only network share, for example), so the database {path} cannot be created there. Choose a folder on the computer that can be written, or switch off the USB stick&apos;s write protection and try again; no file was created</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="238"/>
        <source>不能在数据库所在的文件夹 {folder} 中写入（文件夹是只读的，或当前用户没有写入权限），而打开数据库需要在 {file} 旁边建立临时文件（{file}-wal、{file}-shm）。打不开的原因是文件夹不能写入，不是文件损坏；数据库文件没有被改变。请取消该文件夹的只读属性，或请电脑管理员给当前用户写入权限；也可以把 {path} 复制到可以写入的文件夹（例如“文档”）再打开复制的文件</source>
        <translation>The database&apos;s folder {folder} cannot be written (the folder is read-only, or this user may not write there), and opening the database makes temporary files beside {file} ({file}-wal, {file}-shm). It cannot be opened because the folder cannot be written, not because the file is damaged; the database file was not changed. Clear the folder&apos;s read-only setting or ask the computer&apos;s administrator to let this user write there; or copy {path} to a folder that can be written (such as “Documents”) and open the copy</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="252"/>
        <source>不能在文件夹 {folder} 中写入（文件夹是只读的，或当前用户没有写入权限），无法新建数据库 {path}。请取消该文件夹的只读属性、请电脑管理员给当前用户写入权限，或选择另一个文件夹；没有建立任何文件</source>
        <translation>The folder {folder} cannot be written (the folder is read-only, or this user may not write there), so the database {path} cannot be created. Clear the folder&apos;s read-only setting, ask the computer&apos;s administrator to let this user write there, or choose another folder; no file was created</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="266"/>
        <source>数据库文件 {path} 是只读的（文件属性为只读，或当前用户没有修改它的权限），软件不能在其中保存数据。这不是文件损坏；数据库文件没有被改变。请右键点击该文件，在“属性”中取消勾选“只读”（Linux：chmod u+w 文件名），或请电脑管理员给当前用户修改权限；也可以把它复制到可以写入的文件夹再打开复制的文件</source>
        <translation>The database file {path} is read-only (its read-only attribute is set, or this user may not change it), so the app cannot save data in it. The file is not damaged and was not changed. Right-click the file and clear “Read-only” under “Properties” (Linux: chmod u+w file name), or ask the computer&apos;s administrator to let this user change it; or copy it to a folder that can be written and open the copy</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="315"/>
        <source>无法在文件夹 {folder} 中写入：{reason}，数据库 {path} 未做任何修改</source>
        <translation>Cannot write in the folder {folder}: {reason}; the database {path} was not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_location.py" line="334"/>
        <source>无法写入数据库文件 {path}：{reason}，文件未做任何修改</source>
        <translation>Cannot write the database file {path}: {reason}; the file was not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_checks.py" line="100"/>
        <source>无法读取数据库文件 {path}：{reason}</source>
        <translation>Cannot read the database file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_checks.py" line="112"/>
        <source>文件 {path} 不是本软件的数据库（不是 SQLite 文件），未做任何修改</source>
        <translation>The file {path} is not a database of this app (not an SQLite file); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/db.py" line="318"/>
        <source>无法打开数据库文件 {path}：{error}</source>
        <translation>Cannot open the database file {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_checks.py" line="144"/>
        <source>文件 {path} 是其他软件的 SQLite 数据库，不是本软件的数据库，未做任何修改</source>
        <translation>The file {path} is another program&apos;s SQLite database, not one of this app; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_checks.py" line="154"/>
        <source>数据库文件 {path} 由更新版本的软件创建（结构版本 {version}，本软件支持到 {supported}），请升级软件；文件未做任何修改</source>
        <translation>The database file {path} was made by a newer release (schema version {version}; this app supports up to {supported}): update the app; the file was not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_checks.py" line="188"/>
        <source>数据库位置 {folder} 不是文件夹</source>
        <translation>The database location {folder} is not a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_checks.py" line="52"/>
        <source>数据库文件 {path} 正被其他程序占用，暂时无法打开，请稍后再试（{error}）；文件未做任何修改</source>
        <translation>The database file {path} is in use by another program and cannot be opened just now; try again in a moment ({error}); the file was not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_checks.py" line="81"/>
        <source>读写数据库文件 {path} 时出错：{reason}</source>
        <translation>Reading or writing the database file {path} failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_checks.py" line="193"/>
        <source>数据库路径 {path} 是一个文件夹，应为文件</source>
        <translation>The database path {path} is a folder; it must be a file</translation>
    </message>
    <message>
        <location filename="../../desktop/models/db.py" line="200"/>
        <source>数据库暂时无法写入：{reason}，数据未写入</source>
        <translation>The database cannot be written just now: {reason}; nothing was saved</translation>
    </message>
    <message>
        <location filename="../../desktop/models/db.py" line="213"/>
        <location filename="../../desktop/models/db.py" line="225"/>
        <source>保存失败，数据未写入：{reason}</source>
        <translation>Saving failed, nothing was saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/snapshot_files.py" line="197"/>
        <source>外键错误：表 {table} 第 {row} 行引用了不存在的 {target}</source>
        <translation>Foreign key error: row {row} of table {table} refers to a missing {target}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/db.py" line="278"/>
        <source>数据库文件 {path} 已损坏：{error}</source>
        <translation>The database file {path} is damaged: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/db.py" line="391"/>
        <source>无法新建数据库文件 {path}：{reason}</source>
        <translation>Cannot create the database file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/db.py" line="418"/>
        <source>新建数据库 {path} 失败：{reason}</source>
        <translation>Creating the database {path} failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/db.py" line="425"/>
        <source>升级数据库 {path} 失败，未做修改：{reason}</source>
        <translation>Upgrading the database {path} failed; nothing was changed: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/db.py" line="455"/>
        <source>数据库 {path} 正在保存一项修改，现在不能备份，请稍后再试</source>
        <translation>The database {path} is saving a change and cannot be backed up now; try again in a moment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/db.py" line="474"/>
        <source>无法写入备份文件 {file}：{reason}</source>
        <translation>Cannot write the backup file {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/snapshot_files.py" line="107"/>
        <source>无法读取备份文件 {shown}：{reason}</source>
        <translation>Cannot read the backup file {shown}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/snapshot_files.py" line="114"/>
        <source>文件 {shown} 不是本软件的备份文件</source>
        <translation>The file {shown} is not a backup of this app</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/snapshot_files.py" line="124"/>
        <source>无法打开备份文件 {shown}：{error}</source>
        <translation>Cannot open the backup file {shown}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/snapshot_files.py" line="137"/>
        <source>文件 {shown} 不是本软件的备份文件（是其他数据库）</source>
        <translation>The file {shown} is not a backup of this app (it is another database)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/snapshot_files.py" line="146"/>
        <source>备份文件 {shown} 由更新版本的软件创建（结构版本 {version}，本软件支持到 {supported}），请先升级软件</source>
        <translation>The backup file {shown} was made by a newer release (schema version {version}; this app supports up to {supported}): update the app first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/snapshot_files.py" line="166"/>
        <source>备份文件 {shown} 已损坏，无法读取（{error}）</source>
        <translation>The backup file {shown} is damaged and cannot be read ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/snapshot_files.py" line="187"/>
        <source>备份文件 {shown} 不完整（文件被截断或未复制完），不能使用</source>
        <translation>The backup file {shown} is incomplete (cut short or not fully copied) and cannot be used</translation>
    </message>
    <message>
        <location filename="../../desktop/models/demo/demo.py" line="223"/>
        <source>数据库中已有人员，演示数据只能载入空数据库</source>
        <translation>The database already holds people; demo data can only be loaded into an empty database</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/district.py" line="53"/>
        <source>应报中心名单第 {number} 项缺少中心编码</source>
        <translation>Entry {number} of the expected centres has no centre code</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/district.py" line="60"/>
        <source>应报中心名单第 {number} 项的中心编码 {code} 不正确：应为2–20位字母、数字或连字符</source>
        <translation>The centre code {code} of entry {number} of the expected centres is not correct: it must be 2–20 letters, digits or hyphens</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/district.py" line="64"/>
        <source>应报中心名单中的中心编码 {code} 重复</source>
        <translation>The centre code {code} appears twice in the expected centres</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/district.py" line="68"/>
        <source>应报中心名单中 {code} 的名称或街道太长</source>
        <translation>The name or street of {code} in the expected centres is too long</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/district.py" line="76"/>
        <source>应报中心名单最多 {limit} 个中心</source>
        <translation>The expected centres can list at most {limit} centres</translation>
    </message>
    <message>
        <location filename="../../desktop/models/errors.py" line="31"/>
        <source>输入不正确</source>
        <translation>The input is not correct</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="21"/>
        <source>视力</source>
        <translation>Visual</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="22"/>
        <source>听力</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="23"/>
        <source>言语</source>
        <translation>Speech</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="24"/>
        <source>肢体</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="25"/>
        <source>智力</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="26"/>
        <source>精神</source>
        <translation>Mental</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="27"/>
        <source>多重</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="30"/>
        <source>一级</source>
        <translation>Grade 1</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="31"/>
        <source>二级</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="32"/>
        <source>三级</source>
        <translation>Grade 3</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="33"/>
        <source>四级</source>
        <translation>Grade 4</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="75"/>
        <source>身份证号应为18位，现在是{length}位</source>
        <translation>The ID card number needs 18 characters; it has {length}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="78"/>
        <source>身份证号前17位应为数字，最后一位为数字或X</source>
        <translation>The ID card number needs 17 digits followed by a digit or X</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="82"/>
        <source>身份证号中的出生日期 {birth} 不是有效日期</source>
        <translation>The birth date {birth} in the ID card number is not a real date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="86"/>
        <source>身份证号中的出生日期在今天之后</source>
        <translation>The birth date in the ID card number is after today</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="88"/>
        <source>身份证号中的出生年份早于1900年</source>
        <translation>The birth year in the ID card number is before 1900</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="91"/>
        <source>身份证号校验位不正确，请核对每一位数字</source>
        <translation>The check character of the ID card number is wrong: check every digit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="142"/>
        <source>残疾人证号应为20位（身份证号18位+类别1位+等级1位），现在是{length}位</source>
        <translation>The disability certificate number needs 20 characters (18 of the ID card number + 1 for the category + 1 for the grade); it has {length}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="150"/>
        <source>残疾人证号第19位是残疾类别，应为1–7</source>
        <translation>Character 19 of the disability certificate number is the category: it must be 1–7</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="152"/>
        <source>残疾人证号第20位是残疾等级，应为1–4</source>
        <translation>Character 20 of the disability certificate number is the grade: it must be 1–4</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="154"/>
        <source>残疾人证号格式不正确：应为身份证号+类别(1–7)+等级(1–4)，补发证可带B1–B9</source>
        <translation>The disability certificate number is not in the right form: ID card number + category (1–7) + grade (1–4), reissued certificates may end in B1–B9</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="161"/>
        <source>残疾人证号的前18位不是有效身份证号：{problem}</source>
        <translation>The first 18 characters of the disability certificate number are not a valid ID card number: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="164"/>
        <source>残疾人证号的前18位应与身份证号一致</source>
        <translation>The first 18 characters of the disability certificate number must match the ID card number</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="188"/>
        <source>电话号码只能包含数字和连字符“-”</source>
        <translation>A phone number can only hold digits and hyphens “-”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="193"/>
        <source>手机号应为11位，以13–19开头</source>
        <translation>A mobile number needs 11 digits beginning with 13–19</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/identity.py" line="195"/>
        <source>电话格式不正确：手机号11位，座机如 010-66012345 或 66012345</source>
        <translation>The phone number is not in the right form: a mobile number has 11 digits, a landline looks like 010-66012345 or 66012345</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/indicator_provider.py" line="26"/>
        <source>开展活动</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/indicator_provider.py" line="27"/>
        <location filename="../../desktop/models/care/indicator_provider.py" line="34"/>
        <location filename="../../desktop/models/care/providers.py" line="36"/>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="41"/>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/indicator_provider.py" line="28"/>
        <source>参加活动人次</source>
        <translation>Activity participations</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/indicator_provider.py" line="29"/>
        <location filename="../../desktop/models/attendance/indicator_provider.py" line="30"/>
        <location filename="../../desktop/models/care/indicator_provider.py" line="33"/>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="40"/>
        <source>人次</source>
        <translation>person-times</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/indicator_provider.py" line="30"/>
        <source>本年参加文体活动满{target}次的会员</source>
        <translation>Members with {target} or more activities this year</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/indicator_provider.py" line="32"/>
        <location filename="../../desktop/models/attendance/indicator_provider.py" line="31"/>
        <location filename="../../desktop/models/care/indicator_provider.py" line="31"/>
        <location filename="../../desktop/models/people/indicator_provider.py" line="25"/>
        <location filename="../../desktop/models/sales/indicator_provider.py" line="44"/>
        <location filename="../../desktop/models/subsidy/indicator_provider.py" line="23"/>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="39"/>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../desktop/models/activities/indicator_provider.py" line="67"/>
        <source>{count} 条活动参加记录的活动日期晚于今天，请更正日期或移除参加者</source>
        <translation>Activity participations dated after today: {count}; correct the date or remove the participants</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/indicator_provider.py" line="26"/>
        <source>温馨家园</source>
        <translation>Warm Home</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/indicator_provider.py" line="27"/>
        <source>职康站</source>
        <translation>Vocational Rehab Station</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/indicator_provider.py" line="28"/>
        <source>日间照料</source>
        <translation>Day Care</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/indicator_provider.py" line="34"/>
        <source>签到人次</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/indicator_provider.py" line="36"/>
        <source>签到人数</source>
        <translation>Members signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/indicator_provider.py" line="38"/>
        <source>开放天数</source>
        <translation>Days open</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/indicator_provider.py" line="39"/>
        <location filename="../../desktop/models/subsidy/indicator_provider.py" line="25"/>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/indicator_provider.py" line="40"/>
        <source>日均签到人次</source>
        <translation>Average sign-ins per day</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/indicator_provider.py" line="44"/>
        <source>{programme}签到人次</source>
        <translation>{programme}: sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/indicator_provider.py" line="47"/>
        <source>{programme}签到人数</source>
        <translation>{programme}: members signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/indicator_provider.py" line="92"/>
        <source>{count} 条往日签到没有签退记录</source>
        <translation>Sign-ins of past days without a sign-out: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/indicator_provider.py" line="97"/>
        <source>{count} 条签到的日期晚于今天，请作废或更正</source>
        <translation>Sign-ins dated after today: {count}; void or correct them</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/indicator_provider.py" line="26"/>
        <source>在册会员：{group}</source>
        <translation>Members on the register: {group}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/indicator_provider.py" line="29"/>
        <source>在册会员</source>
        <translation>Members on the register</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/indicator_provider.py" line="37"/>
        <source>在册会员：类别不详（无证）</source>
        <translation>Members on register: category unknown (no certificate)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/indicator_provider.py" line="43"/>
        <source>在册会员：等级不详（无证）</source>
        <translation>Members on register: grade unknown (no certificate)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/indicator_provider.py" line="45"/>
        <source>新入会会员</source>
        <translation>Members joined</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/indicator_provider.py" line="47"/>
        <source>离会会员</source>
        <translation>Members left</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/indicator_provider.py" line="82"/>
        <source>{count} 名在册会员没有残疾证号，请在人员登记中补全</source>
        <translation>Members on the register without a disability certificate number: {count}; add the numbers under People</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/indicator_provider.py" line="89"/>
        <source>{count} 名会员的入会或离会日期晚于今天，请更正</source>
        <translation>Members with a joining or leaving date after today: {count}; correct the dates</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/indicator_provider.py" line="22"/>
        <source>享受生活补助人数</source>
        <translation>Members receiving the living subsidy</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/indicator_provider.py" line="24"/>
        <source>生活补助天数</source>
        <translation>Living subsidy days</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/indicator_provider.py" line="27"/>
        <source>生活补助金额</source>
        <translation>Living subsidy amount</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/indicator_provider.py" line="52"/>
        <source>{count} 名会员的补助天数多于本月开放天数（{open_days} 天），如 {name}：{days} 天</source>
        <translation>Members with more subsidy days than the centre was open this month ({open_days} days): {count}, e.g. {name}: {days} days</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/indicators.py" line="190"/>
        <source>{month} 还没有到：不能导出未来的月份</source>
        <translation>{month} has not come yet: a future month cannot be exported</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/indicators.py" line="228"/>
        <source>本月尚未结束，数据截至 {day}</source>
        <translation>The month has not ended yet; the figures run to {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/messages.py" line="58"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/month_close.py" line="57"/>
        <source>{month} 已报送关账，记录只读；如需修改请管理员重新开账</source>
        <translation>{month} has been submitted and closed; its records are read-only. To change them, an administrator must reopen the month</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/month_close.py" line="65"/>
        <source>该月</source>
        <translation>that month</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/month_close.py" line="67"/>
        <source>这些月份</source>
        <translation>those months</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/month_close.py" line="70"/>
        <source>{months} 已报送关账，这样修改会改变{which}报表中的会员人数（在册、新入会或离会），未保存；如需修改请管理员重新开账</source>
        <translation>{months} has been submitted and closed: this change would alter the member counts (on the register, joined or left) in the report of {which}, so it was not saved. To change it, an administrator must reopen the month</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/month_close.py" line="253"/>
        <source>{month} 第 {revision} 版是用旧版本软件导出的，没有记录文件位置；请重新导出后再报送</source>
        <translation>Revision {revision} of {month} was exported by an older release, which did not record where the file is: export again, then submit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/month_close.py" line="269"/>
        <source>找不到导出的文件 {path}，未报送：报送前请不要移动、改名或删除它；请把它放回原处，或重新导出后再报送</source>
        <translation>The exported file {path} cannot be found, so nothing was submitted: do not move, rename or delete it before submitting; put it back, or export again and then submit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/month_close.py" line="282"/>
        <source>文件 {path} 与导出时不同（SHA-256 不一致，可能在 Excel 中打开后保存过或被替换了），未报送；请重新导出后再报送</source>
        <translation>The file {path} differs from the export (its SHA-256 does not match: it may have been saved in Excel or replaced), so nothing was submitted: export again, then submit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/month_close.py" line="311"/>
        <source>{month} 还没有到，不能报送</source>
        <translation>{month} has not come yet and cannot be submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/month_close.py" line="319"/>
        <source>{month} 是本月，还没有结束；月底之后才能报送关账</source>
        <translation>{month} is the current month and has not ended; it can be submitted and closed after the month ends</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/month_close.py" line="332"/>
        <source>{month} 已经报送关账（第 {revision} 版），不能重复报送</source>
        <translation>{month} has already been submitted and closed (revision {revision}); it cannot be submitted twice</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/month_close.py" line="344"/>
        <source>先导出本月报表再报送（{month} 第 {revision} 版还没有导出）</source>
        <translation>Export the month&apos;s report before submitting it (revision {revision} of {month} has not been exported)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/month_close.py" line="359"/>
        <source>导出之后 {month} 的记录又有 {count} 处修改，请重新导出再报送</source>
        <translation>Records of {month} changed after the export: {count}; export again, then submit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/month_close.py" line="394"/>
        <source>请填写重新开账的原因</source>
        <translation>Enter the reason for reopening the month</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reporting/month_close.py" line="409"/>
        <source>{month} 没有报送关账，不需要重新开账</source>
        <translation>{month} has not been submitted and closed; it does not need reopening</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/people.py" line="97"/>
        <source>身份证号与已登记的 {name} 相同</source>
        <translation>The ID card number is the same as that of {name}, already registered</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/people.py" line="101"/>
        <source>残疾人证号与已登记的 {name} 相同</source>
        <translation>The disability certificate number is the same as that of {name}, already registered</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/people.py" line="104"/>
        <source>签到卡号已被 {name} 使用</source>
        <translation>The check-in card number is already used by {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/people.py" line="108"/>
        <source>志愿者编号已被 {name} 使用</source>
        <translation>The volunteer number is already used by {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/people.py" line="139"/>
        <source>同名且出生日期相同</source>
        <translation>same name and birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/people.py" line="148"/>
        <source>同名且电话相同</source>
        <translation>same name and phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/people.py" line="163"/>
        <source>不能把本人登记为自己的家属</source>
        <translation>A person cannot be recorded as their own family member</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/people.py" line="169"/>
        <source>关联的会员（编号 {member_id}）不存在</source>
        <translation>The linked member (no. {member_id}) does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/people.py" line="299"/>
        <source>请填写归档原因</source>
        <translation>Enter the reason for archiving</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/people.py" line="304"/>
        <source>归档原因最多{limit}个字</source>
        <translation>The reason for archiving can have at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="48"/>
        <source>跌倒</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="49"/>
        <source>癫痫发作</source>
        <translation>Seizure</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="50"/>
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="51"/>
        <source>擅自离开</source>
        <translation>Left without notice</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="52"/>
        <source>疾病</source>
        <translation>Illness</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="53"/>
        <location filename="../../desktop/models/sales/stock.py" line="40"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="54"/>
        <source>一般</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="55"/>
        <source>较重</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="56"/>
        <source>严重</source>
        <translation>Serious</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="147"/>
        <source>时间“{value}”不对：请写成 年-月-日 时:分，例如 2024-05-13 10:30</source>
        <translation>The time &quot;{value}&quot; is not right: write it as year-month-day hour:minute, e.g. 2024-05-13 10:30</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="177"/>
        <source>发生时间 {time} 还没到：请填写事件实际发生的时间</source>
        <translation>{time} has not come yet: enter when the incident actually happened</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="184"/>
        <location filename="../../desktop/models/care/meals.py" line="258"/>
        <location filename="../../desktop/models/people/people.py" line="314"/>
        <location filename="../../desktop/models/people/people.py" line="343"/>
        <location filename="../../desktop/models/people/people.py" line="364"/>
        <location filename="../../desktop/models/people/people.py" line="406"/>
        <location filename="../../desktop/models/people/people.py" line="439"/>
        <source>没有编号为 {person_id} 的人员</source>
        <translation>There is no person no. {person_id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="187"/>
        <source>事件类型应为：{kinds}</source>
        <translation>The kind should be one of: {kinds}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="190"/>
        <source>严重程度应为：{levels}</source>
        <translation>The severity should be one of: {levels}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="196"/>
        <source>请写明发生了什么（事件经过）：这是突发事件报告的主要内容</source>
        <translation>Write down what happened: it is the main part of the incident report</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="200"/>
        <source>这一栏最多{limit}个字</source>
        <translation>This field has at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="203"/>
        <source>家属姓名最多{limit}个字</source>
        <translation>The family member&apos;s name has at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="209"/>
        <source>通知家属的时间不能晚于现在</source>
        <translation>The time the family was told cannot be later than now</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="212"/>
        <source>通知家属的时间不能早于事件发生的时间</source>
        <translation>The family cannot have been told before the incident happened</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="218"/>
        <source>通知了哪位家属和通知时间要一起填写</source>
        <translation>Fill in both which family member was told and when</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="239"/>
        <source>没有编号为 {id} 的突发事件记录</source>
        <translation>There is no incident record no. {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="253"/>
        <source>{month} 已报送关账，不能在这个月登记、作废突发事件或改动其发生时间和严重程度；经过、处理、通知家属、后续跟进和结案仍可补充</source>
        <translation>{month} was submitted and closed: incidents of that month cannot be reported or voided, nor their time and severity changed; the account, action, family notice, follow-up and closing can still be completed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="290"/>
        <source>这条突发事件记录已作废，不能修改</source>
        <translation>This incident record is voided and cannot be changed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="293"/>
        <source>这条突发事件已于 {closed} 结案，不能再修改</source>
        <translation>This incident was closed on {closed} and can no longer be changed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="339"/>
        <source>这条突发事件记录已作废，不能结案</source>
        <translation>This incident record is voided and cannot be closed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="342"/>
        <source>这条突发事件已于 {closed} 结案</source>
        <translation>This incident was closed on {closed}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="320"/>
        <source>{severity}的事件结案前，请填写通知了哪位家属</source>
        <translation>Before closing a {severity} incident, enter which family member was told</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="323"/>
        <source>{severity}的事件结案前，请填写通知家属的时间</source>
        <translation>Before closing a {severity} incident, enter when the family was told</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="326"/>
        <source>{severity}的事件结案前，请写明后续跟进</source>
        <translation>Before closing a {severity} incident, write down the follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="370"/>
        <source>这条突发事件记录已经作废</source>
        <translation>This incident record is already voided</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/incidents.py" line="443"/>
        <source>{severity}突发事件未结案：{when} {who}{kind}；请通知家属、写明后续跟进后结案</source>
        <translation>{severity} incident still open: {when} {who}{kind}; tell the family, write down the follow-up, then close it</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/people.py" line="320"/>
        <source>此人已经归档</source>
        <translation>This person is already archived</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="25"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="26"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="27"/>
        <source>签到台</source>
        <translation>Sign-in kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="51"/>
        <source>登记和修改人员</source>
        <translation>register and change people</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="53"/>
        <source>查看完整证件号、电话和住址</source>
        <translation>view full ID numbers, phone numbers and addresses</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="55"/>
        <source>修改中心信息</source>
        <translation>change the centre details</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="56"/>
        <source>管理账户</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="57"/>
        <source>查看操作日志</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="58"/>
        <source>备份数据</source>
        <translation>back up the data</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="59"/>
        <source>恢复备份</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="60"/>
        <source>报送月报并关账</source>
        <translation>submit the monthly report and close the month</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="61"/>
        <source>重新打开已报送的月份</source>
        <translation>reopen a submitted month</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="62"/>
        <source>运行签到台</source>
        <translation>run the sign-in kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="64"/>
        <source>补签、更正和作废签到，管理文体活动</source>
        <translation>add, correct and void sign-ins, and manage activities</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="67"/>
        <source>查看和记录日间照料（用药、突发事件等健康信息）</source>
        <translation>view and record daily care (health information such as medication and incidents)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="70"/>
        <source>管理志愿者、排班、服务时长和志愿服务证明</source>
        <translation>manage volunteers, shifts, service time and certificates</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="73"/>
        <source>管理希联圆梦手工品的商品、库存、销售和制作者收入</source>
        <translation>Manage the handicraft products, stock, sales and makers&apos; income</translation>
    </message>
    <message>
        <location filename="../../desktop/models/admin/permissions.py" line="110"/>
        <source>“{user}”（{role}）没有权限：{permission}</source>
        <translation>“{user}” ({role}) may not {permission}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="54"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="55"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="56"/>
        <source>街道</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="57"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="58"/>
        <source>紧急联系人</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="59"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="60"/>
        <location filename="../../desktop/models/volunteers/details.py" line="98"/>
        <source>签到卡号</source>
        <translation>Check-in card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="61"/>
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="62"/>
        <source>所属组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="170"/>
        <source>{label}不是有效日期，应为 年-月-日，如 1980-05-17</source>
        <translation>{label} is not a real date; write year-month-day, e.g. 1980-05-17</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="174"/>
        <source>{label}不能晚于今天</source>
        <translation>{label} cannot be after today</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="176"/>
        <source>{label}早于1900年，请核对</source>
        <translation>{label} is before 1900: please check it</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="188"/>
        <source>请填写姓名</source>
        <translation>Enter the name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="190"/>
        <source>姓名应包含汉字或字母</source>
        <translation>The name must contain Chinese characters or letters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="118"/>
        <location filename="../../desktop/models/volunteers/shifts.py" line="315"/>
        <source>请填写{label}</source>
        <translation>Please fill in {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="119"/>
        <source>{label}应为 年-月-日 格式的真实日期，如 2024-05-13，现在是“{text}”</source>
        <translation>{label} should be a real date as year-month-day, e.g. 2024-05-13; it is &quot;{text}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="129"/>
        <source>{label}应在 {earliest} 到 {latest} 之间</source>
        <translation>{label} should be between {earliest} and {latest}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="145"/>
        <source>{name} 还没有照料档案：请先填写并保存照料档案</source>
        <translation>{name} has no care profile yet: fill in and save the care profile first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="182"/>
        <source>饮食禁忌</source>
        <translation>Diet restrictions</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="183"/>
        <source>过敏</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="184"/>
        <source>医生</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="185"/>
        <source>医院</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="186"/>
        <source>风险说明</source>
        <translation>Risk notes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="194"/>
        <source>自理能力应为 {levels} 之一</source>
        <translation>Self-care should be one of {levels}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="197"/>
        <source>饮食性状应为 {textures} 之一</source>
        <translation>Food texture should be one of {textures}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="203"/>
        <location filename="../../desktop/models/people/person_input.py" line="195"/>
        <source>{field}最多{limit}个字，现在是{length}个字</source>
        <translation>{field} can have at most {limit} characters; it has {length}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="207"/>
        <location filename="../../desktop/models/people/person_input.py" line="202"/>
        <source>{field}含有不可见的控制字符，请重新输入</source>
        <translation>{field} contains invisible control characters: type it again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="212"/>
        <source>医生电话</source>
        <translation>Doctor&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="216"/>
        <source>风险只能从 {flags} 中选择，其余写在风险说明里</source>
        <translation>Risks can only be chosen from {flags}; write anything else in the risk notes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/profile.py" line="220"/>
        <source>勾选了“其他”风险，请在风险说明里写明是什么</source>
        <translation>&quot;Other&quot; risk is ticked: say what it is in the risk notes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="210"/>
        <source>性别应为 男 或 女</source>
        <translation>The sex must be male or female</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="212"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="220"/>
        <source>出生日期与身份证号不一致</source>
        <translation>The birth date does not match the ID card number</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="224"/>
        <source>性别与身份证号不一致（第17位奇数为男，偶数为女）</source>
        <translation>The sex does not match the ID card number (an odd 17th digit is male, an even one female)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/pickups.py" line="58"/>
        <source>请填写接送人姓名</source>
        <translation>Please fill in the pick-up person&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/pickups.py" line="60"/>
        <source>姓名最多{limit}个字</source>
        <translation>The name may be at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/pickups.py" line="67"/>
        <location filename="../../desktop/models/care/providers.py" line="212"/>
        <location filename="../../desktop/models/people/person_input.py" line="227"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/pickups.py" line="78"/>
        <source>没有编号为 {id} 的接送人</source>
        <translation>There is no pick-up person number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="228"/>
        <source>紧急联系电话</source>
        <translation>Emergency phone</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/pickups.py" line="66"/>
        <location filename="../../desktop/models/care/profile.py" line="211"/>
        <location filename="../../desktop/models/people/person_input.py" line="233"/>
        <source>{label}：{problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="237"/>
        <source>请至少选择一个身份：会员、志愿者或家属/监护人</source>
        <translation>Choose at least one role: member, volunteer or family member / guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/pickups.py" line="63"/>
        <location filename="../../desktop/models/people/person_input.py" line="243"/>
        <source>与会员关系最多20个字</source>
        <translation>The relationship to the member can have at most 20 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="253"/>
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="254"/>
        <source>离开日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="261"/>
        <source>离开日期不能早于入会日期</source>
        <translation>The leaving date cannot be before the joining date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/people/person_input.py" line="264"/>
        <source>签到卡号只能包含字母、数字和连字符</source>
        <translation>The check-in card number can only hold letters, digits and hyphens</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/subsidy.py" line="119"/>
        <location filename="../../desktop/models/subsidy/subsidy.py" line="216"/>
        <source>日补助标准不能为负数</source>
        <translation>The daily rate cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/subsidy.py" line="126"/>
        <source>日补助标准应为金额（元），最多两位小数，如 40 或 40.50，现在是“{text}”</source>
        <translation>The daily rate must be an amount in yuan with at most two decimals, e.g. 40 or 40.50; it is “{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/subsidy.py" line="152"/>
        <source>未设定</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/subsidy.py" line="154"/>
        <source>最初设定</source>
        <translation>initial setting</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/subsidy.py" line="157"/>
        <source>{effective_from} 起执行</source>
        <translation>from {effective_from}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/subsidy.py" line="213"/>
        <source>日补助标准应为整数（分）</source>
        <translation>The daily rate must be a whole number of fen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/subsidy.py" line="219"/>
        <source>日补助标准最高 {limit} 元，请检查是否多输了0</source>
        <translation>The daily rate can be at most {limit} yuan: check for an extra 0</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/subsidy.py" line="226"/>
        <source>最短停留时间应为整数（分钟）</source>
        <translation>The minimum stay must be a whole number of minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/subsidy.py" line="230"/>
        <source>最短停留时间应为 1 分钟到 {hours} 小时</source>
        <translation>The minimum stay must be between 1 minute and {hours} hours</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/subsidy.py" line="253"/>
        <source>补助标准最多提前 {months} 个月设定（最晚从 {latest} 起执行），现在是 {month}</source>
        <translation>A rate can be set at most {months} months ahead (to apply from {latest} at the latest); it is {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/subsidy/subsidy.py" line="297"/>
        <source>{closed} 已报送关账：补助标准只能从未关账的月份起生效</source>
        <translation>{closed} has been submitted and closed: a rate can only apply from a month that is not closed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_damage.py" line="56"/>
        <source>在 {folder} 中没有找到可用的备份。如果U盘或网络位置上有备份（.db 或加密的 .whbak），运行 warmhome restore 备份文件 --db &quot;{path}&quot; 恢复，或请技术人员帮助</source>
        <translation>No usable backup was found in {folder}. If there is a backup on a USB stick or network location (.db, or an encrypted .whbak), run warmhome restore BACKUP-FILE --db &quot;{path}&quot; to restore it, or ask a technician for help</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_damage.py" line="66"/>
        <source>加密备份，恢复时要输入口令</source>
        <translation>encrypted, the passphrase is needed to restore it</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_damage.py" line="69"/>
        <source>人员 {count} 人</source>
        <translation>people: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_damage.py" line="74"/>
        <source>，{about}</source>
        <translation>, {about}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_damage.py" line="76"/>
        <source>可以用最近的备份恢复：{backup}（{created} 的备份{about}）。恢复方法：运行 warmhome restore &quot;{backup}&quot; --db &quot;{path}&quot;，恢复前会先把现在的文件另存一份；或请技术人员帮助。这个备份之后录入的内容需要重新录入</source>
        <translation>The latest backup can be restored: {backup} (made {created}{about}). To restore it, run warmhome restore &quot;{backup}&quot; --db &quot;{path}&quot;; the current file is saved aside first. Or ask a technician for help. Whatever was entered after this backup must be entered again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_damage.py" line="92"/>
        <source>数据库文件 {path} 已损坏，无法读取（{detail}），文件未做任何修改。{hint}</source>
        <translation>The database file {path} is damaged and cannot be read ({detail}); the file was not changed. {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db_damage.py" line="104"/>
        <source>文件 {path} 是空的（0 字节），不是数据库：可能复制或保存没有完成，原来的数据不在这个文件里。文件未做任何修改。{hint}。如果要在这里新建数据库，请先删除这个空文件</source>
        <translation>The file {path} is empty (0 bytes), not a database: copying or saving may not have finished, and the data is not in this file. The file was not changed. {hint}. To create a new database here, delete this empty file first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/not_seen.py" line="134"/>
        <source>未签到周数应为{minimum}–{maximum}周</source>
        <translation>The weeks without a sign-in must be {minimum}–{maximum}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/attendance/not_seen.py" line="226"/>
        <source>没有“{programme}”这个服务项目</source>
        <translation>There is no programme “{programme}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/day_care.py" line="37"/>
        <source>已服</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/day_care.py" line="38"/>
        <source>拒服</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/day_care.py" line="39"/>
        <source>漏服</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/day_care.py" line="96"/>
        <location filename="../../desktop/models/care/plans.py" line="143"/>
        <source>没有“{key}”这项照料服务</source>
        <translation>There is no care service &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/models/times.py" line="27"/>
        <source>时间“{value}”不在一天之内：请写成 时:分，例如 08:30 或 13:00</source>
        <translation>The time &quot;{value}&quot; is not a time of day: write it as hours:minutes, e.g. 08:30 or 13:00</translation>
    </message>
    <message>
        <location filename="../../desktop/models/times.py" line="38"/>
        <source>请填写服药时间，例如 08:00, 12:30</source>
        <translation>Enter the times to take the medicine, e.g. 08:00, 12:30</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/day_care.py" line="112"/>
        <source>编号 {person_id} 不是日间照料的在册会员：请先在“人员登记”中勾选“日间照料”项目</source>
        <translation>No. {person_id} is not a member in the day-care programme: tick &quot;Daily care&quot; for them on the People page first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/day_care.py" line="128"/>
        <source>{name} 在 {day} 没有签到，不能记录照料：如果当天来了，请先在“考勤”页补签，再记录</source>
        <translation>{name} did not sign in on {day}, so no care can be recorded: if they came that day, add the sign-in on the Attendance page first, then record the care</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/care_log.py" line="47"/>
        <source>取消勾选</source>
        <translation>Unticked</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/care_log.py" line="191"/>
        <source>分钟数应在 {low} 到 {high} 之间，现在是 {minutes}</source>
        <translation>Minutes must be between {low} and {high}; it is {minutes}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/care_log.py" line="258"/>
        <source>更改分钟数为 {minutes}</source>
        <translation>Minutes changed to {minutes}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/care_log.py" line="272"/>
        <source>请写明取消的原因</source>
        <translation>Please give the reason for taking it back</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/care_log.py" line="281"/>
        <source>{name} 在 {day} 没有“{service}”的记录，无需取消</source>
        <translation>{name} has no &quot;{service}&quot; recorded on {day}: there is nothing to take back</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/care_log.py" line="323"/>
        <source>心情只能是 好、一般 或 差</source>
        <translation>Mood can only be good, fair or poor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/care_log.py" line="327"/>
        <location filename="../../desktop/models/care/doses.py" line="245"/>
        <source>备注最多 {n} 个字，现在是 {length} 个字</source>
        <translation>A note has at most {n} characters; this one has {length}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="121"/>
        <source>日期“{day}”不正确：请写成 年-月-日，例如 2024-05-13</source>
        <translation>The date &quot;{day}&quot; is not valid: write year-month-day, e.g. 2024-05-13</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="125"/>
        <source>{day} 还没到，不能提前记录照料或服药</source>
        <translation>{day} has not come yet: care and doses cannot be recorded in advance</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="232"/>
        <source>服药情况只能是已服、拒服或漏服</source>
        <translation>A dose can only be given, refused or missed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="239"/>
        <source>请填写给药人</source>
        <translation>Please fill in who gave it</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="242"/>
        <source>给药人最多 {n} 个字</source>
        <translation>Who gave it: at most {n} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="251"/>
        <location filename="../../desktop/models/care/medication_schedule.py" line="132"/>
        <source>没有编号为 {id} 的用药安排</source>
        <translation>There is no medication schedule number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="258"/>
        <source>{name} 没有“{medicine}”这项用药安排：请核对是谁的药</source>
        <translation>{name} has no medication schedule for &quot;{medicine}&quot;: check whose medicine it is</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="263"/>
        <source>{name} 在 {day} 没有在服“{medicine}”（用药安排未开始或已停止）：请先在照料档案中核对用药安排</source>
        <translation>{name} was not taking &quot;{medicine}&quot; on {day} (the schedule had not started or had stopped): check the medication schedule in the care profile first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="267"/>
        <source>{name} 的“{medicine}”服药时间是 {times}，没有 {time} 这一次</source>
        <translation>{name} takes &quot;{medicine}&quot; at {times}, not at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="274"/>
        <source>服药时间 {time} 还没到：请填写实际服药（或确认拒服、漏服）的时间</source>
        <translation>The time {time} has not come yet: enter the time the dose was actually taken (or refused or missed)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="286"/>
        <source>{day} {time} 的“{medicine}”已记录为{status}（{at}）：如需更正，请在“用药”页作废原记录后重新记录</source>
        <translation>&quot;{medicine}&quot; at {time} on {day} is already recorded as {status} ({at}): to correct it, void that record on the Medication tab and record it again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="334"/>
        <source>请写明作废的原因</source>
        <translation>Please give the reason for voiding</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="338"/>
        <location filename="../../desktop/models/care/doses.py" line="367"/>
        <source>没有编号为 {id} 的服药记录</source>
        <translation>There is no dose record no. {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="342"/>
        <source>这条服药记录已经作废</source>
        <translation>This dose record has already been voided</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/doses.py" line="422"/>
        <source>有 {n} 次服药到时间还没有记录：{doses}</source>
        <translation>{n} doses are due and not recorded: {doses}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/handover.py" line="117"/>
        <source>日期“{value}”不对：请写成 年-月-日，例如 2024-05-13</source>
        <translation>The date &quot;{value}&quot; is not right: write it as year-month-day, e.g. 2024-05-13</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/handover.py" line="139"/>
        <source>没有编号为 {id} 的离站交接记录</source>
        <translation>There is no hand-over record no. {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/handover.py" line="159"/>
        <source>所选的接送人不在{name}目前的接送名单上：请重新选择，或选“其他人”并写明原因</source>
        <translation>The person chosen is not on {name}&apos;s current pick-up list: choose again, or choose &quot;Someone else&quot; and give the reason</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/handover.py" line="165"/>
        <source>请填写接走会员的人的姓名</source>
        <translation>Enter the name of the person who collected the member</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/handover.py" line="168"/>
        <source>接走人的姓名最多{limit}个字</source>
        <translation>The collector&apos;s name has at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/handover.py" line="175"/>
        <source>“{collector}”不在{name}的接送名单上：请写明由他接走的原因（例如：家长电话委托），或先在照料档案中添加这位接送人</source>
        <translation>&quot;{collector}&quot; is not on {name}&apos;s pick-up list: give the reason they collected the member (e.g. the parent phoned), or add them to the care profile first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/handover.py" line="196"/>
        <source>接走时间 {day} {time} 还没到：请在会员被接走后再登记</source>
        <translation>{day} {time} has not come yet: record the hand-over after the member is collected</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/handover.py" line="207"/>
        <source>{name} 还没有照料档案：请先在“照料档案”中建立档案和接送名单，再登记离站交接</source>
        <translation>{name} has no care profile yet: create it with the pick-up list under &quot;Care profiles&quot; first, then record the hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/handover.py" line="215"/>
        <source>{name} 在 {day} 已登记由 {collector} 于 {time} 接走：如有错误，请先作废这条交接再重新登记</source>
        <translation>{name} is already recorded as collected by {collector} at {time} on {day}: if this is wrong, void that hand-over first and record again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/handover.py" line="223"/>
        <source>接走时间 {time} 早于签到时间 {signed_in}：请核对时间</source>
        <translation>Collected at {time}, before the sign-in at {signed_in}: please check the time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/handover.py" line="227"/>
        <source>接走时间 {time} 晚于签退时间 {signed_out}：会员签退时已离开，请填签退的时间；签退时间不对请先在“考勤”页更正</source>
        <translation>Collected at {time}, later than the sign-out at {signed_out}: the member had left when signing out; enter the sign-out time, or correct the sign-out on the Attendance page first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/handover.py" line="253"/>
        <location filename="../../desktop/models/care/incidents.py" line="362"/>
        <location filename="../../desktop/models/volunteers/service_entries.py" line="129"/>
        <source>请填写作废的原因</source>
        <translation>Enter the reason for voiding</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/handover.py" line="262"/>
        <source>这条离站交接已经作废</source>
        <translation>This hand-over is already voided</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/handover.py" line="322"/>
        <source>已过闭馆时间 {closing}，{count} 名日间照料会员仍未接走：{names}；请联系家属，接走后在“日间照料 → 离站交接”登记</source>
        <translation>Past closing time {closing}, {count} day-care members not yet collected: {names}; contact their families and record the collection under &quot;Daily care → Hand-over&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/meals.py" line="142"/>
        <source>金额应为整数（分）</source>
        <translation>The amount must be a whole number of fen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/meals.py" line="144"/>
        <source>金额不能为负数</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/meals.py" line="146"/>
        <source>每餐最多 {limit} 元，请检查是否多输了0</source>
        <translation>A meal costs at most {limit} yuan: check for an extra zero</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/meals.py" line="149"/>
        <source>个人自付 {contribution} 元高于每餐费用 {cost} 元：自付部分不能超过餐费</source>
        <translation>The member&apos;s contribution of {contribution} yuan is above the meal&apos;s cost of {cost} yuan: it cannot exceed the cost</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/meals.py" line="173"/>
        <source>餐费标准最多提前 {months} 个月设定（最晚从 {latest} 起执行），现在是 {month}</source>
        <translation>Meal prices can be set at most {months} months ahead (from {latest} at the latest); this is {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/meals.py" line="182"/>
        <source>{closed} 已报送关账：餐费标准只能从之后未关账的月份起执行；请选 {next} 或更晚的月份</source>
        <translation>{closed} has been submitted and closed: a meal price can only take effect from a later open month; choose {next} or later</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/medication_schedule.py" line="80"/>
        <source>请填写药品名称</source>
        <translation>Please fill in the medicine</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/medication_schedule.py" line="82"/>
        <source>药品名称最多{limit}个字</source>
        <translation>The medicine&apos;s name may be at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/medication_schedule.py" line="85"/>
        <source>请填写每次剂量，如 0.5g、1片</source>
        <translation>Please fill in the dose, e.g. 0.5 g, 1 tablet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/medication_schedule.py" line="87"/>
        <source>剂量最多{limit}个字</source>
        <translation>The dose may be at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/medication_schedule.py" line="96"/>
        <source>药品提供方应为 {suppliers} 之一</source>
        <translation>Supplied by should be one of {suppliers}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/medication_schedule.py" line="99"/>
        <source>备注最多{limit}个字</source>
        <translation>Notes may be at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/medication_schedule.py" line="104"/>
        <source>开始服药日期</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/medication_schedule.py" line="110"/>
        <location filename="../../desktop/models/care/medication_schedule.py" line="191"/>
        <source>停药日期</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/medication_schedule.py" line="124"/>
        <source>停药日期 {ends_on} 早于开始服药日期 {starts_on}：停药日期应在开始之后</source>
        <translation>The last day {ends_on} is before the first day {starts_on}: it should be after the start</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="128"/>
        <source>评估日期 {review_on} 早于计划开始日期 {starts_on}：评估日期应在计划开始之后</source>
        <translation>The review date {review_on} is before the plan&apos;s start {starts_on}: the review should be after the start</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="147"/>
        <source>服务“{name}”列了两次</source>
        <translation>The service &quot;{name}&quot; is listed twice</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="153"/>
        <source>服务“{name}”的每周安排应为1–7的数字（1是星期一，7是星期日），如 12345，现在是“{weekdays}”</source>
        <translation>The weekdays of &quot;{name}&quot; should be digits 1–7 (1 Monday, 7 Sunday), e.g. 12345; they are &quot;{weekdays}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="162"/>
        <source>服务“{name}”的时长应为1–{limit}分钟</source>
        <translation>The duration of &quot;{name}&quot; should be 1–{limit} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="168"/>
        <source>服务“{name}”的目标最多{limit}个字</source>
        <translation>The goal of &quot;{name}&quot; may be at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="177"/>
        <source>请至少安排一项服务（勾选星期几提供）</source>
        <translation>Plan at least one service (tick the weekdays it is given)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="187"/>
        <source>请填写服务目标</source>
        <translation>Please fill in the goals</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="189"/>
        <source>服务目标最多{limit}个字</source>
        <translation>Goals may be at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="194"/>
        <source>计划开始日期</source>
        <translation>Plan start date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="200"/>
        <location filename="../../desktop/models/care/plans.py" line="392"/>
        <source>评估日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="211"/>
        <source>监护人签字日期</source>
        <translation>Date the guardian signed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="215"/>
        <source>监护人签字日期不能晚于今天</source>
        <translation>The guardian&apos;s signature date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="218"/>
        <source>签字人姓名最多{limit}个字</source>
        <translation>The signer&apos;s name may be at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="221"/>
        <source>请填写监护人签字的日期</source>
        <translation>Please fill in the date the guardian signed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="224"/>
        <source>请填写签字的监护人姓名</source>
        <translation>Please fill in the name of the guardian who signed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="257"/>
        <source>没有编号为 {id} 的服务计划</source>
        <translation>There is no service plan number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="334"/>
        <source>已有 {day} 开始的服务计划：新计划应在它之后开始；要改那份计划，请选中它再修改</source>
        <translation>A service plan starting {day} exists: a new plan must start after it; to change that plan, choose it and edit it</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="366"/>
        <source>这份计划已于 {ended_on} 结束，开始日期不能晚于结束日期</source>
        <translation>This plan ended on {ended_on}: its start cannot be after its end</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="371"/>
        <source>与 {day} 开始的另一份服务计划时间重叠：同一天只能有一份计划</source>
        <translation>Overlaps the service plan starting {day}: only one plan per day</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="395"/>
        <source>请填写评估意见：目标达成情况和下一步安排</source>
        <translation>Please fill in the findings: goals reached and next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="398"/>
        <source>评估意见最多{limit}个字</source>
        <translation>Findings may be at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="401"/>
        <source>评估日期不能晚于今天</source>
        <translation>The review date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="409"/>
        <source>这份计划已于 {ended_on} 结束，不能在之后记录评估</source>
        <translation>This plan ended on {ended_on}: no review can be recorded after that</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="427"/>
        <source>计划结束日期</source>
        <translation>Plan end date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="431"/>
        <source>结束日期 {ended_on} 早于计划开始日期 {starts_on}</source>
        <translation>The end date {ended_on} is before the plan&apos;s start {starts_on}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/plans.py" line="451"/>
        <source>服务计划评估间隔应为{low}–{high}个月</source>
        <translation>The plan review interval should be {low}–{high} months</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="32"/>
        <source>人天</source>
        <translation>person-days</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="35"/>
        <source>分钟</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="36"/>
        <location filename="../../desktop/models/sales/indicator_provider.py" line="40"/>
        <source>件</source>
        <translation>cases</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="37"/>
        <location filename="../../desktop/models/care/providers.py" line="35"/>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="42"/>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="42"/>
        <source>日间照料服务人数</source>
        <translation>Day-care members served</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="44"/>
        <source>日间照料人天数</source>
        <translation>Day-care person-days</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="46"/>
        <source>日间照料用餐人次</source>
        <translation>Day-care meals served</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="48"/>
        <source>协助服药次数（已服）</source>
        <translation>Doses given</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="50"/>
        <source>康复训练时长</source>
        <translation>Rehab training time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="52"/>
        <source>突发事件：一般</source>
        <translation>Incidents: minor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="54"/>
        <source>突发事件：较重</source>
        <translation>Incidents: moderate</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="56"/>
        <source>突发事件：严重</source>
        <translation>Incidents: serious</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="58"/>
        <source>购买服务时长</source>
        <translation>Purchased service time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="61"/>
        <source>购买服务应提供时数</source>
        <translation>Purchased services owed (hours)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="64"/>
        <source>购买服务已提供时数</source>
        <translation>Purchased services delivered (hours)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="67"/>
        <source>购买服务应提供次数</source>
        <translation>Purchased services owed (sessions)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="70"/>
        <source>购买服务已提供次数</source>
        <translation>Purchased services delivered (sessions)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="108"/>
        <source>有 {count} 人天的照料记录（服务、服药或备注）当天没有有效签到：请在“考勤”页补签，或在“日间照料”页作废这些记录</source>
        <translation>{count} person-days of care (services, doses or notes) have no valid sign-in that day: add the sign-in on the Attendance page, or void those records on the Daily care page</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="115"/>
        <source>{count} 份个别化服务计划在 {day} 前已到评估日期，尚未评估</source>
        <translation>{count} individual service plans were due for review before {day} and have not been reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/indicator_provider.py" line="120"/>
        <source>{count} 次应服药却没有记录：会员当天在站接受照料、有用药安排，但已服、拒服、漏服都没有记录</source>
        <translation>{count} doses due and not recorded: the member was in care that day with a medication schedule, but no dose was recorded as given, refused or missed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="161"/>
        <location filename="../../desktop/models/care/providers.py" line="438"/>
        <location filename="../../desktop/models/volunteers/details.py" line="100"/>
        <location filename="../../desktop/models/volunteers/shifts.py" line="318"/>
        <source>{label}最多 {limit} 个字</source>
        <translation>{label}: at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="169"/>
        <source>请填写服务机构名称</source>
        <translation>Enter the provider&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="171"/>
        <source>服务机构名称</source>
        <translation>Provider&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="173"/>
        <source>请填写合同编号</source>
        <translation>Enter the contract number</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="175"/>
        <source>合同编号</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="177"/>
        <location filename="../../desktop/models/care/providers.py" line="377"/>
        <source>服务内容</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="182"/>
        <location filename="../../desktop/models/care/providers.py" line="361"/>
        <source>日期“{value}”不对：请写成 年-月-日，例如 2024-01-01</source>
        <translation>The date “{value}” is wrong: write it as year-month-day, e.g. 2024-01-01</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="185"/>
        <source>合同结束日期 {ends_on} 早于开始日期 {starts_on}：请检查合同期</source>
        <translation>The contract ends on {ends_on}, before it starts on {starts_on}: check the period</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="189"/>
        <source>计量单位应为小时或次</source>
        <translation>The unit must be hours or sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="192"/>
        <source>合同数量应为整数（小时数或次数）</source>
        <translation>The contracted quantity must be a whole number (of hours or sessions)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="195"/>
        <source>合同数量应大于 0（整小时数或次数），现在是 {quantity}</source>
        <translation>The contracted quantity must be above 0 (whole hours or sessions); it is {quantity}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="199"/>
        <source>合同数量最多 {limit}，请检查是否多输了0</source>
        <translation>The contracted quantity is at most {limit}: check for an extra zero</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="203"/>
        <source>合同金额应为整数（分）</source>
        <translation>The contract amount must be a whole number of fen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="205"/>
        <source>合同金额不能为负数</source>
        <translation>The contract amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="207"/>
        <source>合同金额过大，请检查是否多输了0</source>
        <translation>The contract amount is too large: check for an extra zero</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="210"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="233"/>
        <source>没有编号为 {id} 的购买服务合同</source>
        <translation>There is no purchased-service contract number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="267"/>
        <source>合同编号“{number}”已登记（{organisation}）：请检查编号，或在列表中修改那份合同</source>
        <translation>Contract number “{number}” is already recorded ({organisation}): check the number, or edit that contract in the list</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="329"/>
        <source>合同期内的 {month} 已报送关账：合同期、计量单位和合同数量不能再改（会改变已报送月份的完成率）；机构名称、服务内容、金额和联系方式仍可修改</source>
        <translation>{month}, within the contract, has been submitted and closed: the period, unit and quantity can no longer change (the submitted fulfilment would change); the provider&apos;s name, service, amount and contact can still be corrected</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="338"/>
        <source>已有 {count} 次服务记录在新的合同期 {starts_on} 至 {ends_on} 之外：请先作废那些记录，或改正合同期</source>
        <translation>{count} recorded sessions fall outside the new period {starts_on} to {ends_on}: void them first, or correct the period</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="364"/>
        <source>{day} 还没到：服务做完后再登记</source>
        <translation>{day} has not come yet: record a session after it took place</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="367"/>
        <source>{day} 不在合同期 {starts_on} 至 {ends_on} 之内：合同期外的服务不能计入这份合同</source>
        <translation>{day} is outside the contract period {starts_on} to {ends_on}: a session outside it cannot count for this contract</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="372"/>
        <source>请填写服务机构的服务人员姓名</source>
        <translation>Enter the name of the provider&apos;s staff member</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="375"/>
        <source>服务人员姓名</source>
        <translation>Staff member&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="381"/>
        <source>服务时长应为 {low} 到 {high} 分钟（一天之内），现在是 {minutes}</source>
        <translation>The duration must be {low} to {high} minutes (within a day); it is {minutes}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="385"/>
        <source>请勾选这次服务的会员（当天已签到的日间照料会员）</source>
        <translation>Tick the members this session served (day-care members signed in that day)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="435"/>
        <source>请填写作废原因，例如：重复登记、录入错误</source>
        <translation>Enter why, e.g. entered twice, typing mistake</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="440"/>
        <location filename="../../desktop/models/volunteers/details.py" line="194"/>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="445"/>
        <source>没有编号为 {id} 的购买服务记录</source>
        <translation>There is no purchased-service session number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/providers.py" line="448"/>
        <source>这条服务记录已经作废过了</source>
        <translation>This session has already been voided</translation>
    </message>
    <message>
        <location filename="../../desktop/models/money.py" line="117"/>
        <source>请填写{label}（元）</source>
        <translation>Enter the {label} (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/money.py" line="120"/>
        <source>{label}不能为负数</source>
        <translation>The {label} cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/models/money.py" line="124"/>
        <source>{label}应为金额（元），最多两位小数，如 40 或 40.50，现在是“{text}”</source>
        <translation>The {label} must be an amount in yuan with at most two decimals, e.g. 40 or 40.50; it is “{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="56"/>
        <source>每餐费用</source>
        <translation>cost per meal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/meals_tab.py" line="57"/>
        <source>个人自付</source>
        <translation>member&apos;s contribution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="43"/>
        <source>合同金额</source>
        <translation>contract amount</translation>
    </message>
    <message>
        <location filename="../../desktop/models/care/sign_in_link.py" line="36"/>
        <source>日间照料：服务 {entries} 项、服药 {doses} 次、心情或备注 {notes} 条、离站交接 {handovers} 次、购买服务 {sessions} 次（在“日间照料”页取消或作废）</source>
        <translation>daily care: {entries} services, {doses} doses, {notes} moods or notes, {handovers} hand-overs, {sessions} purchased sessions (take them back or void them on the Daily care page)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/rules.py" line="28"/>
        <source>门店</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/rules.py" line="29"/>
        <source>义卖展销</source>
        <translation>Bazaar or fair</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/rules.py" line="30"/>
        <source>订单</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/rules.py" line="57"/>
        <location filename="../../desktop/models/volunteers/rules.py" line="52"/>
        <source>没有编号为 {id} 的人员</source>
        <translation>There is no person no. {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/rules.py" line="60"/>
        <source>{name} 已归档，不能作为手工品制作者：如需恢复，请先在“人员登记”中恢复</source>
        <translation>{name} is archived and cannot be a maker: restore them under &quot;People&quot; first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/rules.py" line="64"/>
        <source>{name} 不是在册会员，不能作为手工品制作者：制作者须是本中心会员</source>
        <translation>{name} is not a registered member and cannot be a maker: makers are members of the centre</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/rules.py" line="77"/>
        <location filename="../../desktop/models/sales/sales.py" line="164"/>
        <location filename="../../desktop/models/sales/sales.py" line="257"/>
        <source>原因最多 {limit} 个字</source>
        <translation>A reason has at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/rules.py" line="130"/>
        <source>分配基数应为“收入减材料成本”或“收入”</source>
        <translation>The basis must be &quot;revenue less material cost&quot; or &quot;revenue&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/rules.py" line="133"/>
        <source>制作者所得比例应为0–100%</source>
        <translation>The makers&apos; percentage must be from 0 to 100 %</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/rules.py" line="55"/>
        <source>{name} 已归档，不能安排志愿服务：如需恢复，请先在“人员登记”中恢复</source>
        <translation>{name} is archived and cannot be given volunteer service: restore them on the People page first if needed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/rules.py" line="59"/>
        <source>{name} 不是在册的志愿者：请先在“人员登记”中勾选“志愿者”</source>
        <translation>{name} is not a registered volunteer: tick &quot;Volunteer&quot; for them on the People page first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/rules.py" line="127"/>
        <source>星级门槛应为五个从小到大的正整数（小时），用逗号分开，如 100,300,600,1000,1500</source>
        <translation>The star thresholds must be five increasing positive whole numbers (hours) separated by commas, e.g. 100,300,600,1000,1500</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/rules.py" line="148"/>
        <source>取整单位应为1–60分钟</source>
        <translation>The rounding step must be 1–60 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/rules.py" line="151"/>
        <source>每日上限应为1–24小时</source>
        <translation>The daily maximum must be 1–24 hours</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/certificates.py" line="36"/>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/certificates.py" line="82"/>
        <source>日期“{day}”不正确：请写成 年-月-日，如 2024-05-06</source>
        <translation>The date &quot;{day}&quot; is not valid: write it as year-month-day, e.g. 2024-05-06</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/certificates.py" line="85"/>
        <source>服务期间的结束日期 {to} 早于开始日期 {start}</source>
        <translation>The period&apos;s end date {to} is before its start date {start}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/certificates.py" line="89"/>
        <source>服务期间的结束日期 {to} 还没到：证明只能出具到今天（{today}）为止</source>
        <translation>The period&apos;s end date {to} has not come yet: a certificate can only cover service up to today ({today})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/certificates.py" line="127"/>
        <source>请写明经办人的姓名：证明上要印经办人</source>
        <translation>Please give the handler&apos;s name: it is printed on the certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/certificates.py" line="217"/>
        <source>{name} 在 {start} 至 {end} 的志愿服务证明已于 {day} 出具，编号 {number}（{hours} 小时），此后记录没有变化：不再编新号。要再打印一份，请在“志愿服务 → 服务证明”中选中这个编号，点“补打”</source>
        <translation>A certificate of volunteer service for {name} from {start} to {end} was issued on {day}, number {number} ({hours} h), and the records have not changed since: no new number is given. To print it again, select this number under “Volunteers → Certificates” and click “Reprint”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/certificates.py" line="225"/>
        <source>{name} 在 {start} 至 {end} 没有记录的志愿服务时长，不能出具志愿服务证明：请先登记服务或换一个期间</source>
        <translation>{name} has no recorded volunteer service from {start} to {end}, so no certificate can be issued: record the service first or choose another period</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/certificates.py" line="230"/>
        <source>还没有填写中心代码，证明无法编号：请管理员先在“设置”中填写中心信息</source>
        <translation>The centre code is not set, so the certificate cannot be numbered: ask an administrator to fill in the centre details in Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/certificates.py" line="265"/>
        <source>没有编号为 {id} 的志愿服务证明</source>
        <translation>There is no volunteer service certificate number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/details.py" line="94"/>
        <source>特长技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/details.py" line="96"/>
        <source>可服务时间</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/details.py" line="114"/>
        <source>签到卡号 {card} 已被 {name} 使用：请换一张卡</source>
        <translation>Card number {card} is used by {name}: please use another card</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/details.py" line="165"/>
        <location filename="../../desktop/models/volunteers/shifts.py" line="171"/>
        <source>日期“{value}”不正确：请写成 年-月-日，例如 2024-06-03</source>
        <translation>The date &quot;{value}&quot; is not valid: please write it as year-month-day, e.g. 2024-06-03</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/details.py" line="168"/>
        <source>请填写培训内容，例如：急救培训</source>
        <translation>Please enter what the training was, e.g. First aid</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/details.py" line="170"/>
        <source>培训内容最多 {limit} 个字</source>
        <translation>The training&apos;s topic may have at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/details.py" line="173"/>
        <source>培训时长应在 1 到 1440 分钟之间</source>
        <translation>A training lasts between 1 and 1440 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/details.py" line="199"/>
        <source>没有编号为 {id} 的培训记录</source>
        <translation>There is no training number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/details.py" line="202"/>
        <source>这条培训记录已经作废过了</source>
        <translation>This training was voided already</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="45"/>
        <source>参加志愿服务的志愿者</source>
        <translation>Volunteers who served</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="47"/>
        <source>首次参加志愿服务的志愿者</source>
        <translation>Volunteers serving for the first time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="49"/>
        <source>志愿服务班次</source>
        <translation>Volunteer shifts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="51"/>
        <source>志愿服务班次名额</source>
        <translation>Places on volunteer shifts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="53"/>
        <source>志愿服务报名人次</source>
        <translation>Volunteer shift sign-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="55"/>
        <source>志愿服务班次满员率</source>
        <translation>Volunteer shifts filled</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="56"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="57"/>
        <source>志愿服务时长</source>
        <translation>Volunteer service hours</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="59"/>
        <source>报名后未到人次</source>
        <translation>No-shows after signing up</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="90"/>
        <source>有 {count} 人次的志愿服务时长一天超过 {hours} 小时的上限：请在“志愿服务”页核对并作废重复或错误的时长记录</source>
        <translation>{count} volunteer-days exceed the daily maximum of {hours} hours of service: check them on the Volunteers page and void duplicate or wrong entries</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="96"/>
        <source>{count} 次志愿者签到没有签退，也没有确认服务时长：这些服务时长尚未计入</source>
        <translation>{count} volunteer sign-ins have no sign-out and no confirmed service time: that service is not counted yet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/indicator_provider.py" line="101"/>
        <source>{count} 个志愿服务班次的报名人数多于名额</source>
        <translation>{count} volunteer shifts have more sign-ups than places</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/kiosk_link.py" line="44"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/kiosk_link.py" line="101"/>
        <source>没有排班：已记为临时服务，请工作人员确认</source>
        <translation>No shift today: recorded as unplanned service; please ask staff to confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/kiosk_link.py" line="103"/>
        <source>今天的班次：{post} {starts}–{ends}</source>
        <translation>Today&apos;s shift: {post} {starts}–{ends}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/kiosk_link.py" line="109"/>
        <source>已签退；临时服务请工作人员确认后计时长</source>
        <translation>Signed out; unplanned service counts once staff confirm it</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/kiosk_link.py" line="111"/>
        <source>已签退（{post}），本次计 {hours} 小时</source>
        <translation>Signed out ({post}); {hours} hours credited this time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/kiosk_link.py" line="156"/>
        <location filename="../../desktop/models/volunteers/staff_sign_ins.py" line="49"/>
        <source>{post} {starts}–{ends}</source>
        <translation>{post} {starts}–{ends}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/kiosk_link.py" line="186"/>
        <source>今天没有待选班次的签到，请找工作人员</source>
        <translation>There is no sign-in today waiting for a shift: please ask a member of staff</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/rules.py" line="89"/>
        <location filename="../../desktop/models/volunteers/ledger.py" line="69"/>
        <location filename="../../desktop/models/volunteers/ledger.py" line="72"/>
        <source>月份“{month}”不正确：请写成 年-月，如 2024-05</source>
        <translation>The month &quot;{month}&quot; is not valid: write it as year-month, e.g. 2024-05</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/ledger.py" line="121"/>
        <source>没有编号为 {id} 的志愿者</source>
        <translation>There is no volunteer number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/ledger.py" line="183"/>
        <source>{name} 本月志愿服务累计 {hours} 小时，达到{star}星：可告知本人并在志愿北京申请星级认定</source>
        <translation>{name} reached {hours} hours of volunteer service this month, star level {star}: tell them and apply for the star rating on Volunteer Beijing</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/no_shows.py" line="103"/>
        <source>没有编号为 {id} 的班次报名</source>
        <translation>There is no shift sign-up numbered {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/no_shows.py" line="108"/>
        <source>这条报名没有标记为未到：不需要更正</source>
        <translation>This sign-up is not marked as a no-show: nothing to correct</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/no_shows.py" line="110"/>
        <source>这条报名没有标记为请假：不需要撤销</source>
        <translation>This sign-up is not marked as excused: nothing to undo</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/posts.py" line="48"/>
        <source>没有编号为 {id} 的岗位</source>
        <translation>There is no post number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/posts.py" line="57"/>
        <source>请填写岗位名称，例如：助餐</source>
        <translation>Please enter the post&apos;s name, e.g. Meal service</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/posts.py" line="59"/>
        <source>岗位名称最多 {limit} 个字</source>
        <translation>The post&apos;s name may have at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/posts.py" line="62"/>
        <source>岗位要求最多 {limit} 个字</source>
        <translation>The post&apos;s requirements may have at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/posts.py" line="69"/>
        <source>已有名为“{name}”的岗位：请换一个名称</source>
        <translation>A post named &quot;{name}&quot; exists already: please choose another name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/service_entries.py" line="64"/>
        <source>服务日期“{day}”不正确：请写成 年-月-日，如 2024-05-06</source>
        <translation>The service date &quot;{day}&quot; is not valid: write it as year-month-day, e.g. 2024-05-06</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/service_entries.py" line="67"/>
        <source>服务日期 {day} 还没到：只能补录已经完成的服务</source>
        <translation>The service date {day} has not come yet: only service already done can be entered</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/service_entries.py" line="72"/>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="410"/>
        <source>请选择服务岗位</source>
        <translation>Choose the post served at</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/service_entries.py" line="75"/>
        <source>请写明服务内容（做了什么），时长不能只填一个数字</source>
        <translation>Write what was done: hours cannot be entered as a bare number</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/service_entries.py" line="78"/>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="378"/>
        <source>服务内容最多{limit}个字</source>
        <translation>Service content can be at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/service_entries.py" line="84"/>
        <source>服务时长应为 1 到 {limit} 分钟（{hours} 小时）</source>
        <translation>The service time must be 1 to {limit} minutes ({hours} hours)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/service_entries.py" line="88"/>
        <source>服务时长 {typed} 分钟不满取整单位 {step} 分钟，取整后为 0，不能记录：请核对时长</source>
        <translation>{typed} minutes of service is less than the rounding step of {step} minutes and rounds down to 0, so it cannot be recorded: please check the time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/service_entries.py" line="94"/>
        <source>{day} 已记录 {done} 小时，再加 {add} 小时超过每天最多 {limit} 小时</source>
        <translation>{day} already has {done} hours recorded; {add} more hours would exceed the daily maximum of {limit} hours</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/service_entries.py" line="138"/>
        <source>没有编号为 {id} 的志愿服务记录</source>
        <translation>There is no volunteer service record number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/service_entries.py" line="141"/>
        <source>这条志愿服务记录已经作废</source>
        <translation>This volunteer service record is already void</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="140"/>
        <source>结束时间 {end} 不晚于开始时间 {start}：请检查班次时间</source>
        <translation>The end time {end} is not after the start time {start}: please check the shift&apos;s times</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="144"/>
        <source>一个班次最长 {hours} 小时：请分成两个班次</source>
        <translation>A shift lasts at most {hours} hours: please make it two shifts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="148"/>
        <location filename="../../desktop/models/volunteers/shifts.py" line="415"/>
        <source>需要人数应在 1 到 {limit} 之间</source>
        <translation>Places needed must be between 1 and {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="158"/>
        <source>备注最多 {limit} 个字</source>
        <translation>The note may have at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="166"/>
        <source>岗位“{name}”已停用：请选择其他岗位</source>
        <translation>The post &quot;{name}&quot; is no longer in use: please choose another post</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="233"/>
        <source>跳过的日子“{value}”不是有效日期：请写成 年-月-日，例如 2024-06-10</source>
        <translation>The day to skip &quot;{value}&quot; is not a valid date: write it as year-month-day, e.g. 2024-06-10</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="237"/>
        <source>跳过的日子 {day} 不在排班期间 {first} 至 {last} 之内：请检查</source>
        <translation>The day to skip {day} is not within the schedule period {first} to {last}: please check</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="241"/>
        <source>跳过的日子 {day} 不是所选的星期几，本来就不排班：请检查日期</source>
        <translation>The day to skip {day} is not one of the chosen weekdays, so there is no shift on it anyway: please check the date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="260"/>
        <source>请至少选择星期几中的一天</source>
        <translation>Please tick at least one day of the week</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="268"/>
        <source>结束日期 {last} 早于开始日期 {first}：请检查</source>
        <translation>The last day {last} is before the first day {first}: please check</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="273"/>
        <source>每周排班最长一年：请把结束日期改到 {limit} 或更早</source>
        <translation>A weekly schedule covers at most a year: please set the last day to {limit} or earlier</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="280"/>
        <source>{first} 至 {last} 之间没有要排班的日子：请检查星期几和日期</source>
        <translation>There is no day to schedule from {first} to {last}: please check the weekdays and the dates</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="327"/>
        <source>取消原因</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="331"/>
        <source>{day} {start} 的班次已经取消过了</source>
        <translation>The shift of {day} {start} was cancelled already</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="341"/>
        <source>{names} 已签到这个班次，还没有签退：请先在“签到记录”里为 TA 签退（或按班次结束计），再取消班次</source>
        <translation>{names} signed in to this shift and has not signed out: sign them out first under &quot;Sign-ins&quot; (or credit to the shift&apos;s end), then cancel the shift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="390"/>
        <source>没有编号为 {id} 的班次</source>
        <translation>There is no shift number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="413"/>
        <source>修改名额的原因</source>
        <translation>the reason for changing the places</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="420"/>
        <source>{day} {start} 的班次已经取消：不能修改名额</source>
        <translation>The shift on {day} at {start} was cancelled: its places cannot be changed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/shifts.py" line="425"/>
        <source>已有 {taken} 人报名：名额不能少于 {taken}，请先取消报名</source>
        <translation>{taken} volunteers have signed up: the places cannot be fewer than {taken}; cancel a sign-up first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="137"/>
        <source>没有编号为 {id} 的志愿者签到记录</source>
        <translation>There is no volunteer sign-in numbered {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="257"/>
        <source>这条志愿者签到已作废，不能再修改</source>
        <translation>This volunteer sign-in is void and can no longer be changed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="291"/>
        <source>{name} {day} 的这次签到已经计了 {hours} 小时服务时长，不能再计一次：时间有误请用“更正时间”</source>
        <translation>{name}&apos;s sign-in of {day} has already been credited with {hours} hours of service and cannot be credited again: if the times are wrong, use &quot;Correct times&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="335"/>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="473"/>
        <location filename="../../desktop/models/volunteers/staff_sign_ins.py" line="87"/>
        <source>签退时间 {out} 早于签到时间 {in_}：请核对时间</source>
        <translation>Sign-out time {out} is earlier than sign-in time {in_}: please check the times</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="339"/>
        <source>只能签退当天的签到；以前的日期请由工作人员更正时间</source>
        <translation>Only today&apos;s sign-ins can be signed out; for an earlier day, staff correct the times</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="375"/>
        <source>请填写服务内容（做了什么），例如：协助午餐分餐</source>
        <translation>Enter the service content (what was done), e.g. helping serve lunch</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="385"/>
        <source>{name} 签到 {in_} 到签退 {out} 的时间取整后为 0 小时，不能计服务时长：时间有误请先更正时间，否则请作废这次签到</source>
        <translation>{name}&apos;s time from signing in at {in_} to signing out at {out} rounds to 0 hours, so no service can be credited: correct the times if they are wrong, otherwise void this sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="389"/>
        <source>{name} 在 {day} 的服务时长已达每日上限 {hours} 小时，不能再计时长</source>
        <translation>{name} already has the daily maximum of {hours} hours of service on {day}; no more can be credited</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="403"/>
        <source>这条签到不是待确认的临时服务：无需确认</source>
        <translation>This sign-in is not unplanned service waiting for confirmation: nothing to confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="406"/>
        <source>{name} 还没有签退：请先签退（或更正时间写上签退时间）再确认</source>
        <translation>{name} has not signed out yet: sign out first (or correct the times with a sign-out time), then confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="429"/>
        <source>这条签到没有班次：请用“确认临时服务”</source>
        <translation>This sign-in has no shift: use “Confirm unplanned service”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="436"/>
        <source>班次 {time} 才结束：请在班次结束后再按班次结束计</source>
        <translation>The shift only ends at {time}: credit to the shift end after it has ended</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="440"/>
        <source>签到时间晚于班次结束：请更正时间</source>
        <translation>The sign-in is later than the end of the shift: please correct the times</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="470"/>
        <source>更正的时间必须在签到当天 {day}</source>
        <translation>Corrected times must be on the day of the sign-in, {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/sign_ins.py" line="477"/>
        <location filename="../../desktop/models/volunteers/staff_sign_ins.py" line="91"/>
        <source>时间不能晚于现在</source>
        <translation>Times cannot be later than now</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/signups.py" line="55"/>
        <source>{day} {start}–{end} {post}</source>
        <translation>{day} {start}–{end} {post}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/signups.py" line="58"/>
        <source>{shift} 的班次已取消（{reason}）：请选择其他班次</source>
        <translation>The shift {shift} was cancelled ({reason}): please choose another shift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/signups.py" line="63"/>
        <source>{name} 已经报名了 {shift}</source>
        <translation>{name} is already signed up for {shift}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/signups.py" line="66"/>
        <source>{shift} 已报满（{capacity} 人）：请选择其他班次，或先增加名额</source>
        <translation>{shift} is full ({capacity} places): please choose another shift, or add places first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/signups.py" line="77"/>
        <source>{name} 在 {day} {start}–{end} 已报名“{post}”，时间重叠：请选择不重叠的班次</source>
        <translation>{name} is signed up for &quot;{post}&quot; on {day} {start}–{end}, which overlaps: please choose a shift that does not overlap</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/signups.py" line="120"/>
        <source>没有编号为 {id} 的报名</source>
        <translation>There is no sign-up number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/signups.py" line="123"/>
        <source>这条报名已不是“已报名”状态，不能再取消</source>
        <translation>This sign-up is no longer &quot;signed up&quot; and cannot be cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/signups.py" line="137"/>
        <source>取消报名的原因</source>
        <translation>the reason for cancelling the sign-up</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/signups.py" line="147"/>
        <source>换班原因</source>
        <translation>the reason for the swap</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/volunteers/platform_export.py" line="133"/>
        <source>设置 {setting} 中的列“{key}”不认识：可用的列有 {known}；请在“设置”中改正后再导出</source>
        <translation>The column “{key}” in the setting {setting} is unknown: the known columns are {known}; correct it in Settings and export again</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/volunteers/platform_export.py" line="138"/>
        <source>设置 {setting} 中有重复的列：每列只能写一次</source>
        <translation>The setting {setting} names a column twice: each column may appear once</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/catalogue.py" line="105"/>
        <source>请至少填写一位制作者（本中心会员）及其份额</source>
        <translation>Enter at least one maker (a member of the centre) and their share</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/catalogue.py" line="109"/>
        <source>同一位制作者只能填写一次：请合并其份额</source>
        <translation>A maker can be entered only once: combine their shares</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/catalogue.py" line="112"/>
        <source>每位制作者的份额应为1–100的整数（%）</source>
        <translation>Each maker&apos;s share must be a whole number from 1 to 100 (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/catalogue.py" line="115"/>
        <source>制作者的份额合计应为100%，现在是{total}%：请调整后再保存</source>
        <translation>The makers&apos; shares must add up to 100 %, they add up to {total} %: adjust them and save again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/catalogue.py" line="134"/>
        <source>请填写商品名称，例如：软陶钥匙扣</source>
        <translation>Enter the product&apos;s name, e.g. clay key ring</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/catalogue.py" line="136"/>
        <source>商品名称最多 {limit} 个字</source>
        <translation>A product name has at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/catalogue.py" line="139"/>
        <source>类别最多 {limit} 个字</source>
        <translation>A category has at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/catalogue.py" line="142"/>
        <location filename="../../desktop/models/sales/sales.py" line="156"/>
        <source>售价应大于0元：请填写商品的售价</source>
        <translation>The price must be more than 0 yuan: enter the product&apos;s price</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/catalogue.py" line="145"/>
        <source>材料成本不能为负数：没有材料成本请填0</source>
        <translation>The material cost cannot be negative: enter 0 if there is none</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/catalogue.py" line="149"/>
        <source>商品编码只能由数字、大写字母和“-”组成，最多 {limit} 位；留空则自动生成</source>
        <translation>A product code has only digits, capital letters and &quot;-&quot;, at most {limit}; leave it empty to have one made</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/catalogue.py" line="159"/>
        <source>编码 {code} 已用于商品“{name}”：请换一个编码，或留空自动生成</source>
        <translation>Code {code} is already used for &quot;{name}&quot;: choose another code, or leave it empty to have one made</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/catalogue.py" line="236"/>
        <source>请填写下架原因，例如：不再制作</source>
        <translation>Enter why the product is withdrawn, e.g. no longer made</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/catalogue.py" line="241"/>
        <source>“{name}”已下架</source>
        <translation>&quot;{name}&quot; is already withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/catalogue.py" line="308"/>
        <location filename="../../desktop/models/sales/orders.py" line="104"/>
        <location filename="../../desktop/models/sales/rules.py" line="99"/>
        <location filename="../../desktop/models/sales/sales.py" line="178"/>
        <source>没有编号为 {id} 的商品</source>
        <translation>There is no product number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/day_end.py" line="92"/>
        <source>清点的现金不能为负数</source>
        <translation>The cash counted cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/day_end.py" line="95"/>
        <source>说明最多 {limit} 个字</source>
        <translation>A note has at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/day_end.py" line="103"/>
        <source>清点的现金比应有的{direction} {amount} 元：请填写说明，例如：找零算错</source>
        <translation>The cash counted is {amount} yuan {direction} than expected: enter a note, e.g. wrong change given</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/day_end.py" line="106"/>
        <source>多</source>
        <translation>more</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/day_end.py" line="107"/>
        <source>少</source>
        <translation>less</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/makers_income.py" line="212"/>
        <source>请选择要发放的制作者</source>
        <translation>Choose the makers to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/makers_income.py" line="215"/>
        <source>{month} 还没有结束，收入可能还会变化：请在下个月再发放</source>
        <translation>{month} is not over yet and the income may still change: pay it next month</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/makers_income.py" line="225"/>
        <source>{name} 在 {month} 没有可发放的收入</source>
        <translation>{name} has no income to pay for {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/makers_income.py" line="228"/>
        <source>{name} 的 {month} 收入已于 {day} 发放，没有重复发放</source>
        <translation>{name}&apos;s income for {month} was paid on {day}; it was not paid again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="28"/>
        <source>不需要发票</source>
        <translation>No invoice needed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="29"/>
        <source>待开发票</source>
        <translation>Invoice requested</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="30"/>
        <source>已开发票</source>
        <translation>Invoice issued</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="83"/>
        <source>请填写订购单位，例如：月坛街道办事处</source>
        <translation>Enter the ordering unit, e.g. Yuetan sub-district office</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="86"/>
        <source>订购单位最多 {limit} 个字</source>
        <translation>An ordering unit has at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="89"/>
        <source>订单里至少要有一种商品</source>
        <translation>An order needs at least one product</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="91"/>
        <source>交货日期 {due} 早于下单日期 {day}：请核对</source>
        <translation>The due date {due} is before the order date {day}: check it</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="107"/>
        <location filename="../../desktop/models/sales/sales.py" line="181"/>
        <source>“{name}”已下架，不能销售：如需销售，请先在商品目录中恢复</source>
        <translation>&quot;{name}&quot; is withdrawn and cannot be sold: restore it in the catalogue first to sell it</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="134"/>
        <location filename="../../desktop/models/sales/sales.py" line="221"/>
        <source>没有编号为 {id} 的订单</source>
        <translation>There is no order number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="162"/>
        <source>订单已取消，不能登记交货</source>
        <translation>The order is cancelled; its delivery cannot be recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="165"/>
        <source>订单已于 {day} 交货，没有重复登记</source>
        <translation>The order was delivered on {day}; it was not recorded again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="174"/>
        <source>发票状态应为不需要发票、待开发票或已开发票</source>
        <translation>The invoice status must be no invoice needed, invoice requested or invoice issued</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="184"/>
        <source>请填写取消订单的原因</source>
        <translation>Enter why the order is cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="189"/>
        <source>订单已交货或已取消，不能再取消</source>
        <translation>The order is delivered or cancelled and cannot be cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/orders.py" line="201"/>
        <location filename="../../desktop/models/sales/sales.py" line="224"/>
        <source>订单已取消，不能收款</source>
        <translation>The order is cancelled; no payment can be taken for it</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/refunds.py" line="57"/>
        <source>没有编号为 {id} 的销售明细</source>
        <translation>There is no sale line number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/refunds.py" line="67"/>
        <source>请填写作废原因，例如：录错了商品</source>
        <translation>Enter why the sale is voided, e.g. wrong product entered</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/refunds.py" line="74"/>
        <location filename="../../desktop/models/sales/sales.py" line="303"/>
        <source>没有编号为 {id} 的销售记录</source>
        <translation>There is no sale number {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/refunds.py" line="77"/>
        <source>这笔销售已于 {at} 作废，没有重复作废</source>
        <translation>This sale was voided at {at}; it was not voided again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/refunds.py" line="84"/>
        <source>这笔销售已有退款，不能整笔作废：请对其余商品办理退款</source>
        <translation>This sale has refunds and cannot be voided whole: refund the remaining items instead</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/refunds.py" line="107"/>
        <source>请填写退款原因，例如：顾客退货，商品有瑕疵</source>
        <translation>Enter why the money is refunded, e.g. returned with a flaw</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/refunds.py" line="110"/>
        <source>退款金额应大于0元</source>
        <translation>The refund must be more than 0 yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/refunds.py" line="120"/>
        <source>这笔销售已作废，不能再退款</source>
        <translation>This sale is voided; nothing can be refunded on it</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/refunds.py" line="123"/>
        <source>该商品卖出 {sold} 件，已退 {done} 件，最多还能退 {left} 件</source>
        <translation>{sold} of this item were sold and {done} returned: at most {left} more can be returned</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/refunds.py" line="127"/>
        <source>退款 {amount} 元超过了可退的 {left} 元（实付 {paid} 元，已退 {done} 元）：退款不能多于顾客所付</source>
        <translation>A refund of {amount} yuan is more than the {left} yuan left ({paid} yuan paid, {done} yuan refunded): a refund cannot exceed what the customer paid</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/sales.py" line="137"/>
        <source>请至少扫入或选择一件商品</source>
        <translation>Scan or choose at least one product</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/sales.py" line="139"/>
        <source>请选择付款方式：现金、微信、支付宝、银行卡或其他</source>
        <translation>Choose the payment method: cash, WeChat, Alipay, bank card or other</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/sales.py" line="142"/>
        <source>销售渠道应为门店、义卖展销或订单</source>
        <translation>The channel must be counter, bazaar or fair, or order</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/sales.py" line="145"/>
        <source>时间应为 时:分，如 09:30</source>
        <translation>A time is hours:minutes, e.g. 09:30</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/sales.py" line="148"/>
        <source>销售单号应为 {low}–{high} 个字符，现在是“{uid}”</source>
        <translation>A sale ID has {low}–{high} characters; this one is &quot;{uid}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/sales.py" line="153"/>
        <location filename="../../desktop/models/sales/stock.py" line="132"/>
        <source>数量应为1–{most}件</source>
        <translation>The quantity must be 1–{most} items</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/sales.py" line="159"/>
        <source>优惠金额不能为负数</source>
        <translation>A discount cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/sales.py" line="161"/>
        <source>有优惠时请填写优惠原因，例如：残疾人家属、批量购买</source>
        <translation>Enter the reason for the discount, e.g. family of a member, bulk purchase</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/sales.py" line="186"/>
        <source>“{name}”的优惠 {discount} 元超过了它的金额 {amount} 元</source>
        <translation>The discount of {discount} yuan on &quot;{name}&quot; is more than its amount of {amount} yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/sales.py" line="212"/>
        <source>“{name}”账面库存只有 {have} 件，这笔要卖 {wanted} 件：如果东西确实在（例如入库未登记），请填写原因后再结账</source>
        <translation>The books show only {have} of &quot;{name}&quot; in stock and this sale has {wanted}: if the items are really there (made but not entered, say), enter the reason and check out again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/sales.py" line="228"/>
        <source>订单已于 {day} 收款，没有重复收款</source>
        <translation>The order was paid on {day}; it was not paid again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/sales.py" line="245"/>
        <source>销售单号 {uid} 已经记录过，没有重复记录</source>
        <translation>Sale {uid} is already recorded; it was not recorded again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/sales.py" line="264"/>
        <source>实收现金 {given} 元少于应收 {total} 元：请核对收款</source>
        <translation>Cash received, {given} yuan, is less than the {total} yuan due: check the payment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/stock.py" line="37"/>
        <source>损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/stock.py" line="38"/>
        <source>样品</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/stock.py" line="39"/>
        <source>赠送</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/stock.py" line="154"/>
        <source>“{name}”库存只有 {have} 件，不能减少 {taking} 件：请先盘点或登记入库</source>
        <translation>Only {have} of &quot;{name}&quot; are in stock; {taking} cannot be taken out: take stock or enter the production first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/stock.py" line="189"/>
        <source>请选择调整类型：损坏、样品、赠送或其他</source>
        <translation>Choose the kind of adjustment: damaged, sample, gift or other</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/stock.py" line="194"/>
        <source>请填写库存调整的原因</source>
        <translation>Enter the reason for the stock adjustment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/stock.py" line="213"/>
        <source>请填写寄售的地点，例如：什刹海便民店、春节庙会</source>
        <translation>Enter where the items are consigned, e.g. Shichahai shop, Spring Festival fair</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/stock.py" line="216"/>
        <source>寄售地点最多 {limit} 个字</source>
        <translation>A consignment place has at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/stock.py" line="250"/>
        <source>“{name}”在{place}寄售的只有 {out} 件，不能收回 {quantity} 件</source>
        <translation>Only {out} of &quot;{name}&quot; are on consignment at {place}; {quantity} cannot be taken back</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/stock.py" line="268"/>
        <source>请至少填写一种商品的盘点数量</source>
        <translation>Enter the count of at least one product</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/stock.py" line="271"/>
        <source>盘点数量不能为负数</source>
        <translation>A count cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/stock.py" line="282"/>
        <source>盘点有 {count} 种商品与账面不符：请填写差异的原因</source>
        <translation>{count} products differ from the books: enter the reason for the differences</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/stock.py" line="285"/>
        <source>盘点无差异</source>
        <translation>Stock-take without differences</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/staff_sign_ins.py" line="46"/>
        <source>{post} {starts}–{ends}（已记未到，代签到后撤销）</source>
        <translation>{post} {starts}–{ends} (marked no-show; signing in undoes it)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/staff_sign_ins.py" line="98"/>
        <source>{name} 在 {day} 没有报名这个班次，或已为这个班次签到过：请重新选择班次</source>
        <translation>{name} is not signed up for this shift on {day}, or has already signed in to it: please choose the shift again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/volunteers/staff_sign_ins.py" line="109"/>
        <source>{name} 已于 {time} 签到，还没有签退：请先为 TA 签退</source>
        <translation>{name} signed in at {time} and has not signed out yet: please sign them out first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_file.py" line="64"/>
        <source>保存失败：文件夹 {folder} 不存在</source>
        <translation>Not saved: the folder {folder} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_file.py" line="78"/>
        <source>保存失败，未生成文件 {target}：{reason}</source>
        <translation>Not saved, no file {target} was made: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_file.py" line="93"/>
        <source>找不到文件 {path}：请检查文件名和位置</source>
        <translation>File {path} not found: check its name and folder</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_file.py" line="96"/>
        <source>无法读取文件 {path}：{reason}</source>
        <translation>Cannot read file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_file.py" line="102"/>
        <source>文件 {path} 不完整或已损坏（可能复制时中断了），没有导入任何内容：请从义卖电脑重新导出</source>
        <translation>File {path} is incomplete or damaged (perhaps its copy was interrupted); nothing was imported: export it again from the bazaar laptop</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_file.py" line="109"/>
        <source>文件 {path} 是新版本的程序生成的，本程序读不了：请先升级本程序</source>
        <translation>File {path} was made by a newer version of the program and cannot be read here: update this program first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_file.py" line="117"/>
        <source>文件 {path} 不是义卖包：请选择中心导出的义卖包文件</source>
        <translation>File {path} is not a bazaar package: choose the package file the centre exported</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_file.py" line="119"/>
        <source>文件 {path} 不是义卖销售文件：请选择义卖电脑导出的销售文件</source>
        <translation>File {path} is not a bazaar sales file: choose the sales file the bazaar laptop exported</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_import.py" line="103"/>
        <source>文件 {path} 没有导入：{why}</source>
        <translation>File {path} was not imported: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_import.py" line="114"/>
        <source>它来自中心 {theirs}，不是本中心（{ours}）的义卖销售</source>
        <translation>it comes from centre {theirs}, not from this centre ({ours})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_import.py" line="120"/>
        <source>本中心没有导出过它的义卖包（{package}），它可能来自其他中心</source>
        <translation>this centre never exported its package ({package}); it may come from another centre</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_import.py" line="124"/>
        <source>文件在义卖电脑导出后被修改过（校验不符）：请从义卖电脑重新导出</source>
        <translation>the file was altered after the bazaar laptop exported it (the check does not match): export it again from the laptop</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_import.py" line="127"/>
        <source>文件内容不完整</source>
        <translation>the file&apos;s content is incomplete</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_import.py" line="160"/>
        <source>销售单 {uid} 的内容不正确</source>
        <translation>sale {uid} is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_import.py" line="173"/>
        <source>销售单 {uid} 中编码为 {code} 的商品不在本中心的商品目录里：请先在商品目录中添加这个编码的商品，再导入</source>
        <translation>Sale {uid} has a product with code {code} that is not in this centre&apos;s catalogue: add a product with that code to the catalogue first, then import</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_import.py" line="216"/>
        <source>这是义卖电脑的数据库：义卖销售文件要在中心的电脑上导入</source>
        <translation>This is a bazaar laptop&apos;s database: import bazaar sales files at the centre&apos;s computer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_import.py" line="442"/>
        <source>请填写处理说明，例如：已按义卖价入账，差价由中心承担</source>
        <translation>Write a settlement note, e.g. booked at the bazaar price, the difference borne by the centre</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_import.py" line="448"/>
        <source>没有编号为 {id} 的待处理事项</source>
        <translation>There is no item to settle numbered {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_import.py" line="451"/>
        <source>这一项已于 {at} 处理过</source>
        <translation>This item was settled at {at}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_laptop.py" line="83"/>
        <source>义卖包 {path} 已损坏或被修改过，不能打开：请从中心重新导出</source>
        <translation>Bazaar package {path} is damaged or was altered and cannot be opened: export it again at the centre</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_laptop.py" line="98"/>
        <source>这个数据库已经打开了{day}在{place}的义卖包，不能再打开另一个：请为新的义卖新建一个数据库文件</source>
        <translation>This database already holds the package for {place} on {day} and cannot open another: make a new database file for the new bazaar</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_laptop.py" line="103"/>
        <source>这个数据库里已有商品（可能是中心的数据库），不能打开义卖包：请为义卖电脑新建一个数据库文件</source>
        <translation>This database already has products (perhaps it is the centre&apos;s) and cannot open a bazaar package: make a new database file for the bazaar laptop</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_laptop.py" line="108"/>
        <source>本机的中心编码是 {ours}，义卖包来自中心 {theirs}：请在“设置 → 中心信息”中把中心编码改为 {theirs} 后再打开</source>
        <translation>This computer&apos;s centre code is {ours} and the package comes from centre {theirs}: change the centre code to {theirs} in &quot;Settings → Centre&quot;, then open it</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_laptop.py" line="128"/>
        <source>义卖带出的商品（{place}）</source>
        <translation>Items taken to the bazaar ({place})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_laptop.py" line="189"/>
        <source>这不是义卖电脑的数据库（没有打开过义卖包），没有义卖销售可以导出</source>
        <translation>This is not a bazaar laptop&apos;s database (no package was opened here): there are no bazaar sales to export</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_package.py" line="84"/>
        <source>请填写义卖的地点，例如：什刹海庙会</source>
        <translation>Enter the bazaar&apos;s place, e.g. Shichahai temple fair</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_package.py" line="87"/>
        <source>义卖地点最多 {limit} 个字</source>
        <translation>The bazaar&apos;s place can have at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_package.py" line="95"/>
        <source>请至少选择一种带去义卖的商品及数量</source>
        <translation>Choose at least one product and how many to take to the bazaar</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_package.py" line="102"/>
        <source>编号 {id} 的商品不在售，不能带去义卖</source>
        <translation>Product {id} is not on sale and cannot be taken to the bazaar</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_package.py" line="106"/>
        <source>“{name}”库存只有 {have} 件，不能带走 {quantity} 件</source>
        <translation>Only {have} of &quot;{name}&quot; on hand: {quantity} cannot be taken</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_package.py" line="121"/>
        <source>这是义卖电脑的数据库，不能再导出义卖包：请在中心的电脑上导出</source>
        <translation>This is a bazaar laptop&apos;s database and exports no packages: export at the centre&apos;s computer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/bazaar_package.py" line="125"/>
        <source>还没有填写中心编码：请管理员先在“设置 → 中心信息”中填写，再导出义卖包</source>
        <translation>The centre code is not set: an administrator enters it in &quot;Settings → Centre&quot; first; then export the package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/day_end_tab.py" line="214"/>
        <source>清点的现金</source>
        <translation>cash counted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="317"/>
        <source>售价</source>
        <translation>price</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="319"/>
        <source>材料成本</source>
        <translation>material cost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="94"/>
        <source>退款金额</source>
        <translation>refund amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_dialogs.py" line="57"/>
        <source>优惠金额</source>
        <translation>discount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="440"/>
        <source>实收现金</source>
        <translation>cash given</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/indicator_provider.py" line="37"/>
        <source>希联圆梦销售笔数</source>
        <translation>Xilian Yuanmeng sales</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/indicator_provider.py" line="38"/>
        <source>笔</source>
        <translation>sales</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/indicator_provider.py" line="39"/>
        <source>希联圆梦售出件数</source>
        <translation>Xilian Yuanmeng items sold</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/indicator_provider.py" line="41"/>
        <source>希联圆梦销售收入</source>
        <translation>Xilian Yuanmeng revenue</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/indicator_provider.py" line="43"/>
        <source>有收入的制作者</source>
        <translation>Makers with income</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/indicator_provider.py" line="45"/>
        <source>制作者收入合计</source>
        <translation>Makers&apos; income, total</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/indicator_provider.py" line="47"/>
        <source>制作者人均收入</source>
        <translation>Makers&apos; income, average</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/indicator_provider.py" line="49"/>
        <source>已发放制作者收入</source>
        <translation>Makers&apos; income paid out</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/indicator_provider.py" line="118"/>
        <source>{count} 个月的制作者收入还没有全部发放（最早是 {first}）：请在“希联圆梦”的制作者收入中发放并登记</source>
        <translation>In {count} months not every maker has been paid yet (the earliest is {first}): pay them and record it under makers&apos; income on the Xilian Yuanmeng page</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/indicator_provider.py" line="124"/>
        <source>{count} 种手工品账面库存小于0，如“{name}”：{have} 件：请登记入库或盘点</source>
        <translation>{count} handicrafts have stock below zero on the books, e.g. &quot;{name}&quot;: {have}: enter the production or take stock</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/indicator_provider.py" line="132"/>
        <source>本月有 {count} 笔销售明细超出账面库存，如 {day}“{name}”少 {missing} 件，原因：{reason}</source>
        <translation>{count} sale lines this month were sold beyond the stock on the books, e.g. {day} &quot;{name}&quot; {missing} short, reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/sales/indicator_provider.py" line="140"/>
        <source>本月有 {count} 笔销售明细的实收低于材料成本，如 {day}“{name}”：实收 {paid} 元，材料成本 {cost} 元</source>
        <translation>{count} sale lines this month were paid below their material cost, e.g. {day} &quot;{name}&quot;: paid {paid} yuan, material cost {cost} yuan</translation>
    </message>
</context>
<context>
    <name>MonthCard</name>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="94"/>
        <source>本月与上月</source>
        <translation>This month and last month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="95"/>
        <source>签到人次</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="95"/>
        <source>签到人数</source>
        <translation>Members signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="96"/>
        <source>开展活动</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="96"/>
        <source>参加活动人次</source>
        <translation>Activity participations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="98"/>
        <source>本月至今</source>
        <translation>This month so far</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="98"/>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="98"/>
        <source>上月全月</source>
        <translation>All of last month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="110"/>
        <source>本月至今{what}</source>
        <translation>{what}, this month so far</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="111"/>
        <source>{what}比上月同期</source>
        <translation>{what}, change against last month to the same day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="112"/>
        <source>上月全月{what}</source>
        <translation>{what}, all of last month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="127"/>
        <source>比上月同期 {change}</source>
        <translation>vs. same day last month {change}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="131"/>
        <source>本月至今：{first} 至 {last}；上月同期：{p_first} 至 {p_last}</source>
        <translation>This month so far: {first} to {last}; last month to the same day: {p_first} to {p_last}</translation>
    </message>
</context>
<context>
    <name>MonthClosePanel</name>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="32"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="33"/>
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="35"/>
        <source>报送时间</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="37"/>
        <source>报送人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="39"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="40"/>
        <source>文件校验码（SHA-256）</source>
        <translation>File checksum (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="57"/>
        <source>报送</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="67"/>
        <source>本月报送状态</source>
        <translation>Submission state of the month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="70"/>
        <source>报送并关账(&amp;S)…</source>
        <translation>&amp;Submit and close…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="71"/>
        <source>报送本月月报并关账</source>
        <translation>Submit this month&apos;s report and close the month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="73"/>
        <source>重新开账(&amp;R)…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="74"/>
        <source>重新打开已报送的月份</source>
        <translation>Reopen a submitted month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="76"/>
        <source>报送结果</source>
        <translation>Submission result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="81"/>
        <source>不能报送的原因</source>
        <translation>Why it cannot be submitted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="87"/>
        <source>报送记录（所有月份，最新在前）:</source>
        <translation>Submission log (all months, newest first):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="90"/>
        <source>报送记录</source>
        <translation>Submission log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="127"/>
        <source>已报送关账：第 {revision} 版，{at} 由 {who} 报送。本月记录只读；如需修改，请管理员重新开账。</source>
        <translation>Submitted and closed: revision {revision}, submitted {at} by {who}. This month&apos;s records are read-only; to change them, an administrator must reopen the month.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="132"/>
        <source>已重新开账（{at} 由 {who}，原因：{reason}）。改好后导出第 {revision} 版，再报送。</source>
        <translation>Reopened ({at} by {who}, reason: {reason}). Make the corrections, export revision {revision}, then submit it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="137"/>
        <source>未报送。第 {revision} 版已于 {at} 导出；报送后本月记录只读。</source>
        <translation>Not submitted. Revision {revision} was exported at {at}; after submitting, this month&apos;s records are read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="140"/>
        <source>未报送。先导出月报，再报送并关账。</source>
        <translation>Not submitted. Export the monthly report first, then submit and close.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="150"/>
        <source>只有管理员可以重新开账</source>
        <translation>Only an administrator can reopen a month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="159"/>
        <source>{month} 还没有结束，月底之后才能报送</source>
        <translation>{month} has not ended yet; it can be submitted after the month ends</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="163"/>
        <source>第 {revision} 版还没有导出：先导出月报，再报送</source>
        <translation>Revision {revision} has not been exported yet: export the monthly report first, then submit it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="170"/>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="176"/>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="177"/>
        <source>报送并关账</source>
        <translation>Submit and close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="171"/>
        <source>报送 {month} 第 {revision} 版月报并关账？
关账后本月的签到和活动记录只读，只有管理员可以重新开账。</source>
        <translation>Submit revision {revision} of the {month} report and close the month?
After closing, the month&apos;s sign-ins and activities are read-only; only an administrator can reopen it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="179"/>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="180"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="199"/>
        <source>已报送第 {revision} 版并关账</source>
        <translation>Revision {revision} submitted; the month is closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="209"/>
        <source>重新开账</source>
        <translation>Reopen month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="210"/>
        <source>重新打开 {month} 后可以修改本月记录；再导出时为第 {revision} 版，并附“变更”表列出报送后的所有修改。</source>
        <translation>After reopening {month} its records can be changed; the next export is revision {revision}, with a Changes sheet listing every change since the submission.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="213"/>
        <source>重新开账(&amp;O)</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="213"/>
        <source>如：区残联要求更正签到人次</source>
        <translation>e.g. the district federation asked for corrected sign-in counts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/month_close_panel.py" line="230"/>
        <source>已重新开账，下次导出为第 {revision} 版</source>
        <translation>Reopened; the next export is revision {revision}</translation>
    </message>
</context>
<context>
    <name>MonthMatrixModel</name>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_model.py" line="120"/>
        <location filename="../../desktop/ui/attendance/attendance_month_model.py" line="178"/>
        <location filename="../../desktop/ui/attendance/attendance_month_model.py" line="190"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_model.py" line="122"/>
        <source>{who}，本月合计 {n}</source>
        <translation>{who}, month total {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_model.py" line="126"/>
        <source>{day} 合计 {n} 人</source>
        <translation>{day}, total {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_model.py" line="128"/>
        <source>出勤</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_model.py" line="130"/>
        <source>未出勤</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_model.py" line="131"/>
        <source>{who}，{day}：{state}</source>
        <translation>{who}, {day}: {state}</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_panel.py" line="54"/>
        <source>月度出勤表</source>
        <translation>Monthly attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_panel.py" line="71"/>
        <source>月份(&amp;M):</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_panel.py" line="73"/>
        <source>服务项目(&amp;G):</source>
        <translation>Pro&amp;gramme:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_panel.py" line="78"/>
        <source>本月合计</source>
        <translation>Month totals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_panel.py" line="90"/>
        <source>导出到 Excel(&amp;X)…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_panel.py" line="91"/>
        <source>把这张月度出勤表导出到 Excel</source>
        <translation>Export this monthly attendance to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_panel.py" line="93"/>
        <source>导出结果</source>
        <translation>Export result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_panel.py" line="138"/>
        <source>{members} 人；签到 {total} 人次；有签到的日子 {days} 天</source>
        <translation>{members} members; {total} sign-ins; {days} days with sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_panel.py" line="148"/>
        <source>考勤-{month}{programme}.xlsx</source>
        <translation>attendance-{month}{programme}.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_panel.py" line="150"/>
        <source>导出月度出勤表</source>
        <translation>Export monthly attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_panel.py" line="151"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_panel.py" line="162"/>
        <source>正在导出月度出勤表…</source>
        <translation>Exporting the monthly attendance…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_panel.py" line="165"/>
        <source>已导出 {n} 人到 {path}</source>
        <translation>Exported {n} members to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/attendance_month_panel.py" line="183"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>NotSeenModel</name>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_model.py" line="26"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_model.py" line="28"/>
        <source>上次签到</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_model.py" line="30"/>
        <source>未签到（周）</source>
        <translation>Not seen (weeks)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_model.py" line="32"/>
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_model.py" line="34"/>
        <source>本人电话</source>
        <translation>Own phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_model.py" line="36"/>
        <source>监护人、家属和紧急联系人</source>
        <translation>Guardians, family and emergency contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_model.py" line="38"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_model.py" line="40"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>NotSeenPanel</name>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="67"/>
        <source>名单人数</source>
        <translation>Members on the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="71"/>
        <source>久未签到会员名单</source>
        <translation>Members not seen recently</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="87"/>
        <source>名单：在册会员中 N 周或更久没有有效签到的（正好 N 周也算），以及从未签到的（按入会日期计周数）。电话和住址默认只显示部分；需要打电话或走访时勾选“显示完整电话和住址”，查看、导出和打印完整名单都会记入操作日志。</source>
        <translation>The list: members on the register without a valid sign-in for N weeks or more (exactly N weeks counts too), and those who never signed in (weeks counted from joining). Phone numbers and addresses show only in part; to phone or visit, tick “Show full phone numbers and addresses”: viewing, exporting and printing the full list are written to the audit log.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="98"/>
        <source>未签到满(&amp;W):</source>
        <translation>&amp;Weeks without a sign-in:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="102"/>
        <source> 周</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="104"/>
        <source>改动后中心记住这个周数</source>
        <translation>The centre keeps this number of weeks once changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="109"/>
        <source>服务项目(&amp;O):</source>
        <translation>Pr&amp;ogramme:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="113"/>
        <source>显示完整电话和住址(&amp;F)</source>
        <translation>Show &amp;full phone numbers and addresses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="114"/>
        <source>显示完整电话和住址</source>
        <translation>Show full phone numbers and addresses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="116"/>
        <source>会记入操作日志</source>
        <translation>Written to the audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="119"/>
        <source>没有权限查看完整电话和住址</source>
        <translation>No permission to view full phone numbers and addresses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="137"/>
        <source>导出 Excel(&amp;L)…</source>
        <translation>Export to Exce&amp;l…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="138"/>
        <source>把久未签到会员名单导出到 Excel</source>
        <translation>Export the list of members not seen recently to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="140"/>
        <source>打印(&amp;I)…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="141"/>
        <source>打印久未签到会员联系名单</source>
        <translation>Print the contact list of members not seen recently</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="143"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="185"/>
        <source>截至 {today}：{weeks} 周以上未签到或从未签到的在册会员 {n} 人，其中从未签到 {never} 人</source>
        <translation>As of {today}: members on the register not seen for {weeks} weeks or more, or never: {n}, of whom never signed in: {never}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="206"/>
        <source>周数未能保存为中心的设置：{reason}</source>
        <translation>The number of weeks could not be saved as the centre&apos;s setting: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="221"/>
        <source>导出久未签到会员名单</source>
        <translation>Export the members not seen recently</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="222"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="233"/>
        <source>正在导出久未签到会员名单…</source>
        <translation>Exporting the members not seen recently…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="239"/>
        <source>已导出 {n} 人到 {path}</source>
        <translation>Exported {n} members to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="241"/>
        <source>（含完整电话和住址，已记入操作日志）</source>
        <translation> (with full phone numbers and addresses; written to the audit log)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/not_seen_panel.py" line="264"/>
        <source>久未签到会员联系名单打印预览</source>
        <translation>Print preview of the contact list of members not seen recently</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="116"/>
        <source>新建订单</source>
        <translation>New order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="121"/>
        <source>如：月坛街道办事处</source>
        <translation>e.g. Yuetan Subdistrict Office</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="123"/>
        <source>联系人和电话</source>
        <translation>Contact person and phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="124"/>
        <source>有交货日期(&amp;U)</source>
        <translation>Has a d&amp;ue date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="125"/>
        <source>有交货日期</source>
        <translation>Has a due date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="133"/>
        <source>订购单位(&amp;C):</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="134"/>
        <source>联系人(&amp;O):</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="136"/>
        <source>交货日期:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="137"/>
        <source>交货日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="139"/>
        <source>备注(&amp;N):</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="142"/>
        <source>商品名称、拼音首字母或编码</source>
        <translation>Product name, pinyin initials or code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="144"/>
        <source>找到的商品</source>
        <translation>Products found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="150"/>
        <source>添加商品(&amp;A)</source>
        <translation>&amp;Add product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="150"/>
        <source>把选中的商品加入订单</source>
        <translation>Add the selected product to the order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="152"/>
        <source>移除(&amp;R)</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="152"/>
        <source>从订单中移除选中的商品</source>
        <translation>Remove the selected product from the order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="154"/>
        <source>查找商品(&amp;F):</source>
        <translation>&amp;Find product:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="161"/>
        <source>数量(&amp;Q):</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="163"/>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="169"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="166"/>
        <source>商品</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="167"/>
        <source>单价（元）</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="171"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="174"/>
        <source>订单商品</source>
        <translation>Items of the order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="178"/>
        <source>保存订单(&amp;S)</source>
        <translation>&amp;Save order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="184"/>
        <source>{name}&#x3000;{code}&#x3000;¥{price}</source>
        <translation>{name}  {code}  ¥{price}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="195"/>
        <source>请先输入商品名称或编码找到商品，再选中一种</source>
        <translation>Type a product name or code to find it first, then select one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="219"/>
        <source>合计：{total} 元</source>
        <translation>Total: {total} yuan</translation>
    </message>
</context>
<context>
    <name>OrdersDialogs</name>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="94"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="57"/>
        <source>已取消：{reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="60"/>
        <source>已收款 {day}</source>
        <translation>Paid {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="61"/>
        <source>未收款</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="66"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="67"/>
        <source>{name}×{quantity}</source>
        <translation>{name} ×{quantity}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="74"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="76"/>
        <source>下单日期</source>
        <translation>Ordered on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="78"/>
        <source>订购单位</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="80"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="83"/>
        <source>交货日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="85"/>
        <source>已交货</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="87"/>
        <source>发票</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="89"/>
        <source>收款</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="91"/>
        <source>商品</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="105"/>
        <source>显示已完成和已取消的订单(&amp;W)</source>
        <translation>Sho&amp;w finished and cancelled orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="106"/>
        <source>显示已完成和已取消的订单</source>
        <translation>Show finished and cancelled orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="108"/>
        <source>新建订单(&amp;N)…</source>
        <translation>&amp;New order…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="108"/>
        <source>登记一份新订单</source>
        <translation>Record a new order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="116"/>
        <source>订单</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="120"/>
        <source>登记交货(&amp;D)…</source>
        <translation>&amp;Delivered…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="120"/>
        <source>登记选中订单的交货日期</source>
        <translation>Record the day the selected order was delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="122"/>
        <source>收款(&amp;P)…</source>
        <translation>&amp;Payment…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="122"/>
        <source>登记选中订单已收款，计入销售</source>
        <translation>Record that the selected order was paid; it counts as a sale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="124"/>
        <source>取消订单(&amp;C)…</source>
        <translation>&amp;Cancel order…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="124"/>
        <source>取消选中的订单，写明原因</source>
        <translation>Cancel the selected order, giving a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="126"/>
        <source>打印送货单(&amp;R)…</source>
        <translation>P&amp;rint delivery note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="126"/>
        <source>打印选中订单的送货单</source>
        <translation>Print the selected order&apos;s delivery note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="128"/>
        <source>送货单存为PDF(&amp;F)…</source>
        <translation>Save delivery note as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="128"/>
        <source>把选中订单的送货单保存为PDF文件</source>
        <translation>Save the selected order&apos;s delivery note as a PDF file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="130"/>
        <source>发票(&amp;V):</source>
        <translation>In&amp;voice:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="134"/>
        <source>发票状态</source>
        <translation>Invoice status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="136"/>
        <source>更改发票状态(&amp;I)</source>
        <translation>Change &amp;invoice status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="137"/>
        <source>把选中订单的发票状态改为所选</source>
        <translation>Set the selected order&apos;s invoice status to the one chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="147"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="199"/>
        <source>已登记订单 {id}</source>
        <translation>Order {id} recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="238"/>
        <source>订单 {id}：{status}</source>
        <translation>Order {id}: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="250"/>
        <source>已取消订单 {id}</source>
        <translation>Order {id} cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="254"/>
        <source>取消订单</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="254"/>
        <source>取消的订单仍保留在记录中。</source>
        <translation>A cancelled order stays on record.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="255"/>
        <source>取消订单(&amp;C)</source>
        <translation>&amp;Cancel order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="256"/>
        <source>如：对方取消采购</source>
        <translation>e.g. the customer called off the purchase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="270"/>
        <source>已保存送货单：{path}</source>
        <translation>Delivery note saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="278"/>
        <source>保存送货单</source>
        <translation>Save delivery note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="278"/>
        <source>送货单-{id}.pdf</source>
        <translation>delivery-note-{id}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="279"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_tab.py" line="295"/>
        <source>已送打印：送货单 {pages} 页</source>
        <translation>Sent to the printer: delivery note, {pages} pages</translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <location filename="../../desktop/ui/common/model_action.py" line="89"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/model_action.py" line="47"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PagedPrint</name>
    <message>
        <location filename="../../desktop/ui/common/paged_print.py" line="58"/>
        <source>第 {page} 页，共 {pages} 页</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/paged_print.py" line="243"/>
        <source>无法开始打印：打印机或文件 {name} 无法打开</source>
        <translation>Cannot start printing: the printer or file {name} cannot be opened</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="242"/>
        <source>录入纸质签到表</source>
        <translation>Enter paper sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="247"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="248"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="249"/>
        <source>服务项目(&amp;G):</source>
        <translation>Pro&amp;gramme:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="252"/>
        <source>签到时间</source>
        <translation>Sign-in time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="253"/>
        <source>纸质签到表上没有逐人时间时，按此时间录入</source>
        <translation>Used for everyone when the paper sheet has no time for each person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="254"/>
        <source>统一签到时间(&amp;I):</source>
        <translation>Sign-&amp;in time for all:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="256"/>
        <source>输入拼音首字母(如 zs)，回车勾选</source>
        <translation>Type pinyin initials (e.g. zs), Enter ticks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="258"/>
        <source>拼音跳转(&amp;J):</source>
        <translation>&amp;Jump to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="259"/>
        <source>拼音跳转</source>
        <translation>Jump to a member by pinyin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="265"/>
        <source>应到会员（空格键勾选）</source>
        <translation>Expected members (Space ticks)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="274"/>
        <source>全选(&amp;A)</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="275"/>
        <source>勾选全部未签到的会员</source>
        <translation>Tick every member not yet signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="276"/>
        <source>全不选(&amp;N)</source>
        <translation>Tick &amp;none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="277"/>
        <source>取消全部勾选</source>
        <translation>Untick everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="279"/>
        <source>勾选人数</source>
        <translation>Members ticked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="292"/>
        <source>录入(&amp;S)</source>
        <translation>&amp;Save entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="293"/>
        <source>录入勾选的会员</source>
        <translation>Enter the ticked members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="295"/>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="296"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="321"/>
        <source>已勾选 {n} 人；已签到 {m} 人（不重复录入）</source>
        <translation>Ticked: {n}; already signed in: {m} (not entered again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="352"/>
        <source>还没有勾选任何人</source>
        <translation>Nobody is ticked yet</translation>
    </message>
</context>
<context>
    <name>PaperSheet</name>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="80"/>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="134"/>
        <source>全部项目</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="96"/>
        <source>{centre}签到表</source>
        <translation>{centre} sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="83"/>
        <source>日期：{day}（星期{weekday}）&#x3000;服务项目：{programme}&#x3000;应到：{n} 人</source>
        <translation>Date: {day} ({weekday})   Programme: {programme}   Expected: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="81"/>
        <source>{day}（星期{weekday}）</source>
        <translation>{day} ({weekday})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="87"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="88"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="89"/>
        <source>卡号</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="90"/>
        <source>签到时间</source>
        <translation>Time in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="91"/>
        <source>签名</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="99"/>
        <source>签到表</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="100"/>
        <source>服务项目：{programme}</source>
        <translation>Programme: {programme}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="104"/>
        <source>制表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="105"/>
        <source>核对人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="107"/>
        <source>录入日期</source>
        <translation>Date entered</translation>
    </message>
</context>
<context>
    <name>PaperSheetDialog</name>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="148"/>
        <source>打印签到表</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="150"/>
        <source>签到台无法使用时，打印当天应到会员的名单（按拼音排序），请会员手写签到；之后用“录入纸质签到表”一次录入。</source>
        <translation>When the kiosk cannot be used, print the list of members expected that day (in pinyin order) for them to sign by hand; afterwards enter it in one pass with &quot;Enter paper sheet&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="155"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="158"/>
        <source>服务项目(&amp;G):</source>
        <translation>Pro&amp;gramme:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="165"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="168"/>
        <source>打印预览(&amp;V)…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="169"/>
        <source>打印预览并打印</source>
        <translation>Print preview and print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="170"/>
        <source>保存为 PDF(&amp;F)…</source>
        <translation>Save as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="171"/>
        <source>把签到表保存为 PDF 文件</source>
        <translation>Save the sign-in sheet as a PDF file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="175"/>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="176"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="193"/>
        <source>应到 {n} 人</source>
        <translation>Expected: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="201"/>
        <source>签到表打印预览</source>
        <translation>Sign-in sheet print preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="215"/>
        <source>签到表-{day}.pdf</source>
        <translation>sign-in-sheet-{day}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="216"/>
        <source>保存签到表</source>
        <translation>Save sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="217"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="231"/>
        <source>正在生成签到表 PDF…</source>
        <translation>Making the sign-in sheet PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_sheet.py" line="236"/>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="66"/>
        <source>活动参加者</source>
        <translation>Activity participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="69"/>
        <source>{title}（{kind}，{day}）</source>
        <translation>{title} ({kind}, {day})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="85"/>
        <source>⚠ 这个活动已作废，不能再修改参加者。</source>
        <translation>⚠ This activity was voided; its participants can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="90"/>
        <source>⚠ 活动日期还没到：当天或之后才能登记参加者。</source>
        <translation>⚠ The activity has not taken place yet: participants are recorded on or after its day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="100"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="104"/>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="105"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="120"/>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="153"/>
        <source>已参加</source>
        <translation>taking part</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="121"/>
        <source>当天签到的会员</source>
        <translation>Members signed in that day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="124"/>
        <source>全选(&amp;A)</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="125"/>
        <source>勾选当天签到的全部会员</source>
        <translation>Tick every member signed in that day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="127"/>
        <source>加入勾选的会员(&amp;J)</source>
        <translation>Add ticked &amp;members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="128"/>
        <source>把勾选的签到会员加入参加者</source>
        <translation>Add the ticked signed-in members as participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="139"/>
        <source>按姓名、拼音首字母或卡号查找会员</source>
        <translation>Find members by name, pinyin initials or card number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="142"/>
        <source>查找(&amp;F):</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="146"/>
        <source>如 zs 或 张三</source>
        <translation>e.g. zs or zhangsan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="147"/>
        <source>查找会员</source>
        <translation>Find members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="154"/>
        <source>查找结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="156"/>
        <source>加入勾选的查找结果(&amp;I)</source>
        <translation>Add ticked r&amp;esults</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="157"/>
        <source>把勾选的查找结果加入参加者</source>
        <translation>Add the ticked search results as participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="168"/>
        <source>参加者</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="170"/>
        <source>移除勾选的参加者(&amp;R)…</source>
        <translation>&amp;Remove ticked participants…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="171"/>
        <source>移除勾选的参加者</source>
        <translation>Remove ticked participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="184"/>
        <source>当天签到的会员（{n} 人）</source>
        <translation>Members signed in that day ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="188"/>
        <source>参加者（{n} 人）</source>
        <translation>Participants ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="198"/>
        <source>请先勾选要加入的会员（空格键勾选）</source>
        <translation>Tick the members to add first (Space ticks)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="206"/>
        <source>已加入 {n} 人</source>
        <translation>{n} added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="223"/>
        <source>请先勾选要移除的参加者（空格键勾选）</source>
        <translation>Tick the participants to remove first (Space ticks)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="226"/>
        <source>移除参加者</source>
        <translation>Remove participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="227"/>
        <source>将从这个活动中移除 {n} 名参加者。移除会记录在操作日志中（谁、何时、为什么）。</source>
        <translation>{n} participants will be removed from this activity. The removal is written to the audit log (who, when, why).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="228"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/participants_dialog.py" line="247"/>
        <source>已移除 {n} 人</source>
        <translation>{n} removed</translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="185"/>
        <source>每周排班</source>
        <translation>Weekly schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="185"/>
        <source>排班(&amp;S)</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="188"/>
        <source>岗位(&amp;P):</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="199"/>
        <source>每周(&amp;W):</source>
        <translation>Every &amp;week on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="203"/>
        <source>开始(&amp;B):</source>
        <translation>&amp;Begins:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="205"/>
        <source>结束(&amp;E):</source>
        <translation>&amp;Ends:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="209"/>
        <source>需要人数(&amp;N):</source>
        <translation>Places &amp;needed:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="211"/>
        <source>第一天(&amp;F):</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="214"/>
        <source>最后一天(&amp;L):</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="216"/>
        <source>例如 2024-06-10, 2024-09-17</source>
        <translation>e.g. 2024-06-10, 2024-09-17</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="217"/>
        <source>跳过的日子(&amp;H):</source>
        <translation>Days to skip (&amp;H):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="220"/>
        <source>备注(&amp;M):</source>
        <translation>Note (&amp;M):</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="270"/>
        <source>订单收款</source>
        <translation>Order payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="272"/>
        <source>订单 {id}：{customer}，合计 {total} 元</source>
        <translation>Order {id}: {customer}, total {total} yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="281"/>
        <source>库存不足时填写原因，如：已直接从制作者处送货</source>
        <translation>Required when stock is short, e.g. delivered straight from the maker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="282"/>
        <source>收款方式(&amp;P):</source>
        <translation>&amp;Paid by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="283"/>
        <source>库存不足原因(&amp;R):</source>
        <translation>&amp;Reason if short of stock:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="284"/>
        <source>收款(&amp;S)</source>
        <translation>&amp;Save payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/orders_dialogs.py" line="299"/>
        <source>已收款：订单 {id}，{total} 元</source>
        <translation>Paid: order {id}, {total} yuan</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="53"/>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="53"/>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="54"/>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="54"/>
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="55"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="44"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="46"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="48"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="50"/>
        <source>身份证号</source>
        <translation>ID card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="51"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="52"/>
        <source>身份</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="54"/>
        <source>残疾类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="56"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="58"/>
        <source>服务项目</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="60"/>
        <source>街道</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="62"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="64"/>
        <source>签到卡号</source>
        <translation>Check-in card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="66"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="33"/>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_model.py" line="34"/>
        <source>在册</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="59"/>
        <source>{born} 出生</source>
        <translation>born {born}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="63"/>
        <source>身份证号尾号 {digits}</source>
        <translation>ID card ending {digits}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="67"/>
        <source>{name}（{details}）</source>
        <translation>{name} ({details})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="68"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="125"/>
        <source>人员列表</source>
        <translation>People list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="148"/>
        <source>查找(&amp;Q):</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="153"/>
        <source>姓名、拼音首字母(如 zs)、全拼、证件号后4位、电话或卡号</source>
        <translation>Name, pinyin initials (e.g. zs), full pinyin, last 4 digits of ID, phone or card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="154"/>
        <source>查找人员</source>
        <translation>Find people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="158"/>
        <source>结果数量</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="166"/>
        <location filename="../../desktop/ui/people/people_page.py" line="202"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="190"/>
        <source>身份(&amp;R):</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="192"/>
        <source>类别(&amp;C):</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="194"/>
        <source>等级(&amp;G):</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="196"/>
        <source>项目(&amp;P):</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="198"/>
        <source>街道(&amp;T):</source>
        <translation>S&amp;treet:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="200"/>
        <source>在册</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="201"/>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="204"/>
        <source>归档状态</source>
        <translation>Archive status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="206"/>
        <source>状态(&amp;A):</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="210"/>
        <source>核查(&amp;V):</source>
        <translation>Re&amp;view:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="211"/>
        <source>缺残疾证号的会员</source>
        <translation>Members without a certificate number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="212"/>
        <source>入会或离会日期晚于今天</source>
        <translation>Joining or leaving date after today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="220"/>
        <source>新增(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="221"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="222"/>
        <source>归档(&amp;H)…</source>
        <translation>Arc&amp;hive…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="223"/>
        <source>恢复(&amp;U)</source>
        <translation>Re&amp;store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="224"/>
        <source>新增人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="225"/>
        <source>编辑所选人员</source>
        <translation>Edit selected person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="226"/>
        <source>归档所选人员</source>
        <translation>Archive selected person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="227"/>
        <source>恢复所选人员</source>
        <translation>Restore selected person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="231"/>
        <source>导入名册(&amp;M)…</source>
        <translation>I&amp;mport roster…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="232"/>
        <source>从 Excel 名册导入会员</source>
        <translation>Import members from an Excel roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="233"/>
        <source>保存空白名册(&amp;B)…</source>
        <translation>Save &amp;blank roster…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="234"/>
        <source>保存空白名册模板</source>
        <translation>Save a blank roster template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="262"/>
        <source>保存空白名册</source>
        <translation>Save blank roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="262"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="265"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="301"/>
        <source>共 {n} 人</source>
        <translation>Total: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="439"/>
        <source>无法归档</source>
        <translation>Cannot archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/people_page.py" line="451"/>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="50"/>
        <source>找不到照片文件：{path}</source>
        <translation>Photo file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="53"/>
        <source>照片文件太大（超过30 MB），请换一张</source>
        <translation>The photo file is too large (over 30 MB); please choose another one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="58"/>
        <source>图片太大（超过6000万像素），请换一张</source>
        <translation>The picture is too large (over 60 megapixels); please choose another one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="63"/>
        <source>无法读取图片：不是支持的图片格式（JPG、PNG、BMP、GIF），或文件已损坏</source>
        <translation>Cannot read the picture: not a supported format (JPG, PNG, BMP, GIF), or the file is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="85"/>
        <source>新增人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="85"/>
        <source>编辑人员</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="101"/>
        <source>显示完整证件号、电话和住址(&amp;Q)</source>
        <translation>Show full ID, phone and address (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="102"/>
        <source>显示完整证件号、电话和住址</source>
        <translation>Show full ID, phone and address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="103"/>
        <source>查看会记录在操作日志中</source>
        <translation>Viewing is recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="112"/>
        <source>打开此人(&amp;D)</source>
        <translation>Vie&amp;w existing record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="113"/>
        <source>打开已登记的同一人</source>
        <translation>Open the person already registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="124"/>
        <source>不能保存的原因</source>
        <translation>Why it cannot be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="129"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="130"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="132"/>
        <location filename="../../desktop/ui/people/person_dialog.py" line="133"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="159"/>
        <source>无法显示</source>
        <translation>Cannot show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="170"/>
        <source>{field}已隐藏，不能直接修改。点“显示并修改”显示完整信息后再改（查看会记入操作日志）。</source>
        <translation>{field} is hidden and cannot be changed directly. Click “Show and change” to show the full details, then change them (viewing them is written to the audit log).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="174"/>
        <source>{field}已隐藏。这个账户没有查看完整证件号、电话和住址的权限，不能修改；如需修改请联系管理员。</source>
        <translation>{field} is hidden. This account may not view full ID numbers, phone numbers and addresses, so it cannot change them; ask an administrator to change them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="191"/>
        <location filename="../../desktop/ui/people/person_dialog.py" line="266"/>
        <source>无照片</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="195"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="196"/>
        <source>选择照片(&amp;F)…</source>
        <translation>Choose photo &amp;file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="197"/>
        <source>选择照片文件</source>
        <translation>Choose photo file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="199"/>
        <source>拍照…</source>
        <translation>Take photo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="200"/>
        <source>用摄像头拍照</source>
        <translation>Take a photo with the camera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="202"/>
        <location filename="../../desktop/ui/people/person_dialog.py" line="203"/>
        <source>移除照片</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="219"/>
        <source>选择照片</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="219"/>
        <source>图片 (*.jpg *.jpeg *.png *.bmp *.gif)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="281"/>
        <source>请选择关联的会员</source>
        <translation>Please choose the member this person is linked to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="306"/>
        <source>还不能保存：{reason}</source>
        <translation>Cannot save yet: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="314"/>
        <source>⚠ 不能保存：</source>
        <translation>⚠ Cannot save: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="325"/>
        <source>注意：已有 {name}（{born}），{reason}；如是同一人请打开原记录</source>
        <translation>Note: {name} (born {born}) is already registered, {reason}. If this is the same person, please open the existing record.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="353"/>
        <source>放弃修改？</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="354"/>
        <source>放弃修改？
表单中的修改还没有保存，放弃后将不会保存。</source>
        <translation>Discard changes?
The changes in this form have not been saved; if you discard them, they will not be saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="357"/>
        <source>放弃修改(&amp;D)</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="358"/>
        <source>放弃修改并关闭</source>
        <translation>Discard the changes and close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="360"/>
        <source>继续编辑(&amp;E)</source>
        <translation>Keep &amp;editing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="361"/>
        <source>继续编辑</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="398"/>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="399"/>
        <source>表单内容仍然保留，可以改正后再保存，或取消。</source>
        <translation>What you typed is kept: correct it and save again, or cancel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="384"/>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_dialog.py" line="385"/>
        <source>表单内容仍然保留，请稍后重试。</source>
        <translation>Your entries are still in the form. Please try again later.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="77"/>
        <source>基本信息</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="80"/>
        <source>如：张三、阿依古丽·买买提</source>
        <translation>As on the ID card, e.g. 张三, 阿依古丽·买买提</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="81"/>
        <source>18位，最后一位可为X</source>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="84"/>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="88"/>
        <source>手机11位，或座机如 010-66012345</source>
        <translation>11-digit mobile, or landline e.g. 010-66012345</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="101"/>
        <source>姓名(&amp;N):</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="102"/>
        <source>身份证号(&amp;I):</source>
        <translation>&amp;ID card no.:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="103"/>
        <source>性别(&amp;X):</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="104"/>
        <source>出生日期(&amp;B):</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="105"/>
        <source>联系电话(&amp;P):</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="106"/>
        <source>街道(&amp;T):</source>
        <translation>S&amp;treet:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="107"/>
        <source>社区(&amp;U):</source>
        <translation>Communit&amp;y:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="108"/>
        <source>住址(&amp;A):</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="109"/>
        <source>紧急联系人(&amp;E):</source>
        <translation>&amp;Emergency contact:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="110"/>
        <source>紧急联系电话:</source>
        <translation>Emergency phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="111"/>
        <source>备注(&amp;O):</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="128"/>
        <source>身份（可多选）</source>
        <translation>Roles (choose one or more)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="130"/>
        <source>残疾人会员(&amp;M)</source>
        <translation>&amp;Member (person with disability)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="131"/>
        <source>志愿者(&amp;V)</source>
        <translation>&amp;Volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="132"/>
        <source>家属/监护人(&amp;G)</source>
        <translation>Family / &amp;guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="142"/>
        <source>会员信息</source>
        <translation>Member details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="145"/>
        <source>身份证号+类别(1–7)+等级(1–4)，共20位</source>
        <translation>ID card no. + category (1–7) + grade (1–4), 20 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="153"/>
        <source>服务项目：</source>
        <translation>Programme: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="160"/>
        <source>签到卡或二维码上的编号</source>
        <translation>The number on the check-in card or QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="161"/>
        <source>残疾人证号(&amp;C):</source>
        <translation>Disability &amp;certificate no.:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="162"/>
        <source>类别与等级:</source>
        <translation>Category and grade:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="163"/>
        <source>服务项目:</source>
        <translation>Programmes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="164"/>
        <source>入会日期(&amp;J):</source>
        <translation>&amp;Joined on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="165"/>
        <source>离开日期(&amp;L):</source>
        <translation>&amp;Left on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="166"/>
        <source>签到卡号(&amp;K):</source>
        <translation>Chec&amp;k-in card no.:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="174"/>
        <source>志愿者信息</source>
        <translation>Volunteer details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="179"/>
        <source>志愿者编号(&amp;W):</source>
        <translation>Vol&amp;unteer no.:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="180"/>
        <source>所属组织(&amp;Z):</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="187"/>
        <source>家属/监护人信息</source>
        <translation>Family / guardian details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="195"/>
        <source>{name}（{id}）</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="197"/>
        <source>如：母亲、配偶</source>
        <translation>e.g. mother, spouse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="198"/>
        <location filename="../../desktop/ui/people/person_form.py" line="202"/>
        <source>是法定监护人</source>
        <translation>Is the legal guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="199"/>
        <source>关联会员(&amp;H):</source>
        <translation>Linke&amp;d member:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="200"/>
        <source>与会员关系(&amp;R):</source>
        <translation>Relations&amp;hip to member:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="227"/>
        <source>性别和出生日期已由身份证号自动填写</source>
        <translation>Sex and date of birth were filled in from the ID card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/person_form.py" line="237"/>
        <source>（由残疾人证号自动得出）</source>
        <translation>(taken from the disability certificate no.)</translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <location filename="../../desktop/ui/care/pickup_dialog.py" line="20"/>
        <location filename="../../desktop/ui/care/pickup_dialog.py" line="36"/>
        <source>添加接送人</source>
        <translation>Add pick-up person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/pickup_dialog.py" line="27"/>
        <source>如：母亲、哥哥、邻居</source>
        <translation>e.g. mother, brother, neighbour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/pickup_dialog.py" line="29"/>
        <source>手机11位，或座机如 010-66012345</source>
        <translation>11-digit mobile, or landline such as 010-66012345</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/pickup_dialog.py" line="30"/>
        <source>是监护人(&amp;G)</source>
        <translation>Is a &amp;guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/pickup_dialog.py" line="31"/>
        <source>是监护人</source>
        <translation>Is a guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/pickup_dialog.py" line="32"/>
        <source>姓名(&amp;N):</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/pickup_dialog.py" line="33"/>
        <source>与会员关系(&amp;R):</source>
        <translation>&amp;Relation to member:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/pickup_dialog.py" line="34"/>
        <source>联系电话(&amp;P):</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/pickup_dialog.py" line="36"/>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="83"/>
        <source>{service} 星期{day}</source>
        <translation>{service} on {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="93"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="94"/>
        <source>{service} 每次分钟数</source>
        <translation>{service} minutes each time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="102"/>
        <source>{service} 服务目标</source>
        <translation>{service} goal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="175"/>
        <source>个别化服务计划 – {name}</source>
        <translation>Individual service plan – {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="179"/>
        <source>计划(&amp;L):</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="181"/>
        <source>选择服务计划</source>
        <translation>Choose a service plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="191"/>
        <source>服务计划保存结果</source>
        <translation>Plan save result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="194"/>
        <source>保存计划(&amp;S)</source>
        <translation>&amp;Save plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="194"/>
        <source>保存服务计划</source>
        <translation>Save the service plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="204"/>
        <source>目标和日期</source>
        <translation>Goals and dates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="209"/>
        <source>如：三个月内能独立用勺进食；每周参加两次手工</source>
        <translation>e.g. eats with a spoon unaided within three months; handicraft twice a week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="212"/>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="241"/>
        <source>计划开始日期</source>
        <translation>Plan start date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="214"/>
        <source>下次评估日期</source>
        <translation>Next review date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="219"/>
        <source>下次评估(&amp;R):</source>
        <translation>Next &amp;review:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="228"/>
        <source>签字的计划已收回(&amp;G)</source>
        <translation>Signed plan returned (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="229"/>
        <source>监护人已签字</source>
        <translation>Guardian has signed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="232"/>
        <source>签字的监护人</source>
        <translation>Guardian who signed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="233"/>
        <source>签字的监护人姓名</source>
        <translation>Name of the guardian who signed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="234"/>
        <source>监护人签字日期</source>
        <translation>Date the guardian signed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="239"/>
        <source>服务目标(&amp;O):</source>
        <translation>G&amp;oals:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="240"/>
        <source>开始日期(&amp;B):</source>
        <translation>&amp;Begins:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="244"/>
        <source>监护人签字:</source>
        <translation>Guardian&apos;s signature:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="245"/>
        <source>监护人签字</source>
        <translation>Guardian&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="253"/>
        <source>服务安排（勾选每周提供的日子）</source>
        <translation>Services (tick the weekdays each is given)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="261"/>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="264"/>
        <source>每次时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="265"/>
        <source>这项服务的目标</source>
        <translation>Goal of this service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="314"/>
        <source>评估和结束</source>
        <translation>Review and end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="320"/>
        <source>记录评估(&amp;V)…</source>
        <translation>Record re&amp;view…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="320"/>
        <source>记录这份计划的评估</source>
        <translation>Record a review of this plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="322"/>
        <source>结束计划(&amp;E)…</source>
        <translation>&amp;End plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="322"/>
        <source>结束这份计划</source>
        <translation>End this plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="351"/>
        <source>新建计划</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="359"/>
        <source>{start} 起（进行中）</source>
        <translation>From {start} (current)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="360"/>
        <source>{start} 起（未开始）</source>
        <translation>From {start} (not started)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="362"/>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="410"/>
        <source>新计划：开始后，之前的计划在前一天结束</source>
        <translation>New plan: the previous plan ends the day before it starts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="411"/>
        <source>保存计划后可以记录评估或结束计划。</source>
        <translation>Save the plan to record reviews or end it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="414"/>
        <source>下次评估：{day}</source>
        <translation>Next review: {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="418"/>
        <source>已于 {day} 结束</source>
        <translation>Ended on {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="421"/>
        <source>最近一次评估：{day}&#x3000;{notes}</source>
        <translation>Last review: {day}  {notes}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="423"/>
        <source>这份计划还没有评估过。</source>
        <translation>This plan has not been reviewed yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="476"/>
        <source>未保存：请按提示修改</source>
        <translation>Not saved: correct the fields marked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="482"/>
        <source>服务计划已保存</source>
        <translation>Service plan saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="483"/>
        <source>新的服务计划已保存</source>
        <translation>New service plan saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="495"/>
        <source>评估已记录；下次评估日期：{day}</source>
        <translation>Review recorded; next review: {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="503"/>
        <source>结束计划</source>
        <translation>End plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="504"/>
        <source>计划最后一天的日期；结束后它仍保留在记录中。</source>
        <translation>The plan&apos;s last day; it stays on record after it ends.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="504"/>
        <source>最后一天(&amp;D):</source>
        <translation>Last &amp;day:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="505"/>
        <source>结束计划(&amp;E)</source>
        <translation>&amp;End plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="510"/>
        <source>计划已结束</source>
        <translation>Plan ended</translation>
    </message>
</context>
<context>
    <name>PlanPrint</name>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="62"/>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="63"/>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="64"/>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="65"/>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="66"/>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="67"/>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="68"/>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="77"/>
        <source>每天</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="87"/>
        <source>{first}至{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="91"/>
        <source>每周{days}</source>
        <translation>Weekly: {days}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="92"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="99"/>
        <source>&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</source>
        <translation>      /      /      </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="102"/>
        <source>监护人签字</source>
        <translation>Guardian&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="103"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="104"/>
        <source>监护人意见：我已了解以上服务目标和服务安排，同意按此计划提供服务。</source>
        <translation>Guardian: I understand the goals and services above and agree to the services being given under this plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="116"/>
        <source>{minutes} 分钟</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="122"/>
        <source>服务项目</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="123"/>
        <source>频次</source>
        <translation>How often</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="124"/>
        <source>每次时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="125"/>
        <source>服务目标</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="126"/>
        <source>姓名：{name}&#x3000;&#x3000;计划开始：{starts_on}&#x3000;&#x3000;下次评估：{review_on}</source>
        <translation>Name: {name}    Plan starts: {starts_on}    Next review: {review_on}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="130"/>
        <source>服务目标：</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="132"/>
        <source>最近一次评估（{day}）：{notes}</source>
        <translation>Last review ({day}): {notes}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="136"/>
        <source>本计划已于 {day} 结束。</source>
        <translation>This plan ended on {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="139"/>
        <location filename="../../desktop/ui/care/plan_print.py" line="141"/>
        <source>个别化服务计划</source>
        <translation>Individual service plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="143"/>
        <source>含健康信息，请妥善保管</source>
        <translation>Contains health information: keep safe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="147"/>
        <source>制定人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="148"/>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_print.py" line="166"/>
        <source>个别化服务计划打印预览 – {name}</source>
        <translation>Individual service plan print preview – {name}</translation>
    </message>
</context>
<context>
    <name>PostsDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="68"/>
        <source>岗位</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="74"/>
        <source>岗位列表：名称、要求、是否在用</source>
        <translation>Posts: name, requirements, in use or not</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="52"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="53"/>
        <source>要求</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="55"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="86"/>
        <source>如：能搬重物、会手语</source>
        <translation>e.g. can lift heavy things, knows sign language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="87"/>
        <source>名称(&amp;N):</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="88"/>
        <source>要求(&amp;Q):</source>
        <translation>Re&amp;quirements:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="95"/>
        <source>新增岗位(&amp;A)</source>
        <translation>&amp;Add post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="95"/>
        <source>按填写的名称和要求新增一个岗位</source>
        <translation>Add a post with the name and requirements typed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="97"/>
        <source>保存修改(&amp;U)</source>
        <translation>Save changes (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="98"/>
        <source>把选中岗位改成填写的名称和要求</source>
        <translation>Give the selected post the name and requirements typed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="99"/>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="146"/>
        <source>停用(&amp;D)</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="99"/>
        <source>停用或重新启用选中的岗位</source>
        <translation>Deactivate or reactivate the selected post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="105"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="109"/>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="110"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="45"/>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="46"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="146"/>
        <source>启用(&amp;E)</source>
        <translation>R&amp;eactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="161"/>
        <source>已新增岗位：{name}</source>
        <translation>Post added: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="174"/>
        <source>已修改岗位：{name}</source>
        <translation>Post changed: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="186"/>
        <source>已停用岗位：{name}（已排的班次不变）</source>
        <translation>Post deactivated: {name} (shifts already planned stay)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/posts_dialog.py" line="187"/>
        <source>已重新启用岗位：{name}</source>
        <translation>Post reactivated: {name}</translation>
    </message>
</context>
<context>
    <name>PrintedForm</name>
    <message>
        <location filename="../../desktop/ui/common/printed_form.py" line="136"/>
        <source>{label}：人民币（大写）{capital}&#x3000;（小写）¥{amount}</source>
        <translation>{label}: RMB (in words) {capital} (in figures) ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/printed_form.py" line="147"/>
        <source>制表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/printed_form.py" line="148"/>
        <source>审核人</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/printed_form.py" line="149"/>
        <source>负责人</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/printed_form.py" line="151"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/printed_form.py" line="154"/>
        <source>&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</source>
        <translation>      /      /      </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/printed_form.py" line="168"/>
        <source>单位（盖章）</source>
        <translation>Unit (seal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/printed_form.py" line="200"/>
        <source>&#x3000;</source>
        <translation>  ·  </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/printed_form.py" line="253"/>
        <source>保存失败：文件夹 {folder} 不存在</source>
        <translation>Save failed: folder {folder} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/printed_form.py" line="260"/>
        <source>保存失败：无法在 {folder} 写入文件（{reason}）</source>
        <translation>Save failed: cannot write a file in {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/printed_form.py" line="272"/>
        <source>保存失败，未生成文件 {path}：无法写入 PDF</source>
        <translation>Save failed, {path} was not created: the PDF could not be written</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/printed_form.py" line="280"/>
        <source>保存失败，未生成文件 {path}：{reason}</source>
        <translation>Save failed, {path} was not created: {reason}</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="130"/>
        <source>制作者</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="132"/>
        <source>份额</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="203"/>
        <source>新建商品</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="204"/>
        <source>编辑商品：{name}</source>
        <translation>Edit product: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="210"/>
        <source>如：软陶钥匙扣</source>
        <translation>e.g. polymer clay key ring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="213"/>
        <source>如：软陶、编织、十字绣</source>
        <translation>e.g. polymer clay, weaving, cross-stitch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="216"/>
        <source>留空则自动生成条码编号</source>
        <translation>Leave empty for a barcode number made automatically</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="218"/>
        <source>如：20 或 20.50</source>
        <translation>e.g. 20 or 20.50</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="220"/>
        <source>没有材料成本填0</source>
        <translation>0 if there is no material cost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="221"/>
        <source>商品名称(&amp;N):</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="222"/>
        <source>类别(&amp;G):</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="223"/>
        <source>编码(&amp;O):</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="224"/>
        <source>售价（元）(&amp;P):</source>
        <translation>&amp;Price (yuan):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="225"/>
        <source>材料成本（元）(&amp;T):</source>
        <translation>Ma&amp;terial cost (yuan):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="232"/>
        <source>（无照片）</source>
        <translation>(no photo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="236"/>
        <source>选择照片(&amp;H)…</source>
        <translation>P&amp;hoto…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="237"/>
        <source>选择商品照片的图片文件</source>
        <translation>Choose an image file as the product&apos;s photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="244"/>
        <source>制作者（本中心会员，份额合计100%）</source>
        <translation>Makers (members of the centre; shares add up to 100%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="247"/>
        <source>查找会员(&amp;F):</source>
        <translation>&amp;Find member:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="256"/>
        <source>份额(&amp;E):</source>
        <translation>Shar&amp;e:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="265"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="265"/>
        <source>保存商品</source>
        <translation>Save the product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="265"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="295"/>
        <source>选择商品照片</source>
        <translation>Choose a product photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="295"/>
        <source>图片 (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/product_dialog.py" line="304"/>
        <source>无法读取图片文件 {path}：请选择 JPG 或 PNG 格式的照片</source>
        <translation>Cannot read the image file {path}: choose a JPG or PNG photo</translation>
    </message>
</context>
<context>
    <name>ProductionDialog</name>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="127"/>
        <source>生产入库</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="128"/>
        <source>入库(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="129"/>
        <source>登记“{name}”新制作的件数，计入库存。</source>
        <translation>Record newly made items of “{name}” into stock.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="135"/>
        <source>（不记制作者）</source>
        <translation>(maker not recorded)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="138"/>
        <source>制作者(&amp;M):</source>
        <translation>&amp;Maker:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="139"/>
        <source>数量(&amp;Q):</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="140"/>
        <source>制作日期(&amp;D):</source>
        <translation>Ma&amp;de on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="148"/>
        <source>已入库：{name} {quantity} 件</source>
        <translation>Into stock: {name}, {quantity} items</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="56"/>
        <source>服用中</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="58"/>
        <source>药品</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="59"/>
        <source>剂量</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="60"/>
        <source>服药时间</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="62"/>
        <source>提供方</source>
        <translation>Supplied by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="64"/>
        <source>开始</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="65"/>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="331"/>
        <source>停药</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="71"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="73"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="74"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="75"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="77"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="95"/>
        <source>照料档案 – {name}</source>
        <translation>Care profile – {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="104"/>
        <source>档案保存结果</source>
        <translation>Profile save result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="107"/>
        <source>保存档案(&amp;S)</source>
        <translation>&amp;Save profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="107"/>
        <source>保存照料档案</source>
        <translation>Save the care profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="114"/>
        <source>基本情况</source>
        <translation>Basics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="128"/>
        <source>如：低盐、不吃猪肉</source>
        <translation>e.g. low salt, no pork</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="131"/>
        <source>如：青霉素、花生；没有请留空</source>
        <translation>e.g. penicillin, peanuts; leave empty if none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="137"/>
        <source>手机11位，或座机如 010-66012345</source>
        <translation>11-digit mobile, or landline such as 010-66012345</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="144"/>
        <source>风险：{flag}</source>
        <translation>Risk: {flag}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="149"/>
        <source>如：听到大声会紧张，需安静角落；发作时侧卧，记录时间并通知家属</source>
        <translation>e.g. loud noise upsets them, needs a quiet corner; in a seizure lay on the side, note the time and tell the family</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="152"/>
        <source>自理能力(&amp;C):</source>
        <translation>Self-&amp;care:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="153"/>
        <source>饮食禁忌(&amp;R):</source>
        <translation>Diet &amp;restrictions:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="155"/>
        <source>过敏(&amp;A):</source>
        <translation>&amp;Allergies:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="156"/>
        <source>饮食性状(&amp;X):</source>
        <translation>Food te&amp;xture:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="157"/>
        <source>医生(&amp;O):</source>
        <translation>D&amp;octor:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="158"/>
        <source>医院(&amp;H):</source>
        <translation>&amp;Hospital:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="159"/>
        <source>医生电话(&amp;L):</source>
        <translation>Doctor&apos;s phone (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="160"/>
        <source>风险:</source>
        <translation>Risks:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="161"/>
        <source>风险</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="162"/>
        <source>风险说明(&amp;K):</source>
        <translation>Ris&amp;k notes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="166"/>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="170"/>
        <source>用药安排</source>
        <translation>Medication schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="179"/>
        <source>添加用药(&amp;M)…</source>
        <translation>Add &amp;medication…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="179"/>
        <source>添加用药</source>
        <translation>Add medication</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="181"/>
        <source>停药(&amp;T)…</source>
        <translation>S&amp;top medicine…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="181"/>
        <source>停用选中的药品</source>
        <translation>Stop the selected medicine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="191"/>
        <source>接送人（可接走会员的人）</source>
        <translation>Pick-up people (who may collect the member)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="195"/>
        <source>接送人</source>
        <translation>Pick-up people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="202"/>
        <source>添加接送人(&amp;J)…</source>
        <translation>Add pick-up person (&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="202"/>
        <source>添加接送人</source>
        <translation>Add pick-up person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="204"/>
        <source>停用接送人(&amp;U)</source>
        <translation>Remove pick-up person (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="204"/>
        <source>停用选中的接送人</source>
        <translation>The selected person may no longer collect the member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="231"/>
        <source>还没有照料档案：填写后按“保存档案”，再添加用药和接送人</source>
        <translation>No care profile yet: fill it in and press &quot;Save profile&quot;, then add medication and pick-up people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="244"/>
        <source>还没有监护人：请添加至少一位监护人</source>
        <translation>No guardian yet: add at least one guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="260"/>
        <source>请先保存照料档案</source>
        <translation>Save the care profile first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="305"/>
        <source>未保存：请按提示修改</source>
        <translation>Not saved: correct the fields marked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="315"/>
        <source>档案已保存；现在可以添加用药和接送人</source>
        <translation>Profile saved; you can now add medication and pick-up people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="315"/>
        <source>档案已保存</source>
        <translation>Profile saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="324"/>
        <source>已添加用药</source>
        <translation>Medication added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="332"/>
        <source>“{medicine}”最后服用的日期；之后不再提示服药，已有的服药记录保留。</source>
        <translation>The last day &quot;{medicine}&quot; is taken; no doses are due after it, and doses already recorded are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="333"/>
        <source>最后服药日期(&amp;D):</source>
        <translation>Last &amp;day:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="334"/>
        <source>停药(&amp;T)</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="339"/>
        <source>已停药：{medicine}</source>
        <translation>Stopped: {medicine}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="348"/>
        <source>已添加接送人</source>
        <translation>Pick-up person added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_dialog.py" line="360"/>
        <source>已停用接送人：{name}</source>
        <translation>May no longer collect the member: {name}</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="47"/>
        <source>已建</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="48"/>
        <source>未建</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="60"/>
        <source>无监护人</source>
        <translation>No guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="61"/>
        <source>{n} 人</source>
        <translation>{n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="66"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="68"/>
        <source>卡号</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="70"/>
        <source>照料档案</source>
        <translation>Care profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="71"/>
        <source>自理能力</source>
        <translation>Self-care</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="73"/>
        <source>风险</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="75"/>
        <source>服务计划评估</source>
        <translation>Plan review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="77"/>
        <source>用药</source>
        <translation>Medicines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="78"/>
        <source>{n} 种</source>
        <translation>{n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="80"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="92"/>
        <source>日间照料会员的照料档案、用药、接送人和个别化服务计划。选中一人后按回车打开档案。</source>
        <translation>Care profiles, medication, pick-up people and individual service plans of day-care members. Select someone and press Enter to open the profile.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="98"/>
        <source>日间照料会员档案列表</source>
        <translation>Day-care members&apos; profiles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="108"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="122"/>
        <source>编辑档案(&amp;E)…</source>
        <translation>&amp;Edit profile…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="123"/>
        <source>编辑选中会员的照料档案、用药和接送人</source>
        <translation>Edit the selected member&apos;s care profile, medication and pick-up people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="125"/>
        <source>服务计划(&amp;P)…</source>
        <translation>Service &amp;plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="126"/>
        <source>选中会员的个别化服务计划</source>
        <translation>The selected member&apos;s individual service plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="128"/>
        <source>打印服务计划(&amp;R)…</source>
        <translation>P&amp;rint service plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="129"/>
        <source>打印选中会员的服务计划供监护人签字</source>
        <translation>Print the selected member&apos;s service plan for the guardian to sign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="138"/>
        <source>服务计划评估间隔(&amp;M):</source>
        <translation>Plan review every (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="141"/>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="142"/>
        <source>服务计划评估间隔（月）</source>
        <translation>Plan review interval (months)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="144"/>
        <source>保存间隔</source>
        <translation>Save interval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="145"/>
        <source>保存服务计划评估间隔</source>
        <translation>Save the plan review interval</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="150"/>
        <source>新计划的评估日期和每次评估后的下次评估日期按此计算</source>
        <translation>New plans&apos; review dates, and the next review after each review, are set from this</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="170"/>
        <source>共 {n} 人；评估逾期 {overdue} 人，14天内到期 {due} 人，未制定计划 {no_plan} 人，无监护人 {no_guardian} 人</source>
        <translation>{n} members; review overdue: {overdue}, due within 14 days: {due}, no plan: {no_plan}, no guardian: {no_guardian}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="199"/>
        <source>请先编辑并保存照料档案</source>
        <translation>Edit and save the care profile first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="255"/>
        <source>{name} 还没有服务计划：请先点“服务计划”制定</source>
        <translation>{name} has no service plan yet: make one with &quot;Service plan&quot; first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/profile_tab.py" line="276"/>
        <source>已保存：服务计划每 {months} 个月评估一次</source>
        <translation>Saved: service plans are reviewed every {months} months</translation>
    </message>
</context>
<context>
    <name>ProviderDialogs</name>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="55"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="56"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProvidersTab</name>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="61"/>
        <location filename="../../desktop/ui/care/providers_tab.py" line="132"/>
        <source>服务机构</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="64"/>
        <location filename="../../desktop/ui/care/providers_tab.py" line="136"/>
        <source>合同编号</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="67"/>
        <location filename="../../desktop/ui/care/providers_tab.py" line="102"/>
        <source>服务内容</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="72"/>
        <source>合同期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="76"/>
        <source>合同数量</source>
        <translation>Contracted quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="81"/>
        <source>合同金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="85"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="86"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="92"/>
        <source>已作废：{reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="95"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="99"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="100"/>
        <source>服务人员</source>
        <translation>Provider&apos;s staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="107"/>
        <location filename="../../desktop/ui/care/providers_tab.py" line="145"/>
        <source>时长（分钟）</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="112"/>
        <source>人数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="116"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="118"/>
        <source>服务的会员</source>
        <translation>Members served</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="140"/>
        <source>服务次数</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="150"/>
        <source>服务人次</source>
        <translation>Member visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="155"/>
        <source>本月完成</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="162"/>
        <source>本月应完成</source>
        <translation>Owed this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="167"/>
        <source>完成率</source>
        <translation>Fulfilment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="171"/>
        <source>本月不计</source>
        <translation>nothing owed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="209"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="227"/>
        <source>月份(&amp;M):</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="231"/>
        <source>社会组织按合同提供服务：每次服务后登记，月底打印服务确认单请双方签字盖章。</source>
        <translation>Social organisations serve under contract: record each session, and at the end of the month print the confirmation sheet for both sides to sign and stamp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="243"/>
        <location filename="../../desktop/ui/care/providers_tab.py" line="246"/>
        <source>购买服务合同</source>
        <translation>Purchased-service contracts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="250"/>
        <source>新增合同(&amp;N)…</source>
        <translation>&amp;New contract…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="251"/>
        <source>新增购买服务合同</source>
        <translation>New purchased-service contract</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="253"/>
        <source>修改合同(&amp;E)…</source>
        <translation>&amp;Edit contract…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="254"/>
        <source>修改所选合同</source>
        <translation>Edit the chosen contract</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="264"/>
        <source>本月服务记录和完成情况</source>
        <translation>This month&apos;s sessions and fulfilment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="271"/>
        <source>所选合同本月的服务记录</source>
        <translation>The chosen contract&apos;s sessions this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="275"/>
        <source>登记服务(&amp;A)…</source>
        <translation>&amp;Add session…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="276"/>
        <source>为所选合同登记一次服务</source>
        <translation>Record a session of the chosen contract</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="278"/>
        <source>作废(&amp;D)…</source>
        <translation>Voi&amp;d…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="279"/>
        <source>作废所选服务记录</source>
        <translation>Void the chosen session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="281"/>
        <source>打印服务确认单(&amp;P)…</source>
        <translation>&amp;Print confirmation sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="282"/>
        <source>打印所选合同本月的服务确认单</source>
        <translation>Print the chosen contract&apos;s confirmation sheet for the month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="284"/>
        <source>确认单存为 PDF(&amp;F)…</source>
        <translation>Save sheet as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="285"/>
        <source>把所选合同本月的服务确认单保存为 PDF 文件</source>
        <translation>Save the chosen contract&apos;s confirmation sheet for the month as a PDF file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="300"/>
        <source>本月服务记录(&amp;1)</source>
        <translation>Sessions this month (&amp;1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="304"/>
        <source>本月各合同的完成情况</source>
        <translation>Each contract&apos;s fulfilment this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="309"/>
        <source>本月应完成 = 合同数量按合同期天数分摊到本月的部分；按小时计的合同以服务时长折算小时，按次数计的合同以服务次数计。作废的记录不计入。</source>
        <translation>Owed this month = the contract&apos;s quantity shared out over its days, this month&apos;s share; contracts in hours count the sessions&apos; minutes as hours, contracts in sessions count sessions. Voided sessions do not count.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="315"/>
        <source>本月完成情况(&amp;2)</source>
        <translation>Fulfilment this month (&amp;2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="388"/>
        <source>{organisation}&#x3000;{month}：{n} 次服务，{minutes} 分钟，{visits} 人次</source>
        <translation>{organisation}  {month}: {n} sessions, {minutes} minutes, {visits} member visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="398"/>
        <source>还没有合同：请先“新增合同”</source>
        <translation>No contract yet: add one first with “New contract”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="437"/>
        <source>合同已保存</source>
        <translation>Contract saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="474"/>
        <source>已登记 {day} 的服务</source>
        <translation>Recorded the session of {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="483"/>
        <source>作废服务记录</source>
        <translation>Void session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="484"/>
        <source>作废后 {day} {staff} 的这次服务不再计入完成情况和确认单；记录仍保留。</source>
        <translation>Once voided, this session ({day}, {staff}) no longer counts for fulfilment or on the confirmation sheet; the record is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="487"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="489"/>
        <source>如：重复登记、录入错误</source>
        <translation>e.g. entered twice, typing mistake</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="505"/>
        <source>无法作废</source>
        <translation>Cannot void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="509"/>
        <source>服务记录已作废</source>
        <translation>Session voided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="526"/>
        <source>服务确认单打印预览</source>
        <translation>Confirmation sheet print preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="543"/>
        <source>服务确认单-{number}-{month}.pdf</source>
        <translation>service-confirmation-{number}-{month}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="547"/>
        <source>保存服务确认单</source>
        <translation>Save the confirmation sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="547"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="566"/>
        <source>正在生成服务确认单 PDF…</source>
        <translation>Making the confirmation sheet PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/providers_tab.py" line="574"/>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="212"/>
        <source>如：录入错误、重复登记、活动取消</source>
        <translation>e.g. entered by mistake, entered twice, activity cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="213"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="214"/>
        <source>原因(&amp;R):</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="222"/>
        <location filename="../../desktop/ui/activities/activity_dialogs.py" line="223"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceiptOutput</name>
    <message>
        <location filename="../../desktop/ui/sales/receipt_output.py" line="35"/>
        <source>；小票已送打印机</source>
        <translation>; the receipt was sent to the printer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_output.py" line="38"/>
        <source>补打小票-{number}.pdf</source>
        <translation>receipt-reprint-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_output.py" line="39"/>
        <source>小票-{number}.pdf</source>
        <translation>receipt-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_output.py" line="43"/>
        <source>；小票已存为 {path}</source>
        <translation>; the receipt was saved as {path}</translation>
    </message>
</context>
<context>
    <name>ReceiptPrint</name>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="71"/>
        <source>A4 纸</source>
        <translation>A4 paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="72"/>
        <source>{mm} 毫米小票纸</source>
        <translation>{mm} mm receipt paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="121"/>
        <source>【补打】</source>
        <translation>[REPRINT]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="123"/>
        <source>【已作废】</source>
        <translation>[VOIDED]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="128"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="130"/>
        <source>付款方式</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="133"/>
        <source>实收现金</source>
        <translation>Cash given</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="135"/>
        <source>找零</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="142"/>
        <source>感谢您支持残疾人手工制作！</source>
        <translation>Thank you for supporting handicrafts made by people with disabilities!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="147"/>
        <source>优惠 -{amount}（{reason}）</source>
        <translation>Discount -{amount} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="155"/>
        <source>希联圆梦 · 残疾人手工制作</source>
        <translation>Xilian Yuanmeng · handmade by people with disabilities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="159"/>
        <source>单号：{number}</source>
        <translation>Sale no.: {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="161"/>
        <source>时间：{day} {time}</source>
        <translation>Time: {day} {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="167"/>
        <source>{quantity} × {price}</source>
        <translation>{quantity} × {price}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="192"/>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="193"/>
        <source>单价（元）</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="194"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="195"/>
        <source>优惠</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="196"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="198"/>
        <source>单号：{number}&#x3000;时间：{day} {time}</source>
        <translation>Sale no.: {number}   Time: {day} {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="202"/>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="206"/>
        <source>希联圆梦 销售小票</source>
        <translation>Xilian Yuanmeng receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="207"/>
        <source>销售小票</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="227"/>
        <source>小票</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/receipt_print.py" line="248"/>
        <source>无法打印小票：打印机或文件 {name} 无法打开</source>
        <translation>Cannot print the receipt: the printer or file {name} cannot be opened</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="39"/>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="72"/>
        <source>退款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="43"/>
        <source>“{name}”卖出 {sold} 件，实付 {paid} 元；已退 {done} 件 {done_fen} 元，还可退 {left} 件 {left_fen} 元。</source>
        <translation>“{name}”: {sold} sold, {paid} yuan paid; {done} items and {done_fen} yuan refunded, {left} items and {left_fen} yuan left to refund.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="53"/>
        <source>退货数量</source>
        <translation>Items returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="54"/>
        <source>退货数量(&amp;Q):</source>
        <translation>Items returned (&amp;Q):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="56"/>
        <source>退款金额（元）</source>
        <translation>Refund (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="57"/>
        <source>退款金额（元）(&amp;A):</source>
        <translation>Refund (yuan) (&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="60"/>
        <source>退款原因</source>
        <translation>Reason for the refund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="61"/>
        <source>如：顾客退货，商品有瑕疵</source>
        <translation>e.g. returned by the customer, flawed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="62"/>
        <source>退款原因(&amp;R):</source>
        <translation>&amp;Reason for the refund:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="63"/>
        <source>商品退回库存，可以再卖(&amp;S)</source>
        <translation>Back into &amp;stock, can be sold again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="64"/>
        <source>商品退回库存</source>
        <translation>Back into stock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="69"/>
        <source>退款的问题</source>
        <translation>Problem with the refund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="72"/>
        <source>确定退款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_dialog.py" line="72"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RefundTab</name>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="59"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="61"/>
        <source>或小票单号(&amp;N):</source>
        <translation>or receipt &amp;number:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="63"/>
        <source>小票单号</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="64"/>
        <source>小票上的单号，至少 4 位</source>
        <translation>The number on the receipt, at least 4 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="67"/>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="67"/>
        <source>按单号查找</source>
        <translation>Find by number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="76"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="77"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="78"/>
        <source>单号</source>
        <translation>Sale no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="79"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="80"/>
        <source>付款方式</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="81"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="82"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="82"/>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="84"/>
        <source>销售记录</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="88"/>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="89"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="90"/>
        <source>实付（元）</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="92"/>
        <source>优惠</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="93"/>
        <source>已退件数</source>
        <translation>Items refunded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="94"/>
        <source>已退金额（元）</source>
        <translation>Refunded (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="97"/>
        <source>这笔销售的商品</source>
        <translation>Products in this sale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="101"/>
        <source>作废整笔(&amp;V)…</source>
        <translation>&amp;Void sale…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="101"/>
        <source>作废整笔</source>
        <translation>Void sale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="103"/>
        <source>退款(&amp;R)…</source>
        <translation>&amp;Refund…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="103"/>
        <source>退款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="105"/>
        <source>补打小票(&amp;P)</source>
        <translation>Re&amp;print receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="105"/>
        <source>补打小票</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="111"/>
        <source>退款作废的结果</source>
        <translation>Refund or void result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="131"/>
        <source>请输入小票上的单号，至少 {n} 位</source>
        <translation>Please type the number on the receipt, at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="136"/>
        <source>没有单号为“{number}”的销售</source>
        <translation>No sale has the number “{number}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="179"/>
        <source>作废整笔销售</source>
        <translation>Void the sale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="180"/>
        <source>作废单号 {number}（{total} 元）：这笔销售不再计入收入，商品退回库存；记录本身保留。</source>
        <translation>Void sale {number} ({total} yuan): it no longer counts as income and its items go back into stock; the record itself is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="183"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="183"/>
        <source>如：录错了商品</source>
        <translation>e.g. wrong product entered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="196"/>
        <source>无法作废</source>
        <translation>Cannot void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="198"/>
        <source>已作废，商品已退回库存</source>
        <translation>Voided; the items are back in stock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="217"/>
        <source>已退款 {amount} 元</source>
        <translation>Refunded {amount} yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/refund_tab.py" line="225"/>
        <source>补打单号 {number}</source>
        <translation>Reprinted sale {number}</translation>
    </message>
</context>
<context>
    <name>ReportModels</name>
    <message>
        <location filename="../../desktop/ui/reporting/report_models.py" line="31"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/report_models.py" line="36"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/report_models.py" line="38"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/report_models.py" line="40"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/report_models.py" line="42"/>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/report_models.py" line="44"/>
        <source>本年累计</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/report_models.py" line="52"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/report_models.py" line="53"/>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/report_models.py" line="57"/>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/report_models.py" line="59"/>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/report_models.py" line="61"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="156"/>
        <source>重设 {user} 的密码</source>
        <translation>Reset the password of {user}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="133"/>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="151"/>
        <source>选择要恢复的备份。恢复会用备份里的数据替换当前的全部数据；恢复前，当前数据会先自动备份，需要时可以再恢复回来。</source>
        <translation>Choose the backup to restore. Restoring replaces all current data with the data in the backup; before that, the current data is backed up automatically, so it can be restored again if needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="158"/>
        <source>备份列表</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="169"/>
        <source>还没有找到备份。可以用“选择其他备份文件”打开U盘上的备份。</source>
        <translation>No backups found yet. Use &quot;Open another backup file&quot; to open a backup on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="175"/>
        <source>选择其他备份文件(&amp;F)…</source>
        <translation>Open another backup &amp;file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="176"/>
        <source>选择其他备份文件</source>
        <translation>Open another backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="186"/>
        <source>加密备份的口令(&amp;P):</source>
        <translation>&amp;Passphrase of the encrypted backup:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="188"/>
        <source>加密备份的口令</source>
        <translation>Passphrase of the encrypted backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="204"/>
        <source>恢复结果</source>
        <translation>Restore result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="209"/>
        <source>恢复所选备份(&amp;R)…</source>
        <translation>&amp;Restore selected backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="210"/>
        <source>恢复所选备份</source>
        <translation>Restore selected backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="213"/>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="214"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="221"/>
        <source>⚠ 只有管理员可以恢复备份。</source>
        <translation>⚠ Only administrators can restore backups.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="239"/>
        <source>⚠ 不能用这个文件恢复：{reason}</source>
        <translation>⚠ This file cannot be restored: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="255"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="256"/>
        <source>温馨家园备份 (*.db *.whbak);;所有文件 (*)</source>
        <translation>Warm Home backups (*.db *.whbak);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="279"/>
        <source>确认恢复(&amp;C)</source>
        <translation>&amp;Confirm restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="280"/>
        <source>确认恢复</source>
        <translation>Confirm restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="282"/>
        <source>返回(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="283"/>
        <source>返回备份列表</source>
        <translation>Back to the list of backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="299"/>
        <source>请输入这个加密备份的口令</source>
        <translation>Please enter the passphrase of this encrypted backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="305"/>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="350"/>
        <source>口令不正确，请重新输入</source>
        <translation>Wrong passphrase, please try again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/restore_dialog.py" line="311"/>
        <source>&lt;h3&gt;确认恢复&lt;/h3&gt;&lt;p&gt;将用 &lt;b&gt;{time}&lt;/b&gt; 的备份替换当前的全部数据：&lt;/p&gt;&lt;p&gt;{file}&lt;/p&gt;&lt;p&gt;当前数据会先备份到 {folder}，如果恢复错了，可以从那里再恢复回来。&lt;/p&gt;&lt;p&gt;恢复后软件会重新载入数据，请重新登录。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Confirm restore&lt;/h3&gt;&lt;p&gt;All current data will be replaced with the backup of &lt;b&gt;{time}&lt;/b&gt;:&lt;/p&gt;&lt;p&gt;{file}&lt;/p&gt;&lt;p&gt;The current data is backed up to {folder} first; if this restore was a mistake, it can be restored from there.&lt;/p&gt;&lt;p&gt;After the restore the app reloads the data; please sign in again.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="93"/>
        <source>签退</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="97"/>
        <source>点一下即可报名今天的空缺班次：</source>
        <translation>Tap to sign up for one of today&apos;s open shifts:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="119"/>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="166"/>
        <source>{greeting}，签到成功 {time}</source>
        <translation>{greeting}, signed in at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="121"/>
        <source>{name}，{greeting}，签到成功 {time}</source>
        <translation>{greeting}, {name}, signed in at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="123"/>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="165"/>
        <source>签到成功</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="127"/>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="162"/>
        <source>今天已经签到</source>
        <translation>Already signed in today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="129"/>
        <source>已于 {time_in} 签到，{time_out} 签退</source>
        <translation>Signed in at {time_in}, signed out at {time_out}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="131"/>
        <source>{name}，已于 {time_in} 签到，{time_out} 签退</source>
        <translation>{name}, signed in at {time_in}, signed out at {time_out}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="134"/>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="163"/>
        <source>已于 {time} 签到</source>
        <translation>Signed in at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="135"/>
        <source>{name}，已于 {time} 签到。要离开时请点“签退”</source>
        <translation>{name}, signed in at {time}. Tap “Sign out” when you leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="140"/>
        <source>{name} 签退</source>
        <translation>Sign out {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="147"/>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="160"/>
        <source>签退成功 {time}，再见</source>
        <translation>Signed out at {time}, goodbye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="148"/>
        <source>{name}，签退成功 {time}，再见</source>
        <translation>{name}, signed out at {time}, goodbye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="150"/>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="159"/>
        <source>签退成功</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="168"/>
        <source>{role}&#x3000;{done}
{line}</source>
        <translation>{role}  {done}
{line}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="169"/>
        <source>{name}，{done}。{line}</source>
        <translation>{name}, {done}. {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="177"/>
        <source>报名 {shift}</source>
        <translation>Sign up: {shift}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="194"/>
        <source>请注意</source>
        <translation>Please note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="260"/>
        <source>另有 {n} 个空缺班次，请问工作人员</source>
        <translation>{n} more open shifts today: please ask staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_result.py" line="263"/>
        <source>今天有 {n} 个空缺班次，请问工作人员</source>
        <translation>{n} open shifts today: please ask staff</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="144"/>
        <source>记录评估</source>
        <translation>Record review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="145"/>
        <source>评估后，下次评估日期自动定为评估日期之后 {months} 个月。</source>
        <translation>After a review the next review is set {months} months after it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="149"/>
        <source>评估日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="152"/>
        <source>目标达成情况、存在的问题、下一步安排</source>
        <translation>Goals reached, problems, next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="153"/>
        <source>评估日期(&amp;D):</source>
        <translation>Review &amp;date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="154"/>
        <source>评估意见(&amp;N):</source>
        <translation>Fi&amp;ndings:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="155"/>
        <source>保存评估(&amp;S)</source>
        <translation>&amp;Save review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/plan_dialog.py" line="155"/>
        <source>保存评估</source>
        <translation>Save the review</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="101"/>
        <source>导入会员名册</source>
        <translation>Import member roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="104"/>
        <source>选择按名册模板填写的 Excel 文件（xlsx）。每一行都检查无误后才能导入，导入一次完成：要么全部写入，要么都不写入。</source>
        <translation>Choose an Excel file (xlsx) filled in from the roster template. Every row is checked before anything is imported, and the import happens at once: everything is written, or nothing is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="108"/>
        <source>选择名册文件(&amp;O)…</source>
        <translation>&amp;Open roster file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="109"/>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="172"/>
        <source>选择名册文件</source>
        <translation>Open roster file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="111"/>
        <source>尚未选择文件</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="119"/>
        <source>检查结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="124"/>
        <source>名册预览</source>
        <translation>Roster preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="132"/>
        <source>跳过已登记的人员(&amp;S)</source>
        <translation>&amp;Skip people already registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="133"/>
        <source>用名册内容更新已登记的人员(&amp;U)</source>
        <translation>&amp;Update people already registered from the roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="134"/>
        <source>跳过已登记的人员</source>
        <translation>Skip people already registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="135"/>
        <source>用名册内容更新已登记的人员</source>
        <translation>Update people already registered from the roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="141"/>
        <source>身份证号已登记的人员：</source>
        <translation>People whose ID number is already registered:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="146"/>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="147"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="149"/>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="150"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="173"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="191"/>
        <source>读取的工作表：“%1”。</source>
        <translation>Sheet read: “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="192"/>
        <source>共 %1 行：新增 %2，已登记 %3，有错误 %4（%5 处）</source>
        <translation>%1 rows: %2 new, %3 already registered, %4 with errors (%5 problems)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="197"/>
        <source>。请在 Excel 中改正后重新选择文件；有错误时不会导入任何人。</source>
        <translation>. Correct them in Excel and choose the file again; while there are errors nobody is imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="199"/>
        <source>。名册中没有可导入的行。</source>
        <translation>. The roster has no rows to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="219"/>
        <source>导入失败，未写入任何人员：</source>
        <translation>Import failed, nobody was written: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="226"/>
        <source>已从工作表“%4”导入：新增 %1 人，更新 %2 人，跳过已登记 %3 人</source>
        <translation>Imported from the sheet “%4”: %1 added, %2 updated, %3 already registered skipped</translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="64"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="66"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="68"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="70"/>
        <source>身份证号</source>
        <translation>ID card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="72"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="42"/>
        <source>有错误</source>
        <translation>Has errors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="43"/>
        <source>已登记</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="44"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="52"/>
        <source>{column}（{letter}列）：{message}</source>
        <translation>{column} (column {letter}): {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/roster_import_dialog.py" line="56"/>
        <source>身份证号已登记（人员编号 %1）</source>
        <translation>ID card no. already registered (person no. %1)</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <location filename="../../desktop/ui/sales/sales_page.py" line="26"/>
        <source>收银</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/sales_page.py" line="27"/>
        <source>退款作废</source>
        <translation>Refunds and voids</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/sales_page.py" line="29"/>
        <source>日结</source>
        <translation>Day end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/sales_page.py" line="31"/>
        <source>商品</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/sales_page.py" line="33"/>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/sales_page.py" line="34"/>
        <source>订单</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/sales_page.py" line="35"/>
        <source>义卖</source>
        <translation>Bazaar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/sales_page.py" line="36"/>
        <source>制作者收入</source>
        <translation>Makers&apos; income</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/sales_page.py" line="47"/>
        <source>希联圆梦的各项工作</source>
        <translation>Xilian Yuanmeng work</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../desktop/ui/shell/idle_lock.py" line="68"/>
        <source>已锁定
请在弹出的窗口中输入密码解锁，未保存的内容仍在</source>
        <translation>Locked
Enter your password in the window that opened to unlock; unsaved work is kept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/idle_lock.py" line="72"/>
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
</context>
<context>
    <name>ServiceConfirmation</name>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="42"/>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="52"/>
        <source>&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</source>
        <translation>    /    /    </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="54"/>
        <source>机构负责人（签字）</source>
        <translation>Provider&apos;s head (signature)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="55"/>
        <source>服务人员（签字）</source>
        <translation>Provider&apos;s staff (signature)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="56"/>
        <source>服务机构（盖章）</source>
        <translation>Provider (seal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="57"/>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="98"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="76"/>
        <source>服务机构：{organisation}&#x3000;&#x3000;合同编号：{number}</source>
        <translation>Provider: {organisation}    Contract number: {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="79"/>
        <source>服务内容：{service}</source>
        <translation>Service: {service}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="82"/>
        <source>合同期：{starts} 至 {ends}&#x3000;&#x3000;合同数量：{quantity} {unit}&#x3000;&#x3000;合同金额：¥{amount}</source>
        <translation>Period: {starts} to {ends}    Quantity: {quantity} {unit}    Amount: ¥{amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="92"/>
        <source>联系人：{contact}&#x3000;&#x3000;联系电话：{phone}</source>
        <translation>Contact: {contact}    Phone: {phone}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="97"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="99"/>
        <source>服务人员</source>
        <translation>Provider&apos;s staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="100"/>
        <source>服务内容</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="101"/>
        <source>时长（分钟）</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="102"/>
        <source>服务人数</source>
        <translation>Members served</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="113"/>
        <source>本月没有服务记录</source>
        <translation>No sessions this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="119"/>
        <source>本月合计：服务 {sessions} 次，{minutes} 分钟（{hours} 小时），服务 {visits} 人次（{members} 人）</source>
        <translation>This month: {sessions} sessions, {minutes} minutes ({hours} hours), {visits} member visits ({members} members)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="130"/>
        <source>本月应完成 {owed} {unit}，实际完成 {delivered} {unit}，完成率 {percent}</source>
        <translation>Owed this month {owed} {unit}, delivered {delivered} {unit}, fulfilment {percent}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="139"/>
        <source>以上服务记录经双方核对无误。</source>
        <translation>Both sides have checked the sessions above.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="140"/>
        <source>服务机构确认：</source>
        <translation>Confirmed by the provider:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="143"/>
        <source>服务使用单位（{centre}）确认：</source>
        <translation>Confirmed by the centre served ({centre}):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="148"/>
        <source>购买服务确认单</source>
        <translation>Purchased service confirmation sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="150"/>
        <source>服务确认单</source>
        <translation>Service confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="158"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="159"/>
        <source>审核人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/service_confirmation_print.py" line="160"/>
        <source>负责人</source>
        <translation>Head</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="122"/>
        <source>补录志愿服务</source>
        <translation>Record volunteer service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="131"/>
        <source>服务日期</source>
        <translation>Service date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="133"/>
        <source>服务岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="138"/>
        <source> 小时</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="139"/>
        <source>服务时长的小时数</source>
        <translation>Hours of service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="146"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="147"/>
        <source>服务时长的分钟数</source>
        <translation>Minutes of service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="148"/>
        <source>按 {step} 分钟向下取整记入</source>
        <translation>Credited rounded down to {step} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="156"/>
        <source>如：午餐分餐、陪同张大爷到医院复查</source>
        <translation>e.g. served lunch, went with Mr Zhang to his hospital check-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="157"/>
        <source>服务内容</source>
        <translation>Service content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="158"/>
        <source>服务日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="159"/>
        <source>服务岗位(&amp;P):</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="160"/>
        <source>时长(&amp;H):</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="161"/>
        <source>服务内容(&amp;C):</source>
        <translation>&amp;Content:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="167"/>
        <source>补录服务的问题</source>
        <translation>Problem recording the service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="172"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="173"/>
        <source>保存补录的服务</source>
        <translation>Save the service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="175"/>
        <location filename="../../desktop/ui/volunteers/ledger_tab.py" line="176"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="231"/>
        <source>登记服务记录</source>
        <translation>Record a session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="234"/>
        <source>{organisation}（合同 {number}，{starts} 至 {ends}）</source>
        <translation>{organisation} (contract {number}, {starts} to {ends})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="244"/>
        <source>服务日期</source>
        <translation>Session date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="248"/>
        <source>服务机构派来的人员，如 陈老师</source>
        <translation>Sent by the provider, e.g. Ms Chen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="251"/>
        <source>如：手指操和平衡训练</source>
        <translation>e.g. finger exercises and balance training</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="256"/>
        <source> 分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="257"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="259"/>
        <source>服务人员(&amp;R):</source>
        <translation>Sta&amp;ff:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="260"/>
        <source>服务内容(&amp;C):</source>
        <translation>&amp;Content:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="261"/>
        <source>时长(&amp;M):</source>
        <translation>Duration (&amp;M):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="271"/>
        <source>保存服务记录</source>
        <translation>Save session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="284"/>
        <source>全选(&amp;L)</source>
        <translation>A&amp;ll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="285"/>
        <source>勾选当天所有在场会员</source>
        <translation>Tick every member present that day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="287"/>
        <source>全不选</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="288"/>
        <source>取消勾选所有会员</source>
        <translation>Untick every member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="321"/>
        <source>服务了 {name}</source>
        <translation>Served {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="326"/>
        <source>这一天没有日间照料会员签到：请先确认日期，或在“考勤”页补签</source>
        <translation>No day-care member signed in that day: check the date, or add the sign-ins on the Attendance page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/care/provider_dialogs.py" line="330"/>
        <source>服务的会员（{day} 已签到的日间照料会员 {n} 人）:</source>
        <translation>Members served ({n} day-care members signed in on {day}):</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="51"/>
        <source>中心信息</source>
        <translation>Centre details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="57"/>
        <source>保存中心信息(&amp;F)</source>
        <translation>&amp;Save centre details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="58"/>
        <source>保存中心信息</source>
        <translation>Save centre details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="63"/>
        <source>保存结果</source>
        <translation>Save result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="69"/>
        <source>显示</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="72"/>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="72"/>
        <source>大字</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="72"/>
        <source>特大字</source>
        <translation>Extra large</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="77"/>
        <source>文字大小</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="79"/>
        <source>文字大小(&amp;T):</source>
        <translation>Te&amp;xt size:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="80"/>
        <source>高对比度（黑底白字，按钮为黄色）(&amp;G)</source>
        <translation>Hi&amp;gh contrast (white on black, yellow buttons)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="81"/>
        <source>高对比度</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="90"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="92"/>
        <source>界面语言(&amp;L):</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="97"/>
        <source>安全</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="101"/>
        <source> 分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="102"/>
        <source>不自动锁定</source>
        <translation>Never lock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="104"/>
        <source>无操作自动锁定时间</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="107"/>
        <source>无操作自动锁定(&amp;I):</source>
        <translation>Lock after &amp;inactivity:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="108"/>
        <source>修改我的密码(&amp;H)…</source>
        <translation>C&amp;hange my password…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="109"/>
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="121"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="124"/>
        <source>数据库文件位置</source>
        <translation>Database file location</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="125"/>
        <source>数据库文件:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="126"/>
        <source>结构版本:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="138"/>
        <source>⚠ 未保存：请改正标出的内容</source>
        <translation>⚠ Not saved: please correct the marked fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="142"/>
        <source>✓ 已保存</source>
        <translation>✓ Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings_page.py" line="173"/>
        <source>重新启动软件后生效</source>
        <translation>Takes effect after restarting the app</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="135"/>
        <source>新建班次</source>
        <translation>New shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="135"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="138"/>
        <source>岗位(&amp;P):</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="140"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="142"/>
        <source>开始(&amp;B):</source>
        <translation>&amp;Begins:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="144"/>
        <source>结束(&amp;E):</source>
        <translation>&amp;Ends:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="148"/>
        <source>需要人数(&amp;N):</source>
        <translation>Places &amp;needed:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="151"/>
        <source>备注(&amp;M):</source>
        <translation>Note (&amp;M):</translation>
    </message>
</context>
<context>
    <name>ShiftDialogs</name>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="164"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="165"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="166"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="167"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="168"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="169"/>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="170"/>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>SignInsTab</name>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="57"/>
        <source>临时服务</source>
        <translation>Unplanned service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="65"/>
        <source>已作废：{reason}</source>
        <translation>Void: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="68"/>
        <source>未签退</source>
        <translation>Not signed out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="70"/>
        <source>待确认</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="71"/>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="80"/>
        <source>请假</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="81"/>
        <source>未到</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="85"/>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="96"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="86"/>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="97"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="87"/>
        <source>签到</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="88"/>
        <source>签退</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="89"/>
        <source>计时长（小时）</source>
        <translation>Hours credited</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="91"/>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="99"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="100"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="121"/>
        <source>志愿者签到</source>
        <translation>Volunteer sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="124"/>
        <source>当天的志愿者签到</source>
        <translation>The day&apos;s volunteer sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="128"/>
        <source>未到和请假</source>
        <translation>No-shows and excused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="131"/>
        <source>当天班次的未到和请假</source>
        <translation>The day&apos;s shift no-shows and excused absences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="139"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="152"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="160"/>
        <source>志愿者在签到台刷卡或找名字签到、签退；有班次的签退时自动计服务时长，临时服务由工作人员确认后才计。</source>
        <translation>Volunteers sign in and out at the kiosk by card or by name; signing out of a shift credits the service hours automatically, unplanned service counts once staff confirm it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="163"/>
        <source>标记未到(&amp;M)</source>
        <translation>&amp;Mark no-shows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="164"/>
        <source>把已结束班次中没有签到的报名标记为未到</source>
        <translation>Mark sign-ups of ended shifts without a sign-in as no-shows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="180"/>
        <source>员工代签到(&amp;S)…</source>
        <translation>&amp;Sign in for a volunteer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="180"/>
        <source>为没有在签到台签到的志愿者代为签到</source>
        <translation>Sign in a volunteer who did not sign in at the kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="183"/>
        <source>代签退(&amp;O)</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="183"/>
        <source>为所选志愿者按现在的时间代为签退</source>
        <translation>Sign the selected volunteer out at the current time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="185"/>
        <source>确认临时服务(&amp;C)…</source>
        <translation>&amp;Confirm unplanned service…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="185"/>
        <source>确认所选临时服务的岗位和内容，计服务时长</source>
        <translation>Confirm the post and content of the selected unplanned service and credit its hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="188"/>
        <source>按班次结束计(&amp;E)…</source>
        <translation>Credit to shift &amp;end…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="188"/>
        <source>所选志愿者忘记签退：按班次结束时间计服务时长</source>
        <translation>The selected volunteer forgot to sign out: credit service hours up to the end of the shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="191"/>
        <source>更正时间(&amp;T)…</source>
        <translation>Correct &amp;times…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="191"/>
        <source>更正所选签到的签到、签退时间</source>
        <translation>Correct the sign-in and sign-out times of the selected sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="193"/>
        <source>作废(&amp;V)…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="193"/>
        <source>作废所选签到和它的服务时长</source>
        <translation>Void the selected sign-in and its service hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="209"/>
        <source>改为请假(&amp;L)…</source>
        <translation>Change to &amp;leave…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="209"/>
        <source>所选志愿者事先请过假：把未到改为请假</source>
        <translation>The selected volunteer had asked for leave: change the no-show to excused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="212"/>
        <source>撤销未到(&amp;U)…</source>
        <translation>&amp;Undo no-show…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="212"/>
        <source>所选志愿者其实来了：撤销未到</source>
        <translation>The selected volunteer did come: undo the no-show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="214"/>
        <source>撤销请假(&amp;X)…</source>
        <translation>Undo e&amp;xcuse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="214"/>
        <source>所选志愿者并没有请假：撤销请假，恢复为未到</source>
        <translation>The selected volunteer had not asked for leave: undo the excuse, back to no-show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="329"/>
        <source>请先输入姓名或拼音找到志愿者，再选中一位</source>
        <translation>First type a name or pinyin to find the volunteer, then select one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="340"/>
        <source>{name} 已于 {time} 签到，还没有签退：没有再记一次</source>
        <translation>{name} signed in at {time} and has not signed out: not recorded again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="343"/>
        <source>已为 {name} 签到、签退（{shift}），计 {hours} 小时</source>
        <translation>Signed {name} in and out ({shift}): {hours} hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="346"/>
        <source>已为 {name} 签到（{shift}）</source>
        <translation>Signed in {name} ({shift})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="358"/>
        <source>无法签退</source>
        <translation>Cannot sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="360"/>
        <source>已为 {name} 签退（{time}）</source>
        <translation>Signed out {name} ({time})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="385"/>
        <source>已确认 {name} 的临时服务</source>
        <translation>Confirmed {name}&apos;s unplanned service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="394"/>
        <source>按班次结束计</source>
        <translation>Credit to shift end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="395"/>
        <source>{name} 没有签退。确认 TA 服务到班次结束（{end}）后，按班次结束时间签退并计服务时长。</source>
        <translation>{name} did not sign out. Once you confirm they served until the end of the shift ({end}), they are signed out at the shift&apos;s end and the service hours credited.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="397"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="397"/>
        <source>如：忘记签退，带班老师确认服务到结束</source>
        <translation>e.g. forgot to sign out; the shift leader confirms they served to the end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="411"/>
        <source>无法按班次结束计</source>
        <translation>Cannot credit to the shift end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="412"/>
        <source>已按班次结束 {end} 为 {name} 签退</source>
        <translation>Signed out {name} at the shift end, {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="441"/>
        <source>已更正 {name} 的签到时间</source>
        <translation>Corrected {name}&apos;s sign-in times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="450"/>
        <source>作废签到</source>
        <translation>Void sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="451"/>
        <source>作废后 {name} {time} 的这次签到和它的服务时长不再计入；记录仍保留。</source>
        <translation>Once voided, {name}&apos;s sign-in at {time} and its service hours no longer count; the record is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="453"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="453"/>
        <source>如：误刷卡、重复签到</source>
        <translation>e.g. wrong card scanned, signed in twice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="466"/>
        <source>无法作废</source>
        <translation>Cannot void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="467"/>
        <source>已作废 {name} 的签到</source>
        <translation>Voided {name}&apos;s sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="474"/>
        <source>无法标记未到</source>
        <translation>Cannot mark no-shows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="477"/>
        <source>已标记 {n} 人次未到</source>
        <translation>Marked {n} no-shows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="478"/>
        <source>没有需要标记的未到：已结束班次的报名都已签到或已处理</source>
        <translation>No no-shows to mark: every sign-up of an ended shift has signed in or been dealt with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="491"/>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="494"/>
        <source>改为请假</source>
        <translation>Change to leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="492"/>
        <source>{name} 事先请过假：把 {post} 班次的未到改为请假。</source>
        <translation>{name} had asked for leave: change the no-show for the {post} shift to excused.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="494"/>
        <source>如：前一天电话请假</source>
        <translation>e.g. called the day before to ask for leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="506"/>
        <source>无法改为请假</source>
        <translation>Cannot change to leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="507"/>
        <source>已把 {name} 改为请假</source>
        <translation>Changed {name} to excused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="515"/>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="518"/>
        <source>撤销未到</source>
        <translation>Undo no-show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="516"/>
        <source>{name} 其实来了：撤销 {post} 班次的未到，恢复为已报名。请再为 TA 补签到。</source>
        <translation>{name} did come: undo the no-show for the {post} shift and restore the sign-up. Then sign them in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="518"/>
        <source>如：来了但忘记签到</source>
        <translation>e.g. came but forgot to sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="530"/>
        <source>无法撤销未到</source>
        <translation>Cannot undo the no-show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="531"/>
        <source>已撤销 {name} 的未到</source>
        <translation>Undid {name}&apos;s no-show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="539"/>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="543"/>
        <source>撤销请假</source>
        <translation>Undo excuse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="540"/>
        <source>{name} 并没有请假：撤销 {post} 班次的请假，恢复为未到。如果 TA 其实来了，之后再按“撤销未到”。</source>
        <translation>{name} had not asked for leave: undo the excuse for the {post} shift, back to no-show. If they did come after all, then press &quot;Undo no-show&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="543"/>
        <source>如：请假记错了人</source>
        <translation>e.g. the leave was recorded for the wrong person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="555"/>
        <source>无法撤销请假</source>
        <translation>Cannot undo the excuse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_ins_tab.py" line="556"/>
        <source>已撤销 {name} 的请假，恢复为未到</source>
        <translation>Undid {name}&apos;s excuse: back to no-show</translation>
    </message>
</context>
<context>
    <name>SignUpDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="254"/>
        <source>报名</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="254"/>
        <source>报名(&amp;S)</source>
        <translation>&amp;Sign up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="261"/>
        <source>姓名或拼音首字母，如 wf</source>
        <translation>Name or pinyin initials, e.g. wf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="262"/>
        <source>查找(&amp;F):</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="264"/>
        <source>志愿者(&amp;V):</source>
        <translation>&amp;Volunteer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="295"/>
        <source>没有找到这位志愿者：请换个写法再查</source>
        <translation>No volunteer found: please try another spelling</translation>
    </message>
</context>
<context>
    <name>StaffPasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_leave.py" line="35"/>
        <source>工作人员验证</source>
        <translation>Staff check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_leave.py" line="37"/>
        <source>切换到工作人员界面需要工作人员或管理员的密码。</source>
        <translation>Switching to the staff window needs the password of a staff member or administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_leave.py" line="38"/>
        <source>关闭签到台需要工作人员或管理员的密码。</source>
        <translation>Closing the kiosk needs the password of a staff member or administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_leave.py" line="44"/>
        <source>工作人员用户名</source>
        <translation>Staff user name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_leave.py" line="46"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_leave.py" line="47"/>
        <source>用户名(&amp;U):</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_leave.py" line="48"/>
        <source>密码(&amp;P):</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_leave.py" line="53"/>
        <source>验证结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_leave.py" line="58"/>
        <location filename="../../desktop/ui/kiosk/kiosk_leave.py" line="59"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_leave.py" line="61"/>
        <location filename="../../desktop/ui/kiosk/kiosk_leave.py" line="62"/>
        <source>返回签到台</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/kiosk_leave.py" line="76"/>
        <source>此账户不能离开签到台，请用工作人员或管理员账户</source>
        <translation>This account cannot leave the kiosk; use a staff or administrator account</translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="174"/>
        <source>员工代签到</source>
        <translation>Sign in for a volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="191"/>
        <source>签到时间</source>
        <translation>Sign-in time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="177"/>
        <source>志愿者没有在签到台签到时，由工作人员代为签到：输入姓名或拼音首字母找到志愿者，选择 TA 报名的班次（时间按班次填好，可以改）；没有报名的记为临时服务。</source>
        <translation>When a volunteer did not sign in at the kiosk, staff sign them in: type a name or pinyin initials to find the volunteer and choose the shift they signed up for (the times are filled in from the shift and can be changed); without a sign-up it is recorded as unplanned service.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="189"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="192"/>
        <source>已签退(&amp;O)</source>
        <translation>Signed &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="193"/>
        <source>已签退</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="194"/>
        <source>签退时间</source>
        <translation>Sign-out time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="197"/>
        <source>班次(&amp;H):</source>
        <translation>S&amp;hift:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="198"/>
        <source>签到时间(&amp;I):</source>
        <translation>Sign-&amp;in time:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="202"/>
        <source>签到</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="213"/>
        <source>不按班次（临时服务）</source>
        <translation>No shift (unplanned service)</translation>
    </message>
</context>
<context>
    <name>StockCountSheet</name>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="32"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="33"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="34"/>
        <source>商品名称</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="35"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="36"/>
        <source>账面数（件）</source>
        <translation>Books (items)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="37"/>
        <source>实盘数（件）</source>
        <translation>Counted (items)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="38"/>
        <source>差异（件）</source>
        <translation>Difference (items)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="39"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="41"/>
        <source>希联圆梦 库存盘点表</source>
        <translation>Xilian Yuanmeng stock count sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="43"/>
        <source>库存盘点表</source>
        <translation>Stock count sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="44"/>
        <source>盘点日期：{day}</source>
        <translation>Counted on {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="47"/>
        <source>账面数为打印时的库存（不含寄售在外的）。请逐件清点，在“实盘数”栏写下实际件数，与账面不符的在“差异”栏写明多或少几件并在备注中说明原因。</source>
        <translation>“Books” is the stock when this sheet was printed (not counting items on consignment). Count every item, write the number in “Counted”; where it differs from the books, write how many more or fewer under “Difference” and why under “Note”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="50"/>
        <source>共 {count} 种商品。</source>
        <translation>{count} products in all.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="53"/>
        <source>盘点人</source>
        <translation>Counted by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="54"/>
        <source>复核人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_count_sheet.py" line="55"/>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="61"/>
        <source>件</source>
        <translation> items</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_dialogs.py" line="85"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="54"/>
        <source>生产入库</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="55"/>
        <source>调整</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="56"/>
        <source>寄售发出</source>
        <translation>Send on consignment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="57"/>
        <source>寄售收回</source>
        <translation>Take back from consignment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="58"/>
        <source>盘点</source>
        <translation>Stock-take</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="59"/>
        <source>销售</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="60"/>
        <source>退货</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="61"/>
        <source>作废销售</source>
        <translation>Sale voided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="68"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="70"/>
        <source>商品名称</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="71"/>
        <source>库存（件）</source>
        <translation>On hand (items)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="74"/>
        <source>寄售在外（件）</source>
        <translation>On consignment (items)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="76"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="92"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="94"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="96"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="97"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="99"/>
        <source>制作者</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="101"/>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="102"/>
        <source>地点、原因</source>
        <translation>Place, reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="118"/>
        <source>查找(&amp;F):</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="120"/>
        <source>商品名称、拼音首字母或编码</source>
        <translation>Product name, pinyin initials or code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="121"/>
        <source>查找商品</source>
        <translation>Find a product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="130"/>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="133"/>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="134"/>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="208"/>
        <source>出入库记录</source>
        <translation>Stock movements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="146"/>
        <source>生产入库(&amp;I)…</source>
        <translation>Product&amp;ion…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="146"/>
        <source>登记选中商品新制作的件数</source>
        <translation>Record newly made items of the selected product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="148"/>
        <source>调整(&amp;J)…</source>
        <translation>Ad&amp;just…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="148"/>
        <source>登记选中商品损坏、样品、赠送等增减</source>
        <translation>Record the selected product&apos;s damage, samples, gifts and other changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="151"/>
        <source>寄售发出(&amp;O)…</source>
        <translation>C&amp;onsign out…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="151"/>
        <source>把选中商品送到商店或集市寄售</source>
        <translation>Send the selected product to a shop or fair on consignment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="154"/>
        <source>寄售收回(&amp;B)…</source>
        <translation>Take &amp;back…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="154"/>
        <source>收回寄售未售出的选中商品</source>
        <translation>Take back unsold items of the selected product from consignment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="157"/>
        <source>打印盘点表(&amp;P)…</source>
        <translation>&amp;Print count sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="157"/>
        <source>打印库存盘点表</source>
        <translation>Print the stock count sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="159"/>
        <source>盘点表存为PDF(&amp;V)…</source>
        <translation>Sa&amp;ve count sheet as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="159"/>
        <source>把库存盘点表保存为PDF文件</source>
        <translation>Save the stock count sheet as a PDF file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="162"/>
        <source>盘点(&amp;T)…</source>
        <translation>S&amp;tock-take…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="162"/>
        <source>输入盘点数量并过账差异</source>
        <translation>Enter the counts and post the differences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="169"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="207"/>
        <source>出入库记录：{name}</source>
        <translation>Stock movements: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="274"/>
        <source>已保存盘点表：{path}</source>
        <translation>Count sheet saved: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="279"/>
        <source>保存盘点表</source>
        <translation>Save count sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="280"/>
        <source>库存盘点表-{day}.pdf</source>
        <translation>stock-count-sheet-{day}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="281"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_tab.py" line="294"/>
        <source>已送打印：盘点表 {pages} 页</source>
        <translation>Sent to the printer: count sheet, {pages} pages</translation>
    </message>
</context>
<context>
    <name>StockTakeDialog</name>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="76"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="78"/>
        <source>商品名称</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="80"/>
        <source>账面数</source>
        <translation>Books</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="82"/>
        <source>实盘数</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="85"/>
        <source>差异</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="97"/>
        <source>盘点</source>
        <translation>Stock-take</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="100"/>
        <source>在“实盘数”栏输入清点到的件数（选中格子直接输入数字，回车确认）；没有清点的商品留空，不计入本次盘点。</source>
        <translation>Type the number of items counted in the “Counted” column (select the cell, type the number, press Enter); leave products not counted empty: they are not part of this stock-take.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="107"/>
        <source>盘点数量</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="118"/>
        <source>有差异时必填，如：样品未登记、损坏未登记</source>
        <translation>Required when anything differs, e.g. samples or damage not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="120"/>
        <source>差异原因(&amp;R):</source>
        <translation>&amp;Reason for differences:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="121"/>
        <source>盘点日期(&amp;D):</source>
        <translation>&amp;Date of count:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="133"/>
        <source>过账(&amp;P)</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="133"/>
        <source>过账盘点结果</source>
        <translation>Post the stock-take</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="133"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/stock_take_dialog.py" line="159"/>
        <source>已过账盘点：{count} 种商品，其中 {differing} 种与账面不符</source>
        <translation>Stock-take posted: {count} products, {differing} of them differing from the books</translation>
    </message>
</context>
<context>
    <name>SubsidyModel</name>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_model.py" line="17"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_model.py" line="18"/>
        <source>身份证号</source>
        <translation>ID card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_model.py" line="20"/>
        <source>签到天数</source>
        <translation>Days signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_model.py" line="22"/>
        <source>计补天数</source>
        <translation>Days counted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_model.py" line="24"/>
        <source>补助金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
</context>
<context>
    <name>SubsidyPage</name>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="67"/>
        <source>康复补助表</source>
        <translation>Rehab subsidy table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="84"/>
        <source>补助标准</source>
        <translation>Subsidy rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="121"/>
        <source>新标准从所选月份起执行，之前的月份（已报送的月报）保持原标准。设置最短停留后，当天须签退且停留满该时长才计入；未签退的日子不计入（可在签到页补录签退时间）。</source>
        <translation>A new rate applies from the month chosen; earlier months (already reported) keep their rate. With a minimum stay, a day counts only when the member signed out after staying that long; a day without a sign-out does not count (the sign-out time can be added on the attendance page).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="145"/>
        <source>如 40 或 40.50</source>
        <translation>e.g. 40 or 40.50</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="146"/>
        <source>日补助标准（元/天）(&amp;R):</source>
        <translation>Daily &amp;rate (yuan a day):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="100"/>
        <source>要求最短停留(&amp;M)</source>
        <translation>Require a &amp;minimum stay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="101"/>
        <source>要求最短停留时间</source>
        <translation>Require a minimum stay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="106"/>
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="107"/>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="111"/>
        <source>最短停留时间（小时）</source>
        <translation>Minimum stay (hours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="117"/>
        <source>计入条件:</source>
        <translation>A day counts:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="128"/>
        <source>已计划的补助标准调整</source>
        <translation>Planned changes of the subsidy rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="131"/>
        <source>保存补助标准(&amp;S)</source>
        <translation>&amp;Save rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="131"/>
        <source>保存补助标准</source>
        <translation>Save the subsidy rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="131"/>
        <source>保存结果</source>
        <translation>Save result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="139"/>
        <source>只有可以修改设置的账户能更改补助标准</source>
        <translation>Only accounts that may change settings can change the subsidy rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="154"/>
        <source>从(&amp;F)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="154"/>
        <source>补助标准从哪个月起执行</source>
        <translation>Month the subsidy rate applies from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="157"/>
        <source>新标准从这个月起计算；之前的月份（已报送的月报）保持原标准</source>
        <translation>The new rate applies from this month; earlier months (already reported) keep their rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="154"/>
        <source>起执行</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="162"/>
        <source>月份(&amp;O):</source>
        <translation>M&amp;onth:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="169"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="171"/>
        <source>导出到 Excel(&amp;X)…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="172"/>
        <source>把本月补助表导出到 Excel</source>
        <translation>Export this month&apos;s subsidy table to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="175"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="214"/>
        <source>已计划：{month} 起 {rate} 元/天</source>
        <translation>Planned: {rate} yuan/day from {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="239"/>
        <source>⚠ 未保存：请改正标出的内容</source>
        <translation>⚠ Not saved: please correct the marked fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="244"/>
        <source>✓ 已保存：从 {month} 起执行</source>
        <translation>✓ Saved: applies from {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="269"/>
        <source>本月未设定补助标准：{rate} 元/天</source>
        <translation>No subsidy rate set for this month: {rate} yuan a day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="271"/>
        <source>本月按最初设定的标准：{rate} 元/天</source>
        <translation>This month uses the original rate: {rate} yuan a day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="273"/>
        <source>本月按 {month} 起执行的标准：{rate} 元/天</source>
        <translation>This month uses the rate applying from {month}: {rate} yuan a day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="276"/>
        <source>有效签到即计入</source>
        <translation>every valid sign-in counts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="278"/>
        <source>当天停留满 {hours} 小时（须签退）才计入</source>
        <translation>a day counts after a stay of {hours} hours (with a sign-out)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="280"/>
        <source>{source}；{condition}</source>
        <translation>{source}; {condition}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="288"/>
        <source>合计：{people} 人，计补 {days} 天，{amount} 元</source>
        <translation>Total: {people} members, {days} days counted, {amount} yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="297"/>
        <source>导出康复补助表</source>
        <translation>Export rehab subsidy table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="298"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="307"/>
        <source>正在导出康复补助表…</source>
        <translation>Exporting the rehab subsidy table…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy/subsidy_page.py" line="311"/>
        <source>已导出 {n} 人到 {path}</source>
        <translation>Exported {n} members to {path}</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="357"/>
        <source>换班</source>
        <translation>Swap shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="357"/>
        <source>换班(&amp;S)</source>
        <translation>&amp;Swap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="366"/>
        <source>志愿者(&amp;V):</source>
        <translation>&amp;Volunteer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="368"/>
        <source>换到哪天(&amp;D):</source>
        <translation>Move to &amp;day:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="370"/>
        <source>换到班次(&amp;H):</source>
        <translation>Move to s&amp;hift:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="372"/>
        <source>如：那天要上课，换到下午</source>
        <translation>e.g. has a class that morning, moves to the afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="373"/>
        <source>原因(&amp;R):</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="384"/>
        <source>这一天没有别的班次：请换一天</source>
        <translation>There is no other shift that day: choose another day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="395"/>
        <source>请选择要换到的班次</source>
        <translation>Choose the shift to move to</translation>
    </message>
</context>
<context>
    <name>TickListModel</name>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="155"/>
        <source>（已于 {time} 签到）</source>
        <translation> (signed in at {time})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="174"/>
        <source>已勾选</source>
        <translation>ticked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/paper_entry.py" line="176"/>
        <source>未勾选</source>
        <translation>not ticked</translation>
    </message>
</context>
<context>
    <name>TillTab</name>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="72"/>
        <source>-{amount}（{reason}）</source>
        <translation>-{amount} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="76"/>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="77"/>
        <source>单价（元）</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="79"/>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="81"/>
        <location filename="../../desktop/ui/sales/till_tab.py" line="174"/>
        <source>优惠</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="82"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="136"/>
        <source>扫码或输入商品名、拼音首字母(&amp;S):</source>
        <translation>&amp;Scan, or type a name or pinyin initials:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="138"/>
        <source>扫码或输入商品名、拼音首字母</source>
        <translation>Scan, or type a name or pinyin initials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="139"/>
        <source>扫描条码，或输入名称 / 拼音首字母后按回车</source>
        <translation>Scan a barcode, or type a name / pinyin initials and press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="146"/>
        <source>小票纸(&amp;P):</source>
        <translation>Receipt &amp;paper:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="148"/>
        <source>小票纸</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="159"/>
        <source>找到的商品</source>
        <translation>Products found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="167"/>
        <source>这笔销售的商品</source>
        <translation>Products in this sale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="172"/>
        <source>改数量(&amp;Q)</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="172"/>
        <source>改数量</source>
        <translation>Change quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="174"/>
        <source>优惠(&amp;D)…</source>
        <translation>&amp;Discount…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="176"/>
        <source>删除该行(&amp;X)</source>
        <translation>Remove line (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="176"/>
        <source>删除该行</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="178"/>
        <source>清空重来</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="188"/>
        <source>应收合计:</source>
        <translation>Total due:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="190"/>
        <source>应收合计</source>
        <translation>Total due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="203"/>
        <source>{method}（{key}）</source>
        <translation>{method} ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="204"/>
        <source>付款方式：{method}</source>
        <translation>Payment: {method}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="212"/>
        <source>实收现金（元）</source>
        <translation>Cash given (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="213"/>
        <source>不填即按应收</source>
        <translation>Empty: the exact amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="214"/>
        <source>实收现金（元）(&amp;G):</source>
        <translation>Cash &amp;given (yuan):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="216"/>
        <source>找零</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="221"/>
        <source>找零:</source>
        <translation>Change:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="223"/>
        <source>结账（F12）</source>
        <translation>Check out (F12)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="223"/>
        <location filename="../../desktop/ui/sales/till_tab.py" line="501"/>
        <source>结账</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="229"/>
        <source>上一笔销售</source>
        <translation>Last sale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="234"/>
        <source>收银结果</source>
        <translation>Till result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="284"/>
        <source>没有找到“{text}”：请核对条码，或输入商品名称、拼音首字母</source>
        <translation>Nothing found for “{text}”: check the barcode, or type the product&apos;s name or pinyin initials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="296"/>
        <source>{name}&#x3000;¥{price}&#x3000;库存 {stock}&#x3000;{code}</source>
        <translation>{name}   ¥{price}   in stock {stock}   {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="318"/>
        <source>“{name}”已下架，不能销售：如需销售，请先在商品目录中恢复</source>
        <translation>“{name}” is off sale and cannot be sold: to sell it, restore it in the catalogue first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="326"/>
        <source>{name} × {quantity}</source>
        <translation>{name} × {quantity}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="344"/>
        <source>数量应为 1–{most} 的整数</source>
        <translation>The quantity must be a whole number from 1 to {most}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="361"/>
        <source>请先选中要优惠的商品</source>
        <translation>Please select the product to discount first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="453"/>
        <location filename="../../desktop/ui/sales/till_tab.py" line="458"/>
        <location filename="../../desktop/ui/sales/till_tab.py" line="539"/>
        <source>¥{amount}</source>
        <translation>¥{amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="454"/>
        <source>不足 ¥{amount}</source>
        <translation>¥{amount} short</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="495"/>
        <source>“{name}”账面库存 {have} 件，这笔要卖 {wanted} 件</source>
        <translation>“{name}”: {have} in stock on the books, this sale takes {wanted}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="498"/>
        <source>超出账面库存</source>
        <translation>More than the stock on the books</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="499"/>
        <source>如果东西确实在（例如入库未登记），请写明原因后结账；原因记在这笔销售上，月报核对时会列出。</source>
        <translation>If the items really are here (e.g. made but not entered), give the reason and check out; it is kept with the sale and listed in the monthly checks.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="501"/>
        <source>如：新做的还没入库</source>
        <translation>e.g. newly made, not entered yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="519"/>
        <source>无法结账</source>
        <translation>Cannot check out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="531"/>
        <source>上一笔：单号 {number}，{payment} ¥{total}</source>
        <translation>Last sale: no. {number}, {payment} ¥{total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sales/till_tab.py" line="536"/>
        <source>，实收 ¥{given}，找零 ¥{change}</source>
        <translation>, given ¥{given}, change ¥{change}</translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="56"/>
        <source>今日签到</source>
        <translation>Sign-ins today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="58"/>
        <source>今日签到人次</source>
        <translation>Number of sign-ins today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="62"/>
        <source>今日签到说明</source>
        <translation>Sign-ins today, in detail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_cards.py" line="71"/>
        <source>{day}：{sign_ins} 人次，{people} 人</source>
        <translation>{day}: {sign_ins} sign-ins, {people} people</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="35"/>
        <source>{number}月</source>
        <translation>{number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="63"/>
        <source>近12个月趋势</source>
        <translation>The last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="65"/>
        <source>近12个月签到与活动表</source>
        <translation>Sign-ins and activities in the last 12 months, table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="70"/>
        <source>正在载入图表…</source>
        <translation>Loading the chart…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="74"/>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="114"/>
        <source>以表格显示(&amp;T)</source>
        <translation>Show as &amp;table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="75"/>
        <source>以表格显示趋势</source>
        <translation>Show the trend as a table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="104"/>
        <source>{first} 至 {last}：签到共 {sign_ins} 人次，开展活动 {activities} 次；签到最多的月份是 {busiest}（{most} 人次）</source>
        <translation>{first} to {last}: {sign_ins} sign-ins, {activities} activities held; busiest month {busiest} ({most} sign-ins)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="113"/>
        <source>以图表显示(&amp;T)</source>
        <translation>Show as char&amp;t</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="135"/>
        <source>签到人次（左轴）</source>
        <translation>Sign-ins (left axis)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="140"/>
        <source>开展活动次数（右轴）</source>
        <translation>Activities held (right axis)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="145"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="147"/>
        <source>签到人次</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="163"/>
        <source>近12个月签到与活动图表</source>
        <translation>Sign-ins and activities in the last 12 months, chart</translation>
    </message>
</context>
<context>
    <name>TrendTableModel</name>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="40"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="41"/>
        <source>签到人次</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reporting/dashboard_trend.py" line="43"/>
        <source>开展活动</source>
        <translation>Activities held</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="204"/>
        <source>管理员可管理账户和恢复备份；工作人员负责日常登记；签到台账户只能打开签到台。</source>
        <translation>Administrators manage accounts and restore backups; staff do the daily registration; kiosk accounts can only open the sign-in kiosk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="208"/>
        <source>账户列表</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="211"/>
        <source>添加账户(&amp;N)…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="212"/>
        <source>重设密码(&amp;P)…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="213"/>
        <location filename="../../desktop/ui/admin/users_page.py" line="250"/>
        <source>停用(&amp;D)</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="215"/>
        <source>新角色</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="216"/>
        <source>改为此角色(&amp;R)</source>
        <translation>Change to this &amp;role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="220"/>
        <source>改为所选角色</source>
        <translation>Change to the chosen role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="227"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="249"/>
        <source>启用(&amp;D)</source>
        <translation>Enable (&amp;D)</translation>
    </message>
</context>
<context>
    <name>VoidSignInDialog</name>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="328"/>
        <source>作废签到</source>
        <translation>Void sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="328"/>
        <source>作废(&amp;V)</source>
        <translation>&amp;Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="329"/>
        <source>确认作废</source>
        <translation>Confirm voiding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="331"/>
        <source>作废 {name} 在 {day} {time} 的签到。记录会保留并标明已作废，不计入出勤。</source>
        <translation>Void the sign-in of {name} on {day} at {time}. The record is kept, marked as voided, and no longer counts as attendance.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="336"/>
        <source>如：签错人、重复录入</source>
        <translation>e.g. wrong person, entered twice</translation>
    </message>
</context>
<context>
    <name>VolunteerPicker</name>
    <message>
        <location filename="../../desktop/ui/volunteers/volunteer_fields.py" line="66"/>
        <source>姓名、拼音首字母或身份证号末几位</source>
        <translation>Name, pinyin initials or last digits of the ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/volunteer_fields.py" line="67"/>
        <source>查找志愿者</source>
        <translation>Find a volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/volunteer_fields.py" line="69"/>
        <source>找到的志愿者</source>
        <translation>Volunteers found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/volunteer_fields.py" line="78"/>
        <source>志愿者(&amp;V):</source>
        <translation>&amp;Volunteer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/volunteer_fields.py" line="89"/>
        <source>{name}&#x3000;{id}&#x3000;{number}</source>
        <translation>{name}  {id}  {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/volunteer_fields.py" line="115"/>
        <source>请先输入姓名或拼音找到志愿者，再选中一位</source>
        <translation>Type a name or pinyin to find the volunteer, then select one</translation>
    </message>
</context>
<context>
    <name>VolunteerSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="32"/>
        <source>志愿服务设置</source>
        <translation>Volunteer settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="36"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="38"/>
        <source>服务时长取整单位（分钟）</source>
        <translation>Rounding step of service time (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="41"/>
        <source> 小时</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="43"/>
        <source>每人每天最多记录的服务时长（小时）</source>
        <translation>Most service time recorded per person per day (hours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="46"/>
        <source>一星到五星的累计服务小时数，五个从小到大的数，用逗号分开</source>
        <translation>Cumulative service hours for one to five stars: five increasing numbers separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="48"/>
        <source>取整单位(&amp;R)：</source>
        <translation>&amp;Rounding step:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="49"/>
        <source>每日上限(&amp;D)：</source>
        <translation>&amp;Daily maximum:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="50"/>
        <source>星级门槛（小时）(&amp;S)：</source>
        <translation>&amp;Star thresholds (hours):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="53"/>
        <source>设置保存结果</source>
        <translation>Result of saving the settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="57"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="58"/>
        <source>保存志愿服务设置</source>
        <translation>Save the volunteer settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="60"/>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="61"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="68"/>
        <source>只有可以修改中心信息的账号才能修改这些设置</source>
        <translation>Only accounts that may edit the centre&apos;s settings can change these settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/settings_dialog.py" line="70"/>
        <source>服务时长按取整单位向下取整，不满一个单位的部分不计（记录只写实际服务的时间）：如取整单位 30 分钟，服务 2 小时 20 分钟记 2 小时。</source>
        <translation>Service time is rounded down to the rounding step; part of a step is not counted (the record shows only time actually served): with a 30-minute step, 2 h 20 min of service is recorded as 2 h.</translation>
    </message>
</context>
<context>
    <name>VolunteerSignInDialogs</name>
    <message>
        <location filename="../../desktop/ui/volunteers/sign_in_dialogs.py" line="64"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="24"/>
        <source>排班</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="26"/>
        <source>签到记录</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="28"/>
        <source>服务时长</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="30"/>
        <source>服务证明</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="32"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/volunteers_page.py" line="45"/>
        <source>志愿服务的各项工作</source>
        <translation>Volunteer service tasks</translation>
    </message>
</context>
<context>
    <name>WeekTab</name>
    <message>
        <location filename="../../desktop/ui/volunteers/week_model.py" line="38"/>
        <source>已取消：{reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_model.py" line="40"/>
        <source>已报 {taken}/{capacity}</source>
        <translation>Signed up {taken}/{capacity}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_model.py" line="42"/>
        <source>缺 {count} 人</source>
        <translation>{count} more needed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_model.py" line="44"/>
        <source>已满</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_model.py" line="51"/>
        <source>（还没有人报名）</source>
        <translation>(no one signed up yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_model.py" line="62"/>
        <source>{day}（{weekday}）{start}–{end} {post}</source>
        <translation>{day} ({weekday}) {start}–{end} {post}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="71"/>
        <source>上一周(&amp;P)</source>
        <translation>&amp;Previous week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="71"/>
        <source>看上一周的排班</source>
        <translation>Show the previous week&apos;s schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="73"/>
        <source>本周(&amp;T)</source>
        <translation>&amp;This week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="73"/>
        <source>回到本周的排班</source>
        <translation>Back to this week&apos;s schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="76"/>
        <source>下一周(&amp;X)</source>
        <translation>Ne&amp;xt week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="76"/>
        <source>看下一周的排班</source>
        <translation>Show the next week&apos;s schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="79"/>
        <source>显示的一周</source>
        <translation>Week shown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="87"/>
        <source>一周的班次：每列一天，每格一个班次</source>
        <translation>The week&apos;s shifts: one column a day, one cell a shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="107"/>
        <source>新建班次(&amp;N)…</source>
        <translation>&amp;New shift…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="107"/>
        <source>新建一个班次</source>
        <translation>Make a new shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="109"/>
        <source>每周排班(&amp;W)…</source>
        <translation>&amp;Weekly schedule…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="110"/>
        <source>按星期几一次排好多周的班次</source>
        <translation>Make the shifts of many weeks at once by weekday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="112"/>
        <source>报名(&amp;A)…</source>
        <translation>Sign &amp;up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="112"/>
        <source>给选中的班次报名一位志愿者</source>
        <translation>Sign a volunteer up for the selected shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="114"/>
        <source>取消报名(&amp;C)…</source>
        <translation>&amp;Cancel sign-up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="115"/>
        <source>取消选中班次里一位志愿者的报名</source>
        <translation>Cancel one volunteer&apos;s sign-up for the selected shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="117"/>
        <source>取消班次(&amp;D)…</source>
        <translation>Cancel shif&amp;t…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="118"/>
        <source>取消选中的班次，写明原因</source>
        <translation>Cancel the selected shift, giving the reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="120"/>
        <source>修改名额(&amp;Q)…</source>
        <translation>Change places (&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="121"/>
        <source>修改选中班次需要的人数，写明原因</source>
        <translation>Change how many volunteers the selected shift needs, with a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="123"/>
        <source>换班(&amp;H)…</source>
        <translation>Swap s&amp;hift…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="124"/>
        <source>把选中班次里的一位志愿者换到另一个班次，写明原因</source>
        <translation>Move a volunteer of the selected shift to another shift, with a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="126"/>
        <source>岗位(&amp;G)…</source>
        <translation>Posts (&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="127"/>
        <source>岗位列表：新增、改名、停用岗位</source>
        <translation>Posts: add, rename, deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="139"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="158"/>
        <source>{first} 至 {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="223"/>
        <source>这个班次已取消，不能报名</source>
        <translation>This shift is cancelled: no one can sign up for it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="226"/>
        <source>这个班次已满：要多报一人，先按“修改名额”；要换人，按“换班”</source>
        <translation>This shift is full: to add someone, first use &quot;Change places&quot;; to replace someone, use &quot;Swap shift&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_model.py" line="98"/>
        <source>{weekday} {month}月{day}日</source>
        <translation>{weekday} {day}/{month}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="243"/>
        <source>已新建班次：{day} {start}</source>
        <translation>Shift made: {day} {start}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="255"/>
        <source>已排好 {count} 个班次（跳过 {skipped} 天）</source>
        <translation>{count} shifts made ({skipped} days skipped)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="278"/>
        <source>已报名：{name}</source>
        <translation>Signed up: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="296"/>
        <source>已取消 {name} 的报名</source>
        <translation>{name}&apos;s sign-up cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="326"/>
        <source>已换班：{name} 换到 {shift}</source>
        <translation>Swapped: {name} moved to {shift}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="345"/>
        <source>已修改名额：{shift} 需要 {capacity} 人</source>
        <translation>Places changed: {shift} needs {capacity}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="364"/>
        <source>已取消班次：{shift}；{count} 人的报名一并取消</source>
        <translation>Shift cancelled: {shift}; {count} sign-ups cancelled with it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="372"/>
        <source>取消班次</source>
        <translation>Cancel shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="373"/>
        <source>取消 {shift}：已报名的志愿者的报名也一并取消，原因相同。</source>
        <translation>Cancel {shift}: the volunteers&apos; sign-ups are cancelled too, with the same reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="374"/>
        <source>取消班次(&amp;D)</source>
        <translation>Cancel shif&amp;t</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/week_tab.py" line="375"/>
        <source>如：暴雨停课、场地维修</source>
        <translation>e.g. heavy rain, room under repair</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="41"/>
        <source>欢迎使用温馨家园工作台</source>
        <translation>Welcome to Warm Home Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="44"/>
        <source>&lt;h2&gt;欢迎使用温馨家园工作台&lt;/h2&gt;&lt;p&gt;请先填写本中心的信息，并设置管理员账户。中心信息会印在每月报送区残联的报表上，以后可在“设置”中修改。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Warm Home Desktop&lt;/h2&gt;&lt;p&gt;First enter your centre&apos;s details and set up the administrator account. The centre details are printed on the monthly report to the District Disabled Persons&apos; Federation and can be changed later under Settings.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="49"/>
        <source>中心信息</source>
        <translation>Centre details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="58"/>
        <source>管理员账户（可管理账户、恢复备份）</source>
        <translation>Administrator account (manages accounts, restores backups)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="62"/>
        <source>载入演示数据（虚构的会员和志愿者，便于熟悉软件）(&amp;J)</source>
        <translation>&amp;Load demo data (fictional members and volunteers, to get to know the app)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="63"/>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="69"/>
        <source>还需要填写的内容</source>
        <translation>What is still missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="74"/>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="75"/>
        <source>开始使用</source>
        <translation>Get started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="77"/>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="78"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="91"/>
        <source>还需要：{reason}</source>
        <translation>Still needed: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="121"/>
        <source>正在载入演示数据，请稍候…</source>
        <translation>Loading the demo data, please wait…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="121"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/welcome_dialog.py" line="124"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="96"/>
        <location filename="../../desktop/ui/admin/users_page.py" line="97"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users_page.py" line="99"/>
        <location filename="../../desktop/ui/admin/users_page.py" line="100"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="64"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="71"/>
        <location filename="../../desktop/ui/volunteers/shift_dialogs.py" line="72"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="113"/>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="114"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="141"/>
        <source>原因(&amp;R):</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="148"/>
        <source>已签退(&amp;O)</source>
        <translation>Signed &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="149"/>
        <source>已签退</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="150"/>
        <source>签退时间</source>
        <translation>Sign-out time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance/sign_in_dialogs.py" line="156"/>
        <source>签退时间:</source>
        <translation>Sign-out time:</translation>
    </message>
</context>
</TS>
