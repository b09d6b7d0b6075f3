<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ra::AboutDialog</name>
    <message>
        <source>About RevAlign</source>
        <translation>关于 RevAlign</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>&lt;h2&gt;RevAlign %1&lt;/h2&gt;&lt;p&gt;Revenue alignment dashboard: marketing, sales and service on one set of KPIs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Store:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Data as of:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Snapshot:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;Built with Qt %5.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;RevAlign %1&lt;/h2&gt;&lt;p&gt;收入协同仪表盘：市场、销售和服务共用一套 KPI。&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据库：&lt;/b&gt;%2&lt;br&gt;&lt;b&gt;数据截至：&lt;/b&gt;%3&lt;br&gt;&lt;b&gt;快照：&lt;/b&gt;%4&lt;/p&gt;&lt;p&gt;基于 Qt %5 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ra::AlignmentPage</name>
    <message>
        <source>Alignment</source>
        <translation>协同</translation>
    </message>
    <message>
        <source>SLA both ways: acceptance by sales, feedback to marketing</source>
        <translation>双向 SLA：销售接收，向市场反馈</translation>
    </message>
    <message>
        <source>Stalled and re-entered leads</source>
        <translation>停滞与重复进入的线索</translation>
    </message>
    <message>
        <source>Alignment survey: score and marketing–sales gap</source>
        <translation>协同调查：得分及市场与销售的差距</translation>
    </message>
    <message>
        <source>Alignment survey by question and role</source>
        <translation>协同调查（按问题和角色）</translation>
    </message>
    <message>
        <source>Stalled and re-entered leads over the whole store, with example lead ids to follow up.</source>
        <translation>整个数据库中停滞与重复进入的线索，并附需跟进的线索 ID 示例。</translation>
    </message>
    <message>
        <source>Leads to follow up (whole store)</source>
        <translation>待跟进线索（整个数据库）</translation>
    </message>
    <message>
        <source>this period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>last 12 months: no survey in this period</source>
        <translation>近 12 个月：本期无调查</translation>
    </message>
    <message>
        <source>Alignment survey by question and role (%1)</source>
        <translation>协同调查（按问题和角色，%1）</translation>
    </message>
</context>
<context>
    <name>ra::AtRiskModel</name>
    <message>
        <source>(no segment)</source>
        <translation>（无细分市场）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>买家画像</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>信号数</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>触发信号</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>ra::BreakdownModel</name>
    <message>
        <source>Persona</source>
        <translation>买家画像</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
</context>
<context>
    <name>ra::ChartView</name>
    <message>
        <source>No data for this selection</source>
        <translation>所选范围内无数据</translation>
    </message>
</context>
<context>
    <name>ra::Charts</name>
    <message>
        <source>100% of accounts retained</source>
        <translation>100% 客户留存</translation>
    </message>
    <message>
        <source>≥ 100% of starting MRR</source>
        <translation>≥ 期初 MRR 的 100%</translation>
    </message>
    <message>
        <source>Cohort %1, month %2: %3 of accounts still paying</source>
        <translation>同期群 %1，第 %2 个月：%3 的客户仍在付费</translation>
    </message>
    <message>
        <source>Cohort %1, month %2: %3 of the cohort&apos;s starting MRR</source>
        <translation>同期群 %1，第 %2 个月：为该同期群期初 MRR 的 %3</translation>
    </message>
    <message>
        <source>No data for this selection</source>
        <translation>所选范围内无数据</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <source>W%1 %2</source>
        <extracomment>A short ISO week label: %1 the week number, %2 the year</extracomment>
        <translation>%2年第%1周</translation>
    </message>
    <message>
        <source>New vs existing business bookings</source>
        <translation>新业务与存量业务签约额</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>MRR 变动</translation>
    </message>
    <message>
        <source>Logo and revenue churn</source>
        <translation>客户流失与收入流失</translation>
    </message>
    <message>
        <source>Net and gross revenue retention</source>
        <translation>净收入留存与总收入留存</translation>
    </message>
    <message>
        <source>CLV (gross margin) and CLV:CAC</source>
        <translation>CLV（毛利）与 CLV:CAC</translation>
    </message>
    <message>
        <source>SLA compliance and feedback rate</source>
        <translation>SLA 达成率与反馈率</translation>
    </message>
    <message>
        <source>MQL acceptance time against the SLA</source>
        <translation>MQL 接收时长与 SLA 对比</translation>
    </message>
    <message>
        <source>SLA %1 h</source>
        <translation>SLA %1 小时</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
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
        <translation>赢单</translation>
    </message>
    <message>
        <source>%1 millions</source>
        <extracomment>Axis titles of large amounts; %1 is the currency symbol</extracomment>
        <translation>%1（百万）</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>百万</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation>%1（千）</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>千</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Show data</source>
        <translation>显示数据</translation>
    </message>
    <message>
        <source>%1. Show data (Ctrl+Shift+D) reads the whole chart as a table.</source>
        <translation>%1。“显示数据”（Ctrl+Shift+D）以表格形式读出整张图表。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A chart&apos;s latest values for screen readers: %1 the period or item, %2 &quot;series value, series value&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>第 %1 个月</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>MRR at risk and seat utilisation</source>
        <translation>风险 MRR 与席位使用率</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>无细分市场</translation>
    </message>
    <message>
        <source>%1% · %2 without</source>
        <translation>%1% · %2 家未采用</translation>
    </message>
    <message>
        <source>100% of the segment&apos;s paying accounts have it · hatched: fewer than 3 have it</source>
        <translation>100%：该细分市场的付费客户全部采用 · 斜线：采用客户少于 3 家</translation>
    </message>
    <message>
        <source>%1 in %2: %3 of %4 paying accounts have it</source>
        <translation>%1（%2）：%4 家付费客户中有 %3 家采用</translation>
    </message>
    <message>
        <source>, median MRR %1</source>
        <translation>，中位 MRR %1</translation>
    </message>
    <message>
        <source>; %1 accounts without it are gaps</source>
        <translation>；%1 家未采用的客户为空白机会</translation>
    </message>
    <message>
        <source>; fewer than 3 have it, so no gaps</source>
        <translation>；采用客户少于 3 家，因此不计空白机会</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>Paying accounts</source>
        <translation>付费客户</translation>
    </message>
    <message>
        <source>Have it</source>
        <translation>已采用</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>采用率</translation>
    </message>
    <message>
        <source>Median MRR</source>
        <translation>中位 MRR</translation>
    </message>
    <message>
        <source>Without it</source>
        <translation>未采用</translation>
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
        <translation>--lang 需要一个值：system、en、sv 或 zh_CN</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (valid: system, en, sv, zh_CN)</source>
        <translation>未知语言“%1”（可用：system、en、sv、zh_CN）</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;; valid values: %3</source>
        <translation>未知的%1“%2”；可用值：%3</translation>
    </message>
    <message>
        <source>Only this buyer persona (&quot;Unassigned&quot; = none).</source>
        <translation>仅此买家画像（&quot;Unassigned&quot; = 无）。</translation>
    </message>
    <message>
        <source>Only this account segment.</source>
        <translation>仅此客户细分市场。</translation>
    </message>
    <message>
        <source>Only this lead channel (leads and opportunities).</source>
        <translation>仅此线索渠道（线索和商机）。</translation>
    </message>
    <message>
        <source>Evaluate the store as known at this timestamp (UTC; default: the latest event).</source>
        <translation>按该时间点已知的数据计算（UTC；默认：最新事件）。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而非表格。</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other</source>
        <translation>--json 与 --csv 不能同时使用</translation>
    </message>
    <message>
        <source>--as-of: %1</source>
        <translation>--as-of：%1</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos; (see revalign --help)</source>
        <translation>未知命令“%1”（参见 revalign --help）</translation>
    </message>
    <message>
        <source>this build has no window; use a verb (see revalign --help)</source>
        <translation>此版本不含窗口界面；请使用命令（参见 revalign --help）</translation>
    </message>
    <message>
        <source>print every KPI of a period per persona, segment or channel</source>
        <translation>按买家画像、细分市场或渠道输出某期间的全部指标</translation>
    </message>
    <message>
        <source>persona, segment or channel.</source>
        <translation>persona、segment 或 channel。</translation>
    </message>
    <message>
        <source>--by must be persona, segment or channel%1</source>
        <translation>--by 必须是 persona、segment 或 channel%1</translation>
    </message>
    <message>
        <source>, not &apos;%1&apos;</source>
        <translation>，而不是“%1”</translation>
    </message>
    <message>
        <source>print logo and revenue retention per acquisition month (offsets up to --as-of&apos;s month)</source>
        <translation>按获客月份输出客户留存与收入留存（偏移至 --as-of 所在月份）</translation>
    </message>
    <message>
        <source>First cohort month, YYYY-MM (default: all).</source>
        <translation>首个同期群月份，YYYY-MM（默认：全部）。</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from：%1</translation>
    </message>
    <message>
        <source>write a deterministic demo store</source>
        <translation>写入一个可复现的演示数据库</translation>
    </message>
    <message>
        <source>Number of leads; other tables scale with it (default 20000).</source>
        <translation>线索数量；其他表随之按比例生成（默认 20000）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default 1).</source>
        <translation>随机种子；相同种子生成相同数据（默认 1）。</translation>
    </message>
    <message>
        <source>Last day covered, YYYY-MM-DD (default: today, UTC).</source>
        <translation>覆盖的最后一天，YYYY-MM-DD（默认：今天，UTC）。</translation>
    </message>
    <message>
        <source>Replace the store&apos;s data if it has any.</source>
        <translation>如数据库已有数据则替换。</translation>
    </message>
    <message>
        <source>demo takes no arguments (see revalign demo --help)</source>
        <translation>demo 不接受参数（参见 revalign demo --help）</translation>
    </message>
    <message>
        <source>--leads must be a whole number between %1 and %2</source>
        <translation>--leads 必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed 必须是非负整数</translation>
    </message>
    <message>
        <source>--end: %1</source>
        <translation>--end：%1</translation>
    </message>
    <message>
        <source>The bundle folder (created when missing; bundle files in it are replaced).</source>
        <translation>数据包文件夹（不存在时自动创建；其中的数据包文件将被替换）。</translation>
    </message>
    <message>
        <source>export-bundle needs exactly one folder (see revalign export-bundle --help)</source>
        <translation>export-bundle 需要且仅需一个文件夹（参见 revalign export-bundle --help）</translation>
    </message>
    <message>
        <source>exported %1 rows in %2 files to %3</source>
        <translation>已将 %1 行（%2 个文件）导出到 %3</translation>
    </message>
    <message>
        <source>RevAlign — revenue alignment dashboard</source>
        <translation>RevAlign — 营收协同仪表盘</translation>
    </message>
    <message>
        <source>The store to open (default: the last one).</source>
        <translation>要打开的数据库（默认：上次打开的）。</translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation>使用深色配色。</translation>
    </message>
    <message>
        <source>Language: system, en, sv or zh_CN.</source>
        <translation>语言：system、en、sv 或 zh_CN。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>not in the bundle (their KPIs stay empty): %1</source>
        <translation>数据包中缺少（相关指标为空）：%1</translation>
    </message>
    <message>
        <source>dry run: nothing was written to the store</source>
        <translation>试运行：未写入数据库</translation>
    </message>
    <message>
        <source>--strict: %1 row(s) rejected, nothing was imported</source>
        <translation>--strict：%1 行被拒绝，未导入任何数据</translation>
    </message>
    <message>
        <source>import #%1 committed</source>
        <translation>第 %1 次导入已提交</translation>
    </message>
    <message>
        <source>import takes one bundle folder (see revalign import --help)</source>
        <translation>import 需要一个数据包文件夹（参见 revalign import --help）</translation>
    </message>
    <message>
        <source>%1 rows rejected; the imports log keeps the first %2, all are listed above</source>
        <translation>%1 行被拒绝；导入日志保留前 %2 行，全部已在上方列出</translation>
    </message>
    <message>
        <source>print every KPI of a period with its previous period, change and target</source>
        <translation>输出某期间的全部指标及上期值、变化和目标</translation>
    </message>
    <message>
        <source>kpis takes no arguments besides options (see revalign kpis --help)</source>
        <translation>kpis 除选项外不接受参数（参见 revalign kpis --help）</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而非文本。</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>无法写入 %1：这是一个文件夹</translation>
    </message>
    <message>
        <source>cannot write %1: folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>cannot write %1: folder %2 is not writable</source>
        <translation>无法写入 %1：文件夹 %2 不可写</translation>
    </message>
    <message>
        <source>The data-quality checks could not run: %1</source>
        <translation>无法运行数据质量检查：%1</translation>
    </message>
    <message>
        <source>write the stand-up PDF report</source>
        <translation>生成周会 PDF 报告</translation>
    </message>
    <message>
        <source>What the scorecard&apos;s change column compares with: previous (default) or target.</source>
        <translation>记分卡“变化”列的比较对象：previous（默认，上期）或 target（目标）。</translation>
    </message>
    <message>
        <source>A4 or Letter (default: Letter where the system locale is US, else A4).</source>
        <translation>A4 或 Letter（默认：系统区域为美国时用 Letter，否则 A4）。</translation>
    </message>
    <message>
        <source>The PDF to write (default: revalign-report-&lt;period&gt;.pdf here).</source>
        <translation>要写入的 PDF（默认：当前目录下的 revalign-report-&lt;期间&gt;.pdf）。</translation>
    </message>
    <message>
        <source>Print how long each step took on stderr.</source>
        <translation>在 stderr 上输出每一步的耗时。</translation>
    </message>
    <message>
        <source>unknown --compare &apos;%1&apos; (use previous or target)</source>
        <translation>未知的 --compare“%1”（请使用 previous 或 target）</translation>
    </message>
    <message>
        <source>no store at %1 (create one with revalign demo or revalign import)</source>
        <translation>%1 处没有数据库（可用 revalign demo 或 revalign import 创建）</translation>
    </message>
    <message>
        <source>render dashboard pages to PNG files</source>
        <translation>将仪表盘页面渲染为 PNG 文件</translation>
    </message>
    <message>
        <source>A page id (overview, marketing, …) or all (default).</source>
        <translation>页面 ID（overview、marketing 等）或 all（默认）。</translation>
    </message>
    <message>
        <source>The folder to write &lt;page&gt;.png into.</source>
        <translation>写入 &lt;页面&gt;.png 的文件夹。</translation>
    </message>
    <message>
        <source>Window size WxH (default 1600x1000).</source>
        <translation>窗口尺寸 宽x高（默认 1600x1000）。</translation>
    </message>
    <message>
        <source>screenshot needs --out DIR</source>
        <translation>screenshot 需要 --out 目录</translation>
    </message>
    <message>
        <source>--size must look like 1600x1000</source>
        <translation>--size 的格式应为 1600x1000</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>the store could not be loaded</source>
        <translation>无法加载数据库</translation>
    </message>
    <message>
        <source>no page &apos;%1&apos; (pages: %2, all)</source>
        <translation>没有页面“%1”（页面：%2、all）</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>list the settings, print one (KEY) or set one (KEY VALUE).</source>
        <translation>列出设置、显示一项（KEY）或修改一项（KEY VALUE）。</translation>
    </message>
    <message>
        <source>A setting: %1.</source>
        <translation>一项设置：%1。</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>新值。</translation>
    </message>
    <message>
        <source>settings takes at most KEY and VALUE</source>
        <translation>settings 最多接受 KEY 和 VALUE</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; the settings are: %2</source>
        <translation>未知设置“%1”；可用设置：%2</translation>
    </message>
    <message>
        <source>name at least one KPI key, e.g. revalign trend leads.mql,bookings.total</source>
        <translation>请至少指定一个指标键，例如 revalign trend leads.mql,bookings.total</translation>
    </message>
    <message>
        <source>KPI keys, comma separated (e.g. leads.mql,bookings.total).</source>
        <translation>指标键，以逗号分隔（例如 leads.mql,bookings.total）。</translation>
    </message>
    <message>
        <source>week, month (default) or quarter.</source>
        <translation>week、month（默认）或 quarter。</translation>
    </message>
    <message>
        <source>How many periods (1-520, default 12).</source>
        <translation>期间个数（1–520，默认 12）。</translation>
    </message>
    <message>
        <source>usage: revalign trend KEY[,KEY...] --grain week|month|quarter --last N</source>
        <translation>用法：revalign trend KEY[,KEY...] --grain week|month|quarter --last N</translation>
    </message>
    <message>
        <source>--grain must be week, month or quarter, not &apos;%1&apos;</source>
        <translation>--grain 必须是 week、month 或 quarter，而不是“%1”</translation>
    </message>
    <message>
        <source>--last must be a whole number from 1 to 520, not &apos;%1&apos;</source>
        <translation>--last 必须是 1 到 520 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>the store has no events yet; import a bundle first or pass --as-of</source>
        <translation>数据库中还没有事件；请先导入数据包或指定 --as-of</translation>
    </message>
    <message>
        <source>demo written to %1: %2 leads, %3 accounts, %4 opportunities, %5 revenue rows, %6 tickets, %7 rows in all, %8 to %9 (seed %10, %11 s)</source>
        <translation>演示数据库已写入 %1：%2 条线索，%3 个客户，%4 个商机，%5 行收入，%6 个工单，共 %7 行，%8 至 %9（种子 %10，%11 秒）</translation>
    </message>
    <message>
        <source>print the data-quality report: out-of-order timestamps, missing personas and leads, stalled and re-entered leads, the last imports&apos; rejections</source>
        <translation>输出数据质量报告：时间顺序错乱、缺少买家画像和线索、停滞与重复进入的线索、最近几次导入被拒绝的行</translation>
    </message>
    <message>
        <source>print KPIs over the last N periods; the last one is the period containing --as-of (default: the latest event in the store)</source>
        <translation>输出最近 N 个期间的指标；最后一个期间包含 --as-of（默认：数据库中的最新事件）</translation>
    </message>
    <message>
        <source>--period is required: %1</source>
        <translation>必须指定 --period：%1</translation>
    </message>
    <message>
        <source>; default: %1.</source>
        <translation>；默认：%1。</translation>
    </message>
    <message>
        <source>Print CSV instead of a table (text cells neutralised for spreadsheets).</source>
        <translation>输出 CSV 而非表格（文本单元格已针对电子表格做防注入处理）。</translation>
    </message>
    <message>
        <source>the last complete month</source>
        <translation>最近一个完整月份</translation>
    </message>
    <message>
        <source>write the store back as a bundle folder. The files are data for revalign import, written as stored: cells are not neutralised for spreadsheets (the --csv outputs of the KPI verbs are). The format: docs/bundle-format.md</source>
        <translation>将数据库导出为数据包文件夹。这些文件是供 revalign import 使用的数据，按存储原样写出：单元格不做电子表格防注入处理（指标命令的 --csv 输出会做）。格式：docs/bundle-format.md</translation>
    </message>
    <message>
        <source>unknown KPI key &apos;%1&apos;; the keys are listed in docs/kpi-definitions.md, e.g. leads.mql, conv.mql_to_sal, bookings.total, mrr.end (revalign kpis --json prints them all)</source>
        <translation>未知指标键“%1”；指标键见 docs/kpi-definitions.md，例如 leads.mql、conv.mql_to_sal、bookings.total、mrr.end（revalign kpis --json 会全部列出）</translation>
    </message>
    <message>
        <source>import a bundle folder, or exports with --from, into the store</source>
        <translation>将数据包文件夹（或用 --from 指定的导出文件）导入数据库</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>cache:        %1</source>
        <translation>缓存：      %1</translation>
    </message>
    <message>
        <source>state:        %1</source>
        <translation>状态：      %1</translation>
    </message>
    <message>
        <source>none (the next load reads the store and writes one)</source>
        <translation>无（下次加载时读取数据库并写入缓存）</translation>
    </message>
    <message>
        <source>unusable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>data version: the store is at %1</source>
        <translation>数据版本：  数据库为 %1</translation>
    </message>
    <message>
        <source>valid: the next load reads it instead of the store</source>
        <translation>有效：下次加载时读取缓存而非数据库</translation>
    </message>
    <message>
        <source>stale: the store changed since it was written; the next load replaces it</source>
        <translation>已过期：缓存写入后数据库已有变更；下次加载时将替换缓存</translation>
    </message>
    <message>
        <source>valid, every checksum verified</source>
        <translation>有效，所有校验和均已验证</translation>
    </message>
    <message>
        <source>size:         %1 (the store: %2)</source>
        <translation>大小：      %1（数据库：%2）</translation>
    </message>
    <message>
        <source>written:      %1 by RevAlign %2 (%3)</source>
        <translation>写入：      %1，由 RevAlign %2 写入（%3）</translation>
    </message>
    <message>
        <source>data version: %1 (the store is at %2), schema %3</source>
        <translation>数据版本：  %1（数据库为 %2），架构 %3</translation>
    </message>
    <message>
        <source>show (status) or remove (clear) the store&apos;s snapshot cache, the file the next load reads instead of the store while the store is unchanged.</source>
        <translation>显示（status）或删除（clear）数据库的快照缓存：数据库未变更时，下次加载会读取该文件而非数据库。</translation>
    </message>
    <message>
        <source>status or clear.</source>
        <translation>status 或 clear。</translation>
    </message>
    <message>
        <source>status: also read the whole file and check every checksum.</source>
        <translation>status：同时读取整个文件并检查所有校验和。</translation>
    </message>
    <message>
        <source>cache takes one action: status or clear</source>
        <translation>cache 只接受一个操作：status 或 clear</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>no snapshot cache at %1</source>
        <translation>%1 处没有快照缓存</translation>
    </message>
    <message>
        <source>%1 takes no arguments besides options (see revalign %1 --help)</source>
        <translation>%1 除选项外不接受参数（参见 revalign %1 --help）</translation>
    </message>
    <message>
        <source>--period %1: account health is defined for whole months only (a month, quarter, year, or a range from a month&apos;s first to a month&apos;s last day)</source>
        <translation>--period %1：客户健康度仅按整月定义（一个月、季度、年，或从某月第一天到某月最后一天的区间）</translation>
    </message>
    <message>
        <source>list the accounts at risk at the period&apos;s last month, worst first, with the signals that fired, their evidence and the lift of the warning</source>
        <translation>列出期间最后一个月的风险客户，按风险从高到低排列，并给出触发的信号、依据以及预警的提升倍数</translation>
    </message>
    <message>
        <source>print products x segments at the period&apos;s last month (adoption, median MRR of those who have it, accounts without it) and the largest cross-sell gaps</source>
        <translation>输出期间最后一个月的产品 × 细分市场（采用率、已采用客户的中位 MRR、未采用客户数）以及最大的交叉销售空白机会</translation>
    </message>
    <message>
        <source>Gaps to list, largest first (default 20; 0 = all).</source>
        <translation>要列出的空白机会数，从大到小（默认 20；0 = 全部）。</translation>
    </message>
    <message>
        <source>--top must be a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation>--top 必须是 0 或以上的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>warning: %1: %2 more warning(s)</source>
        <translation>警告：%1：另有 %2 条警告</translation>
    </message>
    <message>
        <source>The bundle folder (see docs/bundle-format.md); with --from, export files or folders of them.</source>
        <translation>数据包文件夹（参见 docs/bundle-format.md）；使用 --from 时为导出文件或其所在文件夹。</translation>
    </message>
    <message>
        <source>Import exports: auto, hubspot, salesforce, stripe, zendesk, a saved mapping&apos;s name or a mapping file.</source>
        <translation>导入导出文件：auto、hubspot、salesforce、stripe、zendesk、已保存映射的名称或映射文件。</translation>
    </message>
    <message>
        <source>Time zone of export datetimes without an offset (e.g. Europe/Berlin; default UTC).</source>
        <translation>不带时区偏移的导出日期时间所用的时区（例如 Europe/Berlin；默认 UTC）。</translation>
    </message>
    <message>
        <source>Order of N/N/YYYY dates that the data does not settle: dmy or mdy.</source>
        <translation>数据无法确定时 N/N/YYYY 日期的顺序：dmy 或 mdy。</translation>
    </message>
    <message>
        <source>Export header holding the leads&apos; sales-accepted date (HubSpot has no such stage).</source>
        <translation>存放线索销售接受日期的导出文件列标题（HubSpot 没有此阶段）。</translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected.</source>
        <translation>只要有任何一行被拒绝，就不导入任何数据。</translation>
    </message>
    <message>
        <source>Validate and report; write nothing.</source>
        <translation>仅校验并报告；不写入任何数据。</translation>
    </message>
    <message>
        <source>Show progress on stderr even when it is not a terminal.</source>
        <translation>即使 stderr 不是终端，也在其上显示进度。</translation>
    </message>
    <message>
        <source>--%1 applies to exports: use it with --from</source>
        <translation>--%1 仅适用于导出文件：请与 --from 一起使用</translation>
    </message>
    <message>
        <source>The store file, or a team store: postgresql://… or service=NAME (default: %1).</source>
        <translation>数据库文件，或团队数据库：postgresql://… 或 service=NAME（默认：%1）。</translation>
    </message>
    <message>
        <source>%1 is a team store: it is written only by revalign import and revalign settings KEY VALUE</source>
        <translation>%1 是团队数据库：只能通过 revalign import 和 revalign settings KEY VALUE 写入</translation>
    </message>
    <message>
        <source>Team store: seconds to wait for another client&apos;s import (default 30).</source>
        <translation>团队数据库：等待他人导入完成的秒数（默认 30）。</translation>
    </message>
    <message>
        <source>import --from does not write to a team store: import the exports into a laptop store, write it out with revalign export-bundle and import that bundle into %1</source>
        <translation>import --from 不会写入团队数据库：请先将导出文件导入本机数据库，用 revalign export-bundle 导出为数据包，再将该数据包导入 %1</translation>
    </message>
    <message>
        <source>--lock-wait takes a number of seconds from 0 to 86400</source>
        <translation>--lock-wait 的取值为 0 到 86400 秒</translation>
    </message>
    <message>
        <source>copy a team store into a local store for offline use</source>
        <translation>将团队数据库复制到本机数据库，供离线使用</translation>
    </message>
    <message>
        <source>The team store: postgresql://… URI or service=NAME.</source>
        <translation>团队数据库：postgresql://… URI 或 service=NAME。</translation>
    </message>
    <message>
        <source>--from needs a team store: postgresql://user@host/db or service=NAME</source>
        <translation>--from 需要团队数据库：postgresql://user@host/db 或 service=NAME</translation>
    </message>
    <message>
        <source>--db names the local copy, a file</source>
        <translation>--db 指定本机副本，即一个文件</translation>
    </message>
    <message>
        <source>incremental sync from %1: %2 rows, up to import #%3, into %4 (%5 s)</source>
        <translation>从 %1 增量同步：%2 行，截至第 %3 次导入，写入 %4（%5 秒）</translation>
    </message>
    <message>
        <source>full sync from %1: %2 rows, up to import #%3, into %4 (%5 s)</source>
        <translation>从 %1 完整同步：%2 行，截至第 %3 次导入，写入 %4（%5 秒）</translation>
    </message>
    <message>
        <source>a team store&apos;s snapshot cache is the one of its offline copy: use --db %1</source>
        <translation>团队数据库的快照缓存即其离线副本的缓存：请使用 --db %1</translation>
    </message>
    <message>
        <source>import --from takes one or more export files or folders (see revalign import --help)</source>
        <translation>import --from 需要一个或多个导出文件或文件夹（参见 revalign import --help）</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>held</source>
        <translation>暂存</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>export file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>recognised as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>  %1, %2-separated; dates: %3; time zone: %4</source>
        <translation>  %1，分隔符 %2；日期：%3；时区：%4</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  注意：%1</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>已跳过 %1</translation>
    </message>
    <message>
        <source>no CRM accounts in the store or the import: billing customers are the accounts</source>
        <translation>数据库和本次导入中都没有 CRM 客户：计费客户即作为客户</translation>
    </message>
    <message>
        <source>%1 customer(s)/organisation(s) without an account; their rows are held until matched:</source>
        <translation>%1 个客户/组织尚无对应客户；其数据行暂存，待匹配后导入：</translation>
    </message>
    <message>
        <source>  ... and %1 more (revalign match list)</source>
        <translation>  ……另有 %1 个（revalign match list）</translation>
    </message>
    <message>
        <source>  %1:%2 &quot;%3&quot; %4 %5, %6 row(s) held%7</source>
        <translation>  %1:%2 &quot;%3&quot; %4 %5，暂存 %6 行%7</translation>
    </message>
    <message>
        <source> — could be %1</source>
        <translation> — 可能是 %1</translation>
    </message>
    <message>
        <source>match one with: revalign match confirm SOURCE:ID ACCOUNT_ID, then import again</source>
        <translation>匹配方法：revalign match confirm SOURCE:ID ACCOUNT_ID，然后重新导入</translation>
    </message>
    <message>
        <source>--date-order is dmy or mdy, not &apos;%1&apos;</source>
        <translation>--date-order 应为 dmy 或 mdy，而不是“%1”</translation>
    </message>
    <message>
        <source>nothing new or changed: the store already holds every row of these exports</source>
        <translation>没有新增或变更：数据库已包含这些导出文件的所有行</translation>
    </message>
    <message>
        <source>list, show, export or import the mappings of exports</source>
        <translation>列出、查看、导出或导入导出文件的字段映射</translation>
    </message>
    <message>
        <source>list | show NAME | export NAME [FILE] | import FILE</source>
        <translation>list | show 名称 | export 名称 [文件] | import 文件</translation>
    </message>
    <message>
        <source>mapping takes: list | show NAME | export NAME [FILE] | import FILE (see revalign mapping --help)</source>
        <translation>mapping 的用法：list | show 名称 | export 名称 [文件] | import 文件（参见 revalign mapping --help）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>saved mapping %1 (%2); import with: revalign import --from %1 FILE...</source>
        <translation>已保存映射 %1（%2）；导入方法：revalign import --from %1 文件...</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>becomes</source>
        <translation>转换为</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>saved in the store</source>
        <translation>保存在数据库中</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>no mapping &apos;%1&apos; (known: %2)</source>
        <translation>没有映射“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>list, confirm or reject account matches of imported exports</source>
        <translation>列出、确认或拒绝已导入导出文件的客户匹配</translation>
    </message>
    <message>
        <source>list | confirm SOURCE:ID ACCOUNT_ID | reject SOURCE:ID ACCOUNT_ID</source>
        <translation>list | confirm 来源:ID 客户ID | reject 来源:ID 客户ID</translation>
    </message>
    <message>
        <source>list: every match, not only the unmatched and ambiguous ones.</source>
        <translation>list：列出所有匹配，而不仅是未匹配和有歧义的。</translation>
    </message>
    <message>
        <source>match takes: list [--all] | confirm SOURCE:ID ACCOUNT_ID | reject SOURCE:ID ACCOUNT_ID</source>
        <translation>match 的用法：list [--all] | confirm 来源:ID 客户ID | reject 来源:ID 客户ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: expected SOURCE:ID, e.g. stripe:cus_123 (see revalign match list)</source>
        <translation>“%1”：应为 来源:ID，例如 stripe:cus_123（参见 revalign match list）</translation>
    </message>
    <message>
        <source>%1 is %2 from now on; import the exports again to bring in its held rows</source>
        <translation>%1 今后将对应 %2；请重新导入导出文件以导入其暂存的行</translation>
    </message>
    <message>
        <source>%1 will never be matched to %2</source>
        <translation>%1 将不会再与 %2 匹配</translation>
    </message>
    <message>
        <source>party</source>
        <translation>来源方</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>held rows / candidates</source>
        <translation>暂存行数 / 候选</translation>
    </message>
    <message>
        <source>%1 — could be %2</source>
        <translation>%1 — 可能是 %2</translation>
    </message>
    <message>
        <source>no billing customers or ticket organisations imported yet</source>
        <translation>尚未导入计费客户或工单组织</translation>
    </message>
    <message>
        <source>every billing customer and organisation has an account</source>
        <translation>每个计费客户和组织都已有对应客户</translation>
    </message>
    <message>
        <source>  %1, JSON records; dates: %2; time zone: %3</source>
        <translation>  %1，JSON 记录；日期：%2；时区：%3</translation>
    </message>
</context>
<context>
    <name>ra::ConnectTeamDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connect to team store</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <source>A PostgreSQL URI or service=NAME. Passwords come from ~/.pgpass, PGPASSWORD or the service file; RevAlign never stores them.</source>
        <translation>PostgreSQL URI 或 service=NAME。密码来自 ~/.pgpass、PGPASSWORD 或服务文件；RevAlign 从不保存密码。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>已以 %2 身份连接到 %1。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Enter a postgresql:// URI or service=NAME.</source>
        <translation>请输入 postgresql:// URI 或 service=NAME。</translation>
    </message>
</context>
<context>
    <name>ra::Csv</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>读取错误：%1</translation>
    </message>
    <message>
        <source>a record longer than %1 MiB; is this really a CSV bundle file?</source>
        <translation>记录超过 %1 MiB；这真的是数据包中的 CSV 文件吗？</translation>
    </message>
    <message>
        <source>unterminated quoted field (a &apos;&quot;&apos; opened on this record is never closed)</source>
        <translation>引号字段未结束（本记录中打开的“&quot;”始终没有闭合）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ra::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Double-click an account to show the whole dashboard for its persona and segment.</source>
        <translation>双击客户，即可查看其买家画像和细分市场的完整仪表盘。</translation>
    </message>
    <message>
        <source>Accounts at risk</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <source>White space: product adoption by segment</source>
        <translation>空白机会：各细分市场的产品采用率</translation>
    </message>
    <message>
        <source>MRR at risk and seat utilisation (12 months)</source>
        <translation>风险 MRR 与席位使用率（12 个月）</translation>
    </message>
    <message>
        <source>Account health is defined for whole months (month, quarter, year) without a channel filter, on a store with revenue.</source>
        <translation>客户健康度仅适用于整月期间（月、季度、年）、未按渠道筛选且数据库中有收入数据的情况。</translation>
    </message>
</context>
<context>
    <name>ra::DataQualityPage</name>
    <message>
        <source>Findings: rows the KPIs leave out or treat specially</source>
        <translation>发现：指标排除或特殊处理的数据行</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>导入日志</translation>
    </message>
    <message>
        <source>Rejected rows of the last imports</source>
        <translation>最近几次导入中被拒绝的行</translation>
    </message>
    <message>
        <source>The data-quality checks have not run yet for this store.</source>
        <translation>尚未对该数据库运行数据质量检查。</translation>
    </message>
    <message>
        <source>Open or import a store to see its data quality.</source>
        <translation>打开或导入数据库以查看其数据质量。</translation>
    </message>
    <message>
        <source>%1 rows to look at across %2 checks. Counts cover the whole store, whatever the period and filters.</source>
        <translation>%2 项检查中共有 %1 行需要查看。计数覆盖整个数据库，不受期间和筛选影响。</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>The data-quality checks could not run: %1</source>
        <translation>无法运行数据质量检查：%1</translation>
    </message>
</context>
<context>
    <name>ra::DateFormat</name>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <translation>yy年M月</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>ra::Demo</name>
    <message>
        <source>the demo was cancelled</source>
        <translation>演示数据生成已取消</translation>
    </message>
    <message>
        <source>the demo needs a valid end date</source>
        <translation>演示数据需要有效的结束日期</translation>
    </message>
    <message>
        <source>the number of leads must be between %1 and %2</source>
        <translation>线索数量必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 以只读方式打开</translation>
    </message>
    <message>
        <source>%1 already holds data; use --force to replace it with the demo</source>
        <translation>%1 中已有数据；如需用演示数据替换，请使用 --force</translation>
    </message>
</context>
<context>
    <name>ra::DemoStoreService</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ra::ExportImportService</name>
    <message>
        <source>The import was cancelled; the store is unchanged.</source>
        <translation>导入已取消；数据库未被修改。</translation>
    </message>
</context>
<context>
    <name>ra::ExportImportWizard</name>
    <message>
        <source>Import exports</source>
        <translation>导入导出文件</translation>
    </message>
    <message>
        <source>Exports to import</source>
        <translation>要导入的导出文件</translation>
    </message>
    <message>
        <source>Export files and folders</source>
        <translation>导出文件和文件夹</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Recognise each file</source>
        <translation>自动识别每个文件</translation>
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
        <translation>UTC（例如 Europe/Berlin：不带时区偏移的日期时间所用的时区）</translation>
    </message>
    <message>
        <source>From the data</source>
        <translation>根据数据判断</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>日在前（31/12/2026）</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>月在前（12/31/2026）</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Dates like 3/4/2026:</source>
        <translation>形如 3/4/2026 的日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Export files</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>Folder of exports</source>
        <translation>导出文件所在文件夹</translation>
    </message>
    <message>
        <source>What would be imported</source>
        <translation>将导入的内容</translation>
    </message>
    <message>
        <source>A dry run: nothing is written yet. Every row is imported, unchanged, rejected (with its line), held until its account is matched, or skipped with a reason.</source>
        <translation>试运行：尚未写入任何数据。每一行都会被导入、保持不变、被拒绝（附行号）、暂存至匹配到客户，或被跳过（附原因）。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>暂存</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>拒绝记录</translation>
    </message>
    <message>
        <source>Customer / organisation</source>
        <translation>来源客户 / 组织</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rows held</source>
        <translation>暂存行数</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Without an account</source>
        <translation>未匹配客户</translation>
    </message>
    <message>
        <source>&amp;Confirm the chosen account</source>
        <translation>确认所选客户(&amp;C)</translation>
    </message>
    <message>
        <source>Rejections (file:line:column: reason):</source>
        <translation>拒绝记录（文件:行:列: 原因）：</translation>
    </message>
    <message>
        <source>Customers and organisations without an account (never guessed):</source>
        <translation>未匹配到客户的来源客户和组织（不会自动猜测）：</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Reading the exports…</source>
        <translation>正在读取导出文件…</translation>
    </message>
    <message>
        <source>Importing… Cancel leaves the store as it was.</source>
        <translation>正在导入…取消后数据库将保持原样。</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>无法导入任何数据：%1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>已跳过 %1</translation>
    </message>
    <message>
        <source>No rejections.</source>
        <translation>无拒绝记录。</translation>
    </message>
    <message>
        <source>(leave unmatched)</source>
        <translation>（暂不匹配）</translation>
    </message>
    <message>
        <source>%1 file(s) recognised; %2 row(s) rejected, %3 held. Next imports the rest.</source>
        <translation>已识别 %1 个文件；拒绝 %2 行，暂存 %3 行。点击“下一步”导入其余数据。</translation>
    </message>
    <message>
        <source>Choose an account for this row first.</source>
        <translation>请先为此行选择客户。</translation>
    </message>
    <message>
        <source>Cancelled: the store is unchanged.</source>
        <translation>已取消：数据库未被修改。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Imported %1 row(s); %2 rejected, %3 held until matched. The dashboard reloads.</source>
        <translation>已导入 %1 行；拒绝 %2 行，暂存 %3 行待匹配。仪表盘将重新加载。</translation>
    </message>
    <message>
        <source>HubSpot, Salesforce, Stripe or Zendesk exports as they are (Zendesk&apos;s JSON too), or any CRM&apos;s CSV: its columns are mapped on the next page. Into: %1</source>
        <translation>HubSpot、Salesforce、Stripe 或 Zendesk 的原始导出文件（包括 Zendesk 的 JSON），或任何 CRM 的 CSV：其列在下一页映射。导入到：%1</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>导出文件 (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ra::ExportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What each file was recognised as, and which of its columns feed RevAlign&apos;s. Change a column to adjust a mapping; a file nothing fits is mapped here. On the right: the first 20 rows as they will be imported.</source>
        <translation>每个文件被识别为什么，以及它的哪些列填入 RevAlign 的列。更改某一列即可调整映射；无法识别的文件在此映射。右侧：前 20 行导入后的样子。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows become</source>
        <translation>各行导入为</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户账户</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS 答卷</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>保存映射(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Rows become:</source>
        <translation>各行导入为(&amp;R)：</translation>
    </message>
    <message>
        <source>RevAlign column</source>
        <translation>RevAlign 列</translation>
    </message>
    <message>
        <source>From the file&apos;s column</source>
        <translation>来自文件的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>The first rows as they will be imported</source>
        <translation>前几行导入后的样子</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少的内容</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Mapping for %1 (letters, digits, &apos;-&apos;; the name of a saved or shipped mapping replaces it):</source>
        <translation>%1 的映射（字母、数字、&apos;-&apos;；与已保存或内置映射同名时将替换它）：</translation>
    </message>
    <message>
        <source>Reading the first rows of each file…</source>
        <translation>正在读取每个文件的前几行…</translation>
    </message>
    <message>
        <source>%1 — %2 (%3%)</source>
        <translation>%1 — %2（%3%）</translation>
    </message>
    <message>
        <source>%1 — not recognised: map its columns</source>
        <translation>%1 — 无法识别：请映射其列</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>已读取 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Required: every row needs it</source>
        <translation>必填：每一行都需要</translation>
    </message>
    <message>
        <source>Source column for %1</source>
        <translation>%1 的来源列</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No file can be read.</source>
        <translation>没有可读取的文件。</translation>
    </message>
    <message>
        <source>Required columns not mapped: %1.</source>
        <translation>未映射的必填列：%1。</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message numerus="yes">
        <source>Every required column is mapped; the first %n row(s) would all be imported.</source>
        <translation>
            <numerusform>所有必填列均已映射；前 %n 行都将被导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every required column is mapped; %1 of the first %2 rows would be rejected (the red cells say why).</source>
        <translation>所有必填列均已映射；前 %2 行中有 %1 行将被拒绝（红色单元格说明原因）。</translation>
    </message>
    <message>
        <source>Not recognised: skipped unless you map it (it was found in a folder).</source>
        <translation>无法识别：除非映射，否则将跳过（它位于文件夹中）。</translation>
    </message>
    <message>
        <source>Still to map: %1.</source>
        <translation>仍需映射：%1。</translation>
    </message>
    <message>
        <source>No file to take the mapping from.</source>
        <translation>没有可用于生成映射的文件。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved the mapping &quot;%1&quot; in the store: the next import recognises files like %2 by it (revalign mapping list shows it).</source>
        <translation>映射“%1”已保存到数据库：下次导入时将据此识别类似 %2 的文件（revalign mapping list 可列出它）。</translation>
    </message>
    <message>
        <source>A short name of the system the files come from: their ids become NAME:ID, the same for every file mapped here, so a deal finds its account.</source>
        <translation>文件来源系统的简短名称：其 ID 变为 名称:ID，在此映射的每个文件都相同，这样商机才能找到对应的客户账户。</translation>
    </message>
    <message>
        <source>&amp;Ids from:</source>
        <translation>ID 来源(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>ra::ExportValuesPage</name>
    <message>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <source>What the values of category columns become in RevAlign. The values are those of the file&apos;s first 5,000 rows; in a text column a value not listed is kept as it is, in a fixed list of values it is rejected.</source>
        <translation>分类列的值在 RevAlign 中对应什么。这些值取自文件的前 5,000 行；文本列中未列出的值保持原样，固定取值列表中未列出的值将被拒绝。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>RevAlign column</source>
        <translation>RevAlign 列</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>对应为</translation>
    </message>
    <message>
        <source>Value maps</source>
        <translation>值映射</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>保存映射(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 becomes</source>
        <translation>%1 对应为</translation>
    </message>
    <message>
        <source>(reject the row)</source>
        <translation>（拒绝该行）</translation>
    </message>
    <message>
        <source>No category column is mapped: nothing to do here.</source>
        <translation>未映射任何分类列：此处无需操作。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) listed.</source>
        <translation>
            <numerusform>列出了 %n 个值。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::Exports</name>
    <message>
        <source>%1 report footer line(s) skipped</source>
        <translation>已跳过报表页脚 %1 行</translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is in no import and not in the store; left empty</source>
        <translation>%1：%2“%3”既不在任何导入中，也不在数据库中；留空</translation>
    </message>
    <message>
        <source>%1: mapping %2 names no bundle table &apos;%3&apos;</source>
        <translation>%1：映射 %2 指定的数据包表“%3”不存在</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>日在前</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>月在前</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>cannot read mapping %1: %2</source>
        <translation>无法读取映射 %1：%2</translation>
    </message>
    <message>
        <source>--from %1: not auto, %2, a mapping name or a mapping file</source>
        <translation>--from %1：不是 auto、%2、映射名称或映射文件</translation>
    </message>
    <message>
        <source>%1: no column for %2 (looked for %3)</source>
        <translation>%1：没有 %2 对应的列（查找了 %3）</translation>
    </message>
    <message>
        <source>%1: mapping %2 has no column for %3</source>
        <translation>%1：映射 %2 没有 %3 对应的列</translation>
    </message>
    <message>
        <source>%1, decided from the data</source>
        <translation>%1，根据数据判断</translation>
    </message>
    <message>
        <source>ISO (year first)</source>
        <translation>ISO（年在前）</translation>
    </message>
    <message>
        <source>UTC (assumed; give --timezone with the tool&apos;s time zone)</source>
        <translation>UTC（假定；请用 --timezone 指定该工具的时区）</translation>
    </message>
    <message>
        <source>datetimes without an offset taken as UTC: give --timezone with the account&apos;s time zone</source>
        <translation>不带时差的日期时间按 UTC 处理：请用 --timezone 指定该账号的时区</translation>
    </message>
    <message>
        <source>%1: not a known export (first columns %2; closest: %3, %4% of its identifying columns)</source>
        <translation>%1：不是已知的导出文件（前几列 %2；最接近：%3，具备其 %4% 的识别列）</translation>
    </message>
    <message>
        <source>--sal-from: %1 has no column &quot;%2&quot;</source>
        <translation>--sal-from：%1 没有“%2”列</translation>
    </message>
    <message>
        <source>--timezone %1: not a known time zone (an IANA name such as Europe/Berlin)</source>
        <translation>--timezone %1：不是已知时区（应为 IANA 名称，如 Asia/Shanghai）</translation>
    </message>
    <message>
        <source>none of the files is a known export: %1</source>
        <translation>没有一个文件是已知的导出文件：%1</translation>
    </message>
    <message>
        <source>%1: no header line</source>
        <translation>%1：没有标题行</translation>
    </message>
    <message>
        <source>%1 (line %2: %3)</source>
        <translation>%1（第 %2 行：%3）</translation>
    </message>
    <message>
        <source>cannot create a scratch folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>the import is committed, but the account matches could not be saved: %1</source>
        <translation>导入已提交，但客户匹配结果无法保存：%1</translation>
    </message>
    <message>
        <source>%1: not valid %2 text</source>
        <translation>%1：不是有效的 %2 文本</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：没有这个文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: a spreadsheet workbook, not CSV text; save or export it as CSV first</source>
        <translation>%1：这是电子表格工作簿而非 CSV 文本；请先另存或导出为 CSV</translation>
    </message>
    <message>
        <source>%1: a UTF-16 file over 256 MiB; export it as UTF-8</source>
        <translation>%1：超过 256 MiB 的 UTF-16 文件；请导出为 UTF-8</translation>
    </message>
    <message>
        <source>%1: binary data or UTF-16 without a byte-order mark, not CSV text</source>
        <translation>%1：二进制数据或不带字节顺序标记的 UTF-16，不是 CSV 文本</translation>
    </message>
    <message>
        <source>Windows-1252 (assumed: the bytes are not UTF-8)</source>
        <translation>Windows-1252（假定：字节不是 UTF-8）</translation>
    </message>
    <message>
        <source>%1: over 64 MiB and not UTF-8; export it as UTF-8 (large files are not converted)</source>
        <translation>%1：超过 64 MiB 且不是 UTF-8；请导出为 UTF-8（大文件不做转换）</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (rows, customers, subscriptions, invoices, tickets)</source>
        <translation>未知类型“%1”（rows、customers、subscriptions、invoices、tickets）</translation>
    </message>
    <message>
        <source>columns[%1]: unknown member &apos;%2&apos;</source>
        <translation>columns[%1]：未知成员“%2”</translation>
    </message>
    <message>
        <source>columns[%1]: &apos;to&apos; is missing</source>
        <translation>columns[%1]：缺少“to”</translation>
    </message>
    <message>
        <source>columns[%1]: unknown rule &apos;%2&apos;</source>
        <translation>columns[%1]：未知规则“%2”</translation>
    </message>
    <message>
        <source>%1: not a mapping (JSON error at offset %2: %3)</source>
        <translation>%1：不是映射文件（偏移 %2 处 JSON 错误：%3）</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be 1 (the only mapping format this RevAlign reads)</source>
        <translation>“format”必须为 1（本版 RevAlign 唯一能读取的映射格式）</translation>
    </message>
    <message>
        <source>&apos;name&apos; and &apos;source&apos; are required</source>
        <translation>“name”和“source”为必填项</translation>
    </message>
    <message>
        <source>&apos;table&apos; (the bundle table the rows become) is required</source>
        <translation>“table”（这些行要转换成的数据包表）为必填项</translation>
    </message>
    <message>
        <source>&apos;dateOrder&apos; is auto, mdy or dmy, not &apos;%1&apos;</source>
        <translation>“dateOrder”应为 auto、mdy 或 dmy，而不是“%1”</translation>
    </message>
    <message>
        <source>&apos;columns&apos; is missing or empty</source>
        <translation>“columns”缺失或为空</translation>
    </message>
    <message>
        <source>%1: no customer id column</source>
        <translation>%1：没有客户 ID 列</translation>
    </message>
    <message>
        <source>%1: a %2 export needs a %3 column</source>
        <translation>%1：%2 导出文件需要 %3 列</translation>
    </message>
    <message>
        <source>no %1 party &apos;%2&apos; has been imported (see revalign match list --all)</source>
        <translation>尚未导入 %1 的来源方“%2”（参见 revalign match list --all）</translation>
    </message>
    <message>
        <source>no account &apos;%1&apos; in the store</source>
        <translation>数据库中没有客户“%1”</translation>
    </message>
    <message>
        <source>%1 (not revenue)</source>
        <translation>%1（不是收入）</translation>
    </message>
    <message>
        <source>ended in the month it started (no full month of revenue)</source>
        <translation>在开始当月即结束（不足一个完整月的收入）</translation>
    </message>
    <message>
        <source>not a paid subscription invoice</source>
        <translation>不是已支付的订阅账单</translation>
    </message>
    <message>
        <source>a subscriptions export is imported too, and revenue comes from it</source>
        <translation>同时导入了订阅导出文件，收入以其为准</translation>
    </message>
    <message>
        <source>%1 row(s) skipped: %2</source>
        <translation>已跳过 %1 行：%2</translation>
    </message>
    <message>
        <source>record %1 skipped: %2</source>
        <translation>已跳过记录 %1：%2</translation>
    </message>
    <message>
        <source>%1 more record(s) skipped</source>
        <translation>另有 %1 条记录被跳过</translation>
    </message>
    <message>
        <source>no .csv, .tsv, .txt or .json files in %1</source>
        <translation>%1 中没有 .csv、.tsv、.txt 或 .json 文件</translation>
    </message>
    <message>
        <source>not a ticket (%1)</source>
        <translation>不是工单（%1）</translation>
    </message>
    <message>
        <source>an older version of ticket %1 (record %2 is the latest)</source>
        <translation>工单 %1 的旧版本（记录 %2 为最新）</translation>
    </message>
    <message>
        <source>deleted in Zendesk</source>
        <translation>已在 Zendesk 中删除</translation>
    </message>
    <message>
        <source>%1: JSON without tickets (Zendesk&apos;s ticket export is read: one ticket per line, or pages with a &quot;tickets&quot; list)</source>
        <translation>%1：不含工单的 JSON（可读取 Zendesk 的工单导出：每行一个工单，或带有“tickets”列表的分页）</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>无法创建临时文件：%1</translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation>无法写入临时文件：%1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>columns[%1]: &apos;others&apos; is keep or reject, not &apos;%2&apos;</source>
        <translation>columns[%1]：&apos;others&apos; 应为 keep 或 reject，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a mapping needs a name and a source of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>映射需要由字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos; 组成的名称和来源</translation>
    </message>
    <message>
        <source>required columns not mapped: %1</source>
        <translation>未映射的必填列：%1</translation>
    </message>
    <message>
        <source>%1: no column &quot;%2&quot; in the file</source>
        <translation>%1：文件中没有“%2”列</translation>
    </message>
    <message>
        <source>not one of %1</source>
        <translation>不在 %1 之中</translation>
    </message>
    <message>
        <source>%1 fills the sales-accepted stage: SLA compliance and breaches are computed (sal_stage_tracked is now yes)</source>
        <translation>%1 提供了销售接受（SAL）阶段：将计算 SLA 达成率和 SLA 违约数（sal_stage_tracked 现为 yes）</translation>
    </message>
    <message>
        <source>%1 has no sales-accepted stage: SLA compliance and breaches are shown as not tracked; choose a column for it in the import wizard (or --sal-from), or set sal_stage_tracked</source>
        <translation>%1 没有销售接受（SAL）阶段：SLA 达成率和 SLA 违约数显示为未跟踪；请在导入向导中为其选择一列（或使用 --sal-from），或设置 sal_stage_tracked</translation>
    </message>
    <message>
        <source>the import is committed, but sal_stage_tracked could not be set: %1</source>
        <translation>导入已提交，但无法设置 sal_stage_tracked：%1</translation>
    </message>
</context>
<context>
    <name>ra::FilterBar</name>
    <message>
        <source>Persona</source>
        <translation>买家画像</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>买家画像(&amp;P)：</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>细分市场(&amp;G)：</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>渠道(&amp;N)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear every filter (Esc)</source>
        <translation>清除所有筛选（Esc）</translation>
    </message>
    <message>
        <source>Show everything (Esc)</source>
        <translation>显示全部（Esc）</translation>
    </message>
    <message>
        <source>%1 is %2 — click to remove</source>
        <translation>%1 为 %2 — 点击移除</translation>
    </message>
    <message>
        <source>Remove %1 filter %2</source>
        <translation>移除%1筛选 %2</translation>
    </message>
</context>
<context>
    <name>ra::Health</name>
    <message>
        <source>low utilisation</source>
        <translation>席位使用率低</translation>
    </message>
    <message>
        <source>usage drop</source>
        <translation>使用量下降</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>poor service</source>
        <translation>服务不佳</translation>
    </message>
    <message>
        <source>contraction</source>
        <translation>收缩</translation>
    </message>
</context>
<context>
    <name>ra::HealthReport</name>
    <message>
        <source>(no segment)</source>
        <translation>（无细分市场）</translation>
    </message>
    <message>
        <source>No account was flagged at risk in the twelve months before, so the warning cannot be measured yet.</source>
        <translation>此前十二个月内没有客户被标记为有风险，因此暂时无法衡量预警效果。</translation>
    </message>
    <message>
        <source>None of the accounts that were not flagged churned in the twelve months before, so the warning cannot be compared yet.</source>
        <translation>此前十二个月内未被标记的客户均未流失，因此暂时无法进行对比。</translation>
    </message>
    <message>
        <source>Accounts flagged at risk churned %1 as often as the others in the last twelve months.</source>
        <translation>过去十二个月中，被标记为有风险的客户流失频率是其他客户的 %1 倍。</translation>
    </message>
    <message>
        <source>No month is known three months on yet.</source>
        <translation>暂无已满三个月可供检验的月份。</translation>
    </message>
    <message>
        <source>Months %1 to %2, each checked three months on: %3 of %4 flagged accounts churned (%5), %6 of %7 others (%8).</source>
        <translation>%1 至 %2 各月均在三个月后检验：被标记客户中 %4 家有 %3 家流失（%5），其他客户中 %7 家有 %6 家流失（%8）。</translation>
    </message>
    <message>
        <source>%1 of %2 seats used (%3)</source>
        <translation>已使用 %2 个席位中的 %1 个（%3）</translation>
    </message>
    <message>
        <source>active users %1 → %2 in three months</source>
        <translation>三个月内活跃用户 %1 → %2</translation>
    </message>
    <message>
        <source>NPS %1 on %2</source>
        <translation>%2 NPS 评分 %1</translation>
    </message>
    <message>
        <source>ticket open since %1</source>
        <translation>工单自 %1 起未解决</translation>
    </message>
    <message>
        <source>ticket rated %1 on %2</source>
        <translation>%2 工单评分 %1</translation>
    </message>
    <message>
        <source>MRR %1 → %2</source>
        <translation>MRR %1 → %2</translation>
    </message>
    <message>
        <source>Account health is defined for whole months (month, quarter, year) without a channel filter, on a store with revenue.
</source>
        <translation>客户健康度仅适用于整月期间（月、季度、年）、未按渠道筛选且数据库中有收入数据的情况。
</translation>
    </message>
    <message>
        <source>Accounts at risk in %1 (%2 or more of the five signals): %3

</source>
        <translation>%1 的风险客户（五项信号中满足 %2 项或以上）：%3

</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>买家画像</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>White space is defined for whole months (month, quarter, year) without a channel filter, on a store with revenue.
</source>
        <translation>空白机会分析仅适用于整月期间（月、季度、年）、未按渠道筛选且数据库中有收入数据的情况。
</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 家中 %1 家</translation>
    </message>
    <message>
        <source> (fewer than 3 have it)</source>
        <translation>（采用客户少于 3 家）</translation>
    </message>
    <message>
        <source>Products × segments in %1

</source>
        <translation>%1 的产品 × 细分市场

</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Have it</source>
        <translation>已采用</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>采用率</translation>
    </message>
    <message>
        <source>Median MRR</source>
        <translation>中位 MRR</translation>
    </message>
    <message>
        <source>Without it</source>
        <translation>未采用</translation>
    </message>
    <message>
        <source>
Top gaps (%1 of %2)

</source>
        <translation>
最大空白机会（%2 项中的 %1 项）

</translation>
    </message>
    <message>
        <source>Potential MRR</source>
        <translation>潜在 MRR</translation>
    </message>
    <message>
        <source>Peers with it</source>
        <translation>已采用的同类客户</translation>
    </message>
</context>
<context>
    <name>ra::Import</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 是文件，不是文件夹</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>bundle folder %1 does not exist</source>
        <translation>数据包文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a readable folder</source>
        <translation>%1 不是可读取的文件夹</translation>
    </message>
    <message>
        <source>%1 has no accounts.csv (the one file every bundle needs)</source>
        <translation>%1 中没有 accounts.csv（每个数据包都必须有的文件）</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>import cancelled; the store is unchanged</source>
        <translation>导入已取消；数据库未被修改</translation>
    </message>
    <message>
        <source>the import was not saved: %1</source>
        <translation>导入未保存：%1</translation>
    </message>
    <message>
        <source>%1 is empty (it needs at least a header row)</source>
        <translation>%1 为空（至少需要一行标题）</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; ignored</source>
        <translation>已忽略未知列“%1”</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice; the first one is used</source>
        <translation>列“%1”出现了两次；使用第一列</translation>
    </message>
    <message>
        <source>%1: missing required column &apos;%2&apos;; the file is rejected and nothing was imported</source>
        <translation>%1：缺少必需列“%2”；该文件被拒绝，未导入任何数据</translation>
    </message>
    <message>
        <source> (it looks like &apos;;&apos;-separated: bundle files use &apos;,&apos;)</source>
        <translation>（看起来是以“;”分隔的：数据包文件使用“,”）</translation>
    </message>
    <message>
        <source>%1 before %2 (imported; left out of durations)</source>
        <translation>%1 早于 %2（已导入；不计入时长）</translation>
    </message>
    <message>
        <source>cannot read the keys of %1: %2</source>
        <translation>无法读取 %1 的键：%2</translation>
    </message>
</context>
<context>
    <name>ra::ImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>A bundle is a folder of CSV files (accounts.csv, leads.csv, …). Rows already in the store are updated; nothing is lost if the import is cancelled.
Into: %1</source>
        <translation>数据包是一个包含 CSV 文件的文件夹（accounts.csv、leads.csv 等）。数据库中已有的行会被更新；取消导入不会丢失任何数据。
导入到：%1</translation>
    </message>
    <message>
        <source>Choose the bundle folder…</source>
        <translation>选择数据包文件夹…</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>选择文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Dry run per file</source>
        <translation>按文件试运行</translation>
    </message>
    <message>
        <source>Choose a folder to see what would be imported.</source>
        <translation>选择文件夹以查看将导入的内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Bundle folder</source>
        <translation>数据包文件夹</translation>
    </message>
    <message>
        <source>Checking the bundle (dry run)…</source>
        <translation>正在检查数据包（试运行）…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 rows accepted, %2 rejected.</source>
        <translation>已接受 %1 行，拒绝 %2 行。</translation>
    </message>
    <message>
        <source>Dry run: %1 Nothing has been written yet.</source>
        <translation>试运行：%1 尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported: %1 The dashboard is reloading.</source>
        <translation>已导入：%1 仪表盘正在重新加载。</translation>
    </message>
</context>
<context>
    <name>ra::ImportLogModel</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝行数</translation>
    </message>
</context>
<context>
    <name>ra::ImportService</name>
    <message>
        <source>Checking… %1%</source>
        <translation>正在检查… %1%</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>正在导入… %1%</translation>
    </message>
    <message>
        <source>The import was cancelled; the store is unchanged.</source>
        <translation>导入已取消；数据库未被修改。</translation>
    </message>
    <message>
        <source>Building the team store&apos;s keys and indexes…</source>
        <translation>正在构建团队数据库的键和索引…</translation>
    </message>
    <message>
        <source>Sending the changes to the team store…</source>
        <translation>正在将更改发送到团队数据库…</translation>
    </message>
    <message>
        <source>Saving the team&apos;s numbers for first reads on other laptops…</source>
        <translation>正在保存团队的数据，供其他笔记本电脑首次读取…</translation>
    </message>
</context>
<context>
    <name>ra::Kpi</name>
    <message>
        <source>Leads created</source>
        <translation>新增线索</translation>
    </message>
    <message>
        <source>Leads that became a known contact in the period.</source>
        <translation>本期成为已知联系人的线索。</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQL 数</translation>
    </message>
    <message>
        <source>Leads that became marketing qualified in the period.</source>
        <translation>本期成为市场认可线索（MQL）的线索。</translation>
    </message>
    <message>
        <source>SALs</source>
        <translation>SAL 数</translation>
    </message>
    <message>
        <source>Leads that sales accepted in the period.</source>
        <translation>本期被销售接收的线索。</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQL 数</translation>
    </message>
    <message>
        <source>Leads that became sales qualified in the period.</source>
        <translation>本期成为销售认可线索（SQL）的线索。</translation>
    </message>
    <message>
        <source>MQL → SAL</source>
        <translation>MQL → SAL</translation>
    </message>
    <message>
        <source>Of the period&apos;s MQLs, the share that sales has accepted.</source>
        <translation>本期 MQL 中被销售接收的比例。</translation>
    </message>
    <message>
        <source>SAL → SQL</source>
        <translation>SAL → SQL</translation>
    </message>
    <message>
        <source>Of the period&apos;s SALs, the share that became sales qualified.</source>
        <translation>本期 SAL 中成为 SQL 的比例。</translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation>MQL → SQL</translation>
    </message>
    <message>
        <source>Of the period&apos;s MQLs, the share that became sales qualified.</source>
        <translation>本期 MQL 中成为 SQL 的比例。</translation>
    </message>
    <message>
        <source>SQL → won</source>
        <translation>SQL → 赢单</translation>
    </message>
    <message>
        <source>Of the period&apos;s SQLs, the share with a won opportunity.</source>
        <translation>本期 SQL 中有赢单商机的比例。</translation>
    </message>
    <message>
        <source>MQL acceptance time</source>
        <translation>MQL 接收时长</translation>
    </message>
    <message>
        <source>Median hours from MQL to sales acceptance, for the period&apos;s MQLs.</source>
        <translation>本期 MQL 从成为 MQL 到被销售接收的小时数中位数。</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA 达成率</translation>
    </message>
    <message>
        <source>Share of the period&apos;s decided MQLs that sales accepted within the SLA hours.</source>
        <translation>本期已处理的 MQL 中，销售在 SLA 时限内接收的比例。</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA 违约数</translation>
    </message>
    <message>
        <source>MQLs of the period accepted late, or not accepted and already past the SLA.</source>
        <translation>本期接收超时，或尚未接收且已超过 SLA 的 MQL。</translation>
    </message>
    <message>
        <source>Feedback rate</source>
        <translation>反馈率</translation>
    </message>
    <message>
        <source>Of the period&apos;s SALs, the share given an outcome (SQL or disqualified) within the feedback days.</source>
        <translation>本期 SAL 中在反馈天数内得到结果（SQL 或不合格）的比例。</translation>
    </message>
    <message>
        <source>Opportunities created</source>
        <translation>新增商机</translation>
    </message>
    <message>
        <source>Opportunities created in the period.</source>
        <translation>本期创建的商机。</translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation>新增商机金额</translation>
    </message>
    <message>
        <source>Total amount of the opportunities created in the period.</source>
        <translation>本期创建的商机总金额。</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Opportunities won in the period.</source>
        <translation>本期赢得的商机。</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>输单数</translation>
    </message>
    <message>
        <source>Opportunities lost in the period.</source>
        <translation>本期丢失的商机。</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Won deals as a share of the deals closed (won or lost) in the period.</source>
        <translation>本期已关闭（赢单或输单）的商机中赢单的比例。</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>平均客单金额</translation>
    </message>
    <message>
        <source>Mean amount of the deals won in the period.</source>
        <translation>本期赢单的平均金额。</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>销售周期</translation>
    </message>
    <message>
        <source>Median days from creation to close of the deals won in the period.</source>
        <translation>本期赢单从创建到关闭的天数中位数。</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>签约额</translation>
    </message>
    <message>
        <source>Total amount of the deals won in the period.</source>
        <translation>本期赢单的总金额。</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>新业务</translation>
    </message>
    <message>
        <source>Amount won in the period from new-business deals.</source>
        <translation>本期来自新业务商机的赢单金额。</translation>
    </message>
    <message>
        <source>Existing business</source>
        <translation>存量业务</translation>
    </message>
    <message>
        <source>Amount won in the period from expansions and renewals of existing customers.</source>
        <translation>本期来自现有客户增购和续约的赢单金额。</translation>
    </message>
    <message>
        <source>Existing-business share</source>
        <translation>存量业务占比</translation>
    </message>
    <message>
        <source>Share of the period&apos;s bookings that came from existing customers.</source>
        <translation>本期签约额中来自现有客户的比例。</translation>
    </message>
    <message>
        <source>Marketing-sourced bookings</source>
        <translation>市场来源签约额</translation>
    </message>
    <message>
        <source>Amount won in the period from deals whose source is marketing.</source>
        <translation>本期来源为市场的商机赢单金额。</translation>
    </message>
    <message>
        <source>Marketing-sourced share</source>
        <translation>市场来源占比</translation>
    </message>
    <message>
        <source>Share of the period&apos;s bookings sourced by marketing.</source>
        <translation>本期签约额中由市场带来的比例。</translation>
    </message>
    <message>
        <source>Marketing-influenced bookings</source>
        <translation>市场影响签约额</translation>
    </message>
    <message>
        <source>Amount won in the period from deals marketing sourced or touched within the influence window.</source>
        <translation>本期由市场带来、或在影响窗口内有市场触达的商机赢单金额。</translation>
    </message>
    <message>
        <source>Marketing-influenced share</source>
        <translation>市场影响占比</translation>
    </message>
    <message>
        <source>Share of the period&apos;s bookings that marketing sourced or influenced.</source>
        <translation>本期签约额中由市场带来或影响的比例。</translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation>期初 MRR</translation>
    </message>
    <message>
        <source>Monthly recurring revenue in the month before the period.</source>
        <translation>本期之前一个月的月度经常性收入。</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Monthly recurring revenue in the period&apos;s last month.</source>
        <translation>本期最后一个月的月度经常性收入。</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>新增 MRR</translation>
    </message>
    <message>
        <source>MRR from accounts paying for the first time in the period.</source>
        <translation>本期首次付费客户带来的 MRR。</translation>
    </message>
    <message>
        <source>Expansion MRR</source>
        <translation>扩展 MRR</translation>
    </message>
    <message>
        <source>MRR added by existing paying accounts that grew.</source>
        <translation>现有付费客户增长带来的 MRR。</translation>
    </message>
    <message>
        <source>Contraction MRR</source>
        <translation>收缩 MRR</translation>
    </message>
    <message>
        <source>MRR lost by paying accounts that shrank.</source>
        <translation>付费客户缩减而减少的 MRR。</translation>
    </message>
    <message>
        <source>Churned MRR</source>
        <translation>流失 MRR</translation>
    </message>
    <message>
        <source>MRR lost by accounts that stopped paying.</source>
        <translation>停止付费的客户流失的 MRR。</translation>
    </message>
    <message>
        <source>Reactivation MRR</source>
        <translation>重新激活 MRR</translation>
    </message>
    <message>
        <source>MRR from former customers who started paying again.</source>
        <translation>重新开始付费的老客户带来的 MRR。</translation>
    </message>
    <message>
        <source>Customers at start</source>
        <translation>期初客户数</translation>
    </message>
    <message>
        <source>Paying accounts in the month before the period.</source>
        <translation>本期之前一个月的付费客户数。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Paying accounts in the period&apos;s last month.</source>
        <translation>本期最后一个月的付费客户数。</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <source>Accounts paying for the first time in the period.</source>
        <translation>本期首次付费的客户。</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>流失客户数</translation>
    </message>
    <message>
        <source>Times a paying account stopped paying in the period.</source>
        <translation>本期付费客户停止付费的次数。</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>客户流失率</translation>
    </message>
    <message>
        <source>Churned customers as a share of the customers at the start.</source>
        <translation>流失客户数占期初客户数的比例。</translation>
    </message>
    <message>
        <source>Gross revenue churn</source>
        <translation>总收入流失率</translation>
    </message>
    <message>
        <source>Churned and contracted MRR as a share of the MRR at the start.</source>
        <translation>流失及收缩的 MRR 占期初 MRR 的比例。</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>净收入留存率（NRR）</translation>
    </message>
    <message>
        <source>What the start&apos;s paying accounts pay at the end, as a share of what they paid at the start.</source>
        <translation>期初付费客户在期末的付费额占其期初付费额的比例。</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>总收入留存率（GRR）</translation>
    </message>
    <message>
        <source>Like NRR, but no account counts for more than it paid at the start.</source>
        <translation>与 NRR 类似，但每个客户的计入金额不超过其期初付费额。</translation>
    </message>
    <message>
        <source>ARPA (RPU)</source>
        <translation>ARPA（每客户平均收入）</translation>
    </message>
    <message>
        <source>Average MRR per paying account at the end of the period.</source>
        <translation>期末每个付费客户的平均 MRR。</translation>
    </message>
    <message>
        <source>Monthly logo churn (12-month mean)</source>
        <translation>月度客户流失率（12 个月均值）</translation>
    </message>
    <message>
        <source>Mean monthly logo churn rate over the 12 months ending with the period.</source>
        <translation>截至本期的 12 个月内月度客户流失率的平均值。</translation>
    </message>
    <message>
        <source>CLV (gross margin)</source>
        <translation>客户终身价值（CLV，按毛利）</translation>
    </message>
    <message>
        <source>ARPA times gross margin, divided by the 12-month mean monthly churn.</source>
        <translation>ARPA 乘以毛利率，再除以 12 个月平均月度流失率。</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>获客成本（CAC）</translation>
    </message>
    <message>
        <source>Marketing and sales spend of the period per new customer.</source>
        <translation>本期市场和销售支出除以新客户数。</translation>
    </message>
    <message>
        <source>CAC payback</source>
        <translation>CAC 回收期</translation>
    </message>
    <message>
        <source>Months of a new customer&apos;s gross-margin MRR needed to repay its CAC.</source>
        <translation>收回新客户获客成本所需的按毛利计 MRR 月数。</translation>
    </message>
    <message>
        <source>CLV : CAC</source>
        <translation>CLV : CAC</translation>
    </message>
    <message>
        <source>Customer lifetime value divided by the cost of acquiring a customer.</source>
        <translation>客户终身价值除以获客成本。</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Service tickets opened in the period.</source>
        <translation>本期新建的服务工单。</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>解决时长</translation>
    </message>
    <message>
        <source>Median hours from opening to resolution of the tickets resolved in the period.</source>
        <translation>本期已解决工单从创建到解决的小时数中位数。</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>客户满意度（CSAT）</translation>
    </message>
    <message>
        <source>Share of the period&apos;s rated resolved tickets rated 4 or 5.</source>
        <translation>本期已评分的已解决工单中评分为 4 或 5 的比例。</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Promoters minus detractors, per hundred survey answers of the period.</source>
        <translation>本期每百份调查回复中推荐者减去贬损者的数量。</translation>
    </message>
    <message>
        <source>Stalled leads</source>
        <translation>停滞线索</translation>
    </message>
    <message>
        <source>MQLs not accepted, and SALs given no outcome, for longer than the stall days.</source>
        <translation>超过停滞天数仍未被接收的 MQL，以及仍无结果的 SAL。</translation>
    </message>
    <message>
        <source>Re-entered leads</source>
        <translation>重复进入线索</translation>
    </message>
    <message>
        <source>Sales or partner leads created shortly after a marketing lead with the same e-mail.</source>
        <translation>在同一电子邮件的市场线索之后不久创建的销售或合作伙伴线索。</translation>
    </message>
    <message>
        <source>Re-entered bookings</source>
        <translation>重复进入线索签约额</translation>
    </message>
    <message>
        <source>Amount won in the period on re-entered leads (credit taken from marketing).</source>
        <translation>本期在重复进入线索上的赢单金额（功劳从市场被拿走）。</translation>
    </message>
    <message>
        <source>Alignment score</source>
        <translation>协同得分</translation>
    </message>
    <message>
        <source>Mean answer (1–10) of the period&apos;s alignment survey.</source>
        <translation>本期协同调查的平均回答（1–10）。</translation>
    </message>
    <message>
        <source>Marketing–sales gap</source>
        <translation>市场与销售差距</translation>
    </message>
    <message>
        <source>Mean difference between marketing&apos;s and sales&apos; answers to the same questions.</source>
        <translation>市场与销售对相同问题回答的平均差异。</translation>
    </message>
    <message>
        <source>Shared KPIs</source>
        <translation>共享指标</translation>
    </message>
    <message>
        <source>Do marketing and sales share KPIs for revenue growth? (mean answer)</source>
        <translation>市场与销售是否共享营收增长指标？（平均回答）</translation>
    </message>
    <message>
        <source>Lead definition</source>
        <translation>线索定义</translation>
    </message>
    <message>
        <source>Is there a clear definition of a lead passed to sales? (mean answer)</source>
        <translation>移交给销售的线索是否有明确定义？（平均回答）</translation>
    </message>
    <message>
        <source>Lead flow defined</source>
        <translation>线索流程已定义</translation>
    </message>
    <message>
        <source>Was the lead flow into the CRM defined together? (mean answer)</source>
        <translation>进入 CRM 的线索流程是否由双方共同定义？（平均回答）</translation>
    </message>
    <message>
        <source>Lead flow working</source>
        <translation>线索流程运转良好</translation>
    </message>
    <message>
        <source>Is the lead flow systematic and working? (mean answer)</source>
        <translation>线索流程是否系统化且运转良好？（平均回答）</translation>
    </message>
    <message>
        <source>Follow-up satisfaction</source>
        <translation>跟进满意度</translation>
    </message>
    <message>
        <source>Are you satisfied with sales follow-up of marketing leads? (mean answer)</source>
        <translation>您对销售跟进市场线索的情况满意吗？（平均回答）</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>协同</translation>
    </message>
    <message>
        <source>Products per customer</source>
        <translation>每客户产品数</translation>
    </message>
    <message>
        <source>Mean number of products a paying account pays for in the period&apos;s last month.</source>
        <translation>付费客户在期间最后一个月平均付费的产品数。</translation>
    </message>
    <message>
        <source>Multi-product customers</source>
        <translation>多产品客户</translation>
    </message>
    <message>
        <source>Share of the paying accounts with two or more products.</source>
        <translation>购买两个或以上产品的付费客户占比。</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Share of the paying accounts with at least one active user in the period&apos;s last month.</source>
        <translation>期间最后一个月至少有一名活跃用户的付费客户占比。</translation>
    </message>
    <message>
        <source>Seat utilisation</source>
        <translation>席位使用率</translation>
    </message>
    <message>
        <source>Active users of the products with known seats, as a share of those seats.</source>
        <translation>已知席位数的产品中，活跃用户数占席位数的比例。</translation>
    </message>
    <message>
        <source>White-space gaps</source>
        <translation>空白机会</translation>
    </message>
    <message>
        <source>Products that at least three accounts of the same segment pay for and an account does not.</source>
        <translation>同一细分市场中至少有三家客户付费购买、而某客户尚未购买的产品。</translation>
    </message>
    <message>
        <source>Expansion potential</source>
        <translation>扩展潜力</translation>
    </message>
    <message>
        <source>Each gap valued at the median MRR its segment&apos;s peers pay for that product.</source>
        <translation>每个空白机会按其细分市场同类客户购买该产品的中位 MRR 计值。</translation>
    </message>
    <message>
        <source>Accounts at risk</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <source>Paying accounts with at least the set number of risk signals (low use, falling use, detractor, poor service, contraction).</source>
        <translation>风险信号数达到设定值的付费客户（使用率低、使用量下降、贬损者、服务不佳、收缩）。</translation>
    </message>
    <message>
        <source>MRR at risk</source>
        <translation>风险 MRR</translation>
    </message>
    <message>
        <source>MRR of the accounts at risk in the period&apos;s last month.</source>
        <translation>期间最后一个月风险客户的 MRR。</translation>
    </message>
    <message>
        <source>Share of MRR at risk</source>
        <translation>风险 MRR 占比</translation>
    </message>
    <message>
        <source>MRR of the accounts at risk as a share of all paying accounts&apos; MRR.</source>
        <translation>风险客户的 MRR 占全部付费客户 MRR 的比例。</translation>
    </message>
    <message>
        <source>Risk warning lift</source>
        <translation>风险预警提升倍数</translation>
    </message>
    <message>
        <source>How many times as often flagged accounts churned within three months as the others, over the last twelve months.</source>
        <translation>过去十二个月中，被标记客户在三个月内流失的频率是其他客户的多少倍。</translation>
    </message>
    <message>
        <source>Existing customers</source>
        <translation>存量客户</translation>
    </message>
</context>
<context>
    <name>ra::KpiFilters</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>ra::KpiFormat</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>No leads have been imported.</source>
        <translation>尚未导入线索。</translation>
    </message>
    <message>
        <source>No opportunities have been imported.</source>
        <translation>尚未导入商机。</translation>
    </message>
    <message>
        <source>No revenue has been imported.</source>
        <translation>尚未导入收入数据。</translation>
    </message>
    <message>
        <source>No revenue or no spend has been imported.</source>
        <translation>尚未导入收入或支出数据。</translation>
    </message>
    <message>
        <source>No tickets or NPS answers have been imported.</source>
        <translation>尚未导入工单或 NPS 回复。</translation>
    </message>
    <message>
        <source>No alignment survey has been imported.</source>
        <translation>尚未导入协同调查。</translation>
    </message>
    <message>
        <source>No data has been imported for this KPI.</source>
        <translation>尚未为该指标导入数据。</translation>
    </message>
    <message>
        <source>Nothing to measure in this period (the count it divides by is zero).</source>
        <translation>本期无可计算的内容（分母为零）。</translation>
    </message>
    <message>
        <source>Defined for whole calendar months only (month, quarter, year).</source>
        <translation>仅对完整的自然月（月、季度、年）有定义。</translation>
    </message>
    <message>
        <source>The selected filter cannot apply to this KPI.</source>
        <translation>所选筛选条件不适用于该指标。</translation>
    </message>
    <message>
        <source>No product usage has been imported.</source>
        <translation>尚未导入产品使用数据。</translation>
    </message>
    <message>
        <source>Not tracked: the CRM has no sales-accepted stage.</source>
        <translation>未跟踪：该 CRM 没有销售接受（SAL）阶段。</translation>
    </message>
</context>
<context>
    <name>ra::KpiPage</name>
    <message>
        <source>Open or import a store to see this page.</source>
        <translation>打开或导入数据库以查看此页面。</translation>
    </message>
</context>
<context>
    <name>ra::KpiTable</name>
    <message>
        <source>on track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>%1 (%2)   previous: %3   as of %4   filters: %5</source>
        <translation>%1（%2）   上期：%3   截至 %4   筛选：%5</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>start MRR</source>
        <translation>期初 MRR</translation>
    </message>
    <message>
        <source>Logo retention</source>
        <translation>客户留存</translation>
    </message>
    <message>
        <source>Revenue retention</source>
        <translation>收入留存</translation>
    </message>
</context>
<context>
    <name>ra::KpiTableModel</name>
    <message>
        <source>On track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ra::KpiTile</name>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>prev. %1</source>
        <translation>上期 %1</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Target %1 · %2</source>
        <translation>目标 %1 · %2</translation>
    </message>
    <message>
        <source>No value: %1</source>
        <translation>无值：%1</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>上期（%1）：%2</translation>
    </message>
    <message>
        <source>Sparkline: the last %1 periods</source>
        <translation>迷你趋势图：最近 %1 个期间</translation>
    </message>
    <message>
        <source>No value. %1</source>
        <translation>无值。%1</translation>
    </message>
    <message>
        <source>%1, %2 against the previous period (%3). %4.</source>
        <extracomment>For screen readers: %1 the value, %2 the change, %3 the previous value, %4 the target line</extracomment>
        <translation>%1，较上期（%3）%2。%4。</translation>
    </message>
</context>
<context>
    <name>ra::Language</name>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>将表格导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>导出 PDF 报告(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>上一期间(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>下一期间(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Current period</source>
        <translation>当前期间(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation>深色模式(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About RevAlign</source>
        <translation>关于 RevAlign(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>%1 — RevAlign</source>
        <translation>%1 — RevAlign</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Preparing the demo store… (the first time takes a few seconds)</source>
        <translation>正在准备演示数据库…（首次需要几秒钟）</translation>
    </message>
    <message>
        <source>The %1 page has no table to export.</source>
        <translation>“%1”页面没有可导出的表格。</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings saved; KPIs recomputed.</source>
        <translation>设置已保存；指标已重新计算。</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>RevAlign stores (*.db *.sqlite *.revalign);;All files (*)</source>
        <translation>RevAlign 数据库 (*.db *.sqlite *.revalign);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import e&amp;xports…</source>
        <translation>导入导出文件(&amp;X)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Connect to team store…</source>
        <translation>连接团队数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>Connected as a viewer: importing and changing settings need the admin role.</source>
        <translation>以查看者身份连接：导入和修改设置需要管理员角色。</translation>
    </message>
    <message>
        <source>A team store takes bundles: import the exports into a laptop store, export it as a bundle and import that here.</source>
        <translation>团队数据库只接收数据包：请先将导出文件导入本机数据库，再导出为数据包并在此导入。</translation>
    </message>
    <message>
        <source>Open the last offline copy</source>
        <translation>打开最近的离线副本</translation>
    </message>
    <message>
        <source>— (empty store)</source>
        <translation>—（空数据库）</translation>
    </message>
    <message>
        <source>team store %1 · %2 · data as of %3</source>
        <translation>团队数据库 %1 · %2 · 数据截至 %3</translation>
    </message>
    <message>
        <source>viewer (read only)</source>
        <translation>查看者（只读）</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>team store %1 · offline copy · as of last sync %2 · data as of %3</source>
        <translation>团队数据库 %1 · 离线副本 · 上次同步于 %2 · 数据截至 %3</translation>
    </message>
    <message>
        <source>%1%2 · data as of %3</source>
        <translation>%1%2 · 数据截至 %3</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
</context>
<context>
    <name>ra::MarketingPage</name>
    <message>
        <source>Marketing</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Leads and MQLs by channel</source>
        <translation>各渠道的线索与 MQL</translation>
    </message>
    <message>
        <source>MQL → SAL conversion</source>
        <translation>MQL → SAL 转化率</translation>
    </message>
    <message>
        <source>Marketing-sourced and -influenced bookings</source>
        <translation>市场来源与市场影响签约额</translation>
    </message>
</context>
<context>
    <name>ra::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>New vs existing business bookings (12 months)</source>
        <translation>新业务与存量业务签约额（12 个月）</translation>
    </message>
    <message>
        <source>Funnel: leads → MQL → SAL → SQL → won</source>
        <translation>漏斗：线索 → MQL → SAL → SQL → 赢单</translation>
    </message>
    <message>
        <source>All KPIs</source>
        <translation>全部指标</translation>
    </message>
</context>
<context>
    <name>ra::PageHost</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>ra::Period</name>
    <message>
        <source>Q%1 %2</source>
        <extracomment>%1 is the quarter 1–4, %2 the year</extracomment>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <extracomment>%1 is the ISO week number, %2 the ISO year</extracomment>
        <translation>%2年第%1周</translation>
    </message>
</context>
<context>
    <name>ra::PeriodBar</name>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Period grain</source>
        <translation>期间粒度</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>上一期间（Alt+左）</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>下一期间（Alt+右）</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>The period that contains the store&apos;s latest data</source>
        <translation>包含数据库最新数据的期间</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>No period</source>
        <translation>无期间</translation>
    </message>
</context>
<context>
    <name>ra::PersonasPage</name>
    <message>
        <source>Personas</source>
        <translation>买家画像</translation>
    </message>
    <message>
        <source>Double-click a row to show the whole dashboard for it.</source>
        <translation>双击某一行即可查看其完整仪表盘。</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>买家画像</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Bookings and pipeline created</source>
        <translation>签约额与新增商机金额</translation>
    </message>
    <message>
        <source>MQL → SAL and win rate</source>
        <translation>MQL → SAL 与赢单率</translation>
    </message>
</context>
<context>
    <name>ra::Quality</name>
    <message>
        <source>Leads with stage timestamps out of order</source>
        <translation>阶段时间顺序错乱的线索</translation>
    </message>
    <message>
        <source>Opportunities closed before they were created</source>
        <translation>关闭时间早于创建时间的商机</translation>
    </message>
    <message>
        <source>Tickets resolved before they were opened</source>
        <translation>解决时间早于创建时间的工单</translation>
    </message>
    <message>
        <source>Leads without persona (shown as Unassigned)</source>
        <translation>没有买家画像的线索（显示为 Unassigned）</translation>
    </message>
    <message>
        <source>Opportunities without lead (no channel, source falls back to sales)</source>
        <translation>没有线索的商机（无渠道，来源记为销售）</translation>
    </message>
    <message>
        <source>Stalled leads (no acceptance or no outcome for longer than the stall days)</source>
        <translation>停滞线索（超过停滞天数仍未被接收或无结果）</translation>
    </message>
    <message>
        <source>Sales or partner leads re-entered over a recent marketing lead</source>
        <translation>覆盖近期市场线索而重复录入的销售或合作伙伴线索</translation>
    </message>
    <message>
        <source>Rows rejected by the last import: %1</source>
        <translation>最近一次导入拒绝的行数：%1</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Last imports</source>
        <translation>最近的导入</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>拒绝：%1</translation>
    </message>
    <message>
        <source>Billing customers and ticket organisations without an account (revalign match list)</source>
        <translation>尚无对应客户的计费客户和工单组织（revalign match list）</translation>
    </message>
</context>
<context>
    <name>ra::QualityIssueModel</name>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
</context>
<context>
    <name>ra::Reason</name>
    <message>
        <source>unparseable timestamp &apos;%1&apos; (expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or YYYY-MM-DDTHH:MM[:SS][.fff][Z|±HH:MM])</source>
        <translation>无法解析的时间戳“%1”（应为 YYYY-MM-DD、YYYY-MM-DD HH:MM[:SS] 或 YYYY-MM-DDTHH:MM[:SS][.fff][Z|±HH:MM]）</translation>
    </message>
    <message>
        <source>unparseable date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation>无法解析的日期“%1”（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>unparseable month &apos;%1&apos; (expected YYYY-MM)</source>
        <translation>无法解析的月份“%1”（应为 YYYY-MM）</translation>
    </message>
    <message>
        <source>invalid amount &apos;%1&apos; (too large)</source>
        <translation>无效金额“%1”（过大）</translation>
    </message>
    <message>
        <source>invalid amount &apos;%1&apos; (more than two decimals)</source>
        <translation>无效金额“%1”（超过两位小数）</translation>
    </message>
    <message>
        <source>invalid amount &apos;%1&apos; (expected a number like 1234.50: &apos;.&apos; as decimal point, no thousands separators, no currency sign)</source>
        <translation>无效金额“%1”（应为 1234.50 这样的数字：以“.”为小数点，不带千位分隔符和货币符号）</translation>
    </message>
    <message>
        <source>negative amount &apos;%1&apos; not allowed</source>
        <translation>不允许负数金额“%1”</translation>
    </message>
    <message>
        <source>invalid integer &apos;%1&apos; (expected a whole number from %2 to %3)</source>
        <translation>无效整数“%1”（应为 %2 到 %3 之间的整数）</translation>
    </message>
    <message>
        <source>invalid integer &apos;%1&apos; (expected a whole number %2 or more)</source>
        <translation>无效整数“%1”（应为不小于 %2 的整数）</translation>
    </message>
    <message>
        <source>value %1 out of range (expected %2 to %3)</source>
        <translation>值 %1 超出范围（应为 %2 到 %3）</translation>
    </message>
    <message>
        <source>value %1 out of range (expected %2 or more)</source>
        <translation>值 %1 超出范围（应不小于 %2）</translation>
    </message>
    <message>
        <source>invalid number &apos;%1&apos; (expected a decimal number with &apos;.&apos; as decimal point)</source>
        <translation>无效数字“%1”（应为以“.”为小数点的十进制数）</translation>
    </message>
    <message>
        <source>value is longer than %1 KiB (%2 bytes); is the column right?</source>
        <translation>值超过 %1 KiB（%2 字节）；列是否正确？</translation>
    </message>
    <message>
        <source>value contains a NUL byte (binary data, or a UTF-16 file? save it as UTF-8)</source>
        <translation>值中含有 NUL 字节（二进制数据，还是 UTF-16 文件？请另存为 UTF-8）</translation>
    </message>
    <message>
        <source>value is not valid UTF-8 (byte 0x%1 at position %2); save the file as UTF-8</source>
        <translation>值不是有效的 UTF-8（第 %2 个字节为 0x%1）；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (expected one of %3)</source>
        <translation>未知的 %1“%2”（应为以下之一：%3）</translation>
    </message>
    <message>
        <source>period &apos;%1&apos; must be a year, quarter, month or ISO week (2026, 2026-Q4, 2026-11, 2026-W47)</source>
        <translation>期间“%1”必须是年、季度、月或 ISO 周（2026、2026-Q4、2026-11、2026-W47）</translation>
    </message>
    <message>
        <source>unknown KPI key &apos;%1&apos; (see docs/kpi-definitions.md)</source>
        <translation>未知的指标键“%1”（参见 docs/kpi-definitions.md）</translation>
    </message>
    <message>
        <source>closed_at is required when status is %1</source>
        <translation>状态为 %1 时必须填写 closed_at</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 为必填项</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (its row in %3 was rejected)</source>
        <translation>未知的 %1“%2”（它在 %3 中的行已被拒绝）</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (not in %3 nor in the store)</source>
        <translation>未知的 %1“%2”（既不在 %3 中，也不在数据库中）</translation>
    </message>
    <message>
        <source>duplicate key (already on line %1)</source>
        <translation>重复的键（已在第 %1 行出现）</translation>
    </message>
    <message>
        <source>Invalid period &apos;%1&apos;: expected a year (2026), a quarter (2026-Q4), a month (2026-11), an ISO week (2026-W47) or an inclusive date range (2026-11-01..2026-11-30)</source>
        <translation>无效期间“%1”：应为年（2026）、季度（2026-Q4）、月（2026-11）、ISO 周（2026-W47）或含首尾的日期范围（2026-11-01..2026-11-30）</translation>
    </message>
    <message>
        <source>Invalid period &apos;%1&apos;: %2; expected a year (2026), a quarter (2026-Q4), a month (2026-11), an ISO week (2026-W47) or an inclusive date range (2026-11-01..2026-11-30)</source>
        <translation>无效期间“%1”：%2；应为年（2026）、季度（2026-Q4）、月（2026-11）、ISO 周（2026-W47）或含首尾的日期范围（2026-11-01..2026-11-30）</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>期间为空</translation>
    </message>
    <message>
        <source>a range needs two valid dates YYYY-MM-DD</source>
        <translation>日期范围需要两个有效日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>日期范围的结束早于开始</translation>
    </message>
    <message>
        <source>year out of range</source>
        <translation>年份超出范围</translation>
    </message>
    <message>
        <source>quarters are Q1 to Q4</source>
        <translation>季度为 Q1 到 Q4</translation>
    </message>
    <message>
        <source>months are 01 to 12</source>
        <translation>月份为 01 到 12</translation>
    </message>
    <message>
        <source>ISO year %1 has weeks W01 to W%2</source>
        <translation>ISO 年 %1 的周为 W01 到 W%2</translation>
    </message>
    <message>
        <source>expected a whole number of cents, not &apos;%1&apos;</source>
        <translation>应为以分为单位的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>expected true/false or 1/0 in %1 and the closed flag</source>
        <translation>%1 和关闭标志中应为 true/false 或 1/0</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (add it to the mapping&apos;s values)</source>
        <translation>未知的 %1“%2”（请将其加入映射的取值）</translation>
    </message>
    <message>
        <source>expected a number of employees, not &apos;%1&apos;</source>
        <translation>应为员工人数，而不是“%1”</translation>
    </message>
    <message>
        <source>amount in %1, the store is in %2, and the export has no converted amount</source>
        <translation>金额币种为 %1，数据库币种为 %2，且导出文件中没有换算后的金额</translation>
    </message>
    <message>
        <source>expected a whole number, not &apos;%1&apos;</source>
        <translation>应为整数，而不是“%1”</translation>
    </message>
    <message>
        <source>expected true/false or 1/0, not &apos;%1&apos;</source>
        <translation>应为 true/false 或 1/0，而不是“%1”</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>没有客户 ID</translation>
    </message>
    <message>
        <source>duplicate customer &apos;%1&apos; (first on line %2)</source>
        <translation>重复的客户“%1”（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>no organisation and no requester e-mail: the ticket&apos;s account cannot be found</source>
        <translation>没有组织，也没有提交人邮箱：无法找到该工单对应的客户</translation>
    </message>
    <message>
        <source>unknown subscription status &apos;%1&apos;</source>
        <translation>未知的订阅状态“%1”</translation>
    </message>
    <message>
        <source>implausibly large amount or quantity</source>
        <translation>金额或数量大得不合理</translation>
    </message>
    <message>
        <source>interval &apos;%1&apos; every %2 (expected day, week, month or year, at least every 1)</source>
        <translation>计费周期“%1”每 %2 个（应为 day、week、month 或 year，且至少每 1 个）</translation>
    </message>
    <message>
        <source>the discount is larger than the subtotal</source>
        <translation>折扣大于小计</translation>
    </message>
    <message>
        <source>several accounts are named &apos;%1&apos;</source>
        <translation>有多个客户名为“%1”</translation>
    </message>
    <message>
        <source>no account named &apos;%1&apos;</source>
        <translation>没有名为“%1”的客户</translation>
    </message>
    <message>
        <source>unparseable amount &apos;%1&apos;</source>
        <translation>无法解析的金额“%1”</translation>
    </message>
    <message>
        <source>unparseable amount &apos;%1&apos; (%2)</source>
        <translation>无法解析的金额“%1”（%2）</translation>
    </message>
    <message>
        <source>unparseable date/time &apos;%1&apos; (%2)</source>
        <translation>无法解析的日期/时间“%1”（%2）</translation>
    </message>
    <message>
        <source>day and month both 12 or less and the file shows no order: give --date-order dmy or mdy</source>
        <translation>日和月都不大于 12，且文件无法判断顺序：请指定 --date-order dmy 或 mdy</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD[ HH:MM[:SS]], M/D/YYYY H:MM or D.M.YYYY, optionally with an offset</source>
        <translation>应为 YYYY-MM-DD[ HH:MM[:SS]]、M/D/YYYY H:MM 或 D.M.YYYY，可带时区偏移</translation>
    </message>
    <message>
        <source>no such day</source>
        <translation>没有这一天</translation>
    </message>
    <message>
        <source>time expected as HH:MM[:SS]</source>
        <translation>时间应为 HH:MM[:SS]</translation>
    </message>
    <message>
        <source>seconds expected after &apos;:&apos;</source>
        <translation>“:”后应为秒数</translation>
    </message>
    <message>
        <source>AM/PM needs an hour from 1 to 12</source>
        <translation>AM/PM 需要 1 到 12 之间的小时数</translation>
    </message>
    <message>
        <source>no such time of day</source>
        <translation>没有这个时刻</translation>
    </message>
    <message>
        <source>offset expected as +HH:MM or +HHMM</source>
        <translation>时区偏移应为 +HH:MM 或 +HHMM</translation>
    </message>
    <message>
        <source>unexpected text after the date/time</source>
        <translation>日期/时间后有多余文本</translation>
    </message>
    <message>
        <source>line %1: a text value runs past the end of the line (a record cut off?)</source>
        <translation>第 %1 行：文本值超出行尾（记录被截断？）</translation>
    </message>
    <message>
        <source>line %1: not JSON: &apos;%2&apos;</source>
        <translation>第 %1 行：不是 JSON：&apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: the file ends inside this record (cut off?)</source>
        <translation>第 %1 行：文件在此记录中途结束（被截断？）</translation>
    </message>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation>第 %1 行：不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>line %1: not a JSON object</source>
        <translation>第 %1 行：不是 JSON 对象</translation>
    </message>
    <message>
        <source>not a ticket (no status, requester_id, subject or via)</source>
        <translation>不是工单（没有 status、requester_id、subject 或 via）</translation>
    </message>
    <message>
        <source>an object or a list where the ticket&apos;s id belongs</source>
        <translation>工单 ID 处是对象或列表</translation>
    </message>
    <message>
        <source>%1 is a money KPI: %2</source>
        <translation>%1 是金额指标：%2</translation>
    </message>
</context>
<context>
    <name>ra::RejectionsModel</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>File:line:column</source>
        <translation>文件:行:列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ra::Report</name>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>New vs existing business bookings, by month</source>
        <translation>新业务与存量业务签约额（按月）</translation>
    </message>
    <message>
        <source>MRR movements and MRR, by month</source>
        <translation>MRR 变动与 MRR（按月）</translation>
    </message>
    <message>
        <source>Logo and revenue churn</source>
        <translation>客户流失与收入流失</translation>
    </message>
    <message>
        <source>NRR and GRR</source>
        <translation>NRR 与 GRR</translation>
    </message>
    <message>
        <source>CLV (gross margin) and CLV : CAC</source>
        <translation>CLV（毛利）与 CLV : CAC</translation>
    </message>
    <message>
        <source>Cohort logo retention by acquisition month</source>
        <translation>按获客月份的同期群客户留存</translation>
    </message>
    <message>
        <source>Funnel: leads → MQL → SAL → SQL → won, with conversions</source>
        <translation>漏斗：线索 → MQL → SAL → SQL → 赢单，含转化率</translation>
    </message>
    <message>
        <source>Hand-off and SLA this period</source>
        <translation>本期交接与 SLA</translation>
    </message>
    <message>
        <source>SLA compliance and feedback rate by month</source>
        <translation>SLA 达成率与反馈率（按月）</translation>
    </message>
    <message>
        <source>MQL acceptance time (median hours)</source>
        <translation>MQL 接收时长（中位数，小时）</translation>
    </message>
    <message>
        <source>… and %1 more (revalign quality lists them all).</source>
        <translation>… 另有 %1 项（revalign quality 会全部列出）。</translation>
    </message>
    <message>
        <source>No persona booked more than in the previous period.</source>
        <translation>没有买家画像的签约额高于上期。</translation>
    </message>
    <message>
        <source>No persona booked less than in the previous period.</source>
        <translation>没有买家画像的签约额低于上期。</translation>
    </message>
    <message>
        <source>Bookings %1 · %2</source>
        <translation>签约额 %1 · %2</translation>
    </message>
    <message>
        <source>Every persona, %1</source>
        <translation>全部买家画像，%1</translation>
    </message>
    <message>
        <source>All personas for comparison, %1 in bold; the other filters apply.</source>
        <translation>列出全部买家画像以供比较，%1 以粗体显示；其他筛选条件仍然适用。</translation>
    </message>
    <message>
        <source>No personas in this selection.</source>
        <translation>所选范围内没有买家画像。</translation>
    </message>
    <message>
        <source>Best movers (bookings vs %1)</source>
        <translation>增幅最大（签约额对比 %1）</translation>
    </message>
    <message>
        <source>Worst movers (bookings vs %1)</source>
        <translation>降幅最大（签约额对比 %1）</translation>
    </message>
    <message>
        <source>Bookings by persona, %1 and %2</source>
        <translation>各买家画像签约额，%1 与 %2</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>No data-quality findings were reported for this store.</source>
        <translation>该数据库未报告数据质量问题。</translation>
    </message>
    <message>
        <source>Values shown as —</source>
        <translation>显示为 — 的值</translation>
    </message>
    <message>
        <source>Every KPI of this report has a value.</source>
        <translation>本报告中的所有指标都有值。</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>指标释义</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>对比 %1</translation>
    </message>
    <message>
        <source>Data as of %1 · Filters: %2</source>
        <translation>数据截至 %1 · 筛选：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>No data to chart for this selection.</source>
        <translation>所选范围内没有可绘制的数据。</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>vs target</source>
        <translation>对比目标</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>买家画像：%1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>细分市场：%1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1（上期 %2）</translation>
    </message>
    <message>
        <source>MQL → SAL %1 (%2)</source>
        <translation>MQL → SAL %1（%2）</translation>
    </message>
    <message>
        <source>— (the store has no events yet)</source>
        <translation>—（数据库中还没有事件）</translation>
    </message>
    <message>
        <source>ARPA = RPU</source>
        <translation>ARPA = 每客户平均收入</translation>
    </message>
    <message>
        <source>PPU (ARPA × %1 margin)</source>
        <translation>PPU（ARPA × %1 毛利率）</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>买家画像</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>对比上期</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>记分卡</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Funnel and SLA</source>
        <translation>漏斗与 SLA</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>买家画像</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>A mover is a persona whose bookings (won deal amounts) changed most against the previous period, in money; a persona without bookings counts as 0. The MQL → SAL conversion is shown next to it to tell a pipeline problem from a closing problem.</source>
        <translation>变动最大的买家画像是指签约额（赢单金额）较上期变化最大的画像，按金额计；没有签约额的画像按 0 计。旁边显示 MQL → SAL 转化率，用以区分是商机管道问题还是成交问题。</translation>
    </message>
    <message>
        <source>Arrow: above or below target; green = better, red and bold = worse. — = no value (see Notes).</source>
        <translation>箭头：高于或低于目标；绿色 = 更好，红色粗体 = 更差。— = 无值（见“说明”）。</translation>
    </message>
    <message>
        <source>Arrow: up or down since %1; green = better, red and bold = worse. Ratios change in percentage points (pp). — = no value (see Notes).</source>
        <translation>箭头：相对 %1 上升或下降；绿色 = 更好，红色粗体 = 更差。比率的变化以百分点表示。— = 无值（见“说明”）。</translation>
    </message>
    <message>
        <source>RevAlign stand-up report — %1 — %2</source>
        <translation>RevAlign 周会报告 — %1 — %2</translation>
    </message>
    <message>
        <source>In short below; in full, with units, filters and when a value is empty, in docs/kpi-definitions.md of the RevAlign documentation.</source>
        <translation>以下为简要说明；完整定义（含单位、筛选条件及何时为空值）见 RevAlign 文档中的 docs/kpi-definitions.md。</translation>
    </message>
    <message>
        <source>Existing customers</source>
        <translation>现有客户</translation>
    </message>
    <message>
        <source>Existing customers, %1</source>
        <translation>现有客户，%1</translation>
    </message>
    <message>
        <source>Usage, white space and accounts at risk are measured for whole months (a month, quarter or year) without a channel filter, on a store with revenue.</source>
        <translation>使用情况、空白机会和风险客户按整月（月、季度或年）计算，不能使用渠道筛选，且数据库中须有收入数据。</translation>
    </message>
    <message>
        <source>Usage of what customers pay for, %1</source>
        <translation>客户付费产品的使用情况，%1</translation>
    </message>
    <message>
        <source>Accounts at risk, %1</source>
        <translation>风险客户，%1</translation>
    </message>
    <message>
        <source>No account is at risk in this selection.</source>
        <translation>当前筛选范围内没有风险客户。</translation>
    </message>
    <message>
        <source>The %1 worst of %2 accounts at risk (most signals, then most MRR); revalign health lists them all.</source>
        <translation>%2 个风险客户中最严重的 %1 个（先按信号数，再按 MRR）；revalign health 列出全部。</translation>
    </message>
    <message>
        <source>Worst first: most signals, then most MRR.</source>
        <translation>最严重的在前：先按信号数，再按 MRR。</translation>
    </message>
    <message>
        <source>Expansion potential (white space), %1</source>
        <translation>扩展潜力（空白机会），%1</translation>
    </message>
    <message>
        <source>No account lacks a product that its peers have.</source>
        <translation>没有客户缺少同类客户已购买的产品。</translation>
    </message>
    <message>
        <source>The largest of %1 gaps: a product that at least three peers of the same segment pay for; its potential is their median MRR for it.</source>
        <translation>%1 个空白机会中最大的几个：同一细分市场中至少三个同类客户付费使用的产品；潜力为这些客户该产品 MRR 的中位数。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Potential MRR</source>
        <translation>潜在 MRR</translation>
    </message>
    <message>
        <source>Peers with it</source>
        <translation>已采用的同类客户</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>（无细分市场）</translation>
    </message>
</context>
<context>
    <name>ra::ReportExporter</name>
    <message>
        <source>Open a store and choose a period before exporting a report.</source>
        <translation>请先打开数据库并选择期间，再导出报告。</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No file name given for the report.</source>
        <translation>未指定报告文件名。</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>正在生成 PDF 报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>RevAlign</source>
        <translation>RevAlign</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>报告未生成：%1</translation>
    </message>
    <message>
        <source>The report was written to %1.

Open it now?</source>
        <translation>报告已写入 %1。

现在打开吗？</translation>
    </message>
</context>
<context>
    <name>ra::RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Logo and gross revenue churn</source>
        <translation>客户流失与总收入流失</translation>
    </message>
    <message>
        <source>Net and gross revenue retention</source>
        <translation>净收入留存与总收入留存</translation>
    </message>
    <message>
        <source>CLV (gross margin) and CLV:CAC</source>
        <translation>CLV（毛利）与 CLV:CAC</translation>
    </message>
    <message>
        <source>Logos</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Each row is the accounts first paying in that month; each column a month later. Logos: share of accounts still paying. Revenue: their MRR against their first month&apos;s.</source>
        <translation>每一行是在该月首次付费的客户；每一列代表之后的一个月。客户：仍在付费的比例。收入：其 MRR 相对首月的比例。</translation>
    </message>
    <message>
        <source>Cohort retention</source>
        <translation>同期群留存</translation>
    </message>
</context>
<context>
    <name>ra::RevenuePage</name>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>RPU (ARPA, revenue per user)</source>
        <translation>RPU（ARPA，每用户收入）</translation>
    </message>
    <message>
        <source>PPU (profit per user)</source>
        <translation>PPU（每用户利润）</translation>
    </message>
    <message>
        <source>Profit per user: ARPA × gross margin (a store setting).</source>
        <translation>每用户利润：ARPA × 毛利率（数据库设置）。</translation>
    </message>
    <message>
        <source>MRR movements per month, with MRR at month end</source>
        <translation>每月 MRR 变动及月末 MRR</translation>
    </message>
    <message>
        <source>New vs existing business bookings</source>
        <translation>新业务与存量业务签约额</translation>
    </message>
    <message>
        <source>ARPA (RPU) per month</source>
        <translation>每月 ARPA（每客户平均收入）</translation>
    </message>
    <message>
        <source>Profit per user: ARPA × gross margin (%1, a store setting).</source>
        <translation>每用户利润：ARPA × 毛利率（%1，数据库设置）。</translation>
    </message>
</context>
<context>
    <name>ra::SalesPage</name>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>SLA compliance and feedback rate</source>
        <translation>SLA 达成率与反馈率</translation>
    </message>
    <message>
        <source>MQL acceptance time (median) against the SLA</source>
        <translation>MQL 接收时长（中位数）与 SLA 对比</translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation>新增商机金额</translation>
    </message>
    <message>
        <source>Bookings by type</source>
        <translation>按类型的签约额</translation>
    </message>
</context>
<context>
    <name>ra::ServicePage</name>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Tickets opened</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Resolution time (median)</source>
        <translation>解决时长（中位数）</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>客户满意度（CSAT）</translation>
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
        <translation>%1 必须是 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <source>ISO 4217 code of the store&apos;s one currency</source>
        <translation>数据库唯一币种的 ISO 4217 代码</translation>
    </message>
    <message>
        <source>hours sales has to accept an MQL</source>
        <translation>销售接受一个 MQL 的时限（小时）</translation>
    </message>
    <message>
        <source>days sales has to give an accepted lead an outcome</source>
        <translation>销售对已接受线索给出结果的时限（天）</translation>
    </message>
    <message>
        <source>days a marketing touch influences a won deal</source>
        <translation>一次市场触达对赢单产生影响的天数</translation>
    </message>
    <message>
        <source>gross margin used by CLV and payback (0..1)</source>
        <translation>CLV 与回收期使用的毛利率（0..1）</translation>
    </message>
    <message>
        <source>days without progress before a lead counts as stalled</source>
        <translation>线索无进展多少天后视为停滞</translation>
    </message>
    <message>
        <source>days within which a sales lead re-enters a marketing lead</source>
        <translation>销售线索在多少天内重复进入市场线索</translation>
    </message>
    <message>
        <source>seat utilisation below which an account is at risk (0..1)</source>
        <translation>席位利用率低于该值时客户视为有风险（0..1）</translation>
    </message>
    <message>
        <source>fall in active users over three months that is a risk signal (0..1)</source>
        <translation>三个月内活跃用户下降多少构成风险信号（0..1）</translation>
    </message>
    <message>
        <source>days back from a month&apos;s end that detractors and poor tickets count</source>
        <translation>从月末往前多少天内的贬损者和低评分工单计入</translation>
    </message>
    <message>
        <source>days a ticket may stay open before it is a risk signal</source>
        <translation>工单保持未关闭多少天后构成风险信号</translation>
    </message>
    <message>
        <source>how many of the five risk signals put an account at risk (1..5)</source>
        <translation>五个风险信号中满足几个即视为客户有风险（1..5）</translation>
    </message>
    <message>
        <source>currency must be a three-letter ISO 4217 code such as EUR or USD, not &apos;%1&apos;</source>
        <translation>currency 必须是三个字母的 ISO 4217 代码，例如 EUR 或 CNY，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1 (a share, e.g. 0.4), not &apos;%2&apos;</source>
        <translation>%1 必须是 0 到 1 之间的数（比例，例如 0.4），而不是“%2”</translation>
    </message>
    <message>
        <source>gross_margin must be a number greater than 0 and at most 1, not &apos;%1&apos;</source>
        <translation>gross_margin 必须是大于 0 且不超过 1 的数，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; the settings are: %2</source>
        <translation>未知设置“%1”；可用设置：%2</translation>
    </message>
    <message>
        <source>yes when leads record the sales-accepted stage (sal_at); no shows SLA compliance and breaches as not tracked</source>
        <translation>线索记录了销售接受阶段（sal_at）时为 yes；为 no 时 SLA 达成率和 SLA 违约数显示为未跟踪</translation>
    </message>
    <message>
        <source>%1 must be yes or no, not &apos;%2&apos;</source>
        <translation>%1 必须为 yes 或 no，而不是 &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>ra::SettingsDialog</name>
    <message>
        <source>&amp;Currency</source>
        <translation>货币(&amp;C)</translation>
    </message>
    <message>
        <source>Lead follow-up &amp;SLA (hours)</source>
        <translation>线索跟进 SLA(&amp;S)（小时）</translation>
    </message>
    <message>
        <source>Sales &amp;feedback window (days)</source>
        <translation>销售反馈窗口(&amp;F)（天）</translation>
    </message>
    <message>
        <source>Marketing &amp;influence window (days)</source>
        <translation>市场影响窗口(&amp;I)（天）</translation>
    </message>
    <message>
        <source>&amp;Gross margin (0–1)</source>
        <translation>毛利率(&amp;G)（0–1）</translation>
    </message>
    <message>
        <source>S&amp;talled after (days)</source>
        <translation>停滞判定(&amp;T)（天）</translation>
    </message>
    <message>
        <source>&amp;Re-entry window (days)</source>
        <translation>重复进入窗口(&amp;R)（天）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本计算机</translation>
    </message>
    <message>
        <source>This store is read-only: settings can be read but not changed.</source>
        <translation>该数据库为只读：可以查看设置，但不能修改。</translation>
    </message>
    <message>
        <source>Settings are saved in the store; every KPI is recomputed on OK.</source>
        <translation>设置保存在数据库中；点击“确定”后将重新计算所有指标。</translation>
    </message>
    <message>
        <source>This store</source>
        <translation>本数据库</translation>
    </message>
    <message>
        <source>&amp;Low seat utilisation below (0–1)</source>
        <translation>席位使用率低于此值即为偏低（0–1）(&amp;L)</translation>
    </message>
    <message>
        <source>Usage &amp;drop over 3 months (0–1)</source>
        <translation>三个月使用量下降(&amp;D)（0–1）</translation>
    </message>
    <message>
        <source>Health &amp;window (days)</source>
        <translation>健康度窗口（天）(&amp;W)</translation>
    </message>
    <message>
        <source>Ticket &amp;open too long after (days)</source>
        <translation>工单未解决超过此天数(&amp;O)</translation>
    </message>
    <message>
        <source>Signals that put an account &amp;at risk (1–5)</source>
        <translation>客户被判定为有风险所需的信号数(&amp;A)（1–5）</translation>
    </message>
    <message>
        <source>Applies when you press OK. System follows the computer&apos;s language.</source>
        <translation>点击“确定”后立即生效。“跟随系统”使用计算机的语言。</translation>
    </message>
    <message>
        <source>Sales-accepted stage trac&amp;ked (yes/no)</source>
        <translation>已跟踪销售接受阶段(&amp;K)（yes/no）</translation>
    </message>
</context>
<context>
    <name>ra::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the bars, the pages, the KPI tiles and the charts</source>
        <translation>在工具栏、页面、指标卡片和图表之间移动</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Choose a page in the page list, a value in a list</source>
        <translation>在页面列表中选择页面，在列表中选择值</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>On a chart: show its data as a table</source>
        <translation>在图表上：以表格显示其数据</translation>
    </message>
    <message>
        <source>Menu key / Shift+F10</source>
        <translation>菜单键 / Shift+F10</translation>
    </message>
    <message>
        <source>On a chart: its context menu (Show data)</source>
        <translation>在图表上：打开其右键菜单（显示数据）</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + 带下划线的字母</translation>
    </message>
    <message>
        <source>Open a menu or go to a labelled field</source>
        <translation>打开菜单或跳转到带标签的字段</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
</context>
<context>
    <name>ra::Snapshot</name>
    <message>
        <source>the snapshot cache %1 cannot be used: %2</source>
        <translation>快照缓存 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>文件被截断</translation>
    </message>
    <message>
        <source>not a RevAlign snapshot cache</source>
        <translation>不是 RevAlign 快照缓存</translation>
    </message>
    <message>
        <source>written on another kind of machine (%1)</source>
        <translation>由其他类型的计算机写入（%1）</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>文件头已损坏</translation>
    </message>
    <message>
        <source>written by another build of RevAlign %1 with other snapshot columns</source>
        <translation>由另一构建版本的 RevAlign %1 写入，快照列不同</translation>
    </message>
    <message>
        <source>written by RevAlign %1 (cache format %2), this is %3 (format %4)</source>
        <translation>由 RevAlign %1 写入（缓存格式 %2），当前为 %3（格式 %4）</translation>
    </message>
    <message>
        <source>the file is truncated or extended (%1 bytes, the header says %2)</source>
        <translation>文件被截断或追加（%1 字节，文件头记录为 %2）</translation>
    </message>
    <message>
        <source>its section table is damaged</source>
        <translation>分段表已损坏</translation>
    </message>
    <message>
        <source>there is no snapshot cache at %1</source>
        <translation>%1 处没有快照缓存</translation>
    </message>
    <message>
        <source>written for schema version %1, the store has %2</source>
        <translation>为架构版本 %1 写入，数据库为 %2</translation>
    </message>
    <message>
        <source>the store changed since it was written (data version %1, the store is at %2)</source>
        <translation>缓存写入后数据库已有变更（数据版本 %1，数据库为 %2）</translation>
    </message>
    <message>
        <source>a checksum does not match (the file is damaged)</source>
        <translation>校验和不匹配（文件已损坏）</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>cannot write the snapshot cache %1: %2</source>
        <translation>无法写入快照缓存 %1：%2</translation>
    </message>
    <message>
        <source>read from the snapshot cache %1 in %2 ms</source>
        <translation>用时 %2 毫秒从快照缓存 %1 读取</translation>
    </message>
    <message>
        <source>read from the store in %1 ms</source>
        <translation>用时 %1 毫秒从数据库读取</translation>
    </message>
    <message>
        <source> (cache not used: %1)</source>
        <translation>（未使用缓存：%1）</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>加载已取消</translation>
    </message>
    <message>
        <source>there was none</source>
        <translation>没有缓存</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>无法将 %1 重命名为 %2：%3</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Loading the store was cancelled</source>
        <translation>数据库加载已取消</translation>
    </message>
    <message>
        <source>cannot read the store</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>cannot read the store: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
</context>
<context>
    <name>ra::Store</name>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation>无法写入备份 %1</translation>
    </message>
    <message>
        <source>%1 is read-only; settings cannot be changed</source>
        <translation>%1 为只读；无法修改设置</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file</source>
        <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>它以只读方式打开</translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot create the store %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: permission denied</source>
        <translation>无法读取 %1：权限不足</translation>
    </message>
    <message>
        <source>%1 is not a RevAlign store (not a SQLite database, or damaged): %2</source>
        <translation>%1 不是 RevAlign 数据库（不是 SQLite 数据库，或已损坏）：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer RevAlign (schema version %2); this RevAlign %3 understands up to version %4 — open it with a RevAlign that supports schema version %2 or later. The file was not changed.</source>
        <translation>%1 由更新版本的 RevAlign 写入（架构版本 %2）；当前 RevAlign %3 最高支持版本 %4 — 请用支持架构版本 %2 或更高版本的 RevAlign 打开。文件未被修改。</translation>
    </message>
    <message>
        <source>%1 has an older schema (version %2) that needs migrating, but %3</source>
        <translation>%1 的架构较旧（版本 %2），需要升级，但%3</translation>
    </message>
    <message>
        <source>%1; the store was not migrated</source>
        <translation>%1；数据库未升级</translation>
    </message>
    <message>
        <source> (a copy from before is at %1)</source>
        <translation>（升级前的副本位于 %1）</translation>
    </message>
    <message>
        <source>cannot upgrade %1 from schema version %2 to %3: %4. The store was left unchanged%5</source>
        <translation>无法将 %1 从架构版本 %2 升级到 %3：%4。数据库保持不变%5</translation>
    </message>
    <message>
        <source>cannot write to the store %1: %2</source>
        <translation>无法写入数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup</source>
        <translation>%1 已损坏（%2）；请从备份恢复</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a RevAlign store: it is not a SQLite database file</source>
        <translation>%1 不是 RevAlign 数据库：它不是 SQLite 数据库文件</translation>
    </message>
    <message>
        <source>%1 is damaged: its SQLite header is corrupted</source>
        <translation>%1 已损坏：其 SQLite 文件头已损坏</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is truncated (%2 bytes, expected %3)</source>
        <translation>%1 已损坏：文件被截断（%2 字节，应为 %3）</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>文件 %1 为只读</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>文件夹 %1 为只读</translation>
    </message>
    <message>
        <source>%1 is locked: another program is writing to it; close that program or try again later</source>
        <translation>%1 已被锁定：另一个程序正在写入；请关闭该程序或稍后重试</translation>
    </message>
    <message>
        <source>%1 is locked: another program is writing to it (waited %2 s); close that program or try again later</source>
        <translation>%1 已被锁定：另一个程序正在写入（已等待 %2 秒）；请关闭该程序或稍后重试</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only</source>
        <translation>%1 无法写入：文件或其所在文件夹为只读</translation>
    </message>
    <message>
        <source>the disk holding %1 is full; nothing was changed — free some space and try again</source>
        <translation>%1 所在的磁盘已满；未做任何更改 — 请释放空间后重试</translation>
    </message>
    <message>
        <source>%1 is not a RevAlign store: it is not a SQLite database (%2)</source>
        <translation>%1 不是 RevAlign 数据库：它不是 SQLite 数据库（%2）</translation>
    </message>
    <message>
        <source>cannot read or write %1 (%2)</source>
        <translation>无法读写 %1（%2）</translation>
    </message>
    <message>
        <source>store %1: %2</source>
        <translation>数据库 %1：%2</translation>
    </message>
    <message>
        <source>the in-memory store</source>
        <translation>内存数据库</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>cannot mark the store&apos;s data as changed</source>
        <translation>无法将数据库数据标记为已更改</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>无法提交</translation>
    </message>
</context>
<context>
    <name>ra::StoreFaultDialog</name>
    <message>
        <source>This file is not a RevAlign store.</source>
        <translation>该文件不是 RevAlign 数据库。</translation>
    </message>
    <message>
        <source>This store was written by a newer RevAlign.</source>
        <translation>该数据库由更新版本的 RevAlign 写入。</translation>
    </message>
    <message>
        <source>The store is locked by another program.</source>
        <translation>该数据库被其他程序锁定。</translation>
    </message>
    <message>
        <source>The store cannot be written.</source>
        <translation>无法写入该数据库。</translation>
    </message>
    <message>
        <source>The store file does not exist.</source>
        <translation>数据库文件不存在。</translation>
    </message>
    <message>
        <source>The store file cannot be read.</source>
        <translation>无法读取数据库文件。</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>无法打开该数据库。</translation>
    </message>
    <message>
        <source>Choose a .db file created by RevAlign (File → New store… or the demo), or import your CSV bundle into a new store.</source>
        <translation>请选择由 RevAlign 创建的 .db 文件（文件 → 新建数据库… 或演示数据库），或将 CSV 数据包导入新数据库。</translation>
    </message>
    <message>
        <source>Install the newer RevAlign to open it. This version leaves the file untouched.</source>
        <translation>请安装更新版本的 RevAlign 来打开它。当前版本不会改动该文件。</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Open it from its new place, or create a new store.</source>
        <translation>它可能已被移动或删除。请从新位置打开，或新建一个数据库。</translation>
    </message>
    <message>
        <source>Open the store again when you are ready.</source>
        <translation>准备好后请重新打开数据库。</translation>
    </message>
    <message>
        <source>Try another store, or import the bundle into a new store.</source>
        <translation>请尝试其他数据库，或将数据包导入新数据库。</translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The store file is damaged.</source>
        <translation>数据库文件已损坏。</translation>
    </message>
    <message>
        <source>The disk holding the store is full.</source>
        <translation>数据库所在的磁盘已满。</translation>
    </message>
    <message>
        <source>Restore it from a backup (a migration keeps one beside it as .bak-&lt;version&gt;), or import your CSV bundle into a new store.</source>
        <translation>请从备份恢复（升级时会在旁边保留一份 .bak-&lt;版本&gt;），或将 CSV 数据包导入新数据库。</translation>
    </message>
    <message>
        <source>Free some space on that disk and try again; nothing in the store was changed.</source>
        <translation>请释放该磁盘的空间后重试；数据库中的内容未被更改。</translation>
    </message>
    <message>
        <source>The team store&apos;s server cannot be reached.</source>
        <translation>无法连接团队数据库的服务器。</translation>
    </message>
    <message>
        <source>The team store refused the login.</source>
        <translation>团队数据库拒绝了登录。</translation>
    </message>
    <message>
        <source>Close the other RevAlign window or finish the running import (on a team store: wait for the other person&apos;s import, named below), then try again.</source>
        <translation>请关闭另一个 RevAlign 窗口或等待正在进行的导入完成（团队数据库：等待下方所列他人的导入），然后重试。</translation>
    </message>
    <message>
        <source>Check the file&apos;s and its folder&apos;s permissions, or copy the store somewhere writable. On a team store, importing and settings need the admin role.</source>
        <translation>请检查文件及其所在文件夹的权限，或将数据库复制到可写位置。在团队数据库中，导入和设置需要管理员角色。</translation>
    </message>
    <message>
        <source>Check the network and the server address. Until it is back, you can work on the last offline copy of the team store.</source>
        <translation>请检查网络和服务器地址。在恢复之前，您可以使用团队数据库的最近离线副本。</translation>
    </message>
    <message>
        <source>Check the user name, and the password in ~/.pgpass, PGPASSWORD or the service file. RevAlign never stores passwords.</source>
        <translation>请检查用户名，以及 ~/.pgpass、PGPASSWORD 或服务文件中的密码。RevAlign 从不保存密码。</translation>
    </message>
    <message>
        <source>Store: %1
%2</source>
        <translation>数据库：%1
%2</translation>
    </message>
</context>
<context>
    <name>ra::StoreSession</name>
    <message>
        <source>no store at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>加载已取消。</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>The store %1 is read-only; settings cannot be saved.</source>
        <translation>数据库 %1 为只读；无法保存设置。</translation>
    </message>
    <message>
        <source>Copying %1 from the team store</source>
        <translation>正在从团队数据库复制 %1</translation>
    </message>
    <message>
        <source>Connected to %1 as a viewer: settings need the admin role.</source>
        <translation>以查看者身份连接到 %1：修改设置需要管理员角色。</translation>
    </message>
</context>
<context>
    <name>ra::SurveyModel</name>
    <message>
        <source>How far marketing&apos;s and sales&apos; mean scores are apart</source>
        <translation>市场与销售平均得分相差多少</translation>
    </message>
    <message>
        <source>Needs answers from both marketing and sales in this period</source>
        <translation>需要本期市场和销售双方的回答</translation>
    </message>
    <message>
        <source>Mean of %1 answers</source>
        <translation>%1 份回答的平均值</translation>
    </message>
    <message>
        <source>No answers from this role in this period</source>
        <translation>本期该角色没有回答</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>管理层</translation>
    </message>
    <message>
        <source>Gap (mkt − sales)</source>
        <translation>差距（市场 − 销售）</translation>
    </message>
</context>
<context>
    <name>ra::TableExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ra::WelcomeScreen</name>
    <message>
        <source>Welcome to RevAlign</source>
        <translation>欢迎使用 RevAlign</translation>
    </message>
    <message>
        <source>One set of numbers for marketing, sales and service.
Import your CRM export as a bundle of CSV files, or look around in the demo store first.</source>
        <translation>市场、销售与服务共用一套数据。
将 CRM 导出的数据作为 CSV 数据包导入，或先在演示数据库中看看。</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo store</source>
        <translation>打开演示数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open a store file…</source>
        <translation>打开数据库文件(&amp;O)…</translation>
    </message>
</context>
</TS>
