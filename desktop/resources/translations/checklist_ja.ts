<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="11" />
        <source>KGI</source>
        <translation>KGI設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="12" />
        <source>KSF</source>
        <translation>KSF特定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="13" />
        <source>Choosing KPIs</source>
        <translation>KPI項目選定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="14" />
        <source>Measurement</source>
        <translation>計測環境整備</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="15" />
        <source>Dashboard</source>
        <translation>ダッシュボード構築</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="16" />
        <source>PDCA</source>
        <translation>PDCA運用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="20" />
        <source>The final goal (revenue or wins) is clear</source>
        <translation>最終目標（売上・受注件数等）を明確化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="21" />
        <source>The KGI has an annual and a quarterly target</source>
        <translation>KGI数値目標を設定（年間目標値、四半期目標値）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="22" />
        <source>The success factors (KSF) needed for the KGI are listed</source>
        <translation>KGI達成のために必須となる成功要因を洗い出し</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="23" />
        <source>A KPI tree (KGI → KSF → KPI) exists</source>
        <translation>KPIツリー（KGI→KSF→KPI）を作成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="24" />
        <source>Action KPIs are set (calls, follow-ups …)</source>
        <translation>行動指標（架電数、追客数等）を設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="25" />
        <source>Result KPIs are set (connect rate, appointment rate …)</source>
        <translation>結果指標（接続率、アポ率、商談化率等）を設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="26" />
        <source>Outcome KPIs are set (win rate, revenue …)</source>
        <translation>成果指標（受注率、売上、LTV等）を設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="27" />
        <source>Every KPI passes SMART</source>
        <translation>SMART原則を適用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="28" />
        <source>The number of KPIs suits the phase</source>
        <translation>KPI項目を必要最小限に絞り込み（フェーズの目安内）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="29" />
        <source>An MA/SFA tool is chosen (HubSpot, Salesforce …)</source>
        <translation>MA/SFAツール選定（HubSpot、Salesforce等）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="30" />
        <source>MA/SFA integration is set up (fields, workflows)</source>
        <translation>MA/SFA連携設定（カスタムフィールド、ワークフロー設定）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="31" />
        <source>Activity data is counted automatically</source>
        <translation>KPI自動計測設定（活動データ自動集計）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="32" />
        <source>Data quality is checked (gaps, duplicates)</source>
        <translation>データ品質チェック体制構築（入力漏れ・重複検出）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="33" />
        <source>The dashboard is designed (which KPIs)</source>
        <translation>ダッシュボード設計（表示KPI項目、レイアウト決定）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="34" />
        <source>KPIs are shown as charts</source>
        <translation>可視化実装（グラフ・チャート形式で表示）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="35" />
        <source>The numbers are up to date</source>
        <translation>リアルタイム更新設定（データが最新）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="36" />
        <source>Alerts are set for KPIs falling behind</source>
        <translation>アラート設定（KPI未達時の自動通知）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="37" />
        <source>A weekly review is held</source>
        <translation>週次レビュー体制確立（KPI進捗確認、課題抽出）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="38" />
        <source>A monthly improvement cycle runs (actions, effects)</source>
        <translation>月次改善サイクル確立（改善施策実行、効果測定）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="39" />
        <source>KPIs are reviewed every quarter</source>
        <translation>四半期ごとのKPI見直し（目標値調整、KPI項目見直し）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="43" />
        <source>No KGI yet.</source>
        <translation>KGIがまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="44" />
        <source>The KGI should measure revenue or wins.</source>
        <translation>KGIは売上か受注数で設定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="45" />
        <source>The KGI has no annual target.</source>
        <translation>KGIに年間目標値がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="46" />
        <source>The KGI has no quarterly target.</source>
        <translation>KGIに四半期目標値がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="47" />
        <source>No KSF under the KGI yet.</source>
        <translation>KGIの下にKSFがまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="48" />
        <source>No KPI sits under a KSF under the KGI.</source>
        <translation>KGIの下のKSFにつながるKPIがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="49" />
        <source>No action KPI yet.</source>
        <translation>行動指標がまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="50" />
        <source>No result KPI yet.</source>
        <translation>結果指標がまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="51" />
        <source>No outcome KPI yet.</source>
        <translation>成果指標がまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="52" />
        <source>No KPIs yet.</source>
        <translation>KPIがまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="53" />
        <source>Not SMART yet: %1</source>
        <translation>SMARTを満たしていないKPI：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="54" />
        <source>Too few KPIs for the phase (%1).</source>
        <translation>フェーズに対してKPIが少なすぎます（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="55" />
        <source>Too many KPIs for the phase (%1).</source>
        <translation>フェーズに対してKPIが多すぎます（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="56" />
        <source>No activity data yet.</source>
        <translation>活動データがまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="57" />
        <source>No data in the last 7 business days (latest %1).</source>
        <translation>直近7営業日のデータがありません（最新：%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="58" />
        <source>The data-quality check has not reported yet.</source>
        <translation>データ品質チェックの結果がまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="59" />
        <source>There is no activity data to check yet.</source>
        <translation>まだチェックする活動データがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="60" />
        <source>%1 data-quality findings are open.</source>
        <translation>データ品質の指摘が%1件残っています。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="61" />
        <source>No KPI is chosen for the dashboard.</source>
        <translation>ダッシュボードに表示するKPIが選ばれていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="62" />
        <source>The dashboard KPIs have no data to chart.</source>
        <translation>ダッシュボードのKPIに表示できるデータがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="63" />
        <source>The latest data is from %1.</source>
        <translation>最新のデータは %1 のものです。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="64" />
        <source>No alert rule yet.</source>
        <translation>アラートルールがまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="65" />
        <source>No weekly review in the last 8 days.</source>
        <translation>直近8日に週次レビューがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="66" />
        <source>No monthly review with actions in the last 35 days.</source>
        <translation>直近35日に施策つきの月次レビューがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="67" />
        <source>No quarterly KPI review in the last 100 days.</source>
        <translation>直近100日に四半期のKPI見直しがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/text.py" line="68" />
        <source>Tick this by hand when done: no data can show it.</source>
        <translation>完了したら手動でチェックしてください。</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../desktop/views/checklist/page.py" line="31" />
        <source>Set up in the wizard</source>
        <translation>ウィザードで設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/page.py" line="32" />
        <source>Open the KPI tree</source>
        <translation>KPIツリーを開く</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/page.py" line="33" />
        <source>Import data</source>
        <translation>データを取り込む</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/page.py" line="34" />
        <source>Open activities</source>
        <translation>活動を開く</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/page.py" line="35" />
        <source>Open the dashboard</source>
        <translation>ダッシュボードを開く</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/page.py" line="36" />
        <source>Open reviews</source>
        <translation>レビューを開く</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/page.py" line="37" />
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/page.py" line="72" />
        <source>Setup checklist</source>
        <translation>KPI設計チェックリスト</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/page.py" line="75" />
        <source>Open the setup wizard</source>
        <translation>セットアップウィザードを開く</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/page.py" line="126" />
        <source>%1 of 20 done</source>
        <translation>20項目中 %1 項目完了</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/page.py" line="139" />
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/page.py" line="139" />
        <source>Not yet</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/page.py" line="178" />
        <source>Tick checklist item</source>
        <translation>チェック項目をチェック</translation>
    </message>
    <message>
        <location filename="../../desktop/views/checklist/page.py" line="178" />
        <source>Untick checklist item</source>
        <translation>チェック項目のチェックを外す</translation>
    </message>
</context>
</TS>