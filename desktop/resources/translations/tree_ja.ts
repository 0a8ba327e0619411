<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DriverPanel</name>
    <message>
        <location filename="../../views/tree/driver_panel.py" line="24"/>
        <source>Rate</source>
        <translation>率</translation>
    </message>
    <message>
        <location filename="../../views/tree/driver_panel.py" line="24"/>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../views/tree/driver_panel.py" line="24"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../views/tree/driver_panel.py" line="25"/>
        <source>Benchmark</source>
        <translation>業界目安</translation>
    </message>
    <message>
        <location filename="../../views/tree/driver_panel.py" line="27"/>
        <source>+1 pt on</source>
        <translation>+1ポイント改善する率</translation>
    </message>
    <message>
        <location filename="../../views/tree/driver_panel.py" line="27"/>
        <source>Revenue this period</source>
        <translation>今期の売上増</translation>
    </message>
    <message>
        <location filename="../../views/tree/driver_panel.py" line="28"/>
        <source>Same as calls a day</source>
        <translation>架電数に換算 (1日あたり)</translation>
    </message>
    <message>
        <location filename="../../views/tree/driver_panel.py" line="38"/>
        <source>Funnel rates</source>
        <translation>ファネルの各率</translation>
    </message>
    <message>
        <location filename="../../views/tree/driver_panel.py" line="40"/>
        <source>Which lever pays most</source>
        <translation>どのレバーが最も効くか</translation>
    </message>
    <message>
        <location filename="../../views/tree/findings.py" line="51"/>
        <source>Best lever: +1 pt %1 ≈ %2 (as much as %3).</source>
        <translation>最も効くレバー: %1 を +1ポイント ≈ %2 (%3)。</translation>
    </message>
    <message>
        <location filename="../../views/tree/findings.py" line="17"/>
        <source>No rate has a target yet: set rate targets (or write a plan from the backward planner) to find the bottleneck.</source>
        <translation>まだ率に目標がありません。率の目標を設定する (または逆算プランナーで計画を書き込む) とボトルネックを判定できます。</translation>
    </message>
    <message>
        <location filename="../../views/tree/findings.py" line="20"/>
        <source>No bottleneck: every rate with a target meets it.</source>
        <translation>ボトルネックはありません: 目標のある率はすべて達成しています。</translation>
    </message>
    <message>
        <location filename="../../views/tree/findings.py" line="21"/>
        <source>Bottleneck: %1 is %2 against a target of %3.</source>
        <translation>ボトルネック: %1 が %2 (目標 %3) です。</translation>
    </message>
    <message>
        <location filename="../../views/tree/findings.py" line="24"/>
        <source>It is also below the benchmark band (%1–%2).</source>
        <translation>業界目安 (%1〜%2) も下回っています。</translation>
    </message>
    <message>
        <location filename="../../views/tree/findings.py" line="35"/>
        <source>+%1 wins</source>
        <translation>受注 +%1 件</translation>
    </message>
    <message>
        <location filename="../../views/tree/findings.py" line="36"/>
        <source>%1 (now %2)</source>
        <translation>%1 (現在 %2)</translation>
    </message>
    <message>
        <location filename="../../views/tree/findings.py" line="39"/>
        <source>%1 (no data yet; target %2)</source>
        <translation>%1（データなし・目標 %2）</translation>
    </message>
    <message>
        <location filename="../../views/tree/findings.py" line="41"/>
        <source>%1 calls a day</source>
        <translation>1日 %1 件の架電に相当</translation>
    </message>
    <message>
        <location filename="../../views/tree/driver_panel.py" line="78"/>
        <source>The driver forecast needs every funnel rate (data or a target).</source>
        <translation>ドライバー予測にはファネルのすべての率 (実績または目標) が必要です。</translation>
    </message>
    <message>
        <location filename="../../views/tree/driver_panel.py" line="80"/>
        <source>Driver forecast: %1 calls × the rates so far × %2 a deal ≈ %3.</source>
        <translation>ドライバー予測: 架電 %1 件 × ここまでの各率 × 平均単価 %2 ≈ %3。</translation>
    </message>
    <message>
        <location filename="../../views/tree/driver_panel.py" line="83"/>
        <source>The levers count %1 at its target %2, as it is still 0 this period.</source>
        <translation>レバーの試算では、今期まだ 0 の%1を目標 %2 として計算しています。</translation>
    </message>
</context>
<context>
    <name>KpiTreeModel</name>
    <message>
        <location filename="../../views/tree/model.py" line="139"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="139"/>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="139"/>
        <source>Tier</source>
        <translation>階層</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="139"/>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="139"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="140"/>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="140"/>
        <source>Attainment</source>
        <translation>達成率</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="140"/>
        <source>Pace</source>
        <translation>ペース</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="140"/>
        <source>Forecast</source>
        <translation>着地予測</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="141"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="203"/>
        <source>Rate so far %1 against the target %2</source>
        <translation>ここまでの率 %1 / 目標 %2</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="207"/>
        <source>Expected by today: %1 (%2 of %3 business days)</source>
        <translation>今日までの目安: %1 (%3 営業日中 %2 日経過)</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="219"/>
        <source>Rename %1</source>
        <translation>名前を変更: %1</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="228"/>
        <source>「%1」 is not a target for %2: type a number such as 120 or 15%.</source>
        <translation>「%1」は %2 の目標になりません。120 や 15% のように数字で入力してください。</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="234"/>
        <source>Set the target of %1</source>
        <translation>%1 の目標を設定</translation>
    </message>
    <message>
        <location filename="../../views/tree/model.py" line="261"/>
        <source>Move node</source>
        <translation>ノードを移動</translation>
    </message>
</context>
<context>
    <name>NodeDetailPanel</name>
    <message>
        <location filename="../../views/tree/node_detail.py" line="50"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="53"/>
        <source>SMART check</source>
        <translation>SMARTチェック</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="60"/>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="69"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="75"/>
        <source>Pick a metric from the catalog, or type a code for a custom count</source>
        <translation>指標を一覧から選ぶか、独自のカウント名を入力します</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="76"/>
        <source>No roll-up</source>
        <translation>集計しない</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="76"/>
        <source>Sum of children</source>
        <translation>子の合計</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="77"/>
        <source>Product of children</source>
        <translation>子の積 (掛け算)</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="82"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="82"/>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="83"/>
        <source>Tier</source>
        <translation>階層</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="83"/>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="84"/>
        <source>Roll-up</source>
        <translation>子からの集計</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="84"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="85"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="99"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="99"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="99"/>
        <source>Set by</source>
        <translation>設定方法</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="104"/>
        <source>e.g. 1,200 or 15%</source>
        <translation>例: 1,200 または 15%</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="107"/>
        <source>For one rep: the other reps share what the team&apos;s target leaves after this rep&apos;s goal.</source>
        <translation>担当者を選ぶとその人の個人目標になります。ほかの担当者はチーム目標の残りを等分します。</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="108"/>
        <source>Set target</source>
        <translation>目標を設定</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="115"/>
        <source>For</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="133"/>
        <source>Select a node to edit it</source>
        <translation>ノードを選択すると編集できます</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="150"/>
        <source>(team)</source>
        <translation>(チーム)</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="161"/>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="170"/>
        <source>Plan</source>
        <translation>逆算</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="170"/>
        <source>Manual</source>
        <translation>手入力</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="182"/>
        <source>Suggestion: %1 %2 a %3 (last %3 %4, +20%)</source>
        <translation>提案: %1 %2 / %3 (前%3 %4 → 前%3比 +20%)</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="187"/>
        <source>Target %1 against %2 last %3 (1.5× = %4)</source>
        <translation>目標 %1 / 前%3の実績 %2 (1.5倍 = %4)</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="211"/>
        <source>Edit %1</source>
        <translation>編集: %1</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="215"/>
        <source>Choose a metric before setting a target.</source>
        <translation>目標を設定する前に指標を選んでください。</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="221"/>
        <source>Write the period as 2025-12, 2025-W50, 2025-Q3 or FY2025.</source>
        <translation>期間は 2025-12、2025-W50、2025-Q3、FY2025 のように入力してください。</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="226"/>
        <source>Not a target value: %1</source>
        <translation>目標値として読めません: %1</translation>
    </message>
    <message>
        <location filename="../../views/tree/node_detail.py" line="231"/>
        <source>Set target %1</source>
        <translation>目標を設定: %1</translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="37"/>
        <source>Enter the goal and the deal size as amounts above zero.</source>
        <translation>目標と平均単価は 0 より大きい金額で入力してください。</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="38"/>
        <source>Enter the yearly goal.</source>
        <translation>年間目標を入力してください。</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="39"/>
        <source>Enter the average deal size.</source>
        <translation>平均単価を入力してください。</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="40"/>
        <source>Every rate must be above 0% and at most 100%.</source>
        <translation>各率は 0% より大きく 100% 以下にしてください。</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="41"/>
        <source>Enter wins above zero.</source>
        <translation>受注数は 1 以上で入力してください。</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="42"/>
        <source>That fiscal year has no business days.</source>
        <translation>その年度には営業日がありません。</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="43"/>
        <source>Check the inputs.</source>
        <translation>入力を確認してください。</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="69"/>
        <source>e.g. 1億 or 100,000,000</source>
        <translation>例: 1億 または 100,000,000</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="70"/>
        <source>e.g. 100万</source>
        <translation>例: 100万</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="73"/>
        <source>Write the plan as the team&apos;s targets, or as one rep&apos;s own goals (the other reps then share what the team&apos;s targets leave).</source>
        <translation>チームの目標として書き込むか、担当者1人の個人目標として書き込みます（ほかの担当者はチーム目標の残りを等分します）。</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="76"/>
        <source>Year</source>
        <translation>年間</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="76"/>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="76"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="77"/>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="77"/>
        <source>Business day</source>
        <translation>営業日</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="78"/>
        <source>Per member / month</source>
        <translation>1人あたり/月</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="78"/>
        <source>Per member / day</source>
        <translation>1人あたり/日</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="79"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="79"/>
        <source>Actual so far</source>
        <translation>現在の実績</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="80"/>
        <source>Business days left</source>
        <translation>残り営業日</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="80"/>
        <source>Needed a day</source>
        <translation>1日あたり必要数</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="86"/>
        <source>Cascade</source>
        <translation>逆算の内訳</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="93"/>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="97"/>
        <source>Yearly KGI</source>
        <translation>年間KGI</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="98"/>
        <source>Average deal size</source>
        <translation>平均単価</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="103"/>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="104"/>
        <source>Write for</source>
        <translation>書き込み先</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="123"/>
        <source>Fill from our last 3 months</source>
        <translation>直近3か月の実績で埋める</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="125"/>
        <source>Write into the tree</source>
        <translation>ツリーに目標として書き込む</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="152"/>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="161"/>
        <source>our last 3 months %1</source>
        <translation>自社直近3か月 %1</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="161"/>
        <source>no data yet</source>
        <translation>実績データなし</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="162"/>
        <source>benchmark %1–%2</source>
        <translation>業界目安 %1〜%2</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="224"/>
        <source>The month here is the year ÷ 12, rounded up. The targets written are each month&apos;s share of the year by business days:
%1</source>
        <translation>ここの「月」は年間 ÷ 12 の切り上げです。書き込まれる目標は営業日数で年間を按分した各月の値です:
%1</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="235"/>
        <source>No node in the tree uses a metric of the plan.</source>
        <translation>計画の指標を使っているノードがツリーにありません。</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="237"/>
        <source>Write the FY%1 plan into the tree</source>
        <translation>FY%1 の逆算計画をツリーに書き込む</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="241"/>
        <source>Wrote %1 targets into the tree (Ctrl+Z undoes).</source>
        <translation>ツリーに %1 件の目標を書き込みました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <location filename="../../views/tree/planner_panel.py" line="249"/>
        <source>Re-plan from today (%1)</source>
        <translation>今日からの再計画 (%1)</translation>
    </message>
</context>
<context>
    <name>SmartBadges</name>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="11"/>
        <source>Specific</source>
        <translation>具体的</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="12"/>
        <source>Measurable</source>
        <translation>測定可能</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="13"/>
        <source>Achievable</source>
        <translation>達成可能</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="14"/>
        <source>Relevant</source>
        <translation>KGIとの関連</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="15"/>
        <source>Time-bound</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="18"/>
        <source>The KPI has no title.</source>
        <translation>KPIに名称がありません。</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="19"/>
        <source>No metric is chosen, so nothing can be counted.</source>
        <translation>指標が選ばれていないため、数えられません。</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="20"/>
        <source>The title states a direction but no number.</source>
        <translation>方向性だけで数値がありません (例: 「アポ数を増やす」)。</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="21"/>
        <source>Describe what exactly is counted and by whom.</source>
        <translation>何を誰が数えるのかを説明に書いてください。</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="22"/>
        <source>No activity has been logged for this metric yet.</source>
        <translation>この指標の活動がまだ記録されていません。</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="23"/>
        <source>There is no target for this period.</source>
        <translation>この期間の目標がありません。</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="24"/>
        <source>No own history to judge the target against yet.</source>
        <translation>目標を判断するための自社の過去実績がまだありません。</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="25"/>
        <source>The target is more than 1.5 times the team&apos;s own last period.</source>
        <translation>目標が自社の前期間実績の 1.5 倍を超えています。</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="27"/>
        <source>The KPI is not connected to a KGI.</source>
        <translation>このKPIはKGIにつながっていません。</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="28"/>
        <source>The target has no period (month, week …).</source>
        <translation>目標に期間 (月・週など) がありません。</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="29"/>
        <source>The target&apos;s period is not one the app knows.</source>
        <translation>目標の期間が認識できません。</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="70"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../views/tree/smart_badges.py" line="75"/>
        <source>%1 of 5 SMART checks pass</source>
        <translation>SMART 5項目中 %1 項目を満たしています</translation>
    </message>
</context>
<context>
    <name>TreeDiagram</name>
    <message>
        <location filename="../../views/tree/diagram.py" line="93"/>
        <source>Actual %1</source>
        <translation>実績 %1</translation>
    </message>
    <message>
        <location filename="../../views/tree/diagram.py" line="95"/>
        <source>Target %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <location filename="../../views/tree/diagram.py" line="110"/>
        <source>KPI tree  %1</source>
        <translation>KPIツリー  %1</translation>
    </message>
</context>
<context>
    <name>TreePage</name>
    <message>
        <location filename="../../views/tree/page.py" line="71"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="72"/>
        <source>Backward planner</source>
        <translation>逆算プランナー</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="73"/>
        <source>Drivers</source>
        <translation>ドライバー分析</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="117"/>
        <source>KPI tree</source>
        <translation>KPIツリー</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="121"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="121"/>
        <source>Member</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="130"/>
        <source>Add child</source>
        <translation>子を追加</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="131"/>
        <source>Add sibling</source>
        <translation>兄弟を追加</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="132"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="133"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="134"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="135"/>
        <source>Outdent</source>
        <translation>階層を上げる</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="136"/>
        <source>Indent</source>
        <translation>階層を下げる</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="172"/>
        <source>Whole team</source>
        <translation>チーム全体</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="195"/>
        <source>Start with the KGI: Add child (Ctrl+N) creates it, then add KSFs and KPIs under it — or start from a phase preset with New tree from preset.</source>
        <translation>まずKGIを作りましょう: 「子を追加」(Ctrl+N) でKGIを作り、その下にKSFとKPIを追加します。「テンプレートから新規作成」でフェーズ別のツリーから始めることもできます。</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="251"/>
        <source>New KGI</source>
        <translation>新しいKGI</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="251"/>
        <source>New KSF</source>
        <translation>新しいKSF</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="251"/>
        <source>New KPI</source>
        <translation>新しいKPI</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="254"/>
        <source>Add %1</source>
        <translation>%1を追加</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="274"/>
        <source>Delete %1</source>
        <translation>削除: %1</translation>
    </message>
    <message>
        <location filename="../../views/tree/page.py" line="277"/>
        <source>Move node</source>
        <translation>ノードを移動</translation>
    </message>
</context>
<context>
    <name>TreeTools</name>
    <message>
        <location filename="../../views/tree/tools.py" line="24"/>
        <source>Establish the sales process</source>
        <translation>営業プロセスの確立</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="25"/>
        <source>Nurture leads</source>
        <translation>リードナーチャリング</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="26"/>
        <source>Secure the activity volume</source>
        <translation>行動量の確保</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="27"/>
        <source>Raise the opportunity rate</source>
        <translation>商談化率の向上</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="28"/>
        <source>Optimise the talk script</source>
        <translation>トークスクリプトの最適化</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="29"/>
        <source>Raise the win rate</source>
        <translation>受注率の向上</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="30"/>
        <source>Grow existing customers</source>
        <translation>既存顧客の拡大</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="38"/>
        <source>Yearly revenue</source>
        <translation>年間売上</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="39"/>
        <source>The team&apos;s revenue for the fiscal year</source>
        <translation>今年度のチームの売上</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="69"/>
        <source>New tree from preset</source>
        <translation>テンプレートから新規作成</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="71"/>
        <location filename="../../views/tree/tools.py" line="117"/>
        <source>Export diagram</source>
        <translation>図を書き出す</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="101"/>
        <source>As PNG image…</source>
        <translation>PNG画像として…</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="102"/>
        <source>As SVG drawing…</source>
        <translation>SVG図として…</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="109"/>
        <source>New tree: %1</source>
        <translation>新しいツリー: %1</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="116"/>
        <source>KPI tree_%1.%2</source>
        <translation>KPIツリー_%1.%2</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="122"/>
        <source>Wrote %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="139"/>
        <source>Too many KPIs</source>
        <translation>KPIが多すぎます</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="139"/>
        <source>Too few KPIs</source>
        <translation>KPIが少なすぎます</translation>
    </message>
    <message>
        <location filename="../../views/tree/tools.py" line="140"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 KPIs; for the %3 the article recommends %4–%5. Keep KPIs to the necessary minimum: with fewer indicators everyone knows what to prioritise and the daily tracking stays light.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: KPIが %2 個あります。%3の推奨は %4〜%5 個です。KPIは必要最小限に絞り込みましょう。指標が少ないほど現場は何を優先すべきか迷わず、日々の計測・管理の負担も軽くなります。</translation>
    </message>
</context>
</TS>
