<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Import</name>
    <message>
        <location filename="../../views/imports/text.py" line="9" />
        <source>Activity log</source>
        <translation>活動ログ</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="10" />
        <source>Daily counts</source>
        <translation>日次集計</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="11" />
        <source>Dates across the top</source>
        <translation>日付が横に並ぶ表</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="12" />
        <source>Lead list with call attempts</source>
        <translation>架電リスト（回数別）</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="13" />
        <source>Deals</source>
        <translation>案件一覧</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="14" />
        <source>CRM activity export</source>
        <translation>CRM 活動エクスポート</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="15" />
        <source>CRM deal export</source>
        <translation>CRM 商談エクスポート</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="16" />
        <source>Day counts with reps across the columns</source>
        <translation>日次件数 (担当者が横並び)</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="17" />
        <source>Lead list with stages (MQL / SQL / 商談)</source>
        <translation>リード一覧 (MQL / SQL / 商談の段階)</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="19" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="20" />
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="21" />
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="22" />
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="23" />
        <source>Contact person</source>
        <translation>先方担当者</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="24" />
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="25" />
        <source>Activity kind</source>
        <translation>活動種別</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="26" />
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="27" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="28" />
        <source>Deal name</source>
        <translation>案件名</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="29" />
        <source>Stage</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="30" />
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="31" />
        <source>Meeting date</source>
        <translation>商談日</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="32" />
        <source>Close date</source>
        <translation>受注日</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="33" />
        <source>Update date</source>
        <translation>更新日</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="34" />
        <source>Status (done or not)</source>
        <translation>状況 (完了/未完了)</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="35" />
        <source>Reached (yes/no)</source>
        <translation>通電 (有/無)</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="36" />
        <source>Lead status (MQL / SQL / 商談化)</source>
        <translation>リードステータス (MQL / SQL / 商談化)</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="37" />
        <source>MQL date</source>
        <translation>MQL日</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="38" />
        <source>SQL date</source>
        <translation>SQL日</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="39" />
        <source>Date reached 商談</source>
        <translation>商談化日</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="41" />
        <source>no date</source>
        <translation>日付がありません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="42" />
        <source>not a date</source>
        <translation>日付として読めません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="43" />
        <source>no rep</source>
        <translation>担当者がありません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="44" />
        <source>not a number</source>
        <translation>数値として読めません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="45" />
        <source>no metric named</source>
        <translation>指標名がありません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="46" />
        <source>already counted on another sheet</source>
        <translation>別のシートで集計済み</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="47" />
        <source>implausible date (before 2000 or after next year)</source>
        <translation>ありえない日付 (2000年より前か来年より後)</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="48" />
        <source>not completed (only completed activities count)</source>
        <translation>未完了 (完了した活動のみ数えます)</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="50" />
        <source>it is password-protected</source>
        <translation>パスワードで保護されています</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="51" />
        <source>the file is damaged</source>
        <translation>ファイルが壊れています</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="52" />
        <source>a cell is too long (at most 131,072 characters)</source>
        <translation>長すぎるセルがあります (1 セル 131,072 文字まで)</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="53" />
        <source>it is not a spreadsheet</source>
        <translation>表計算ファイルではありません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="54" />
        <source>its contents do not match its extension</source>
        <translation>拡張子と中身が一致しません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="55" />
        <source>it expands to an absurd size</source>
        <translation>展開すると大きすぎます</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="56" />
        <source>the file is too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="57" />
        <source>it has too many cells</source>
        <translation>セル数が多すぎます</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="58" />
        <source>it contains unsafe XML</source>
        <translation>危険な XML を含んでいます</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="59" />
        <source>it holds no data</source>
        <translation>データがありません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="60" />
        <source>it cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="61" />
        <source>reading it took too long</source>
        <translation>読み込みに時間がかかりすぎました</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="62" />
        <source>the reader stopped while reading it</source>
        <translation>読み込み中に停止しました</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="63" />
        <source>its text encoding is unknown</source>
        <translation>文字コードを判別できません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="64" />
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="65" />
        <source>no such sheet</source>
        <translation>シートがありません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="66" />
        <source>it changed after it was read: open it again</source>
        <translation>読み込んだ後にファイルが変更されました。もう一度開いてください</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="72" />
        <source>header</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="73" />
        <source>your choice</source>
        <translation>手動指定</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="74" />
        <source>dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="75" />
        <source>times</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="76" />
        <source>names</source>
        <translation>人名</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="77" />
        <source>customer contacts (様)</source>
        <translation>先方担当者 (様)</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="78" />
        <source>company names</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="79" />
        <source>phone numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="80" />
        <source>activity kinds</source>
        <translation>活動種別</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="81" />
        <source>result words</source>
        <translation>結果の語</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="82" />
        <source>status words</source>
        <translation>状況の語</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="83" />
        <source>yes/no</source>
        <translation>有/無</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="84" />
        <source>stage words</source>
        <translation>ステージの語</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="85" />
        <source>text</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="86" />
        <source>amounts</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="87" />
        <source>counts</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="88" />
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="89" />
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="90" />
        <source>no value shows the day/month order: read as month/day</source>
        <translation>値から日と月の順が決まらないため、月/日として読みます</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="94" />
        <source>no header row</source>
        <translation>見出し行がありません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="95" />
        <source>no date column</source>
        <translation>日付の列がありません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="96" />
        <source>no result, type, count or stage column</source>
        <translation>結果・種別・件数・ステージの列がありません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="97" />
        <source>no rep column</source>
        <translation>担当者の列がありません</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="126" />
        <source>not ticked: a pivot table, made from other rows</source>
        <translation>未選択: ピボットテーブル (他の行の集計)</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="127" />
        <source>not ticked: a summary by month or of totals, not one row per day</source>
        <translation>未選択: 月別・合計の集計表 (1日1行の表ではありません)</translation>
    </message>
    <message>
        <location filename="../../views/imports/text.py" line="128" />
        <source>not ticked: repeats the rows of %1</source>
        <translation>未選択: %1 と同じ行の繰り返し</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../views/imports/history.py" line="31" />
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../views/imports/history.py" line="31" />
        <source>Sheets</source>
        <translation>シート</translation>
    </message>
    <message>
        <location filename="../../views/imports/history.py" line="31" />
        <source>Imported at</source>
        <translation>取り込み日時</translation>
    </message>
    <message>
        <location filename="../../views/imports/history.py" line="32" />
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../views/imports/history.py" line="32" />
        <source>Replaced</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../../views/imports/history.py" line="32" />
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../views/imports/history.py" line="33" />
        <source>Undone</source>
        <translation>取り消し日時</translation>
    </message>
    <message>
        <location filename="../../views/imports/history.py" line="39" />
        <location filename="../../views/imports/history.py" line="42" />
        <source>Undo this import</source>
        <translation>この取り込みを元に戻す</translation>
    </message>
    <message>
        <location filename="../../views/imports/history.py" line="45" />
        <source>Import history</source>
        <translation>取り込み履歴</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../views/imports/page.py" line="66" />
        <source>Import Excel and CSV trackers</source>
        <translation>Excel・CSV の取り込み</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="68" />
        <source>Choose the files your team keeps (or drop them here). Nothing is stored until you press Import, and every import can be undone.</source>
        <translation>チームで使っている管理表を選んでください（ここにドロップしても構いません）。「取り込む」を押すまで何も保存されず、取り込みはいつでも元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="72" />
        <source>Choose files…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="83" />
        <location filename="../../views/imports/page.py" line="343" />
        <location filename="../../views/imports/page.py" line="345" />
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="85" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="125" />
        <source>Choose trackers to import</source>
        <translation>取り込む管理表を選択</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="162" />
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="171" />
        <location filename="../../views/imports/page.py" line="363" />
        <source>%1: not imported — %2</source>
        <translation>%1: 取り込めません — %2</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="183" />
        <source>Not importable: %1</source>
        <translation>取り込めません: %1</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="295" />
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="333" />
        <source>Reading cancelled. Nothing was changed.</source>
        <translation>読み込みをキャンセルしました。データは変更されていません。</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="335" />
        <source>The file could not be read and nothing was changed (%1).</source>
        <translation>ファイルを読み込めませんでした。データは変更されていません（%1）。</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="356" />
        <source>%1 (%2 rows, e.g. %3 '%4')</source>
        <translation>%1 (%2 行、例: %3 '%4')</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="357" />
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 行)</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="358" />
        <source>%1: nothing was stored and nothing changed — %2</source>
        <translation>%1: 何も保存せず、何も変更していません — %2</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="360" />
        <source>%1: %2 added, %3 replaced, %4 skipped</source>
        <translation>%1: 追加 %2 件・置換 %3 件・スキップ %4 件</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="365" />
        <source>%1: import cancelled; nothing from this file was stored.</source>
        <translation>%1：取り込みをキャンセルしました。このファイルの内容は保存されていません。</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="367" />
        <source>%1: not imported — %2. Nothing from this file was stored.</source>
        <translation>%1: 取り込んでいません — %2。このファイルからは何も保存していません。</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="368" />
        <source>%1: the import failed; nothing from this file was stored (%2).</source>
        <translation>%1：取り込みに失敗しました。このファイルの内容は保存されていません（%2）。</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="374" />
        <source>another KPI Desk or import is writing to the database; try again in a moment</source>
        <translation>他の KPI Desk または取り込みがデータベースに書き込み中です。しばらくしてからもう一度お試しください</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="376" />
        <source>the disk is full</source>
        <translation>ディスクの空きがありません</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="378" />
        <source>the database cannot be written (read-only)</source>
        <translation>データベースに書き込めません (読み取り専用)</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="382" />
        <source>Remove everything this import added? You can put it back with Redo.</source>
        <translation>この取り込みで追加したものをすべて削除しますか？「やり直す」で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="384" />
        <source>removing an import</source>
        <translation>取り込みの削除</translation>
    </message>
    <message>
        <location filename="../../views/imports/page.py" line="388" />
        <source>Undo import</source>
        <translation>取り込みを元に戻す</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../views/imports/preview.py" line="65" />
        <location filename="../../views/imports/preview.py" line="69" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="65" />
        <source>Stored as</source>
        <translation>取り込み先</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="65" />
        <source>Confidence</source>
        <translation>確度</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="65" />
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="67" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="67" />
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="67" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="67" />
        <location filename="../../views/imports/preview.py" line="69" />
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="68" />
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="69" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="69" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="72" />
        <source>Column mapping</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="73" />
        <source>Rows as stored</source>
        <translation>保存される行</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="74" />
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="78" />
        <source>Name of the rep these rows belong to</source>
        <translation>これらの行の担当者名</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="83" />
        <source>This sheet has no rep column. Rep for every row:</source>
        <translation>このシートには担当者の列がありません。全行の担当者:</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="113" />
        <source>Rows as stored (%1 of %2 shown)</source>
        <translation>保存される行 (%2 件中 %1 件を表示)</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="114" />
        <source>Skipped (%1)</source>
        <translation>スキップ（%1）</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="127" />
        <source>Choose a sheet to see how it will be read.</source>
        <translation>シートを選ぶと、どのように読み込まれるかを表示します。</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="129" />
        <source>No table KPI Desk can import was found on this sheet: %1.</source>
        <translation>このシートに取り込める表が見つかりません: %1。</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="131" />
        <source>%1 · header in row %2 · %3 facts to import · %4 rows skipped</source>
        <translation>%1・見出しは %2 行目・取り込み %3 件・スキップ %4 行</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="136" />
        <source>Already imported before: %1 new, %2 replace their earlier version (result or note corrected), %3 unchanged and left as stored.</source>
        <translation>以前に取り込んだ行を含みます: うち新規 %1 件、修正 (結果・メモ) により置き換え %2 件、変更なし %3 件 (そのまま残します)。</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="142" />
        <source>%1 (e.g. %2 '%3')</source>
        <translation>%1 (例: %2 '%3')</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="144" />
        <source>Nothing from this sheet can be stored: %1</source>
        <translation>このシートからは何も保存できません: %1</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="147" />
        <source>row %1 (%2)</source>
        <translation>%1 行目 (%2)</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="148" />
        <source>%1 rows whose funnel cannot be (connects above calls, appointments above connects), stored as written: %2</source>
        <translation>ありえない行が %1 行あります (接続が架電より多い、アポが接続より多い)。記入のまま保存します: %2</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="151" />
        <source>%1 total rows (合計/小計) left out, from row %2: they repeat the rows above.</source>
        <translation>合計・小計の行 %1 行 (%2 行目から) は上の行の繰り返しのため除外しました。</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="155" />
        <source>New rep names, created as new members unless you choose below who each is: %1</source>
        <translation>新しい担当者名 (下で既存の担当者を選ばなければ新しい担当者として登録): %1</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="158" />
        <source>Result words it does not know are listed below: choose what each means.</source>
        <translation>登録されていない結果の語を下に表示しています。それぞれの意味を選んでください。</translation>
    </message>
    <message>
        <location filename="../../views/imports/preview.py" line="174" />
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
</context>
<context>
    <name>NewMembers</name>
    <message>
        <location filename="../../views/imports/new_members.py" line="25" />
        <source>Rep name in the file</source>
        <translation>ファイル上の担当者名</translation>
    </message>
    <message>
        <location filename="../../views/imports/new_members.py" line="25" />
        <source>Who it is</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/imports/new_members.py" line="39" />
        <source>New member</source>
        <translation>新しい担当者として登録</translation>
    </message>
</context>
<context>
    <name>UnknownWords</name>
    <message>
        <location filename="../../views/imports/words.py" line="25" />
        <source>Result word</source>
        <translation>結果の語</translation>
    </message>
    <message>
        <location filename="../../views/imports/words.py" line="25" />
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../views/imports/words.py" line="25" />
        <source>Means</source>
        <translation>意味</translation>
    </message>
    <message>
        <location filename="../../views/imports/words.py" line="37" />
        <source>(choose)</source>
        <translation>(選択)</translation>
    </message>
</context>
</TS>