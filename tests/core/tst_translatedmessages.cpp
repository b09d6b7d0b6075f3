// The core's messages in the reader's language: rejection reasons, a period
// that does not parse and a store that cannot be opened read in Swedish and
// Chinese on the command line, while the reasons the store keeps and
// `quality --json` prints stay English, byte for byte the same in every
// language. In process: every reason template is recognised from its English
// text, values and all, and a reason inside a reason is translated too.
#include "domain/language.h"
#include "domain/reasons.h"
#include "support/revalign.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace ra::testsupport;

namespace {

const QString kBundle = QStringLiteral(RA_TEST_DATA_DIR "/import/rejections");

ProcessRun inLanguage(const QString &lang, const QStringList &args)
{
    RunOptions options;
    options.extraEnv.insert(QStringLiteral("LANG"), lang);
    options.extraEnv.insert(QStringLiteral("LC_ALL"), lang);
    return runRevalign(args, options);
}

// "revalign: leads.csv:7:mql_at: reason" lines of an import, by location.
QHash<QString, QString> rejectionLines(const QString &err)
{
    static const QRegularExpression line(QStringLiteral("^revalign: ([a-z_]+\\.csv:\\d+:[a-z_]*): (.+)$"),
                                         QRegularExpression::MultilineOption);
    QHash<QString, QString> out;
    for (auto it = line.globalMatch(err); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1), m.captured(2));
    }
    return out;
}

} // namespace

class TestTranslatedMessages : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { applyLocale(localeFor(Language::English), *QCoreApplication::instance()); }

    void rejectionsReadInTheLanguageAndAreStoredInEnglish()
    {
        QHash<QString, QHash<QString, QString>> byLanguage;
        QString svStore;
        for (const QString &lang :
             {QStringLiteral("C.UTF-8"), QStringLiteral("sv_SE.UTF-8"), QStringLiteral("zh_CN.UTF-8")}) {
            const QString db = m_dir.filePath(lang + QStringLiteral(".db"));
            const ProcessRun r = inLanguage(lang, {QStringLiteral("import"), kBundle, QStringLiteral("--db"), db});
            QVERIFY2(r.exitedWith(1), qPrintable(r.describe()));
            byLanguage.insert(lang, rejectionLines(r.err));
            if (lang.startsWith(QLatin1String("sv")))
                svStore = db;
        }
        const auto &en = byLanguage.value(QStringLiteral("C.UTF-8"));
        const auto &sv = byLanguage.value(QStringLiteral("sv_SE.UTF-8"));
        const auto &zh = byLanguage.value(QStringLiteral("zh_CN.UTF-8"));
        QVERIFY(en.size() >= 40);
        QCOMPARE(en.value(QStringLiteral("leads.csv:7:mql_at")),
                 QStringLiteral("unparseable timestamp '2026-13-01' (expected YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or "
                                "YYYY-MM-DDTHH:MM[:SS][.fff][Z|±HH:MM])"));
        QCOMPARE(sv.value(QStringLiteral("leads.csv:7:mql_at")),
                 QStringLiteral("ogiltig tidpunkt '2026-13-01' (förväntade YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] eller "
                                "YYYY-MM-DDTHH:MM[:SS][.fff][Z|±HH:MM])"));
        QCOMPARE(zh.value(QStringLiteral("leads.csv:7:mql_at")),
                 QStringLiteral("无法解析的时间戳“2026-13-01”（应为 YYYY-MM-DD、YYYY-MM-DD HH:MM[:SS] 或 "
                                "YYYY-MM-DDTHH:MM[:SS][.fff][Z|±HH:MM]）"));
        QCOMPARE(sv.value(QStringLiteral("accounts.csv:5:account_id")),
                 QStringLiteral("dubblettnyckel (finns redan på rad 4)"));
        QCOMPARE(zh.value(QStringLiteral("accounts.csv:5:account_id")), QStringLiteral("重复的键（已在第 4 行出现）"));
        // The same rows, each with its reason translated: no reason of the bundle is left in English.
        QCOMPARE(QSet<QString>(sv.keyBegin(), sv.keyEnd()), QSet<QString>(en.keyBegin(), en.keyEnd()));
        QCOMPARE(QSet<QString>(zh.keyBegin(), zh.keyEnd()), QSet<QString>(en.keyBegin(), en.keyEnd()));
        for (auto it = en.cbegin(); it != en.cend(); ++it) {
            QVERIFY2(sv.value(it.key()) != it.value(), qPrintable(it.key() + QStringLiteral(": ") + it.value()));
            QVERIFY2(zh.value(it.key()) != it.value(), qPrintable(it.key() + QStringLiteral(": ") + it.value()));
        }

        // Imported in Swedish, kept in English: quality --json is the same in every language.
        const QStringList json{QStringLiteral("quality"), QStringLiteral("--json"), QStringLiteral("--db"), svStore};
        const ProcessRun c = inLanguage(QStringLiteral("C.UTF-8"), json);
        QVERIFY2(c.exitedWith(0), qPrintable(c.describe()));
        QVERIFY2(c.out.contains(QStringLiteral("\"reason\": \"unparseable date '2025-02-30' (expected YYYY-MM-DD)\"")),
                 qPrintable(c.out));
        for (const QString &lang : {QStringLiteral("sv_SE.UTF-8"), QStringLiteral("zh_CN.UTF-8")})
            QCOMPARE(inLanguage(lang, json).out, c.out);
        // ... and the human report shows them in the reader's language.
        const ProcessRun human
            = inLanguage(QStringLiteral("sv_SE.UTF-8"), {QStringLiteral("quality"), QStringLiteral("--db"), svStore});
        QVERIFY2(human.exitedWith(0), qPrintable(human.describe()));
        QVERIFY2(human.out.contains(QStringLiteral("ogiltigt datum '2025-02-30' (förväntade YYYY-MM-DD)")),
                 qPrintable(human.out));
    }

    void exportReasonReadsInTheLanguage()
    {
        // A Zendesk ticket whose date has no such time: the reason and the reason inside it.
        const QString exports = QStringLiteral(RA_TEST_DATA_DIR "/exports/zendesk");
        const QStringList args{QStringLiteral("import"), QStringLiteral("--from"), QStringLiteral("auto"), exports};
        const ProcessRun en
            = inLanguage(QStringLiteral("C.UTF-8"),
                         args + QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("z-en.db"))});
        QVERIFY2(en.err.contains(QStringLiteral(
                     "revalign: tickets.csv:6:Created at: unparseable date/time '2026-03-14 25:00:00 +0100' "
                     "(no such time of day)\n")),
                 qPrintable(en.describe()));
        const ProcessRun sv
            = inLanguage(QStringLiteral("sv_SE.UTF-8"),
                         args + QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("z-sv.db"))});
        QVERIFY2(sv.err.contains(QStringLiteral(
                     "revalign: tickets.csv:6:Created at: ogiltigt datum/tid '2026-03-14 25:00:00 +0100' "
                     "(ingen sådan tid på dygnet)\n")),
                 qPrintable(sv.describe()));
        const ProcessRun zh
            = inLanguage(QStringLiteral("zh_CN.UTF-8"),
                         args + QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("z-zh.db"))});
        QVERIFY2(zh.err.contains(
                     QStringLiteral("revalign: tickets.csv:6:Created at: 无法解析的日期/时间“2026-03-14 25:00:00 +0100”"
                                    "（没有这个时刻）\n")),
                 qPrintable(zh.describe()));
    }

    void periodErrorReadsInTheLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en")
            << "C.UTF-8"
            << "revalign: Invalid period '2026-13': months are 01 to 12; expected a year (2026), a quarter "
               "(2026-Q4), a month (2026-11), an ISO week (2026-W47) or an inclusive date range "
               "(2026-11-01..2026-11-30)\n";
        QTest::newRow("sv")
            << "sv_SE.UTF-8"
            << "revalign: Ogiltig period '2026-13': månaderna är 01 till 12; förväntade ett år (2026), ett "
               "kvartal (2026-Q4), en månad (2026-11), en ISO-vecka (2026-W47) eller ett datumintervall "
               "inklusive ändpunkterna (2026-11-01..2026-11-30)\n";
        QTest::newRow("zh_CN") << "zh_CN.UTF-8"
                               << "revalign: 无效期间“2026-13”：月份为 01 到 12；应为年（2026）、季度（2026-Q4）、月"
                                  "（2026-11）、ISO 周（2026-W47）或含首尾的日期范围（2026-11-01..2026-11-30）\n";
    }

    void periodErrorReadsInTheLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        const ProcessRun r = inLanguage(lang,
                                        {QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-13"),
                                         QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db"))});
        QVERIFY2(r.exitedWith(2), qPrintable(r.describe()));
        QCOMPARE(r.err, expected);
    }

    void storeErrorReadsInTheLanguage()
    {
        const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList args{QStringLiteral("kpis"), QStringLiteral("--period"), QStringLiteral("2026-10"),
                               QStringLiteral("--db"), folder};
        const ProcessRun sv = inLanguage(QStringLiteral("sv_SE.UTF-8"), args);
        QVERIFY2(sv.exitedWith(2), qPrintable(sv.describe()));
        QCOMPARE(sv.err, QStringLiteral("revalign: %1 är en mapp, inte en databasfil\n").arg(folder));
        const ProcessRun zh = inLanguage(QStringLiteral("zh_CN.UTF-8"), args);
        QCOMPARE(zh.err, QStringLiteral("revalign: %1 是文件夹，不是数据库文件\n").arg(folder));
    }

    void everyReasonIsRecognised()
    {
        // Values a template could trip on: quotes, a placeholder, a colon, non-ASCII.
        const QStringList args{QStringLiteral("x'1"), QStringLiteral("%2: ü"), QStringLiteral("a, b")};
        for (int i = 0; i < kReasonCount; ++i) {
            const QString english = reasonText(Reason(i), args);
            QCOMPARE(shownReason(english), english); // no translation installed
        }
        applyLocale(localeFor(Language::Swedish), *QCoreApplication::instance());
        for (int i = 0; i < kReasonCount; ++i) {
            const QString english = reasonText(Reason(i), args);
            const QString shown = shownReason(english);
            QVERIFY2(shown != english, qPrintable(english));
            for (const QString &a : args)
                QVERIFY2(!english.contains(a) || shown.contains(a), qPrintable(shown));
        }
        // A reason inside a reason.
        const QString weeks
            = reasonText(Reason::PeriodInvalidBecause,
                         {QStringLiteral("2026-W60"),
                          reasonText(Reason::PeriodWeeks, {QStringLiteral("2026"), QStringLiteral("53")})});
        QVERIFY2(shownReason(weeks).startsWith(QStringLiteral(
                     "Ogiltig period '2026-W60': ISO-året 2026 har veckorna W01 till W53; förväntade ett år")),
                 qPrintable(shownReason(weeks)));
        // Text that is no reason passes unchanged.
        QCOMPARE(shownReason(QStringLiteral("unparseable timestamps everywhere")),
                 QStringLiteral("unparseable timestamps everywhere"));
    }
};

QTEST_GUILESS_MAIN(TestTranslatedMessages)
#include "tst_translatedmessages.moc"
