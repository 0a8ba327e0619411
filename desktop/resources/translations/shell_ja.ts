<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>App</name>
    <message>
        <location filename="../../views/shell/store_errors.py" line="13" />
        <source>%1 is not a KPI Desk database.</source>
        <translation>%1 は KPI Desk のデータベースではありません。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="14" />
        <source>%1 is a database of another program, not of KPI Desk.</source>
        <translation>%1 は別のアプリのデータベースです。KPI Desk では開けません。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="15" />
        <source>%1 is damaged. Its automatic backups are in the folder “%2”: open the newest with File → Open.</source>
        <translation>%1 は破損しています。自動バックアップがフォルダー「%2」にあります。ファイル → 開く で最新のものを開いてください。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="17" />
        <source>%1 was made by a newer KPI Desk. Update the app to open it.</source>
        <translation>%1 は新しいバージョンの KPI Desk で作成されています。アプリを更新してから開いてください。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="18" />
        <source>%1 could not be upgraded; it was left exactly as it was.</source>
        <translation>%1 を更新できませんでした。ファイルは元のまま変更していません。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="19" />
        <source>%1 cannot be opened (no permission, or the folder is missing).</source>
        <translation>%1 を開けません (権限がないか、フォルダーが存在しません)。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="20" />
        <source>%1 does not exist.</source>
        <translation>%1 はありません。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="21" />
        <source>%1: another KPI Desk is using it. Please try again in a moment.</source>
        <translation>%1: 他の KPI Desk が使用中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="22" />
        <source>%1 is on a read-only disk or is read-only. The file is not damaged: copy it to a folder you can write to and open the copy.</source>
        <translation>%1 は読み取り専用です (ファイルは壊れていません)。書き込めるフォルダにコピーして、コピーを開いてください。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="24" />
        <source>%1: you have no permission to open this file. The file is not damaged.</source>
        <translation>%1: このファイルを開く権限がありません (ファイルは壊れていません)。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="25" />
        <source>%1: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>%1: ディスクの空きがありません。空きを作ってからもう一度お試しください (何も変更していません)。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="26" />
        <source>The backup %1 could not be written; nothing was changed.</source>
        <translation>バックアップ %1 を書き込めませんでした。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="27" />
        <source>The team's server %1 cannot be reached. Check the network and try again.</source>
        <translation>チームのサーバー %1 に接続できません。ネットワークを確認してもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="29" />
        <source>The team's server %1 refused the login. Check the user name and password.</source>
        <translation>チームのサーバー %1 にログインできません。ユーザー名とパスワードを確認してください。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="31" />
        <source>%1 is on a network folder, where a database file can be damaged. To share the numbers, use team mode (kpidesk team).</source>
        <translation>%1 はネットワークフォルダ上にあり、データベースファイルが壊れるおそれがあるため開けません。チームで数字を共有するにはチームモード (kpidesk team) を使ってください。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="34" />
        <source>%1 is the offline copy of the team's numbers and is read-only. Connect to the server to record.</source>
        <translation>%1 はチームの数字のオフラインのコピーで、読み取り専用です。記録するにはサーバーに接続してください。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="36" />
        <source>You cannot change another member's records.</source>
        <translation>他のメンバーの記録は変更できません。</translation>
    </message>
    <message>
        <location filename="../../views/shell/store_errors.py" line="42" />
        <source>%1 cannot be opened.</source>
        <translation>%1 を開けません。</translation>
    </message>
    <message>
        <location filename="../../app.py" line="91" />
        <source>%1 is already open in another KPI Desk window.</source>
        <translation>%1 は別の KPI Desk ウィンドウで開かれています。</translation>
    </message>
    <message>
        <location filename="../../app.py" line="234" />
        <source>KPI Desk closed unexpectedly last time. What it left is in %1.</source>
        <translation>前回 KPI Desk は予期せず終了しました。記録は %1 にあります。</translation>
    </message>
</context>
<context>
    <name>Formulas</name>
    <message>
        <location filename="../../views/shell/text.py" line="92" />
        <source>Retention = customers renewed ÷ customers due for renewal in the period (a contract is due when its term ends).</source>
        <translation>継続率 = 期間内に更新した顧客数 ÷ 期間内に更新時期を迎えた顧客数 (契約期間の終了日に更新時期を迎えます)。</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="94" />
        <source>LTV = (won amounts + monthly amount × months billed so far) ÷ customers: the average revenue per customer over the lifetime observed so far.</source>
        <translation>LTV = (受注金額 + 月額 × これまでの請求月数) ÷ 顧客数: これまで観測した契約期間での顧客1社あたりの平均売上。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../views/shell/help_dialog.py" line="14" />
        <source>Start with the setup wizard: the KGI (the year's goal), the KSFs that decide it, and the KPIs worked back from it down to calls a day. Already keep Excel trackers? Import them first and the targets start from your own history. The demo shows everything on a year of made-up data.</source>
        <translation>まずセットアップウィザードで、KGI（年度の最終目標）、それを左右するKSF、KGIから1日の架電数まで逆算したKPIを決めます。Excelの管理表がすでにあれば先に取り込むと、目標が自チームの実績から始まります。デモでは架空の1年分のデータですべての機能を試せます。</translation>
    </message>
    <message>
        <location filename="../../views/shell/help_dialog.py" line="18" />
        <source>The cards show each KPI against its target and pace (on track, at risk, behind); the charts follow the period and rep you choose. Click a bar to see the activities behind it. Alerts appear once there is history to judge.</source>
        <translation>カードは各KPIの目標に対する実績とペース（順調・注意・遅れ）を示します。グラフは選んだ期間と担当者に合わせて変わります。棒をクリックすると、その元になった活動が表示されます。アラートは判断できる実績がたまってから表示されます。</translation>
    </message>
    <message>
        <location filename="../../views/shell/help_dialog.py" line="21" />
        <source>記録: one key per call outcome (1 不在 … 6 資料送付), Ctrl+Z undoes. 日次集計: type or paste the day's counts per rep. 活動一覧: every activity, filtered and edited in place.</source>
        <translation>記録：架電結果ごとに1キー（1 不在 … 6 資料送付）、Ctrl+Z で取り消し。日次集計：担当者ごとの1日の件数を入力または貼り付け。活動一覧：すべての活動を絞り込み、その場で編集。</translation>
    </message>
    <message>
        <location filename="../../views/shell/help_dialog.py" line="23" />
        <source>The KGI → KSF → KPI tree with each node's target, actual and pace. The 逆算 planner works the yearly goal back to a day's calls and writes the targets into the tree in one step.</source>
        <translation>KGI → KSF → KPI のツリーで、各項目の目標・実績・ペースを確認します。逆算プランナーは年間目標から1日の架電数まで逆算し、目標をまとめてツリーに書き込みます。</translation>
    </message>
    <message>
        <location filename="../../views/shell/help_dialog.py" line="25" />
        <source>Drop Excel or CSV trackers: the preview shows how each sheet is read and which rows are skipped and why. Nothing is stored until you import, and every import can be undone.</source>
        <translation>Excel や CSV の管理表を読み込むと、各シートの読み取り方と、取り込まない行とその理由がプレビューに表示されます。取り込むまで何も保存されず、どの取り込みも元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../views/shell/help_dialog.py" line="27" />
        <source>Weekly: the week's numbers, what went wrong and the actions. Monthly: what each action changed. Quarterly: keep, replace or retire each KPI and set the next targets. Export the report as Excel or PDF.</source>
        <translation>週次：その週の数字、課題と施策。月次：各施策で何が変わったか。四半期：KPIごとに継続・差し替え・廃止を決め、次の目標を設定。レポートは Excel または PDF で書き出せます。</translation>
    </message>
    <message>
        <location filename="../../views/shell/help_dialog.py" line="30" />
        <source>The article's 20 points, judged from your data, each with a button to where it is fixed.</source>
        <translation>記事の20項目を、データから判定して表示します。各項目のボタンから設定する画面へ移動できます。</translation>
    </message>
    <message>
        <location filename="../../views/shell/help_dialog.py" line="32" />
        <source>Fiscal-year start, phase, business days, company holidays, pace thresholds and language.</source>
        <translation>年度の開始月、フェーズ、営業日、会社の休業日、ペースのしきい値、表示言語。</translation>
    </message>
    <message>
        <location filename="../../views/shell/help_dialog.py" line="42" />
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/shell/main_window.py" line="48" />
        <source>KPI Desk — %1</source>
        <translation>KPI Desk — %1</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="85" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="86" />
        <source>&amp;New database…</source>
        <translation>新規データベース(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="87" />
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="88" />
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="90" />
        <source>Open the &amp;demo database</source>
        <translation>デモデータを開く(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="92" />
        <source>Connect to the &amp;team's database…</source>
        <translation>チームのデータベースに接続(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="93" />
        <source>&amp;Disconnect from the team's database</source>
        <translation>チームのデータベースから切断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="96" />
        <source>Save a &amp;backup…</source>
        <translation>バックアップを保存(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="97" />
        <source>Restore from a backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="99" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="100" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="101" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="103" />
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="109" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="113" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="114" />
        <source>&amp;Getting started</source>
        <translation>はじめに(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="115" />
        <source>&amp;About KPI Desk</source>
        <translation>KPI Desk について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="166" />
        <source>New database</source>
        <translation>新規データベース</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="167" />
        <location filename="../../views/shell/main_window.py" line="208" />
        <location filename="../../views/shell/main_window.py" line="222" />
        <source>KPI Desk database (*.sqlite3)</source>
        <translation>KPI Desk データベース (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="172" />
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="173" />
        <source>KPI Desk database (*.sqlite3);;All files (*)</source>
        <translation>KPI Desk データベース (*.sqlite3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="199" />
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="207" />
        <source>Save a backup</source>
        <translation>バックアップを保存</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="214" />
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="216" />
        <source>Backup saved: %1</source>
        <translation>バックアップを保存しました: %1</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="221" />
        <location filename="../../views/shell/main_window.py" line="224" />
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="225" />
        <source>Replace everything in this database with %1?
The current data is saved as a backup first.</source>
        <translation>このデータベースの内容をすべて %1 の内容に置き換えますか?
現在のデータは先にバックアップとして保存します。</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="232" />
        <source>Restore failed</source>
        <translation>復元に失敗しました</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="233" />
        <source>%1 was not restored; nothing was changed. (%2)</source>
        <translation>%1 から復元できませんでした。データは変更していません。(%2)</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="236" />
        <source>Restored. The previous data is in %1</source>
        <translation>復元しました。復元前のデータは %1 にあります</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="249" />
        <source>About KPI Desk</source>
        <translation>KPI Desk について</translation>
    </message>
    <message>
        <location filename="../../views/shell/main_window.py" line="250" />
        <source>KPI Desk 0.1 — offline KPI tracking for inside-sales teams.
Database: %1</source>
        <translation>KPI Desk 0.1 — インサイドセールスのためのオフライン KPI 管理。
データベース: %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../views/shell/pages.py" line="28" />
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../../views/shell/pages.py" line="29" />
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../views/shell/pages.py" line="31" />
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../views/shell/pages.py" line="33" />
        <source>KPI tree</source>
        <translation>KPIツリー</translation>
    </message>
    <message>
        <location filename="../../views/shell/pages.py" line="34" />
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../views/shell/pages.py" line="35" />
        <source>Reviews</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <location filename="../../views/shell/pages.py" line="36" />
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../views/shell/pages.py" line="38" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../views/shell/team.py" line="32" />
        <source>The team's server cannot be reached. Open the offline copy (%1, read-only)?</source>
        <translation>チームのサーバーに接続できません。オフラインのコピー（%1、読み取り専用）を開きますか？</translation>
    </message>
    <message>
        <location filename="../../views/shell/team.py" line="48" />
        <source>Offline copy (read-only)</source>
        <translation>オフラインのコピー（読み取り専用）</translation>
    </message>
    <message>
        <location filename="../../views/shell/team.py" line="54" />
        <source>Data as of %1 (offline)</source>
        <translation>%1 時点のデータ（オフライン）</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../views/shell/text.py" line="15" />
        <source>Calls</source>
        <translation>架電数</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="16" />
        <source>Connects</source>
        <translation>接続数</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="17" />
        <source>Appointments</source>
        <translation>アポ数</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="18" />
        <source>Opportunities</source>
        <translation>商談数</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="19" />
        <source>Wins</source>
        <translation>受注数</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="20" />
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="21" />
        <source>Emails</source>
        <translation>メール送信数</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="22" />
        <source>Follow-ups</source>
        <translation>追客数</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="23" />
        <source>Meetings</source>
        <translation>面談数</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="24" />
        <source>Renewals due</source>
        <translation>更新対象数</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="25" />
        <source>Renewals</source>
        <translation>更新数</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="26" />
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="27" />
        <source>Retention</source>
        <translation>継続率</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="28" />
        <source>Calls per day</source>
        <translation>1日あたり架電数</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="29" />
        <source>MQLs</source>
        <translation>MQL数</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="30" />
        <source>SQLs</source>
        <translation>SQL数</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="31" />
        <source>MQLs that became SQL</source>
        <translation>SQL化したMQL</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="32" />
        <source>SQLs that reached opportunity</source>
        <translation>商談化したSQL</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="34" />
        <source>Connect rate</source>
        <translation>接続率</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="35" />
        <source>Appointment rate</source>
        <translation>アポ率</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="36" />
        <source>Opportunity rate</source>
        <translation>商談化率</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="37" />
        <source>Win rate</source>
        <translation>受注率</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="38" />
        <source>MQL to SQL rate</source>
        <translation>MQL→SQL率</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="39" />
        <source>SQL to opportunity rate</source>
        <translation>SQL→商談率</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="41" />
        <source>No answer</source>
        <translation>不在</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="42" />
        <source>Gatekeeper</source>
        <translation>受付NG</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="43" />
        <source>Connected</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="44" />
        <source>Appointment</source>
        <translation>アポ獲得</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="45" />
        <source>Rejected</source>
        <translation>担当者NG</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="46" />
        <source>Other</source>
        <translation>資料送付・その他</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="48" />
        <source>Call</source>
        <translation>架電</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="49" />
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="50" />
        <source>Follow-up</source>
        <translation>追客</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="51" />
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="53" />
        <source>Action</source>
        <translation>行動</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="54" />
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="55" />
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="56" />
        <source>KGI</source>
        <translation>KGI</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="57" />
        <source>KSF</source>
        <translation>KSF</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="58" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="60" />
        <source>On track</source>
        <translation>順調</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="61" />
        <source>At risk</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="62" />
        <source>Behind</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="63" />
        <source>No target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="64" />
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="66" />
        <source>Launch phase</source>
        <translation>立ち上げ期</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="67" />
        <source>Growth phase</source>
        <translation>成長期</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="68" />
        <source>Stable phase</source>
        <translation>安定期</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="70" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="71" />
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="72" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="73" />
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="74" />
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="76" />
        <source>First meeting</source>
        <translation>初回商談</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="77" />
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="78" />
        <source>Quote</source>
        <translation>見積</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="79" />
        <source>Won</source>
        <translation>受注</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="80" />
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="81" />
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="82" />
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="83" />
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="84" />
        <source>Opportunity reached</source>
        <translation>商談化</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="85" />
        <source>Nurturing</source>
        <translation>育成中</translation>
    </message>
    <message>
        <location filename="../../views/shell/text.py" line="86" />
        <source>Disqualified</source>
        <translation>対象外</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../views/shell/welcome.py" line="22" />
        <source>Welcome to KPI Desk</source>
        <translation>KPI Desk へようこそ</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py" line="24" />
        <source>Set your KGI, work the targets backwards to calls per day, and watch the numbers move as the team works — without copying spreadsheets together.</source>
        <translation>KGI を決め、目標を1日あたりの架電数まで逆算し、チームの活動に合わせて数字が動くのを確認できます。Excel を集計し直す作業はもう要りません。</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py" line="48" />
        <source>Start the setup wizard</source>
        <translation>セットアップウィザードを始める</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py" line="49" />
        <source>From the KGI to the weekly review, step by step</source>
        <translation>KGI 設定から週次レビューまで順番に</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py" line="50" />
        <source>Import Excel trackers</source>
        <translation>Excel を取り込む</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py" line="51" />
        <source>Bring in call logs and daily count sheets as they are</source>
        <translation>架電ログや日次集計表をそのまま取り込めます</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py" line="52" />
        <location filename="../../views/shell/welcome.py" line="92" />
        <location filename="../../views/shell/welcome.py" line="96" />
        <source>Open the demo</source>
        <translation>デモを開く</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py" line="53" />
        <source>A year of %1 reps and their manager (%2 people), to try everything</source>
        <translation>担当者%1人とマネージャー1人（計%2人）の1年分のデータで、すべての機能を試せます</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py" line="71" />
        <source>This database is empty. %1</source>
        <translation>データはまだありません。%1</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py" line="73" />
        <source>%1 members, data from %2 to %3.</source>
        <translation>メンバー %1 人、%2 〜 %3 のデータがあります。</translation>
    </message>
    <message>
        <location filename="../../views/shell/welcome.py" line="93" />
        <source>The demo opens in place of %1. Your data stays in that file: File → Open recent brings it back.</source>
        <translation>デモは %1 の代わりに開きます。データはそのファイルに残っています（ファイル → 最近使ったファイル で戻れます）。</translation>
    </message>
</context>
</TS>