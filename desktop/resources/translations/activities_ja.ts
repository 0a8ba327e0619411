<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../views/activities/page.py" line="32" />
        <source>Log</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../views/activities/page.py" line="32" />
        <source>Day counts</source>
        <translation>日次集計</translation>
    </message>
    <message>
        <location filename="../../views/activities/page.py" line="33" />
        <source>All activities</source>
        <translation>活動一覧</translation>
    </message>
    <message>
        <location filename="../../views/activities/page.py" line="33" />
        <source>Leads</source>
        <translation>リード</translation>
    </message>
    <message>
        <location filename="../../views/activities/page.py" line="34" />
        <source>Deals</source>
        <translation>商談</translation>
    </message>
    <message>
        <location filename="../../views/activities/page.py" line="34" />
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../../views/activities/page.py" line="35" />
        <source>Data quality</source>
        <translation>データ品質</translation>
    </message>
</context>
<context>
    <name>ActivityTable</name>
    <message>
        <location filename="../../views/activities/activity_table.py" line="77" />
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="78" />
        <source>Search notes</source>
        <translation>メモを検索</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="80" />
        <source>From</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="80" />
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="104" />
        <source>Delete selected</source>
        <translation>選択した行を削除</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="105" />
        <source>Turn appointment into a deal</source>
        <translation>アポを商談化</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="118" />
        <source>All reps</source>
        <translation>全担当者</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="122" />
        <source>All kinds</source>
        <translation>全種別</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="126" />
        <source>All outcomes</source>
        <translation>全結果</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="130" />
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="132" />
        <source>Any source</source>
        <translation>すべての取り込み元</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="134" />
        <source>Import #%1 %2</source>
        <translation>取り込み #%1 %2</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="150" />
        <source>%1 activities</source>
        <translation>%1 件の活動</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="179" />
        <source>Delete %1 activities</source>
        <translation>活動 %1 件を削除</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="184" />
        <source>Select an appointment (アポ獲得) first.</source>
        <translation>先にアポ獲得の行を選択してください。</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="192" />
        <source>Open a deal</source>
        <translation>商談を作成</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="193" />
        <source>%1 deals opened, %2 already had one (see 商談).</source>
        <translation>%1 件の商談を作成しました（%2 件は作成済み。商談タブで確認できます）。</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_table.py" line="206" />
        <source>Edit activity</source>
        <translation>活動を編集</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../views/activities/activity_model.py" line="30" />
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_model.py" line="30" />
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_model.py" line="31" />
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_model.py" line="31" />
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_model.py" line="32" />
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_model.py" line="32" />
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_model.py" line="33" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../views/activities/activity_model.py" line="33" />
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <location filename="../../views/activities/close_deal_dialog.py" line="14" />
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <location filename="../../views/activities/close_deal_dialog.py" line="14" />
        <source>Timing</source>
        <translation>時期</translation>
    </message>
    <message>
        <location filename="../../views/activities/close_deal_dialog.py" line="15" />
        <source>Chose a competitor</source>
        <translation>競合に決定</translation>
    </message>
    <message>
        <location filename="../../views/activities/close_deal_dialog.py" line="16" />
        <source>Missing features</source>
        <translation>機能不足</translation>
    </message>
    <message>
        <location filename="../../views/activities/close_deal_dialog.py" line="17" />
        <source>No reply</source>
        <translation>連絡途絶</translation>
    </message>
    <message>
        <location filename="../../views/activities/close_deal_dialog.py" line="27" />
        <source>Mark deal won</source>
        <translation>受注にする</translation>
    </message>
    <message>
        <location filename="../../views/activities/close_deal_dialog.py" line="27" />
        <source>Mark deal lost</source>
        <translation>失注にする</translation>
    </message>
    <message>
        <location filename="../../views/activities/close_deal_dialog.py" line="40" />
        <source>Amount (¥)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <location filename="../../views/activities/close_deal_dialog.py" line="42" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../views/activities/close_deal_dialog.py" line="43" />
        <source>Won on</source>
        <translation>受注日</translation>
    </message>
    <message>
        <location filename="../../views/activities/close_deal_dialog.py" line="43" />
        <source>Lost on</source>
        <translation>失注日</translation>
    </message>
    <message>
        <location filename="../../views/activities/close_deal_dialog.py" line="50" />
        <source>The deal cannot close before the day it was opened.</source>
        <translation>商談開始日より前の日付では締められません。</translation>
    </message>
    <message>
        <location filename="../../views/activities/close_deal_dialog.py" line="53" />
        <source>Say why the deal was lost.</source>
        <translation>失注理由を入力してください。</translation>
    </message>
    <message>
        <location filename="../../views/activities/close_deal_dialog.py" line="56" />
        <source>Enter the amount won (e.g. 120万 or 1,200,000).</source>
        <translation>受注金額を入力してください（例: 120万 または 1,200,000）。</translation>
    </message>
</context>
<context>
    <name>ContractActionDialog</name>
    <message>
        <location filename="../../views/activities/contract_form.py" line="89" />
        <source>Renew contract</source>
        <translation>契約を更新</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="89" />
        <source>Cancel contract</source>
        <translation>解約</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="96" />
        <source>Next term</source>
        <translation>次の契約期間</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="97" />
        <source>Monthly (¥)</source>
        <translation>月額 (円)</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="99" />
        <source>Cancelled on</source>
        <translation>解約日</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="106" />
        <source>An open-ended contract has no term to renew.</source>
        <translation>期間の定めのない契約は更新できません。</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="111" />
        <source>A contract cannot be cancelled before it starts.</source>
        <translation>契約開始日より前には解約できません。</translation>
    </message>
</context>
<context>
    <name>ContractSection</name>
    <message>
        <location filename="../../views/activities/contract_form.py" line="43" />
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="50" />
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="53" />
        <source>e.g. 5万 or 50,000</source>
        <translation>例: 5万 または 50,000</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="59" />
        <source>Starts</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="59" />
        <source>Term</source>
        <translation>契約期間</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="60" />
        <source>Ends</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="60" />
        <source>Monthly (¥)</source>
        <translation>月額 (円)</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="63" />
        <source>Cancelled on %1</source>
        <translation>%1 に解約</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="76" />
        <source>The contract ends before it starts.</source>
        <translation>契約の終了日が開始日より前です。</translation>
    </message>
</context>
<context>
    <name>Contracts</name>
    <message>
        <location filename="../../views/activities/contract_form.py" line="33" />
        <source>The monthly amount is not an amount of yen (e.g. 5万 or 50,000).</source>
        <translation>月額が金額として読めません (例: 5万 または 50,000)。</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="124" />
        <source>No contract.</source>
        <translation>契約はありません。</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="126" />
        <source>Contract %1 – %2, %3 a month, renewed %4 times</source>
        <translation>契約 %1 〜 %2・月額 %3・更新 %4 回</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="129" />
        <source>, cancelled on %1</source>
        <translation>・%1 に解約</translation>
    </message>
    <message>
        <location filename="../../views/activities/contract_form.py" line="131" />
        <source> · LTV (team) %1</source>
        <translation>・LTV (チーム) %1</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../../views/activities/deal_dialog.py" line="84" />
        <source>Edit deal</source>
        <translation>商談を編集</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_dialog.py" line="84" />
        <source>New deal</source>
        <translation>新規商談</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_dialog.py" line="91" />
        <source>e.g. 120万 or 1,200,000</source>
        <translation>例: 120万 または 1,200,000</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_dialog.py" line="114" />
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_dialog.py" line="114" />
        <source>Deal</source>
        <translation>商談名</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_dialog.py" line="115" />
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_dialog.py" line="115" />
        <source>Amount (¥)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_dialog.py" line="116" />
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_dialog.py" line="116" />
        <source>Opened</source>
        <translation>商談開始日</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_dialog.py" line="117" />
        <source>Expected close</source>
        <translation>受注予定日</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_dialog.py" line="133" />
        <source>Add a member first: every deal has an owner.</source>
        <translation>先にメンバーを追加してください。商談には担当者が必要です。</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_dialog.py" line="137" />
        <source>The expected close is before the day the deal was opened.</source>
        <translation>受注予定日が商談開始日より前です。</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_dialog.py" line="156" />
        <source>The amount is not an amount of yen (e.g. 120万 or 1,200,000).</source>
        <translation>金額を円で入力してください（例: 120万 または 1,200,000）。</translation>
    </message>
</context>
<context>
    <name>DealList</name>
    <message>
        <location filename="../../views/activities/deal_list.py" line="49" />
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="49" />
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="49" />
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="49" />
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="50" />
        <source>Opened</source>
        <translation>商談開始日</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="50" />
        <source>Expected close</source>
        <translation>受注予定日</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="50" />
        <source>Closed</source>
        <translation>完了日</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="51" />
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="51" />
        <source>Lost because</source>
        <translation>失注理由</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="59" />
        <source>Show all deals</source>
        <translation>すべての商談を表示</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="64" />
        <location filename="../../views/activities/deal_list.py" line="145" />
        <source>New deal</source>
        <translation>新規商談</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="65" />
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="66" />
        <source>Mark won</source>
        <translation>受注にする</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="67" />
        <source>Mark lost</source>
        <translation>失注にする</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="72" />
        <source>Renew</source>
        <translation>契約を更新</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="73" />
        <location filename="../../views/activities/deal_list.py" line="209" />
        <source>Cancel contract</source>
        <translation>解約</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="103" />
        <source>%1 %2 – %3: %4 deals (%5 won)</source>
        <translation>%1 %2〜%3: 商談 %4 件（受注 %5）</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="106" />
        <source>%1 deals, %2 open (%3 in the pipeline)</source>
        <translation>商談 %1 件・進行中 %2 件（パイプライン %3）</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="168" />
        <source>Edit deal</source>
        <translation>商談を編集</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="196" />
        <source>Select a won deal with a contract first (Edit adds one).</source>
        <translation>契約のある受注済みの商談を選んでください (契約は「編集」で追加できます)。</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="199" />
        <source>This contract was cancelled: there is nothing to renew or cancel.</source>
        <translation>この契約は解約済みです。更新も解約もできません。</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="205" />
        <source>Renew contract</source>
        <translation>契約を更新</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="218" />
        <source>Mark deal won</source>
        <translation>受注にする</translation>
    </message>
    <message>
        <location filename="../../views/activities/deal_list.py" line="218" />
        <source>Mark deal lost</source>
        <translation>失注にする</translation>
    </message>
</context>
<context>
    <name>LeadList</name>
    <message>
        <location filename="../../views/activities/lead_list.py" line="42" />
        <source>Search company or person</source>
        <translation>会社名・担当者名で検索</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="44" />
        <source>All statuses</source>
        <translation>全ステータス</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="48" />
        <source>Change status to…</source>
        <translation>ステータスを変更…</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="56" />
        <source>Show all leads</source>
        <translation>すべてのリードを表示</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="62" />
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="62" />
        <source>Person</source>
        <translation>先方担当者</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="62" />
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="62" />
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="63" />
        <source>Source</source>
        <translation>流入元</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="63" />
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="63" />
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="63" />
        <source>Last activity</source>
        <translation>最終活動日</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="64" />
        <source>Next action</source>
        <translation>次回アクション</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="67" />
        <source>Became MQL on…</source>
        <translation>MQL になった日を記録…</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="67" />
        <source>Became SQL on…</source>
        <translation>SQL になった日を記録…</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="68" />
        <source>Reached 商談 on…</source>
        <translation>商談化した日を記録…</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="73" />
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="73" />
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="73" />
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="73" />
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="74" />
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="74" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="108" />
        <source>%1 leads</source>
        <translation>%1 件のリード</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="128" />
        <source>Change lead status</source>
        <translation>リードのステータスを変更</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_list.py" line="139" />
        <source>Record lead stage</source>
        <translation>リードの段階を記録</translation>
    </message>
</context>
<context>
    <name>LeadStageDialog</name>
    <message>
        <location filename="../../views/activities/lead_stage_dialog.py" line="21" />
        <source>Record lead stage</source>
        <translation>リードの段階を記録</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_stage_dialog.py" line="35" />
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_stage_dialog.py" line="36" />
        <source>Reached on</source>
        <translation>到達日</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_stage_dialog.py" line="37" />
        <source>Counted for</source>
        <translation>計上する担当者</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_stage_dialog.py" line="38" />
        <source>An earlier stage the lead lacks is recorded on the same day.</source>
        <translation>まだ記録のない前の段階 (例: SQL の前の MQL) も同じ日に記録されます。</translation>
    </message>
    <message>
        <location filename="../../views/activities/lead_stage_dialog.py" line="46" />
        <source>Add a member first: a stage is counted for someone.</source>
        <translation>先にメンバーを追加してください (段階は担当者に計上されます)。</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../../views/activities/member_list.py" line="31" />
        <location filename="../../views/activities/member_list.py" line="60" />
        <location filename="../../views/activities/member_list.py" line="68" />
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="31" />
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="31" />
        <source>Active</source>
        <translation>在籍</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="31" />
        <source>Activities</source>
        <translation>活動数</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="35" />
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="35" />
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="36" />
        <source>Activate / deactivate</source>
        <translation>有効／無効を切り替え</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="37" />
        <source>Merge into…</source>
        <translation>統合…</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="50" />
        <source>Manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="50" />
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="51" />
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="51" />
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="60" />
        <source>Add member</source>
        <translation>メンバーを追加</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="68" />
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="71" />
        <source>Rename member</source>
        <translation>メンバー名を変更</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="78" />
        <source>Activate / deactivate member</source>
        <translation>メンバーの有効／無効を切り替え</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="85" />
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="85" />
        <source>Move everything of %1 to</source>
        <translation>%1 のデータをすべて移す先</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="92" />
        <source>Merge members</source>
        <translation>メンバーを統合</translation>
    </message>
    <message>
        <location filename="../../views/activities/member_list.py" line="94" />
        <source>Merged. Ctrl+Z undoes it.</source>
        <translation>統合しました。Ctrl+Z で元に戻せます。</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="28" />
        <source>Business day with nothing logged</source>
        <translation>記録のない営業日</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="29" />
        <source>More connects than calls</source>
        <translation>接続数が架電数を超えている</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="30" />
        <source>More appointments than connects</source>
        <translation>アポ数が接続数を超えている</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="31" />
        <source>More wins than opportunities</source>
        <translation>受注数が商談数を超えている</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="32" />
        <source>Calls far above the rep's usual day</source>
        <translation>普段より極端に多い架電数</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="33" />
        <source>Duplicate activities (same rep, company, outcome, minute)</source>
        <translation>重複した活動（同じ担当者・会社・結果・時刻）</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="34" />
        <source>Duplicate leads (same company name)</source>
        <translation>重複したリード（同じ会社名）</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="35" />
        <source>Calls without an outcome</source>
        <translation>結果が未入力の架電</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="36" />
        <source>Deals without an amount</source>
        <translation>金額が未入力の商談</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="37" />
        <source>Leads without an owner</source>
        <translation>担当者が未設定のリード</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="39" />
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="39" />
        <source>Check</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="40" />
        <source>Info</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="155" />
        <source>usual day (median)</source>
        <translation>通常（中央値）</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="156" />
        <source>rows</source>
        <translation>件</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="56" />
        <source>Finding</source>
        <translation>検出内容</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="56" />
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="56" />
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="56" />
        <location filename="../../views/activities/quality_panel.py" line="59" />
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="59" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="62" />
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="63" />
        <source>Check again</source>
        <translation>再チェック</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="97" />
        <source>%1 findings from %2 to yesterday. Days off show as “nothing logged”; that is expected.</source>
        <translation>%2 から昨日までに %1 件を検出しました。休暇の日は「記録のない営業日」として表示されます。</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="120" />
        <source>Delete duplicate activities</source>
        <translation>重複した活動を削除</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="123" />
        <source>Merge duplicate leads</source>
        <translation>重複したリードを統合</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="128" />
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="128" />
        <source>Owner of these leads</source>
        <translation>これらのリードの担当者</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="130" />
        <source>Set lead owner</source>
        <translation>リードの担当者を設定</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="133" />
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="133" />
        <source>Amount (yen)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="135" />
        <source>Fill in deal amount</source>
        <translation>商談金額を入力</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="139" />
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="139" />
        <source>Outcome of these calls</source>
        <translation>これらの架電の結果</translation>
    </message>
    <message>
        <location filename="../../views/activities/quality_panel.py" line="141" />
        <source>Fill in call outcome</source>
        <translation>架電結果を入力</translation>
    </message>
</context>
<context>
    <name>QuickLogPanel</name>
    <message>
        <location filename="../../views/activities/quick_log.py" line="86" />
        <source>Company (type to search; Enter picks it or adds a new lead)</source>
        <translation>会社名（入力で検索、Enter で選択／新規リード登録）</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="93" />
        <source>Note (optional; Enter keeps it for the next key)</source>
        <translation>メモ（任意、Enter で次の記録に付けます）</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="100" />
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="101" />
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="102" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="111" />
        <source>Latest entries today (Ctrl+Z undoes the last one)</source>
        <translation>今日の最新の記録（Ctrl+Z で直前の記録を取り消し）</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="117" />
        <source>Materials sent</source>
        <translation>資料送付</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="152" />
        <source>Add a member first (メンバー tab).</source>
        <translation>先にメンバーを追加してください（メンバータブ）。</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="168" />
        <source>Undone: %1 (it was not stored yet)</source>
        <translation>取り消しました: %1 (保存前でした)</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="173" />
        <source>Nothing to undo.</source>
        <translation>取り消す操作はありません。</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="183" />
        <source>Log %1</source>
        <translation>%1 を記録</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="189" />
        <source>Logged: %1</source>
        <translation>記録しました: %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="198" />
        <source>Stored what could not be stored at the last quit. The database's folder could not be written, so it had been kept in %1.</source>
        <translation>前回の終了時に保存できなかった記録を保存しました。データベースのフォルダーに書き込めなかったため、%1 に保管していました。</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="212" />
        <source>the database is busy with another task (an import?)</source>
        <translation>データベースが他の処理 (取り込みなど) で使用中です</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="214" />
        <source>the disk is full</source>
        <translation>ディスクの空きがありません</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="216" />
        <source>the database cannot be written (read-only)</source>
        <translation>データベースに書き込めません (読み取り専用)</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="218" />
        <source>the database did not accept it</source>
        <translation>データベースが書き込みを受け付けませんでした</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="219" />
        <source>Not stored yet: %1 entries wait because %2. Retrying; nothing is lost.</source>
        <translation>未保存: %1 件が保存待ちです (%2)。自動で再試行しています。記録は失われません。</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="179" />
        <location filename="../../views/activities/quick_log.py" line="226" />
        <source>Undone: %1</source>
        <translation>取り消しました: %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="241" />
        <source>%1  %2  %3 — not stored yet</source>
        <translation>%1  %2  %3 — 保存待ち</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="245" />
        <source>%1 — undo not stored yet</source>
        <translation>%1 — 取り消しを保存待ち</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="245" />
        <source>%1 — redo not stored yet</source>
        <translation>%1 — やり直しを保存待ち</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="248" />
        <source>Not stored yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="250" />
        <source>Undoing: %1</source>
        <translation>取り消し中: %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="250" />
        <source>Redoing: %1</source>
        <translation>やり直し中: %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="250" />
        <source>Storing: %1</source>
        <translation>保存中: %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="268" />
        <source>New lead added: %1</source>
        <translation>新しいリードを登録しました: %1</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="274" />
        <source>Note kept: press 1–6 or E/F/M to log with it.</source>
        <translation>メモを保持しました。1〜6 または E/F/M で記録します。</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="315" />
        <source>Calls today &lt;b&gt;%1&lt;/b&gt; (no monthly target)</source>
        <translation>今日の架電数 &lt;b&gt;%1&lt;/b&gt;（月間目標なし）</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="318" />
        <source>Today's target is re-planned each day from what is left of the month: %1 calls over %2 business days.</source>
        <translation>今日の目標は、今月の残り (%1 件を残り %2 営業日) から毎日再計画しています。</translation>
    </message>
    <message>
        <location filename="../../views/activities/quick_log.py" line="320" />
        <source>Calls today &lt;b&gt;%1&lt;/b&gt; / target %2 · month %3 / %4 · &lt;span style='color:%5'&gt;%6&lt;/span&gt;</source>
        <translation>今日の架電数 &lt;b&gt;%1&lt;/b&gt; / 目標 %2 ・ 今月 %3 / %4 ・ &lt;span style='color:%5'&gt;%6&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>TallyGrid</name>
    <message>
        <location filename="../../views/activities/tally_grid.py" line="40" />
        <source>Week view (totals, read-only)</source>
        <translation>週表示（合計・閲覧のみ）</translation>
    </message>
    <message>
        <location filename="../../views/activities/tally_grid.py" line="52" />
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../views/activities/tally_grid.py" line="85" />
        <source>Day counts %1 – %2 (totals, read-only)</source>
        <translation>日次集計 %1〜%2（合計・閲覧のみ）</translation>
    </message>
    <message>
        <location filename="../../views/activities/tally_grid.py" line="89" />
        <source>Each cell: the day count you typed, and in brackets what was logged call by call. </source>
        <translation>各セル: 入力した日次件数、括弧内は1件ずつ記録された件数。</translation>
    </message>
    <message>
        <location filename="../../views/activities/tally_grid.py" line="90" />
        <source>Both are added together (settings).</source>
        <translation>両方を合算して集計します（設定）。</translation>
    </message>
    <message>
        <location filename="../../views/activities/tally_grid.py" line="91" />
        <source>Where a day count exists it replaces the logged count for that rep and metric (settings).</source>
        <translation>日次件数がある場合、その担当者・指標は記録件数の代わりに日次件数で集計します（設定）。</translation>
    </message>
    <message>
        <location filename="../../views/activities/tally_grid.py" line="96" />
        <source>Enter %1 day counts</source>
        <translation>日次件数 %1 件を入力</translation>
    </message>
    <message>
        <location filename="../../views/activities/tally_grid.py" line="106" />
        <source>Pasted %1 cells.</source>
        <translation>%1 セルを貼り付けました。</translation>
    </message>
    <message>
        <location filename="../../views/activities/tally_grid.py" line="107" />
        <source> %1 values were not counts and were skipped.</source>
        <translation> 数値でない %1 個の値はスキップしました。</translation>
    </message>
</context>
</TS>