<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="31" />
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="31" />
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="32" />
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="32" />
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="33" />
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="33" />
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="34" />
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="65" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="67" />
        <source>Japanese public holidays are always closed days. The display language applies from the next start.</source>
        <translation>日本の祝日は常に休業日として扱います。表示言語は次回起動時から反映されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="82" />
        <source>Starts in month %1</source>
        <translation>%1月始まり</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="85" />
        <source>A day count replaces logged activities for that day</source>
        <translation>日次集計がある日は、その値を優先する (記録した活動と二重に数えない)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="86" />
        <source>Day counts are added to logged activities</source>
        <translation>日次集計を記録した活動に加算する</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="89" />
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="90" />
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="90" />
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="91" />
        <source>Day counts and logged activities</source>
        <translation>日次集計と活動記録</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="92" />
        <source>On track from (pace)</source>
        <translation>順調とみなす達成ペース</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="92" />
        <source>At risk from (pace)</source>
        <translation>注意とみなす達成ペース</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="93" />
        <source>Business days</source>
        <translation>営業日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="94" />
        <source>Company holidays</source>
        <translation>会社休日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="95" />
        <source>Display language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="104" />
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="104" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="110" />
        <source>Save settings</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="142" />
        <source>“At risk from” must not be above “On track from”.</source>
        <translation>「注意」の基準は「順調」の基準以下にしてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="145" />
        <source>Choose at least one business day.</source>
        <translation>営業日を1日以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="149" />
        <source>Change settings</source>
        <translation>設定の変更</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/page.py" line="150" />
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
</TS>