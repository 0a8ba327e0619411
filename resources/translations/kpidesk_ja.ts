<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/app.py" line="52"/>
        <source>App</source>
        <comment>%1 is not a KPI Desk database.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="53"/>
        <source>App</source>
        <comment>%1 is a database of another program, not of KPI Desk.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="54"/>
        <source>App</source>
        <comment>%1 is damaged. Restore it from a backup (File → Open a backup).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="55"/>
        <source>App</source>
        <comment>%1 was made by a newer KPI Desk. Update the app to open it.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="56"/>
        <source>App</source>
        <comment>%1 could not be upgraded; it was left exactly as it was.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="57"/>
        <source>App</source>
        <comment>%1 cannot be opened (no permission, or the folder is missing).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="59"/>
        <source>App</source>
        <comment>%1 cannot be opened.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPending</name>
    <message>
        <location filename="../../desktop/views/pending.py" line="40"/>
        <source>Quick logging and the activity table arrive with issue #4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="76"/>
        <source>%1 is already open in another KPI Desk window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPending</name>
    <message>
        <location filename="../../desktop/views/pending.py" line="60"/>
        <source>The setup checklist and wizard arrive with issue #7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPending</name>
    <message>
        <location filename="../../desktop/views/pending.py" line="35"/>
        <source>The live dashboard arrives with issue #6. Meanwhile: kpidesk summary --by month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPending</name>
    <message>
        <location filename="../../desktop/views/pending.py" line="50"/>
        <source>Excel and CSV import arrives with issue #3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="44"/>
        <source>KPI Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="74"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="75"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="76"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="77"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="79"/>
        <source>Open the &amp;demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="81"/>
        <source>Save a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="83"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="84"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="85"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="87"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="90"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="94"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="95"/>
        <source>&amp;About KPI Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="137"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="138"/>
        <location filename="../../desktop/views/main_window.py" line="161"/>
        <source>KPI Desk database (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="143"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="144"/>
        <source>KPI Desk database (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="152"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="160"/>
        <source>Save a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="167"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="168"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="170"/>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="173"/>
        <source>About KPI Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="174"/>
        <source>KPI Desk 0.1 — offline KPI tracking for inside-sales teams.
Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/views/pages.py" line="28"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="29"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="31"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="33"/>
        <source>KPI tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="34"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="35"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="36"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="38"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../desktop/views/pending.py" line="18"/>
        <source>This page is not built yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPending</name>
    <message>
        <location filename="../../desktop/views/pending.py" line="55"/>
        <source>Weekly, monthly and quarterly reviews arrive with issue #7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="61"/>
        <source>Starts in month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="66"/>
        <source>A day count replaces logged activities for that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="67"/>
        <source>Day counts are added to logged activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="78"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="78"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="86"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="88"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="93"/>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="94"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="95"/>
        <source>Day counts and logged activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="96"/>
        <source>On track from (pace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="97"/>
        <source>At risk from (pace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="98"/>
        <source>Business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="99"/>
        <source>Company holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="101"/>
        <source>Display language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="102"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="104"/>
        <source>Japanese public holidays are always closed days. The display language applies from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="144"/>
        <source>“At risk from” must not be above “On track from”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="147"/>
        <source>Choose at least one business day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="151"/>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="152"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../desktop/views/text.py" line="13"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="14"/>
        <source>Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="15"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="16"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="17"/>
        <source>Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="18"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="19"/>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="20"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="21"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="22"/>
        <source>LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="23"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="24"/>
        <source>Calls per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="26"/>
        <source>Connect rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="27"/>
        <source>Appointment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="28"/>
        <source>Opportunity rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="29"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="31"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="32"/>
        <source>Gatekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="33"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="34"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="35"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="36"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="38"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="39"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="40"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="41"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="43"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="44"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="45"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="46"/>
        <source>KGI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="47"/>
        <source>KSF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="48"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="50"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="51"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="52"/>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="53"/>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="55"/>
        <source>Launch phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="56"/>
        <source>Growth phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="57"/>
        <source>Stable phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="59"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="60"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="61"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="62"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="63"/>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="65"/>
        <source>First meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="66"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="67"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="68"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="69"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="70"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="71"/>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="72"/>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="73"/>
        <source>Nurturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/text.py" line="74"/>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreePending</name>
    <message>
        <location filename="../../desktop/views/pending.py" line="45"/>
        <source>The KPI tree designer arrives with issue #5. Meanwhile: kpidesk plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/views/welcome.py" line="26"/>
        <source>Welcome to KPI Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/welcome.py" line="28"/>
        <source>Set your KGI, work the targets backwards to calls per day, and watch the numbers move as the team works — without copying spreadsheets together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/welcome.py" line="37"/>
        <source>Start the setup wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/welcome.py" line="38"/>
        <source>From the KGI to the weekly review, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/welcome.py" line="39"/>
        <source>Import Excel trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/welcome.py" line="40"/>
        <source>Bring in call logs and daily count sheets as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/welcome.py" line="41"/>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/welcome.py" line="42"/>
        <source>A year of a five-person team, to try everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/welcome.py" line="74"/>
        <source>This database is empty. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/welcome.py" line="76"/>
        <source>%1 members, data from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
