<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="11" />
        <source>KGI</source>
        <translation>KGI設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="12" />
        <source>KSF</source>
        <translation>KSF特定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="13" />
        <source>Choosing KPIs</source>
        <translation>KPI項目選定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="14" />
        <source>Measurement</source>
        <translation>計測環境整備</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="15" />
        <source>Dashboard</source>
        <translation>ダッシュボード構築</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="16" />
        <source>PDCA</source>
        <translation>PDCA運用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="20" />
        <source>The final goal (revenue or wins) is clear</source>
        <translation>最終目標（売上・受注件数等）を明確化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="21" />
        <source>The KGI has an annual and a quarterly target</source>
        <translation>KGI数値目標を設定（年間目標値、四半期目標値）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="22" />
        <source>The success factors (KSF) needed for the KGI are listed</source>
        <translation>KGI達成のために必須となる成功要因を洗い出し</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="23" />
        <source>A KPI tree (KGI → KSF → KPI) exists</source>
        <translation>KPIツリー（KGI→KSF→KPI）を作成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="24" />
        <source>Action KPIs are set (calls, follow-ups …)</source>
        <translation>行動指標（架電数、追客数等）を設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="25" />
        <source>Result KPIs are set (connect rate, appointment rate …)</source>
        <translation>結果指標（コネクト率、アポイント率、商談化率等）を設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="26" />
        <source>Outcome KPIs are set (win rate, revenue …)</source>
        <translation>成果指標（受注率、売上、LTV等）を設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="27" />
        <source>Every KPI passes SMART</source>
        <translation>SMART原則を適用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="28" />
        <source>The number of KPIs suits the phase</source>
        <translation>KPI項目を必要最小限に絞り込み（フェーズの目安内）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="29" />
        <source>An MA/SFA tool is chosen (HubSpot, Salesforce …)</source>
        <translation>MA/SFAツール選定（HubSpot、Salesforce等）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="30" />
        <source>MA/SFA integration is set up (fields, workflows)</source>
        <translation>MA/SFA連携設定（カスタムフィールド、ワークフロー設定）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="31" />
        <source>Activity data is counted automatically</source>
        <translation>KPI自動計測設定（活動データ自動集計）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="32" />
        <source>Data quality is checked (gaps, duplicates)</source>
        <translation>データ品質チェック体制構築（入力漏れ・重複検出）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="33" />
        <source>The dashboard is designed (which KPIs)</source>
        <translation>ダッシュボード設計（表示KPI項目、レイアウト決定）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="34" />
        <source>KPIs are shown as charts</source>
        <translation>可視化実装（グラフ・チャート形式で表示）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="35" />
        <source>The numbers are up to date</source>
        <translation>リアルタイム更新設定（データが最新）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="36" />
        <source>Alerts are set for KPIs falling behind</source>
        <translation>アラート設定（KPI未達時の自動通知）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="37" />
        <source>A weekly review is held</source>
        <translation>週次レビュー体制確立（KPI進捗確認、課題抽出）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="38" />
        <source>A monthly improvement cycle runs (actions, effects)</source>
        <translation>月次改善サイクル確立（改善施策実行、効果測定）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="39" />
        <source>KPIs are reviewed every quarter</source>
        <translation>四半期ごとのKPI見直し（目標値調整、KPI項目見直し）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="43" />
        <source>No KGI yet.</source>
        <translation>KGIがまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="44" />
        <source>The KGI should measure revenue or wins.</source>
        <translation>KGIは売上か受注数で設定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="45" />
        <source>The KGI has no annual target.</source>
        <translation>KGIに年間目標値がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="46" />
        <source>The KGI has no quarterly target.</source>
        <translation>KGIに四半期目標値がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="47" />
        <source>No KSF under the KGI yet.</source>
        <translation>KGIの下にKSFがまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="48" />
        <source>No KPI sits under a KSF under the KGI.</source>
        <translation>KGIの下のKSFにつながるKPIがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="49" />
        <source>No action KPI yet.</source>
        <translation>行動指標がまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="50" />
        <source>No result KPI yet.</source>
        <translation>結果指標がまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="51" />
        <source>No outcome KPI yet.</source>
        <translation>成果指標がまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="52" />
        <source>No KPIs yet.</source>
        <translation>KPIがまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="53" />
        <source>Not SMART yet: %1</source>
        <translation>SMARTを満たしていないKPI：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="54" />
        <source>Too few KPIs for the phase (%1).</source>
        <translation>フェーズに対してKPIが少なすぎます（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="55" />
        <source>Too many KPIs for the phase (%1).</source>
        <translation>フェーズに対してKPIが多すぎます（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="56" />
        <source>No activity data yet.</source>
        <translation>活動データがまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="57" />
        <source>No data in the last 7 business days (latest %1).</source>
        <translation>直近7営業日のデータがありません（最新：%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="58" />
        <source>The data-quality check has not reported yet.</source>
        <translation>データ品質チェックの結果がまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="59" />
        <source>There is no activity data to check yet.</source>
        <translation>まだチェックする活動データがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="60" />
        <source>%1 data-quality findings are open.</source>
        <translation>データ品質の指摘が%1件残っています。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="61" />
        <source>No KPI is chosen for the dashboard.</source>
        <translation>ダッシュボードに表示するKPIが選ばれていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="62" />
        <source>The dashboard KPIs have no data to chart.</source>
        <translation>ダッシュボードのKPIに表示できるデータがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="63" />
        <source>The latest data is from %1.</source>
        <translation>最新のデータは %1 のものです。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="64" />
        <source>No alert rule yet.</source>
        <translation>アラートルールがまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="65" />
        <source>No weekly review in the last 8 days.</source>
        <translation>直近8日に週次レビューがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="66" />
        <source>No monthly review with actions in the last 35 days.</source>
        <translation>直近35日に施策つきの月次レビューがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="67" />
        <source>No quarterly KPI review in the last 100 days.</source>
        <translation>直近100日に四半期のKPI見直しがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_text.py" line="68" />
        <source>Tick this by hand when done: no data can show it.</source>
        <translation>完了したら手動でチェックしてください。</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../desktop/views/checklist_page.py" line="31" />
        <source>Set up in the wizard</source>
        <translation>ウィザードで設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_page.py" line="32" />
        <source>Open the KPI tree</source>
        <translation>KPIツリーを開く</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_page.py" line="33" />
        <source>Import data</source>
        <translation>データを取り込む</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_page.py" line="34" />
        <source>Open activities</source>
        <translation>活動を開く</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_page.py" line="35" />
        <source>Open the dashboard</source>
        <translation>ダッシュボードを開く</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_page.py" line="36" />
        <source>Open reviews</source>
        <translation>レビューを開く</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_page.py" line="37" />
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_page.py" line="72" />
        <source>Setup checklist</source>
        <translation>KPI設計チェックリスト</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_page.py" line="75" />
        <source>Open the setup wizard</source>
        <translation>セットアップウィザードを開く</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_page.py" line="126" />
        <source>%1 of 20 done</source>
        <translation>20項目中 %1 項目完了</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_page.py" line="139" />
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_page.py" line="139" />
        <source>Not yet</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_page.py" line="178" />
        <source>Tick checklist item</source>
        <translation>チェック項目をチェック</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist_page.py" line="178" />
        <source>Untick checklist item</source>
        <translation>チェック項目のチェックを外す</translation>
    </message>
</context>
<context>
    <name>DashboardSetupPage</name>
    <message>
        <location filename="../../desktop/views/wizard_dashboard.py" line="27" />
        <source>5. Dashboard and alerts</source>
        <translation>5. ダッシュボードとアラート</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_dashboard.py" line="28" />
        <source>Choose what the dashboard shows, and when KPI Desk should warn you.</source>
        <translation>ダッシュボードに表示するKPIと、通知する条件を選びます。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_dashboard.py" line="30" />
        <source>On the dashboard</source>
        <translation>ダッシュボードに表示</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_dashboard.py" line="30" />
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_dashboard.py" line="30" />
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_dashboard.py" line="31" />
        <source>Alert below</source>
        <translation>アラートの基準</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_dashboard.py" line="35" />
        <source>Counts alert when their pace falls below the share of the target expected by today; rates alert when they fall below that share of the team's own average.</source>
        <translation>件数は、今日までに見込まれる目標の何%を下回ったら通知するか、率はチーム自身の平均の何%を下回ったら通知するかを指定します。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_dashboard.py" line="61" />
        <source>Set up the dashboard and alerts</source>
        <translation>ダッシュボードとアラートの設定</translation>
    </message>
</context>
<context>
    <name>KgiSetupPage</name>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="27" />
        <source>1. KGI: the final goal</source>
        <translation>1. KGI：最終目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="28" />
        <source>What the team must reach this fiscal year. Everything else is worked back from it.</source>
        <translation>今年度チームが達成すべき目標です。ほかの目標はすべてここから逆算します。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="32" />
        <source>e.g. 1億 or 120,000,000</source>
        <translation>例：1億、120,000,000</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="34" />
        <source>empty = a quarter of the annual number</source>
        <translation>空欄なら年間目標の4分の1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="37" />
        <source>Starts in month %1</source>
        <translation>%1月始まり</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="38" />
        <source>empty = made from the numbers</source>
        <translation>空欄なら数値から自動作成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="41" />
        <source>Annual number</source>
        <translation>年間目標値</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="42" />
        <source>Quarterly number</source>
        <translation>四半期目標値</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="43" />
        <source>Goal</source>
        <translation>目標の種類</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="44" />
        <source>Fiscal year</source>
        <translation>会計年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="45" />
        <source>KGI title</source>
        <translation>KGIの名前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="77" />
        <source>Enter the annual number (for example 1億 or 500).</source>
        <translation>年間目標値を入力してください（例：1億、500）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="81" />
        <source>The quarterly number is not a number.</source>
        <translation>四半期目標値が数値ではありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="84" />
        <source>Set up the KGI</source>
        <translation>KGIの設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="100" />
        <source>The team's final goal for the fiscal year</source>
        <translation>今年度のチームの最終目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="110" />
        <source>Annual revenue ¥%1</source>
        <translation>年間売上 %1円</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kgi.py" line="111" />
        <source>Annual wins %1</source>
        <translation>年間受注 %1件</translation>
    </message>
</context>
<context>
    <name>KpiSetupPage</name>
    <message>
        <location filename="../../desktop/views/wizard_kpi.py" line="43" />
        <source>3. KPIs: action, result and outcome</source>
        <translation>3. KPI：行動・結果・成果指標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kpi.py" line="44" />
        <source>Targets are worked back from the KGI. Keep the list short: the phase says how many.</source>
        <translation>目標はKGIから逆算します。KPIは必要最小限に絞りましょう（フェーズごとの目安があります）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kpi.py" line="66" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kpi.py" line="66" />
        <source>Tier</source>
        <translation>階層</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kpi.py" line="66" />
        <source>Monthly target</source>
        <translation>月間目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kpi.py" line="74" />
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kpi.py" line="75" />
        <source>Average deal size (¥)</source>
        <translation>平均単価（円）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kpi.py" line="76" />
        <source>Rates</source>
        <translation>転換率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kpi.py" line="173" />
        <source>%1 KPIs chosen; the %2 works best with %3–%4.</source>
        <translation>KPIが%1個選ばれています。%2は%3〜%4個が目安です。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kpi.py" line="175" />
        <source>No plan yet: check the KGI and the average deal size.</source>
        <translation>逆算できません。KGIと平均単価を確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kpi.py" line="179" />
        <source>Monthly %1</source>
        <translation>月間%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kpi.py" line="182" />
        <source>Team total of %1, planned back from the KGI</source>
        <translation>チーム全体の%1（KGIから逆算）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kpi.py" line="196" />
        <source>Tick at least one KPI (and set a KSF on the previous page).</source>
        <translation>KPIを1つ以上選んでください（前のページでKSFも設定してください）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_kpi.py" line="198" />
        <source>Set up the KPIs</source>
        <translation>KPIの設定</translation>
    </message>
</context>
<context>
    <name>KsfSetupPage</name>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="35" />
        <source>2. KSF: what must go right</source>
        <translation>2. KSF：成功要因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="36" />
        <source>Tick the success factors the KGI depends on, or add your own.</source>
        <translation>KGI達成に欠かせない成功要因を選ぶか、独自に追加してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="38" />
        <source>Your own success factor</source>
        <translation>独自の成功要因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="39" />
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="91" />
        <source>Set the KGI on the first page first.</source>
        <translation>先に最初のページでKGIを設定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="94" />
        <source>Tick at least one success factor.</source>
        <translation>成功要因を1つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="97" />
        <source>Set up the KSFs</source>
        <translation>KSFの設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="111" />
        <source>A success factor the KGI depends on</source>
        <translation>KGI達成に必要な成功要因</translation>
    </message>
</context>
<context>
    <name>KsfTitles</name>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="15" />
        <source>Secure enough activity volume</source>
        <translation>行動量の確保</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="16" />
        <source>Establish the sales process</source>
        <translation>営業プロセスの確立</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="17" />
        <source>Establish a lead-nurturing process</source>
        <translation>リード育成プロセス確立</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="18" />
        <source>Raise the opportunity rate</source>
        <translation>商談化率向上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="19" />
        <source>Optimise the talk script</source>
        <translation>トークスクリプトの最適化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="20" />
        <source>Raise the win rate</source>
        <translation>受注率向上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_ksf.py" line="21" />
        <source>Grow existing customers</source>
        <translation>既存顧客の育成</translation>
    </message>
</context>
<context>
    <name>MeasureSetupPage</name>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="37" />
        <source>4. Measurement</source>
        <translation>4. 計測環境</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="38" />
        <source>Who is counted, the words your tracker uses for call outcomes, and which days count.</source>
        <translation>集計する担当者、管理表で使っている架電結果の言葉、営業日を設定します。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="44" />
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="45" />
        <source>&amp;Add member</source>
        <translation>担当者を追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="47" />
        <source>e.g. 担当不在</source>
        <translation>例：担当不在</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="51" />
        <source>Add &amp;word</source>
        <translation>言葉を追加(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="56" />
        <source>Add &amp;holiday</source>
        <translation>休業日を追加(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="59" />
        <source>Import Excel…</source>
        <translation>Excelを取り込む…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="61" />
        <source>Data-quality check</source>
        <translation>データ品質チェック</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="64" />
        <source>Members</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="66" />
        <source>Outcome words</source>
        <translation>結果の言葉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="68" />
        <source>Business days</source>
        <translation>営業日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="69" />
        <source>Company holidays</source>
        <translation>会社の休業日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="71" />
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="124" />
        <source>Choose at least one business day.</source>
        <translation>営業日を1日以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_measure.py" line="133" />
        <source>Set up measurement</source>
        <translation>計測環境の設定</translation>
    </message>
</context>
<context>
    <name>MonthlyReviewPanel</name>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="64" />
        <source>Action</source>
        <translation>施策</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="64" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="64" />
        <source>Started</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="64" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="65" />
        <source>4 weeks before</source>
        <translation>実施前4週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="65" />
        <source>Since</source>
        <translation>実施後</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="65" />
        <source>Effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="69" />
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="71" />
        <source>A new improvement action</source>
        <translation>新しい改善施策</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="73" />
        <source>Add action</source>
        <translation>施策を追加</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="76" />
        <source>Save the monthly review</source>
        <translation>月次レビューを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="80" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="81" />
        <source>Open actions (running or due), and what they did to their KPI (weekly average or rate):</source>
        <translation>実施中・期限の来た施策と、そのKPIへの効果（週平均または率）：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="104" />
        <source>(no KPI)</source>
        <translation>（KPIなし）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="113" />
        <source>Mark action done</source>
        <translation>施策を完了にする</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="123" />
        <source>%1 new actions will be saved with the review.</source>
        <translation>新しい施策%1件をレビューと一緒に保存します。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="128" />
        <source>Add at least one improvement action: that is what the monthly review is for.</source>
        <translation>改善施策を1件以上追加してください。月次レビューはそのための場です。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="135" />
        <source>Save monthly review</source>
        <translation>月次レビューを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_monthly.py" line="138" />
        <source>Saved the review of %1.</source>
        <translation>%1 のレビューを保存しました。</translation>
    </message>
</context>
<context>
    <name>PdcaSetupPage</name>
    <message>
        <location filename="../../desktop/views/wizard_pdca.py" line="20" />
        <source>6. PDCA: when the team reviews</source>
        <translation>6. PDCA：レビューの予定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_pdca.py" line="21" />
        <source>A weekly check of the numbers, a monthly look at what the actions did, a quarterly review of the KPIs themselves.</source>
        <translation>週次で数字を確認し、月次で施策の効果を測り、四半期ごとにKPIそのものを見直します。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_pdca.py" line="27" />
        <source>day </source>
        <translation>毎月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_pdca.py" line="28" />
        <source> (day)</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_pdca.py" line="30" />
        <source>When you finish, the KPI tree and the dashboard you built open.</source>
        <translation>完了すると、作成したKPIツリーとダッシュボードが開きます。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_pdca.py" line="33" />
        <source>Weekly review on</source>
        <translation>週次レビュー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_pdca.py" line="34" />
        <source>at</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_pdca.py" line="35" />
        <source>Monthly review on</source>
        <translation>月次レビュー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_pdca.py" line="36" />
        <source>Quarterly review on (first month of each quarter)</source>
        <translation>四半期レビュー（各四半期の最初の月）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_pdca.py" line="37" />
        <source>Who attends</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/wizard_pdca.py" line="65" />
        <source>Set the review schedule</source>
        <translation>レビュー予定の設定</translation>
    </message>
</context>
<context>
    <name>QuarterlyReviewPanel</name>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="30" />
        <source>Keep</source>
        <translation>継続</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="31" />
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="32" />
        <source>Retire</source>
        <translation>廃止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="33" />
        <source>below the band</source>
        <translation>目安より下</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="34" />
        <source>inside the band</source>
        <translation>目安の範囲内</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="35" />
        <source>above the band</source>
        <translation>目安より上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="57" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="57" />
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="57" />
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="58" />
        <source>Phase band</source>
        <translation>フェーズの目安</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="58" />
        <source>Suggested</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="58" />
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="59" />
        <source>Next quarter's target</source>
        <translation>次四半期の目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="59" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="64" />
        <source>Save decisions and targets</source>
        <translation>判断と目標を保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="69" />
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="73" />
        <source>Suggested targets come from the team's own last three months.</source>
        <translation>提案値はチーム自身の直近3か月の実績から計算しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="118" />
        <source>“%1” is not a target for %2.</source>
        <translation>「%1」は%2の目標として読めません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="125" />
        <source>Save quarterly review</source>
        <translation>四半期レビューを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_quarterly.py" line="126" />
        <source>Saved: %1 decisions, %2 targets for %3.</source>
        <translation>保存しました：判断%1件、%3の目標%2件。</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../desktop/views/report_export.py" line="18" />
        <source>Cannot write %1. If it is open in Excel, close it and try again.</source>
        <translation>%1 を書き込めません。Excelで開いている場合は閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_export.py" line="19" />
        <source>The folder of %1 does not exist.</source>
        <translation>%1 の保存先フォルダがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_export.py" line="20" />
        <source>Cannot write %1 (%2).</source>
        <translation>%1 を書き込めません（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_export.py" line="21" />
        <source>There is no report for %2.</source>
        <translation>%2 のレポートは作成できません。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/views/review_page.py" line="30" />
        <source>Reviews</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_page.py" line="36" />
        <source>Weekly</source>
        <translation>週次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_page.py" line="36" />
        <source>Monthly</source>
        <translation>月次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_page.py" line="36" />
        <source>Quarterly KPI review</source>
        <translation>四半期KPI見直し</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_page.py" line="38" />
        <source>Export report…</source>
        <translation>レポートを出力…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_page.py" line="60" />
        <source>No review schedule yet: set it on the last page of the setup wizard.</source>
        <translation>レビューの予定が未設定です。セットアップウィザードの最後のページで設定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_page.py" line="63" />
        <source>weekly review</source>
        <translation>週次レビュー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_page.py" line="63" />
        <source>monthly review</source>
        <translation>月次レビュー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_page.py" line="64" />
        <source>quarterly KPI review</source>
        <translation>四半期KPI見直し</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_page.py" line="66" />
        <source>%1 (scheduled %2)</source>
        <translation>%1（予定日 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_page.py" line="67" />
        <source>Due and not held yet: %1</source>
        <translation>実施予定日を過ぎて未実施のレビュー：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_page.py" line="73" />
        <source>Export report</source>
        <translation>レポートを出力</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_page.py" line="74" />
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excelブック (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_page.py" line="82" />
        <source>Export failed</source>
        <translation>出力できませんでした</translation>
    </message>
</context>
<context>
    <name>ReviewReminder</name>
    <message>
        <location filename="../../desktop/views/review_reminder.py" line="39" />
        <source>The weekly review</source>
        <translation>週次レビュー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_reminder.py" line="39" />
        <source>The monthly review</source>
        <translation>月次レビュー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_reminder.py" line="40" />
        <source>The quarterly KPI review</source>
        <translation>四半期のKPI見直し</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_reminder.py" line="47" />
        <source>KPI Desk</source>
        <translation>KPI Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_reminder.py" line="47" />
        <source>%1 was due on %2 and has not been held.</source>
        <translation>%1の予定日（%2）を過ぎましたが、まだ実施されていません。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop/views/setup_wizard.py" line="29" />
        <source>KPI Desk setup</source>
        <translation>KPI Desk セットアップ</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewPanel</name>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="68" />
        <location filename="../../desktop/views/review_weekly.py" line="83" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="68" />
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="68" />
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="69" />
        <source>Expected by now</source>
        <translation>現時点の目安</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="69" />
        <source>Pace</source>
        <translation>ペース</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="69" />
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="89" />
        <source>A finding (課題), e.g. 接続率が低い</source>
        <translation>課題（例：接続率が低い）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="90" />
        <source>Add finding</source>
        <translation>課題を追加</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="92" />
        <source>An action (施策)</source>
        <translation>施策</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="97" />
        <source>Add action</source>
        <translation>施策を追加</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="100" />
        <source>Save the weekly review</source>
        <translation>週次レビューを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="78" />
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="82" />
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="82" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="114" />
        <source>Bottleneck: %1 · Open alerts: %2</source>
        <translation>ボトルネック：%1 ・ 未対応アラート：%2件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="112" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="116" />
        <source>This week was reviewed on %1.</source>
        <translation>この週は %1 にレビュー済みです。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="123" />
        <source>(nobody)</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="127" />
        <source>(no KPI)</source>
        <translation>（KPIなし）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="143" />
        <source>Finding: %1</source>
        <translation>課題：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="155" />
        <source>Action: %1 — %2, due %3</source>
        <translation>施策：%1 — %2、期限 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="163" />
        <source>Save weekly review</source>
        <translation>週次レビューを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/review_weekly.py" line="166" />
        <source>Saved the review of %1.</source>
        <translation>%1 のレビューを保存しました。</translation>
    </message>
</context>
</TS>