<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>ra::AboutDialog</name>
    <message>
        <source>About RevAlign</source>
        <translation>Om RevAlign</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ingen öppen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;RevAlign %1&lt;/h2&gt;&lt;p&gt;Revenue alignment dashboard: marketing, sales and service on one set of KPIs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Store:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Data as of:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Snapshot:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;Built with Qt %5.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;RevAlign %1&lt;/h2&gt;&lt;p&gt;Instrumentpanel för intäktsstyrning: marknad, sälj och service på samma nyckeltal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Databas:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Data per:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Ögonblicksbild:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;Byggd med Qt %5.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ra::AlignmentPage</name>
    <message>
        <source>Alignment</source>
        <translation>Samordning</translation>
    </message>
    <message>
        <source>SLA both ways: acceptance by sales, feedback to marketing</source>
        <translation>SLA åt båda håll: säljs accept, återkoppling till marknad</translation>
    </message>
    <message>
        <source>Stalled and re-entered leads</source>
        <translation>Stillastående och återinlagda leads</translation>
    </message>
    <message>
        <source>Alignment survey: score and marketing–sales gap</source>
        <translation>Samordningsenkät: poäng och gap mellan marknad och sälj</translation>
    </message>
    <message>
        <source>Alignment survey by question and role</source>
        <translation>Samordningsenkät per fråga och roll</translation>
    </message>
    <message>
        <source>Stalled and re-entered leads over the whole store, with example lead ids to follow up.</source>
        <translation>Stillastående och återinlagda leads i hela databasen, med exempel på lead-id att följa upp.</translation>
    </message>
    <message>
        <source>Leads to follow up (whole store)</source>
        <translation>Leads att följa upp (hela databasen)</translation>
    </message>
    <message>
        <source>this period</source>
        <translation>denna period</translation>
    </message>
    <message>
        <source>last 12 months: no survey in this period</source>
        <translation>senaste 12 månaderna: ingen enkät i denna period</translation>
    </message>
    <message>
        <source>Alignment survey by question and role (%1)</source>
        <translation>Samordningsenkät per fråga och roll (%1)</translation>
    </message>
</context>
<context>
    <name>ra::AtRiskModel</name>
    <message>
        <source>(no segment)</source>
        <translation>(inget segment)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundkonto</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Vilka</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
</context>
<context>
    <name>ra::BreakdownModel</name>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
</context>
<context>
    <name>ra::ChartView</name>
    <message>
        <source>No data for this selection</source>
        <translation>Inga data för detta urval</translation>
    </message>
</context>
<context>
    <name>ra::Charts</name>
    <message>
        <source>100% of accounts retained</source>
        <translation>100 % av kunderna kvar</translation>
    </message>
    <message>
        <source>≥ 100% of starting MRR</source>
        <translation>≥ 100 % av ingående MRR</translation>
    </message>
    <message>
        <source>Cohort %1, month %2: %3 of accounts still paying</source>
        <translation>Kohort %1, månad %2: %3 av kunderna betalar fortfarande</translation>
    </message>
    <message>
        <source>Cohort %1, month %2: %3 of the cohort&apos;s starting MRR</source>
        <translation>Kohort %1, månad %2: %3 av kohortens ingående MRR</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>Inga data för detta urval</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
    <message>
        <source>W%1 %2</source>
        <extracomment>A short ISO week label: %1 the week number, %2 the year</extracomment>
        <translation>v%1 %2</translation>
    </message>
    <message>
        <source>New vs existing business bookings</source>
        <translation>Orderingång: ny kontra befintlig affär</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>MRR-förändringar</translation>
    </message>
    <message>
        <source>Logo and revenue churn</source>
        <translation>Kund- och intäktsbortfall</translation>
    </message>
    <message>
        <source>Net and gross revenue retention</source>
        <translation>Netto- och bruttointäktsbehållning</translation>
    </message>
    <message>
        <source>CLV (gross margin) and CLV:CAC</source>
        <translation>CLV (bruttomarginal) och CLV:CAC</translation>
    </message>
    <message>
        <source>SLA compliance and feedback rate</source>
        <translation>SLA-efterlevnad och återkopplingsgrad</translation>
    </message>
    <message>
        <source>MQL acceptance time against the SLA</source>
        <translation>Accepttid för MQL mot SLA</translation>
    </message>
    <message>
        <source>SLA %1 h</source>
        <translation>SLA %1 h</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SAL</source>
        <translation>SAL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vunna</translation>
    </message>
    <message>
        <source>%1 millions</source>
        <extracomment>Axis titles of large amounts; %1 is the currency symbol</extracomment>
        <translation>miljoner %1</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>miljoner</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation>tusental %1</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>tusental</translation>
    </message>
    <message>
        <source>count</source>
        <translation>antal</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timmar</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <source>score</source>
        <translation>poäng</translation>
    </message>
    <message>
        <source>Show data</source>
        <translation>Visa data</translation>
    </message>
    <message>
        <source>%1. Show data (Ctrl+Shift+D) reads the whole chart as a table.</source>
        <translation>%1. Visa data (Ctrl+Skift+D) visar hela diagrammet som en tabell.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A chart&apos;s latest values for screen readers: %1 the period or item, %2 &quot;series value, series value&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohort</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Månad %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konvertering</translation>
    </message>
    <message>
        <source>MRR at risk and seat utilisation</source>
        <translation>MRR i riskzonen och licensutnyttjande</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Inget segment</translation>
    </message>
    <message>
        <source>%1% · %2 without</source>
        <translation>%1 % · %2 saknar den</translation>
    </message>
    <message>
        <source>100% of the segment&apos;s paying accounts have it · hatched: fewer than 3 have it</source>
        <translation>100 % av segmentets betalande kundkonton har den · streckad: färre än 3 har den</translation>
    </message>
    <message>
        <source>%1 in %2: %3 of %4 paying accounts have it</source>
        <translation>%1 i %2: %3 av %4 betalande kundkonton har den</translation>
    </message>
    <message>
        <source>, median MRR %1</source>
        <translation>, median-MRR %1</translation>
    </message>
    <message>
        <source>; %1 accounts without it are gaps</source>
        <translation>; %1 kundkonton utan den är luckor</translation>
    </message>
    <message>
        <source>; fewer than 3 have it, so no gaps</source>
        <translation>; färre än 3 har den, så inga luckor</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Paying accounts</source>
        <translation>Betalande kundkonton</translation>
    </message>
    <message>
        <source>Have it</source>
        <translation>Har den</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoptionsgrad</translation>
    </message>
    <message>
        <source>Median MRR</source>
        <translation>Median-MRR</translation>
    </message>
    <message>
        <source>Without it</source>
        <translation>Saknar den</translation>
    </message>
</context>
<context>
    <name>ra::Cli</name>
    <message>
        <source>revalign %1 — %2</source>
        <translation>revalign %1 — %2</translation>
    </message>
    <message>
        <source>--lang needs a value: system, en, sv or zh_CN</source>
        <translation>--lang behöver ett värde: system, en, sv eller zh_CN</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (valid: system, en, sv, zh_CN)</source>
        <translation>okänt språk &apos;%1&apos; (giltiga: system, en, sv, zh_CN)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;; valid values: %3</source>
        <translation>okänt värde för %1: &apos;%2&apos;; giltiga värden: %3</translation>
    </message>
    <message>
        <source>Only this buyer persona (&quot;Unassigned&quot; = none).</source>
        <translation>Endast denna köparpersona (&quot;Unassigned&quot; = ingen).</translation>
    </message>
    <message>
        <source>Only this account segment.</source>
        <translation>Endast detta kundsegment.</translation>
    </message>
    <message>
        <source>Only this lead channel (leads and opportunities).</source>
        <translation>Endast denna leadkanal (leads och affärsmöjligheter).</translation>
    </message>
    <message>
        <source>Evaluate the store as known at this timestamp (UTC; default: the latest event).</source>
        <translation>Beräkna databasen som den var känd vid denna tidpunkt (UTC; standard: senaste händelsen).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Skriv ut JSON i stället för en tabell.</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other</source>
        <translation>--json och --csv utesluter varandra</translation>
    </message>
    <message>
        <source>--as-of: %1</source>
        <translation>--as-of: %1</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos; (see revalign --help)</source>
        <translation>okänt verb &apos;%1&apos; (se revalign --help)</translation>
    </message>
    <message>
        <source>this build has no window; use a verb (see revalign --help)</source>
        <translation>denna version saknar fönster; använd ett verb (se revalign --help)</translation>
    </message>
    <message>
        <source>print every KPI of a period per persona, segment or channel</source>
        <translation>skriv ut varje nyckeltal för en period per persona, segment eller kanal</translation>
    </message>
    <message>
        <source>persona, segment or channel.</source>
        <translation>persona, segment eller channel.</translation>
    </message>
    <message>
        <source>--by must be persona, segment or channel%1</source>
        <translation>--by måste vara persona, segment eller channel%1</translation>
    </message>
    <message>
        <source>, not &apos;%1&apos;</source>
        <translation>, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>print logo and revenue retention per acquisition month (offsets up to --as-of&apos;s month)</source>
        <translation>skriv ut kund- och intäktsbehållning per anskaffningsmånad (förskjutningar till och med --as-of-månaden)</translation>
    </message>
    <message>
        <source>First cohort month, YYYY-MM (default: all).</source>
        <translation>Första kohortmånad, ÅÅÅÅ-MM (standard: alla).</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>write a deterministic demo store</source>
        <translation>skriv en deterministisk demodatabas</translation>
    </message>
    <message>
        <source>Number of leads; other tables scale with it (default 20000).</source>
        <translation>Antal leads; övriga tabeller skalas efter det (standard 20000).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default 1).</source>
        <translation>Slumpfrö; samma frö ger samma data (standard 1).</translation>
    </message>
    <message>
        <source>Last day covered, YYYY-MM-DD (default: today, UTC).</source>
        <translation>Sista dag som täcks, ÅÅÅÅ-MM-DD (standard: i dag, UTC).</translation>
    </message>
    <message>
        <source>Replace the store&apos;s data if it has any.</source>
        <translation>Ersätt databasens data om den har några.</translation>
    </message>
    <message>
        <source>demo takes no arguments (see revalign demo --help)</source>
        <translation>demo tar inga argument (se revalign demo --help)</translation>
    </message>
    <message>
        <source>--leads must be a whole number between %1 and %2</source>
        <translation>--leads måste vara ett heltal mellan %1 och %2</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed måste vara ett icke-negativt heltal</translation>
    </message>
    <message>
        <source>--end: %1</source>
        <translation>--end: %1</translation>
    </message>
    <message>
        <source>The bundle folder (created when missing; bundle files in it are replaced).</source>
        <translation>Paketmappen (skapas om den saknas; paketfiler i den ersätts).</translation>
    </message>
    <message>
        <source>export-bundle needs exactly one folder (see revalign export-bundle --help)</source>
        <translation>export-bundle behöver exakt en mapp (se revalign export-bundle --help)</translation>
    </message>
    <message>
        <source>exported %1 rows in %2 files to %3</source>
        <translation>exporterade %1 rader i %2 filer till %3</translation>
    </message>
    <message>
        <source>RevAlign — revenue alignment dashboard</source>
        <translation>RevAlign — instrumentpanel för intäktsstyrning</translation>
    </message>
    <message>
        <source>The store to open (default: the last one).</source>
        <translation>Databasen som ska öppnas (standard: den senaste).</translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation>Använd mörk färgpalett.</translation>
    </message>
    <message>
        <source>Language: system, en, sv or zh_CN.</source>
        <translation>Språk: system, en, sv eller zh_CN.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>tillagda</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>uppdaterade</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrade</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvisade</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>varningar</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totalt</translation>
    </message>
    <message>
        <source>not in the bundle (their KPIs stay empty): %1</source>
        <translation>saknas i paketet (deras nyckeltal förblir tomma): %1</translation>
    </message>
    <message>
        <source>dry run: nothing was written to the store</source>
        <translation>testkörning: inget skrevs till databasen</translation>
    </message>
    <message>
        <source>--strict: %1 row(s) rejected, nothing was imported</source>
        <translation>--strict: %1 rad(er) avvisades, inget importerades</translation>
    </message>
    <message>
        <source>import #%1 committed</source>
        <translation>import nr %1 genomförd</translation>
    </message>
    <message>
        <source>import takes one bundle folder (see revalign import --help)</source>
        <translation>import tar en paketmapp (se revalign import --help)</translation>
    </message>
    <message>
        <source>%1 rows rejected; the imports log keeps the first %2, all are listed above</source>
        <translation>%1 rader avvisades; importloggen sparar de första %2, alla listas ovan</translation>
    </message>
    <message>
        <source>print every KPI of a period with its previous period, change and target</source>
        <translation>skriv ut varje nyckeltal för en period med föregående period, förändring och mål</translation>
    </message>
    <message>
        <source>kpis takes no arguments besides options (see revalign kpis --help)</source>
        <translation>kpis tar inga argument utöver flaggor (se revalign kpis --help)</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Skriv ut JSON i stället för text.</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>kan inte skriva %1: det är en mapp</translation>
    </message>
    <message>
        <source>cannot write %1: folder %2 does not exist</source>
        <translation>kan inte skriva %1: mappen %2 finns inte</translation>
    </message>
    <message>
        <source>cannot write %1: folder %2 is not writable</source>
        <translation>kan inte skriva %1: mappen %2 är skrivskyddad</translation>
    </message>
    <message>
        <source>The data-quality checks could not run: %1</source>
        <translation>Datakvalitetskontrollerna kunde inte köras: %1</translation>
    </message>
    <message>
        <source>write the stand-up PDF report</source>
        <translation>skriv PDF-rapporten till veckomötet</translation>
    </message>
    <message>
        <source>What the scorecard&apos;s change column compares with: previous (default) or target.</source>
        <translation>Vad resultatkortets förändringskolumn jämför med: previous (standard) eller target.</translation>
    </message>
    <message>
        <source>A4 or Letter (default: Letter where the system locale is US, else A4).</source>
        <translation>A4 eller Letter (standard: Letter där systemets språkinställning är amerikansk, annars A4).</translation>
    </message>
    <message>
        <source>The PDF to write (default: revalign-report-&lt;period&gt;.pdf here).</source>
        <translation>PDF-filen som ska skrivas (standard: revalign-report-&lt;period&gt;.pdf här).</translation>
    </message>
    <message>
        <source>Print how long each step took on stderr.</source>
        <translation>Skriv ut hur lång tid varje steg tog på stderr.</translation>
    </message>
    <message>
        <source>unknown --compare &apos;%1&apos; (use previous or target)</source>
        <translation>okänt --compare &apos;%1&apos; (använd previous eller target)</translation>
    </message>
    <message>
        <source>no store at %1 (create one with revalign demo or revalign import)</source>
        <translation>ingen databas på %1 (skapa en med revalign demo eller revalign import)</translation>
    </message>
    <message>
        <source>render dashboard pages to PNG files</source>
        <translation>rendera instrumentpanelens sidor till PNG-filer</translation>
    </message>
    <message>
        <source>A page id (overview, marketing, …) or all (default).</source>
        <translation>Ett sid-id (overview, marketing, …) eller all (standard).</translation>
    </message>
    <message>
        <source>The folder to write &lt;page&gt;.png into.</source>
        <translation>Mappen som &lt;sida&gt;.png skrivs till.</translation>
    </message>
    <message>
        <source>Window size WxH (default 1600x1000).</source>
        <translation>Fönsterstorlek BxH (standard 1600x1000).</translation>
    </message>
    <message>
        <source>screenshot needs --out DIR</source>
        <translation>screenshot behöver --out MAPP</translation>
    </message>
    <message>
        <source>--size must look like 1600x1000</source>
        <translation>--size måste se ut som 1600x1000</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>kan inte skapa %1</translation>
    </message>
    <message>
        <source>the store could not be loaded</source>
        <translation>databasen kunde inte läsas in</translation>
    </message>
    <message>
        <source>no page &apos;%1&apos; (pages: %2, all)</source>
        <translation>ingen sida &apos;%1&apos; (sidor: %2, all)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kan inte skriva %1</translation>
    </message>
    <message>
        <source>list the settings, print one (KEY) or set one (KEY VALUE).</source>
        <translation>lista inställningarna, visa en (NYCKEL) eller ändra en (NYCKEL VÄRDE).</translation>
    </message>
    <message>
        <source>A setting: %1.</source>
        <translation>En inställning: %1.</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>Det nya värdet.</translation>
    </message>
    <message>
        <source>settings takes at most KEY and VALUE</source>
        <translation>settings tar högst NYCKEL och VÄRDE</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; the settings are: %2</source>
        <translation>okänd inställning &apos;%1&apos;; inställningarna är: %2</translation>
    </message>
    <message>
        <source>name at least one KPI key, e.g. revalign trend leads.mql,bookings.total</source>
        <translation>ange minst en nyckeltalsnyckel, t.ex. revalign trend leads.mql,bookings.total</translation>
    </message>
    <message>
        <source>KPI keys, comma separated (e.g. leads.mql,bookings.total).</source>
        <translation>Nyckeltalsnycklar, kommaseparerade (t.ex. leads.mql,bookings.total).</translation>
    </message>
    <message>
        <source>week, month (default) or quarter.</source>
        <translation>week, month (standard) eller quarter.</translation>
    </message>
    <message>
        <source>How many periods (1-520, default 12).</source>
        <translation>Hur många perioder (1–520, standard 12).</translation>
    </message>
    <message>
        <source>usage: revalign trend KEY[,KEY...] --grain week|month|quarter --last N</source>
        <translation>användning: revalign trend NYCKEL[,NYCKEL...] --grain week|month|quarter --last N</translation>
    </message>
    <message>
        <source>--grain must be week, month or quarter, not &apos;%1&apos;</source>
        <translation>--grain måste vara week, month eller quarter, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--last must be a whole number from 1 to 520, not &apos;%1&apos;</source>
        <translation>--last måste vara ett heltal från 1 till 520, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the store has no events yet; import a bundle first or pass --as-of</source>
        <translation>databasen har inga händelser än; importera ett paket först eller ange --as-of</translation>
    </message>
    <message>
        <source>demo written to %1: %2 leads, %3 accounts, %4 opportunities, %5 revenue rows, %6 tickets, %7 rows in all, %8 to %9 (seed %10, %11 s)</source>
        <translation>demodatabas skriven till %1: %2 leads, %3 kunder, %4 affärsmöjligheter, %5 intäktsrader, %6 ärenden, %7 rader totalt, %8 till %9 (frö %10, %11 s)</translation>
    </message>
    <message>
        <source>print the data-quality report: out-of-order timestamps, missing personas and leads, stalled and re-entered leads, the last imports&apos; rejections</source>
        <translation>skriv ut datakvalitetsrapporten: tidpunkter i fel ordning, saknade personor och leads, stillastående och återinlagda leads, de senaste importernas avvisade rader</translation>
    </message>
    <message>
        <source>print KPIs over the last N periods; the last one is the period containing --as-of (default: the latest event in the store)</source>
        <translation>skriv ut nyckeltal för de senaste N perioderna; den sista är perioden som innehåller --as-of (standard: databasens senaste händelse)</translation>
    </message>
    <message>
        <source>--period is required: %1</source>
        <translation>--period krävs: %1</translation>
    </message>
    <message>
        <source>; default: %1.</source>
        <translation>; standard: %1.</translation>
    </message>
    <message>
        <source>Print CSV instead of a table (text cells neutralised for spreadsheets).</source>
        <translation>Skriv ut CSV i stället för en tabell (textceller neutraliserade för kalkylblad).</translation>
    </message>
    <message>
        <source>the last complete month</source>
        <translation>senaste hela månaden</translation>
    </message>
    <message>
        <source>write the store back as a bundle folder. The files are data for revalign import, written as stored: cells are not neutralised for spreadsheets (the --csv outputs of the KPI verbs are). The format: docs/bundle-format.md</source>
        <translation>skriv tillbaka databasen som en paketmapp. Filerna är data för revalign import, skrivna som de lagrats: celler neutraliseras inte för kalkylblad (det gör nyckeltalsverbens --csv-utdata). Formatet: docs/bundle-format.md</translation>
    </message>
    <message>
        <source>unknown KPI key &apos;%1&apos;; the keys are listed in docs/kpi-definitions.md, e.g. leads.mql, conv.mql_to_sal, bookings.total, mrr.end (revalign kpis --json prints them all)</source>
        <translation>okänd nyckeltalsnyckel &apos;%1&apos;; nycklarna finns i docs/kpi-definitions.md, t.ex. leads.mql, conv.mql_to_sal, bookings.total, mrr.end (revalign kpis --json skriver ut alla)</translation>
    </message>
    <message>
        <source>import a bundle folder, or exports with --from, into the store</source>
        <translation>importera en paketmapp, eller exportfiler med --from, till databasen</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>cache:        %1</source>
        <translation>cache:        %1</translation>
    </message>
    <message>
        <source>state:        %1</source>
        <translation>status:       %1</translation>
    </message>
    <message>
        <source>none (the next load reads the store and writes one)</source>
        <translation>ingen (nästa inläsning läser databasen och skriver en)</translation>
    </message>
    <message>
        <source>unusable: %1</source>
        <translation>oanvändbar: %1</translation>
    </message>
    <message>
        <source>data version: the store is at %1</source>
        <translation>dataversion:  databasen har %1</translation>
    </message>
    <message>
        <source>valid: the next load reads it instead of the store</source>
        <translation>giltig: nästa inläsning läser den i stället för databasen</translation>
    </message>
    <message>
        <source>stale: the store changed since it was written; the next load replaces it</source>
        <translation>inaktuell: databasen har ändrats sedan den skrevs; nästa inläsning ersätter den</translation>
    </message>
    <message>
        <source>valid, every checksum verified</source>
        <translation>giltig, alla kontrollsummor verifierade</translation>
    </message>
    <message>
        <source>size:         %1 (the store: %2)</source>
        <translation>storlek:      %1 (databasen: %2)</translation>
    </message>
    <message>
        <source>written:      %1 by RevAlign %2 (%3)</source>
        <translation>skriven:      %1 av RevAlign %2 (%3)</translation>
    </message>
    <message>
        <source>data version: %1 (the store is at %2), schema %3</source>
        <translation>dataversion:  %1 (databasen har %2), schema %3</translation>
    </message>
    <message>
        <source>show (status) or remove (clear) the store&apos;s snapshot cache, the file the next load reads instead of the store while the store is unchanged.</source>
        <translation>visa (status) eller ta bort (clear) databasens cache med ögonblicksbilden, filen som nästa inläsning läser i stället för databasen så länge databasen är oförändrad.</translation>
    </message>
    <message>
        <source>status or clear.</source>
        <translation>status eller clear.</translation>
    </message>
    <message>
        <source>status: also read the whole file and check every checksum.</source>
        <translation>status: läs även hela filen och kontrollera varje kontrollsumma.</translation>
    </message>
    <message>
        <source>cache takes one action: status or clear</source>
        <translation>cache tar en åtgärd: status eller clear</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>tog bort %1</translation>
    </message>
    <message>
        <source>no snapshot cache at %1</source>
        <translation>ingen cache med ögonblicksbild i %1</translation>
    </message>
    <message>
        <source>%1 takes no arguments besides options (see revalign %1 --help)</source>
        <translation>%1 tar inga argument utöver flaggor (se revalign %1 --help)</translation>
    </message>
    <message>
        <source>--period %1: account health is defined for whole months only (a month, quarter, year, or a range from a month&apos;s first to a month&apos;s last day)</source>
        <translation>--period %1: kundhälsa är definierad endast för hela månader (en månad, ett kvartal, ett år eller ett intervall från en månads första till en månads sista dag)</translation>
    </message>
    <message>
        <source>list the accounts at risk at the period&apos;s last month, worst first, with the signals that fired, their evidence and the lift of the warning</source>
        <translation>lista kundkontona i riskzonen i periodens sista månad, värst först, med de signaler som slog till, deras underlag och varningens lyft</translation>
    </message>
    <message>
        <source>print products x segments at the period&apos;s last month (adoption, median MRR of those who have it, accounts without it) and the largest cross-sell gaps</source>
        <translation>skriv ut produkter x segment i periodens sista månad (adoptionsgrad, median-MRR för dem som har produkten, kundkonton utan den) och de största luckorna för korsförsäljning</translation>
    </message>
    <message>
        <source>Gaps to list, largest first (default 20; 0 = all).</source>
        <translation>Luckor att lista, största först (standard 20; 0 = alla).</translation>
    </message>
    <message>
        <source>--top must be a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation>--top måste vara ett heltal från 0 och uppåt, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varning: %1</translation>
    </message>
    <message>
        <source>warning: %1: %2 more warning(s)</source>
        <translation>varning: %1: %2 varning(ar) till</translation>
    </message>
    <message>
        <source>The bundle folder (see docs/bundle-format.md); with --from, export files or folders of them.</source>
        <translation>Paketmappen (se docs/bundle-format.md); med --from exportfiler eller mappar med sådana.</translation>
    </message>
    <message>
        <source>Import exports: auto, hubspot, salesforce, stripe, zendesk, a saved mapping&apos;s name or a mapping file.</source>
        <translation>Importera exportfiler: auto, hubspot, salesforce, stripe, zendesk, namnet på en sparad mappning eller en mappningsfil.</translation>
    </message>
    <message>
        <source>Time zone of export datetimes without an offset (e.g. Europe/Berlin; default UTC).</source>
        <translation>Tidszon för exportfilernas tidpunkter utan tidsförskjutning (t.ex. Europe/Berlin; standard UTC).</translation>
    </message>
    <message>
        <source>Order of N/N/YYYY dates that the data does not settle: dmy or mdy.</source>
        <translation>Ordning för N/N/ÅÅÅÅ-datum som data inte avgör: dmy eller mdy.</translation>
    </message>
    <message>
        <source>Export header holding the leads&apos; sales-accepted date (HubSpot has no such stage).</source>
        <translation>Kolumnrubrik i exportfilerna med datumet då säljavdelningen accepterade leadet (HubSpot har inget sådant steg).</translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected.</source>
        <translation>Importera inget om någon rad avvisas.</translation>
    </message>
    <message>
        <source>Validate and report; write nothing.</source>
        <translation>Validera och rapportera; skriv inget.</translation>
    </message>
    <message>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation>Visa förlopp på stderr även när det inte är en terminal.</translation>
    </message>
    <message>
        <source>--%1 applies to exports: use it with --from</source>
        <translation>--%1 gäller exportfiler: använd den med --from</translation>
    </message>
    <message>
        <source>The store file, or a team store: postgresql://… or service=NAME (default: %1).</source>
        <translation>Databasfilen, eller en teamdatabas: postgresql://… eller service=NAMN (standard: %1).</translation>
    </message>
    <message>
        <source>%1 is a team store: it is written only by revalign import and revalign settings KEY VALUE</source>
        <translation>%1 är en teamdatabas: den skrivs bara av revalign import och revalign settings NYCKEL VÄRDE</translation>
    </message>
    <message>
        <source>Team store: seconds to wait for another client&apos;s import (default 30).</source>
        <translation>Teamdatabas: sekunder att vänta på en annan användares import (standard 30).</translation>
    </message>
    <message>
        <source>import --from does not write to a team store: import the exports into a laptop store, write it out with revalign export-bundle and import that bundle into %1</source>
        <translation>import --from skriver inte till en teamdatabas: importera exportfilerna till en lokal databas, skriv ut den med revalign export-bundle och importera det paketet till %1</translation>
    </message>
    <message>
        <source>--lock-wait takes a number of seconds from 0 to 86400</source>
        <translation>--lock-wait tar ett antal sekunder från 0 till 86400</translation>
    </message>
    <message>
        <source>copy a team store into a local store for offline use</source>
        <translation>kopiera en teamdatabas till en lokal databas för arbete offline</translation>
    </message>
    <message>
        <source>The team store: postgresql://… URI or service=NAME.</source>
        <translation>Teamdatabasen: en postgresql://…-URI eller service=NAMN.</translation>
    </message>
    <message>
        <source>--from needs a team store: postgresql://user@host/db or service=NAME</source>
        <translation>--from behöver en teamdatabas: postgresql://användare@värd/db eller service=NAMN</translation>
    </message>
    <message>
        <source>--db names the local copy, a file</source>
        <translation>--db anger den lokala kopian, en fil</translation>
    </message>
    <message>
        <source>incremental sync from %1: %2 rows, up to import #%3, into %4 (%5 s)</source>
        <translation>stegvis synkronisering från %1: %2 rader, till och med import nr %3, till %4 (%5 s)</translation>
    </message>
    <message>
        <source>full sync from %1: %2 rows, up to import #%3, into %4 (%5 s)</source>
        <translation>fullständig synkronisering från %1: %2 rader, till och med import nr %3, till %4 (%5 s)</translation>
    </message>
    <message>
        <source>a team store&apos;s snapshot cache is the one of its offline copy: use --db %1</source>
        <translation>cachen med ögonblicksbild för en teamdatabas är offlinekopians: använd --db %1</translation>
    </message>
    <message>
        <source>import --from takes one or more export files or folders (see revalign import --help)</source>
        <translation>import --from tar en eller flera exportfiler eller mappar (se revalign import --help)</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rader</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importerade</translation>
    </message>
    <message>
        <source>held</source>
        <translation>väntande</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppade över</translation>
    </message>
    <message>
        <source>export file</source>
        <translation>exportfil</translation>
    </message>
    <message>
        <source>recognised as</source>
        <translation>identifierad som</translation>
    </message>
    <message>
        <source>  %1, %2-separated; dates: %3; time zone: %4</source>
        <translation>  %1, avgränsat med %2; datum: %3; tidszon: %4</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  obs: %1</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>hoppade över %1</translation>
    </message>
    <message>
        <source>no CRM accounts in the store or the import: billing customers are the accounts</source>
        <translation>inga CRM-kundkonton i databasen eller importen: faktureringskunderna blir kundkontona</translation>
    </message>
    <message>
        <source>%1 customer(s)/organisation(s) without an account; their rows are held until matched:</source>
        <translation>%1 kund(er)/organisation(er) utan kundkonto; deras rader väntar tills de matchas:</translation>
    </message>
    <message>
        <source>  ... and %1 more (revalign match list)</source>
        <translation>  ... och %1 till (revalign match list)</translation>
    </message>
    <message>
        <source>  %1:%2 &quot;%3&quot; %4 %5, %6 row(s) held%7</source>
        <translation>  %1:%2 &quot;%3&quot; %4 %5, %6 rad(er) väntande%7</translation>
    </message>
    <message>
        <source> — could be %1</source>
        <translation> — kan vara %1</translation>
    </message>
    <message>
        <source>match one with: revalign match confirm SOURCE:ID ACCOUNT_ID, then import again</source>
        <translation>matcha en med: revalign match confirm SOURCE:ID ACCOUNT_ID, och importera sedan igen</translation>
    </message>
    <message>
        <source>--date-order is dmy or mdy, not &apos;%1&apos;</source>
        <translation>--date-order är dmy eller mdy, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nothing new or changed: the store already holds every row of these exports</source>
        <translation>inget nytt eller ändrat: databasen har redan varje rad i dessa exportfiler</translation>
    </message>
    <message>
        <source>list, show, export or import the mappings of exports</source>
        <translation>lista, visa, exportera eller importera mappningarna för exportfiler</translation>
    </message>
    <message>
        <source>list | show NAME | export NAME [FILE] | import FILE</source>
        <translation>list | show NAMN | export NAMN [FIL] | import FIL</translation>
    </message>
    <message>
        <source>mapping takes: list | show NAME | export NAME [FILE] | import FILE (see revalign mapping --help)</source>
        <translation>mapping tar: list | show NAMN | export NAMN [FIL] | import FIL (se revalign mapping --help)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>saved mapping %1 (%2); import with: revalign import --from %1 FILE...</source>
        <translation>sparade mappningen %1 (%2); importera med: revalign import --from %1 FIL...</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>source</source>
        <translation>källa</translation>
    </message>
    <message>
        <source>becomes</source>
        <translation>blir</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>ursprung</translation>
    </message>
    <message>
        <source>saved in the store</source>
        <translation>sparad i databasen</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>medföljer</translation>
    </message>
    <message>
        <source>no mapping &apos;%1&apos; (known: %2)</source>
        <translation>ingen mappning &apos;%1&apos; (kända: %2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>skrev %1</translation>
    </message>
    <message>
        <source>list, confirm or reject account matches of imported exports</source>
        <translation>lista, bekräfta eller avvisa kundkontomatchningar för importerade exportfiler</translation>
    </message>
    <message>
        <source>list | confirm SOURCE:ID ACCOUNT_ID | reject SOURCE:ID ACCOUNT_ID</source>
        <translation>list | confirm KÄLLA:ID KONTO_ID | reject KÄLLA:ID KONTO_ID</translation>
    </message>
    <message>
        <source>list: every match, not only the unmatched and ambiguous ones.</source>
        <translation>list: alla matchningar, inte bara de omatchade och tvetydiga.</translation>
    </message>
    <message>
        <source>match takes: list [--all] | confirm SOURCE:ID ACCOUNT_ID | reject SOURCE:ID ACCOUNT_ID</source>
        <translation>match tar: list [--all] | confirm KÄLLA:ID KONTO_ID | reject KÄLLA:ID KONTO_ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: expected SOURCE:ID, e.g. stripe:cus_123 (see revalign match list)</source>
        <translation>&apos;%1&apos;: förväntade KÄLLA:ID, t.ex. stripe:cus_123 (se revalign match list)</translation>
    </message>
    <message>
        <source>%1 is %2 from now on; import the exports again to bring in its held rows</source>
        <translation>%1 är %2 från och med nu; importera exportfilerna igen för att ta in dess väntande rader</translation>
    </message>
    <message>
        <source>%1 will never be matched to %2</source>
        <translation>%1 kommer aldrig att matchas mot %2</translation>
    </message>
    <message>
        <source>party</source>
        <translation>part</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>account</source>
        <translation>kundkonto</translation>
    </message>
    <message>
        <source>held rows / candidates</source>
        <translation>väntande rader / kandidater</translation>
    </message>
    <message>
        <source>%1 — could be %2</source>
        <translation>%1 — kan vara %2</translation>
    </message>
    <message>
        <source>no billing customers or ticket organisations imported yet</source>
        <translation>inga faktureringskunder eller ärendeorganisationer har importerats än</translation>
    </message>
    <message>
        <source>every billing customer and organisation has an account</source>
        <translation>varje faktureringskund och organisation har ett kundkonto</translation>
    </message>
    <message>
        <source>  %1, JSON records; dates: %2; time zone: %3</source>
        <translation>  %1, JSON-poster; datum: %2; tidszon: %3</translation>
    </message>
</context>
<context>
    <name>ra::ConnectTeamDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Connect to team store</source>
        <translation>Anslut till teamdatabas</translation>
    </message>
    <message>
        <source>A PostgreSQL URI or service=NAME. Passwords come from ~/.pgpass, PGPASSWORD or the service file; RevAlign never stores them.</source>
        <translation>En PostgreSQL-URI eller service=NAMN. Lösenord hämtas från ~/.pgpass, PGPASSWORD eller tjänstefilen; RevAlign sparar dem aldrig.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>A&amp;nslut</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Inte ansluten: %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Ansluten till %1 som %2.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Enter a postgresql:// URI or service=NAME.</source>
        <translation>Ange en postgresql://-URI eller service=NAMN.</translation>
    </message>
</context>
<context>
    <name>ra::Csv</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>läsfel: %1</translation>
    </message>
    <message>
        <source>a record longer than %1 MiB; is this really a CSV bundle file?</source>
        <translation>en post längre än %1 MiB; är detta verkligen en CSV-fil ur ett paket?</translation>
    </message>
    <message>
        <source>unterminated quoted field (a &apos;&quot;&apos; opened on this record is never closed)</source>
        <translation>oavslutat citerat fält (ett &apos;&quot;&apos; som öppnas i denna post stängs aldrig)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>ra::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Double-click an account to show the whole dashboard for its persona and segment.</source>
        <translation>Dubbelklicka på ett kundkonto för att visa hela instrumentpanelen för dess persona och segment.</translation>
    </message>
    <message>
        <source>Accounts at risk</source>
        <translation>Kundkonton i riskzonen</translation>
    </message>
    <message>
        <source>White space: product adoption by segment</source>
        <translation>Vita fläckar: produktadoption per segment</translation>
    </message>
    <message>
        <source>MRR at risk and seat utilisation (12 months)</source>
        <translation>MRR i riskzonen och licensutnyttjande (12 månader)</translation>
    </message>
    <message>
        <source>Account health is defined for whole months (month, quarter, year) without a channel filter, on a store with revenue.</source>
        <translation>Kundhälsa är definierad för hela månader (månad, kvartal, år) utan kanalfilter, i en databas med intäkter.</translation>
    </message>
</context>
<context>
    <name>ra::DataQualityPage</name>
    <message>
        <source>Findings: rows the KPIs leave out or treat specially</source>
        <translation>Fynd: rader som nyckeltalen utelämnar eller behandlar särskilt</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Importlogg</translation>
    </message>
    <message>
        <source>Rejected rows of the last imports</source>
        <translation>Avvisade rader i de senaste importerna</translation>
    </message>
    <message>
        <source>The data-quality checks have not run yet for this store.</source>
        <translation>Datakvalitetskontrollerna har inte körts än för denna databas.</translation>
    </message>
    <message>
        <source>Open or import a store to see its data quality.</source>
        <translation>Öppna eller importera en databas för att se dess datakvalitet.</translation>
    </message>
    <message>
        <source>%1 rows to look at across %2 checks. Counts cover the whole store, whatever the period and filters.</source>
        <translation>%1 rader att granska i %2 kontroller. Antalen gäller hela databasen, oavsett period och filter.</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datakvalitet</translation>
    </message>
    <message>
        <source>The data-quality checks could not run: %1</source>
        <translation>Datakvalitetskontrollerna kunde inte köras: %1</translation>
    </message>
</context>
<context>
    <name>ra::DateFormat</name>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <translation>MMM yy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>ra::Demo</name>
    <message>
        <source>the demo was cancelled</source>
        <translation>demon avbröts</translation>
    </message>
    <message>
        <source>the demo needs a valid end date</source>
        <translation>demon behöver ett giltigt slutdatum</translation>
    </message>
    <message>
        <source>the number of leads must be between %1 and %2</source>
        <translation>antalet leads måste vara mellan %1 och %2</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 är öppnad skrivskyddad</translation>
    </message>
    <message>
        <source>%1 already holds data; use --force to replace it with the demo</source>
        <translation>%1 innehåller redan data; använd --force för att ersätta dem med demon</translation>
    </message>
</context>
<context>
    <name>ra::DemoStoreService</name>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
</context>
<context>
    <name>ra::ExportImportService</name>
    <message>
        <source>The import was cancelled; the store is unchanged.</source>
        <translation>Importen avbröts; databasen är oförändrad.</translation>
    </message>
</context>
<context>
    <name>ra::ExportImportWizard</name>
    <message>
        <source>Import exports</source>
        <translation>Importera exportfiler</translation>
    </message>
    <message>
        <source>Exports to import</source>
        <translation>Exportfiler att importera</translation>
    </message>
    <message>
        <source>Export files and folders</source>
        <translation>Exportfiler och mappar</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Lägg till &amp;filer…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Lägg till &amp;mapp…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Recognise each file</source>
        <translation>Identifiera varje fil</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>UTC (e.g. Europe/Berlin: the zone of datetimes without an offset)</source>
        <translation>UTC (t.ex. Europe/Stockholm: zonen för tidpunkter utan UTC-förskjutning)</translation>
    </message>
    <message>
        <source>From the data</source>
        <translation>Utifrån datan</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Dag först (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Månad först (12/31/2026)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Källa:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Tids&amp;zon:</translation>
    </message>
    <message>
        <source>&amp;Dates like 3/4/2026:</source>
        <translation>&amp;Datum som 3/4/2026:</translation>
    </message>
    <message>
        <source>Export files</source>
        <translation>Exportfiler</translation>
    </message>
    <message>
        <source>Folder of exports</source>
        <translation>Mapp med exportfiler</translation>
    </message>
    <message>
        <source>What would be imported</source>
        <translation>Vad som skulle importeras</translation>
    </message>
    <message>
        <source>A dry run: nothing is written yet. Every row is imported, unchanged, rejected (with its line), held until its account is matched, or skipped with a reason.</source>
        <translation>En testkörning: inget skrivs än. Varje rad importeras, lämnas oförändrad, avvisas (med sitt radnummer), väntar tills dess kundkonto har matchats eller hoppas över med en orsak.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Identifierad som</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Teckenkodning</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Avgränsare</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerade</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Överhoppade</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Avvisade rader</translation>
    </message>
    <message>
        <source>Customer / organisation</source>
        <translation>Kund / organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows held</source>
        <translation>Väntande rader</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundkonto</translation>
    </message>
    <message>
        <source>Without an account</source>
        <translation>Utan kundkonto</translation>
    </message>
    <message>
        <source>&amp;Confirm the chosen account</source>
        <translation>&amp;Bekräfta valt kundkonto</translation>
    </message>
    <message>
        <source>Rejections (file:line:column: reason):</source>
        <translation>Avvisade rader (fil:rad:kolumn: orsak):</translation>
    </message>
    <message>
        <source>Customers and organisations without an account (never guessed):</source>
        <translation>Kunder och organisationer utan kundkonto (gissas aldrig):</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Reading the exports…</source>
        <translation>Läser exportfilerna…</translation>
    </message>
    <message>
        <source>Importing… Cancel leaves the store as it was.</source>
        <translation>Importerar… Avbryt lämnar databasen som den var.</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Inget kan importeras: %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>hoppade över %1</translation>
    </message>
    <message>
        <source>No rejections.</source>
        <translation>Inga avvisade rader.</translation>
    </message>
    <message>
        <source>(leave unmatched)</source>
        <translation>(lämna omatchad)</translation>
    </message>
    <message>
        <source>%1 file(s) recognised; %2 row(s) rejected, %3 held. Next imports the rest.</source>
        <translation>%1 fil(er) identifierade; %2 rad(er) avvisade, %3 väntande. Nästa importerar resten.</translation>
    </message>
    <message>
        <source>Choose an account for this row first.</source>
        <translation>Välj först ett kundkonto för den här raden.</translation>
    </message>
    <message>
        <source>Cancelled: the store is unchanged.</source>
        <translation>Avbrutet: databasen är oförändrad.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Inte importerat: %1</translation>
    </message>
    <message>
        <source>Imported %1 row(s); %2 rejected, %3 held until matched. The dashboard reloads.</source>
        <translation>Importerade %1 rad(er); %2 avvisade, %3 väntar på matchning. Instrumentpanelen laddas om.</translation>
    </message>
    <message>
        <source>HubSpot, Salesforce, Stripe or Zendesk exports as they are (Zendesk&apos;s JSON too), or any CRM&apos;s CSV: its columns are mapped on the next page. Into: %1</source>
        <translation>Exportfiler från HubSpot, Salesforce, Stripe eller Zendesk som de är (även Zendesks JSON), eller CSV från valfritt CRM: dess kolumner mappas på nästa sida. Till: %1</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Exportfiler (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>ra::ExportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>What each file was recognised as, and which of its columns feed RevAlign&apos;s. Change a column to adjust a mapping; a file nothing fits is mapped here. On the right: the first 20 rows as they will be imported.</source>
        <translation>Vad varje fil kändes igen som, och vilka av dess kolumner som fyller RevAligns. Ändra en kolumn för att justera en mappning; en fil som ingen mappning passar mappas här. Till höger: de första 20 raderna som de kommer att importeras.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Rows become</source>
        <translation>Raderna blir</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kundkonton</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Affärsmöjligheter</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS-svar</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Spara mappning…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Rows become:</source>
        <translation>&amp;Raderna blir:</translation>
    </message>
    <message>
        <source>RevAlign column</source>
        <translation>RevAlign-kolumn</translation>
    </message>
    <message>
        <source>From the file&apos;s column</source>
        <translation>Från filens kolumn</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Första värdet</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Kolumnmappning</translation>
    </message>
    <message>
        <source>The first rows as they will be imported</source>
        <translation>De första raderna som de kommer att importeras</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Vad som saknas</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Spara mappning</translation>
    </message>
    <message>
        <source>Mapping for %1 (letters, digits, &apos;-&apos;; the name of a saved or shipped mapping replaces it):</source>
        <translation>Mappning för %1 (bokstäver, siffror, &apos;-&apos;; namnet på en sparad eller medföljande mappning ersätter den):</translation>
    </message>
    <message>
        <source>Reading the first rows of each file…</source>
        <translation>Läser de första raderna i varje fil…</translation>
    </message>
    <message>
        <source>%1 — %2 (%3%)</source>
        <translation>%1 — %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 — not recognised: map its columns</source>
        <translation>%1 — känns inte igen: mappa dess kolumner</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>%n fil läst.</numerusform>
            <numerusform>%n filer lästa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Required: every row needs it</source>
        <translation>Obligatorisk: varje rad behöver den</translation>
    </message>
    <message>
        <source>Source column for %1</source>
        <translation>Källkolumn för %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>No file can be read.</source>
        <translation>Ingen fil kan läsas.</translation>
    </message>
    <message>
        <source>Required columns not mapped: %1.</source>
        <translation>Obligatoriska kolumner som inte är mappade: %1.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message numerus="yes">
        <source>Every required column is mapped; the first %n row(s) would all be imported.</source>
        <translation>
            <numerusform>Alla obligatoriska kolumner är mappade; den första raden skulle importeras.</numerusform>
            <numerusform>Alla obligatoriska kolumner är mappade; alla de första %n raderna skulle importeras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every required column is mapped; %1 of the first %2 rows would be rejected (the red cells say why).</source>
        <translation>Alla obligatoriska kolumner är mappade; %1 av de första %2 raderna skulle avvisas (de röda cellerna säger varför).</translation>
    </message>
    <message>
        <source>Not recognised: skipped unless you map it (it was found in a folder).</source>
        <translation>Känns inte igen: hoppas över om du inte mappar den (den hittades i en mapp).</translation>
    </message>
    <message>
        <source>Still to map: %1.</source>
        <translation>Återstår att mappa: %1.</translation>
    </message>
    <message>
        <source>No file to take the mapping from.</source>
        <translation>Ingen fil att ta mappningen från.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
    <message>
        <source>Saved the mapping &quot;%1&quot; in the store: the next import recognises files like %2 by it (revalign mapping list shows it).</source>
        <translation>Mappningen ”%1” är sparad i databasen: nästa import känner igen filer som %2 med den (revalign mapping list visar den).</translation>
    </message>
    <message>
        <source>A short name of the system the files come from: their ids become NAME:ID, the same for every file mapped here, so a deal finds its account.</source>
        <translation>Ett kort namn på systemet som filerna kommer från: deras id blir NAMN:ID, detsamma för varje fil som mappas här, så att en affär hittar sitt kundkonto.</translation>
    </message>
    <message>
        <source>&amp;Ids from:</source>
        <translation>&amp;Id från:</translation>
    </message>
</context>
<context>
    <name>ra::ExportValuesPage</name>
    <message>
        <source>Values</source>
        <translation>Värden</translation>
    </message>
    <message>
        <source>What the values of category columns become in RevAlign. The values are those of the file&apos;s first 5,000 rows; in a text column a value not listed is kept as it is, in a fixed list of values it is rejected.</source>
        <translation>Vad värdena i kategorikolumner blir i RevAlign. Värdena är de från filens första 5 000 rader; i en textkolumn behålls ett värde som inte finns i listan som det är, i en fast värdelista avvisas det.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>RevAlign column</source>
        <translation>RevAlign-kolumn</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Värde i filen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Blir</translation>
    </message>
    <message>
        <source>Value maps</source>
        <translation>Värdemappningar</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Spara mappning…</translation>
    </message>
    <message>
        <source>%1 becomes</source>
        <translation>%1 blir</translation>
    </message>
    <message>
        <source>(reject the row)</source>
        <translation>(avvisa raden)</translation>
    </message>
    <message>
        <source>No category column is mapped: nothing to do here.</source>
        <translation>Ingen kategorikolumn är mappad: inget att göra här.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) listed.</source>
        <translation>
            <numerusform>%n värde listat.</numerusform>
            <numerusform>%n värden listade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::Exports</name>
    <message>
        <source>%1 report footer line(s) skipped</source>
        <translation>%1 sidfotsrad(er) i rapporten överhoppade</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is in no import and not in the store; left empty</source>
        <translation>%1: %2 &apos;%3&apos; finns varken i någon import eller i databasen; lämnas tomt</translation>
    </message>
    <message>
        <source>%1: mapping %2 names no bundle table &apos;%3&apos;</source>
        <translation>%1: mappningen %2 anger ingen pakettabell &apos;%3&apos;</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>dag först</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>månad först</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: ingen sådan fil eller mapp</translation>
    </message>
    <message>
        <source>cannot read mapping %1: %2</source>
        <translation>kan inte läsa mappningen %1: %2</translation>
    </message>
    <message>
        <source>--from %1: not auto, %2, a mapping name or a mapping file</source>
        <translation>--from %1: varken auto, %2, ett mappningsnamn eller en mappningsfil</translation>
    </message>
    <message>
        <source>%1: no column for %2 (looked for %3)</source>
        <translation>%1: ingen kolumn för %2 (letade efter %3)</translation>
    </message>
    <message>
        <source>%1: mapping %2 has no column for %3</source>
        <translation>%1: mappningen %2 har ingen kolumn för %3</translation>
    </message>
    <message>
        <source>%1, decided from the data</source>
        <translation>%1, avgjort utifrån data</translation>
    </message>
    <message>
        <source>ISO (year first)</source>
        <translation>ISO (år först)</translation>
    </message>
    <message>
        <source>UTC (assumed; give --timezone with the tool&apos;s time zone)</source>
        <translation>UTC (antaget; ange --timezone med verktygets tidszon)</translation>
    </message>
    <message>
        <source>datetimes without an offset taken as UTC: give --timezone with the account&apos;s time zone</source>
        <translation>tidpunkter utan tidsförskjutning tolkas som UTC: ange --timezone med kontots tidszon</translation>
    </message>
    <message>
        <source>%1: not a known export (first columns %2; closest: %3, %4% of its identifying columns)</source>
        <translation>%1: ingen känd exportfil (första kolumnerna %2; närmast: %3, %4 % av dess identifierande kolumner)</translation>
    </message>
    <message>
        <source>--sal-from: %1 has no column &quot;%2&quot;</source>
        <translation>--sal-from: %1 har ingen kolumn &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--timezone %1: not a known time zone (an IANA name such as Europe/Berlin)</source>
        <translation>--timezone %1: ingen känd tidszon (ett IANA-namn som Europe/Stockholm)</translation>
    </message>
    <message>
        <source>none of the files is a known export: %1</source>
        <translation>ingen av filerna är en känd exportfil: %1</translation>
    </message>
    <message>
        <source>%1: no header line</source>
        <translation>%1: ingen rubrikrad</translation>
    </message>
    <message>
        <source>%1 (line %2: %3)</source>
        <translation>%1 (rad %2: %3)</translation>
    </message>
    <message>
        <source>cannot create a scratch folder: %1</source>
        <translation>kan inte skapa en arbetsmapp: %1</translation>
    </message>
    <message>
        <source>the import is committed, but the account matches could not be saved: %1</source>
        <translation>importen är genomförd, men kundkontomatchningarna kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>%1: not valid %2 text</source>
        <translation>%1: inte giltig %2-text</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ingen sådan fil</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: filen är tom</translation>
    </message>
    <message>
        <source>%1: a spreadsheet workbook, not CSV text; save or export it as CSV first</source>
        <translation>%1: en kalkylbladsfil, inte CSV-text; spara eller exportera den som CSV först</translation>
    </message>
    <message>
        <source>%1: a UTF-16 file over 256 MiB; export it as UTF-8</source>
        <translation>%1: en UTF-16-fil över 256 MiB; exportera den som UTF-8</translation>
    </message>
    <message>
        <source>%1: binary data or UTF-16 without a byte-order mark, not CSV text</source>
        <translation>%1: binära data eller UTF-16 utan byteordningsmarkering, inte CSV-text</translation>
    </message>
    <message>
        <source>Windows-1252 (assumed: the bytes are not UTF-8)</source>
        <translation>Windows-1252 (antaget: byten är inte UTF-8)</translation>
    </message>
    <message>
        <source>%1: over 64 MiB and not UTF-8; export it as UTF-8 (large files are not converted)</source>
        <translation>%1: över 64 MiB och inte UTF-8; exportera den som UTF-8 (stora filer konverteras inte)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (rows, customers, subscriptions, invoices, tickets)</source>
        <translation>okänd typ &apos;%1&apos; (rows, customers, subscriptions, invoices, tickets)</translation>
    </message>
    <message>
        <source>columns[%1]: unknown member &apos;%2&apos;</source>
        <translation>columns[%1]: okänd medlem &apos;%2&apos;</translation>
    </message>
    <message>
        <source>columns[%1]: &apos;to&apos; is missing</source>
        <translation>columns[%1]: &apos;to&apos; saknas</translation>
    </message>
    <message>
        <source>columns[%1]: unknown rule &apos;%2&apos;</source>
        <translation>columns[%1]: okänd regel &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: not a mapping (JSON error at offset %2: %3)</source>
        <translation>%1: ingen mappning (JSON-fel vid position %2: %3)</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be 1 (the only mapping format this RevAlign reads)</source>
        <translation>&apos;format&apos; måste vara 1 (det enda mappningsformat denna RevAlign läser)</translation>
    </message>
    <message>
        <source>&apos;name&apos; and &apos;source&apos; are required</source>
        <translation>&apos;name&apos; och &apos;source&apos; krävs</translation>
    </message>
    <message>
        <source>&apos;table&apos; (the bundle table the rows become) is required</source>
        <translation>&apos;table&apos; (pakettabellen som raderna blir) krävs</translation>
    </message>
    <message>
        <source>&apos;dateOrder&apos; is auto, mdy or dmy, not &apos;%1&apos;</source>
        <translation>&apos;dateOrder&apos; är auto, mdy eller dmy, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;columns&apos; is missing or empty</source>
        <translation>&apos;columns&apos; saknas eller är tom</translation>
    </message>
    <message>
        <source>%1: no customer id column</source>
        <translation>%1: ingen kolumn med kund-id</translation>
    </message>
    <message>
        <source>%1: a %2 export needs a %3 column</source>
        <translation>%1: en %2-exportfil behöver en kolumn %3</translation>
    </message>
    <message>
        <source>no %1 party &apos;%2&apos; has been imported (see revalign match list --all)</source>
        <translation>ingen part &apos;%2&apos; från %1 har importerats (se revalign match list --all)</translation>
    </message>
    <message>
        <source>no account &apos;%1&apos; in the store</source>
        <translation>inget kundkonto &apos;%1&apos; i databasen</translation>
    </message>
    <message>
        <source>%1 (not revenue)</source>
        <translation>%1 (inte intäkt)</translation>
    </message>
    <message>
        <source>ended in the month it started (no full month of revenue)</source>
        <translation>slutade samma månad som den började (ingen hel månad med intäkt)</translation>
    </message>
    <message>
        <source>not a paid subscription invoice</source>
        <translation>ingen betald prenumerationsfaktura</translation>
    </message>
    <message>
        <source>a subscriptions export is imported too, and revenue comes from it</source>
        <translation>en prenumerationsexport importeras också, och intäkterna kommer från den</translation>
    </message>
    <message>
        <source>%1 row(s) skipped: %2</source>
        <translation>%1 rad(er) överhoppade: %2</translation>
    </message>
    <message>
        <source>record %1 skipped: %2</source>
        <translation>post %1 överhoppad: %2</translation>
    </message>
    <message>
        <source>%1 more record(s) skipped</source>
        <translation>%1 poster till överhoppade</translation>
    </message>
    <message>
        <source>no .csv, .tsv, .txt or .json files in %1</source>
        <translation>inga .csv-, .tsv-, .txt- eller .json-filer i %1</translation>
    </message>
    <message>
        <source>not a ticket (%1)</source>
        <translation>inte ett ärende (%1)</translation>
    </message>
    <message>
        <source>an older version of ticket %1 (record %2 is the latest)</source>
        <translation>en äldre version av ärende %1 (post %2 är den senaste)</translation>
    </message>
    <message>
        <source>deleted in Zendesk</source>
        <translation>raderat i Zendesk</translation>
    </message>
    <message>
        <source>%1: JSON without tickets (Zendesk&apos;s ticket export is read: one ticket per line, or pages with a &quot;tickets&quot; list)</source>
        <translation>%1: JSON utan ärenden (Zendesks ärendeexport läses: ett ärende per rad, eller sidor med en ”tickets”-lista)</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>kan inte skapa en temporär fil: %1</translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation>kan inte skriva en temporär fil: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kan inte läsa: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>columns[%1]: &apos;others&apos; is keep or reject, not &apos;%2&apos;</source>
        <translation>columns[%1]: &apos;others&apos; är keep eller reject, inte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a mapping needs a name and a source of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>en mappning behöver ett namn och en källa av bokstäver, siffror, &apos;-&apos;, &apos;_&apos; eller &apos;.&apos;</translation>
    </message>
    <message>
        <source>required columns not mapped: %1</source>
        <translation>obligatoriska kolumner som inte är mappade: %1</translation>
    </message>
    <message>
        <source>%1: no column &quot;%2&quot; in the file</source>
        <translation>%1: ingen kolumn ”%2” i filen</translation>
    </message>
    <message>
        <source>not one of %1</source>
        <translation>inte något av %1</translation>
    </message>
    <message>
        <source>%1 fills the sales-accepted stage: SLA compliance and breaches are computed (sal_stage_tracked is now yes)</source>
        <translation>%1 fyller i steget säljaccepterad (SAL): SLA-efterlevnad och SLA-brott beräknas (sal_stage_tracked är nu yes)</translation>
    </message>
    <message>
        <source>%1 has no sales-accepted stage: SLA compliance and breaches are shown as not tracked; choose a column for it in the import wizard (or --sal-from), or set sal_stage_tracked</source>
        <translation>%1 har inget steg för säljaccepterad (SAL): SLA-efterlevnad och SLA-brott visas som ej spårade; välj en kolumn för steget i importguiden (eller --sal-from), eller ställ in sal_stage_tracked</translation>
    </message>
    <message>
        <source>the import is committed, but sal_stage_tracked could not be set: %1</source>
        <translation>importen är sparad, men sal_stage_tracked kunde inte ställas in: %1</translation>
    </message>
</context>
<context>
    <name>ra::FilterBar</name>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Clear every filter (Esc)</source>
        <translation>Rensa alla filter (Esc)</translation>
    </message>
    <message>
        <source>Show everything (Esc)</source>
        <translation>Visa allt (Esc)</translation>
    </message>
    <message>
        <source>%1 is %2 — click to remove</source>
        <translation>%1 är %2 — klicka för att ta bort</translation>
    </message>
    <message>
        <source>Remove %1 filter %2</source>
        <translation>Ta bort filtret %1 %2</translation>
    </message>
</context>
<context>
    <name>ra::Health</name>
    <message>
        <source>low utilisation</source>
        <translation>lågt utnyttjande</translation>
    </message>
    <message>
        <source>usage drop</source>
        <translation>minskad användning</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>kritiker</translation>
    </message>
    <message>
        <source>poor service</source>
        <translation>bristande service</translation>
    </message>
    <message>
        <source>contraction</source>
        <translation>kontraktion</translation>
    </message>
</context>
<context>
    <name>ra::HealthReport</name>
    <message>
        <source>(no segment)</source>
        <translation>(inget segment)</translation>
    </message>
    <message>
        <source>No account was flagged at risk in the twelve months before, so the warning cannot be measured yet.</source>
        <translation>Inget kundkonto flaggades i riskzonen under de tolv föregående månaderna, så varningen kan ännu inte mätas.</translation>
    </message>
    <message>
        <source>None of the accounts that were not flagged churned in the twelve months before, so the warning cannot be compared yet.</source>
        <translation>Inget av de kundkonton som inte flaggades gick förlorat under de tolv föregående månaderna, så varningen kan ännu inte jämföras.</translation>
    </message>
    <message>
        <source>Accounts flagged at risk churned %1 as often as the others in the last twelve months.</source>
        <translation>Kundkonton som flaggades i riskzonen gick förlorade %1 så ofta som övriga under de senaste tolv månaderna.</translation>
    </message>
    <message>
        <source>No month is known three months on yet.</source>
        <translation>Ingen månad har ännu kunnat följas upp tre månader senare.</translation>
    </message>
    <message>
        <source>Months %1 to %2, each checked three months on: %3 of %4 flagged accounts churned (%5), %6 of %7 others (%8).</source>
        <translation>Månaderna %1 till %2, var och en kontrollerad tre månader senare: %3 av %4 flaggade kundkonton gick förlorade (%5), %6 av %7 övriga (%8).</translation>
    </message>
    <message>
        <source>%1 of %2 seats used (%3)</source>
        <translation>%1 av %2 licenser används (%3)</translation>
    </message>
    <message>
        <source>active users %1 → %2 in three months</source>
        <translation>aktiva användare %1 → %2 på tre månader</translation>
    </message>
    <message>
        <source>NPS %1 on %2</source>
        <translation>NPS %1 den %2</translation>
    </message>
    <message>
        <source>ticket open since %1</source>
        <translation>ärende öppet sedan %1</translation>
    </message>
    <message>
        <source>ticket rated %1 on %2</source>
        <translation>ärende betygsatt %1 den %2</translation>
    </message>
    <message>
        <source>MRR %1 → %2</source>
        <translation>MRR %1 → %2</translation>
    </message>
    <message>
        <source>Account health is defined for whole months (month, quarter, year) without a channel filter, on a store with revenue.
</source>
        <translation>Kundhälsa är definierad för hela månader (månad, kvartal, år) utan kanalfilter, i en databas med intäkter.
</translation>
    </message>
    <message>
        <source>Accounts at risk in %1 (%2 or more of the five signals): %3

</source>
        <translation>Kundkonton i riskzonen i %1 (%2 eller fler av de fem signalerna): %3

</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundkonto</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>White space is defined for whole months (month, quarter, year) without a channel filter, on a store with revenue.
</source>
        <translation>Vita fläckar är definierade för hela månader (månad, kvartal, år) utan kanalfilter, i en databas med intäkter.
</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source> (fewer than 3 have it)</source>
        <translation> (färre än 3 har den)</translation>
    </message>
    <message>
        <source>Products × segments in %1

</source>
        <translation>Produkter × segment i %1

</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Have it</source>
        <translation>Har den</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoptionsgrad</translation>
    </message>
    <message>
        <source>Median MRR</source>
        <translation>Median-MRR</translation>
    </message>
    <message>
        <source>Without it</source>
        <translation>Saknar den</translation>
    </message>
    <message>
        <source>
Top gaps (%1 of %2)

</source>
        <translation>
Största luckorna (%1 av %2)

</translation>
    </message>
    <message>
        <source>Potential MRR</source>
        <translation>Potentiell MRR</translation>
    </message>
    <message>
        <source>Peers with it</source>
        <translation>Jämförbara med den</translation>
    </message>
</context>
<context>
    <name>ra::Import</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 är en fil, inte en mapp</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>kan inte skapa mappen %1</translation>
    </message>
    <message>
        <source>bundle folder %1 does not exist</source>
        <translation>paketmappen %1 finns inte</translation>
    </message>
    <message>
        <source>%1 is not a readable folder</source>
        <translation>%1 är ingen läsbar mapp</translation>
    </message>
    <message>
        <source>%1 has no accounts.csv (the one file every bundle needs)</source>
        <translation>%1 har ingen accounts.csv (den enda fil som varje paket behöver)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 är en mapp, inte en fil</translation>
    </message>
    <message>
        <source>import cancelled; the store is unchanged</source>
        <translation>importen avbröts; databasen är oförändrad</translation>
    </message>
    <message>
        <source>the import was not saved: %1</source>
        <translation>importen sparades inte: %1</translation>
    </message>
    <message>
        <source>%1 is empty (it needs at least a header row)</source>
        <translation>%1 är tom (den behöver minst en rubrikrad)</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; ignored</source>
        <translation>okänd kolumn &apos;%1&apos; ignoreras</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice; the first one is used</source>
        <translation>kolumnen &apos;%1&apos; förekommer två gånger; den första används</translation>
    </message>
    <message>
        <source>%1: missing required column &apos;%2&apos;; the file is rejected and nothing was imported</source>
        <translation>%1: obligatorisk kolumn &apos;%2&apos; saknas; filen avvisas och inget importerades</translation>
    </message>
    <message>
        <source> (it looks like &apos;;&apos;-separated: bundle files use &apos;,&apos;)</source>
        <translation> (den ser ut att vara avgränsad med &apos;;&apos;: paketfiler använder &apos;,&apos;)</translation>
    </message>
    <message>
        <source>%1 before %2 (imported; left out of durations)</source>
        <translation>%1 före %2 (importerad; räknas inte in i tidsåtgång)</translation>
    </message>
    <message>
        <source>cannot read the keys of %1: %2</source>
        <translation>kan inte läsa nycklarna i %1: %2</translation>
    </message>
</context>
<context>
    <name>ra::ImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Importera paket</translation>
    </message>
    <message>
        <source>A bundle is a folder of CSV files (accounts.csv, leads.csv, …). Rows already in the store are updated; nothing is lost if the import is cancelled.
Into: %1</source>
        <translation>Ett paket är en mapp med CSV-filer (accounts.csv, leads.csv, …). Rader som redan finns i databasen uppdateras; inget går förlorat om importen avbryts.
Till: %1</translation>
    </message>
    <message>
        <source>Choose the bundle folder…</source>
        <translation>Välj paketmappen…</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Välj mapp…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godkända</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <source>Dry run per file</source>
        <translation>Testkörning per fil</translation>
    </message>
    <message>
        <source>Choose a folder to see what would be imported.</source>
        <translation>Välj en mapp för att se vad som skulle importeras.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Bundle folder</source>
        <translation>Paketmapp</translation>
    </message>
    <message>
        <source>Checking the bundle (dry run)…</source>
        <translation>Kontrollerar paketet (testkörning)…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>%1 rows accepted, %2 rejected.</source>
        <translation>%1 rader godkända, %2 avvisade.</translation>
    </message>
    <message>
        <source>Dry run: %1 Nothing has been written yet.</source>
        <translation>Testkörning: %1 Inget har skrivits än.</translation>
    </message>
    <message>
        <source>Imported: %1 The dashboard is reloading.</source>
        <translation>Importerat: %1 Instrumentpanelen laddas om.</translation>
    </message>
</context>
<context>
    <name>ra::ImportLogModel</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Startad (UTC)</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Avvisade rader</translation>
    </message>
</context>
<context>
    <name>ra::ImportService</name>
    <message>
        <source>Checking… %1%</source>
        <translation>Kontrollerar… %1 %</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Importerar… %1 %</translation>
    </message>
    <message>
        <source>The import was cancelled; the store is unchanged.</source>
        <translation>Importen avbröts; databasen är oförändrad.</translation>
    </message>
    <message>
        <source>Building the team store&apos;s keys and indexes…</source>
        <translation>Bygger teamdatabasens nycklar och index…</translation>
    </message>
    <message>
        <source>Sending the changes to the team store…</source>
        <translation>Skickar ändringarna till teamdatabasen…</translation>
    </message>
    <message>
        <source>Saving the team&apos;s numbers for first reads on other laptops…</source>
        <translation>Sparar teamets siffror för första läsningen på andra bärbara datorer…</translation>
    </message>
</context>
<context>
    <name>ra::Kpi</name>
    <message>
        <source>Leads created</source>
        <translation>Skapade leads</translation>
    </message>
    <message>
        <source>Leads that became a known contact in the period.</source>
        <translation>Leads som blev en känd kontakt under perioden.</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQL:er</translation>
    </message>
    <message>
        <source>Leads that became marketing qualified in the period.</source>
        <translation>Leads som blev marknadskvalificerade under perioden.</translation>
    </message>
    <message>
        <source>SALs</source>
        <translation>SAL:er</translation>
    </message>
    <message>
        <source>Leads that sales accepted in the period.</source>
        <translation>Leads som sälj accepterade under perioden.</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQL:er</translation>
    </message>
    <message>
        <source>Leads that became sales qualified in the period.</source>
        <translation>Leads som blev säljkvalificerade under perioden.</translation>
    </message>
    <message>
        <source>MQL → SAL</source>
        <translation>MQL → SAL</translation>
    </message>
    <message>
        <source>Of the period&apos;s MQLs, the share that sales has accepted.</source>
        <translation>Andelen av periodens MQL:er som sälj har accepterat.</translation>
    </message>
    <message>
        <source>SAL → SQL</source>
        <translation>SAL → SQL</translation>
    </message>
    <message>
        <source>Of the period&apos;s SALs, the share that became sales qualified.</source>
        <translation>Andelen av periodens SAL:er som blev säljkvalificerade.</translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation>MQL → SQL</translation>
    </message>
    <message>
        <source>Of the period&apos;s MQLs, the share that became sales qualified.</source>
        <translation>Andelen av periodens MQL:er som blev säljkvalificerade.</translation>
    </message>
    <message>
        <source>SQL → won</source>
        <translation>SQL → vunnen</translation>
    </message>
    <message>
        <source>Of the period&apos;s SQLs, the share with a won opportunity.</source>
        <translation>Andelen av periodens SQL:er med en vunnen affär.</translation>
    </message>
    <message>
        <source>MQL acceptance time</source>
        <translation>Accepttid för MQL</translation>
    </message>
    <message>
        <source>Median hours from MQL to sales acceptance, for the period&apos;s MQLs.</source>
        <translation>Mediantimmar från MQL till säljs accept, för periodens MQL:er.</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-efterlevnad</translation>
    </message>
    <message>
        <source>Share of the period&apos;s decided MQLs that sales accepted within the SLA hours.</source>
        <translation>Andelen av periodens avgjorda MQL:er som sälj accepterade inom SLA-timmarna.</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-brott</translation>
    </message>
    <message>
        <source>MQLs of the period accepted late, or not accepted and already past the SLA.</source>
        <translation>Periodens MQL:er som accepterades för sent, eller inte accepterats och redan passerat SLA:n.</translation>
    </message>
    <message>
        <source>Feedback rate</source>
        <translation>Återkopplingsgrad</translation>
    </message>
    <message>
        <source>Of the period&apos;s SALs, the share given an outcome (SQL or disqualified) within the feedback days.</source>
        <translation>Andelen av periodens SAL:er som fick ett utfall (SQL eller diskvalificerad) inom återkopplingsdagarna.</translation>
    </message>
    <message>
        <source>Opportunities created</source>
        <translation>Skapade affärsmöjligheter</translation>
    </message>
    <message>
        <source>Opportunities created in the period.</source>
        <translation>Affärsmöjligheter som skapades under perioden.</translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation>Skapad pipeline</translation>
    </message>
    <message>
        <source>Total amount of the opportunities created in the period.</source>
        <translation>Totalt belopp för de affärsmöjligheter som skapades under perioden.</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Vunna affärer</translation>
    </message>
    <message>
        <source>Opportunities won in the period.</source>
        <translation>Affärsmöjligheter som vanns under perioden.</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Förlorade affärer</translation>
    </message>
    <message>
        <source>Opportunities lost in the period.</source>
        <translation>Affärsmöjligheter som förlorades under perioden.</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Vinstandel</translation>
    </message>
    <message>
        <source>Won deals as a share of the deals closed (won or lost) in the period.</source>
        <translation>Vunna affärer som andel av periodens avslutade affärer (vunna eller förlorade).</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Genomsnittligt affärsvärde</translation>
    </message>
    <message>
        <source>Mean amount of the deals won in the period.</source>
        <translation>Medelbelopp för de affärer som vanns under perioden.</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Säljcykel</translation>
    </message>
    <message>
        <source>Median days from creation to close of the deals won in the period.</source>
        <translation>Mediandagar från skapande till avslut för de affärer som vanns under perioden.</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Orderingång</translation>
    </message>
    <message>
        <source>Total amount of the deals won in the period.</source>
        <translation>Totalt belopp för de affärer som vanns under perioden.</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Nyförsäljning</translation>
    </message>
    <message>
        <source>Amount won in the period from new-business deals.</source>
        <translation>Belopp som vanns under perioden från nya kunder.</translation>
    </message>
    <message>
        <source>Existing business</source>
        <translation>Befintliga kunder</translation>
    </message>
    <message>
        <source>Amount won in the period from expansions and renewals of existing customers.</source>
        <translation>Belopp som vanns under perioden från merförsäljning och förnyelser hos befintliga kunder.</translation>
    </message>
    <message>
        <source>Existing-business share</source>
        <translation>Andel från befintliga kunder</translation>
    </message>
    <message>
        <source>Share of the period&apos;s bookings that came from existing customers.</source>
        <translation>Andelen av periodens orderingång som kom från befintliga kunder.</translation>
    </message>
    <message>
        <source>Marketing-sourced bookings</source>
        <translation>Marknadsgenererad orderingång</translation>
    </message>
    <message>
        <source>Amount won in the period from deals whose source is marketing.</source>
        <translation>Belopp som vanns under perioden från affärer med marknad som källa.</translation>
    </message>
    <message>
        <source>Marketing-sourced share</source>
        <translation>Marknadsgenererad andel</translation>
    </message>
    <message>
        <source>Share of the period&apos;s bookings sourced by marketing.</source>
        <translation>Andelen av periodens orderingång som marknad genererade.</translation>
    </message>
    <message>
        <source>Marketing-influenced bookings</source>
        <translation>Marknadspåverkad orderingång</translation>
    </message>
    <message>
        <source>Amount won in the period from deals marketing sourced or touched within the influence window.</source>
        <translation>Belopp som vanns under perioden från affärer som marknad genererade eller påverkade inom påverkansfönstret.</translation>
    </message>
    <message>
        <source>Marketing-influenced share</source>
        <translation>Marknadspåverkad andel</translation>
    </message>
    <message>
        <source>Share of the period&apos;s bookings that marketing sourced or influenced.</source>
        <translation>Andelen av periodens orderingång som marknad genererade eller påverkade.</translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation>MRR vid periodens start</translation>
    </message>
    <message>
        <source>Monthly recurring revenue in the month before the period.</source>
        <translation>Månatliga återkommande intäkter i månaden före perioden.</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Monthly recurring revenue in the period&apos;s last month.</source>
        <translation>Månatliga återkommande intäkter i periodens sista månad.</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>Ny MRR</translation>
    </message>
    <message>
        <source>MRR from accounts paying for the first time in the period.</source>
        <translation>MRR från kunder som betalar för första gången under perioden.</translation>
    </message>
    <message>
        <source>Expansion MRR</source>
        <translation>Expansions-MRR</translation>
    </message>
    <message>
        <source>MRR added by existing paying accounts that grew.</source>
        <translation>MRR som tillkommit från befintliga betalande kunder som växt.</translation>
    </message>
    <message>
        <source>Contraction MRR</source>
        <translation>Kontraktions-MRR</translation>
    </message>
    <message>
        <source>MRR lost by paying accounts that shrank.</source>
        <translation>MRR som försvunnit från betalande kunder som minskat.</translation>
    </message>
    <message>
        <source>Churned MRR</source>
        <translation>Förlorad MRR (churn)</translation>
    </message>
    <message>
        <source>MRR lost by accounts that stopped paying.</source>
        <translation>MRR som försvunnit från kunder som slutat betala.</translation>
    </message>
    <message>
        <source>Reactivation MRR</source>
        <translation>Återaktiverad MRR</translation>
    </message>
    <message>
        <source>MRR from former customers who started paying again.</source>
        <translation>MRR från tidigare kunder som börjat betala igen.</translation>
    </message>
    <message>
        <source>Customers at start</source>
        <translation>Kunder vid periodens start</translation>
    </message>
    <message>
        <source>Paying accounts in the month before the period.</source>
        <translation>Betalande kunder i månaden före perioden.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Paying accounts in the period&apos;s last month.</source>
        <translation>Betalande kunder i periodens sista månad.</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nya kunder</translation>
    </message>
    <message>
        <source>Accounts paying for the first time in the period.</source>
        <translation>Kunder som betalar för första gången under perioden.</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>Förlorade kunder</translation>
    </message>
    <message>
        <source>Times a paying account stopped paying in the period.</source>
        <translation>Antal gånger en betalande kund slutade betala under perioden.</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>Kundbortfall (logo churn)</translation>
    </message>
    <message>
        <source>Churned customers as a share of the customers at the start.</source>
        <translation>Förlorade kunder som andel av kunderna vid periodens start.</translation>
    </message>
    <message>
        <source>Gross revenue churn</source>
        <translation>Bruttointäktsbortfall</translation>
    </message>
    <message>
        <source>Churned and contracted MRR as a share of the MRR at the start.</source>
        <translation>Förlorad och minskad MRR som andel av MRR vid periodens start.</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>Nettointäktsbehållning (NRR)</translation>
    </message>
    <message>
        <source>What the start&apos;s paying accounts pay at the end, as a share of what they paid at the start.</source>
        <translation>Vad kunderna som betalade vid periodens start betalar vid dess slut, som andel av vad de betalade vid start.</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>Bruttointäktsbehållning (GRR)</translation>
    </message>
    <message>
        <source>Like NRR, but no account counts for more than it paid at the start.</source>
        <translation>Som NRR, men ingen kund räknas för mer än den betalade vid start.</translation>
    </message>
    <message>
        <source>ARPA (RPU)</source>
        <translation>ARPA (intäkt per kund)</translation>
    </message>
    <message>
        <source>Average MRR per paying account at the end of the period.</source>
        <translation>Genomsnittlig MRR per betalande kund vid periodens slut.</translation>
    </message>
    <message>
        <source>Monthly logo churn (12-month mean)</source>
        <translation>Månatligt kundbortfall (12-månadersmedel)</translation>
    </message>
    <message>
        <source>Mean monthly logo churn rate over the 12 months ending with the period.</source>
        <translation>Genomsnittligt månatligt kundbortfall under de 12 månader som slutar med perioden.</translation>
    </message>
    <message>
        <source>CLV (gross margin)</source>
        <translation>Kundlivstidsvärde (CLV, bruttomarginal)</translation>
    </message>
    <message>
        <source>ARPA times gross margin, divided by the 12-month mean monthly churn.</source>
        <translation>ARPA gånger bruttomarginal, delat med det genomsnittliga månatliga kundbortfallet över 12 månader.</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>Kundanskaffningskostnad (CAC)</translation>
    </message>
    <message>
        <source>Marketing and sales spend of the period per new customer.</source>
        <translation>Periodens marknads- och säljkostnader per ny kund.</translation>
    </message>
    <message>
        <source>CAC payback</source>
        <translation>Återbetalningstid för CAC</translation>
    </message>
    <message>
        <source>Months of a new customer&apos;s gross-margin MRR needed to repay its CAC.</source>
        <translation>Antal månader av en ny kunds MRR efter bruttomarginal som behövs för att betala tillbaka dess CAC.</translation>
    </message>
    <message>
        <source>CLV : CAC</source>
        <translation>CLV : CAC</translation>
    </message>
    <message>
        <source>Customer lifetime value divided by the cost of acquiring a customer.</source>
        <translation>Kundlivstidsvärde delat med kostnaden för att anskaffa en kund.</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Öppnade ärenden</translation>
    </message>
    <message>
        <source>Service tickets opened in the period.</source>
        <translation>Serviceärenden som öppnades under perioden.</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Lösningstid</translation>
    </message>
    <message>
        <source>Median hours from opening to resolution of the tickets resolved in the period.</source>
        <translation>Mediantimmar från öppnande till lösning för de ärenden som löstes under perioden.</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>Kundnöjdhet (CSAT)</translation>
    </message>
    <message>
        <source>Share of the period&apos;s rated resolved tickets rated 4 or 5.</source>
        <translation>Andelen av periodens betygsatta lösta ärenden med betyg 4 eller 5.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Promoters minus detractors, per hundred survey answers of the period.</source>
        <translation>Promotorer minus kritiker, per hundra enkätsvar under perioden.</translation>
    </message>
    <message>
        <source>Stalled leads</source>
        <translation>Stillastående leads</translation>
    </message>
    <message>
        <source>MQLs not accepted, and SALs given no outcome, for longer than the stall days.</source>
        <translation>MQL:er som inte accepterats och SAL:er utan utfall, längre än stillaståendedagarna.</translation>
    </message>
    <message>
        <source>Re-entered leads</source>
        <translation>Återinlagda leads</translation>
    </message>
    <message>
        <source>Sales or partner leads created shortly after a marketing lead with the same e-mail.</source>
        <translation>Sälj- eller partnerleads som skapats kort efter en marknadslead med samma e-postadress.</translation>
    </message>
    <message>
        <source>Re-entered bookings</source>
        <translation>Orderingång på återinlagda leads</translation>
    </message>
    <message>
        <source>Amount won in the period on re-entered leads (credit taken from marketing).</source>
        <translation>Belopp som vanns under perioden på återinlagda leads (äran togs från marknad).</translation>
    </message>
    <message>
        <source>Alignment score</source>
        <translation>Samordningspoäng</translation>
    </message>
    <message>
        <source>Mean answer (1–10) of the period&apos;s alignment survey.</source>
        <translation>Genomsnittligt svar (1–10) i periodens samordningsenkät.</translation>
    </message>
    <message>
        <source>Marketing–sales gap</source>
        <translation>Gap mellan marknad och sälj</translation>
    </message>
    <message>
        <source>Mean difference between marketing&apos;s and sales&apos; answers to the same questions.</source>
        <translation>Genomsnittlig skillnad mellan marknads och säljs svar på samma frågor.</translation>
    </message>
    <message>
        <source>Shared KPIs</source>
        <translation>Gemensamma nyckeltal</translation>
    </message>
    <message>
        <source>Do marketing and sales share KPIs for revenue growth? (mean answer)</source>
        <translation>Delar marknad och sälj nyckeltal för intäktstillväxt? (genomsnittligt svar)</translation>
    </message>
    <message>
        <source>Lead definition</source>
        <translation>Leaddefinition</translation>
    </message>
    <message>
        <source>Is there a clear definition of a lead passed to sales? (mean answer)</source>
        <translation>Finns det en tydlig definition av en lead som lämnas till sälj? (genomsnittligt svar)</translation>
    </message>
    <message>
        <source>Lead flow defined</source>
        <translation>Leadflöde definierat</translation>
    </message>
    <message>
        <source>Was the lead flow into the CRM defined together? (mean answer)</source>
        <translation>Definierades leadflödet in i CRM gemensamt? (genomsnittligt svar)</translation>
    </message>
    <message>
        <source>Lead flow working</source>
        <translation>Leadflöde fungerar</translation>
    </message>
    <message>
        <source>Is the lead flow systematic and working? (mean answer)</source>
        <translation>Är leadflödet systematiskt och fungerande? (genomsnittligt svar)</translation>
    </message>
    <message>
        <source>Follow-up satisfaction</source>
        <translation>Nöjdhet med uppföljning</translation>
    </message>
    <message>
        <source>Are you satisfied with sales follow-up of marketing leads? (mean answer)</source>
        <translation>Är du nöjd med säljs uppföljning av marknadsleads? (genomsnittligt svar)</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marknad</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sälj</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundbehållning</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Samordning</translation>
    </message>
    <message>
        <source>Products per customer</source>
        <translation>Produkter per kund</translation>
    </message>
    <message>
        <source>Mean number of products a paying account pays for in the period&apos;s last month.</source>
        <translation>Genomsnittligt antal produkter som ett betalande kundkonto betalar för i periodens sista månad.</translation>
    </message>
    <message>
        <source>Multi-product customers</source>
        <translation>Flerproduktskunder</translation>
    </message>
    <message>
        <source>Share of the paying accounts with two or more products.</source>
        <translation>Andel av de betalande kundkontona med två eller fler produkter.</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktiva kunder</translation>
    </message>
    <message>
        <source>Share of the paying accounts with at least one active user in the period&apos;s last month.</source>
        <translation>Andel av de betalande kundkontona med minst en aktiv användare i periodens sista månad.</translation>
    </message>
    <message>
        <source>Seat utilisation</source>
        <translation>Licensutnyttjande</translation>
    </message>
    <message>
        <source>Active users of the products with known seats, as a share of those seats.</source>
        <translation>Aktiva användare av produkterna med känt antal licenser, som andel av dessa licenser.</translation>
    </message>
    <message>
        <source>White-space gaps</source>
        <translation>Luckor (vita fläckar)</translation>
    </message>
    <message>
        <source>Products that at least three accounts of the same segment pay for and an account does not.</source>
        <translation>Produkter som minst tre kundkonton i samma segment betalar för men ett kundkonto inte gör.</translation>
    </message>
    <message>
        <source>Expansion potential</source>
        <translation>Expansionspotential</translation>
    </message>
    <message>
        <source>Each gap valued at the median MRR its segment&apos;s peers pay for that product.</source>
        <translation>Varje lucka värderad till den median-MRR som jämförbara kundkonton i segmentet betalar för produkten.</translation>
    </message>
    <message>
        <source>Accounts at risk</source>
        <translation>Kundkonton i riskzonen</translation>
    </message>
    <message>
        <source>Paying accounts with at least the set number of risk signals (low use, falling use, detractor, poor service, contraction).</source>
        <translation>Betalande kundkonton med minst det inställda antalet risksignaler (lågt utnyttjande, minskad användning, kritiker, bristande service, kontraktion).</translation>
    </message>
    <message>
        <source>MRR at risk</source>
        <translation>MRR i riskzonen</translation>
    </message>
    <message>
        <source>MRR of the accounts at risk in the period&apos;s last month.</source>
        <translation>MRR för kundkontona i riskzonen i periodens sista månad.</translation>
    </message>
    <message>
        <source>Share of MRR at risk</source>
        <translation>Andel av MRR i riskzonen</translation>
    </message>
    <message>
        <source>MRR of the accounts at risk as a share of all paying accounts&apos; MRR.</source>
        <translation>MRR för kundkontona i riskzonen som andel av alla betalande kundkontons MRR.</translation>
    </message>
    <message>
        <source>Risk warning lift</source>
        <translation>Riskvarningens lyft</translation>
    </message>
    <message>
        <source>How many times as often flagged accounts churned within three months as the others, over the last twelve months.</source>
        <translation>Hur många gånger så ofta flaggade kundkonton gick förlorade inom tre månader jämfört med övriga, under de senaste tolv månaderna.</translation>
    </message>
    <message>
        <source>Existing customers</source>
        <translation>Befintliga kunder</translation>
    </message>
</context>
<context>
    <name>ra::KpiFilters</name>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
</context>
<context>
    <name>ra::KpiFormat</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 mån</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 p.e.</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 poäng</translation>
    </message>
    <message>
        <source>No leads have been imported.</source>
        <translation>Inga leads har importerats.</translation>
    </message>
    <message>
        <source>No opportunities have been imported.</source>
        <translation>Inga affärsmöjligheter har importerats.</translation>
    </message>
    <message>
        <source>No revenue has been imported.</source>
        <translation>Inga intäkter har importerats.</translation>
    </message>
    <message>
        <source>No revenue or no spend has been imported.</source>
        <translation>Inga intäkter eller inga kostnader har importerats.</translation>
    </message>
    <message>
        <source>No tickets or NPS answers have been imported.</source>
        <translation>Inga ärenden eller NPS-svar har importerats.</translation>
    </message>
    <message>
        <source>No alignment survey has been imported.</source>
        <translation>Ingen samordningsenkät har importerats.</translation>
    </message>
    <message>
        <source>No data has been imported for this KPI.</source>
        <translation>Inga data har importerats för detta nyckeltal.</translation>
    </message>
    <message>
        <source>Nothing to measure in this period (the count it divides by is zero).</source>
        <translation>Inget att mäta i denna period (antalet som det delas med är noll).</translation>
    </message>
    <message>
        <source>Defined for whole calendar months only (month, quarter, year).</source>
        <translation>Definieras endast för hela kalendermånader (månad, kvartal, år).</translation>
    </message>
    <message>
        <source>The selected filter cannot apply to this KPI.</source>
        <translation>Det valda filtret kan inte tillämpas på detta nyckeltal.</translation>
    </message>
    <message>
        <source>No product usage has been imported.</source>
        <translation>Ingen produktanvändning har importerats.</translation>
    </message>
    <message>
        <source>Not tracked: the CRM has no sales-accepted stage.</source>
        <translation>Spåras inte: CRM-systemet har inget steg för säljaccepterad (SAL).</translation>
    </message>
</context>
<context>
    <name>ra::KpiPage</name>
    <message>
        <source>Open or import a store to see this page.</source>
        <translation>Öppna eller importera en databas för att se denna sida.</translation>
    </message>
</context>
<context>
    <name>ra::KpiTable</name>
    <message>
        <source>on track</source>
        <translation>i fas</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>efter</translation>
    </message>
    <message>
        <source>%1 (%2)   previous: %3   as of %4   filters: %5</source>
        <translation>%1 (%2)   föregående: %3   per %4   filter: %5</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>key</source>
        <translation>nyckel</translation>
    </message>
    <message>
        <source>value</source>
        <translation>värde</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>föregående</translation>
    </message>
    <message>
        <source>change</source>
        <translation>förändring</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>kohort</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>kunder</translation>
    </message>
    <message>
        <source>start MRR</source>
        <translation>ingående MRR</translation>
    </message>
    <message>
        <source>Logo retention</source>
        <translation>Kundbehållning (antal)</translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation>Intäktsbehållning</translation>
    </message>
</context>
<context>
    <name>ra::KpiTableModel</name>
    <message>
        <source>On track</source>
        <translation>I fas</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ra::KpiTile</name>
    <message>
        <source>No target</source>
        <translation>Inget mål</translation>
    </message>
    <message>
        <source>prev. %1</source>
        <translation>föreg. %1</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>i fas</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>efter</translation>
    </message>
    <message>
        <source>Target %1 · %2</source>
        <translation>Mål %1 · %2</translation>
    </message>
    <message>
        <source>No value: %1</source>
        <translation>Inget värde: %1</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Föregående period (%1): %2</translation>
    </message>
    <message>
        <source>Sparkline: the last %1 periods</source>
        <translation>Trendlinje: de senaste %1 perioderna</translation>
    </message>
    <message>
        <source>No value. %1</source>
        <translation>Inget värde. %1</translation>
    </message>
    <message>
        <source>%1, %2 against the previous period (%3). %4.</source>
        <extracomment>For screen readers: %1 the value, %2 the change, %3 the previous value, %4 the target line</extracomment>
        <translation>%1, %2 jämfört med föregående period (%3). %4.</translation>
    </message>
</context>
<context>
    <name>ra::Language</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>ra::MainWindow</name>
    <message>
        <source>RevAlign</source>
        <translation>RevAlign</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Öppna databas…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importera paket…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Exportera tabell som CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>Exportera &amp;PDF-rapport…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>&amp;Föregående period</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>&amp;Nästa period</translation>
    </message>
    <message>
        <source>&amp;Current period</source>
        <translation>&amp;Aktuell period</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Rensa filter</translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation>&amp;Mörkt läge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About RevAlign</source>
        <translation>&amp;Om RevAlign</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Läser in %1…</translation>
    </message>
    <message>
        <source>%1 — RevAlign</source>
        <translation>%1 — RevAlign</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>Inga senaste databaser</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>kan inte ersätta %1</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Preparing the demo store… (the first time takes a few seconds)</source>
        <translation>Förbereder demodatabasen… (första gången tar det några sekunder)</translation>
    </message>
    <message>
        <source>The %1 page has no table to export.</source>
        <translation>Sidan %1 har ingen tabell att exportera.</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Exportera tabell som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportera tabell</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Settings saved; KPIs recomputed.</source>
        <translation>Inställningarna sparades; nyckeltalen har räknats om.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>RevAlign stores (*.db *.sqlite *.revalign);;All files (*)</source>
        <translation>RevAlign-databaser (*.db *.sqlite *.revalign);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import e&amp;xports…</source>
        <translation>Importera e&amp;xportfiler…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Connect to team store…</source>
        <translation>An&amp;slut till teamdatabas…</translation>
    </message>
    <message>
        <source>Connected as a viewer: importing and changing settings need the admin role.</source>
        <translation>Ansluten som läsare: import och ändrade inställningar kräver administratörsrollen.</translation>
    </message>
    <message>
        <source>A team store takes bundles: import the exports into a laptop store, export it as a bundle and import that here.</source>
        <translation>En teamdatabas tar emot paket: importera exportfilerna till en lokal databas, exportera den som paket och importera det här.</translation>
    </message>
    <message>
        <source>Open the last offline copy</source>
        <translation>Öppna den senaste offlinekopian</translation>
    </message>
    <message>
        <source>— (empty store)</source>
        <translation>— (tom databas)</translation>
    </message>
    <message>
        <source>team store %1 · %2 · data as of %3</source>
        <translation>teamdatabas %1 · %2 · data per %3</translation>
    </message>
    <message>
        <source>viewer (read only)</source>
        <translation>läsare (endast läsning)</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administratör</translation>
    </message>
    <message>
        <source>team store %1 · offline copy · as of last sync %2 · data as of %3</source>
        <translation>teamdatabas %1 · offlinekopia · senast synkroniserad %2 · data per %3</translation>
    </message>
    <message>
        <source>%1%2 · data as of %3</source>
        <translation>%1%2 · data per %3</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (skrivskyddad)</translation>
    </message>
</context>
<context>
    <name>ra::MarketingPage</name>
    <message>
        <source>Marketing</source>
        <translation>Marknad</translation>
    </message>
    <message>
        <source>Leads and MQLs by channel</source>
        <translation>Leads och MQL:er per kanal</translation>
    </message>
    <message>
        <source>MQL → SAL conversion</source>
        <translation>Konvertering MQL → SAL</translation>
    </message>
    <message>
        <source>Marketing-sourced and -influenced bookings</source>
        <translation>Marknadsgenererad och -påverkad orderingång</translation>
    </message>
</context>
<context>
    <name>ra::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>New vs existing business bookings (12 months)</source>
        <translation>Orderingång: ny kontra befintlig affär (12 månader)</translation>
    </message>
    <message>
        <source>Funnel: leads → MQL → SAL → SQL → won</source>
        <translation>Tratt: leads → MQL → SAL → SQL → vunnen</translation>
    </message>
    <message>
        <source>All KPIs</source>
        <translation>Alla nyckeltal</translation>
    </message>
</context>
<context>
    <name>ra::PageHost</name>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
</context>
<context>
    <name>ra::Period</name>
    <message>
        <source>Q%1 %2</source>
        <extracomment>%1 is the quarter 1–4, %2 the year</extracomment>
        <translation>K%1 %2</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <extracomment>%1 is the ISO week number, %2 the ISO year</extracomment>
        <translation>Vecka %1, %2</translation>
    </message>
</context>
<context>
    <name>ra::PeriodBar</name>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eget intervall</translation>
    </message>
    <message>
        <source>Period grain</source>
        <translation>Periodlängd</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Föregående period (Alt+Vänster)</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Nästa period (Alt+Höger)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>The period that contains the store&apos;s latest data</source>
        <translation>Perioden som innehåller databasens senaste data</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <source>No period</source>
        <translation>Ingen period</translation>
    </message>
</context>
<context>
    <name>ra::PersonasPage</name>
    <message>
        <source>Personas</source>
        <translation>Personor</translation>
    </message>
    <message>
        <source>Double-click a row to show the whole dashboard for it.</source>
        <translation>Dubbelklicka på en rad för att visa hela instrumentpanelen för den.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Uppdelning</translation>
    </message>
    <message>
        <source>Bookings and pipeline created</source>
        <translation>Orderingång och skapad pipeline</translation>
    </message>
    <message>
        <source>MQL → SAL and win rate</source>
        <translation>MQL → SAL och vinstandel</translation>
    </message>
</context>
<context>
    <name>ra::Quality</name>
    <message>
        <source>Leads with stage timestamps out of order</source>
        <translation>Leads med stegtidpunkter i fel ordning</translation>
    </message>
    <message>
        <source>Opportunities closed before they were created</source>
        <translation>Affärsmöjligheter avslutade innan de skapades</translation>
    </message>
    <message>
        <source>Tickets resolved before they were opened</source>
        <translation>Ärenden lösta innan de öppnades</translation>
    </message>
    <message>
        <source>Leads without persona (shown as Unassigned)</source>
        <translation>Leads utan persona (visas som Unassigned)</translation>
    </message>
    <message>
        <source>Opportunities without lead (no channel, source falls back to sales)</source>
        <translation>Affärsmöjligheter utan lead (ingen kanal, källan blir sälj)</translation>
    </message>
    <message>
        <source>Stalled leads (no acceptance or no outcome for longer than the stall days)</source>
        <translation>Stillastående leads (ingen accept eller inget utfall längre än stillaståendedagarna)</translation>
    </message>
    <message>
        <source>Sales or partner leads re-entered over a recent marketing lead</source>
        <translation>Sälj- eller partnerleads som lagts in på nytt över en färsk marknadslead</translation>
    </message>
    <message>
        <source>Rows rejected by the last import: %1</source>
        <translation>Rader avvisade vid senaste importen: %1</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datakvalitet</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>t.ex. %1</translation>
    </message>
    <message>
        <source>Last imports</source>
        <translation>Senaste importer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>avvisade: %1</translation>
    </message>
    <message>
        <source>Billing customers and ticket organisations without an account (revalign match list)</source>
        <translation>Faktureringskunder och ärendeorganisationer utan kundkonto (revalign match list)</translation>
    </message>
</context>
<context>
    <name>ra::QualityIssueModel</name>
    <message>
        <source>Finding</source>
        <translation>Fynd</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exempel</translation>
    </message>
</context>
<context>
    <name>ra::Reason</name>
    <message>
        <source>unparseable timestamp &apos;%1&apos; (expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or YYYY-MM-DDTHH:MM[:SS][.fff][Z|±HH:MM])</source>
        <translation>ogiltig tidpunkt &apos;%1&apos; (förväntade YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] eller YYYY-MM-DDTHH:MM[:SS][.fff][Z|±HH:MM])</translation>
    </message>
    <message>
        <source>unparseable date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation>ogiltigt datum &apos;%1&apos; (förväntade YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>unparseable month &apos;%1&apos; (expected YYYY-MM)</source>
        <translation>ogiltig månad &apos;%1&apos; (förväntade YYYY-MM)</translation>
    </message>
    <message>
        <source>invalid amount &apos;%1&apos; (too large)</source>
        <translation>ogiltigt belopp &apos;%1&apos; (för stort)</translation>
    </message>
    <message>
        <source>invalid amount &apos;%1&apos; (more than two decimals)</source>
        <translation>ogiltigt belopp &apos;%1&apos; (fler än två decimaler)</translation>
    </message>
    <message>
        <source>invalid amount &apos;%1&apos; (expected a number like 1234.50: &apos;.&apos; as decimal point, no thousands separators, no currency sign)</source>
        <translation>ogiltigt belopp &apos;%1&apos; (förväntade ett tal som 1234.50: &apos;.&apos; som decimaltecken, inga tusentalsavgränsare, ingen valutasymbol)</translation>
    </message>
    <message>
        <source>negative amount &apos;%1&apos; not allowed</source>
        <translation>negativt belopp &apos;%1&apos; är inte tillåtet</translation>
    </message>
    <message>
        <source>invalid integer &apos;%1&apos; (expected a whole number from %2 to %3)</source>
        <translation>ogiltigt heltal &apos;%1&apos; (förväntade ett heltal från %2 till %3)</translation>
    </message>
    <message>
        <source>invalid integer &apos;%1&apos; (expected a whole number %2 or more)</source>
        <translation>ogiltigt heltal &apos;%1&apos; (förväntade ett heltal på %2 eller mer)</translation>
    </message>
    <message>
        <source>value %1 out of range (expected %2 to %3)</source>
        <translation>värdet %1 ligger utanför intervallet (förväntade %2 till %3)</translation>
    </message>
    <message>
        <source>value %1 out of range (expected %2 or more)</source>
        <translation>värdet %1 ligger utanför intervallet (förväntade %2 eller mer)</translation>
    </message>
    <message>
        <source>invalid number &apos;%1&apos; (expected a decimal number with &apos;.&apos; as decimal point)</source>
        <translation>ogiltigt tal &apos;%1&apos; (förväntade ett decimaltal med &apos;.&apos; som decimaltecken)</translation>
    </message>
    <message>
        <source>value is longer than %1 KiB (%2 bytes); is the column right?</source>
        <translation>värdet är längre än %1 KiB (%2 byte); är det rätt kolumn?</translation>
    </message>
    <message>
        <source>value contains a NUL byte (binary data, or a UTF-16 file? save it as UTF-8)</source>
        <translation>värdet innehåller en NUL-byte (binära data, eller en UTF-16-fil? spara den som UTF-8)</translation>
    </message>
    <message>
        <source>value is not valid UTF-8 (byte 0x%1 at position %2); save the file as UTF-8</source>
        <translation>värdet är inte giltig UTF-8 (byte 0x%1 på position %2); spara filen som UTF-8</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (expected one of %3)</source>
        <translation>okänt värde för %1: &apos;%2&apos; (förväntade något av %3)</translation>
    </message>
    <message>
        <source>period &apos;%1&apos; must be a year, quarter, month or ISO week (2026, 2026-Q4, 2026-11, 2026-W47)</source>
        <translation>perioden &apos;%1&apos; måste vara ett år, kvartal, månad eller ISO-vecka (2026, 2026-Q4, 2026-11, 2026-W47)</translation>
    </message>
    <message>
        <source>unknown KPI key &apos;%1&apos; (see docs/kpi-definitions.md)</source>
        <translation>okänd KPI-nyckel &apos;%1&apos; (se docs/kpi-definitions.md)</translation>
    </message>
    <message>
        <source>closed_at is required when status is %1</source>
        <translation>closed_at krävs när status är %1</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 krävs</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (its row in %3 was rejected)</source>
        <translation>okänd %1 &apos;%2&apos; (dess rad i %3 avvisades)</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (not in %3 nor in the store)</source>
        <translation>okänd %1 &apos;%2&apos; (finns varken i %3 eller i databasen)</translation>
    </message>
    <message>
        <source>duplicate key (already on line %1)</source>
        <translation>dubblettnyckel (finns redan på rad %1)</translation>
    </message>
    <message>
        <source>Invalid period &apos;%1&apos;: expected a year (2026), a quarter (2026-Q4), a month (2026-11), an ISO week (2026-W47) or an inclusive date range (2026-11-01..2026-11-30)</source>
        <translation>Ogiltig period &apos;%1&apos;: förväntade ett år (2026), ett kvartal (2026-Q4), en månad (2026-11), en ISO-vecka (2026-W47) eller ett datumintervall inklusive ändpunkterna (2026-11-01..2026-11-30)</translation>
    </message>
    <message>
        <source>Invalid period &apos;%1&apos;: %2; expected a year (2026), a quarter (2026-Q4), a month (2026-11), an ISO week (2026-W47) or an inclusive date range (2026-11-01..2026-11-30)</source>
        <translation>Ogiltig period &apos;%1&apos;: %2; förväntade ett år (2026), ett kvartal (2026-Q4), en månad (2026-11), en ISO-vecka (2026-W47) eller ett datumintervall inklusive ändpunkterna (2026-11-01..2026-11-30)</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>den är tom</translation>
    </message>
    <message>
        <source>a range needs two valid dates YYYY-MM-DD</source>
        <translation>ett intervall behöver två giltiga datum YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>intervallet slutar innan det börjar</translation>
    </message>
    <message>
        <source>year out of range</source>
        <translation>året ligger utanför giltigt intervall</translation>
    </message>
    <message>
        <source>quarters are Q1 to Q4</source>
        <translation>kvartalen är Q1 till Q4</translation>
    </message>
    <message>
        <source>months are 01 to 12</source>
        <translation>månaderna är 01 till 12</translation>
    </message>
    <message>
        <source>ISO year %1 has weeks W01 to W%2</source>
        <translation>ISO-året %1 har veckorna W01 till W%2</translation>
    </message>
    <message>
        <source>expected a whole number of cents, not &apos;%1&apos;</source>
        <translation>förväntade ett heltal i cent, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected true/false or 1/0 in %1 and the closed flag</source>
        <translation>förväntade true/false eller 1/0 i %1 och i stängd-flaggan</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (add it to the mapping&apos;s values)</source>
        <translation>okänt värde för %1: &apos;%2&apos; (lägg till det bland mappningens värden)</translation>
    </message>
    <message>
        <source>expected a number of employees, not &apos;%1&apos;</source>
        <translation>förväntade ett antal anställda, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>amount in %1, the store is in %2, and the export has no converted amount</source>
        <translation>beloppet är i %1, databasen är i %2, och exportfilen har inget omräknat belopp</translation>
    </message>
    <message>
        <source>expected a whole number, not &apos;%1&apos;</source>
        <translation>förväntade ett heltal, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected true/false or 1/0, not &apos;%1&apos;</source>
        <translation>förväntade true/false eller 1/0, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>inget kund-id</translation>
    </message>
    <message>
        <source>duplicate customer &apos;%1&apos; (first on line %2)</source>
        <translation>dubblettkund &apos;%1&apos; (första gången på rad %2)</translation>
    </message>
    <message>
        <source>no organisation and no requester e-mail: the ticket&apos;s account cannot be found</source>
        <translation>ingen organisation och ingen e-postadress för beställaren: ärendets kundkonto kan inte hittas</translation>
    </message>
    <message>
        <source>unknown subscription status &apos;%1&apos;</source>
        <translation>okänd prenumerationsstatus &apos;%1&apos;</translation>
    </message>
    <message>
        <source>implausibly large amount or quantity</source>
        <translation>orimligt stort belopp eller antal</translation>
    </message>
    <message>
        <source>interval &apos;%1&apos; every %2 (expected day, week, month or year, at least every 1)</source>
        <translation>intervall &apos;%1&apos; var %2 (förväntade day, week, month eller year, minst var 1)</translation>
    </message>
    <message>
        <source>the discount is larger than the subtotal</source>
        <translation>rabatten är större än delsumman</translation>
    </message>
    <message>
        <source>several accounts are named &apos;%1&apos;</source>
        <translation>flera kundkonton heter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no account named &apos;%1&apos;</source>
        <translation>inget kundkonto heter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unparseable amount &apos;%1&apos;</source>
        <translation>ogiltigt belopp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unparseable amount &apos;%1&apos; (%2)</source>
        <translation>ogiltigt belopp &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>unparseable date/time &apos;%1&apos; (%2)</source>
        <translation>ogiltigt datum/tid &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>day and month both 12 or less and the file shows no order: give --date-order dmy or mdy</source>
        <translation>dag och månad är båda 12 eller mindre och filen visar ingen ordning: ange --date-order dmy eller mdy</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD[ HH:MM[:SS]], M/D/YYYY H:MM or D.M.YYYY, optionally with an offset</source>
        <translation>förväntade YYYY-MM-DD[ HH:MM[:SS]], M/D/YYYY H:MM eller D.M.YYYY, eventuellt med tidsförskjutning</translation>
    </message>
    <message>
        <source>no such day</source>
        <translation>ingen sådan dag</translation>
    </message>
    <message>
        <source>time expected as HH:MM[:SS]</source>
        <translation>tiden förväntades som HH:MM[:SS]</translation>
    </message>
    <message>
        <source>seconds expected after &apos;:&apos;</source>
        <translation>sekunder förväntades efter &apos;:&apos;</translation>
    </message>
    <message>
        <source>AM/PM needs an hour from 1 to 12</source>
        <translation>AM/PM kräver en timme från 1 till 12</translation>
    </message>
    <message>
        <source>no such time of day</source>
        <translation>ingen sådan tid på dygnet</translation>
    </message>
    <message>
        <source>offset expected as +HH:MM or +HHMM</source>
        <translation>tidsförskjutningen förväntades som +HH:MM eller +HHMM</translation>
    </message>
    <message>
        <source>unexpected text after the date/time</source>
        <translation>oväntad text efter datum/tid</translation>
    </message>
    <message>
        <source>line %1: a text value runs past the end of the line (a record cut off?)</source>
        <translation>rad %1: ett textvärde fortsätter förbi radens slut (en avklippt post?)</translation>
    </message>
    <message>
        <source>line %1: not JSON: &apos;%2&apos;</source>
        <translation>rad %1: inte JSON: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: the file ends inside this record (cut off?)</source>
        <translation>rad %1: filen slutar mitt i denna post (avklippt?)</translation>
    </message>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation>rad %1: inte giltig JSON (%2)</translation>
    </message>
    <message>
        <source>line %1: not a JSON object</source>
        <translation>rad %1: inte ett JSON-objekt</translation>
    </message>
    <message>
        <source>not a ticket (no status, requester_id, subject or via)</source>
        <translation>inte ett ärende (ingen status, requester_id, subject eller via)</translation>
    </message>
    <message>
        <source>an object or a list where the ticket&apos;s id belongs</source>
        <translation>ett objekt eller en lista där ärendets id ska stå</translation>
    </message>
    <message>
        <source>%1 is a money KPI: %2</source>
        <translation>%1 är ett nyckeltal i pengar: %2</translation>
    </message>
</context>
<context>
    <name>ra::RejectionsModel</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>File:line:column</source>
        <translation>Fil:rad:kolumn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>ra::Report</name>
    <message>
        <source>This period</source>
        <translation>Denna period</translation>
    </message>
    <message>
        <source>New vs existing business bookings, by month</source>
        <translation>Orderingång: ny kontra befintlig affär, per månad</translation>
    </message>
    <message>
        <source>MRR movements and MRR, by month</source>
        <translation>MRR-förändringar och MRR, per månad</translation>
    </message>
    <message>
        <source>Logo and revenue churn</source>
        <translation>Kund- och intäktsbortfall</translation>
    </message>
    <message>
        <source>NRR and GRR</source>
        <translation>NRR och GRR</translation>
    </message>
    <message>
        <source>CLV (gross margin) and CLV : CAC</source>
        <translation>CLV (bruttomarginal) och CLV : CAC</translation>
    </message>
    <message>
        <source>Cohort logo retention by acquisition month</source>
        <translation>Kohortbehållning av kunder per anskaffningsmånad</translation>
    </message>
    <message>
        <source>Funnel: leads → MQL → SAL → SQL → won, with conversions</source>
        <translation>Tratt: leads → MQL → SAL → SQL → vunnen, med konverteringar</translation>
    </message>
    <message>
        <source>Hand-off and SLA this period</source>
        <translation>Överlämning och SLA denna period</translation>
    </message>
    <message>
        <source>SLA compliance and feedback rate by month</source>
        <translation>SLA-efterlevnad och återkopplingsgrad per månad</translation>
    </message>
    <message>
        <source>MQL acceptance time (median hours)</source>
        <translation>Accepttid för MQL (median i timmar)</translation>
    </message>
    <message>
        <source>… and %1 more (revalign quality lists them all).</source>
        <translation>… och %1 till (revalign quality listar alla).</translation>
    </message>
    <message>
        <source>No persona booked more than in the previous period.</source>
        <translation>Ingen persona hade högre orderingång än föregående period.</translation>
    </message>
    <message>
        <source>No persona booked less than in the previous period.</source>
        <translation>Ingen persona hade lägre orderingång än föregående period.</translation>
    </message>
    <message>
        <source>Bookings %1 · %2</source>
        <translation>Orderingång %1 · %2</translation>
    </message>
    <message>
        <source>Every persona, %1</source>
        <translation>Alla personor, %1</translation>
    </message>
    <message>
        <source>All personas for comparison, %1 in bold; the other filters apply.</source>
        <translation>Alla personor som jämförelse, %1 i fetstil; övriga filter gäller.</translation>
    </message>
    <message>
        <source>No personas in this selection.</source>
        <translation>Inga personor i detta urval.</translation>
    </message>
    <message>
        <source>Best movers (bookings vs %1)</source>
        <translation>Största ökningar (orderingång mot %1)</translation>
    </message>
    <message>
        <source>Worst movers (bookings vs %1)</source>
        <translation>Största minskningar (orderingång mot %1)</translation>
    </message>
    <message>
        <source>Bookings by persona, %1 and %2</source>
        <translation>Orderingång per persona, %1 och %2</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datakvalitet</translation>
    </message>
    <message>
        <source>No data-quality findings were reported for this store.</source>
        <translation>Inga datakvalitetsfynd rapporterades för denna databas.</translation>
    </message>
    <message>
        <source>Values shown as —</source>
        <translation>Värden som visas som —</translation>
    </message>
    <message>
        <source>Every KPI of this report has a value.</source>
        <translation>Alla nyckeltal i denna rapport har ett värde.</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>Vad siffrorna betyder</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Jämfört med %1</translation>
    </message>
    <message>
        <source>Data as of %1 · Filters: %2</source>
        <translation>Data per %1 · Filter: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>No data to chart for this selection.</source>
        <translation>Inga data att visa i diagram för detta urval.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>vs target</source>
        <translation>mot mål</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>I fas</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>Alla data</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (var %2)</translation>
    </message>
    <message>
        <source>MQL → SAL %1 (%2)</source>
        <translation>MQL → SAL %1 (%2)</translation>
    </message>
    <message>
        <source>— (the store has no events yet)</source>
        <translation>— (databasen har inga händelser än)</translation>
    </message>
    <message>
        <source>ARPA = RPU</source>
        <translation>ARPA = intäkt per kund</translation>
    </message>
    <message>
        <source>PPU (ARPA × %1 margin)</source>
        <translation>PPU (ARPA × %1 marginal)</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQL:er</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>mot föregående</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Resultatkort</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundbehållning</translation>
    </message>
    <message>
        <source>Funnel and SLA</source>
        <translation>Tratt och SLA</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>A mover is a persona whose bookings (won deal amounts) changed most against the previous period, in money; a persona without bookings counts as 0. The MQL → SAL conversion is shown next to it to tell a pipeline problem from a closing problem.</source>
        <translation>Största förändringar är de personor vars orderingång (vunna affärsbelopp) ändrades mest mot föregående period, i pengar; en persona utan orderingång räknas som 0. Konverteringen MQL → SAL visas bredvid för att skilja ett pipelineproblem från ett avslutsproblem.</translation>
    </message>
    <message>
        <source>Arrow: above or below target; green = better, red and bold = worse. — = no value (see Notes).</source>
        <translation>Pil: över eller under mål; grönt = bättre, rött och fetstil = sämre. — = inget värde (se Noter).</translation>
    </message>
    <message>
        <source>Arrow: up or down since %1; green = better, red and bold = worse. Ratios change in percentage points (pp). — = no value (see Notes).</source>
        <translation>Pil: upp eller ned sedan %1; grönt = bättre, rött och fetstil = sämre. Andelar ändras i procentenheter (p.e.). — = inget värde (se Noter).</translation>
    </message>
    <message>
        <source>RevAlign stand-up report — %1 — %2</source>
        <translation>RevAlign-rapport till veckomötet — %1 — %2</translation>
    </message>
    <message>
        <source>In short below; in full, with units, filters and when a value is empty, in docs/kpi-definitions.md of the RevAlign documentation.</source>
        <translation>Kort nedan; i sin helhet, med enheter, filter och när ett värde är tomt, i docs/kpi-definitions.md i RevAlign-dokumentationen.</translation>
    </message>
    <message>
        <source>Existing customers</source>
        <translation>Befintliga kunder</translation>
    </message>
    <message>
        <source>Existing customers, %1</source>
        <translation>Befintliga kunder, %1</translation>
    </message>
    <message>
        <source>Usage, white space and accounts at risk are measured for whole months (a month, quarter or year) without a channel filter, on a store with revenue.</source>
        <translation>Användning, vita fläckar och kunder i riskzonen mäts för hela månader (en månad, ett kvartal eller ett år) utan kanalfilter, i en databas med intäkter.</translation>
    </message>
    <message>
        <source>Usage of what customers pay for, %1</source>
        <translation>Användning av det kunderna betalar för, %1</translation>
    </message>
    <message>
        <source>Accounts at risk, %1</source>
        <translation>Kunder i riskzonen, %1</translation>
    </message>
    <message>
        <source>No account is at risk in this selection.</source>
        <translation>Ingen kund är i riskzonen i detta urval.</translation>
    </message>
    <message>
        <source>The %1 worst of %2 accounts at risk (most signals, then most MRR); revalign health lists them all.</source>
        <translation>De %1 värsta av %2 kunder i riskzonen (flest signaler, sedan högst MRR); revalign health listar alla.</translation>
    </message>
    <message>
        <source>Worst first: most signals, then most MRR.</source>
        <translation>Värst först: flest signaler, sedan högst MRR.</translation>
    </message>
    <message>
        <source>Expansion potential (white space), %1</source>
        <translation>Expansionspotential (vita fläckar), %1</translation>
    </message>
    <message>
        <source>No account lacks a product that its peers have.</source>
        <translation>Ingen kund saknar en produkt som jämförbara kunder har.</translation>
    </message>
    <message>
        <source>The largest of %1 gaps: a product that at least three peers of the same segment pay for; its potential is their median MRR for it.</source>
        <translation>De största av %1 vita fläckar: en produkt som minst tre jämförbara kunder i samma segment betalar för; potentialen är deras median-MRR för den.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundkonto</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Potential MRR</source>
        <translation>Potentiell MRR</translation>
    </message>
    <message>
        <source>Peers with it</source>
        <translation>Jämförbara med den</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>(inget segment)</translation>
    </message>
</context>
<context>
    <name>ra::ReportExporter</name>
    <message>
        <source>Open a store and choose a period before exporting a report.</source>
        <translation>Öppna en databas och välj en period innan du exporterar en rapport.</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exportera PDF-rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>No file name given for the report.</source>
        <translation>Inget filnamn angavs för rapporten.</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Skriver PDF-rapporten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>RevAlign</source>
        <translation>RevAlign</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Rapporten skrevs inte: %1</translation>
    </message>
    <message>
        <source>The report was written to %1.

Open it now?</source>
        <translation>Rapporten skrevs till %1.

Vill du öppna den nu?</translation>
    </message>
</context>
<context>
    <name>ra::RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation>Kundbehållning</translation>
    </message>
    <message>
        <source>Logo and gross revenue churn</source>
        <translation>Kundbortfall och bruttointäktsbortfall</translation>
    </message>
    <message>
        <source>Net and gross revenue retention</source>
        <translation>Netto- och bruttointäktsbehållning</translation>
    </message>
    <message>
        <source>CLV (gross margin) and CLV:CAC</source>
        <translation>CLV (bruttomarginal) och CLV:CAC</translation>
    </message>
    <message>
        <source>Logos</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Each row is the accounts first paying in that month; each column a month later. Logos: share of accounts still paying. Revenue: their MRR against their first month&apos;s.</source>
        <translation>Varje rad är kunderna som började betala den månaden; varje kolumn en månad senare. Kunder: andel som fortfarande betalar. Intäkter: deras MRR jämfört med den första månadens.</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>Kohortbehållning</translation>
    </message>
</context>
<context>
    <name>ra::RevenuePage</name>
    <message>
        <source>Revenue</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>RPU (ARPA, revenue per user)</source>
        <translation>RPU (ARPA, intäkt per användare)</translation>
    </message>
    <message>
        <source>PPU (profit per user)</source>
        <translation>PPU (vinst per användare)</translation>
    </message>
    <message>
        <source>Profit per user: ARPA × gross margin (a store setting).</source>
        <translation>Vinst per användare: ARPA × bruttomarginal (en databasinställning).</translation>
    </message>
    <message>
        <source>MRR movements per month, with MRR at month end</source>
        <translation>MRR-förändringar per månad, med MRR vid månadens slut</translation>
    </message>
    <message>
        <source>New vs existing business bookings</source>
        <translation>Orderingång: ny kontra befintlig affär</translation>
    </message>
    <message>
        <source>ARPA (RPU) per month</source>
        <translation>ARPA (intäkt per kund) per månad</translation>
    </message>
    <message>
        <source>Profit per user: ARPA × gross margin (%1, a store setting).</source>
        <translation>Vinst per användare: ARPA × bruttomarginal (%1, en databasinställning).</translation>
    </message>
</context>
<context>
    <name>ra::SalesPage</name>
    <message>
        <source>Sales</source>
        <translation>Sälj</translation>
    </message>
    <message>
        <source>SLA compliance and feedback rate</source>
        <translation>SLA-efterlevnad och återkopplingsgrad</translation>
    </message>
    <message>
        <source>MQL acceptance time (median) against the SLA</source>
        <translation>Accepttid för MQL (median) mot SLA</translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation>Skapad pipeline</translation>
    </message>
    <message>
        <source>Bookings by type</source>
        <translation>Orderingång per typ</translation>
    </message>
</context>
<context>
    <name>ra::ServicePage</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>Öppnade ärenden</translation>
    </message>
    <message>
        <source>Resolution time (median)</source>
        <translation>Lösningstid (median)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>Kundnöjdhet (CSAT)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
</context>
<context>
    <name>ra::Settings</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 måste vara ett heltal från %2 till %3, inte &apos;%4&apos;</translation>
    </message>
    <message>
        <source>ISO 4217 code of the store&apos;s one currency</source>
        <translation>ISO 4217-kod för databasens enda valuta</translation>
    </message>
    <message>
        <source>hours sales has to accept an MQL</source>
        <translation>timmar som sälj har på sig att acceptera en MQL</translation>
    </message>
    <message>
        <source>days sales has to give an accepted lead an outcome</source>
        <translation>dagar som sälj har på sig att ge en accepterad lead ett utfall</translation>
    </message>
    <message>
        <source>days a marketing touch influences a won deal</source>
        <translation>dagar som en marknadskontakt påverkar en vunnen affär</translation>
    </message>
    <message>
        <source>gross margin used by CLV and payback (0..1)</source>
        <translation>bruttomarginal som används för CLV och återbetalningstid (0..1)</translation>
    </message>
    <message>
        <source>days without progress before a lead counts as stalled</source>
        <translation>dagar utan framsteg innan en lead räknas som stillastående</translation>
    </message>
    <message>
        <source>days within which a sales lead re-enters a marketing lead</source>
        <translation>dagar inom vilka en säljlead räknas som återinlagd marknadslead</translation>
    </message>
    <message>
        <source>seat utilisation below which an account is at risk (0..1)</source>
        <translation>licensutnyttjande under vilket ett kundkonto är i riskzonen (0..1)</translation>
    </message>
    <message>
        <source>fall in active users over three months that is a risk signal (0..1)</source>
        <translation>minskning av aktiva användare under tre månader som är en risksignal (0..1)</translation>
    </message>
    <message>
        <source>days back from a month&apos;s end that detractors and poor tickets count</source>
        <translation>dagar bakåt från månadens slut som kritiker och dåligt betygsatta ärenden räknas</translation>
    </message>
    <message>
        <source>days a ticket may stay open before it is a risk signal</source>
        <translation>dagar ett ärende får vara öppet innan det är en risksignal</translation>
    </message>
    <message>
        <source>how many of the five risk signals put an account at risk (1..5)</source>
        <translation>hur många av de fem risksignalerna som sätter ett kundkonto i riskzonen (1..5)</translation>
    </message>
    <message>
        <source>currency must be a three-letter ISO 4217 code such as EUR or USD, not &apos;%1&apos;</source>
        <translation>currency måste vara en ISO 4217-kod på tre bokstäver, t.ex. EUR eller SEK, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1 (a share, e.g. 0.4), not &apos;%2&apos;</source>
        <translation>%1 måste vara ett tal från 0 till 1 (en andel, t.ex. 0.4), inte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>gross_margin must be a number greater than 0 and at most 1, not &apos;%1&apos;</source>
        <translation>gross_margin måste vara ett tal större än 0 och högst 1, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; the settings are: %2</source>
        <translation>okänd inställning &apos;%1&apos;; inställningarna är: %2</translation>
    </message>
    <message>
        <source>yes when leads record the sales-accepted stage (sal_at); no shows SLA compliance and breaches as not tracked</source>
        <translation>yes när leads registrerar steget säljaccepterad (sal_at); no visar SLA-efterlevnad och SLA-brott som ej spårade</translation>
    </message>
    <message>
        <source>%1 must be yes or no, not &apos;%2&apos;</source>
        <translation>%1 måste vara yes eller no, inte &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>ra::SettingsDialog</name>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>Lead follow-up &amp;SLA (hours)</source>
        <translation>&amp;SLA för uppföljning av leads (timmar)</translation>
    </message>
    <message>
        <source>Sales &amp;feedback window (days)</source>
        <translation>Säljs å&amp;terkopplingsfönster (dagar)</translation>
    </message>
    <message>
        <source>Marketing &amp;influence window (days)</source>
        <translation>Marknadens &amp;påverkansfönster (dagar)</translation>
    </message>
    <message>
        <source>&amp;Gross margin (0–1)</source>
        <translation>&amp;Bruttomarginal (0–1)</translation>
    </message>
    <message>
        <source>S&amp;talled after (days)</source>
        <translation>S&amp;tillastående efter (dagar)</translation>
    </message>
    <message>
        <source>&amp;Re-entry window (days)</source>
        <translation>&amp;Återinträdesfönster (dagar)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Språ&amp;k</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>This store is read-only: settings can be read but not changed.</source>
        <translation>Databasen är skrivskyddad: inställningarna kan läsas men inte ändras.</translation>
    </message>
    <message>
        <source>Settings are saved in the store; every KPI is recomputed on OK.</source>
        <translation>Inställningarna sparas i databasen; alla nyckeltal räknas om när du klickar OK.</translation>
    </message>
    <message>
        <source>This store</source>
        <translation>Den här databasen</translation>
    </message>
    <message>
        <source>&amp;Low seat utilisation below (0–1)</source>
        <translation>&amp;Lågt licensutnyttjande under (0–1)</translation>
    </message>
    <message>
        <source>Usage &amp;drop over 3 months (0–1)</source>
        <translation>Minskad &amp;användning över 3 månader (0–1)</translation>
    </message>
    <message>
        <source>Health &amp;window (days)</source>
        <translation>Hälso&amp;fönster (dagar)</translation>
    </message>
    <message>
        <source>Ticket &amp;open too long after (days)</source>
        <translation>Ärende &amp;öppet för länge efter (dagar)</translation>
    </message>
    <message>
        <source>Signals that put an account &amp;at risk (1–5)</source>
        <translation>Signaler som sätter ett kundkonto i &amp;riskzonen (1–5)</translation>
    </message>
    <message>
        <source>Applies when you press OK. System follows the computer&apos;s language.</source>
        <translation>Gäller när du trycker på OK. System följer datorns språk.</translation>
    </message>
    <message>
        <source>Sales-accepted stage trac&amp;ked (yes/no)</source>
        <translation>Säljaccepterat steg spåras (&amp;yes/no)</translation>
    </message>
</context>
<context>
    <name>ra::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tabb / Skift+Tabb</translation>
    </message>
    <message>
        <source>Move between the bars, the pages, the KPI tiles and the charts</source>
        <translation>Flytta mellan fälten, sidorna, nyckeltalsrutorna och diagrammen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piltangenter</translation>
    </message>
    <message>
        <source>Choose a page in the page list, a value in a list</source>
        <translation>Välj en sida i sidlistan, ett värde i en lista</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Skift+D</translation>
    </message>
    <message>
        <source>On a chart: show its data as a table</source>
        <translation>I ett diagram: visa dess data som en tabell</translation>
    </message>
    <message>
        <source>Menu key / Shift+F10</source>
        <translation>Menytangent / Skift+F10</translation>
    </message>
    <message>
        <source>On a chart: its context menu (Show data)</source>
        <translation>I ett diagram: dess snabbmeny (Visa data)</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + understruken bokstav</translation>
    </message>
    <message>
        <source>Open a menu or go to a labelled field</source>
        <translation>Öppna en meny eller gå till ett namngivet fält</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
</context>
<context>
    <name>ra::Snapshot</name>
    <message>
        <source>the snapshot cache %1 cannot be used: %2</source>
        <translation>cachen med ögonblicksbild %1 kan inte användas: %2</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>filen är avkortad</translation>
    </message>
    <message>
        <source>not a RevAlign snapshot cache</source>
        <translation>ingen RevAlign-cache med ögonblicksbild</translation>
    </message>
    <message>
        <source>written on another kind of machine (%1)</source>
        <translation>skriven på en annan sorts dator (%1)</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>dess huvud är skadat</translation>
    </message>
    <message>
        <source>written by another build of RevAlign %1 with other snapshot columns</source>
        <translation>skriven av ett annat bygge av RevAlign %1 med andra kolumner i ögonblicksbilden</translation>
    </message>
    <message>
        <source>written by RevAlign %1 (cache format %2), this is %3 (format %4)</source>
        <translation>skriven av RevAlign %1 (cacheformat %2), detta är %3 (format %4)</translation>
    </message>
    <message>
        <source>the file is truncated or extended (%1 bytes, the header says %2)</source>
        <translation>filen är avkortad eller förlängd (%1 byte, huvudet anger %2)</translation>
    </message>
    <message>
        <source>its section table is damaged</source>
        <translation>dess sektionstabell är skadad</translation>
    </message>
    <message>
        <source>there is no snapshot cache at %1</source>
        <translation>det finns ingen cache med ögonblicksbild i %1</translation>
    </message>
    <message>
        <source>written for schema version %1, the store has %2</source>
        <translation>skriven för schemaversion %1, databasen har %2</translation>
    </message>
    <message>
        <source>the store changed since it was written (data version %1, the store is at %2)</source>
        <translation>databasen har ändrats sedan den skrevs (dataversion %1, databasen har %2)</translation>
    </message>
    <message>
        <source>a checksum does not match (the file is damaged)</source>
        <translation>en kontrollsumma stämmer inte (filen är skadad)</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>kan inte ta bort %1</translation>
    </message>
    <message>
        <source>cannot write the snapshot cache %1: %2</source>
        <translation>kan inte skriva cachen med ögonblicksbild %1: %2</translation>
    </message>
    <message>
        <source>read from the snapshot cache %1 in %2 ms</source>
        <translation>läst från cachen med ögonblicksbild %1 på %2 ms</translation>
    </message>
    <message>
        <source>read from the store in %1 ms</source>
        <translation>läst från databasen på %1 ms</translation>
    </message>
    <message>
        <source> (cache not used: %1)</source>
        <translation> (cachen användes inte: %1)</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>inläsningen avbröts</translation>
    </message>
    <message>
        <source>there was none</source>
        <translation>det fanns ingen</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>kan inte byta namn på %1 till %2: %3</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>kan inte byta namn på %1 till %2</translation>
    </message>
    <message>
        <source>Loading the store was cancelled</source>
        <translation>Inläsningen av databasen avbröts</translation>
    </message>
    <message>
        <source>cannot read the store</source>
        <translation>kan inte läsa databasen</translation>
    </message>
    <message>
        <source>cannot read the store: %1</source>
        <translation>kan inte läsa databasen: %1</translation>
    </message>
</context>
<context>
    <name>ra::Store</name>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>kan inte skriva säkerhetskopian %1: %2</translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation>kan inte skriva säkerhetskopian %1</translation>
    </message>
    <message>
        <source>%1 is read-only; settings cannot be changed</source>
        <translation>%1 är skrivskyddad; inställningarna kan inte ändras</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file</source>
        <translation>%1 är en mapp, inte en databasfil</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>den öppnades endast för läsning</translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation>ingen databas på %1</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>kan inte skapa mappen %1</translation>
    </message>
    <message>
        <source>cannot create the store %1: %2</source>
        <translation>kan inte skapa databasen %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: permission denied</source>
        <translation>kan inte läsa %1: åtkomst nekad</translation>
    </message>
    <message>
        <source>%1 is not a RevAlign store (not a SQLite database, or damaged): %2</source>
        <translation>%1 är ingen RevAlign-databas (ingen SQLite-databas, eller skadad): %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer RevAlign (schema version %2); this RevAlign %3 understands up to version %4 — open it with a RevAlign that supports schema version %2 or later. The file was not changed.</source>
        <translation>%1 skrevs av en nyare RevAlign (schemaversion %2); denna RevAlign %3 förstår upp till version %4 — öppna den med en RevAlign som stöder schemaversion %2 eller senare. Filen ändrades inte.</translation>
    </message>
    <message>
        <source>%1 has an older schema (version %2) that needs migrating, but %3</source>
        <translation>%1 har ett äldre schema (version %2) som behöver uppgraderas, men %3</translation>
    </message>
    <message>
        <source>%1; the store was not migrated</source>
        <translation>%1; databasen uppgraderades inte</translation>
    </message>
    <message>
        <source> (a copy from before is at %1)</source>
        <translation> (en kopia från före finns i %1)</translation>
    </message>
    <message>
        <source>cannot upgrade %1 from schema version %2 to %3: %4. The store was left unchanged%5</source>
        <translation>kan inte uppgradera %1 från schemaversion %2 till %3: %4. Databasen lämnades oförändrad%5</translation>
    </message>
    <message>
        <source>cannot write to the store %1: %2</source>
        <translation>kan inte skriva till databasen %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup</source>
        <translation>%1 är skadad (%2); återställ den från en säkerhetskopia</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a RevAlign store: it is not a SQLite database file</source>
        <translation>%1 är ingen RevAlign-databas: det är ingen SQLite-databasfil</translation>
    </message>
    <message>
        <source>%1 is damaged: its SQLite header is corrupted</source>
        <translation>%1 är skadad: dess SQLite-huvud är förstört</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is truncated (%2 bytes, expected %3)</source>
        <translation>%1 är skadad: filen är avkortad (%2 byte, förväntade %3)</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>filen %1 är skrivskyddad</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>mappen %1 är skrivskyddad</translation>
    </message>
    <message>
        <source>%1 is locked: another program is writing to it; close that program or try again later</source>
        <translation>%1 är låst: ett annat program skriver till den; stäng det programmet eller försök igen senare</translation>
    </message>
    <message>
        <source>%1 is locked: another program is writing to it (waited %2 s); close that program or try again later</source>
        <translation>%1 är låst: ett annat program skriver till den (väntade %2 s); stäng det programmet eller försök igen senare</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only</source>
        <translation>%1 kan inte skrivas: filen eller dess mapp är skrivskyddad</translation>
    </message>
    <message>
        <source>the disk holding %1 is full; nothing was changed — free some space and try again</source>
        <translation>disken där %1 ligger är full; inget ändrades — frigör utrymme och försök igen</translation>
    </message>
    <message>
        <source>%1 is not a RevAlign store: it is not a SQLite database (%2)</source>
        <translation>%1 är ingen RevAlign-databas: det är ingen SQLite-databas (%2)</translation>
    </message>
    <message>
        <source>cannot read or write %1 (%2)</source>
        <translation>kan inte läsa eller skriva %1 (%2)</translation>
    </message>
    <message>
        <source>store %1: %2</source>
        <translation>databasen %1: %2</translation>
    </message>
    <message>
        <source>the in-memory store</source>
        <translation>databasen i minnet</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>kan inte starta en transaktion</translation>
    </message>
    <message>
        <source>cannot mark the store&apos;s data as changed</source>
        <translation>kan inte markera databasens data som ändrade</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>kan inte genomföra ändringarna</translation>
    </message>
</context>
<context>
    <name>ra::StoreFaultDialog</name>
    <message>
        <source>This file is not a RevAlign store.</source>
        <translation>Filen är ingen RevAlign-databas.</translation>
    </message>
    <message>
        <source>This store was written by a newer RevAlign.</source>
        <translation>Databasen skrevs av en nyare RevAlign.</translation>
    </message>
    <message>
        <source>The store is locked by another program.</source>
        <translation>Databasen är låst av ett annat program.</translation>
    </message>
    <message>
        <source>The store cannot be written.</source>
        <translation>Det går inte att skriva till databasen.</translation>
    </message>
    <message>
        <source>The store file does not exist.</source>
        <translation>Databasfilen finns inte.</translation>
    </message>
    <message>
        <source>The store file cannot be read.</source>
        <translation>Databasfilen kan inte läsas.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Inläsningen avbröts.</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>Databasen kunde inte öppnas.</translation>
    </message>
    <message>
        <source>Choose a .db file created by RevAlign (File → New store… or the demo), or import your CSV bundle into a new store.</source>
        <translation>Välj en .db-fil som skapats av RevAlign (Arkiv → Ny databas… eller demon), eller importera ditt CSV-paket till en ny databas.</translation>
    </message>
    <message>
        <source>Install the newer RevAlign to open it. This version leaves the file untouched.</source>
        <translation>Installera den nyare RevAlign för att öppna den. Den här versionen lämnar filen orörd.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Open it from its new place, or create a new store.</source>
        <translation>Den kan ha flyttats eller raderats. Öppna den från sin nya plats eller skapa en ny databas.</translation>
    </message>
    <message>
        <source>Open the store again when you are ready.</source>
        <translation>Öppna databasen igen när du är redo.</translation>
    </message>
    <message>
        <source>Try another store, or import the bundle into a new store.</source>
        <translation>Prova en annan databas, eller importera paketet till en ny databas.</translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation>Kan inte öppna databasen</translation>
    </message>
    <message>
        <source>The store file is damaged.</source>
        <translation>Databasfilen är skadad.</translation>
    </message>
    <message>
        <source>The disk holding the store is full.</source>
        <translation>Disken som databasen ligger på är full.</translation>
    </message>
    <message>
        <source>Restore it from a backup (a migration keeps one beside it as .bak-&lt;version&gt;), or import your CSV bundle into a new store.</source>
        <translation>Återställ den från en säkerhetskopia (en uppgradering sparar en bredvid den som .bak-&lt;version&gt;), eller importera ditt CSV-paket till en ny databas.</translation>
    </message>
    <message>
        <source>Free some space on that disk and try again; nothing in the store was changed.</source>
        <translation>Frigör utrymme på disken och försök igen; inget i databasen ändrades.</translation>
    </message>
    <message>
        <source>The team store&apos;s server cannot be reached.</source>
        <translation>Teamdatabasens server går inte att nå.</translation>
    </message>
    <message>
        <source>The team store refused the login.</source>
        <translation>Teamdatabasen nekade inloggningen.</translation>
    </message>
    <message>
        <source>Close the other RevAlign window or finish the running import (on a team store: wait for the other person&apos;s import, named below), then try again.</source>
        <translation>Stäng det andra RevAlign-fönstret eller slutför den pågående importen (i en teamdatabas: vänta på den andra personens import, som anges nedan) och försök igen.</translation>
    </message>
    <message>
        <source>Check the file&apos;s and its folder&apos;s permissions, or copy the store somewhere writable. On a team store, importing and settings need the admin role.</source>
        <translation>Kontrollera behörigheterna för filen och dess mapp, eller kopiera databasen till en plats där den kan skrivas. I en teamdatabas kräver import och inställningar administratörsrollen.</translation>
    </message>
    <message>
        <source>Check the network and the server address. Until it is back, you can work on the last offline copy of the team store.</source>
        <translation>Kontrollera nätverket och serverns adress. Tills den är tillbaka kan du arbeta i teamdatabasens senaste offlinekopia.</translation>
    </message>
    <message>
        <source>Check the user name, and the password in ~/.pgpass, PGPASSWORD or the service file. RevAlign never stores passwords.</source>
        <translation>Kontrollera användarnamnet och lösenordet i ~/.pgpass, PGPASSWORD eller tjänstefilen. RevAlign sparar aldrig lösenord.</translation>
    </message>
    <message>
        <source>Store: %1
%2</source>
        <translation>Databas: %1
%2</translation>
    </message>
</context>
<context>
    <name>ra::StoreSession</name>
    <message>
        <source>no store at %1</source>
        <translation>ingen databas på %1</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Inläsningen avbröts.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Ingen databas är öppen.</translation>
    </message>
    <message>
        <source>The store %1 is read-only; settings cannot be saved.</source>
        <translation>Databasen %1 är skrivskyddad; inställningarna kan inte sparas.</translation>
    </message>
    <message>
        <source>Copying %1 from the team store</source>
        <translation>Kopierar %1 från teamdatabasen</translation>
    </message>
    <message>
        <source>Connected to %1 as a viewer: settings need the admin role.</source>
        <translation>Ansluten till %1 som läsare: inställningar kräver administratörsrollen.</translation>
    </message>
</context>
<context>
    <name>ra::SurveyModel</name>
    <message>
        <source>How far marketing&apos;s and sales&apos; mean scores are apart</source>
        <translation>Hur långt ifrån varandra marknads och säljs medelpoäng ligger</translation>
    </message>
    <message>
        <source>Needs answers from both marketing and sales in this period</source>
        <translation>Kräver svar från både marknad och sälj i denna period</translation>
    </message>
    <message>
        <source>Mean of %1 answers</source>
        <translation>Medelvärde av %1 svar</translation>
    </message>
    <message>
        <source>No answers from this role in this period</source>
        <translation>Inga svar från denna roll i denna period</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marknad</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sälj</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Ledning</translation>
    </message>
    <message>
        <source>Gap (mkt − sales)</source>
        <translation>Gap (marknad − sälj)</translation>
    </message>
</context>
<context>
    <name>ra::TableExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>ra::WelcomeScreen</name>
    <message>
        <source>Welcome to RevAlign</source>
        <translation>Välkommen till RevAlign</translation>
    </message>
    <message>
        <source>One set of numbers for marketing, sales and service.
Import your CRM export as a bundle of CSV files, or look around in the demo store first.</source>
        <translation>Samma siffror för marknad, sälj och service.
Importera din CRM-export som ett paket med CSV-filer, eller titta runt i demodatabasen först.</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Importera ett paket…</translation>
    </message>
    <message>
        <source>Open the &amp;demo store</source>
        <translation>Öppna &amp;demodatabasen</translation>
    </message>
    <message>
        <source>&amp;Open a store file…</source>
        <translation>Ö&amp;ppna en databasfil…</translation>
    </message>
</context>
</TS>
