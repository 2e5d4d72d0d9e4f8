<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../desktop/ui/account_form.py" line="33"/>
        <source>如：admin 或 王芳</source>
        <translation>e.g. admin or Wang Fang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_form.py" line="35"/>
        <source>至少8位</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_form.py" line="38"/>
        <source>用户名(&amp;U):</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_form.py" line="41"/>
        <source>密码(&amp;W):</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_form.py" line="42"/>
        <source>再次输入密码(&amp;A):</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_form.py" line="58"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="78"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="79"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="79"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="85"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="85"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="85"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="85"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="35"/>
        <source>文化</source>
        <translation>Culture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="36"/>
        <source>体育</source>
        <translation>Sports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="37"/>
        <source>康复</source>
        <translation>Rehabilitation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="38"/>
        <source>节日慰问</source>
        <translation>Holiday visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="39"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="46"/>
        <source>已作废：{reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="48"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="54"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="55"/>
        <source>活动名称</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="56"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="57"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="58"/>
        <source>组织者</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="59"/>
        <source>参加人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="61"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="136"/>
        <source>不足三次</source>
        <translation>Below three</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="137"/>
        <source>已满三次</source>
        <translation>Three or more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="141"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="142"/>
        <source>本年文体活动次数</source>
        <translation>Cultural and sports activities this year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="144"/>
        <source>是否达到三次</source>
        <translation>Reached three?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="146"/>
        <source>签到卡号</source>
        <translation>Card no.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="77"/>
        <source>活动和参加次数</source>
        <translation>Activities and participation counts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="78"/>
        <source>活动列表(&amp;1)</source>
        <translation>Activities (&amp;1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="79"/>
        <source>本年参加次数(&amp;2)</source>
        <translation>Counts this year (&amp;2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="91"/>
        <source>年份(&amp;Y):</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="93"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="97"/>
        <source>政策要求：有需求的会员每人每年至少参加三次文化体育活动（计入：{kinds}）</source>
        <translation>Policy: every member who wishes takes part in at least three cultural or sports activities a year (counted: {kinds})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="109"/>
        <source>类型(&amp;K):</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="111"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="114"/>
        <source>活动类型</source>
        <translation>Activity kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="117"/>
        <source>显示已作废(&amp;V)</source>
        <translation>Show &amp;voided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="118"/>
        <source>显示已作废的活动</source>
        <translation>Show voided activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="127"/>
        <source>活动列表</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="133"/>
        <source>新建活动(&amp;N)</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="134"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="135"/>
        <source>参加者(&amp;P)…</source>
        <translation>&amp;Participants…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="136"/>
        <source>作废(&amp;D)…</source>
        <translation>Voi&amp;d…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="137"/>
        <source>新建活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="138"/>
        <source>编辑所选活动</source>
        <translation>Edit the selected activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="139"/>
        <source>登记所选活动的参加者</source>
        <translation>Record the participants of the selected activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="140"/>
        <source>作废所选活动</source>
        <translation>Void the selected activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="161"/>
        <source>只看不足三次的会员(&amp;B)</source>
        <translation>Only members &amp;below three</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="162"/>
        <source>只看不足三次的会员</source>
        <translation>Only members below three</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="165"/>
        <source>参加次数汇总</source>
        <translation>Participation summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="170"/>
        <source>会员本年文体活动次数</source>
        <translation>Members&apos; cultural and sports activities this year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="200"/>
        <source>共 {n} 个活动</source>
        <translation>{n} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="209"/>
        <source>{year} 年：共 {total} 名会员，{below} 人参加文体活动不足三次</source>
        <translation>{year}: {total} members, {below} with fewer than three cultural or sports activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="250"/>
        <source>查看参加者（只读）：{tip}</source>
        <translation>View participants (read-only): {tip}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="305"/>
        <source>作废活动</source>
        <translation>Void activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="306"/>
        <source>作废后“{title}”不再计入会员的参加次数；活动和参加者仍保留在记录中。</source>
        <translation>Once voided, “{title}” no longer counts towards members&apos; activities; the activity and its participants stay on record.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="307"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="321"/>
        <source>无法作废</source>
        <translation>Cannot void</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="52"/>
        <source>新建活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="52"/>
        <source>编辑活动</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="55"/>
        <source>活动可以提前一年内安排；参加者在活动当天或之后登记。</source>
        <translation>Activities can be planned up to a year ahead; participants are recorded on or after the day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="62"/>
        <source>如：书法练习、柔力球、春节慰问</source>
        <translation>e.g. calligraphy, soft ball, Spring Festival visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="74"/>
        <source>如：活动室、社区广场</source>
        <translation>e.g. activity room, community square</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="77"/>
        <source>如：温馨家园、街道残联、志愿者服务队</source>
        <translation>e.g. Warm Home, street federation, volunteer team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="78"/>
        <source>活动名称(&amp;T):</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="79"/>
        <source>类型(&amp;K):</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="80"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="84"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="85"/>
        <source>地点(&amp;L):</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="86"/>
        <source>组织者(&amp;O):</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="101"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="102"/>
        <source>保存活动</source>
        <translation>Save activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="105"/>
        <location filename="../../desktop/ui/activity_dialogs.py" line="106"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="146"/>
        <source>添加账户</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="152"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="155"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="156"/>
        <source>姓名(&amp;N):</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="157"/>
        <source>角色(&amp;R):</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>AddSignInDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="204"/>
        <source>补签</source>
        <translation>Add sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="204"/>
        <source>补签(&amp;S)</source>
        <translation>&amp;Save sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="205"/>
        <source>保存补签</source>
        <translation>Save the sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="209"/>
        <source>姓名、拼音首字母(如 zs)或卡号</source>
        <translation>Name, pinyin initials (e.g. zs) or card number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="210"/>
        <source>查找会员(&amp;M):</source>
        <translation>Find &amp;member:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="214"/>
        <source>找到的会员</source>
        <translation>Members found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="221"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="222"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="223"/>
        <source>签到时间</source>
        <translation>Sign-in time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="224"/>
        <source>签到时间(&amp;I):</source>
        <translation>Sign-&amp;in time:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="226"/>
        <source>如：忘带卡、签到台故障</source>
        <translation>e.g. forgot the card, kiosk out of order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="243"/>
        <source>（已归档）</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="275"/>
        <source>请先查找并选择会员</source>
        <translation>Find and choose a member first</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="181"/>
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="184"/>
        <source>没有需要处理的事项</source>
        <translation>Nothing needs attention</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="205"/>
        <source>⚠ 错误：{message}</source>
        <translation>⚠ Error: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="206"/>
        <source>⚠ 警告：{message}</source>
        <translation>⚠ Warning: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="216"/>
        <source>打开“{page}”</source>
        <translation>Open “{page}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="217"/>
        <source>打开“{page}”处理：{alert}</source>
        <translation>Open “{page}” to deal with: {alert}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="65"/>
        <source>温馨家园工作台</source>
        <translation>Warm Home Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="214"/>
        <location filename="../../desktop/app.py" line="248"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="259"/>
        <source>退出时备份失败</source>
        <translation>Backup on exit failed</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="197"/>
        <source>温馨家园工作台已经打开（{database}），请切换到已打开的窗口</source>
        <translation>Warm Home Desktop is already open ({database}); please switch to the open window</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="97"/>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="98"/>
        <source>此账户不能打开任何窗口。请用工作人员或管理员账户登录。</source>
        <translation>This account cannot open any window. Please sign in with a staff or administrator account.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="200"/>
        <source>已经打开</source>
        <translation>Already open</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="48"/>
        <source>归档人员</source>
        <translation>Archive person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="50"/>
        <source>归档后 {name} 不再出现在日常列表中，所有记录都会保留，可随时恢复。</source>
        <translation>Once archived, {name} no longer appears in the everyday list. All records are kept and can be restored at any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="55"/>
        <source>如：迁出本街道、去世、本人要求</source>
        <translation>e.g. moved out of the street, deceased, at own request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="56"/>
        <source>归档原因</source>
        <translation>Reason for archiving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="57"/>
        <source>归档原因(&amp;R):</source>
        <translation>&amp;Reason for archiving:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="62"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="63"/>
        <source>确认归档</source>
        <translation>Confirm archiving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="65"/>
        <location filename="../../desktop/ui/people_page.py" line="66"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AttendanceLabels</name>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="12"/>
        <source>刷卡</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="13"/>
        <source>查找</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="14"/>
        <source>键盘</source>
        <translation>Keypad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="15"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="16"/>
        <source>纸质</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="24"/>
        <source>未登记的卡号</source>
        <translation>Unknown card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="25"/>
        <source>已归档的会员</source>
        <translation>Archived member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="26"/>
        <source>当天不在册的会员（未入会或已离开）</source>
        <translation>Not on the register that day (not yet joined or left)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="28"/>
        <source>无法识别的扫描</source>
        <translation>Unreadable scan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="36"/>
        <source>一</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="37"/>
        <source>二</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="38"/>
        <source>三</source>
        <translation>We</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="39"/>
        <source>四</source>
        <translation>Th</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="40"/>
        <source>五</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="41"/>
        <source>六</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_labels.py" line="42"/>
        <source>日</source>
        <translation>Su</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../desktop/ui/attendance_page.py" line="33"/>
        <source>考勤视图</source>
        <translation>Attendance views</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_page.py" line="34"/>
        <source>日视图</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_page.py" line="35"/>
        <source>月视图</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="34"/>
        <source>新增</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="35"/>
        <source>修改</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="36"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="37"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="38"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="39"/>
        <source>查看敏感信息</source>
        <translation>View sensitive data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="40"/>
        <source>锁定账户</source>
        <translation>Lock account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="41"/>
        <source>修改本人密码</source>
        <translation>Change own password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="42"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="43"/>
        <source>停用账户</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="44"/>
        <source>启用账户</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="45"/>
        <source>更改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="46"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="47"/>
        <source>导出月报</source>
        <translation>Export monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="48"/>
        <source>报送关账</source>
        <translation>Submit and close month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="49"/>
        <source>重新开账</source>
        <translation>Reopen month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="57"/>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="58"/>
        <source>账户</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="59"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="60"/>
        <source>补助标准</source>
        <translation>Subsidy rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="61"/>
        <source>文体活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="62"/>
        <source>活动参加者</source>
        <translation>Activity participant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="63"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="64"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="65"/>
        <source>月份关账</source>
        <translation>Month close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="66"/>
        <source>月报导出和报送</source>
        <translation>Report exports and submissions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="78"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="79"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="80"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="81"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="82"/>
        <source>数据表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="84"/>
        <source>记录编号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="85"/>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="86"/>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_model.py" line="87"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="69"/>
        <source>操作日志列表</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="111"/>
        <source>起始日期(&amp;F)</source>
        <translation>&amp;From date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="111"/>
        <source>起始日期</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="113"/>
        <source>截止日期(&amp;T)</source>
        <translation>&amp;To date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="113"/>
        <source>截止日期</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="115"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="117"/>
        <source>数据表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="126"/>
        <location filename="../../desktop/ui/audit_page.py" line="182"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="127"/>
        <source>记录编号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="129"/>
        <source>清除筛选(&amp;C)</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="130"/>
        <source>清除筛选条件</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="141"/>
        <source>操作人(&amp;U):</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="143"/>
        <source>数据表(&amp;B):</source>
        <translation>Ta&amp;ble:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="145"/>
        <source>记录编号(&amp;R):</source>
        <translation>&amp;Record no.:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="154"/>
        <source>导出到 Excel(&amp;X)…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="155"/>
        <source>把筛选出的操作日志导出到 Excel</source>
        <translation>Export the filtered audit log to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="157"/>
        <source>校验日志(&amp;V)</source>
        <translation>&amp;Verify log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="158"/>
        <source>校验操作日志是否被改动</source>
        <translation>Verify that the audit log was not altered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="160"/>
        <source>刷新(&amp;E)</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="161"/>
        <source>刷新操作日志</source>
        <translation>Refresh the audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="163"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="229"/>
        <source>共 {n} 条</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="252"/>
        <source>导出操作日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="253"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="265"/>
        <source>正在导出操作日志…</source>
        <translation>Exporting the audit log…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="268"/>
        <source>已导出 {n} 条记录到 {path}</source>
        <translation>Exported {n} entries to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="274"/>
        <source>正在校验操作日志…</source>
        <translation>Verifying the audit log…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="278"/>
        <source>操作日志校验未通过</source>
        <translation>Audit log verification failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="278"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="54"/>
        <source>备份时间</source>
        <translation>Backup time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="54"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="54"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="54"/>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="55"/>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="55"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="55"/>
        <source>操作日志</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="55"/>
        <source>加密</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="56"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="109"/>
        <source>本机</source>
        <translation>This PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="117"/>
        <source>是（需要口令）</source>
        <translation>Yes (passphrase needed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="117"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="121"/>
        <source>恢复前自动保存的数据</source>
        <translation>Data saved automatically before a restore</translation>
    </message>
</context>
<context>
    <name>BackupSettingsPanel</name>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="84"/>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="93"/>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="94"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="97"/>
        <source>从备份恢复(&amp;E)…</source>
        <translation>R&amp;estore from a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="98"/>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="107"/>
        <source>备份结果</source>
        <translation>Backup result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="109"/>
        <source>备份保存在：{folder}</source>
        <translation>Backups are kept in: {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="119"/>
        <source>如 E:\温馨家园备份（U盘或网络位置）</source>
        <translation>e.g. E:\WarmHomeBackups (USB stick or network share)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="123"/>
        <source>选择文件夹(&amp;O)…</source>
        <translation>Ch&amp;oose folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="124"/>
        <location filename="../../desktop/ui/backup_settings.py" line="196"/>
        <source>选择第二备份位置</source>
        <translation>Choose the second backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="126"/>
        <source>不使用(&amp;X)</source>
        <translation>Turn o&amp;ff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="127"/>
        <source>不使用第二备份位置</source>
        <translation>Do not use a second backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="132"/>
        <source>第二备份位置(&amp;U):</source>
        <translation>Second folder (&amp;USB stick or share):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="135"/>
        <source>第二备份位置</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="142"/>
        <source>至少8位；已设置时留空表示不修改</source>
        <translation>At least 8 characters; leave empty to keep the current one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="143"/>
        <source>至少8位</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="145"/>
        <source>加密口令(&amp;K):</source>
        <translation>Encr&amp;yption passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="146"/>
        <source>再次输入口令(&amp;A):</source>
        <translation>Passphrase &amp;again:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="148"/>
        <location filename="../../desktop/ui/backup_settings.py" line="236"/>
        <source>口令：已设置</source>
        <translation>Passphrase: set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="148"/>
        <location filename="../../desktop/ui/backup_settings.py" line="237"/>
        <source>口令：未设置</source>
        <translation>Passphrase: not set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="154"/>
        <source>保留每日备份(&amp;Y):</source>
        <translation>Daily backups to &amp;keep:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="155"/>
        <source>保留每周备份(&amp;W):</source>
        <translation>&amp;Weekly backups to keep:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="156"/>
        <source>保留每月备份(&amp;M):</source>
        <translation>&amp;Monthly backups to keep:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="165"/>
        <source>第二备份位置里的备份会用口令加密，U盘丢失也不会泄露会员信息。请把口令另外妥善保管：在新电脑上恢复这些备份时必须输入；忘记口令就无法恢复。更换口令后，旧的加密备份仍需用旧口令打开。</source>
        <translation>Backups in the second folder are encrypted with the passphrase, so a lost USB stick does not leak members&apos; data. Keep the passphrase safe somewhere else: restoring these backups on a new PC needs it, and without it they cannot be restored. After a change of passphrase, older encrypted backups still open with the old one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="171"/>
        <source>保存备份设置(&amp;V)</source>
        <translation>Sa&amp;ve backup settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="172"/>
        <source>保存备份设置</source>
        <translation>Save backup settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="176"/>
        <source>备份设置保存结果</source>
        <translation>Backup settings result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="185"/>
        <source>只有管理员可以修改备份设置和恢复备份</source>
        <translation>Only administrators can change backup settings and restore backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="210"/>
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases do not match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="214"/>
        <source>使用第二备份位置需要设置加密口令</source>
        <translation>A second backup folder needs an encryption passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="217"/>
        <location filename="../../desktop/ui/backup_settings.py" line="228"/>
        <source>⚠ 未保存：请改正标出的内容</source>
        <translation>⚠ Not saved: please correct the marked fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="238"/>
        <source>✓ 已保存</source>
        <translation>✓ Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="245"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="248"/>
        <source>备份失败：</source>
        <translation>Backup failed: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="250"/>
        <source>✓ 已备份到 {path}</source>
        <translation>✓ Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="252"/>
        <source>✓ 已加密复制到 {path}</source>
        <translation>✓ Encrypted copy written to {path}</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="41"/>
        <source>最近一次备份</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="52"/>
        <source>⚠ 还没有成功的备份，请立即备份</source>
        <translation>⚠ There is no successful backup yet. Please back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="54"/>
        <source>⚠ 最近一次成功备份：{time}（{days} 天前），已超过7天，请尽快备份</source>
        <translation>⚠ Last successful backup: {time} ({days} days ago), more than 7 days. Please back up soon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_settings.py" line="58"/>
        <source>最近一次成功备份：{time}</source>
        <translation>Last successful backup: {time}</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <location filename="../../desktop/ui/centre_form.py" line="24"/>
        <source>如：西长安街温馨家园</source>
        <translation>e.g. Xichang&apos;anjie Warm Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/centre_form.py" line="27"/>
        <source>区残联分配的编码，如 XC-XCAJ-01</source>
        <translation>e.g. XC-XCAJ-01, as assigned by the District Disabled Persons&apos; Federation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/centre_form.py" line="28"/>
        <source>西城区</source>
        <translation>西城区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/centre_form.py" line="39"/>
        <source>如 010-66012345 或手机号</source>
        <translation>e.g. 010-66012345 or a mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/centre_form.py" line="40"/>
        <source>中心名称(&amp;N):</source>
        <translation>Centre &amp;name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/centre_form.py" line="41"/>
        <source>中心编码(&amp;C):</source>
        <translation>Centre &amp;code:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/centre_form.py" line="42"/>
        <source>所属区(&amp;D):</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/centre_form.py" line="43"/>
        <source>街道(&amp;S):</source>
        <translation>S&amp;treet:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/centre_form.py" line="44"/>
        <source>负责人(&amp;R):</source>
        <translation>Person in cha&amp;rge:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/centre_form.py" line="45"/>
        <source>联系电话(&amp;P):</source>
        <translation>&amp;Phone:</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="195"/>
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="199"/>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="200"/>
        <source>原密码(&amp;O):</source>
        <translation>&amp;Old password:</translation>
    </message>
</context>
<context>
    <name>ConsolidationModels</name>
    <message>
        <location filename="../../desktop/ui/consolidation_models.py" line="26"/>
        <source>✓ 已采用</source>
        <translation>✓ Used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_models.py" line="27"/>
        <source>✗ 未采用</source>
        <translation>✗ Not used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_models.py" line="28"/>
        <source>旧版，未采用</source>
        <translation>Older revision, not used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_models.py" line="29"/>
        <source>重复，只计一次</source>
        <translation>Duplicate, counted once</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_models.py" line="35"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_models.py" line="36"/>
        <location filename="../../desktop/ui/consolidation_models.py" line="87"/>
        <source>中心编码</source>
        <translation>Centre code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_models.py" line="37"/>
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_models.py" line="38"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_models.py" line="39"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_models.py" line="88"/>
        <source>中心名称</source>
        <translation>Centre name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_models.py" line="89"/>
        <source>街道</source>
        <translation>Street</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="102"/>
        <source>汇总月份(&amp;O):</source>
        <translation>M&amp;onth to consolidate:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="105"/>
        <source>开始汇总(&amp;R)</source>
        <translation>&amp;Run consolidation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="105"/>
        <source>开始汇总</source>
        <translation>Run consolidation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="114"/>
        <source>各中心的月报文件</source>
        <translation>Centres&apos; monthly workbooks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="117"/>
        <source>要汇总的文件和文件夹</source>
        <translation>Files and folders to consolidate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="123"/>
        <source>添加文件(&amp;F)…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="123"/>
        <source>添加月报文件</source>
        <translation>Add monthly workbook files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="124"/>
        <source>添加文件夹(&amp;D)…</source>
        <translation>Add fol&amp;der…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="125"/>
        <source>添加存放月报的文件夹</source>
        <translation>Add a folder of monthly workbooks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="126"/>
        <source>移除(&amp;M)</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="126"/>
        <source>移除选中的文件</source>
        <translation>Remove the selected files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="134"/>
        <source>文件夹中的每个 .xlsx 都会读取；同一中心有多个版本时采用版本号最高的。</source>
        <translation>Every .xlsx in a folder is read; when a centre sent several revisions, the highest counts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="141"/>
        <location filename="../../desktop/ui/consolidation_page.py" line="145"/>
        <source>应报中心名单</source>
        <translation>Expected centres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="158"/>
        <source>添加中心(&amp;A)</source>
        <translation>&amp;Add centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="158"/>
        <source>添加一个应报中心</source>
        <translation>Add an expected centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="159"/>
        <source>删除中心(&amp;E)</source>
        <translation>R&amp;emove centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="160"/>
        <source>删除选中的应报中心</source>
        <translation>Remove the selected expected centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="161"/>
        <source>从文件导入(&amp;I)…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="162"/>
        <source>从 txt、csv 或 xlsx 文件导入名单</source>
        <translation>Import the list from a txt, csv or xlsx file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="163"/>
        <source>保存名单(&amp;S)</source>
        <translation>&amp;Save list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="163"/>
        <source>保存应报中心名单</source>
        <translation>Save the list of expected centres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="175"/>
        <source>名单状态</source>
        <translation>List status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="180"/>
        <source>只有可以修改设置的账户能保存名单</source>
        <translation>Only accounts that may change settings can save the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="184"/>
        <source>汇总结果</source>
        <translation>Consolidation result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="186"/>
        <source>尚未汇总</source>
        <translation>Not consolidated yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="188"/>
        <source>汇总概况</source>
        <translation>Consolidation summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="192"/>
        <source>报送完成情况</source>
        <translation>Reporting completeness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="197"/>
        <source>每个文件的处理结果</source>
        <translation>Result for each file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="201"/>
        <source>保存区汇总表(&amp;X)…</source>
        <translation>Save district workbook (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="201"/>
        <source>保存区汇总工作簿</source>
        <translation>Save the district workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="206"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="250"/>
        <source>选择各中心的月报文件</source>
        <translation>Choose the centres&apos; monthly workbooks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="252"/>
        <location filename="../../desktop/ui/consolidation_page.py" line="420"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="257"/>
        <source>选择存放月报的文件夹</source>
        <translation>Choose the folder with the monthly workbooks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="289"/>
        <source>导入应报中心名单</source>
        <translation>Import the list of expected centres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="290"/>
        <source>名单文件 (*.xlsx *.csv *.txt)</source>
        <translation>List file (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="303"/>
        <source>已导入 {n} 个中心，保存后下次仍可使用</source>
        <translation>Imported {n} centres; save the list to keep it for next time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="315"/>
        <source>名单已保存：{n} 个中心</source>
        <translation>List saved: {n} centres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="324"/>
        <source>请先添加月报文件或文件夹</source>
        <translation>Add monthly workbooks or a folder first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="333"/>
        <source>正在读取各中心的月报…</source>
        <translation>Reading the centres&apos; monthly workbooks…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="359"/>
        <source>没有可汇总的月报：{n} 个文件都未采用，不能保存区汇总表</source>
        <translation>Nothing to consolidate: none of the {n} files was accepted; the district workbook cannot be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="378"/>
        <source>月份、文件或应报中心名单已改变：请重新汇总后再保存</source>
        <translation>The month, the files or the expected centres changed: run the consolidation again before saving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="385"/>
        <source>{month}：采用 {accepted} 个文件，未采用 {rejected} 个，旧版或重复 {other} 个</source>
        <translation>{month}: {accepted} files used, {rejected} not used, {other} older or duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="394"/>
        <source>未设置应报中心名单；已报 {n} 个中心</source>
        <translation>No list of expected centres; {n} centres reported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="397"/>
        <source>已报 {reported}/{expected}（{percent:.1f}%）</source>
        <translation>Reported {reported}/{expected} ({percent:.1f}%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="401"/>
        <source>未报：{names}</source>
        <translation>Not reported: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="403"/>
        <source>名单中的中心都已报送</source>
        <translation>Every centre on the list has reported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="406"/>
        <source>有问题（未采用）：{names}</source>
        <translation>Sent, but not accepted: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="409"/>
        <source>名单外：{names}</source>
        <translation>Not on the list: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="418"/>
        <source>保存区汇总表</source>
        <translation>Save the district workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="433"/>
        <source>正在保存区汇总表…</source>
        <translation>Saving the district workbook…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="438"/>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>CorrectSignInDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="291"/>
        <source>更正签到时间</source>
        <translation>Correct sign-in times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="291"/>
        <source>保存更正(&amp;S)</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="292"/>
        <source>保存更正</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="294"/>
        <source>{name}，{day}，{method}签到</source>
        <translation>{name}, {day}, signed in by {method}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="301"/>
        <source>签到时间</source>
        <translation>Sign-in time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="302"/>
        <source>签到时间(&amp;I):</source>
        <translation>Sign-&amp;in time:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="305"/>
        <source>如：按纸质签到本更正</source>
        <translation>e.g. corrected from the paper register</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="52"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="53"/>
        <source>刷新首页</source>
        <translation>Refresh the home page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="172"/>
        <source>&lt;b&gt;{day}&lt;/b&gt; 的概况</source>
        <translation>Overview for &lt;b&gt;{day}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="82"/>
        <source>当天签到列表</source>
        <translation>Sign-ins of the day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="88"/>
        <source>签到台拒绝记录</source>
        <translation>Kiosk refusals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="90"/>
        <source>签到台拒绝记录（未登记的卡、已归档或不在册的会员，均未签到）：</source>
        <translation>Kiosk refusals (unknown cards, archived members or members not on the register; none was signed in):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="119"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="120"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="122"/>
        <source>◀ 前一天(&amp;B)</source>
        <translation>◀ Day &amp;before</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="123"/>
        <source>前一天</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="124"/>
        <source>后一天(&amp;N) ▶</source>
        <translation>&amp;Next day ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="125"/>
        <source>后一天</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="126"/>
        <source>今天(&amp;T)</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="127"/>
        <source>回到今天</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="132"/>
        <source>当天签到人数</source>
        <translation>Sign-ins of the day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="142"/>
        <source>补签(&amp;A)…</source>
        <translation>&amp;Add sign-in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="143"/>
        <source>更正时间(&amp;C)…</source>
        <translation>&amp;Correct times…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="144"/>
        <source>作废(&amp;V)…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="145"/>
        <source>打印签到表(&amp;P)…</source>
        <translation>&amp;Print sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="146"/>
        <source>录入纸质签到表(&amp;E)…</source>
        <translation>&amp;Enter paper sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="147"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="148"/>
        <source>为会员补签</source>
        <translation>Add a sign-in for a member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="149"/>
        <source>更正所选签到的时间</source>
        <translation>Correct the times of the selected sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="150"/>
        <source>作废所选签到</source>
        <translation>Void the selected sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="151"/>
        <source>打印纸质签到表</source>
        <translation>Print a paper sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="152"/>
        <source>录入纸质签到表</source>
        <translation>Enter a paper sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="153"/>
        <source>刷新签到列表</source>
        <translation>Refresh the sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="193"/>
        <source>签到 {n} 人</source>
        <translation>Signed in: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_panel.py" line="195"/>
        <source>；另有 {m} 条已作废</source>
        <translation>; voided: {m}</translation>
    </message>
</context>
<context>
    <name>DaySignInModel</name>
    <message>
        <location filename="../../desktop/ui/attendance_day_model.py" line="39"/>
        <source>{h}小时{m:02d}分</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_model.py" line="46"/>
        <source>已作废：{reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_model.py" line="48"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_model.py" line="53"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_model.py" line="54"/>
        <source>签到</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_model.py" line="55"/>
        <source>签退</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_model.py" line="56"/>
        <source>在场时长</source>
        <translation>Time present</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_model.py" line="57"/>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_model.py" line="59"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_model.py" line="60"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="105"/>
        <source>报表月份(&amp;M):</source>
        <translation>Report &amp;month:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="111"/>
        <source>校验结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="118"/>
        <location filename="../../desktop/ui/export_page.py" line="120"/>
        <source>汇总预览</source>
        <translation>Summary preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="128"/>
        <source>校验</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="130"/>
        <source>校验结果列表</source>
        <translation>List of check findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="135"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="138"/>
        <source>保存到文件夹(&amp;F):</source>
        <translation>Save to &amp;folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="140"/>
        <source>保存到文件夹</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="142"/>
        <source>选择文件夹(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="143"/>
        <location filename="../../desktop/ui/export_page.py" line="237"/>
        <source>选择保存月报的文件夹</source>
        <translation>Choose the folder for the monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="150"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="154"/>
        <source>导出月报(&amp;E)</source>
        <translation>&amp;Export monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="155"/>
        <source>导出本月月报工作簿</source>
        <translation>Export this month&apos;s report workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="157"/>
        <source>打开所在文件夹(&amp;O)</source>
        <translation>&amp;Open containing folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="158"/>
        <source>打开月报所在的文件夹</source>
        <translation>Open the folder that holds the monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="161"/>
        <source>导出结果</source>
        <translation>Export result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="200"/>
        <source>✖ {errors} 个错误：改正后才能导出；{warnings} 个警告</source>
        <translation>✖ {errors} error(s): correct them before exporting; {warnings} warning(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="203"/>
        <source>⚠ {warnings} 个警告：可以导出，警告会列在“校验”表中</source>
        <translation>⚠ {warnings} warning(s): you can export; warnings are listed on the Checks sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="206"/>
        <source>✓ 校验通过，未发现问题</source>
        <translation>✓ Checks passed, no problems found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="212"/>
        <source>文件名：{name}</source>
        <translation>File name: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="220"/>
        <location filename="../../desktop/ui/export_page.py" line="225"/>
        <source>请先在 设置 中填写中心编码</source>
        <translation>Enter the centre code in Settings first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="227"/>
        <source>这个账户不能导出月报</source>
        <translation>This account cannot export the monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="229"/>
        <source>本月数据有错误，改正后才能导出</source>
        <translation>This month&apos;s data has errors: correct them before exporting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="247"/>
        <source>文件夹不存在，请重新选择</source>
        <translation>The folder does not exist; please choose another</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="250"/>
        <source>正在导出月报…</source>
        <translation>Exporting the monthly report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="259"/>
        <source>已导出第 {revision} 版：{path}</source>
        <translation>Exported revision {revision}: {path}</translation>
    </message>
</context>
<context>
    <name>GoalPanel</name>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="139"/>
        <source>每年参加三次文体活动</source>
        <translation>Three activities a year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="141"/>
        <source>三次文体活动目标进度</source>
        <translation>Progress towards three activities a year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="145"/>
        <source>三次文体活动目标已达成</source>
        <translation>Members who reached three activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="148"/>
        <source>三次文体活动目标说明</source>
        <translation>Three activities a year, in detail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="159"/>
        <source>已达成 {met} / {total} 人 ({percent}%)</source>
        <translation>Reached: {met} / {total} members ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="166"/>
        <source>{year} 年在册会员 {total} 人：参加满 {target} 次 {met} 人，参加 1–{below} 次 {partial} 人，尚未参加 {none} 人</source>
        <translation>{year}: {total} members on the register; {target} or more activities: {met}, 1–{below}: {partial}, none yet: {none}</translation>
    </message>
</context>
<context>
    <name>InitialsKeypad</name>
    <message>
        <location filename="../../desktop/ui/kiosk_keypad.py" line="45"/>
        <source>字母 {letter}</source>
        <translation>Letter {letter}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_keypad.py" line="51"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_keypad.py" line="51"/>
        <source>删除一个字母</source>
        <translation>Delete one letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_keypad.py" line="54"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_keypad.py" line="54"/>
        <source>清空输入</source>
        <translation>Clear the input</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="22"/>
        <source>早上好</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="24"/>
        <source>上午好</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="26"/>
        <source>中午好</source>
        <translation>Good day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="28"/>
        <source>下午好</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="29"/>
        <source>晚上好</source>
        <translation>Good evening</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="35"/>
        <source>未找到此卡，请找工作人员</source>
        <translation>Card not found, please ask a member of staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="37"/>
        <source>无法识别，请重新刷卡或找工作人员</source>
        <translation>Could not read that, please scan again or ask a member of staff</translation>
    </message>
</context>
<context>
    <name>KioskEventModel</name>
    <message>
        <location filename="../../desktop/ui/attendance_day_model.py" line="153"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_model.py" line="155"/>
        <source>情况</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_model.py" line="157"/>
        <source>卡号或内容</source>
        <translation>Card or scan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_day_model.py" line="159"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="102"/>
        <source>签到台 — {centre}</source>
        <translation>Sign-in kiosk — {centre}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="103"/>
        <source>签到台</source>
        <translation>Sign-in kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="118"/>
        <source>请刷卡，或输入姓名、拼音首字母(&amp;N):</source>
        <translation>Scan your card, or type your &amp;name or its pinyin initials:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="122"/>
        <source>刷卡或输入姓名</source>
        <translation>Scan a card or type a name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="123"/>
        <source>例如：张三 → zs</source>
        <translation>For example: Zhang San → zs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="159"/>
        <source>温馨家园</source>
        <translation>Warm Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="170"/>
        <source>现在时间</source>
        <translation>Current time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="177"/>
        <source>高对比度</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="181"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="182"/>
        <source>工作人员：输入密码离开签到台</source>
        <translation>Staff: leave the kiosk with a password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="195"/>
        <source>欢迎！请刷卡签到</source>
        <translation>Welcome! Please scan your card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="198"/>
        <source>没有卡？在上面输入姓名或拼音首字母，或点右边的字母，再点自己的照片。</source>
        <translation>No card? Type your name or its pinyin initials above, or tap the letters on the right, then tap your own photo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="274"/>
        <source>高对比度：开</source>
        <translation>High contrast: on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="274"/>
        <source>高对比度：关</source>
        <translation>High contrast: off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="311"/>
        <source>输入卡号后请按回车键</source>
        <translation>After typing a card number, press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="318"/>
        <source>找到的人很多，只显示前12位：没有自己的照片，请再输入一个字母</source>
        <translation>Many matches, only the first 12 are shown: if your photo is not here, enter another letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="320"/>
        <source>请点自己的照片签到</source>
        <translation>Tap your own photo to sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="322"/>
        <source>没有找到，请换个写法，或找工作人员帮忙</source>
        <translation>Nobody found; try another spelling, or ask a member of staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_window.py" line="428"/>
        <source>暂时无法签到，请找工作人员</source>
        <translation>Signing in is not possible right now, please ask a member of staff</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18"/>
        <source>视力</source>
        <translation>Visual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19"/>
        <source>听力</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>言语</source>
        <translation>Speech</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21"/>
        <source>肢体</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>智力</source>
        <translation>Intellectual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <source>精神</source>
        <translation>Mental</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24"/>
        <source>多重</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32"/>
        <source>一级</source>
        <translation>Grade 1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="33"/>
        <source>二级</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="34"/>
        <source>三级</source>
        <translation>Grade 3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <source>四级</source>
        <translation>Grade 4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <source>温馨家园</source>
        <translation>Warm Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44"/>
        <source>职康站</source>
        <translation>Vocational Rehab Station</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="45"/>
        <source>日间照料</source>
        <translation>Day Care</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53"/>
        <source>会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="55"/>
        <source>家属/监护人</source>
        <translation>Family / guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="63"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="64"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="71"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="82"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="83"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="84"/>
        <source>签到台</source>
        <translation>Sign-in kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="91"/>
        <source>{month} 已报送关账，记录只读</source>
        <translation>{month} has been submitted and closed; its records are read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="96"/>
        <source>{month} 已报送关账，记录只读；如需修改请管理员重新开账</source>
        <translation>{month} has been submitted and closed; its records are read-only. To change them, an administrator must reopen the month</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="34"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="34"/>
        <location filename="../../desktop/ui/login_dialog.py" line="63"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="37"/>
        <source>&lt;h2&gt;屏幕已锁定&lt;/h2&gt;&lt;p&gt;长时间未操作，为保护会员信息已锁定。请输入 {user} 的密码继续，未保存的内容仍在。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Screen locked&lt;/h2&gt;&lt;p&gt;Locked after a period of inactivity to protect members&apos; information. Enter the password of {user} to continue; unsaved work is kept.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="41"/>
        <source>&lt;h2&gt;温馨家园工作台&lt;/h2&gt;&lt;p&gt;{centre}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Warm Home Desktop&lt;/h2&gt;&lt;p&gt;{centre}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="49"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="51"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="52"/>
        <source>用户名(&amp;U):</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="53"/>
        <source>密码(&amp;P):</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="58"/>
        <source>登录结果</source>
        <translation>Sign-in result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="63"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="66"/>
        <source>退出软件</source>
        <translation>Quit the app</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="66"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="53"/>
        <source>导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="65"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="66"/>
        <source>人员登记</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="67"/>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="68"/>
        <source>文体活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="69"/>
        <source>康复补助</source>
        <translation>Rehab subsidy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="70"/>
        <source>月报</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="71"/>
        <source>区汇总</source>
        <translation>District summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="73"/>
        <source>账户</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="76"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="88"/>
        <source>打开签到台(&amp;K)</source>
        <translation>Open the &amp;kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="89"/>
        <source>打开签到台</source>
        <translation>Open the kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="98"/>
        <source>当前用户：{user}（{role}）</source>
        <translation>Signed in: {user} ({role})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="287"/>
        <source>温馨家园工作台</source>
        <translation>Warm Home Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="289"/>
        <source>{name}（{code}）</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305"/>
        <source>自动备份失败：{reason}</source>
        <translation>Automatic backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>MemberTile</name>
    <message>
        <location filename="../../desktop/ui/kiosk_tiles.py" line="106"/>
        <location filename="../../desktop/ui/kiosk_tiles.py" line="132"/>
        <source>会员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_tiles.py" line="115"/>
        <source>{name}
卡 {tail}</source>
        <translation>{name}
card {tail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_tiles.py" line="116"/>
        <source>签到：{name}，卡尾号 {tail}</source>
        <translation>Sign in: {name}, card ending {tail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_tiles.py" line="119"/>
        <source>签到：{name}</source>
        <translation>Sign in: {name}</translation>
    </message>
</context>
<context>
    <name>MonthCard</name>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="88"/>
        <source>本月与上月</source>
        <translation>This month and last month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="89"/>
        <source>签到人次</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="89"/>
        <source>签到人数</source>
        <translation>Members signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="90"/>
        <source>开展活动</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="90"/>
        <source>参加活动人次</source>
        <translation>Activity participations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="92"/>
        <source>本月至今</source>
        <translation>This month so far</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="92"/>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="92"/>
        <source>上月全月</source>
        <translation>All of last month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="104"/>
        <source>本月至今{what}</source>
        <translation>{what}, this month so far</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="105"/>
        <source>{what}比上月同期</source>
        <translation>{what}, change against last month to the same day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="106"/>
        <source>上月全月{what}</source>
        <translation>{what}, all of last month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="121"/>
        <source>比上月同期 {change}</source>
        <translation>vs. same day last month {change}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="125"/>
        <source>本月至今：{first} 至 {last}；上月同期：{p_first} 至 {p_last}</source>
        <translation>This month so far: {first} to {last}; last month to the same day: {p_first} to {p_last}</translation>
    </message>
</context>
<context>
    <name>MonthClosePanel</name>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="31"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="32"/>
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="34"/>
        <source>报送时间</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="36"/>
        <source>报送人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="38"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="39"/>
        <source>文件校验码（SHA-256）</source>
        <translation>File checksum (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="57"/>
        <source>报送</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="68"/>
        <source>本月报送状态</source>
        <translation>Submission state of the month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="71"/>
        <source>报送并关账(&amp;S)…</source>
        <translation>&amp;Submit and close…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="72"/>
        <source>报送本月月报并关账</source>
        <translation>Submit this month&apos;s report and close the month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="74"/>
        <source>重新开账(&amp;R)…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="75"/>
        <source>重新打开已报送的月份</source>
        <translation>Reopen a submitted month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="77"/>
        <source>报送结果</source>
        <translation>Submission result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="83"/>
        <source>报送记录（所有月份，最新在前）:</source>
        <translation>Submission log (all months, newest first):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="86"/>
        <source>报送记录</source>
        <translation>Submission log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="122"/>
        <source>已报送关账：第 {revision} 版，{at} 由 {who} 报送。本月记录只读；如需修改，请管理员重新开账。</source>
        <translation>Submitted and closed: revision {revision}, submitted {at} by {who}. This month&apos;s records are read-only; to change them, an administrator must reopen the month.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="127"/>
        <source>已重新开账（{at} 由 {who}，原因：{reason}）。改好后导出第 {revision} 版，再报送。</source>
        <translation>Reopened ({at} by {who}, reason: {reason}). Make the corrections, export revision {revision}, then submit it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="132"/>
        <source>未报送。第 {revision} 版已于 {at} 导出；报送后本月记录只读。</source>
        <translation>Not submitted. Revision {revision} was exported at {at}; after submitting, this month&apos;s records are read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="135"/>
        <source>未报送。先导出月报，再报送并关账。</source>
        <translation>Not submitted. Export the monthly report first, then submit and close.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="141"/>
        <source>只有管理员可以重新开账</source>
        <translation>Only an administrator can reopen a month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="146"/>
        <location filename="../../desktop/ui/month_close_panel.py" line="152"/>
        <location filename="../../desktop/ui/month_close_panel.py" line="153"/>
        <source>报送并关账</source>
        <translation>Submit and close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="147"/>
        <source>报送 {month} 第 {revision} 版月报并关账？
关账后本月的签到和活动记录只读，只有管理员可以重新开账。</source>
        <translation>Submit revision {revision} of the {month} report and close the month?
After closing, the month&apos;s sign-ins and activities are read-only; only an administrator can reopen it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="155"/>
        <location filename="../../desktop/ui/month_close_panel.py" line="156"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="176"/>
        <source>已报送第 {revision} 版并关账</source>
        <translation>Revision {revision} submitted; the month is closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="186"/>
        <source>重新开账</source>
        <translation>Reopen month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="187"/>
        <source>重新打开 {month} 后可以修改本月记录；再导出时为第 {revision} 版，并附“变更”表列出报送后的所有修改。</source>
        <translation>After reopening {month} its records can be changed; the next export is revision {revision}, with a Changes sheet listing every change since the submission.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="190"/>
        <source>重新开账(&amp;O)</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="190"/>
        <source>如：区残联要求更正签到人次</source>
        <translation>e.g. the district federation asked for corrected sign-in counts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/month_close_panel.py" line="208"/>
        <source>已重新开账，下次导出为第 {revision} 版</source>
        <translation>Reopened; the next export is revision {revision}</translation>
    </message>
</context>
<context>
    <name>MonthMatrixModel</name>
    <message>
        <location filename="../../desktop/ui/attendance_month_model.py" line="120"/>
        <location filename="../../desktop/ui/attendance_month_model.py" line="178"/>
        <location filename="../../desktop/ui/attendance_month_model.py" line="190"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_model.py" line="122"/>
        <source>{who}，本月合计 {n}</source>
        <translation>{who}, month total {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_model.py" line="126"/>
        <source>{day} 合计 {n} 人</source>
        <translation>{day}, total {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_model.py" line="128"/>
        <source>出勤</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_model.py" line="130"/>
        <source>未出勤</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_model.py" line="131"/>
        <source>{who}，{day}：{state}</source>
        <translation>{who}, {day}: {state}</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
    <message>
        <location filename="../../desktop/ui/attendance_month_panel.py" line="56"/>
        <source>月度出勤表</source>
        <translation>Monthly attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_panel.py" line="73"/>
        <source>月份(&amp;M):</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_panel.py" line="75"/>
        <source>服务项目(&amp;G):</source>
        <translation>Pro&amp;gramme:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_panel.py" line="80"/>
        <source>本月合计</source>
        <translation>Month totals</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_panel.py" line="92"/>
        <source>导出到 Excel(&amp;X)…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_panel.py" line="93"/>
        <source>把这张月度出勤表导出到 Excel</source>
        <translation>Export this monthly attendance to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_panel.py" line="95"/>
        <source>导出结果</source>
        <translation>Export result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_panel.py" line="140"/>
        <source>{members} 人；签到 {total} 人次；有签到的日子 {days} 天</source>
        <translation>{members} members; {total} sign-ins; {days} days with sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_panel.py" line="150"/>
        <source>考勤-{month}{programme}.xlsx</source>
        <translation>attendance-{month}{programme}.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_panel.py" line="152"/>
        <source>导出月度出勤表</source>
        <translation>Export monthly attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_panel.py" line="153"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_panel.py" line="164"/>
        <source>正在导出月度出勤表…</source>
        <translation>Exporting the monthly attendance…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_panel.py" line="167"/>
        <source>已导出 {n} 人到 {path}</source>
        <translation>Exported {n} members to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attendance_month_panel.py" line="185"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <location filename="../../desktop/ui/page_parts.py" line="110"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_parts.py" line="111"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="241"/>
        <source>录入纸质签到表</source>
        <translation>Enter paper sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="246"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="247"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="248"/>
        <source>服务项目(&amp;G):</source>
        <translation>Pro&amp;gramme:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="251"/>
        <source>签到时间</source>
        <translation>Sign-in time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="252"/>
        <source>纸质签到表上没有逐人时间时，按此时间录入</source>
        <translation>Used for everyone when the paper sheet has no time for each person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="253"/>
        <source>统一签到时间(&amp;I):</source>
        <translation>Sign-&amp;in time for all:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="255"/>
        <source>输入拼音首字母(如 zs)，回车勾选</source>
        <translation>Type pinyin initials (e.g. zs), Enter ticks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="257"/>
        <source>拼音跳转(&amp;J):</source>
        <translation>&amp;Jump to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="258"/>
        <source>拼音跳转</source>
        <translation>Jump to a member by pinyin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="264"/>
        <source>应到会员（空格键勾选）</source>
        <translation>Expected members (Space ticks)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="273"/>
        <source>全选(&amp;A)</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="274"/>
        <source>勾选全部未签到的会员</source>
        <translation>Tick every member not yet signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="275"/>
        <source>全不选(&amp;N)</source>
        <translation>Tick &amp;none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="276"/>
        <source>取消全部勾选</source>
        <translation>Untick everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="278"/>
        <source>勾选人数</source>
        <translation>Members ticked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="291"/>
        <source>录入(&amp;S)</source>
        <translation>&amp;Save entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="292"/>
        <source>录入勾选的会员</source>
        <translation>Enter the ticked members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="294"/>
        <location filename="../../desktop/ui/paper_entry.py" line="295"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="320"/>
        <source>已勾选 {n} 人；已签到 {m} 人（不重复录入）</source>
        <translation>Ticked: {n}; already signed in: {m} (not entered again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="351"/>
        <source>还没有勾选任何人</source>
        <translation>Nobody is ticked yet</translation>
    </message>
</context>
<context>
    <name>PaperSheet</name>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="72"/>
        <location filename="../../desktop/ui/paper_sheet.py" line="166"/>
        <source>全部项目</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="73"/>
        <source>{centre}签到表</source>
        <translation>{centre} sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="75"/>
        <source>日期：{day}（星期{weekday}）&#x3000;服务项目：{programme}&#x3000;应到：{n} 人</source>
        <translation>Date: {day} ({weekday})   Programme: {programme}   Expected: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="79"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="80"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="81"/>
        <source>卡号</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="82"/>
        <source>签到时间</source>
        <translation>Time in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="83"/>
        <source>签名</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="91"/>
        <source>工作人员签字：＿＿＿＿＿＿&#x3000;&#x3000;录入日期：＿＿＿＿＿＿</source>
        <translation>Staff signature: ______________    Entered on: ______________</translation>
    </message>
</context>
<context>
    <name>PaperSheetDialog</name>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="180"/>
        <source>打印签到表</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="182"/>
        <source>签到台无法使用时，打印当天应到会员的名单（按拼音排序），请会员手写签到；之后用“录入纸质签到表”一次录入。</source>
        <translation>When the kiosk cannot be used, print the list of members expected that day (in pinyin order) for them to sign by hand; afterwards enter it in one pass with &quot;Enter paper sheet&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="187"/>
        <source>日期(&amp;D):</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="190"/>
        <source>服务项目(&amp;G):</source>
        <translation>Pro&amp;gramme:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="199"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="202"/>
        <source>打印预览(&amp;V)…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="203"/>
        <source>打印预览并打印</source>
        <translation>Print preview and print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="204"/>
        <source>保存为 PDF(&amp;F)…</source>
        <translation>Save as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="205"/>
        <source>把签到表保存为 PDF 文件</source>
        <translation>Save the sign-in sheet as a PDF file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="209"/>
        <location filename="../../desktop/ui/paper_sheet.py" line="210"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="227"/>
        <source>应到 {n} 人</source>
        <translation>Expected: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="235"/>
        <source>签到表打印预览</source>
        <translation>Sign-in sheet print preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="249"/>
        <source>签到表-{day}.pdf</source>
        <translation>sign-in-sheet-{day}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="250"/>
        <source>保存签到表</source>
        <translation>Save sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="251"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="265"/>
        <source>正在生成签到表 PDF…</source>
        <translation>Making the sign-in sheet PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_sheet.py" line="271"/>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="65"/>
        <source>活动参加者</source>
        <translation>Activity participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="68"/>
        <source>{title}（{kind}，{day}）</source>
        <translation>{title} ({kind}, {day})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="84"/>
        <source>⚠ 这个活动已作废，不能再修改参加者。</source>
        <translation>⚠ This activity was voided; its participants can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="89"/>
        <source>⚠ 活动日期还没到：当天或之后才能登记参加者。</source>
        <translation>⚠ The activity has not taken place yet: participants are recorded on or after its day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="101"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="105"/>
        <location filename="../../desktop/ui/participants_dialog.py" line="106"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="116"/>
        <location filename="../../desktop/ui/participants_dialog.py" line="149"/>
        <source>已参加</source>
        <translation>taking part</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="117"/>
        <source>当天签到的会员</source>
        <translation>Members signed in that day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="120"/>
        <source>全选(&amp;A)</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="121"/>
        <source>勾选当天签到的全部会员</source>
        <translation>Tick every member signed in that day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="123"/>
        <source>加入勾选的会员(&amp;J)</source>
        <translation>Add ticked &amp;members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="124"/>
        <source>把勾选的签到会员加入参加者</source>
        <translation>Add the ticked signed-in members as participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="135"/>
        <source>按姓名、拼音首字母或卡号查找会员</source>
        <translation>Find members by name, pinyin initials or card number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="138"/>
        <source>查找(&amp;F):</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="142"/>
        <source>如 zs 或 张三</source>
        <translation>e.g. zs or zhangsan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="143"/>
        <source>查找会员</source>
        <translation>Find members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="150"/>
        <source>查找结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="152"/>
        <source>加入勾选的查找结果(&amp;I)</source>
        <translation>Add ticked r&amp;esults</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="153"/>
        <source>把勾选的查找结果加入参加者</source>
        <translation>Add the ticked search results as participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="164"/>
        <source>参加者</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="166"/>
        <source>移除勾选的参加者(&amp;R)…</source>
        <translation>&amp;Remove ticked participants…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="167"/>
        <source>移除勾选的参加者</source>
        <translation>Remove ticked participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="180"/>
        <source>当天签到的会员（{n} 人）</source>
        <translation>Members signed in that day ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="184"/>
        <source>参加者（{n} 人）</source>
        <translation>Participants ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="201"/>
        <source>请先勾选要加入的会员（空格键勾选）</source>
        <translation>Tick the members to add first (Space ticks)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="209"/>
        <source>已加入 {n} 人</source>
        <translation>{n} added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="226"/>
        <source>请先勾选要移除的参加者（空格键勾选）</source>
        <translation>Tick the participants to remove first (Space ticks)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="228"/>
        <source>移除参加者</source>
        <translation>Remove participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="229"/>
        <source>将从这个活动中移除 {n} 名参加者。移除会记录在操作日志中（谁、何时、为什么）。</source>
        <translation>{n} participants will be removed from this activity. The removal is written to the audit log (who, when, why).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="230"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants_dialog.py" line="250"/>
        <source>已移除 {n} 人</source>
        <translation>{n} removed</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="52"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="53"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="55"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="57"/>
        <source>身份证号</source>
        <translation>ID card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="58"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="59"/>
        <source>身份</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="61"/>
        <source>残疾类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="63"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="65"/>
        <source>服务项目</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="67"/>
        <source>街道</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="68"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="70"/>
        <source>签到卡号</source>
        <translation>Check-in card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="72"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="40"/>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_model.py" line="41"/>
        <source>在册</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="92"/>
        <source>人员列表</source>
        <translation>People list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="114"/>
        <source>查找(&amp;Q):</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="119"/>
        <source>姓名、拼音首字母(如 zs)、全拼、证件号后4位、电话或卡号</source>
        <translation>Name, pinyin initials (e.g. zs), full pinyin, last 4 digits of ID, phone or card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="120"/>
        <source>查找人员</source>
        <translation>Find people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="124"/>
        <source>结果数量</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="132"/>
        <location filename="../../desktop/ui/people_page.py" line="167"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="156"/>
        <source>身份(&amp;R):</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="158"/>
        <source>类别(&amp;C):</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="160"/>
        <source>等级(&amp;G):</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="162"/>
        <source>项目(&amp;P):</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="164"/>
        <source>街道(&amp;T):</source>
        <translation>S&amp;treet:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="166"/>
        <source>在册</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="166"/>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="169"/>
        <source>归档状态</source>
        <translation>Archive status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="171"/>
        <source>状态(&amp;A):</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="175"/>
        <source>核查(&amp;V):</source>
        <translation>Re&amp;view:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="176"/>
        <source>缺残疾证号的会员</source>
        <translation>Members without a certificate number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="177"/>
        <source>入会或离会日期晚于今天</source>
        <translation>Joining or leaving date after today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="185"/>
        <source>新增(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="186"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="187"/>
        <source>归档(&amp;H)…</source>
        <translation>Arc&amp;hive…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="188"/>
        <source>恢复(&amp;U)</source>
        <translation>Re&amp;store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="189"/>
        <source>新增人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="190"/>
        <source>编辑所选人员</source>
        <translation>Edit selected person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="191"/>
        <source>归档所选人员</source>
        <translation>Archive selected person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="192"/>
        <source>恢复所选人员</source>
        <translation>Restore selected person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="196"/>
        <source>导入名册(&amp;M)…</source>
        <translation>I&amp;mport roster…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="197"/>
        <source>从 Excel 名册导入会员</source>
        <translation>Import members from an Excel roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="198"/>
        <source>保存空白名册(&amp;K)…</source>
        <translation>Save blan&amp;k roster…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="199"/>
        <source>保存空白名册模板</source>
        <translation>Save a blank roster template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="227"/>
        <source>保存空白名册</source>
        <translation>Save blank roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="227"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="233"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="269"/>
        <source>共 {n} 人</source>
        <translation>Total: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="400"/>
        <source>无法归档</source>
        <translation>Cannot archive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people_page.py" line="413"/>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="47"/>
        <source>找不到照片文件：{path}</source>
        <translation>Photo file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="50"/>
        <source>照片文件太大（超过30 MB），请换一张</source>
        <translation>The photo file is too large (over 30 MB); please choose another one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="55"/>
        <source>图片太大（超过6000万像素），请换一张</source>
        <translation>The picture is too large (over 60 megapixels); please choose another one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="60"/>
        <source>无法读取图片：不是支持的图片格式（JPG、PNG、BMP、GIF），或文件已损坏</source>
        <translation>Cannot read the picture: not a supported format (JPG, PNG, BMP, GIF), or the file is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="91"/>
        <source>新增人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="91"/>
        <source>编辑人员</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="107"/>
        <source>显示完整证件号、电话和住址(&amp;Q)</source>
        <translation>Show full ID, phone and address (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="108"/>
        <source>显示完整证件号、电话和住址</source>
        <translation>Show full ID, phone and address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="109"/>
        <source>查看会记录在操作日志中</source>
        <translation>Viewing is recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="118"/>
        <source>打开此人(&amp;D)</source>
        <translation>Vie&amp;w existing record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="119"/>
        <source>打开已登记的同一人</source>
        <translation>Open the person already registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="130"/>
        <source>不能保存的原因</source>
        <translation>Why it cannot be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="135"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="136"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="138"/>
        <location filename="../../desktop/ui/person_dialog.py" line="139"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="160"/>
        <source>无法显示</source>
        <translation>Cannot show</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="169"/>
        <location filename="../../desktop/ui/person_dialog.py" line="221"/>
        <source>无照片</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="173"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="174"/>
        <source>选择照片(&amp;F)…</source>
        <translation>Choose photo &amp;file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="175"/>
        <source>选择照片文件</source>
        <translation>Choose photo file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="177"/>
        <location filename="../../desktop/ui/person_dialog.py" line="178"/>
        <source>移除照片</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="193"/>
        <source>选择照片</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="193"/>
        <source>图片 (*.jpg *.jpeg *.png *.bmp *.gif)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="235"/>
        <source>请选择关联的会员</source>
        <translation>Please choose the member this person is linked to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="260"/>
        <source>还不能保存：{reason}</source>
        <translation>Cannot save yet: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="268"/>
        <source>⚠ 不能保存：</source>
        <translation>⚠ Cannot save: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="279"/>
        <source>注意：已有 {name}（{born}），{reason}；如是同一人请打开原记录</source>
        <translation>Note: {name} (born {born}) is already registered, {reason}. If this is the same person, please open the existing record.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="317"/>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="318"/>
        <source>表单内容仍然保留，可以改正后再保存，或取消。</source>
        <translation>What you typed is kept: correct it and save again, or cancel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="321"/>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_dialog.py" line="322"/>
        <source>表单内容仍然保留，请稍后重试。</source>
        <translation>Your entries are still in the form. Please try again later.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="70"/>
        <source>基本信息</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="73"/>
        <source>如：张三、阿依古丽·买买提</source>
        <translation>As on the ID card, e.g. 张三, 阿依古丽·买买提</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="74"/>
        <source>18位，最后一位可为X</source>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="77"/>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="81"/>
        <source>手机11位，或座机如 010-66012345</source>
        <translation>11-digit mobile, or landline e.g. 010-66012345</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="94"/>
        <source>姓名(&amp;N):</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="95"/>
        <source>身份证号(&amp;I):</source>
        <translation>&amp;ID card no.:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="96"/>
        <source>性别(&amp;X):</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="97"/>
        <source>出生日期(&amp;B):</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="98"/>
        <source>联系电话(&amp;P):</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="99"/>
        <source>街道(&amp;T):</source>
        <translation>S&amp;treet:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="100"/>
        <source>社区(&amp;U):</source>
        <translation>Communit&amp;y:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="101"/>
        <source>住址(&amp;A):</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="102"/>
        <source>紧急联系人(&amp;E):</source>
        <translation>&amp;Emergency contact:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="103"/>
        <source>紧急联系电话:</source>
        <translation>Emergency phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="104"/>
        <source>备注(&amp;O):</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="121"/>
        <source>身份（可多选）</source>
        <translation>Roles (choose one or more)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="123"/>
        <source>残疾人会员(&amp;M)</source>
        <translation>&amp;Member (person with disability)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="124"/>
        <source>志愿者(&amp;V)</source>
        <translation>&amp;Volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="125"/>
        <source>家属/监护人(&amp;G)</source>
        <translation>Family / &amp;guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="135"/>
        <source>会员信息</source>
        <translation>Member details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="138"/>
        <source>身份证号+类别(1–7)+等级(1–4)，共20位</source>
        <translation>ID card no. + category (1–7) + grade (1–4), 20 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="146"/>
        <source>服务项目：</source>
        <translation>Programme: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="153"/>
        <source>签到卡或二维码上的编号</source>
        <translation>The number on the check-in card or QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="154"/>
        <source>残疾人证号(&amp;C):</source>
        <translation>Disability &amp;certificate no.:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="155"/>
        <source>类别与等级:</source>
        <translation>Category and grade:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="156"/>
        <source>服务项目:</source>
        <translation>Programmes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="157"/>
        <source>入会日期(&amp;J):</source>
        <translation>&amp;Joined on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="158"/>
        <source>离开日期(&amp;L):</source>
        <translation>&amp;Left on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="159"/>
        <source>签到卡号(&amp;K):</source>
        <translation>Chec&amp;k-in card no.:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="167"/>
        <source>志愿者信息</source>
        <translation>Volunteer details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="172"/>
        <source>志愿者编号(&amp;W):</source>
        <translation>Vol&amp;unteer no.:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="173"/>
        <source>所属组织(&amp;Z):</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="180"/>
        <source>家属/监护人信息</source>
        <translation>Family / guardian details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="188"/>
        <source>{name}（{id}）</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="190"/>
        <source>如：母亲、配偶</source>
        <translation>e.g. mother, spouse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="191"/>
        <location filename="../../desktop/ui/person_form.py" line="195"/>
        <source>是法定监护人</source>
        <translation>Is the legal guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="192"/>
        <source>关联会员(&amp;H):</source>
        <translation>Linke&amp;d member:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="193"/>
        <source>与会员关系(&amp;R):</source>
        <translation>Relations&amp;hip to member:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="220"/>
        <source>性别和出生日期已由身份证号自动填写</source>
        <translation>Sex and date of birth were filled in from the ID card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/person_form.py" line="230"/>
        <source>（由残疾人证号自动得出）</source>
        <translation>(taken from the disability certificate no.)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="210"/>
        <source>如：录入错误、重复登记、活动取消</source>
        <translation>e.g. entered by mistake, entered twice, activity cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="211"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="212"/>
        <source>原因(&amp;R):</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_dialogs.py" line="220"/>
        <location filename="../../desktop/ui/activity_dialogs.py" line="221"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportModels</name>
    <message>
        <location filename="../../desktop/ui/report_models.py" line="32"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_models.py" line="34"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_models.py" line="36"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_models.py" line="38"/>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_models.py" line="40"/>
        <source>本年累计</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_models.py" line="48"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_models.py" line="49"/>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_models.py" line="53"/>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_models.py" line="55"/>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_models.py" line="57"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="177"/>
        <source>重设 {user} 的密码</source>
        <translation>Reset the password of {user}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="139"/>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="157"/>
        <source>选择要恢复的备份。恢复会用备份里的数据替换当前的全部数据；恢复前，当前数据会先自动备份，需要时可以再恢复回来。</source>
        <translation>Choose the backup to restore. Restoring replaces all current data with the data in the backup; before that, the current data is backed up automatically, so it can be restored again if needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="164"/>
        <source>备份列表</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="175"/>
        <source>还没有找到备份。可以用“选择其他备份文件”打开U盘上的备份。</source>
        <translation>No backups found yet. Use &quot;Open another backup file&quot; to open a backup on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="181"/>
        <source>选择其他备份文件(&amp;F)…</source>
        <translation>Open another backup &amp;file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="182"/>
        <source>选择其他备份文件</source>
        <translation>Open another backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="192"/>
        <source>加密备份的口令(&amp;P):</source>
        <translation>&amp;Passphrase of the encrypted backup:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="194"/>
        <source>加密备份的口令</source>
        <translation>Passphrase of the encrypted backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="210"/>
        <source>恢复结果</source>
        <translation>Restore result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="215"/>
        <source>恢复所选备份(&amp;R)…</source>
        <translation>&amp;Restore selected backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="216"/>
        <source>恢复所选备份</source>
        <translation>Restore selected backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="219"/>
        <location filename="../../desktop/ui/restore_dialog.py" line="220"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="227"/>
        <source>⚠ 只有管理员可以恢复备份。</source>
        <translation>⚠ Only administrators can restore backups.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="245"/>
        <source>⚠ 不能用这个文件恢复：{reason}</source>
        <translation>⚠ This file cannot be restored: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="261"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="262"/>
        <source>温馨家园备份 (*.db *.whbak);;所有文件 (*)</source>
        <translation>Warm Home backups (*.db *.whbak);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="287"/>
        <source>确认恢复(&amp;C)</source>
        <translation>&amp;Confirm restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="288"/>
        <source>确认恢复</source>
        <translation>Confirm restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="290"/>
        <source>返回(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="291"/>
        <source>返回备份列表</source>
        <translation>Back to the list of backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="307"/>
        <source>请输入这个加密备份的口令</source>
        <translation>Please enter the passphrase of this encrypted backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="312"/>
        <location filename="../../desktop/ui/restore_dialog.py" line="349"/>
        <source>口令不正确，请重新输入</source>
        <translation>Wrong passphrase, please try again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/restore_dialog.py" line="319"/>
        <source>&lt;h3&gt;确认恢复&lt;/h3&gt;&lt;p&gt;将用 &lt;b&gt;{time}&lt;/b&gt; 的备份替换当前的全部数据：&lt;/p&gt;&lt;p&gt;{file}&lt;/p&gt;&lt;p&gt;当前数据会先备份到 {folder}，如果恢复错了，可以从那里再恢复回来。&lt;/p&gt;&lt;p&gt;恢复后软件会重新载入数据，请重新登录。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Confirm restore&lt;/h3&gt;&lt;p&gt;All current data will be replaced with the backup of &lt;b&gt;{time}&lt;/b&gt;:&lt;/p&gt;&lt;p&gt;{file}&lt;/p&gt;&lt;p&gt;The current data is backed up to {folder} first; if this restore was a mistake, it can be restored from there.&lt;/p&gt;&lt;p&gt;After the restore the app reloads the data; please sign in again.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="71"/>
        <source>签退</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="84"/>
        <source>{greeting}，签到成功 {time}</source>
        <translation>{greeting}, signed in at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="86"/>
        <source>{name}，{greeting}，签到成功 {time}</source>
        <translation>{greeting}, {name}, signed in at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="88"/>
        <source>签到成功</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="92"/>
        <source>今天已经签到</source>
        <translation>Already signed in today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="94"/>
        <source>已于 {time_in} 签到，{time_out} 签退</source>
        <translation>Signed in at {time_in}, signed out at {time_out}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="96"/>
        <source>{name}，已于 {time_in} 签到，{time_out} 签退</source>
        <translation>{name}, signed in at {time_in}, signed out at {time_out}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="99"/>
        <source>已于 {time} 签到</source>
        <translation>Signed in at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="100"/>
        <source>{name}，已于 {time} 签到。要离开时请点“签退”</source>
        <translation>{name}, signed in at {time}. Tap “Sign out” when you leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="105"/>
        <source>{name} 签退</source>
        <translation>Sign out {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="111"/>
        <source>签退成功 {time}，再见</source>
        <translation>Signed out at {time}, goodbye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="112"/>
        <source>{name}，签退成功 {time}，再见</source>
        <translation>{name}, signed out at {time}, goodbye</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="114"/>
        <source>签退成功</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_result.py" line="118"/>
        <source>请注意</source>
        <translation>Please note</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="119"/>
        <source>导入会员名册</source>
        <translation>Import member roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="122"/>
        <source>选择按名册模板填写的 Excel 文件（xlsx）。每一行都检查无误后才能导入，导入一次完成：要么全部写入，要么都不写入。</source>
        <translation>Choose an Excel file (xlsx) filled in from the roster template. Every row is checked before anything is imported, and the import happens at once: everything is written, or nothing is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="126"/>
        <source>选择名册文件(&amp;O)…</source>
        <translation>&amp;Open roster file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="127"/>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="185"/>
        <source>选择名册文件</source>
        <translation>Open roster file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="129"/>
        <source>尚未选择文件</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="137"/>
        <source>检查结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="142"/>
        <source>名册预览</source>
        <translation>Roster preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="150"/>
        <source>跳过已登记的人员(&amp;S)</source>
        <translation>&amp;Skip people already registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="151"/>
        <source>用名册内容更新已登记的人员(&amp;U)</source>
        <translation>&amp;Update people already registered from the roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="152"/>
        <source>跳过已登记的人员</source>
        <translation>Skip people already registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="153"/>
        <source>用名册内容更新已登记的人员</source>
        <translation>Update people already registered from the roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="159"/>
        <source>身份证号已登记的人员：</source>
        <translation>People whose ID number is already registered:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="164"/>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="165"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="167"/>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="168"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="186"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="206"/>
        <source>共 %1 行：新增 %2，已登记 %3，有错误 %4（%5 处）</source>
        <translation>%1 rows: %2 new, %3 already registered, %4 with errors (%5 problems)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="211"/>
        <source>。请在 Excel 中改正后重新选择文件；有错误时不会导入任何人。</source>
        <translation>. Correct them in Excel and choose the file again; while there are errors nobody is imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="213"/>
        <source>。名册中没有可导入的行。</source>
        <translation>. The roster has no rows to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="233"/>
        <source>导入失败，未写入任何人员：</source>
        <translation>Import failed, nobody was written: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="238"/>
        <source>已导入：新增 %1 人，更新 %2 人，跳过已登记 %3 人</source>
        <translation>Imported: %1 added, %2 updated, %3 already registered skipped</translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="47"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="47"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="47"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="47"/>
        <source>身份证号</source>
        <translation>ID card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="48"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="89"/>
        <source>有错误</source>
        <translation>Has errors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="89"/>
        <source>已登记</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="90"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="96"/>
        <source>列</source>
        <translation> column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster_import_dialog.py" line="100"/>
        <source>身份证号已登记（人员编号 %1）</source>
        <translation>ID card no. already registered (person no. %1)</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../desktop/ui/idle_lock.py" line="68"/>
        <source>已锁定
请在弹出的窗口中输入密码解锁，未保存的内容仍在</source>
        <translation>Locked
Enter your password in the window that opened to unlock; unsaved work is kept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/idle_lock.py" line="72"/>
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="44"/>
        <source>中心信息</source>
        <translation>Centre details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="50"/>
        <source>保存中心信息(&amp;F)</source>
        <translation>&amp;Save centre details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="51"/>
        <source>保存中心信息</source>
        <translation>Save centre details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="56"/>
        <source>保存结果</source>
        <translation>Save result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="62"/>
        <source>显示</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="65"/>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="65"/>
        <source>大字</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="65"/>
        <source>特大字</source>
        <translation>Extra large</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="70"/>
        <source>文字大小</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="72"/>
        <source>文字大小(&amp;T):</source>
        <translation>Te&amp;xt size:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="78"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="80"/>
        <source>界面语言(&amp;L):</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="85"/>
        <source>安全</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="89"/>
        <source> 分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="90"/>
        <source>不自动锁定</source>
        <translation>Never lock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="92"/>
        <source>无操作自动锁定时间</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="95"/>
        <source>无操作自动锁定(&amp;I):</source>
        <translation>Lock after &amp;inactivity:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="96"/>
        <source>修改我的密码(&amp;H)…</source>
        <translation>C&amp;hange my password…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="97"/>
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="109"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="112"/>
        <source>数据库文件位置</source>
        <translation>Database file location</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="113"/>
        <source>数据库文件:</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="114"/>
        <source>结构版本:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="124"/>
        <source>⚠ 未保存：请改正标出的内容</source>
        <translation>⚠ Not saved: please correct the marked fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="129"/>
        <source>✓ 已保存</source>
        <translation>✓ Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="155"/>
        <source>重新启动软件后生效</source>
        <translation>Takes effect after restarting the app</translation>
    </message>
</context>
<context>
    <name>StaffPasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/kiosk_leave.py" line="35"/>
        <source>工作人员验证</source>
        <translation>Staff check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_leave.py" line="37"/>
        <source>切换到工作人员界面需要工作人员或管理员的密码。</source>
        <translation>Switching to the staff window needs the password of a staff member or administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_leave.py" line="38"/>
        <source>关闭签到台需要工作人员或管理员的密码。</source>
        <translation>Closing the kiosk needs the password of a staff member or administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_leave.py" line="44"/>
        <source>工作人员用户名</source>
        <translation>Staff user name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_leave.py" line="46"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_leave.py" line="47"/>
        <source>用户名(&amp;U):</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_leave.py" line="48"/>
        <source>密码(&amp;P):</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_leave.py" line="53"/>
        <source>验证结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_leave.py" line="58"/>
        <location filename="../../desktop/ui/kiosk_leave.py" line="59"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_leave.py" line="61"/>
        <location filename="../../desktop/ui/kiosk_leave.py" line="62"/>
        <source>返回签到台</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk_leave.py" line="77"/>
        <source>此账户不能离开签到台，请用工作人员或管理员账户</source>
        <translation>This account cannot leave the kiosk; use a staff or administrator account</translation>
    </message>
</context>
<context>
    <name>SubsidyModel</name>
    <message>
        <location filename="../../desktop/ui/subsidy_model.py" line="16"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_model.py" line="17"/>
        <source>身份证号</source>
        <translation>ID card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_model.py" line="19"/>
        <source>签到天数</source>
        <translation>Days signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_model.py" line="21"/>
        <source>计补天数</source>
        <translation>Days counted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_model.py" line="22"/>
        <source>补助金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
</context>
<context>
    <name>SubsidyPage</name>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="69"/>
        <source>康复补助表</source>
        <translation>Rehab subsidy table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="89"/>
        <source>补助标准</source>
        <translation>Subsidy rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="126"/>
        <source>新标准从所选月份起执行，之前的月份（已报送的月报）保持原标准。设置最短停留后，当天须签退且停留满该时长才计入；未签退的日子不计入（可在签到页补录签退时间）。</source>
        <translation>A new rate applies from the month chosen; earlier months (already reported) keep their rate. With a minimum stay, a day counts only when the member signed out after staying that long; a day without a sign-out does not count (the sign-out time can be added on the attendance page).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="156"/>
        <source>如 40 或 40.50</source>
        <translation>e.g. 40 or 40.50</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="157"/>
        <source>日补助标准（元/天）(&amp;R):</source>
        <translation>Daily &amp;rate (yuan a day):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="105"/>
        <source>要求最短停留(&amp;M)</source>
        <translation>Require a &amp;minimum stay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="106"/>
        <source>要求最短停留时间</source>
        <translation>Require a minimum stay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="111"/>
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="112"/>
        <location filename="../../desktop/ui/subsidy_page.py" line="116"/>
        <source>最短停留时间（小时）</source>
        <translation>Minimum stay (hours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="122"/>
        <source>计入条件:</source>
        <translation>A day counts:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="133"/>
        <source>已计划的补助标准调整</source>
        <translation>Planned changes of the subsidy rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="136"/>
        <source>保存补助标准(&amp;S)</source>
        <translation>&amp;Save rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="137"/>
        <source>保存补助标准</source>
        <translation>Save the subsidy rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="140"/>
        <source>保存结果</source>
        <translation>Save result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="150"/>
        <source>只有可以修改设置的账户能更改补助标准</source>
        <translation>Only accounts that may change settings can change the subsidy rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="167"/>
        <source>从(&amp;F)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="172"/>
        <source>补助标准从哪个月起执行</source>
        <translation>Month the subsidy rate applies from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="178"/>
        <source>新标准从这个月起计算；之前的月份（已报送的月报）保持原标准</source>
        <translation>The new rate applies from this month; earlier months (already reported) keep their rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="183"/>
        <source>起执行</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="190"/>
        <source>月份(&amp;O):</source>
        <translation>M&amp;onth:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="203"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="205"/>
        <source>导出到 Excel(&amp;X)…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="206"/>
        <source>把本月补助表导出到 Excel</source>
        <translation>Export this month&apos;s subsidy table to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="209"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="247"/>
        <source>已计划：{month} 起 {rate} 元/天</source>
        <translation>Planned: {rate} yuan/day from {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="270"/>
        <source>⚠ 未保存：请改正标出的内容</source>
        <translation>⚠ Not saved: please correct the marked fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="276"/>
        <source>✓ 已保存：从 {month} 起执行</source>
        <translation>✓ Saved: applies from {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="301"/>
        <source>本月未设定补助标准：{rate} 元/天</source>
        <translation>No subsidy rate set for this month: {rate} yuan a day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="303"/>
        <source>本月按最初设定的标准：{rate} 元/天</source>
        <translation>This month uses the original rate: {rate} yuan a day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="305"/>
        <source>本月按 {month} 起执行的标准：{rate} 元/天</source>
        <translation>This month uses the rate applying from {month}: {rate} yuan a day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="308"/>
        <source>有效签到即计入</source>
        <translation>every valid sign-in counts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="310"/>
        <source>当天停留满 {hours} 小时（须签退）才计入</source>
        <translation>a day counts after a stay of {hours} hours (with a sign-out)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="312"/>
        <source>{source}；{condition}</source>
        <translation>{source}; {condition}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="320"/>
        <source>合计：{people} 人，计补 {days} 天，{amount} 元</source>
        <translation>Total: {people} members, {days} days counted, {amount} yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="329"/>
        <source>导出康复补助表</source>
        <translation>Export rehab subsidy table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="330"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="339"/>
        <source>正在导出康复补助表…</source>
        <translation>Exporting the rehab subsidy table…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/subsidy_page.py" line="343"/>
        <source>已导出 {n} 人到 {path}</source>
        <translation>Exported {n} members to {path}</translation>
    </message>
</context>
<context>
    <name>TickListModel</name>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="154"/>
        <source>（已于 {time} 签到）</source>
        <translation> (signed in at {time})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="173"/>
        <source>已勾选</source>
        <translation>ticked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/paper_entry.py" line="175"/>
        <source>未勾选</source>
        <translation>not ticked</translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="50"/>
        <source>今日签到</source>
        <translation>Sign-ins today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="52"/>
        <source>今日签到人次</source>
        <translation>Number of sign-ins today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="56"/>
        <source>今日签到说明</source>
        <translation>Sign-ins today, in detail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_cards.py" line="65"/>
        <source>{day}：{sign_ins} 人次，{people} 人</source>
        <translation>{day}: {sign_ins} sign-ins, {people} people</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="41"/>
        <source>{number}月</source>
        <translation>{number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="86"/>
        <source>近12个月趋势</source>
        <translation>The last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="88"/>
        <source>近12个月签到与活动表</source>
        <translation>Sign-ins and activities in the last 12 months, table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="93"/>
        <source>正在载入图表…</source>
        <translation>Loading the chart…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="97"/>
        <location filename="../../desktop/ui/dashboard_trend.py" line="137"/>
        <source>以表格显示(&amp;T)</source>
        <translation>Show as &amp;table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="98"/>
        <source>以表格显示趋势</source>
        <translation>Show the trend as a table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="127"/>
        <source>{first} 至 {last}：签到共 {sign_ins} 人次，开展活动 {activities} 次；签到最多的月份是 {busiest}（{most} 人次）</source>
        <translation>{first} to {last}: {sign_ins} sign-ins, {activities} activities held; busiest month {busiest} ({most} sign-ins)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="136"/>
        <source>以图表显示(&amp;T)</source>
        <translation>Show as char&amp;t</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="158"/>
        <source>签到人次（左轴）</source>
        <translation>Sign-ins (left axis)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="163"/>
        <source>开展活动次数（右轴）</source>
        <translation>Activities held (right axis)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="168"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="170"/>
        <source>签到人次</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="186"/>
        <source>近12个月签到与活动图表</source>
        <translation>Sign-ins and activities in the last 12 months, chart</translation>
    </message>
</context>
<context>
    <name>TrendTableModel</name>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="50"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="50"/>
        <source>签到人次</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_trend.py" line="50"/>
        <source>开展活动</source>
        <translation>Activities held</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="225"/>
        <source>管理员可管理账户和恢复备份；工作人员负责日常登记；签到台账户只能打开签到台。</source>
        <translation>Administrators manage accounts and restore backups; staff do the daily registration; kiosk accounts can only open the sign-in kiosk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="229"/>
        <source>账户列表</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="232"/>
        <source>添加账户(&amp;N)…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="233"/>
        <source>重设密码(&amp;P)…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="234"/>
        <location filename="../../desktop/ui/users_page.py" line="271"/>
        <source>停用(&amp;D)</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="236"/>
        <source>新角色</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="237"/>
        <source>改为此角色(&amp;R)</source>
        <translation>Change to this &amp;role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="241"/>
        <source>改为所选角色</source>
        <translation>Change to the chosen role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="248"/>
        <source>操作结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="270"/>
        <source>启用(&amp;D)</source>
        <translation>Enable (&amp;D)</translation>
    </message>
</context>
<context>
    <name>VoidSignInDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="332"/>
        <source>作废签到</source>
        <translation>Void sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="332"/>
        <source>作废(&amp;V)</source>
        <translation>&amp;Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="333"/>
        <source>确认作废</source>
        <translation>Confirm voiding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="335"/>
        <source>作废 {name} 在 {day} {time} 的签到。记录会保留并标明已作废，不计入出勤。</source>
        <translation>Void the sign-in of {name} on {day} at {time}. The record is kept, marked as voided, and no longer counts as attendance.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="340"/>
        <source>如：签错人、重复录入</source>
        <translation>e.g. wrong person, entered twice</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome_dialog.py" line="41"/>
        <source>欢迎使用温馨家园工作台</source>
        <translation>Welcome to Warm Home Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_dialog.py" line="44"/>
        <source>&lt;h2&gt;欢迎使用温馨家园工作台&lt;/h2&gt;&lt;p&gt;请先填写本中心的信息，并设置管理员账户。中心信息会印在每月报送区残联的报表上，以后可在“设置”中修改。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Warm Home Desktop&lt;/h2&gt;&lt;p&gt;First enter your centre&apos;s details and set up the administrator account. The centre details are printed on the monthly report to the District Disabled Persons&apos; Federation and can be changed later under Settings.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_dialog.py" line="49"/>
        <source>中心信息</source>
        <translation>Centre details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_dialog.py" line="58"/>
        <source>管理员账户（可管理账户、恢复备份）</source>
        <translation>Administrator account (manages accounts, restores backups)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_dialog.py" line="62"/>
        <source>载入演示数据（虚构的会员和志愿者，便于熟悉软件）(&amp;J)</source>
        <translation>&amp;Load demo data (fictional members and volunteers, to get to know the app)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_dialog.py" line="63"/>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_dialog.py" line="69"/>
        <source>还需要填写的内容</source>
        <translation>What is still missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_dialog.py" line="74"/>
        <location filename="../../desktop/ui/welcome_dialog.py" line="75"/>
        <source>开始使用</source>
        <translation>Get started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_dialog.py" line="77"/>
        <location filename="../../desktop/ui/welcome_dialog.py" line="78"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_dialog.py" line="91"/>
        <source>还需要：{reason}</source>
        <translation>Still needed: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_dialog.py" line="121"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="113"/>
        <location filename="../../desktop/ui/users_page.py" line="114"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="116"/>
        <location filename="../../desktop/ui/users_page.py" line="117"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="113"/>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="114"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="141"/>
        <source>原因(&amp;R):</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="148"/>
        <source>已签退(&amp;O)</source>
        <translation>Signed &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="149"/>
        <source>已签退</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="150"/>
        <source>签退时间</source>
        <translation>Sign-out time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in_dialogs.py" line="156"/>
        <source>签退时间:</source>
        <translation>Sign-out time:</translation>
    </message>
</context>
</TS>
