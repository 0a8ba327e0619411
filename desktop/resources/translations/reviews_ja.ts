<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>MonthlyReviewPanel</name>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="65" />
        <source>Action</source>
        <translation>施策</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="65" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="65" />
        <source>Started</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="65" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="66" />
        <source>4 weeks before</source>
        <translation>実施前4週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="66" />
        <source>Since</source>
        <translation>実施後</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="66" />
        <source>Effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="69" />
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="71" />
        <source>A new improvement action</source>
        <translation>新しい改善施策</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="73" />
        <source>Add action</source>
        <translation>施策を追加</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="76" />
        <source>Save the monthly review</source>
        <translation>月次レビューを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="80" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="81" />
        <source>Open actions (running or due), and what they did to their KPI (weekly average or rate):</source>
        <translation>実施中・期限の来た施策と、そのKPIへの効果（週平均または率）：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="104" />
        <source>(no KPI)</source>
        <translation>（KPIなし）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="113" />
        <source>Mark action done</source>
        <translation>施策を完了にする</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="123" />
        <source>%1 new actions will be saved with the review.</source>
        <translation>新しい施策%1件をレビューと一緒に保存します。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="128" />
        <source>Add at least one improvement action: that is what the monthly review is for.</source>
        <translation>改善施策を1件以上追加してください。月次レビューはそのための場です。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="135" />
        <source>Save monthly review</source>
        <translation>月次レビューを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/monthly.py" line="138" />
        <source>Saved the review of %1.</source>
        <translation>%1 のレビューを保存しました。</translation>
    </message>
</context>
<context>
    <name>QuarterlyReviewPanel</name>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="31" />
        <source>Keep</source>
        <translation>継続</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="32" />
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="33" />
        <source>Retire</source>
        <translation>廃止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="34" />
        <source>below the band</source>
        <translation>目安より下</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="35" />
        <source>inside the band</source>
        <translation>目安の範囲内</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="36" />
        <source>above the band</source>
        <translation>目安より上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="58" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="58" />
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="58" />
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="59" />
        <source>Phase band</source>
        <translation>フェーズの目安</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="59" />
        <source>Suggested</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="59" />
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="60" />
        <source>Next quarter's target</source>
        <translation>次四半期の目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="60" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="63" />
        <source>Save decisions and targets</source>
        <translation>判断と目標を保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="68" />
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="72" />
        <source>Suggested targets come from the team's own last three months.</source>
        <translation>提案値はチーム自身の直近3か月の実績から計算しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="117" />
        <source>“%1” is not a target for %2.</source>
        <translation>「%1」は%2の目標として読めません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="124" />
        <source>Save quarterly review</source>
        <translation>四半期レビューを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/quarterly.py" line="125" />
        <source>Saved: %1 decisions, %2 targets for %3.</source>
        <translation>保存しました：判断%1件、%3の目標%2件。</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../desktop/views/reviews/report_export.py" line="18" />
        <source>Cannot write %1. If it is open in Excel, close it and try again.</source>
        <translation>%1 を書き込めません。Excelで開いている場合は閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/report_export.py" line="19" />
        <source>The folder of %1 does not exist.</source>
        <translation>%1 の保存先フォルダがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/report_export.py" line="20" />
        <source>Cannot write %1 (%2).</source>
        <translation>%1 を書き込めません（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/report_export.py" line="21" />
        <source>There is no report for %2.</source>
        <translation>%2 のレポートは作成できません。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="31" />
        <source>Reviews</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="37" />
        <source>Weekly</source>
        <translation>週次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="37" />
        <source>Monthly</source>
        <translation>月次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="37" />
        <source>Quarterly KPI review</source>
        <translation>四半期KPI見直し</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="39" />
        <source>Export report…</source>
        <translation>レポートを出力…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="64" />
        <source>No review schedule yet: set it on the last page of the setup wizard.</source>
        <translation>レビューの予定が未設定です。セットアップウィザードの最後のページで設定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="67" />
        <source>weekly review</source>
        <translation>週次レビュー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="67" />
        <source>monthly review</source>
        <translation>月次レビュー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="68" />
        <source>quarterly KPI review</source>
        <translation>四半期KPI見直し</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="70" />
        <source>%1 (scheduled %2)</source>
        <translation>%1（予定日 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="71" />
        <source>Due and not held yet: %1</source>
        <translation>実施予定日を過ぎて未実施のレビュー：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="77" />
        <source>report_%1.xlsx</source>
        <translation>レポート_%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="78" />
        <source>Export report</source>
        <translation>レポートを出力</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="79" />
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excelブック (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="87" />
        <source>Export failed</source>
        <translation>出力できませんでした</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/page.py" line="90" />
        <source>Wrote %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
</context>
<context>
    <name>ReviewReminder</name>
    <message>
        <location filename="../../desktop/views/reviews/reminder.py" line="39" />
        <source>The weekly review</source>
        <translation>週次レビュー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/reminder.py" line="39" />
        <source>The monthly review</source>
        <translation>月次レビュー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/reminder.py" line="40" />
        <source>The quarterly KPI review</source>
        <translation>四半期のKPI見直し</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/reminder.py" line="47" />
        <source>KPI Desk</source>
        <translation>KPI Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/reminder.py" line="47" />
        <source>%1 was due on %2 and has not been held.</source>
        <translation>%1の予定日（%2）を過ぎましたが、まだ実施されていません。</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewPanel</name>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="70" />
        <location filename="../../desktop/views/reviews/weekly.py" line="85" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="70" />
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="70" />
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="71" />
        <source>Expected by now</source>
        <translation>現時点の目安</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="71" />
        <source>Pace</source>
        <translation>ペース</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="71" />
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="80" />
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="84" />
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="84" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="91" />
        <source>A finding (課題), e.g. 接続率が低い</source>
        <translation>課題（例：接続率が低い）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="92" />
        <source>Add finding</source>
        <translation>課題を追加</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="94" />
        <source>An action (施策)</source>
        <translation>施策</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="99" />
        <source>Add action</source>
        <translation>施策を追加</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="102" />
        <source>Save the weekly review</source>
        <translation>週次レビューを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="114" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="116" />
        <source>Bottleneck: %1 · Open alerts: %2</source>
        <translation>ボトルネック：%1 ・ 未対応アラート：%2件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="118" />
        <source>This week was reviewed on %1.</source>
        <translation>この週は %1 にレビュー済みです。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="129" />
        <source>%1 (saved %2)</source>
        <translation>%1（%2 保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="139" />
        <location filename="../../desktop/views/reviews/weekly.py" line="147" />
        <source>(nobody)</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="151" />
        <source>(no KPI)</source>
        <translation>（KPIなし）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="138" />
        <source>Finding: %1</source>
        <translation>課題：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="141" />
        <source>Action: %1 — %2, due %3</source>
        <translation>施策：%1 — %2、期限 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="187" />
        <source>Save weekly review</source>
        <translation>週次レビューを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews/weekly.py" line="190" />
        <source>Saved the review of %1.</source>
        <translation>%1 のレビューを保存しました。</translation>
    </message>
</context>
</TS>