<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>BurnUpChart</name>
    <message>
        <location filename="../../desktop/views/burnup_chart.py" line="26" />
        <source>Burn-up</source>
        <translation>バーンアップ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/burnup_chart.py" line="32" />
        <location filename="../../desktop/views/burnup_chart.py" line="62" />
        <source>Pace to target</source>
        <translation>目標ペース</translation>
    </message>
    <message>
        <location filename="../../desktop/views/burnup_chart.py" line="34" />
        <location filename="../../desktop/views/burnup_chart.py" line="63" />
        <source>Forecast</source>
        <translation>着地見込み</translation>
    </message>
    <message>
        <location filename="../../desktop/views/burnup_chart.py" line="36" />
        <location filename="../../desktop/views/burnup_chart.py" line="62" />
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../desktop/views/burnup_chart.py" line="54" />
        <source>%1: forecast %2 of target %3</source>
        <translation>%1：着地見込み %2 ／ 目標 %3</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../desktop/views/chart_panel.py" line="39" />
        <source>Save this chart as a PNG image</source>
        <translation>このグラフをPNG画像で保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/chart_panel.py" line="51" />
        <source>Save as PNG…</source>
        <translation>PNGで保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/chart_panel.py" line="109" />
        <source>Save chart</source>
        <translation>グラフを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/chart_panel.py" line="110" />
        <source>PNG image (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
</context>
<context>
    <name>DailyBarsChart</name>
    <message>
        <location filename="../../desktop/views/daily_bars_chart.py" line="21" />
        <source>Daily activity</source>
        <translation>日別の活動量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/daily_bars_chart.py" line="45" />
        <source>%1 per day</source>
        <translation>日別の%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/daily_bars_chart.py" line="51" />
        <source>%1: %2 %3</source>
        <translation>%1：%3 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/daily_bars_chart.py" line="54" />
        <source>Not a business day</source>
        <translation>営業日ではありません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/daily_bars_chart.py" line="56" />
        <source>Daily target %1</source>
        <translation>1日の目標 %1</translation>
    </message>
</context>
<context>
    <name>DashboardFilters</name>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="33" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="33" />
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="34" />
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="34" />
        <source>This quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="35" />
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="35" />
        <source>Custom range</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="41" />
        <source>Whole team</source>
        <translation>チーム全体</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="47" />
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="48" />
        <source>Member</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="48" />
        <source>Daily chart</source>
        <translation>日別グラフ</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="62" />
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="65" />
        <source>Layout…</source>
        <translation>表示項目…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="107" />
        <source>%1 to %2 · as of %3</source>
        <translation>%1 〜 %2 ・ %3 時点</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../desktop/views/funnel_chart.py" line="31" />
        <source>Funnel: this period (blue) vs previous (grey), benchmark band (green)</source>
        <translation>ファネル：今期（青）・前期（灰）・ベンチマーク帯（緑）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/funnel_chart.py" line="43" />
        <source>count (log scale)</source>
        <translation>件数（対数目盛）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/funnel_chart.py" line="78" />
        <source>This period: %1</source>
        <translation>今期：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/funnel_chart.py" line="79" />
        <source>Previous period: %1</source>
        <translation>前期：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/funnel_chart.py" line="81" />
        <source>%1: %2 (previous %3)</source>
        <translation>%1：%2（前期 %3）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/funnel_chart.py" line="84" />
        <source>Benchmark %1–%2</source>
        <translation>ベンチマーク %1〜%2</translation>
    </message>
</context>
<context>
    <name>KgiChart</name>
    <message>
        <location filename="../../desktop/views/kgi_chart.py" line="22" />
        <source>Revenue (KGI)</source>
        <translation>売上（KGI）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kgi_chart.py" line="28" />
        <location filename="../../desktop/views/kgi_chart.py" line="62" />
        <source>Target path</source>
        <translation>目標ライン</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kgi_chart.py" line="30" />
        <location filename="../../desktop/views/kgi_chart.py" line="61" />
        <source>Forecast</source>
        <translation>着地見込み</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kgi_chart.py" line="32" />
        <location filename="../../desktop/views/kgi_chart.py" line="61" />
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kgi_chart.py" line="35" />
        <source>10k yen</source>
        <translation>万円</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kgi_chart.py" line="53" />
        <source>Revenue (KGI): actual %1 · forecast %2 · target %3</source>
        <translation>売上（KGI）：実績 %1 ・ 着地見込み %2 ・ 目標 %3</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../desktop/views/kpi_card.py" line="72" />
        <source>No target set</source>
        <translation>目標未設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kpi_card.py" line="74" />
        <source>Target %1 (%2)</source>
        <translation>目標 %1（達成率 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kpi_card.py" line="81" />
        <source>Actual: %1</source>
        <translation>実績：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kpi_card.py" line="82" />
        <source>Target: %1</source>
        <translation>目標：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kpi_card.py" line="84" />
        <source>Expected by today: %1</source>
        <translation>今日までの目安：%1</translation>
    </message>
</context>
<context>
    <name>LayoutDialog</name>
    <message>
        <location filename="../../desktop/views/dashboard_layout_dialog.py" line="24" />
        <source>Dashboard layout</source>
        <translation>ダッシュボードの表示項目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_layout_dialog.py" line="31" />
        <source>Charts (tick to show, drag to reorder)</source>
        <translation>グラフ（チェックで表示、ドラッグで並べ替え）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_layout_dialog.py" line="33" />
        <source>KPI cards</source>
        <translation>KPIカード</translation>
    </message>
</context>
<context>
    <name>MemberChart</name>
    <message>
        <location filename="../../desktop/views/member_chart.py" line="27" />
        <source>Members</source>
        <translation>担当者別</translation>
    </message>
    <message>
        <location filename="../../desktop/views/member_chart.py" line="69" />
        <source>%1
%2: %3
Team average: %4</source>
        <translation>%1
%2：%3
チーム平均：%4</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/views/pages.py" line="28" />
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="29" />
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="31" />
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="33" />
        <source>KPI tree</source>
        <translation>KPIツリー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="34" />
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="35" />
        <source>Reviews</source>
        <translation>振り返り</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="36" />
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="38" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>RateTrendChart</name>
    <message>
        <location filename="../../desktop/views/rate_trend_chart.py" line="24" />
        <source>Weekly rates</source>
        <translation>週次の転換率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rate_trend_chart.py" line="67" />
        <source>Week of %1</source>
        <translation>%1 の週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rate_trend_chart.py" line="71" />
        <source> (benchmark %1–%2)</source>
        <translation>（ベンチマーク %1〜%2）</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../desktop/views/text.py" line="13" />
        <source>Calls</source>
        <translation>架電数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="14" />
        <source>Connects</source>
        <translation>接続数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="15" />
        <source>Appointments</source>
        <translation>アポ数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="16" />
        <source>Opportunities</source>
        <translation>商談数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="17" />
        <source>Wins</source>
        <translation>受注数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="18" />
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="19" />
        <source>Emails</source>
        <translation>メール数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="20" />
        <source>Follow-ups</source>
        <translation>フォロー数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="21" />
        <source>Meetings</source>
        <translation>面談数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="22" />
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="23" />
        <source>Retention</source>
        <translation>継続率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="24" />
        <source>Calls per day</source>
        <translation>1日あたり架電数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="26" />
        <source>Connect rate</source>
        <translation>接続率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="27" />
        <source>Appointment rate</source>
        <translation>アポ率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="28" />
        <source>Opportunity rate</source>
        <translation>商談化率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="29" />
        <source>Win rate</source>
        <translation>受注率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="31" />
        <source>No answer</source>
        <translation>不在</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="32" />
        <source>Gatekeeper</source>
        <translation>受付NG</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="33" />
        <source>Connected</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="34" />
        <source>Appointment</source>
        <translation>アポ獲得</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="35" />
        <source>Rejected</source>
        <translation>NG</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="36" />
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="38" />
        <source>Call</source>
        <translation>架電</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="39" />
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="40" />
        <source>Follow-up</source>
        <translation>フォロー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="41" />
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="43" />
        <source>Action</source>
        <translation>行動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="44" />
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="45" />
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="46" />
        <source>KGI</source>
        <translation>KGI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="47" />
        <source>KSF</source>
        <translation>KSF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="48" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="50" />
        <source>On track</source>
        <translation>順調</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="51" />
        <source>At risk</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="52" />
        <source>Behind</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="53" />
        <source>No target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="55" />
        <source>Launch phase</source>
        <translation>立ち上げ期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="56" />
        <source>Growth phase</source>
        <translation>成長期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="57" />
        <source>Stable phase</source>
        <translation>安定期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="59" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="60" />
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="61" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="62" />
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="63" />
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="65" />
        <source>First meeting</source>
        <translation>初回商談</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="66" />
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="67" />
        <source>Quote</source>
        <translation>見積</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="68" />
        <source>Won</source>
        <translation>受注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="69" />
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="70" />
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="71" />
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="72" />
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="73" />
        <source>Nurturing</source>
        <translation>育成中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="74" />
        <source>Disqualified</source>
        <translation>対象外</translation>
    </message>
</context>
</TS>