<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ra::AboutDialog</name>
    <message>
        <source>About RevAlign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;RevAlign %1&lt;/h2&gt;&lt;p&gt;Revenue alignment dashboard: marketing, sales and service on one set of KPIs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Store:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Data as of:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AlignmentPage</name>
    <message>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA both ways: acceptance by sales, feedback to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled and re-entered leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment survey: score and marketing–sales gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment survey by question and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled and re-entered leads over the whole store, with example lead ids to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads to follow up (whole store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 12 months: no survey in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment survey by question and role (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ChartView</name>
    <message>
        <source>No data for this selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::DataQualityPage</name>
    <message>
        <source>Findings: rows the KPIs leave out or treat specially</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows of the last imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-quality checks have not run yet for this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or import a store to see its data quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows to look at across %2 checks. Counts cover the whole store, whatever the period and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::DemoStoreService</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::FilterBar</name>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 — click to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 filter %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle is a folder of CSV files (accounts.csv, leads.csv, …). Rows already in the store are updated; nothing is lost if the import is cancelled.
Into: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to see what would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the bundle (dry run)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows accepted, %2 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 The dashboard is reloading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportService</name>
    <message>
        <source>Checking… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the store is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::KpiPage</name>
    <message>
        <source>Open or import a store to see this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::KpiTile</name>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prev. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparkline: the last %1 periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::Language</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::MainWindow</name>
    <message>
        <source>RevAlign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RevAlign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — RevAlign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 · data as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (empty store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo store… (the first time takes a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 page has no table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RevAlign speaks %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved; KPIs recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::MarketingPage</name>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads and MQLs by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL → SAL conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing-sourced and -influenced bookings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vs existing business bookings (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: leads → MQL → SAL → SQL → won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All KPIs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::PageHost</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::PeriodBar</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period grain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period that contains the store&apos;s latest data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::PersonasPage</name>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to show the whole dashboard for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings and pipeline created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL → SAL and win rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ReportExporter</name>
    <message>
        <source>Open a store and choose a period before exporting a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name given for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RevAlign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was written to %1.

Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo and gross revenue churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net and gross revenue retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV (gross margin) and CLV:CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is the accounts first paying in that month; each column a month later. Logos: share of accounts still paying. Revenue: their MRR against their first month&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::RevenuePage</name>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPU (ARPA, revenue per user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPU (profit per user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit per user: ARPA × gross margin (a store setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR movements per month, with MRR at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vs existing business bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPA (RPU) per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit per user: ARPA × gross margin (%1%, a store setting).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::SalesPage</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance and feedback rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL acceptance time (median) against the SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings by type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ServicePage</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::SettingsDialog</name>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead follow-up &amp;SLA (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales &amp;feedback window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing &amp;influence window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gross margin (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;talled after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-entry window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies from the next start. System follows the computer&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is read-only: settings can be read but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings are saved in the store; every KPI is recomputed on OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::StoreFaultDialog</name>
    <message>
        <source>This file is not a RevAlign store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store was written by a newer RevAlign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .db file created by RevAlign (File → New store… or the demo), or import your CSV bundle into a new store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newer RevAlign to open it. This version leaves the file untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other RevAlign window or finish the running import, then open the store again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s and its folder&apos;s permissions, or copy the store somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Open it from its new place, or create a new store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the store again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another store, or import the bundle into a new store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::StoreSession</name>
    <message>
        <source>no store at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is read-only; settings cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::WelcomeScreen</name>
    <message>
        <source>Welcome to RevAlign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One set of numbers for marketing, sales and service.
Import your CRM export as a bundle of CSV files, or look around in the demo store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a store file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
