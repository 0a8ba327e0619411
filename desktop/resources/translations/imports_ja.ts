<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="9" />
        <source>Activity log</source>
        <translation>活動ログ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="10" />
        <source>Daily counts</source>
        <translation>日次集計</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="11" />
        <source>Dates across the top</source>
        <translation>日付が横に並ぶ表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="12" />
        <source>Lead list with call attempts</source>
        <translation>架電リスト（回数別）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="13" />
        <source>Deals</source>
        <translation>案件一覧</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="14" />
        <source>CRM activity export</source>
        <translation>CRM 活動エクスポート</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="15" />
        <source>CRM deal export</source>
        <translation>CRM 商談エクスポート</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="17" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="18" />
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="19" />
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="20" />
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="21" />
        <source>Contact person</source>
        <translation>先方担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="22" />
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="23" />
        <source>Activity kind</source>
        <translation>活動種別</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="24" />
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="25" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="26" />
        <source>Deal name</source>
        <translation>案件名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="27" />
        <source>Stage</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="28" />
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="29" />
        <source>Meeting date</source>
        <translation>商談日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="30" />
        <source>Close date</source>
        <translation>受注日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="32" />
        <source>no date</source>
        <translation>日付がありません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="33" />
        <source>not a date</source>
        <translation>日付として読めません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="34" />
        <source>no rep</source>
        <translation>担当者がありません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="35" />
        <source>not a number</source>
        <translation>数値として読めません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="36" />
        <source>no metric named</source>
        <translation>指標名がありません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="37" />
        <source>already counted on another sheet</source>
        <translation>別のシートで集計済み</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="39" />
        <source>it is password-protected</source>
        <translation>パスワードで保護されています</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="40" />
        <source>the file is damaged</source>
        <translation>ファイルが壊れています</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="41" />
        <source>a cell is too long (at most 131,072 characters)</source>
        <translation>長すぎるセルがあります (1 セル 131,072 文字まで)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="42" />
        <source>it is not a spreadsheet</source>
        <translation>表計算ファイルではありません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="43" />
        <source>its contents do not match its extension</source>
        <translation>拡張子と中身が一致しません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="44" />
        <source>it expands to an absurd size</source>
        <translation>展開すると大きすぎます</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="45" />
        <source>the file is too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="46" />
        <source>it has too many cells</source>
        <translation>セル数が多すぎます</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="47" />
        <source>it contains unsafe XML</source>
        <translation>危険な XML を含んでいます</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="48" />
        <source>it holds no data</source>
        <translation>データがありません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="49" />
        <source>it cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="50" />
        <source>reading it took too long</source>
        <translation>読み込みに時間がかかりすぎました</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="51" />
        <source>the reader stopped while reading it</source>
        <translation>読み込み中に停止しました</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="52" />
        <source>its text encoding is unknown</source>
        <translation>文字コードを判別できません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="53" />
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="54" />
        <source>no such sheet</source>
        <translation>シートがありません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/text.py" line="55" />
        <source>it changed after it was read: open it again</source>
        <translation>読み込んだ後にファイルが変更されました。もう一度開いてください</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="31" />
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="31" />
        <source>Sheets</source>
        <translation>シート</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="31" />
        <source>Imported at</source>
        <translation>取り込み日時</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="32" />
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="32" />
        <source>Replaced</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="32" />
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="33" />
        <source>Undone</source>
        <translation>取り消し日時</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="39" />
        <location filename="../../desktop/views/imports/history.py" line="42" />
        <source>Undo this import</source>
        <translation>この取り込みを元に戻す</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/history.py" line="45" />
        <source>Import history</source>
        <translation>取り込み履歴</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="62" />
        <source>Import Excel and CSV trackers</source>
        <translation>Excel・CSV の取り込み</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="64" />
        <source>Choose the files your team keeps (or drop them here). Nothing is stored until you press Import, and every import can be undone.</source>
        <translation>チームで使っている管理表を選んでください（ここにドロップしても構いません）。「取り込む」を押すまで何も保存されず、取り込みはいつでも元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="68" />
        <source>Choose files…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="75" />
        <location filename="../../desktop/views/imports/page.py" line="314" />
        <location filename="../../desktop/views/imports/page.py" line="316" />
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="78" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="118" />
        <source>Choose trackers to import</source>
        <translation>取り込む管理表を選択</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="156" />
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="165" />
        <location filename="../../desktop/views/imports/page.py" line="330" />
        <source>%1: not imported — %2</source>
        <translation>%1: 取り込めません — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="267" />
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="304" />
        <source>Reading cancelled. Nothing was changed.</source>
        <translation>読み込みをキャンセルしました。データは変更されていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="306" />
        <source>The file could not be read and nothing was changed (%1).</source>
        <translation>ファイルを読み込めませんでした。データは変更されていません（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="327" />
        <source>%1: %2 added, %3 replaced, %4 skipped</source>
        <translation>%1: 追加 %2 件・置換 %3 件・スキップ %4 件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="332" />
        <source>%1: import cancelled; nothing from this file was stored.</source>
        <translation>%1：取り込みをキャンセルしました。このファイルの内容は保存されていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="334" />
        <source>%1: not imported — %2. Nothing from this file was stored.</source>
        <translation>%1: 取り込んでいません — %2。このファイルからは何も保存していません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="335" />
        <source>%1: the import failed; nothing from this file was stored (%2).</source>
        <translation>%1：取り込みに失敗しました。このファイルの内容は保存されていません（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="341" />
        <source>another KPI Desk or import is writing to the database; try again in a moment</source>
        <translation>他の KPI Desk または取り込みがデータベースに書き込み中です。しばらくしてからもう一度お試しください</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="343" />
        <source>the disk is full</source>
        <translation>ディスクの空きがありません</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="345" />
        <source>the database cannot be written (read-only)</source>
        <translation>データベースに書き込めません (読み取り専用)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/page.py" line="349" />
        <source>Undo import</source>
        <translation>取り込みを元に戻す</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="56" />
        <location filename="../../desktop/views/imports/preview.py" line="60" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="56" />
        <source>Stored as</source>
        <translation>取り込み先</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="56" />
        <source>Confidence</source>
        <translation>確度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="58" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="58" />
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="58" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="58" />
        <location filename="../../desktop/views/imports/preview.py" line="60" />
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="59" />
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="60" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="60" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="63" />
        <source>Column mapping</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="64" />
        <source>Rows as stored</source>
        <translation>保存される行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="65" />
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="79" />
        <source>Skipped (%1)</source>
        <translation>スキップ（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="84" />
        <source>Choose a sheet to see how it will be read.</source>
        <translation>シートを選ぶと、どのように読み込まれるかを表示します。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="86" />
        <source>No table KPI Desk can import was found on this sheet.</source>
        <translation>このシートには取り込める表が見つかりません。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="88" />
        <source>%1 · header in row %2 · %3 facts to import · %4 rows skipped</source>
        <translation>%1・見出しは %2 行目・取り込み %3 件・スキップ %4 行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="93" />
        <source>Result words it does not know (map them in Settings): %1</source>
        <translation>未登録の結果ワード（設定で対応付けてください）: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/imports/preview.py" line="104" />
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
</context>
</TS>