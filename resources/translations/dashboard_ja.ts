<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../desktop/views/alert_banner.py" line="44" />
        <source>All alerts (%1)</source>
        <translation>すべてのアラート（%1件）</translation>
    </message>
</context>
<context>
    <name>AlertList</name>
    <message>
        <location filename="../../desktop/views/alert_list.py" line="50" />
        <source>Acknowledge</source>
        <translation>確認済みにする</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_list.py" line="51" />
        <source>Snooze 1 hour</source>
        <translation>1時間後に再通知</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_list.py" line="52" />
        <source>Snooze until tomorrow</source>
        <translation>明朝まで通知しない</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_list.py" line="53" />
        <source>Acknowledge alert</source>
        <translation>アラートを確認済みにする</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_list.py" line="54" />
        <location filename="../../desktop/views/alert_list.py" line="55" />
        <source>Snooze alert</source>
        <translation>アラートを一時停止</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <location filename="../../desktop/views/alert_notifier.py" line="27" />
        <source>KPI Desk alert</source>
        <translation>KPI Desk アラート</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../desktop/views/alert_text.py" line="13" />
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_text.py" line="13" />
        <source>this week</source>
        <translation>今週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_text.py" line="14" />
        <source>this month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_text.py" line="14" />
        <source>this quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_text.py" line="15" />
        <source>this fiscal year</source>
        <translation>今年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_text.py" line="19" />
        <source>%1 are at %2 of pace (%3 of %4 expected by now).</source>
        <translation>%1がペースの%2です（現時点の目安 %4 に対して %3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_text.py" line="23" />
        <source>At today's rates, %1's %2 will end at %3 of %4.</source>
        <translation>今の転換率のままでは、%1の%2は目標 %4 に対して %3 で着地する見込みです。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_text.py" line="26" />
        <source>%1 %2</source>
        <comment>two sentences of one alert</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_text.py" line="37" />
        <source>%1 is %2, below the benchmark band %3–%4.</source>
        <translation>%1が%2で、ベンチマーク帯（%3〜%4）を下回っています。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_text.py" line="40" />
        <source>%1 is %2, below the team's own baseline of %3.</source>
        <translation>%1が%2で、チームの過去実績（%3）を下回っています。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_text.py" line="43" />
        <source>No %1 logged yet today (by %2:00).</source>
        <translation>%2時を過ぎても今日の%1が記録されていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_text.py" line="48" />
        <source>%1: %2</source>
        <comment>a member's name, then the alert</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>BurnUpChart</name>
    <message>
        <location filename="../../desktop/views/burnup_chart.py" line="25" />
        <source>Burn-up</source>
        <translation>バーンアップ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/burnup_chart.py" line="28" />
        <location filename="../../desktop/views/burnup_chart.py" line="55" />
        <source>Pace to target</source>
        <translation>目標ペース</translation>
    </message>
    <message>
        <location filename="../../desktop/views/burnup_chart.py" line="56" />
        <source>Forecast</source>
        <translation>着地見込み</translation>
    </message>
    <message>
        <location filename="../../desktop/views/burnup_chart.py" line="58" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/burnup_chart.py" line="29" />
        <location filename="../../desktop/views/burnup_chart.py" line="55" />
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../desktop/views/burnup_chart.py" line="47" />
        <source>%1: forecast %2 of target %3</source>
        <translation>%1：着地見込み %2 ／ 目標 %3</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../desktop/views/chart_panel.py" line="48" />
        <source>Save this chart as a PNG image</source>
        <translation>このグラフをPNG画像で保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/chart_panel.py" line="59" />
        <source>Save as PNG…</source>
        <translation>PNGで保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/chart_panel.py" line="108" />
        <source>Forecast</source>
        <translation>着地見込み</translation>
    </message>
    <message>
        <location filename="../../desktop/views/chart_panel.py" line="161" />
        <source>Save chart</source>
        <translation>グラフを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/chart_panel.py" line="162" />
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
        <location filename="../../desktop/views/daily_bars_chart.py" line="51" />
        <source>%1 per day</source>
        <translation>日別の%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/daily_bars_chart.py" line="57" />
        <source>%1: %2 %3</source>
        <translation>%1：%3 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/daily_bars_chart.py" line="60" />
        <source>Not a business day</source>
        <translation>営業日ではありません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/daily_bars_chart.py" line="62" />
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
        <location filename="../../desktop/views/dashboard_page.py" line="99" />
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="102" />
        <source>Layout…</source>
        <translation>表示項目…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="149" />
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
        <location filename="../../desktop/views/funnel_chart.py" line="80" />
        <source>This period: %1</source>
        <translation>今期：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/funnel_chart.py" line="81" />
        <source>Previous period: %1</source>
        <translation>前期：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/funnel_chart.py" line="83" />
        <source>%1: %2 (previous %3)</source>
        <translation>%1：%2（前期 %3）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/funnel_chart.py" line="86" />
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
        <location filename="../../desktop/views/kgi_chart.py" line="25" />
        <location filename="../../desktop/views/kgi_chart.py" line="56" />
        <source>Target path</source>
        <translation>目標ライン</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kgi_chart.py" line="55" />
        <source>Forecast</source>
        <translation>着地見込み</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kgi_chart.py" line="58" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kgi_chart.py" line="26" />
        <location filename="../../desktop/views/kgi_chart.py" line="55" />
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kgi_chart.py" line="29" />
        <source>10k yen</source>
        <translation>万円</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kgi_chart.py" line="47" />
        <source>Revenue (KGI): actual %1 · forecast %2 · target %3</source>
        <translation>売上（KGI）：実績 %1 ・ 着地見込み %2 ・ 目標 %3</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../desktop/views/kpi_card.py" line="70" />
        <source>No target set</source>
        <translation>目標未設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kpi_card.py" line="72" />
        <source>Target %1 (%2)</source>
        <translation>目標 %1（達成率 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kpi_card.py" line="78" />
        <source>Actual: %1</source>
        <translation>実績：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kpi_card.py" line="79" />
        <source>Target: %1</source>
        <translation>目標：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/kpi_card.py" line="81" />
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
        <location filename="../../desktop/views/member_chart.py" line="71" />
        <source>%1
%2: %3
Team average: %4</source>
        <translation>%1
%2：%3
チーム平均：%4</translation>
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
        <location filename="../../desktop/views/rate_trend_chart.py" line="68" />
        <source>Week of %1</source>
        <translation>%1 の週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rate_trend_chart.py" line="72" />
        <source> (benchmark %1–%2)</source>
        <translation>（ベンチマーク %1〜%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/rate_trend_chart.py" line="73" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
</TS>