<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../views/alerts/banner.py" line="45"/>
        <source>All alerts (%1)</source>
        <translation>すべてのアラート（%1件）</translation>
    </message>
</context>
<context>
    <name>AlertList</name>
    <message>
        <location filename="../../views/alerts/alert_list.py" line="50"/>
        <source>Acknowledge</source>
        <translation>確認済みにする</translation>
    </message>
    <message>
        <location filename="../../views/alerts/alert_list.py" line="51"/>
        <source>Snooze 1 hour</source>
        <translation>1時間後に再通知</translation>
    </message>
    <message>
        <location filename="../../views/alerts/alert_list.py" line="52"/>
        <source>Snooze until tomorrow</source>
        <translation>明朝まで通知しない</translation>
    </message>
    <message>
        <location filename="../../views/alerts/alert_list.py" line="53"/>
        <source>Acknowledge alert</source>
        <translation>アラートを確認済みにする</translation>
    </message>
    <message>
        <location filename="../../views/alerts/alert_list.py" line="54"/>
        <location filename="../../views/alerts/alert_list.py" line="55"/>
        <source>Snooze alert</source>
        <translation>アラートを一時停止</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <location filename="../../views/alerts/notifier.py" line="27"/>
        <source>KPI Desk alert</source>
        <translation>KPI Desk アラート</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../views/alerts/text.py" line="13"/>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="13"/>
        <source>this week</source>
        <translation>今週</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="14"/>
        <source>this month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="14"/>
        <source>this quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="15"/>
        <source>this fiscal year</source>
        <translation>今年度</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="19"/>
        <source>%1 are at %2 of pace (%3 of %4 expected by now).</source>
        <translation>%1がペースの%2です（現時点の目安 %4 に対して %3）。</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="23"/>
        <source>At today&apos;s rates, %1&apos;s %2 will end at %3 of %4.</source>
        <translation>今の転換率のままでは、%1の%2は目標 %4 に対して %3 で着地する見込みです。</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="26"/>
        <source>%1 %2</source>
        <comment>two sentences of one alert</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="36"/>
        <source>no table it can import was found</source>
        <translation>取り込める表が見つかりません</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="38"/>
        <source>no row could be stored</source>
        <translation>保存できる行がありませんでした</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="40"/>
        <source>%1 (%2)</source>
        <comment>why, then the first reason</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="44"/>
        <source>A file in the watched folder was not imported: %1 — %2</source>
        <translation>監視フォルダのファイルを取り込めませんでした: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="57"/>
        <source>%1 is %2, below the benchmark band %3–%4.</source>
        <translation>%1が%2で、ベンチマーク帯（%3〜%4）を下回っています。</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="60"/>
        <source>%1 is %2, below the team&apos;s own baseline of %3.</source>
        <translation>%1が%2で、チームの過去実績（%3）を下回っています。</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="63"/>
        <source>No %1 logged yet today (by %2:00).</source>
        <translation>%2時を過ぎても今日の%1が記録されていません。</translation>
    </message>
    <message>
        <location filename="../../views/alerts/text.py" line="68"/>
        <source>%1: %2</source>
        <comment>a member&apos;s name, then the alert</comment>
        <translation>%1：%2</translation>
    </message>
</context>
</TS>
