<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="70" />
        <source>Connect to the team's database</source>
        <translation>チームのデータベースに接続</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="76" />
        <source>Paste the connection URL your manager gave you (the last line of “kpidesk team add-user”), or fill in the server and your login.</source>
        <translation>マネージャーから受け取った接続URL（「kpidesk team add-user」の最後の行）を貼り付けるか、サーバーとログイン情報を入力してください。</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="80" />
        <source>e.g. 192.168.1.20 or db.example.com</source>
        <translation>例: 192.168.1.20 または db.example.com</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="89" />
        <source>Connection URL</source>
        <translation>接続URL</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="90" />
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="91" />
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="92" />
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="93" />
        <source>User</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="94" />
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="98" />
        <source>Upload this PC's records (%1) to the team, once</source>
        <translation>このPCの記録（%1）をチームに1回だけアップロードする</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="101" />
        <source>A rep uploads their own records, a manager everyone's. Uploading again adds nothing.</source>
        <translation>担当者は自分の記録を、マネージャーは全員の記録をアップロードします。もう一度アップロードしても重複しません。</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="103" />
        <source>This PC's database holds no records yet: there is nothing to upload.</source>
        <translation>このPCのデータベースにはまだ記録がありません。アップロードするものはありません。</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="107" />
        <source>Test connection</source>
        <translation>テスト接続</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="108" />
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="160" />
        <source>Enter the server, the database and your user name (or paste the connection URL).</source>
        <translation>サーバー、データベース、ユーザー名を入力してください（または接続URLを貼り付けてください）。</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="167" />
        <source>Uploading and connecting…</source>
        <translation>アップロードして接続しています…</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="167" />
        <source>Connecting…</source>
        <translation>接続を確認しています…</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="177" />
        <source>rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="177" />
        <source>manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="177" />
        <source>administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="178" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="179" />
        <source>Connected to %1 as %2.</source>
        <translation>%1 に %2 として接続できました。</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="189" />
        <source>The server did not answer as a KPI Desk database: %1</source>
        <translation>サーバーは KPI Desk のデータベースとして応答しませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="206" />
        <source>Connected to %1.</source>
        <translation>%1 に接続しました。</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="208" />
        <source>%1 records of this PC uploaded.</source>
        <translation>このPCの記録を %1 件アップロードしました。</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="210" />
        <source>The password is kept in the system's keyring.</source>
        <translation>パスワードはシステムのキーリングに保存しました。</translation>
    </message>
    <message>
        <location filename="../../views/team/connect_dialog.py" line="211" />
        <source>No keyring on this PC: the password is not kept, and the app opens the local file next time.</source>
        <translation>このPCにはキーリングがないため、パスワードは保存していません。次回はローカルのファイルを開きます。</translation>
    </message>
</context>
</TS>