<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../views/settings/page.py" line="32"/>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="32"/>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="33"/>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="33"/>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="34"/>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="34"/>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="35"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="66"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="68"/>
        <source>Japanese public holidays are always closed days. The display language applies from the next start.</source>
        <translation>日本の祝日は常に休業日として扱います。表示言語は次回起動時から反映されます。</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="83"/>
        <source>Starts in month %1</source>
        <translation>%1月始まり</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="86"/>
        <source>A day count replaces logged activities for that day</source>
        <translation>日次集計がある日は、その値を優先する (記録した活動と二重に数えない)</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="87"/>
        <source>Day counts are added to logged activities</source>
        <translation>日次集計を記録した活動に加算する</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="90"/>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="92"/>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="92"/>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="93"/>
        <source>Day counts and logged activities</source>
        <translation>日次集計と活動記録</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="94"/>
        <source>On track from (pace)</source>
        <translation>順調とみなす達成ペース</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="94"/>
        <source>At risk from (pace)</source>
        <translation>注意とみなす達成ペース</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="95"/>
        <source>Business days</source>
        <translation>営業日</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="96"/>
        <source>Company holidays</source>
        <translation>会社休日</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="97"/>
        <source>Display language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="97"/>
        <source>Watched import folders</source>
        <translation>取り込みフォルダの監視</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="106"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="106"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="112"/>
        <source>Save settings</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="144"/>
        <source>“At risk from” must not be above “On track from”.</source>
        <translation>「注意」の基準は「順調」の基準以下にしてください。</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="147"/>
        <source>Choose at least one business day.</source>
        <translation>営業日を1日以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="151"/>
        <source>Change settings</source>
        <translation>設定の変更</translation>
    </message>
    <message>
        <location filename="../../views/settings/page.py" line="152"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>WatchFolders</name>
    <message>
        <location filename="../../views/settings/watch_folders.py" line="37"/>
        <source>Import new and changed files in these folders by themselves</source>
        <translation>これらのフォルダの新しいファイル・更新されたファイルを自動で取り込む</translation>
    </message>
    <message>
        <location filename="../../views/settings/watch_folders.py" line="42"/>
        <source>Add folder…</source>
        <translation>フォルダを追加…</translation>
    </message>
    <message>
        <location filename="../../views/settings/watch_folders.py" line="44"/>
        <source>Remove folder</source>
        <translation>フォルダを削除</translation>
    </message>
    <message>
        <location filename="../../views/settings/watch_folders.py" line="71"/>
        <source>Watch import folders</source>
        <translation>取り込みフォルダの監視を開始</translation>
    </message>
    <message>
        <location filename="../../views/settings/watch_folders.py" line="71"/>
        <source>Stop watching import folders</source>
        <translation>取り込みフォルダの監視を停止</translation>
    </message>
    <message>
        <location filename="../../views/settings/watch_folders.py" line="77"/>
        <source>Add a watched folder</source>
        <translation>監視フォルダの追加</translation>
    </message>
    <message>
        <location filename="../../views/settings/watch_folders.py" line="83"/>
        <source>Remove a watched folder</source>
        <translation>監視フォルダの削除</translation>
    </message>
    <message>
        <location filename="../../views/settings/watch_folders.py" line="86"/>
        <source>Choose a folder to watch</source>
        <translation>監視するフォルダを選択</translation>
    </message>
</context>
</TS>
