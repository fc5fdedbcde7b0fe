<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActivityChartPanel</name>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (表)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 を保存</translation>
    </message>
    <message>
        <source>Save Chart as &amp;Image…</source>
        <translation>グラフを画像として保存(&amp;I)…</translation>
    </message>
    <message>
        <source>Save &amp;Data as CSV…</source>
        <translation>データを CSV として保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>画像を書き込めませんでした</translation>
    </message>
    <message>
        <source>Save Chart as Image</source>
        <translation>グラフを画像として保存</translation>
    </message>
    <message>
        <source>Save Chart Data</source>
        <translation>グラフのデータを保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>ActivityCharts</name>
    <message>
        <source>%1 (%2)</source>
        <comment>contact: name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>Calls per day chart: calls the user took (not missed).</extracomment>
        <translation>着信</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Calls per day chart: calls the user made.</extracomment>
        <translation>発信</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Calls per day chart: inbound calls nobody took (missed or to voicemail).</extracomment>
        <translation>不在着信</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通話</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 件の通話</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>1 日平均 %1 件</translation>
    </message>
    <message>
        <source>%1 inbound, %2 outbound, %3 missed (%4)</source>
        <translation>着信 %1 件、発信 %2 件、不在着信 %3 件 (%4)</translation>
    </message>
    <message>
        <source>Talk time (hours)</source>
        <translation>通話時間 (時間)</translation>
    </message>
    <message>
        <source>Talk time (minutes)</source>
        <translation>通話時間 (分)</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>通話時間</translation>
    </message>
    <message>
        <source>Calls with talk</source>
        <translation>会話があった通話</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>合計 %1</translation>
    </message>
    <message>
        <source>%1 per call with talk</source>
        <translation>会話があった通話 1 件あたり %1</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>1 日あたり %1</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>この期間の通話はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Busiest hour: %1 %2–%3 (%n call(s))</source>
        <translation>
            <numerusform>最も多い時間帯: %1 %2–%3 (%n 件の通話)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>電話番号または名前</translation>
    </message>
    <message>
        <source>No contacts in this period.</source>
        <translation>この期間の連絡先はありません。</translation>
    </message>
    <message>
        <source>These contacts: %1 of %2 talk time</source>
        <translation>これらの連絡先: 通話時間 %2 のうち %1</translation>
    </message>
    <message numerus="yes">
        <source>These contacts: %1 of %n call(s) (%2)</source>
        <translation>
            <numerusform>これらの連絡先: %n 件の通話のうち %1 件 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>With a note</source>
        <translation>メモあり</translation>
    </message>
    <message>
        <source>With a recording</source>
        <translation>録音あり</translation>
    </message>
    <message>
        <source>Share of calls (%)</source>
        <translation>通話の割合 (%)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message numerus="yes">
        <source>Of %n call(s): %1 with a note, %2 with a recording</source>
        <translation>
            <numerusform>%n 件の通話のうち、メモあり %1、録音あり %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityHeatMap</name>
    <message numerus="yes">
        <source>%1 %2–%3: %n call(s)</source>
        <extracomment>Heat map tooltip: %1 weekday, %2 start hour, %3 end hour; %n calls.</extracomment>
        <translation>
            <numerusform>%1 %2–%3: %n 件の通話</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityPeriod</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <comment>activity period</comment>
        <translation>期間を指定…</translation>
    </message>
</context>
<context>
    <name>ActivityWindow</name>
    <message>
        <source>Activity — CallDock</source>
        <translation>アクティビティ — CallDock</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>Calls per day</source>
        <translation>1 日あたりの通話数</translation>
    </message>
    <message>
        <source>Talk time per day</source>
        <translation>1 日あたりの通話時間</translation>
    </message>
    <message>
        <source>Calls by weekday and hour</source>
        <translation>曜日・時間帯別の通話数</translation>
    </message>
    <message>
        <source>Top contacts by calls</source>
        <translation>通話数の多い連絡先</translation>
    </message>
    <message>
        <source>Top contacts by talk time</source>
        <translation>通話時間の長い連絡先</translation>
    </message>
    <message>
        <source>Notes and recordings</source>
        <translation>メモと録音</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Show Data as &amp;Tables</source>
        <translation>データを表で表示(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1、%2: %3</translation>
    </message>
</context>
<context>
    <name>AfterCallEditor</name>
    <message>
        <source>Outcome</source>
        <translation>対応結果</translation>
    </message>
    <message>
        <source>Type the number of an outcome, or its first letters. 0 clears it.</source>
        <translation>対応結果の番号または先頭の文字を入力します。0 でクリアします。</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>対応結果(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Follow up:</source>
        <translation>フォローアップ(&amp;F):</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>フォローアップの日時</translation>
    </message>
    <message>
        <source>Follow-up text</source>
        <translation>フォローアップの内容</translation>
    </message>
    <message>
        <source>What to do, e.g. send the quote</source>
        <translation>やること (例: 見積もりを送る)</translation>
    </message>
    <message>
        <source>In 1 &amp;hour</source>
        <translation>1 時間後(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 9:00</source>
        <translation>明日 9:00(&amp;T)</translation>
    </message>
    <message>
        <source>Next &amp;Monday</source>
        <translation>次の月曜日(&amp;M)</translation>
    </message>
    <message>
        <source>(none)  [0]</source>
        <extracomment>No outcome chosen for the call; 0 is the key that picks it.</extracomment>
        <translation>(なし)  [0]</translation>
    </message>
</context>
<context>
    <name>AfterCallPrompter</name>
    <message>
        <source>Missed call</source>
        <translation>不在着信</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>通話終了</translation>
    </message>
    <message>
        <source>%1 — add a note about the call?</source>
        <translation>%1 — 通話のメモを追加しますか?</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>メモを追加</translation>
    </message>
</context>
<context>
    <name>AfterCallSettingsBox</name>
    <message>
        <source>After a call</source>
        <translation>通話後</translation>
    </message>
    <message>
        <source>After an incoming call</source>
        <translation>着信の終了後</translation>
    </message>
    <message>
        <source>After an outgoing call</source>
        <translation>発信の終了後</translation>
    </message>
    <message>
        <source>Not after &amp;missed calls</source>
        <translation>不在着信の後は除く(&amp;M)</translation>
    </message>
    <message>
        <source>Call outcomes, one a line</source>
        <translation>対応結果 (1 行に 1 つ)</translation>
    </message>
    <message>
        <source>Show the &amp;outcome in the phone&apos;s note</source>
        <translation>電話のメモに対応結果を表示(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Incoming call ended:</source>
        <translation>着信の終了時(&amp;I):</translation>
    </message>
    <message>
        <source>Outgoing call &amp;ended:</source>
        <translation>発信の終了時(&amp;E):</translation>
    </message>
    <message>
        <source>Call o&amp;utcomes (one a line):</source>
        <translation>対応結果 (1 行に 1 つ)(&amp;U):</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N in CallDock opens the note of the last call.</source>
        <translation>CallDock で Ctrl+Shift+N を押すと、最後の通話のメモが開きます。</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>何もしない</translation>
    </message>
    <message>
        <source>Notify with &quot;Add note&quot;</source>
        <translation>「メモを追加」付きで通知</translation>
    </message>
    <message>
        <source>Open the note window (without taking the keyboard)</source>
        <translation>メモ ウィンドウを開く (キーボード フォーカスは移さない)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The call log was damaged and has been set aside as %1. CallDock started a new one.</source>
        <translation>通話ログが破損していたため、%1 として退避しました。CallDock は新しい通話ログを作成しました。</translation>
    </message>
    <message>
        <source>Call log replaced</source>
        <translation>通話ログを置き換えました</translation>
    </message>
    <message>
        <source>Log to CallDock</source>
        <translation>CallDock に記録</translation>
    </message>
    <message>
        <source>Log calls automatically in CallDock</source>
        <translation>通話を CallDock に自動で記録</translation>
    </message>
    <message>
        <source>Calls are not being saved: %1 CallDock keeps them and tries again.</source>
        <translation>通話を保存できていません: %1 CallDock は通話を保持し、再試行します。</translation>
    </message>
    <message>
        <source>Call logging problem</source>
        <translation>通話の記録に問題があります</translation>
    </message>
    <message>
        <source>About CallDock</source>
        <translation>CallDock について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CallDock %1&lt;/h3&gt;&lt;p&gt;Hosts the RingCentral Embeddable phone and logs every call to a local database.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CallDock %1&lt;/h3&gt;&lt;p&gt;RingCentral Embeddable の電話を組み込み、すべての通話をローカル データベースに記録します。&lt;/p&gt;&lt;p&gt;データ フォルダー: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Catching up: %n call(s) logged</source>
        <translation>
            <numerusform>追加記録中: %n 件の通話を記録済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caught up %n call(s)</source>
        <translation>
            <numerusform>%n 件の通話を追加記録しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch-up stopped: %1</source>
        <translation>追加記録を中止しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) not logged — &quot;Catch up&quot; logs them</source>
        <extracomment>&quot;Catch up&quot; is the tray menu entry &quot;Catch up un-logged calls now&quot;.</extracomment>
        <translation>
            <numerusform>未記録の通話 %n 件 — 「今すぐ記録」で記録できます</numerusform>
        </translation>
    </message>
    <message>
        <source>Log messages automatically in CallDock</source>
        <translation>メッセージを CallDock に自動で記録</translation>
    </message>
</context>
<context>
    <name>AutoStart</name>
    <message>
        <source>Phone and call logging</source>
        <translation>電話と通話の記録</translation>
    </message>
    <message>
        <source>CallDock could not create %1: %2</source>
        <translation>CallDock は %1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>CallDock could not remove %1: %2</source>
        <translation>CallDock は %1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>CallDock could not change the Windows start-up list.</source>
        <translation>CallDock は Windows のスタートアップ一覧を変更できませんでした。</translation>
    </message>
</context>
<context>
    <name>CallExporter</name>
    <message>
        <source>Cannot read the calls: %1</source>
        <translation>通話を読み込めません: %1</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>エクスポートを書き込めません: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>%1 にエクスポートできません: %2</translation>
    </message>
</context>
<context>
    <name>CallHistoryFilterBar</name>
    <message>
        <source>&amp;Any date</source>
        <translation>すべての期間(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Missed</source>
        <comment>filter: only missed calls</comment>
        <translation>不在着信(&amp;M)</translation>
    </message>
    <message>
        <source>With &amp;recording</source>
        <translation>録音あり(&amp;R)</translation>
    </message>
    <message>
        <source>With &amp;note</source>
        <translation>メモあり(&amp;N)</translation>
    </message>
    <message>
        <source>Search name, number, subject or note</source>
        <translation>名前、番号、件名、メモを検索</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>通話を検索</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>すべての方向</translation>
    </message>
    <message>
        <source>Inbound</source>
        <extracomment>Filter: only calls the user received.</extracomment>
        <translation>着信</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Filter: only calls the user made.</extracomment>
        <translation>発信</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>start of a date range</comment>
        <translation>開始日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>end of a date range</comment>
        <translation>終了日(&amp;E)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Any call</source>
        <extracomment>History filter: calls regardless of follow-ups.</extracomment>
        <translation>すべての通話</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>すべてのフォローアップ</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <extracomment>History filter: open follow-ups whose time has not come yet.</extracomment>
        <translation>予定のフォローアップ</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>期限切れのフォローアップ</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>完了したフォローアップ</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove the filters set by Activity</comment>
        <translation>解除</translation>
    </message>
    <message>
        <source>Remove these filters</source>
        <translation>これらのフィルターを解除</translation>
    </message>
    <message>
        <source>only calls with %1</source>
        <extracomment>A filter set from Activity: only the calls with this number (or name).</extracomment>
        <translation>%1 との通話のみ</translation>
    </message>
    <message>
        <source>only inbound calls that were not missed</source>
        <translation>着信のみ (不在着信を除く)</translation>
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>Cannot read the call history: %1</source>
        <translation>通話履歴を読み込めません: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>subject — first line of the note</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>state of a recording download</comment>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>ダウンロード中 %1%</translation>
    </message>
    <message>
        <source>Downloading</source>
        <comment>state of a recording download</comment>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>state of a recording download</comment>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>state of a recording download</comment>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>state of a recording download</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>phone number</comment>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>通話時間</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Column: how the call ended (answered, missed, voicemail…).</extracomment>
        <translation>結果</translation>
    </message>
    <message>
        <source>Subject / note</source>
        <translation>件名 / メモ</translation>
    </message>
    <message>
        <source>Recording</source>
        <extracomment>Column: state of the call&apos;s audio recording.</extracomment>
        <translation>録音</translation>
    </message>
    <message>
        <source>Follow-up done (%1)</source>
        <extracomment>In the history&apos;s note column: a follow-up and its due time.</extracomment>
        <translation>フォローアップ完了 (%1)</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>フォローアップ %1</translation>
    </message>
</context>
<context>
    <name>CallHistoryReader</name>
    <message>
        <source>The call database %1 does not exist.</source>
        <translation>通話データベース %1 が存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a call database.</source>
        <translation>%1 は通話データベースではありません。</translation>
    </message>
    <message>
        <source>Cannot open the call database %1: %2</source>
        <translation>通話データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot read the call database %1: %2</source>
        <translation>通話データベース %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The call database %1 was created by a newer version of CallDock.</source>
        <translation>通話データベース %1 は新しいバージョンの CallDock で作成されています。</translation>
    </message>
    <message>
        <source>The call database %1 has to be upgraded by CallDock before it can be read. Start CallDock once.</source>
        <translation>通話データベース %1 を読み込むには、先に CallDock で更新する必要があります。CallDock を一度起動してください。</translation>
    </message>
    <message>
        <source>The call database is not open.</source>
        <translation>通話データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Internal error: the call database was used from the wrong thread.</source>
        <translation>内部エラー: 通話データベースが誤ったスレッドから使用されました。</translation>
    </message>
</context>
<context>
    <name>CallHistoryWindow</name>
    <message>
        <source>Call History — CallDock</source>
        <translation>通話履歴 — CallDock</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>メモを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Call &amp;Back</source>
        <translation>折り返し電話(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Play Recording</source>
        <translation>録音を再生(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Show Recording in &amp;Folder</source>
        <translation>録音をフォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy Number</source>
        <translation>番号をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete Log…</source>
        <translation>記録を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>フィルターをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <comment>menu title</comment>
        <translation>通話(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Call actions</source>
        <translation>通話の操作</translation>
    </message>
    <message>
        <source>This call is not logged.</source>
        <translation>この通話は記録されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) match</source>
        <translation>
            <numerusform>一致する通話: %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 件の通話</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording cannot be opened.</source>
        <translation>録音を開けません。</translation>
    </message>
    <message>
        <source>The folder cannot be opened.</source>
        <translation>フォルダーを開けません。</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 をコピーしました。</translation>
    </message>
    <message>
        <source>Delete Log</source>
        <translation>記録を削除</translation>
    </message>
    <message>
        <source>Delete the log of this call with %1?</source>
        <translation>%1 との通話の記録を削除しますか?</translation>
    </message>
    <message>
        <source>Its subject, note and recording record are removed from CallDock. The phone then shows the call as not logged.</source>
        <translation>件名、メモ、録音の情報が CallDock から削除されます。その後、電話ではこの通話が未記録として表示されます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>%n 件の通話を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>calls-%1.csv</source>
        <translation>calls-%1.csv</translation>
    </message>
    <message>
        <source>Export Calls</source>
        <translation>通話のエクスポート</translation>
    </message>
    <message>
        <source>Exporting calls</source>
        <translation>通話をエクスポートしています</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Exporting calls to %1…</source>
        <translation>通話を %1 にエクスポートしています…</translation>
    </message>
    <message>
        <source>Follow-up D&amp;one</source>
        <translation>フォローアップ完了(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CallLogger</name>
    <message>
        <source>Note being written in CallDock</source>
        <translation>CallDock でメモを入力中</translation>
    </message>
    <message>
        <source>CallDock could not save this call yet: %1</source>
        <translation>CallDock はこの通話をまだ保存できていません: %1</translation>
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
        <translation>通話データベース %1 が存在しません。</translation>
    </message>
    <message>
        <source>The file is not a database.</source>
        <translation>このファイルはデータベースではありません。</translation>
    </message>
    <message>
        <source>The call database %1 is damaged: %2</source>
        <translation>通話データベース %1 は破損しています: %2</translation>
    </message>
    <message>
        <source>The call database %1 has to be upgraded by CallDock before it can be read.</source>
        <translation>通話データベース %1 を読み込むには、先に CallDock で更新する必要があります。</translation>
    </message>
    <message>
        <source>Cannot open the call database %1: %2</source>
        <translation>通話データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The call database cannot be used: %1</source>
        <translation>通話データベースを使用できません: %1</translation>
    </message>
    <message>
        <source>No call database file was given.</source>
        <translation>通話データベースのファイルが指定されていません。</translation>
    </message>
    <message>
        <source>The call database %1 is a folder, not a file.</source>
        <translation>通話データベース %1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 が存在しません。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; CallDock cannot keep its call database there.</source>
        <translation>フォルダー %1 は読み取り専用のため、CallDock は通話データベースをそこに保存できません。</translation>
    </message>
    <message>
        <source>The call database %1 is read-only.</source>
        <translation>通話データベース %1 は読み取り専用です。</translation>
    </message>
    <message>
        <source>Cannot create the call database %1: %2</source>
        <translation>通話データベース %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the call database %1 to your user account.</source>
        <translation>通話データベース %1 へのアクセスをお使いのユーザー アカウントに制限できません。</translation>
    </message>
    <message>
        <source>The call database %1 is damaged and cannot be moved aside.</source>
        <translation>通話データベース %1 は破損しており、退避できません。</translation>
    </message>
    <message>
        <source>The file %1 of the damaged call database cannot be moved aside.</source>
        <translation>破損した通話データベースのファイル %1 を退避できません。</translation>
    </message>
    <message>
        <source>Cannot switch the call database to WAL mode</source>
        <translation>通話データベースを WAL モードに切り替えられません</translation>
    </message>
    <message>
        <source>The call database %1 cannot use WAL mode (got &quot;%2&quot;).</source>
        <translation>通話データベース %1 は WAL モードを使用できません (結果: &quot;%2&quot;)。</translation>
    </message>
    <message>
        <source>Cannot configure the call database</source>
        <translation>通話データベースを構成できません</translation>
    </message>
    <message>
        <source>This SQLite library does not support foreign keys.</source>
        <translation>この SQLite ライブラリは外部キーをサポートしていません。</translation>
    </message>
    <message>
        <source>Cannot check the call database</source>
        <translation>通話データベースを検査できません</translation>
    </message>
    <message>
        <source>Cannot start upgrading the call database: %1</source>
        <translation>通話データベースの更新を開始できません: %1</translation>
    </message>
    <message>
        <source>Cannot read the version of the call database.</source>
        <translation>通話データベースのバージョンを読み取れません。</translation>
    </message>
    <message>
        <source>The call database was created by a newer version of CallDock (schema %1, this version understands up to %2).</source>
        <translation>通話データベースは新しいバージョンの CallDock で作成されています (スキーマ %1、このバージョンの対応は %2 まで)。</translation>
    </message>
    <message>
        <source>Cannot upgrade the call database to version %1: %2</source>
        <translation>通話データベースをバージョン %1 に更新できません: %2</translation>
    </message>
    <message>
        <source>Cannot record the call database version: %1</source>
        <translation>通話データベースのバージョンを保存できません: %1</translation>
    </message>
    <message>
        <source>Cannot finish upgrading the call database: %1</source>
        <translation>通話データベースの更新を完了できません: %1</translation>
    </message>
</context>
<context>
    <name>CallText</name>
    <message>
        <source>Inbound</source>
        <extracomment>Direction of a call: the other party called the user.</extracomment>
        <translation>着信</translation>
    </message>
    <message>
        <source>Outbound</source>
        <extracomment>Direction of a call: the user called the other party.</extracomment>
        <translation>発信</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>call direction</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>不明な番号</translation>
    </message>
    <message>
        <source>Inbound call from %1</source>
        <translation>%1 からの着信</translation>
    </message>
    <message>
        <source>Outbound call to %1</source>
        <translation>%1 への発信</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>%1 との通話</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>start time of a call</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>long date, short time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>duration of a call</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>通話中</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>呼び出し中</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>応答済み</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>不在着信</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>ボイスメール</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>応答拒否</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>話し中</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック済み</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>result of a call</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Whether the call has a recording.</extracomment>
        <translation>あり</translation>
    </message>
    <message>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>不明な発信者</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A caller in a notification: name (phone number).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CatchUpService</name>
    <message>
        <source>Catching up stopped because you signed out.</source>
        <translation>サインアウトしたため、追加記録を中止しました。</translation>
    </message>
    <message>
        <source>Catching up stopped because the phone reloaded.</source>
        <translation>電話が再読み込みされたため、追加記録を中止しました。</translation>
    </message>
    <message>
        <source>Could not get the un-logged calls from the phone: %1</source>
        <translation>電話から未記録の通話を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not save the caught-up calls: %1</source>
        <translation>追加記録した通話を保存できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n page(s) of un-logged calls; the rest follows in the next run.</source>
        <translation>
            <numerusform>未記録の通話を %n ページ処理した時点で停止しました。残りは次回処理されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 can only be used with --export.</source>
        <translation>--%1 は --export と一緒にのみ使用できます。</translation>
    </message>
    <message>
        <source>--export: the file name is empty (use - for the standard output).</source>
        <translation>--export: ファイル名が空です (標準出力には - を指定してください)。</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format; use csv or json.</source>
        <translation>--format: &quot;%1&quot; は形式ではありません。csv または json を指定してください。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; use YYYY-MM-DD or an ISO 8601 date and time such as 2024-03-01T14:30:00Z.</source>
        <translation>--%1: &quot;%2&quot; は日付ではありません。YYYY-MM-DD、または 2024-03-01T14:30:00Z のような ISO 8601 形式の日時を指定してください。</translation>
    </message>
    <message>
        <source>--since must be before --until.</source>
        <translation>--since は --until より前である必要があります。</translation>
    </message>
    <message>
        <source>CallDock hosts the RingCentral Embeddable phone and logs every call to a local database.</source>
        <translation>CallDock は RingCentral Embeddable の電話を組み込み、すべての通話をローカル データベースに記録します。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Load the widget from URL (its app.html) instead of the configured channel.</source>
        <translation>設定されたチャネルではなく URL (widget の app.html) から widget を読み込みます。</translation>
    </message>
    <message>
        <source>Use the RingCentral app client ID.</source>
        <translation>RingCentral アプリのクライアント ID として ID を使用します。</translation>
    </message>
    <message>
        <source>Use the RingCentral platform at URL (https), e.g. the sandbox https://platform.devtest.ringcentral.com.</source>
        <translation>URL (https) の RingCentral プラットフォームを使用します。例: サンドボックス https://platform.devtest.ringcentral.com</translation>
    </message>
    <message>
        <source>Keep everything CallDock writes (settings, web profile, database, recordings, logs) in DIR.</source>
        <translation>CallDock が書き込むすべてのデータ (設定、Web プロファイル、データベース、録音、ログ) を DIR に保存します。</translation>
    </message>
    <message>
        <source>Start without showing the window.</source>
        <translation>ウィンドウを表示せずに起動します。</translation>
    </message>
    <message>
        <source>Log debug messages to the terminal and the log file.</source>
        <translation>デバッグ メッセージを端末とログ ファイルに出力します。</translation>
    </message>
    <message>
        <source>Write the call log to FILE (- for the standard output) and exit. Works while CallDock runs.</source>
        <translation>通話ログを FILE (標準出力には -) に書き出して終了します。CallDock の実行中でも使用できます。</translation>
    </message>
    <message>
        <source>Export format: csv or json (default: from the file name, else csv).</source>
        <translation>エクスポート形式: csv または json (既定: ファイル名から判断、判断できなければ csv)。</translation>
    </message>
    <message>
        <source>Export only calls that started on or after DATE (YYYY-MM-DD in local time, or an ISO 8601 date and time).</source>
        <translation>DATE 以降に開始した通話のみをエクスポートします (ローカル時刻の YYYY-MM-DD、または ISO 8601 形式の日時)。</translation>
    </message>
    <message>
        <source>Export only calls that started on or before DATE (a YYYY-MM-DD date includes the whole day, in local time).</source>
        <translation>DATE 以前に開始した通話のみをエクスポートします (YYYY-MM-DD の日付はローカル時刻でその日全体を含みます)。</translation>
    </message>
    <message>
        <source>A tel: or callto: URL to dial, e.g. tel:+15551234567.</source>
        <translation>発信する tel: または callto: の URL。例: tel:+15551234567</translation>
    </message>
    <message>
        <source>--data-dir: the folder name is empty.</source>
        <translation>--data-dir: フォルダー名が空です。</translation>
    </message>
    <message>
        <source>--data-dir: %1 exists and is not a folder.</source>
        <translation>--data-dir: %1 は既に存在し、フォルダーではありません。</translation>
    </message>
    <message>
        <source>--export cannot be combined with a URL to dial.</source>
        <translation>--export は発信用の URL と組み合わせられません。</translation>
    </message>
    <message>
        <source>Only one tel: or callto: URL can be given.</source>
        <translation>指定できる tel: または callto: の URL は 1 つだけです。</translation>
    </message>
    <message>
        <source>%1 is not a tel: or callto: URL with a phone number.</source>
        <translation>%1 は電話番号を含む tel: または callto: の URL ではありません。</translation>
    </message>
    <message>
        <source>Try &apos;calldock --help&apos; for more information.</source>
        <translation>詳しくは &apos;calldock --help&apos; を実行してください。</translation>
    </message>
</context>
<context>
    <name>DataSettingsPage</name>
    <message>
        <source>Data folder</source>
        <translation>データ フォルダー</translation>
    </message>
    <message>
        <source>Call log database</source>
        <translation>通話ログのデータベース</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>データ フォルダーを開く</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>データ フォルダー:</translation>
    </message>
    <message>
        <source>Call log:</source>
        <translation>通話ログ:</translation>
    </message>
    <message>
        <source>The call log, notes, recordings and the phone&apos;s sign-in live in this folder and stay on this computer. Back it up like any other personal data.</source>
        <translation>通話ログ、メモ、録音、電話のサインイン情報はこのフォルダーに保存され、このコンピューターから外に出ることはありません。ほかの個人データと同様にバックアップしてください。</translation>
    </message>
    <message>
        <source>To use another folder, start CallDock with: %1</source>
        <extracomment>%1 is the command line option, e.g. &quot;--data-dir FOLDER&quot;.</extracomment>
        <translation>別のフォルダーを使うには、CallDock を次のように起動します: %1</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>フォルダー</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>着信</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>Show/Hide CallDock</source>
        <translation>CallDock の表示/非表示</translation>
    </message>
    <message>
        <source>Auto log calls</source>
        <translation>通話を自動で記録</translation>
    </message>
    <message>
        <source>Call history…</source>
        <translation>通話履歴…</translation>
    </message>
    <message>
        <source>Catch up un-logged calls now</source>
        <translation>未記録の通話を今すぐ記録</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>アクティビティ…</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft belongs to no call.</source>
        <translation>この下書きはどの通話にも属していません。</translation>
    </message>
    <message>
        <source>Cannot save the draft to %1: %2</source>
        <translation>下書きを %1 に保存できません: %2</translation>
    </message>
    <message>
        <source>Cannot delete the draft %1.</source>
        <translation>下書き %1 を削除できません。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Cannot write to the standard output: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>%n 件の通話を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpScheduler</name>
    <message>
        <source>Call back %1</source>
        <translation>%1 に折り返し電話</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Due %1, while CallDock was closed.</source>
        <extracomment>A follow-up reminder whose time passed while CallDock was not running.</extracomment>
        <translation>期限は %1 でしたが、そのとき CallDock は閉じていました。</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>折り返し電話</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>%n 分後に再通知</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed follow-up</source>
        <translation>見逃したフォローアップ</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>フォローアップの時間です</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Start-up and window</source>
        <translation>起動とウィンドウ</translation>
    </message>
    <message>
        <source>Start CallDock when I &amp;log in</source>
        <translation>ログイン時に CallDock を起動(&amp;L)</translation>
    </message>
    <message>
        <source>Start &amp;minimized</source>
        <translation>最小化して起動(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps CallDock running in the tray</source>
        <translation>ウィンドウを閉じても CallDock を通知領域で実行し続ける(&amp;C)</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits CallDock.</source>
        <translation>このデスクトップには通知領域がないため、ウィンドウを閉じると CallDock は終了します。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Show a notification for &amp;incoming calls</source>
        <translation>着信時に通知を表示(&amp;I)</translation>
    </message>
    <message>
        <source>Show a notification when calls cannot be &amp;saved</source>
        <translation>通話を保存できないときに通知を表示(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>A new language takes effect after CallDock restarts.</source>
        <translation>言語の変更は CallDock の再起動後に反映されます。</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>言語(&amp;G):</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Call history</source>
        <translation>通話履歴</translation>
    </message>
    <message>
        <source>The call history cannot be opened: %1</source>
        <translation>通話履歴を開けません: %1</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>折り返し電話</translation>
    </message>
    <message>
        <source>%1 is not a number the phone can dial.</source>
        <translation>%1 は電話で発信できる番号ではありません。</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <source>This call is no longer in the call log.</source>
        <translation>この通話は通話ログにもうありません。</translation>
    </message>
    <message>
        <source>Delete log</source>
        <translation>記録を削除</translation>
    </message>
    <message>
        <source>The log could not be deleted: %1</source>
        <translation>記録を削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>The follow-up could not be changed: %1</source>
        <translation>フォローアップを変更できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>LoadErrorPanel</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>今すぐ再試行(&amp;R)</translation>
    </message>
    <message>
        <source>The phone could not be loaded</source>
        <translation>電話を読み込めませんでした</translation>
    </message>
    <message>
        <source>Retry loading the phone</source>
        <translation>電話の読み込みを再試行</translation>
    </message>
    <message>
        <source>The widget did not respond.</source>
        <translation>電話が応答しませんでした。</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>アドレス: %1</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>再試行しています…</translation>
    </message>
    <message numerus="yes">
        <source>CallDock tries again in %n second(s).</source>
        <translation>
            <numerusform>%n 秒後に再試行します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>Call</source>
        <comment>title of the box with the facts of the call</comment>
        <translation>通話</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Number:</source>
        <comment>phone number</comment>
        <translation>電話番号:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>通話時間:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>結果:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>録音:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>件名(&amp;S):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note, Esc cancels.</source>
        <translation>Ctrl+Enter でメモを保存、Esc でキャンセルします。</translation>
    </message>
    <message>
        <source>What was the call about?</source>
        <translation>どのような用件の通話でしたか?</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>保存エラー</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>メモを保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>保存せずに閉じる (Esc)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Shown instead of the other party&apos;s name or phone number when the phone did not send it.</extracomment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Edit call log — %1</source>
        <translation>通話の記録を編集 — %1</translation>
    </message>
    <message>
        <source>Log call — %1</source>
        <translation>通話を記録 — %1</translation>
    </message>
    <message>
        <source>Restored the text you had not saved (%1).</source>
        <translation>保存されていなかったテキストを復元しました (%1)。</translation>
    </message>
</context>
<context>
    <name>LoggingSettingsPage</name>
    <message>
        <source>&amp;Log every call automatically</source>
        <translation>すべての通話を自動で記録(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Download call recordings</source>
        <translation>通話の録音をダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Where call notes are taken</source>
        <translation>通話メモの入力場所</translation>
    </message>
    <message>
        <source>In CallDock&apos;s Log call window</source>
        <translation>CallDock の「通話を記録」ウィンドウ</translation>
    </message>
    <message>
        <source>On the phone&apos;s own log page</source>
        <translation>電話自体の記録ページ</translation>
    </message>
    <message>
        <source>Don&apos;t ask for notes</source>
        <translation>メモを求めない</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>録音フォルダー</translation>
    </message>
    <message>
        <source>Choose the recordings folder</source>
        <translation>録音フォルダーを選択</translation>
    </message>
    <message>
        <source>The same switch appears in the phone&apos;s settings; both always show the same choice.</source>
        <translation>同じ切り替えが電話の設定にもあり、両方は常に同じ状態を示します。</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Leave the folder empty to keep recordings in CallDock&apos;s data folder.</source>
        <translation>フォルダーを空欄にすると、録音は CallDock のデータ フォルダーに保存されます。</translation>
    </message>
    <message>
        <source>Enter a complete folder path, such as %1.</source>
        <translation>%1 のような完全なフォルダー パスを入力してください。</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>これはフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <source>CallDock cannot write to this folder.</source>
        <translation>CallDock はこのフォルダーに書き込めません。</translation>
    </message>
    <message>
        <source>Folder for call recordings</source>
        <translation>通話録音の保存フォルダー</translation>
    </message>
    <message>
        <source>Log &amp;messages automatically (SMS, voicemail, fax)</source>
        <translation>メッセージを自動で記録 (SMS、ボイスメール、FAX)(&amp;M)</translation>
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
        <translation>RingCentral 電話</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Call &amp;History…</source>
        <translation>通話履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CallDock</source>
        <translation>CallDock について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>アクティビティ(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>MessageLogger</name>
    <message>
        <source>Note being written in CallDock</source>
        <translation>CallDock でメモを入力中</translation>
    </message>
    <message>
        <source>CallDock could not save these messages yet</source>
        <translation>CallDock はこれらのメッセージをまだ保存できていません</translation>
    </message>
</context>
<context>
    <name>PhoneSettingsPage</name>
    <message>
        <source>Widget version</source>
        <translation>widget のバージョン</translation>
    </message>
    <message>
        <source>Latest release</source>
        <translation>最新リリース</translation>
    </message>
    <message>
        <source>Version 3.x</source>
        <translation>バージョン 3.x</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>カスタム アドレス</translation>
    </message>
    <message>
        <source>Custom widget address</source>
        <translation>widget のカスタム アドレス</translation>
    </message>
    <message>
        <source>https://example.com/embeddable/app.html</source>
        <translation>https://example.com/embeddable/app.html</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Empty: the widget&apos;s own demo client</source>
        <translation>空欄: widget のデモ用クライアント</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番環境</translation>
    </message>
    <message>
        <source>Sandbox (developer)</source>
        <translation>サンドボックス (開発者向け)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>カスタム サーバー</translation>
    </message>
    <message>
        <source>Custom platform address</source>
        <translation>プラットフォームのカスタム アドレス</translation>
    </message>
    <message>
        <source>https://platform.example.com</source>
        <translation>https://platform.example.com</translation>
    </message>
    <message>
        <source>&amp;Widget:</source>
        <translation>widget(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>プラットフォーム(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>The phone reloads to use changes made on this page; CallDock asks before it does, because a reload ends a call in progress.</source>
        <translation>このページの変更を反映するには電話を再読み込みします。再読み込みすると通話中の通話が切れるため、CallDock は事前に確認します。</translation>
    </message>
</context>
<context>
    <name>PopupWindow</name>
    <message>
        <source>Sign in — CallDock</source>
        <translation>サインイン — CallDock</translation>
    </message>
    <message>
        <source>Sign in at %1 — CallDock</source>
        <translation>%1 にサインイン — CallDock</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>RecordingDownload</name>
    <message>
        <source>The recording could not be saved in %1: %2</source>
        <translation>録音を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The server sent an empty recording.</source>
        <translation>サーバーから空の録音が送られてきました。</translation>
    </message>
    <message>
        <source>The download was incomplete: %1 of %2 bytes arrived.</source>
        <translation>ダウンロードが不完全です: %2 バイト中 %1 バイトのみ受信しました。</translation>
    </message>
    <message>
        <source>The recording could not be saved as %1: %2</source>
        <translation>録音を %1 として保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The download link has expired.</source>
        <translation>ダウンロード リンクの有効期限が切れています。</translation>
    </message>
    <message>
        <source>The server no longer has this recording (HTTP %1).</source>
        <translation>サーバーにこの録音はもうありません (HTTP %1)。</translation>
    </message>
    <message>
        <source>The server could not send the recording right now (HTTP %1).</source>
        <translation>サーバーは現在この録音を送信できません (HTTP %1)。</translation>
    </message>
    <message>
        <source>The server refused the download (HTTP %1).</source>
        <translation>サーバーがダウンロードを拒否しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The server redirected the download in a loop or to an unsafe address.</source>
        <translation>サーバーがダウンロードをループ状に、または安全でないアドレスにリダイレクトしました。</translation>
    </message>
    <message>
        <source>The recording address is not supported.</source>
        <translation>録音のアドレスはサポートされていません。</translation>
    </message>
    <message>
        <source>The server %1 could not be found.</source>
        <translation>サーバー %1 が見つかりません。</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>サーバー %1 が接続を拒否しました。</translation>
    </message>
    <message>
        <source>The connection to %1 failed before the recording was complete.</source>
        <translation>録音の受信が完了する前に %1 との接続が切れました。</translation>
    </message>
    <message>
        <source>The disk is full: the recording could not be saved in %1.</source>
        <translation>ディスクがいっぱいです。録音を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>The recording could not be written to %1. Check the free space and the permissions of that folder.</source>
        <translation>録音を %1 に書き込めませんでした。空き容量とフォルダーのアクセス許可を確認してください。</translation>
    </message>
    <message>
        <source>The server %1 stopped sending data before the recording was complete.</source>
        <translation>録音の受信が完了する前に、サーバー %1 からのデータ送信が止まりました。</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>サーバー %1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so the recording was not downloaded. Check the system&apos;s date and certificates, or a proxy that intercepts secure connections.</source>
        <translation>%1 の証明書が信頼されていないため、録音をダウンロードしませんでした。システムの日付と証明書、または安全な接続を傍受するプロキシがないか確認してください。</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be established.</source>
        <translation>%1 との安全な接続 (TLS) を確立できませんでした。</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before the recording was complete.</source>
        <translation>録音の受信が完了する前に、サーバー %1 が接続を閉じました。</translation>
    </message>
    <message>
        <source>The server %1 closed the connection without sending the recording.</source>
        <translation>サーバー %1 が録音を送信せずに接続を閉じました。</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>ネットワークを利用できません。</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>プロキシ サーバーを使用できませんでした。</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>%1 との接続に失敗しました。</translation>
    </message>
</context>
<context>
    <name>RecordingFetcher</name>
    <message>
        <source>The download link expired and no new one could be obtained. Open the recording in the browser instead.</source>
        <translation>ダウンロード リンクの有効期限が切れ、新しいリンクを取得できませんでした。代わりにブラウザーで録音を開いてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) waiting to download</source>
        <translation>
            <numerusform>ダウンロード待ちの録音: %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) downloading, %1%</source>
        <translation>
            <numerusform>%n 件の録音をダウンロード中 (%1%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) downloading</source>
        <translation>
            <numerusform>%n 件の録音をダウンロード中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more waiting)</source>
        <translation>
            <numerusform>%1 (ほかに %n 件が待機中)</numerusform>
        </translation>
    </message>
    <message>
        <source>No folder for recordings is set. Choose one in the settings.</source>
        <translation>録音の保存先フォルダーが設定されていません。設定で選択してください。</translation>
    </message>
    <message>
        <source>The recordings folder %1 cannot be created. Choose another folder in the settings.</source>
        <translation>録音フォルダー %1 を作成できません。設定で別のフォルダーを選択してください。</translation>
    </message>
</context>
<context>
    <name>RecordingsController</name>
    <message>
        <source>Recording not downloaded</source>
        <translation>録音をダウンロードできませんでした</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The widget address must be a complete URL such as https://example.com/embeddable/app.html.</source>
        <translation>widget のアドレスは https://example.com/embeddable/app.html のような完全な URL である必要があります。</translation>
    </message>
    <message>
        <source>The widget address must start with https:// (http:// is allowed only for localhost).</source>
        <translation>widget のアドレスは https:// で始まる必要があります (http:// は localhost の場合のみ使用できます)。</translation>
    </message>
    <message>
        <source>The platform address must be a complete URL starting with https://, such as https://platform.devtest.ringcentral.com.</source>
        <translation>プラットフォームのアドレスは https:// で始まる完全な URL (例: https://platform.devtest.ringcentral.com) である必要があります。</translation>
    </message>
    <message>
        <source>A client ID contains only letters, digits, &apos;-&apos; and &apos;_&apos; (up to 128 characters).</source>
        <translation>クライアント ID に使用できるのは英字、数字、&apos;-&apos;、&apos;_&apos; のみです (最大 128 文字)。</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>関心あり</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>関心なし</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>ボイスメールを残した</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>番号違い</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>CallDock Settings</source>
        <translation>CallDock の設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Call logging</source>
        <translation>通話の記録</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>設定は保存されていません</translation>
    </message>
    <message>
        <source>CallDock could not write its settings file %1. The changes last until CallDock quits.</source>
        <translation>CallDock は設定ファイル %1 に書き込めませんでした。変更は CallDock を終了するまでのみ有効です。</translation>
    </message>
    <message>
        <source>Reload the phone?</source>
        <translation>電話を再読み込みしますか?</translation>
    </message>
    <message>
        <source>The phone must reload to use the new settings. Reload now?</source>
        <translation>新しい設定を使用するには電話を再読み込みする必要があります。今すぐ再読み込みしますか?</translation>
    </message>
    <message>
        <source>A reload ends a call in progress. With Later, the new settings are used the next time CallDock starts.</source>
        <translation>再読み込みすると通話中の通話が切れます。「後で」を選ぶと、新しい設定は次回 CallDock の起動時に使用されます。</translation>
    </message>
    <message>
        <source>&amp;Reload now</source>
        <translation>今すぐ再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>CallDock cannot write its lock file %1 (permission denied).</source>
        <translation>CallDock はロック ファイル %1 に書き込めません (アクセスが拒否されました)。</translation>
    </message>
    <message>
        <source>CallDock cannot create its lock file %1.</source>
        <translation>CallDock はロック ファイル %1 を作成できません。</translation>
    </message>
    <message>
        <source>CallDock is already running for this data folder but does not answer.</source>
        <translation>このデータ フォルダーの CallDock は既に実行中ですが、応答しません。</translation>
    </message>
    <message>
        <source>Could not hand the request to the running CallDock.</source>
        <translation>実行中の CallDock に要求を渡せませんでした。</translation>
    </message>
    <message>
        <source>The running CallDock did not confirm the request.</source>
        <translation>実行中の CallDock が要求を確認しませんでした。</translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <source>The disk is full.</source>
        <translation>ディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>Another program is holding the call database.</source>
        <translation>別のプログラムが通話データベースを使用中です。</translation>
    </message>
    <message>
        <source>The call database cannot be written (read-only or no permission).</source>
        <translation>通話データベースに書き込めません (読み取り専用か、アクセス許可がありません)。</translation>
    </message>
    <message>
        <source>The call database is not open.</source>
        <translation>通話データベースが開かれていません。</translation>
    </message>
    <message>
        <source>The call database is damaged.</source>
        <translation>通話データベースが破損しています。</translation>
    </message>
    <message>
        <source>The disk holding the call database reported a read or write error.</source>
        <translation>通話データベースのあるディスクで読み取りまたは書き込みのエラーが発生しました。</translation>
    </message>
    <message>
        <source>The call database cannot be opened.</source>
        <translation>通話データベースを開けません。</translation>
    </message>
    <message>
        <source>This call is not logged.</source>
        <translation>この通話は記録されていません。</translation>
    </message>
    <message>
        <source>The widget sent a call CallDock cannot log (it has no session id).</source>
        <translation>電話から CallDock で記録できない通話が送られてきました (セッション ID がありません)。</translation>
    </message>
    <message>
        <source>The call database belongs to a different version of CallDock.</source>
        <translation>通話データベースは別のバージョンの CallDock のものです。</translation>
    </message>
    <message>
        <source>The call database reported an error.</source>
        <translation>通話データベースでエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Signed out</source>
        <translation>サインアウト済み</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>通話中</translation>
    </message>
    <message>
        <source>Calls are not being saved</source>
        <translation>通話が保存されていません</translation>
    </message>
    <message>
        <source>CallDock — %1</source>
        <translation>CallDock — %1</translation>
    </message>
    <message>
        <source>Last logged: none yet</source>
        <translation>最後の記録: まだありません</translation>
    </message>
    <message>
        <source>Last logged: %1</source>
        <translation>最後の記録: %1</translation>
    </message>
    <message>
        <source>Last logged: %1, %2</source>
        <extracomment>Tray tooltip: %1 is the other party of the last logged call, %2 its time or date.</extracomment>
        <translation>最後の記録: %1、%2</translation>
    </message>
</context>
<context>
    <name>WidgetBridge</name>
    <message>
        <source>The phone reloaded before it answered.</source>
        <translation>電話が応答する前に再読み込みされました。</translation>
    </message>
    <message>
        <source>The phone did not answer in time.</source>
        <translation>電話が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The phone sent an unreadable list of calls (%1).</source>
        <translation>電話から読み取れない通話一覧が送られてきました (%1)。</translation>
    </message>
    <message>
        <source>The phone sent an unreadable call (%1).</source>
        <translation>電話から読み取れない通話が送られてきました (%1)。</translation>
    </message>
</context>
<context>
    <name>WidgetLoader</name>
    <message numerus="yes">
        <source>The phone did not start within %n seconds.</source>
        <translation>
            <numerusform>電話が %n 秒以内に起動しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>CallDock could not open its own page.</source>
        <translation>CallDock は自身のページを開けませんでした。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2).</source>
        <translation>サーバーの応答: HTTP %1 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CallDock cannot start</source>
        <translation>CallDock を起動できません</translation>
    </message>
</context>
</TS>
