<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>DashboardSetupPage</name>
    <message>
        <location filename="../../views/wizard/dashboard.py" line="30" />
        <source>5. Dashboard, alerts and per-rep goals</source>
        <translation>5. ダッシュボード・アラート・担当者別の目標</translation>
    </message>
    <message>
        <location filename="../../views/wizard/dashboard.py" line="31" />
        <source>Choose what the dashboard shows, and when KPI Desk should warn you.</source>
        <translation>ダッシュボードに表示するKPIと、通知する条件を選びます。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/dashboard.py" line="33" />
        <source>On the dashboard</source>
        <translation>ダッシュボードに表示</translation>
    </message>
    <message>
        <location filename="../../views/wizard/dashboard.py" line="33" />
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../views/wizard/dashboard.py" line="33" />
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location filename="../../views/wizard/dashboard.py" line="34" />
        <source>Alert below</source>
        <translation>アラートの基準</translation>
    </message>
    <message>
        <location filename="../../views/wizard/dashboard.py" line="38" />
        <source>Counts alert when their pace falls below the share of the target expected by today; rates alert when they fall below that share of the team's own average.</source>
        <translation>件数は、今日までに見込まれる目標の何%を下回ったら通知するか、率はチーム自身の平均の何%を下回ったら通知するかを指定します。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/dashboard.py" line="89" />
        <source>Nothing logged by %1:00</source>
        <translation>%1時までに記録なし</translation>
    </message>
    <message>
        <location filename="../../views/wizard/dashboard.py" line="90" />
        <source>%1 below the benchmark band</source>
        <translation>%1 が目安の範囲を下回る</translation>
    </message>
    <message>
        <location filename="../../views/wizard/dashboard.py" line="91" />
        <source>%1 below %2 of the team's own average</source>
        <translation>%1 がチーム平均の %2 を下回る</translation>
    </message>
    <message>
        <location filename="../../views/wizard/dashboard.py" line="93" />
        <source>%1 pace below %2 of target</source>
        <translation>%1 のペースが目標の %2 を下回る</translation>
    </message>
    <message>
        <location filename="../../views/wizard/dashboard.py" line="99" />
        <source>Set up the dashboard and alerts</source>
        <translation>ダッシュボードとアラートの設定</translation>
    </message>
</context>
<context>
    <name>KgiSetupPage</name>
    <message>
        <location filename="../../views/wizard/kgi.py" line="28" />
        <source>1. KGI: the final goal</source>
        <translation>1. KGI：最終目標</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="29" />
        <source>What the team must reach this fiscal year. Everything else is worked back from it.</source>
        <translation>今年度チームが達成すべき目標です。ほかの目標はすべてここから逆算します。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="33" />
        <source>e.g. 1億 or 120,000,000</source>
        <translation>例：1億、120,000,000</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="35" />
        <source>empty = a quarter of the annual number</source>
        <translation>空欄なら年間目標の4分の1</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="38" />
        <source>Starts in month %1</source>
        <translation>%1月始まり</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="39" />
        <source>empty = made from the numbers</source>
        <translation>空欄なら数値から自動作成</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="42" />
        <source>Annual number</source>
        <translation>年間目標値</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="43" />
        <source>Quarterly number</source>
        <translation>四半期目標値</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="44" />
        <source>Goal</source>
        <translation>目標の種類</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="45" />
        <source>Fiscal year</source>
        <translation>会計年度</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="46" />
        <source>KGI title</source>
        <translation>KGIの名前</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="78" />
        <source>Enter the annual number (for example 1億 or 500).</source>
        <translation>年間目標値を入力してください（例：1億、500）。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="83" />
        <source>The quarterly number is not a number.</source>
        <translation>四半期目標値が数値ではありません。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="86" />
        <source>Set up the KGI</source>
        <translation>KGIの設定</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="102" />
        <source>The team's final goal for the fiscal year</source>
        <translation>今年度のチームの最終目標</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="115" />
        <source>Annual revenue ¥%1</source>
        <translation>年間売上 %1円</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kgi.py" line="116" />
        <source>Annual wins %1</source>
        <translation>年間受注 %1件</translation>
    </message>
</context>
<context>
    <name>KpiSetupPage</name>
    <message>
        <location filename="../../views/wizard/kpi.py" line="50" />
        <source>3. KPIs: action, result and outcome</source>
        <translation>3. KPI：行動・結果・成果指標</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="51" />
        <source>Targets are worked back from the KGI. Keep the list short: the phase says how many.</source>
        <translation>目標はKGIから逆算します。KPIは必要最小限に絞りましょう（フェーズごとの目安があります）。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="74" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="74" />
        <source>Tier</source>
        <translation>階層</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="74" />
        <source>Under the KSF</source>
        <translation>紐づくKSF</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="75" />
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="86" />
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="87" />
        <source>Average deal size (¥)</source>
        <translation>平均単価（円）</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="88" />
        <source>Rates</source>
        <translation>転換率</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="92" />
        <source>SMART: S specific · M measurable (data exists) · A achievable (against your own history) · R relevant (leads to the KGI) · T time-bound. ✓ met, × not yet; point at a badge for the reason.</source>
        <translation>SMART: S 具体的 · M 測定可能（データがある） · A 達成可能（自チームの実績に照らして） · R 関連性（KGIにつながる） · T 期限。✓ 満たしている、× まだ。理由はバッジにマウスを当てると表示されます。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="194" />
        <source>%1 a month</source>
        <translation>%1 / 月</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="228" />
        <source>%1 KPIs chosen; the %2 works best with %3–%4.</source>
        <translation>KPIが%1個選ばれています。%2は%3〜%4個が目安です。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="230" />
        <source>No plan yet: check the KGI and the average deal size.</source>
        <translation>逆算できません。KGIと平均単価を確認してください。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="268" />
        <source>Re-plan the KPI targets</source>
        <translation>KPIの目標を再計算</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="238" />
        <source>Team total of %1, planned back from the KGI</source>
        <translation>チーム全体の%1（KGIから逆算）</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="252" />
        <source>Tick at least one KPI (and set a KSF on the previous page).</source>
        <translation>KPIを1つ以上選んでください（前のページでKSFも設定してください）。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/kpi.py" line="256" />
        <source>Set up the KPIs</source>
        <translation>KPIの設定</translation>
    </message>
</context>
<context>
    <name>KsfSetupPage</name>
    <message>
        <location filename="../../views/wizard/ksf.py" line="41" />
        <source>2. KSF: what must go right</source>
        <translation>2. KSF：成功要因</translation>
    </message>
    <message>
        <location filename="../../views/wizard/ksf.py" line="42" />
        <source>Tick the success factors the KGI depends on, or add your own.</source>
        <translation>KGI達成に欠かせない成功要因を選ぶか、独自に追加してください。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/ksf.py" line="44" />
        <source>Your own success factor</source>
        <translation>独自の成功要因</translation>
    </message>
    <message>
        <location filename="../../views/wizard/ksf.py" line="46" />
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../views/wizard/ksf.py" line="98" />
        <source>Set the KGI on the first page first.</source>
        <translation>先に最初のページでKGIを設定してください。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/ksf.py" line="101" />
        <source>Tick at least one success factor.</source>
        <translation>成功要因を1つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/ksf.py" line="104" />
        <source>Set up the KSFs</source>
        <translation>KSFの設定</translation>
    </message>
    <message>
        <location filename="../../views/wizard/ksf.py" line="118" />
        <source>A success factor the KGI depends on</source>
        <translation>KGI達成に必要な成功要因</translation>
    </message>
</context>
<context>
    <name>KsfTitles</name>
    <message>
        <location filename="../../views/wizard/ksf.py" line="16" />
        <source>Secure enough activity volume</source>
        <translation>行動量の確保</translation>
    </message>
    <message>
        <location filename="../../views/wizard/ksf.py" line="17" />
        <source>Establish the sales process</source>
        <translation>営業プロセスの確立</translation>
    </message>
    <message>
        <location filename="../../views/wizard/ksf.py" line="18" />
        <source>Establish a lead-nurturing process</source>
        <translation>リード育成プロセス確立</translation>
    </message>
    <message>
        <location filename="../../views/wizard/ksf.py" line="19" />
        <source>Raise the opportunity rate</source>
        <translation>商談化率向上</translation>
    </message>
    <message>
        <location filename="../../views/wizard/ksf.py" line="20" />
        <source>Optimise the talk script</source>
        <translation>トークスクリプトの最適化</translation>
    </message>
    <message>
        <location filename="../../views/wizard/ksf.py" line="21" />
        <source>Raise the win rate</source>
        <translation>受注率向上</translation>
    </message>
    <message>
        <location filename="../../views/wizard/ksf.py" line="22" />
        <source>Grow existing customers</source>
        <translation>既存顧客の育成</translation>
    </message>
</context>
<context>
    <name>MeasureSetupPage</name>
    <message>
        <location filename="../../views/wizard/measure.py" line="40" />
        <source>4. Measurement</source>
        <translation>4. 計測環境</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="41" />
        <source>Who is counted, the words your tracker uses for call outcomes, and which days count. Double-click a name to correct it.</source>
        <translation>誰を集計するか、管理表で使っている架電結果の言葉、どの日を営業日とするか。名前はダブルクリックで修正できます。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="48" />
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="50" />
        <source>&amp;Add member</source>
        <translation>担当者を追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="52" />
        <location filename="../../views/wizard/measure.py" line="61" />
        <location filename="../../views/wizard/measure.py" line="70" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="54" />
        <source>e.g. 担当不在</source>
        <translation>例：担当不在</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="59" />
        <source>Add &amp;word</source>
        <translation>言葉を追加(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="68" />
        <source>Add &amp;holiday</source>
        <translation>休業日を追加(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="80" />
        <source>Import Excel…</source>
        <translation>Excelを取り込む…</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="82" />
        <source>Data-quality check</source>
        <translation>データ品質チェック</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="85" />
        <source>Members</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="87" />
        <source>Outcome words</source>
        <translation>結果の言葉</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="89" />
        <source>Business days</source>
        <translation>営業日</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="90" />
        <source>Company holidays</source>
        <translation>会社の休業日</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="92" />
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="174" />
        <source>Choose at least one business day.</source>
        <translation>営業日を1日以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/measure.py" line="184" />
        <source>Set up measurement</source>
        <translation>計測環境の設定</translation>
    </message>
</context>
<context>
    <name>PdcaSetupPage</name>
    <message>
        <location filename="../../views/wizard/pdca.py" line="23" />
        <source>6. PDCA: when the team reviews</source>
        <translation>6. PDCA：レビューの予定</translation>
    </message>
    <message>
        <location filename="../../views/wizard/pdca.py" line="24" />
        <source>A weekly check of the numbers, a monthly look at what the actions did, a quarterly review of the KPIs themselves.</source>
        <translation>週次で数字を確認し、月次で施策の効果を測り、四半期ごとにKPIそのものを見直します。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/pdca.py" line="30" />
        <source>day </source>
        <translation>毎月</translation>
    </message>
    <message>
        <location filename="../../views/wizard/pdca.py" line="31" />
        <source> of the month</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../views/wizard/pdca.py" line="32" />
        <source> (day)</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../views/wizard/pdca.py" line="35" />
        <source>This is the KPI tree the wizard built. When you finish, it and the dashboard open.</source>
        <translation>ウィザードで作成したKPIツリーです。完了すると、このツリーとダッシュボードが開きます。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/pdca.py" line="38" />
        <source>Weekly review on</source>
        <translation>週次レビュー</translation>
    </message>
    <message>
        <location filename="../../views/wizard/pdca.py" line="39" />
        <source>at</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../views/wizard/pdca.py" line="40" />
        <source>Monthly review on</source>
        <translation>月次レビュー</translation>
    </message>
    <message>
        <location filename="../../views/wizard/pdca.py" line="41" />
        <source>Quarterly review on (first month of each quarter)</source>
        <translation>四半期レビュー（各四半期の最初の月）</translation>
    </message>
    <message>
        <location filename="../../views/wizard/pdca.py" line="42" />
        <source>Who attends</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../views/wizard/pdca.py" line="74" />
        <source>Set the review schedule</source>
        <translation>レビュー予定の設定</translation>
    </message>
</context>
<context>
    <name>RepGoals</name>
    <message>
        <location filename="../../views/wizard/rep_goals.py" line="33" />
        <source>a month, e.g. 2,400</source>
        <translation>月あたり (例: 2,400)</translation>
    </message>
    <message>
        <location filename="../../views/wizard/rep_goals.py" line="35" />
        <source>Set goal</source>
        <translation>目標を設定</translation>
    </message>
    <message>
        <location filename="../../views/wizard/rep_goals.py" line="36" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../views/wizard/rep_goals.py" line="44" />
        <source>Per-rep goals (optional): a rep's own goal a month; the other reps share what the team's target leaves.</source>
        <translation>担当者別の目標 (任意): 一人の担当者の月あたりの目標です。他の担当者はチーム目標の残りを分け合います。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/rep_goals.py" line="75" />
        <source>Add members and a count KPI first.</source>
        <translation>先に担当者と件数の KPI を追加してください。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/rep_goals.py" line="78" />
        <source>Not a goal: %1</source>
        <translation>目標として読めません: %1</translation>
    </message>
    <message>
        <location filename="../../views/wizard/rep_goals.py" line="99" />
        <source>%1 · %2: %3 a month</source>
        <translation>%1・%2: 月 %3</translation>
    </message>
    <message>
        <location filename="../../views/wizard/rep_goals.py" line="116" />
        <source>%1 this month: team %2; each of the other %3 reps %4.</source>
        <translation>今月の%1: チーム %2、他の担当者 %3 名はそれぞれ %4。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../views/wizard/setup_wizard.py" line="36" />
        <source>KPI Desk setup</source>
        <translation>KPI Desk セットアップ</translation>
    </message>
    <message>
        <location filename="../../views/wizard/setup_wizard.py" line="64" />
        <source>Cancel the setup?</source>
        <translation>セットアップを中止しますか？</translation>
    </message>
    <message>
        <location filename="../../views/wizard/setup_wizard.py" line="65" />
        <source>What you entered in the wizard (KGI, KSFs, KPIs, targets, members) will not be saved.</source>
        <translation>ウィザードで入力した内容（KGI・KSF・KPI・目標・メンバー）は保存されません。</translation>
    </message>
    <message>
        <location filename="../../views/wizard/setup_wizard.py" line="68" />
        <source>Discard and close</source>
        <translation>破棄して閉じる</translation>
    </message>
    <message>
        <location filename="../../views/wizard/setup_wizard.py" line="69" />
        <source>Continue the setup</source>
        <translation>セットアップを続ける</translation>
    </message>
    <message>
        <location filename="../../views/wizard/setup_wizard.py" line="79" />
        <source>Set up KPI Desk</source>
        <translation>KPI Desk の初期設定</translation>
    </message>
</context>
<context>
    <name>TreePreview</name>
    <message>
        <location filename="../../views/wizard/tree_preview.py" line="18" />
        <source>Node</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../views/wizard/tree_preview.py" line="18" />
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../views/wizard/tree_preview.py" line="18" />
        <source>Target for the fiscal year</source>
        <translation>年度目標</translation>
    </message>
    <message>
        <location filename="../../views/wizard/tree_preview.py" line="37" />
        <source>no KPI measures it yet</source>
        <translation>まだKPIがありません</translation>
    </message>
</context>
</TS>