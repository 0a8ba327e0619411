<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="59" />
        <source>%1 is not a KPI Desk database.</source>
        <translation>%1 は KPI Desk のデータベースではありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="60" />
        <source>%1 is a database of another program, not of KPI Desk.</source>
        <translation>%1 は別のアプリのデータベースです。KPI Desk では開けません。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="61" />
        <source>%1 is damaged. Its automatic backups are in the folder “%2”: open the newest with File → Open.</source>
        <translation>%1 は破損しています。自動バックアップがフォルダー「%2」にあります。ファイル → 開く で最新のものを開いてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="63" />
        <source>%1 was made by a newer KPI Desk. Update the app to open it.</source>
        <translation>%1 は新しいバージョンの KPI Desk で作成されています。アプリを更新してから開いてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="64" />
        <source>%1 could not be upgraded; it was left exactly as it was.</source>
        <translation>%1 を更新できませんでした。ファイルは元のまま変更していません。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="65" />
        <source>%1 cannot be opened (no permission, or the folder is missing).</source>
        <translation>%1 を開けません (権限がないか、フォルダーが存在しません)。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="66" />
        <source>The team's server %1 cannot be reached. Check the network and try again.</source>
        <translation>チームのサーバー %1 に接続できません。ネットワークを確認してもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="68" />
        <source>The team's server %1 refused the login. Check the user name and password.</source>
        <translation>チームのサーバー %1 にログインできません。ユーザー名とパスワードを確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="70" />
        <source>%1 is on a network folder, where a database file can be damaged. To share the numbers, use team mode (kpidesk team).</source>
        <translation>%1 はネットワークフォルダ上にあり、データベースファイルが壊れるおそれがあるため開けません。チームで数字を共有するにはチームモード (kpidesk team) を使ってください。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="74" />
        <source>%1 cannot be opened.</source>
        <translation>%1 を開けません。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="92" />
        <source>%1 is already open in another KPI Desk window.</source>
        <translation>%1 は別の KPI Desk ウィンドウで開かれています。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="46" />
        <source>KPI Desk — %1</source>
        <translation>KPI Desk — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="81" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="82" />
        <source>&amp;New database…</source>
        <translation>新規データベース(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="83" />
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="84" />
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="86" />
        <source>Open the &amp;demo database</source>
        <translation>デモデータを開く(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="88" />
        <source>Save a &amp;backup…</source>
        <translation>バックアップを保存(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="89" />
        <source>Restore from a backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="91" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="92" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="93" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="95" />
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="98" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="102" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="103" />
        <source>&amp;About KPI Desk</source>
        <translation>KPI Desk について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="145" />
        <source>New database</source>
        <translation>新規データベース</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="146" />
        <location filename="../../desktop/views/shell/main_window.py" line="169" />
        <location filename="../../desktop/views/shell/main_window.py" line="184" />
        <source>KPI Desk database (*.sqlite3)</source>
        <translation>KPI Desk データベース (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="151" />
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="152" />
        <source>KPI Desk database (*.sqlite3);;All files (*)</source>
        <translation>KPI Desk データベース (*.sqlite3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="160" />
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="168" />
        <source>Save a backup</source>
        <translation>バックアップを保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="175" />
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="176" />
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="178" />
        <source>Backup saved: %1</source>
        <translation>バックアップを保存しました: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="183" />
        <location filename="../../desktop/views/shell/main_window.py" line="186" />
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="187" />
        <source>Replace everything in this database with %1?
The current data is saved as a backup first.</source>
        <translation>このデータベースの内容をすべて %1 の内容に置き換えますか?
現在のデータは先にバックアップとして保存します。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="194" />
        <source>Restore failed</source>
        <translation>復元に失敗しました</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="195" />
        <source>%1 was not restored; nothing was changed. (%2)</source>
        <translation>%1 から復元できませんでした。データは変更していません。(%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="198" />
        <source>Restored. The previous data is in %1</source>
        <translation>復元しました。復元前のデータは %1 にあります</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="201" />
        <source>About KPI Desk</source>
        <translation>KPI Desk について</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="202" />
        <source>KPI Desk 0.1 — offline KPI tracking for inside-sales teams.
Database: %1</source>
        <translation>KPI Desk 0.1 — インサイドセールスのためのオフライン KPI 管理。
データベース: %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/views/shell/pages.py" line="28" />
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/pages.py" line="29" />
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/pages.py" line="31" />
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/pages.py" line="33" />
        <source>KPI tree</source>
        <translation>KPIツリー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/pages.py" line="34" />
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/pages.py" line="35" />
        <source>Reviews</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/pages.py" line="36" />
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/pages.py" line="38" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../desktop/views/shell/team.py" line="32" />
        <source>The team's server cannot be reached. Open the offline copy (%1, read-only)?</source>
        <translation>チームのサーバーに接続できません。オフラインのコピー（%1、読み取り専用）を開きますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/team.py" line="48" />
        <source>Offline copy (read-only)</source>
        <translation>オフラインのコピー（読み取り専用）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/team.py" line="54" />
        <source>Data as of %1 (offline)</source>
        <translation>%1 時点のデータ（オフライン）</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="13" />
        <source>Calls</source>
        <translation>架電数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="14" />
        <source>Connects</source>
        <translation>接続数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="15" />
        <source>Appointments</source>
        <translation>アポ数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="16" />
        <source>Opportunities</source>
        <translation>商談数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="17" />
        <source>Wins</source>
        <translation>受注数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="18" />
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="19" />
        <source>Emails</source>
        <translation>メール送信数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="20" />
        <source>Follow-ups</source>
        <translation>追客数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="21" />
        <source>Meetings</source>
        <translation>面談数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="22" />
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="23" />
        <source>Retention</source>
        <translation>継続率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="24" />
        <source>Calls per day</source>
        <translation>1日あたり架電数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="26" />
        <source>Connect rate</source>
        <translation>コネクト率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="27" />
        <source>Appointment rate</source>
        <translation>アポイント率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="28" />
        <source>Opportunity rate</source>
        <translation>商談化率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="29" />
        <source>Win rate</source>
        <translation>受注率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="31" />
        <source>No answer</source>
        <translation>不在</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="32" />
        <source>Gatekeeper</source>
        <translation>受付NG</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="33" />
        <source>Connected</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="34" />
        <source>Appointment</source>
        <translation>アポ獲得</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="35" />
        <source>Rejected</source>
        <translation>NG</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="36" />
        <source>Other</source>
        <translation>資料送付・その他</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="38" />
        <source>Call</source>
        <translation>架電</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="39" />
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="40" />
        <source>Follow-up</source>
        <translation>追客</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="41" />
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="43" />
        <source>Action</source>
        <translation>行動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="44" />
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="45" />
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="46" />
        <source>KGI</source>
        <translation>KGI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="47" />
        <source>KSF</source>
        <translation>KSF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="48" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="50" />
        <source>On track</source>
        <translation>順調</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="51" />
        <source>At risk</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="52" />
        <source>Behind</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="53" />
        <source>No target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="55" />
        <source>Launch phase</source>
        <translation>立ち上げ期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="56" />
        <source>Growth phase</source>
        <translation>成長期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="57" />
        <source>Stable phase</source>
        <translation>安定期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="59" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="60" />
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="61" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="62" />
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="63" />
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="65" />
        <source>First meeting</source>
        <translation>初回商談</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="66" />
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="67" />
        <source>Quote</source>
        <translation>見積</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="68" />
        <source>Won</source>
        <translation>受注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="69" />
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="70" />
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="71" />
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="72" />
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="73" />
        <source>Nurturing</source>
        <translation>育成中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/text.py" line="74" />
        <source>Disqualified</source>
        <translation>対象外</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/views/shell/welcome.py" line="26" />
        <source>Welcome to KPI Desk</source>
        <translation>KPI Desk へようこそ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome.py" line="28" />
        <source>Set your KGI, work the targets backwards to calls per day, and watch the numbers move as the team works — without copying spreadsheets together.</source>
        <translation>KGI を決め、目標を1日あたりの架電数まで逆算し、チームの活動に合わせて数字が動くのを確認できます。Excel を集計し直す作業はもう要りません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome.py" line="51" />
        <source>Start the setup wizard</source>
        <translation>セットアップウィザードを始める</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome.py" line="52" />
        <source>From the KGI to the weekly review, step by step</source>
        <translation>KGI 設定から週次レビューまで順番に</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome.py" line="53" />
        <source>Import Excel trackers</source>
        <translation>Excel を取り込む</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome.py" line="54" />
        <source>Bring in call logs and daily count sheets as they are</source>
        <translation>架電ログや日次集計表をそのまま取り込めます</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome.py" line="55" />
        <source>Open the demo</source>
        <translation>デモを開く</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome.py" line="56" />
        <source>A year of a five-person team, to try everything</source>
        <translation>5人チームの1年分のデータで全機能を試せます</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome.py" line="72" />
        <source>This database is empty. %1</source>
        <translation>データはまだありません。%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome.py" line="74" />
        <source>%1 members, data from %2 to %3.</source>
        <translation>メンバー %1 人、%2 〜 %3 のデータがあります。</translation>
    </message>
</context>
</TS>