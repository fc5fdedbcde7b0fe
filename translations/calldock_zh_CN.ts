<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityChartPanel</name>
    <message>
        <source>%1 (table)</source>
        <translation>%1（表格）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>保存 %1</translation>
    </message>
    <message>
        <source>Save Chart as &amp;Image…</source>
        <translation>将图表另存为图片(&amp;I)…</translation>
    </message>
    <message>
        <source>Save &amp;Data as CSV…</source>
        <translation>将数据另存为 CSV(&amp;D)…</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>无法写入图片</translation>
    </message>
    <message>
        <source>Save Chart as Image</source>
        <translation>将图表另存为图片</translation>
    </message>
    <message>
        <source>Save Chart Data</source>
        <translation>保存图表数据</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>ActivityCharts</name>
    <message>
        <source>%1 (%2)</source>
        <comment>contact: name (number)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>Calls per day chart: calls the user took (not missed).</extracomment>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Calls per day chart: calls the user made.</extracomment>
        <translation>呼出</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Calls per day chart: inbound calls nobody took (missed or to voicemail).</extracomment>
        <translation>未接</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 个通话</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>平均每天 %1 个</translation>
    </message>
    <message>
        <source>%1 inbound, %2 outbound, %3 missed (%4)</source>
        <translation>呼入 %1 个，呼出 %2 个，未接 %3 个（%4）</translation>
    </message>
    <message>
        <source>Talk time (hours)</source>
        <translation>通话时长（小时）</translation>
    </message>
    <message>
        <source>Talk time (minutes)</source>
        <translation>通话时长（分钟）</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <source>Calls with talk</source>
        <translation>有通话的呼叫</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>总计 %1</translation>
    </message>
    <message>
        <source>%1 per call with talk</source>
        <translation>每个有通话的呼叫 %1</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>此时间段内没有通话。</translation>
    </message>
    <message numerus="yes">
        <source>Busiest hour: %1 %2–%3 (%n call(s))</source>
        <translation>
            <numerusform>最繁忙时段：%1 %2–%3（%n 个通话）</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>号码或姓名</translation>
    </message>
    <message>
        <source>No contacts in this period.</source>
        <translation>此时间段内没有联系人。</translation>
    </message>
    <message>
        <source>These contacts: %1 of %2 talk time</source>
        <translation>这些联系人：占通话时长 %2 中的 %1</translation>
    </message>
    <message numerus="yes">
        <source>These contacts: %1 of %n call(s) (%2)</source>
        <translation>
            <numerusform>这些联系人：占 %n 个通话中的 %1 个（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>With a note</source>
        <translation>有备注</translation>
    </message>
    <message>
        <source>With a recording</source>
        <translation>有录音</translation>
    </message>
    <message>
        <source>Share of calls (%)</source>
        <translation>通话占比（%）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message numerus="yes">
        <source>Of %n call(s): %1 with a note, %2 with a recording</source>
        <translation>
            <numerusform>%n 个通话中：%1 有备注，%2 有录音</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityHeatMap</name>
    <message numerus="yes">
        <source>%1 %2–%3: %n call(s)</source>
        <extracomment>Heat map tooltip: %1 weekday, %2 start hour, %3 end hour; %n calls.</extracomment>
        <translation>
            <numerusform>%1 %2–%3：%n 个通话</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityPeriod</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <comment>activity period</comment>
        <translation>自定义…</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity — CallDock</source>
        <translation>活动 — CallDock</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>每日通话数</translation>
    </message>
    <message>
        <source>Talk time per day</source>
        <translation>每日通话时长</translation>
    </message>
    <message>
        <source>Calls by weekday and hour</source>
        <translation>按星期和小时统计的通话</translation>
    </message>
    <message>
        <source>Top contacts by calls</source>
        <translation>通话次数最多的联系人</translation>
    </message>
    <message>
        <source>Top contacts by talk time</source>
        <translation>通话时长最长的联系人</translation>
    </message>
    <message>
        <source>Notes and recordings</source>
        <translation>备注和录音</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Show Data as &amp;Tables</source>
        <translation>以表格显示数据(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>AfterCallEditor</name>
    <message>
        <source>Outcome</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <source>Type the number of an outcome, or its first letters. 0 clears it.</source>
        <translation>输入通话结果的编号或开头几个字母。输入 0 可清除。</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>通话结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Follow up:</source>
        <translation>跟进(&amp;F)：</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>跟进日期和时间</translation>
    </message>
    <message>
        <source>Follow-up text</source>
        <translation>跟进内容</translation>
    </message>
    <message>
        <source>What to do, e.g. send the quote</source>
        <translation>要做的事，例如发送报价</translation>
    </message>
    <message>
        <source>In 1 &amp;hour</source>
        <translation>1 小时后(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 9:00</source>
        <translation>明天 9:00(&amp;T)</translation>
    </message>
    <message>
        <source>Next &amp;Monday</source>
        <translation>下周一(&amp;M)</translation>
    </message>
    <message>
        <source>(none)  [0]</source>
        <extracomment>No outcome chosen for the call; 0 is the key that picks it.</extracomment>
        <translation>（无）  [0]</translation>
    </message>
</context>
<context>
    <name>AfterCallPrompter</name>
    <message>
        <source>Missed call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>通话已结束</translation>
    </message>
    <message>
        <source>%1 — add a note about the call?</source>
        <translation>%1 — 为此通话添加备注？</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
</context>
<context>
    <name>AfterCallSettingsBox</name>
    <message>
        <source>After a call</source>
        <translation>通话后</translation>
    </message>
    <message>
        <source>After an incoming call</source>
        <translation>呼入通话结束后</translation>
    </message>
    <message>
        <source>After an outgoing call</source>
        <translation>呼出通话结束后</translation>
    </message>
    <message>
        <source>Not after &amp;missed calls</source>
        <translation>未接来电后不执行(&amp;M)</translation>
    </message>
    <message>
        <source>Call outcomes, one a line</source>
        <translation>通话结果，每行一个</translation>
    </message>
    <message>
        <source>Show the &amp;outcome in the phone&apos;s note</source>
        <translation>在电话的备注中显示通话结果(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Incoming call ended:</source>
        <translation>呼入通话结束时(&amp;I)：</translation>
    </message>
    <message>
        <source>Outgoing call &amp;ended:</source>
        <translation>呼出通话结束时(&amp;E)：</translation>
    </message>
    <message>
        <source>Call o&amp;utcomes (one a line):</source>
        <translation>通话结果（每行一个）(&amp;U)：</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N in CallDock opens the note of the last call.</source>
        <translation>在 CallDock 中按 Ctrl+Shift+N 可打开上一个通话的备注。</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>不执行任何操作</translation>
    </message>
    <message>
        <source>Notify with &quot;Add note&quot;</source>
        <translation>发送带“添加备注”的通知</translation>
    </message>
    <message>
        <source>Open the note window (without taking the keyboard)</source>
        <translation>打开备注窗口（不抢占键盘焦点）</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The call log was damaged and has been set aside as %1. CallDock started a new one.</source>
        <translation>通话记录已损坏，已另存为 %1。CallDock 已新建了一个通话记录。</translation>
    </message>
    <message>
        <source>Call log replaced</source>
        <translation>通话记录已替换</translation>
    </message>
    <message>
        <source>Log to CallDock</source>
        <translation>记录到 CallDock</translation>
    </message>
    <message>
        <source>Log calls automatically in CallDock</source>
        <translation>自动将通话记录到 CallDock</translation>
    </message>
    <message>
        <source>Calls are not being saved: %1 CallDock keeps them and tries again.</source>
        <translation>通话未能保存：%1 CallDock 会保留这些通话并重试。</translation>
    </message>
    <message>
        <source>Call logging problem</source>
        <translation>通话记录出现问题</translation>
    </message>
    <message>
        <source>About CallDock</source>
        <translation>关于 CallDock</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CallDock %1&lt;/h3&gt;&lt;p&gt;Hosts the RingCentral Embeddable phone and logs every call to a local database.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CallDock %1&lt;/h3&gt;&lt;p&gt;集成 RingCentral Embeddable 电话，并将每个通话记录到本地数据库。&lt;/p&gt;&lt;p&gt;数据文件夹：%2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Catching up: %n call(s) logged</source>
        <translation>
            <numerusform>正在补录：已记录 %n 个通话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caught up %n call(s)</source>
        <translation>
            <numerusform>已补录 %n 个通话</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch-up stopped: %1</source>
        <translation>补录已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) not logged — &quot;Catch up&quot; logs them</source>
        <extracomment>&quot;Catch up&quot; is the tray menu entry &quot;Catch up un-logged calls now&quot;.</extracomment>
        <translation>
            <numerusform>%n 个通话未记录 — 使用“立即补录”进行记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Log messages automatically in CallDock</source>
        <translation>自动将消息记录到 CallDock</translation>
    </message>
</context>
<context>
    <name>AutoStart</name>
    <message>
        <source>Phone and call logging</source>
        <translation>电话与通话记录</translation>
    </message>
    <message>
        <source>CallDock could not create %1: %2</source>
        <translation>CallDock 无法创建 %1：%2</translation>
    </message>
    <message>
        <source>CallDock could not remove %1: %2</source>
        <translation>CallDock 无法删除 %1：%2</translation>
    </message>
    <message>
        <source>CallDock could not change the Windows start-up list.</source>
        <translation>CallDock 无法更改 Windows 启动项列表。</translation>
    </message>
</context>
<context>
    <name>CallExporter</name>
    <message>
        <source>Cannot read the calls: %1</source>
        <translation>无法读取通话：%1</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
</context>
<context>
    <name>CallHistoryFilterBar</name>
    <message>
        <source>&amp;Any date</source>
        <translation>任意日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Missed</source>
        <comment>filter: only missed calls</comment>
        <translation>未接来电(&amp;M)</translation>
    </message>
    <message>
        <source>With &amp;recording</source>
        <translation>有录音(&amp;R)</translation>
    </message>
    <message>
        <source>With &amp;note</source>
        <translation>有备注(&amp;N)</translation>
    </message>
    <message>
        <source>Search name, number, subject or note</source>
        <translation>搜索姓名、号码、主题或备注</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>搜索通话</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>所有方向</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>Filter: only calls the user received.</extracomment>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Filter: only calls the user made.</extracomment>
        <translation>呼出</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>start of a date range</comment>
        <translation>起始日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>end of a date range</comment>
        <translation>结束日期(&amp;E)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Any call</source>
        <extracomment>History filter: calls regardless of follow-ups.</extracomment>
        <translation>所有通话</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>所有跟进</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <extracomment>History filter: open follow-ups whose time has not come yet.</extracomment>
        <translation>未到期的跟进</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>已逾期的跟进</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>已完成的跟进</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove the filters set by Activity</comment>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove these filters</source>
        <translation>移除这些筛选条件</translation>
    </message>
    <message>
        <source>only calls with %1</source>
        <extracomment>A filter set from Activity: only the calls with this number (or name).</extracomment>
        <translation>仅与 %1 的通话</translation>
    </message>
    <message>
        <source>only inbound calls that were not missed</source>
        <translation>仅呼入通话（不含未接来电）</translation>
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>Cannot read the call history: %1</source>
        <translation>无法读取通话历史：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>subject — first line of the note</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>state of a recording download</comment>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>正在下载 %1%</translation>
    </message>
    <message>
        <source>Downloading</source>
        <comment>state of a recording download</comment>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>state of a recording download</comment>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>state of a recording download</comment>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>state of a recording download</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>phone number</comment>
        <translation>号码</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Column: how the call ended (answered, missed, voicemail…).</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <source>Subject / note</source>
        <translation>主题 / 备注</translation>
    </message>
    <message>
        <source>Recording</source>
        <extracomment>Column: state of the call&apos;s audio recording.</extracomment>
        <translation>录音</translation>
    </message>
    <message>
        <source>Follow-up done (%1)</source>
        <extracomment>In the history&apos;s note column: a follow-up and its due time.</extracomment>
        <translation>跟进已完成（%1）</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>跟进 %1</translation>
    </message>
</context>
<context>
    <name>CallHistoryReader</name>
    <message>
        <source>The call database %1 does not exist.</source>
        <translation>通话数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a call database.</source>
        <translation>%1 不是通话数据库。</translation>
    </message>
    <message>
        <source>Cannot open the call database %1: %2</source>
        <translation>无法打开通话数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the call database %1: %2</source>
        <translation>无法读取通话数据库 %1：%2</translation>
    </message>
    <message>
        <source>The call database %1 was created by a newer version of CallDock.</source>
        <translation>通话数据库 %1 是由更新版本的 CallDock 创建的。</translation>
    </message>
    <message>
        <source>The call database %1 has to be upgraded by CallDock before it can be read. Start CallDock once.</source>
        <translation>通话数据库 %1 需要先由 CallDock 升级才能读取。请启动一次 CallDock。</translation>
    </message>
    <message>
        <source>The call database is not open.</source>
        <translation>通话数据库未打开。</translation>
    </message>
    <message>
        <source>Internal error: the call database was used from the wrong thread.</source>
        <translation>内部错误：从错误的线程使用了通话数据库。</translation>
    </message>
</context>
<context>
    <name>CallHistoryWindow</name>
    <message>
        <source>Call History — CallDock</source>
        <translation>通话历史 — CallDock</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>编辑备注(&amp;E)…</translation>
    </message>
    <message>
        <source>Call &amp;Back</source>
        <translation>回拨(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Play Recording</source>
        <translation>播放录音(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Show Recording in &amp;Folder</source>
        <translation>在文件夹中显示录音(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy Number</source>
        <translation>复制号码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete Log…</source>
        <translation>删除记录(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <comment>menu title</comment>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Call actions</source>
        <translation>通话操作</translation>
    </message>
    <message>
        <source>This call is not logged.</source>
        <translation>此通话尚未记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) match</source>
        <translation>
            <numerusform>匹配的通话：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 个通话</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording cannot be opened.</source>
        <translation>无法打开录音。</translation>
    </message>
    <message>
        <source>The folder cannot be opened.</source>
        <translation>无法打开文件夹。</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>已复制 %1。</translation>
    </message>
    <message>
        <source>Delete Log</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Delete the log of this call with %1?</source>
        <translation>删除与 %1 的这次通话的记录吗？</translation>
    </message>
    <message>
        <source>Its subject, note and recording record are removed from CallDock. The phone then shows the call as not logged.</source>
        <translation>其主题、备注和录音信息将从 CallDock 中删除。之后电话会将该通话显示为未记录。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个通话导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>calls-%1.csv</source>
        <translation>calls-%1.csv</translation>
    </message>
    <message>
        <source>Export Calls</source>
        <translation>导出通话</translation>
    </message>
    <message>
        <source>Exporting calls</source>
        <translation>正在导出通话</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Exporting calls to %1…</source>
        <translation>正在将通话导出到 %1…</translation>
    </message>
    <message>
        <source>Follow-up D&amp;one</source>
        <translation>跟进已完成(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CallLogger</name>
    <message>
        <source>Note being written in CallDock</source>
        <translation>正在 CallDock 中填写备注</translation>
    </message>
    <message>
        <source>CallDock could not save this call yet: %1</source>
        <translation>CallDock 暂时无法保存此通话：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The note shown in the phone for a logged call: outcome, then the note.</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>CallStore</name>
    <message>
        <source>The call database %1 does not exist.</source>
        <translation>通话数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>The file is not a database.</source>
        <translation>该文件不是数据库。</translation>
    </message>
    <message>
        <source>The call database %1 is damaged: %2</source>
        <translation>通话数据库 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The call database %1 has to be upgraded by CallDock before it can be read.</source>
        <translation>通话数据库 %1 需要先由 CallDock 升级才能读取。</translation>
    </message>
    <message>
        <source>Cannot open the call database %1: %2</source>
        <translation>无法打开通话数据库 %1：%2</translation>
    </message>
    <message>
        <source>The call database cannot be used: %1</source>
        <translation>无法使用通话数据库：%1</translation>
    </message>
    <message>
        <source>No call database file was given.</source>
        <translation>未指定通话数据库文件。</translation>
    </message>
    <message>
        <source>The call database %1 is a folder, not a file.</source>
        <translation>通话数据库 %1 是文件夹，而不是文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; CallDock cannot keep its call database there.</source>
        <translation>文件夹 %1 为只读；CallDock 无法在此保存通话数据库。</translation>
    </message>
    <message>
        <source>The call database %1 is read-only.</source>
        <translation>通话数据库 %1 为只读。</translation>
    </message>
    <message>
        <source>Cannot create the call database %1: %2</source>
        <translation>无法创建通话数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot restrict the call database %1 to your user account.</source>
        <translation>无法将通话数据库 %1 的访问权限限制为您的用户帐户。</translation>
    </message>
    <message>
        <source>The call database %1 is damaged and cannot be moved aside.</source>
        <translation>通话数据库 %1 已损坏，且无法另存。</translation>
    </message>
    <message>
        <source>The file %1 of the damaged call database cannot be moved aside.</source>
        <translation>无法另存已损坏通话数据库的文件 %1。</translation>
    </message>
    <message>
        <source>Cannot switch the call database to WAL mode</source>
        <translation>无法将通话数据库切换到 WAL 模式</translation>
    </message>
    <message>
        <source>The call database %1 cannot use WAL mode (got &quot;%2&quot;).</source>
        <translation>通话数据库 %1 无法使用 WAL 模式（得到“%2”）。</translation>
    </message>
    <message>
        <source>Cannot configure the call database</source>
        <translation>无法配置通话数据库</translation>
    </message>
    <message>
        <source>This SQLite library does not support foreign keys.</source>
        <translation>此 SQLite 库不支持外键。</translation>
    </message>
    <message>
        <source>Cannot check the call database</source>
        <translation>无法检查通话数据库</translation>
    </message>
    <message>
        <source>Cannot start upgrading the call database: %1</source>
        <translation>无法开始升级通话数据库：%1</translation>
    </message>
    <message>
        <source>Cannot read the version of the call database.</source>
        <translation>无法读取通话数据库的版本。</translation>
    </message>
    <message>
        <source>The call database was created by a newer version of CallDock (schema %1, this version understands up to %2).</source>
        <translation>通话数据库是由更新版本的 CallDock 创建的（架构 %1，此版本最高支持 %2）。</translation>
    </message>
    <message>
        <source>Cannot upgrade the call database to version %1: %2</source>
        <translation>无法将通话数据库升级到版本 %1：%2</translation>
    </message>
    <message>
        <source>Cannot record the call database version: %1</source>
        <translation>无法记录通话数据库版本：%1</translation>
    </message>
    <message>
        <source>Cannot finish upgrading the call database: %1</source>
        <translation>无法完成通话数据库升级：%1</translation>
    </message>
</context>
<context>
    <name>CallText</name>
    <message>
        <source>Inbound</source>
        <extracomment>Direction of a call: the other party called the user.</extracomment>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Direction of a call: the user called the other party.</extracomment>
        <translation>呼出</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>call direction</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>未知号码</translation>
    </message>
    <message>
        <source>Inbound call from %1</source>
        <translation>来自 %1 的来电</translation>
    </message>
    <message>
        <source>Outbound call to %1</source>
        <translation>拨打给 %1 的电话</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>与 %1 的通话</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>start time of a call</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>long date, short time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>duration of a call</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已接听</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>语音信箱</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒接</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>已挂断</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已拦截</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>result of a call</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Whether the call has a recording.</extracomment>
        <translation>有</translation>
    </message>
    <message>
        <source>No</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>未知来电者</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A caller in a notification: name (phone number).</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CatchUpService</name>
    <message>
        <source>Catching up stopped because you signed out.</source>
        <translation>由于您已退出登录，补录已停止。</translation>
    </message>
    <message>
        <source>Catching up stopped because the phone reloaded.</source>
        <translation>由于电话已重新加载，补录已停止。</translation>
    </message>
    <message>
        <source>Could not get the un-logged calls from the phone: %1</source>
        <translation>无法从电话获取未记录的通话：%1</translation>
    </message>
    <message>
        <source>Could not save the caught-up calls: %1</source>
        <translation>无法保存补录的通话：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n page(s) of un-logged calls; the rest follows in the next run.</source>
        <translation>
            <numerusform>处理 %n 页未记录的通话后已停止；其余部分将在下次运行时处理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 can only be used with --export.</source>
        <translation>--%1 只能与 --export 一起使用。</translation>
    </message>
    <message>
        <source>--export: the file name is empty (use - for the standard output).</source>
        <translation>--export：文件名为空（使用 - 表示标准输出）。</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format; use csv or json.</source>
        <translation>--format：“%1”不是有效格式；请使用 csv 或 json。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; use YYYY-MM-DD or an ISO 8601 date and time such as 2024-03-01T14:30:00Z.</source>
        <translation>--%1：“%2”不是日期；请使用 YYYY-MM-DD 或 ISO 8601 日期时间，例如 2024-03-01T14:30:00Z。</translation>
    </message>
    <message>
        <source>--since must be before --until.</source>
        <translation>--since 必须早于 --until。</translation>
    </message>
    <message>
        <source>CallDock hosts the RingCentral Embeddable phone and logs every call to a local database.</source>
        <translation>CallDock 集成 RingCentral Embeddable 电话，并将每个通话记录到本地数据库。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Load the widget from URL (its app.html) instead of the configured channel.</source>
        <translation>从 URL（其 app.html）而不是已配置的渠道加载小组件。</translation>
    </message>
    <message>
        <source>Use the RingCentral app client ID.</source>
        <translation>使用此 RingCentral 应用客户端 ID。</translation>
    </message>
    <message>
        <source>Use the RingCentral platform at URL (https), e.g. the sandbox https://platform.devtest.ringcentral.com.</source>
        <translation>使用位于 URL（https）的 RingCentral 平台，例如沙盒 https://platform.devtest.ringcentral.com。</translation>
    </message>
    <message>
        <source>Keep everything CallDock writes (settings, web profile, database, recordings, logs) in DIR.</source>
        <translation>将 CallDock 写入的所有内容（设置、网页配置文件、数据库、录音、日志）保存在 DIR 中。</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>启动时不显示窗口。</translation>
    </message>
    <message>
        <source>Log debug messages to the terminal and the log file.</source>
        <translation>将调试消息输出到终端和日志文件。</translation>
    </message>
    <message>
        <source>Write the call log to FILE (- for the standard output) and exit. Works while CallDock runs.</source>
        <translation>将通话记录写入 FILE（- 表示标准输出）后退出。CallDock 运行时也可使用。</translation>
    </message>
    <message>
        <source>Export format: csv or json (default: from the file name, else csv).</source>
        <translation>导出格式：csv 或 json（默认根据文件名判断，否则为 csv）。</translation>
    </message>
    <message>
        <source>Export only calls that started on or after DATE (YYYY-MM-DD in local time, or an ISO 8601 date and time).</source>
        <translation>仅导出在 DATE 或之后开始的通话（本地时间的 YYYY-MM-DD，或 ISO 8601 日期时间）。</translation>
    </message>
    <message>
        <source>Export only calls that started on or before DATE (a YYYY-MM-DD date includes the whole day, in local time).</source>
        <translation>仅导出在 DATE 或之前开始的通话（YYYY-MM-DD 日期包含本地时间的整天）。</translation>
    </message>
    <message>
        <source>A tel: or callto: URL to dial, e.g. tel:+15551234567.</source>
        <translation>要拨打的 tel: 或 callto: URL，例如 tel:+15551234567。</translation>
    </message>
    <message>
        <source>--data-dir: the folder name is empty.</source>
        <translation>--data-dir：文件夹名称为空。</translation>
    </message>
    <message>
        <source>--data-dir: %1 exists and is not a folder.</source>
        <translation>--data-dir：%1 已存在且不是文件夹。</translation>
    </message>
    <message>
        <source>--export cannot be combined with a URL to dial.</source>
        <translation>--export 不能与要拨打的 URL 同时使用。</translation>
    </message>
    <message>
        <source>Only one tel: or callto: URL can be given.</source>
        <translation>只能指定一个 tel: 或 callto: URL。</translation>
    </message>
    <message>
        <source>%1 is not a tel: or callto: URL with a phone number.</source>
        <translation>%1 不是包含电话号码的 tel: 或 callto: URL。</translation>
    </message>
    <message>
        <source>Try &apos;calldock --help&apos; for more information.</source>
        <translation>运行“calldock --help”以获取更多信息。</translation>
    </message>
</context>
<context>
    <name>DataSettingsPage</name>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Call log database</source>
        <translation>通话记录数据库</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Call log:</source>
        <translation>通话记录：</translation>
    </message>
    <message>
        <source>The call log, notes, recordings and the phone&apos;s sign-in live in this folder and stay on this computer. Back it up like any other personal data.</source>
        <translation>通话记录、备注、录音和电话的登录信息都保存在此文件夹中，且只保留在这台电脑上。请像其他个人数据一样进行备份。</translation>
    </message>
    <message>
        <source>To use another folder, start CallDock with: %1</source>
        <extracomment>%1 is the command line option, e.g. &quot;--data-dir FOLDER&quot;.</extracomment>
        <translation>要使用其他文件夹，请这样启动 CallDock：%1</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>Show/Hide CallDock</source>
        <translation>显示/隐藏 CallDock</translation>
    </message>
    <message>
        <source>Auto log calls</source>
        <translation>自动记录通话</translation>
    </message>
    <message>
        <source>Call history…</source>
        <translation>通话历史…</translation>
    </message>
    <message>
        <source>Catch up un-logged calls now</source>
        <translation>立即补录未记录的通话</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>活动…</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft belongs to no call.</source>
        <translation>该草稿不属于任何通话。</translation>
    </message>
    <message>
        <source>Cannot save the draft to %1: %2</source>
        <translation>无法将草稿保存到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>无法删除草稿 %1。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Cannot write to the standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个通话导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpScheduler</name>
    <message>
        <source>Call back %1</source>
        <translation>回拨 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Due %1, while CallDock was closed.</source>
        <extracomment>A follow-up reminder whose time passed while CallDock was not running.</extracomment>
        <translation>已于 %1 到期，当时 CallDock 未运行。</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回拨</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>%n 分钟后再提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed follow-up</source>
        <translation>错过的跟进</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>跟进时间到了</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Start-up and window</source>
        <translation>启动与窗口</translation>
    </message>
    <message>
        <source>Start CallDock when I &amp;log in</source>
        <translation>登录时启动 CallDock(&amp;L)</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>启动时最小化(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps CallDock running in the tray</source>
        <translation>关闭窗口后 CallDock 继续在托盘中运行(&amp;C)</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits CallDock.</source>
        <translation>此桌面没有系统托盘，因此关闭窗口会退出 CallDock。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Show a notification for &amp;incoming calls</source>
        <translation>来电时显示通知(&amp;I)</translation>
    </message>
    <message>
        <source>Show a notification when calls cannot be &amp;saved</source>
        <translation>通话无法保存时显示通知(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>A new language takes effect after CallDock restarts.</source>
        <translation>新语言将在 CallDock 重启后生效。</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Call history</source>
        <translation>通话历史</translation>
    </message>
    <message>
        <source>The call history cannot be opened: %1</source>
        <translation>无法打开通话历史：%1</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回拨</translation>
    </message>
    <message>
        <source>%1 is not a number the phone can dial.</source>
        <translation>%1 不是电话可以拨打的号码。</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>This call is no longer in the call log.</source>
        <translation>此通话已不在通话记录中。</translation>
    </message>
    <message>
        <source>Delete log</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>The log could not be deleted: %1</source>
        <translation>无法删除记录：%1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>The follow-up could not be changed: %1</source>
        <translation>无法更改跟进：%1</translation>
    </message>
</context>
<context>
    <name>LoadErrorPanel</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>立即重试(&amp;R)</translation>
    </message>
    <message>
        <source>The phone could not be loaded</source>
        <translation>无法加载电话</translation>
    </message>
    <message>
        <source>Retry loading the phone</source>
        <translation>重新尝试加载电话</translation>
    </message>
    <message>
        <source>The widget did not respond.</source>
        <translation>电话没有响应。</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>正在重试…</translation>
    </message>
    <message numerus="yes">
        <source>CallDock tries again in %n second(s).</source>
        <translation>
            <numerusform>CallDock 将在 %n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Call</source>
        <comment>title of the box with the facts of the call</comment>
        <translation>通话</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Number:</source>
        <comment>phone number</comment>
        <translation>号码：</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>录音：</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note, Esc cancels.</source>
        <translation>按 Ctrl+Enter 保存备注，按 Esc 取消。</translation>
    </message>
    <message>
        <source>What was the call about?</source>
        <translation>这次通话是关于什么的？</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>保存错误</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>保存备注 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>关闭且不保存 (Esc)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Shown instead of the other party&apos;s name or phone number when the phone did not send it.</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Edit call log — %1</source>
        <translation>编辑通话记录 — %1</translation>
    </message>
    <message>
        <source>Log call — %1</source>
        <translation>记录通话 — %1</translation>
    </message>
    <message>
        <source>Restored the text you had not saved (%1).</source>
        <translation>已恢复您未保存的文本（%1）。</translation>
    </message>
</context>
<context>
    <name>LoggingSettingsPage</name>
    <message>
        <source>&amp;Log every call automatically</source>
        <translation>自动记录每个通话(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Download call recordings</source>
        <translation>下载通话录音(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Where call notes are taken</source>
        <translation>在何处填写通话备注</translation>
    </message>
    <message>
        <source>In CallDock&apos;s Log call window</source>
        <translation>在 CallDock 的“记录通话”窗口中</translation>
    </message>
    <message>
        <source>On the phone&apos;s own log page</source>
        <translation>在电话自带的记录页面上</translation>
    </message>
    <message>
        <source>Don&apos;t ask for notes</source>
        <translation>不询问备注</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>录音文件夹</translation>
    </message>
    <message>
        <source>Choose the recordings folder</source>
        <translation>选择录音文件夹</translation>
    </message>
    <message>
        <source>The same switch appears in the phone&apos;s settings; both always show the same choice.</source>
        <translation>电话的设置中也有同一开关，两者始终显示相同的选择。</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Leave the folder empty to keep recordings in CallDock&apos;s data folder.</source>
        <translation>将文件夹留空，录音将保存在 CallDock 的数据文件夹中。</translation>
    </message>
    <message>
        <source>Enter a complete folder path, such as %1.</source>
        <translation>请输入完整的文件夹路径，例如 %1。</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>这是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>CallDock cannot write to this folder.</source>
        <translation>CallDock 无法写入此文件夹。</translation>
    </message>
    <message>
        <source>Folder for call recordings</source>
        <translation>通话录音文件夹</translation>
    </message>
    <message>
        <source>Log &amp;messages automatically (SMS, voicemail, fax)</source>
        <translation>自动记录消息（短信、语音信箱、传真）(&amp;M)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CallDock</source>
        <translation>CallDock</translation>
    </message>
    <message>
        <source>RingCentral phone</source>
        <translation>RingCentral 电话</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Call &amp;History…</source>
        <translation>通话历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CallDock</source>
        <translation>关于 CallDock(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>活动(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>MessageLogger</name>
    <message>
        <source>Note being written in CallDock</source>
        <translation>正在 CallDock 中填写备注</translation>
    </message>
    <message>
        <source>CallDock could not save these messages yet</source>
        <translation>CallDock 暂时无法保存这些消息</translation>
    </message>
</context>
<context>
    <name>PhoneSettingsPage</name>
    <message>
        <source>Widget version</source>
        <translation>小组件版本</translation>
    </message>
    <message>
        <source>Latest release</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>Version 3.x</source>
        <translation>版本 3.x</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>自定义地址</translation>
    </message>
    <message>
        <source>Custom widget address</source>
        <translation>自定义小组件地址</translation>
    </message>
    <message>
        <source>https://example.com/embeddable/app.html</source>
        <translation>https://example.com/embeddable/app.html</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Empty: the widget&apos;s own demo client</source>
        <translation>留空：使用小组件自带的演示客户端</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>Sandbox (developer)</source>
        <translation>沙盒（开发者）</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>自定义服务器</translation>
    </message>
    <message>
        <source>Custom platform address</source>
        <translation>自定义平台地址</translation>
    </message>
    <message>
        <source>https://platform.example.com</source>
        <translation>https://platform.example.com</translation>
    </message>
    <message>
        <source>&amp;Widget:</source>
        <translation>小组件(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>客户端 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>The phone reloads to use changes made on this page; CallDock asks before it does, because a reload ends a call in progress.</source>
        <translation>电话将重新加载以应用此页面上的更改；由于重新加载会中断正在进行的通话，CallDock 会先询问您。</translation>
    </message>
</context>
<context>
    <name>PopupWindow</name>
    <message>
        <source>Sign in — CallDock</source>
        <translation>登录 — CallDock</translation>
    </message>
    <message>
        <source>Sign in at %1 — CallDock</source>
        <translation>登录 %1 — CallDock</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>RecordingDownload</name>
    <message>
        <source>The recording could not be saved in %1: %2</source>
        <translation>无法将录音保存到 %1：%2</translation>
    </message>
    <message>
        <source>The server sent an empty recording.</source>
        <translation>服务器发送的录音为空。</translation>
    </message>
    <message>
        <source>The download was incomplete: %1 of %2 bytes arrived.</source>
        <translation>下载不完整：仅收到 %2 字节中的 %1 字节。</translation>
    </message>
    <message>
        <source>The recording could not be saved as %1: %2</source>
        <translation>无法将录音另存为 %1：%2</translation>
    </message>
    <message>
        <source>The download link has expired.</source>
        <translation>下载链接已过期。</translation>
    </message>
    <message>
        <source>The server no longer has this recording (HTTP %1).</source>
        <translation>服务器上已没有此录音（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server could not send the recording right now (HTTP %1).</source>
        <translation>服务器暂时无法发送录音（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server refused the download (HTTP %1).</source>
        <translation>服务器拒绝了下载（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server redirected the download in a loop or to an unsafe address.</source>
        <translation>服务器将下载循环重定向或重定向到了不安全的地址。</translation>
    </message>
    <message>
        <source>The recording address is not supported.</source>
        <translation>不支持该录音地址。</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>找不到服务器 %1。</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>服务器 %1 拒绝了连接。</translation>
    </message>
    <message>
        <source>The connection to %1 failed before the recording was complete.</source>
        <translation>录音下载完成前，与 %1 的连接中断了。</translation>
    </message>
    <message>
        <source>The disk is full: the recording could not be saved in %1.</source>
        <translation>磁盘已满：无法将录音保存到 %1。</translation>
    </message>
    <message>
        <source>The recording could not be written to %1. Check the free space and the permissions of that folder.</source>
        <translation>无法将录音写入 %1。请检查可用空间以及该文件夹的权限。</translation>
    </message>
    <message>
        <source>The server %1 stopped sending data before the recording was complete.</source>
        <translation>录音下载完成前，服务器 %1 停止发送数据。</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>服务器 %1 未及时响应。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so the recording was not downloaded. Check the system&apos;s date and certificates, or a proxy that intercepts secure connections.</source>
        <translation>%1 的证书不受信任，因此未下载录音。请检查系统的日期和证书，或是否有拦截安全连接的代理。</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be established.</source>
        <translation>无法与 %1 建立安全（TLS）连接。</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before the recording was complete.</source>
        <translation>录音下载完成前，服务器 %1 关闭了连接。</translation>
    </message>
    <message>
        <source>The server %1 closed the connection without sending the recording.</source>
        <translation>服务器 %1 未发送录音就关闭了连接。</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>网络不可用。</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>无法使用代理服务器。</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>与 %1 的连接失败。</translation>
    </message>
</context>
<context>
    <name>RecordingFetcher</name>
    <message>
        <source>The download link expired and no new one could be obtained. Open the recording in the browser instead.</source>
        <translation>下载链接已过期，且无法获取新链接。请改为在浏览器中打开录音。</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) waiting to download</source>
        <translation>
            <numerusform>%n 个录音等待下载</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) downloading, %1%</source>
        <translation>
            <numerusform>正在下载 %n 个录音，%1%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) downloading</source>
        <translation>
            <numerusform>正在下载 %n 个录音</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more waiting)</source>
        <translation>
            <numerusform>%1（另有 %n 个在等待）</numerusform>
        </translation>
    </message>
    <message>
        <source>No folder for recordings is set. Choose one in the settings.</source>
        <translation>未设置录音文件夹。请在设置中选择一个。</translation>
    </message>
    <message>
        <source>The recordings folder %1 cannot be created. Choose another folder in the settings.</source>
        <translation>无法创建录音文件夹 %1。请在设置中选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>RecordingsController</name>
    <message>
        <source>Recording not downloaded</source>
        <translation>录音未下载</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The widget address must be a complete URL such as https://example.com/embeddable/app.html.</source>
        <translation>小组件地址必须是完整的 URL，例如 https://example.com/embeddable/app.html。</translation>
    </message>
    <message>
        <source>The widget address must start with https:// (http:// is allowed only for localhost).</source>
        <translation>小组件地址必须以 https:// 开头（仅 localhost 允许使用 http://）。</translation>
    </message>
    <message>
        <source>The platform address must be a complete URL starting with https://, such as https://platform.devtest.ringcentral.com.</source>
        <translation>平台地址必须是以 https:// 开头的完整 URL，例如 https://platform.devtest.ringcentral.com。</translation>
    </message>
    <message>
        <source>A client ID contains only letters, digits, &apos;-&apos; and &apos;_&apos; (up to 128 characters).</source>
        <translation>客户端 ID 只能包含字母、数字、“-”和“_”（最多 128 个字符）。</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>无意向</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>已留语音留言</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>CallDock Settings</source>
        <translation>CallDock 设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Call logging</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>CallDock could not write its settings file %1. The changes last until CallDock quits.</source>
        <translation>CallDock 无法写入其设置文件 %1。这些更改仅在 CallDock 退出前有效。</translation>
    </message>
    <message>
        <source>Reload the phone?</source>
        <translation>重新加载电话？</translation>
    </message>
    <message>
        <source>The phone must reload to use the new settings. Reload now?</source>
        <translation>电话需要重新加载才能使用新设置。立即重新加载吗？</translation>
    </message>
    <message>
        <source>A reload ends a call in progress. With Later, the new settings are used the next time CallDock starts.</source>
        <translation>重新加载会中断正在进行的通话。选择“稍后”时，新设置将在下次启动 CallDock 时生效。</translation>
    </message>
    <message>
        <source>&amp;Reload now</source>
        <translation>立即重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>CallDock cannot write its lock file %1 (permission denied).</source>
        <translation>CallDock 无法写入其锁文件 %1（权限被拒绝）。</translation>
    </message>
    <message>
        <source>CallDock cannot create its lock file %1.</source>
        <translation>CallDock 无法创建其锁文件 %1。</translation>
    </message>
    <message>
        <source>CallDock is already running for this data folder but does not answer.</source>
        <translation>CallDock 已在使用此数据文件夹运行，但没有响应。</translation>
    </message>
    <message>
        <source>Could not hand the request to the running CallDock.</source>
        <translation>无法将请求转交给正在运行的 CallDock。</translation>
    </message>
    <message>
        <source>The running CallDock did not confirm the request.</source>
        <translation>正在运行的 CallDock 未确认该请求。</translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>Another program is holding the call database.</source>
        <translation>另一个程序正在占用通话数据库。</translation>
    </message>
    <message>
        <source>The call database cannot be written (read-only or no permission).</source>
        <translation>无法写入通话数据库（只读或没有权限）。</translation>
    </message>
    <message>
        <source>The call database is not open.</source>
        <translation>通话数据库未打开。</translation>
    </message>
    <message>
        <source>The call database is damaged.</source>
        <translation>通话数据库已损坏。</translation>
    </message>
    <message>
        <source>The disk holding the call database reported a read or write error.</source>
        <translation>存放通话数据库的磁盘报告了读写错误。</translation>
    </message>
    <message>
        <source>The call database cannot be opened.</source>
        <translation>无法打开通话数据库。</translation>
    </message>
    <message>
        <source>This call is not logged.</source>
        <translation>此通话尚未记录。</translation>
    </message>
    <message>
        <source>The widget sent a call CallDock cannot log (it has no session id).</source>
        <translation>电话发送了一个 CallDock 无法记录的通话（该通话没有会话 ID）。</translation>
    </message>
    <message>
        <source>The call database belongs to a different version of CallDock.</source>
        <translation>通话数据库属于其他版本的 CallDock。</translation>
    </message>
    <message>
        <source>The call database reported an error.</source>
        <translation>通话数据库报告了错误。</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>Calls are not being saved</source>
        <translation>通话未保存</translation>
    </message>
    <message>
        <source>CallDock — %1</source>
        <translation>CallDock — %1</translation>
    </message>
    <message>
        <source>Last logged: none yet</source>
        <translation>最近记录：暂无</translation>
    </message>
    <message>
        <source>Last logged: %1</source>
        <translation>最近记录：%1</translation>
    </message>
    <message>
        <source>Last logged: %1, %2</source>
        <extracomment>Tray tooltip: %1 is the other party of the last logged call, %2 its time or date.</extracomment>
        <translation>最近记录：%1，%2</translation>
    </message>
</context>
<context>
    <name>WidgetBridge</name>
    <message>
        <source>The phone reloaded before it answered.</source>
        <translation>电话在响应前重新加载了。</translation>
    </message>
    <message>
        <source>The phone did not answer in time.</source>
        <translation>电话未及时响应。</translation>
    </message>
    <message>
        <source>The phone sent an unreadable list of calls (%1).</source>
        <translation>电话发送的通话列表无法读取（%1）。</translation>
    </message>
    <message>
        <source>The phone sent an unreadable call (%1).</source>
        <translation>电话发送的通话无法读取（%1）。</translation>
    </message>
</context>
<context>
    <name>WidgetLoader</name>
    <message numerus="yes">
        <source>The phone did not start within %n seconds.</source>
        <translation>
            <numerusform>电话未在 %n 秒内启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>CallDock could not open its own page.</source>
        <translation>CallDock 无法打开其自身的页面。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2).</source>
        <translation>服务器返回 HTTP %1（%2）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CallDock cannot start</source>
        <translation>CallDock 无法启动</translation>
    </message>
</context>
</TS>
