<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>BurnUpChart</name>
    <message>
        <location filename="../../views/dashboard/burnup_chart.py" line="25" />
        <source>Burn-up</source>
        <translation>バーンアップ</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/burnup_chart.py" line="28" />
        <location filename="../../views/dashboard/burnup_chart.py" line="67" />
        <source>Pace to target</source>
        <translation>目標ペース</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/burnup_chart.py" line="30" />
        <location filename="../../views/dashboard/burnup_chart.py" line="67" />
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/burnup_chart.py" line="49" />
        <source>%1: forecast %2 of target %3</source>
        <translation>%1：着地見込み %2 ／ 目標 %3</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/burnup_chart.py" line="68" />
        <source>Forecast</source>
        <translation>着地見込み</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/burnup_chart.py" line="70" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../views/dashboard/chart_panel.py" line="53" />
        <source>Save this chart as a PNG image</source>
        <translation>このグラフをPNG画像で保存</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/chart_panel.py" line="65" />
        <source>Save as PNG…</source>
        <translation>PNGで保存…</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/chart_panel.py" line="114" />
        <source>Forecast</source>
        <translation>着地見込み</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/chart_panel.py" line="167" />
        <source>chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/chart_panel.py" line="168" />
        <source>Save chart</source>
        <translation>グラフを保存</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/chart_panel.py" line="168" />
        <source>PNG image (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/chart_panel.py" line="172" />
        <source>Wrote %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
</context>
<context>
    <name>DailyBarsChart</name>
    <message>
        <location filename="../../views/dashboard/daily_bars_chart.py" line="21" />
        <source>Daily activity</source>
        <translation>日別の活動量</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/daily_bars_chart.py" line="57" />
        <source>%1 per day</source>
        <translation>日別の%1</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/daily_bars_chart.py" line="63" />
        <source>%1: %2 %3</source>
        <translation>%1：%3 %2</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/daily_bars_chart.py" line="66" />
        <source>Not a business day</source>
        <translation>営業日ではありません</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/daily_bars_chart.py" line="68" />
        <source>Daily target %1</source>
        <translation>1日の目標 %1</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/daily_bars_chart.py" line="70" />
        <source>Launch benchmark %1 (34 calls a day per rep)</source>
        <translation>立ち上げ期ベンチマーク %1（1人1日34件）</translation>
    </message>
</context>
<context>
    <name>DashboardFilters</name>
    <message>
        <location filename="../../views/dashboard/filters.py" line="42" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/filters.py" line="42" />
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/filters.py" line="43" />
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/filters.py" line="43" />
        <source>This quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/filters.py" line="44" />
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/filters.py" line="44" />
        <source>Last week</source>
        <translation>先週</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/filters.py" line="45" />
        <source>Last month</source>
        <translation>先月</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/filters.py" line="45" />
        <source>Last quarter</source>
        <translation>前四半期</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/filters.py" line="46" />
        <source>Custom range</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/filters.py" line="50" />
        <source>Previous period</source>
        <translation>前の期間</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/filters.py" line="51" />
        <source>Next period</source>
        <translation>次の期間</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/filters.py" line="57" />
        <source>Whole team</source>
        <translation>チーム全体</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/filters.py" line="63" />
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/filters.py" line="65" />
        <source>Member</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/filters.py" line="65" />
        <source>Daily chart</source>
        <translation>日別グラフ</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../views/dashboard/page.py" line="102" />
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/page.py" line="105" />
        <source>Layout…</source>
        <translation>表示項目…</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/page.py" line="167" />
        <source>%1 to %2 · as of %3</source>
        <translation>%1 〜 %2 ・ %3 時点</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <location filename="../../views/dashboard/first_steps.py" line="21" />
        <source>First steps</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/first_steps.py" line="22" />
        <source>The dashboard fills in as soon as the team has numbers. Until then, no pace or review alerts: there is no history to judge yet.</source>
        <translation>チームの数字が入るとダッシュボードが表示されます。それまでは、判断できる実績がないため、ペースやレビューのアラートは出しません。</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/first_steps.py" line="26" />
        <source>Set the KGI and work the targets back (setup wizard)</source>
        <translation>KGIを決めて目標を逆算する（セットアップウィザード）</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/first_steps.py" line="26" />
        <source>Open the wizard</source>
        <translation>ウィザードを開く</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/first_steps.py" line="28" />
        <source>Bring in the Excel trackers you keep today</source>
        <translation>今使っているExcelの管理表を取り込む</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/first_steps.py" line="28" />
        <source>Import Excel</source>
        <translation>Excelを取り込む</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/first_steps.py" line="30" />
        <source>Or log today's calls one keystroke each</source>
        <translation>または、今日の架電を1キーずつ記録する</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/first_steps.py" line="30" />
        <source>Log calls</source>
        <translation>架電を記録する</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../views/dashboard/funnel_chart.py" line="32" />
        <location filename="../../views/dashboard/funnel_chart.py" line="74" />
        <source>Funnel: this period (blue) vs previous (grey), benchmark band (green)</source>
        <translation>ファネル：今期（青）・前期（灰）・ベンチマーク帯（緑）</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/funnel_chart.py" line="44" />
        <source>count (log scale)</source>
        <translation>件数（対数目盛）</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/funnel_chart.py" line="47" />
        <source>Call funnel</source>
        <translation>架電ファネル</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/funnel_chart.py" line="48" />
        <source>Lead funnel</source>
        <translation>リードファネル</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/funnel_chart.py" line="49" />
        <source>MQL→SQL率: of the leads that became MQL in the period, the share that has become SQL (on any day up to now); SQL→商談率 the same for the period's SQLs. One cohort each, so a rate never passes 100 %.</source>
        <translation>MQL→SQL率: 期間中に MQL になったリードのうち、(今日までのいずれかの日に) SQL になった割合。SQL→商談率: 期間中の SQL のうち商談化した割合。どちらも同じリード群 (コホート) を数えるので 100 % を超えません。</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/funnel_chart.py" line="72" />
        <source>Lead funnel: this period (blue) vs previous (grey)</source>
        <translation>リードファネル: 今期 (青) と前期 (灰)</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/funnel_chart.py" line="116" />
        <source>This period: %1</source>
        <translation>今期：%1</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/funnel_chart.py" line="117" />
        <source>Previous period: %1</source>
        <translation>前期：%1</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/funnel_chart.py" line="119" />
        <source>%1: %2 (previous %3)</source>
        <translation>%1：%2（前期 %3）</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/funnel_chart.py" line="122" />
        <source>Benchmark %1–%2</source>
        <translation>ベンチマーク %1〜%2</translation>
    </message>
</context>
<context>
    <name>KgiChart</name>
    <message>
        <location filename="../../views/dashboard/kgi_chart.py" line="22" />
        <source>Revenue (KGI)</source>
        <translation>売上（KGI）</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/kgi_chart.py" line="25" />
        <location filename="../../views/dashboard/kgi_chart.py" line="57" />
        <source>Target path</source>
        <translation>目標ライン</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/kgi_chart.py" line="27" />
        <location filename="../../views/dashboard/kgi_chart.py" line="56" />
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/kgi_chart.py" line="30" />
        <source>10k yen</source>
        <translation>万円</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/kgi_chart.py" line="48" />
        <source>Revenue (KGI): actual %1 · forecast %2 · target %3</source>
        <translation>売上（KGI）：実績 %1 ・ 着地見込み %2 ・ 目標 %3</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/kgi_chart.py" line="56" />
        <source>Forecast</source>
        <translation>着地見込み</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/kgi_chart.py" line="59" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../views/dashboard/kpi_card.py" line="72" />
        <source>No target set</source>
        <translation>目標未設定</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/kpi_card.py" line="74" />
        <source>Target %1 (%2)</source>
        <translation>目標 %1（達成率 %2）</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/kpi_card.py" line="81" />
        <source>Actual: %1</source>
        <translation>実績：%1</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/kpi_card.py" line="82" />
        <source>Target: %1</source>
        <translation>目標：%1</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/kpi_card.py" line="84" />
        <source>Expected by today: %1</source>
        <translation>今日までの目安：%1</translation>
    </message>
</context>
<context>
    <name>LayoutDialog</name>
    <message>
        <location filename="../../views/dashboard/layout_dialog.py" line="24" />
        <source>Dashboard layout</source>
        <translation>ダッシュボードの表示項目</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/layout_dialog.py" line="31" />
        <source>Charts (tick to show, drag to reorder)</source>
        <translation>グラフ（チェックで表示、ドラッグで並べ替え）</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/layout_dialog.py" line="33" />
        <source>KPI cards</source>
        <translation>KPIカード</translation>
    </message>
</context>
<context>
    <name>MemberChart</name>
    <message>
        <location filename="../../views/dashboard/member_chart.py" line="27" />
        <source>Members</source>
        <translation>担当者別</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/member_chart.py" line="71" />
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
        <location filename="../../views/dashboard/rate_trend_chart.py" line="24" />
        <source>Weekly rates</source>
        <translation>週次の転換率</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/rate_trend_chart.py" line="68" />
        <source>Week of %1</source>
        <translation>%1 の週</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/rate_trend_chart.py" line="72" />
        <source> (benchmark %1–%2)</source>
        <translation>（ベンチマーク %1〜%2）</translation>
    </message>
    <message>
        <location filename="../../views/dashboard/rate_trend_chart.py" line="73" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
</TS>