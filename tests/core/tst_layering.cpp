// The layering of docs/decisions/layering.md, checked on our own sources
// (models/, ui/, app/). The link targets already make most breaks a build
// error; this test also names the rule and the line, and covers what a
// shared include directory would let through:
//  - a models/ folder includes only the folders below it (the table in
//    kModelDeps, the same order as models/CMakeLists.txt); models/ never
//    includes ui/ or app/ headers;
//  - SQL (SQLite's API, Qt Sql) only in store/, import/, demo/, kpi/ and
//    quality/ of models/ — never in ui/, app/ or the services;
//  - Qt Widgets, Gui, PrintSupport and Charts only in ui/ and app/;
//  - Qt Charts only in ui/charts/.
// The detector is tested on planted violations first, so this test can fail.
#include "support/sourcescan.h"

#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

using namespace ra::test;

// Which models/ folders each models/ folder may include (besides itself).
const QHash<QString, QStringList> &modelDeps()
{
    static const QHash<QString, QStringList> deps = {
        {QStringLiteral("core"), {}},
        {QStringLiteral("domain"), {QStringLiteral("core")}},
        {QStringLiteral("store"), {QStringLiteral("core"), QStringLiteral("domain")}},
        {QStringLiteral("csv"), {QStringLiteral("core"), QStringLiteral("domain")}},
        {QStringLiteral("import"),
         {QStringLiteral("core"), QStringLiteral("domain"), QStringLiteral("store"), QStringLiteral("csv")}},
        {QStringLiteral("exports"),
         {QStringLiteral("core"), QStringLiteral("domain"), QStringLiteral("store"), QStringLiteral("csv"),
          QStringLiteral("import")}},
        {QStringLiteral("demo"), {QStringLiteral("core"), QStringLiteral("domain"), QStringLiteral("store")}},
        {QStringLiteral("kpi"), {QStringLiteral("core"), QStringLiteral("domain"), QStringLiteral("store")}},
        {QStringLiteral("report"),
         {QStringLiteral("core"), QStringLiteral("domain"), QStringLiteral("csv"), QStringLiteral("kpi")}},
        {QStringLiteral("quality"),
         {QStringLiteral("core"), QStringLiteral("domain"), QStringLiteral("store"), QStringLiteral("kpi"),
          QStringLiteral("report")}},
        {QStringLiteral("itemmodels"),
         {QStringLiteral("core"), QStringLiteral("domain"), QStringLiteral("kpi"), QStringLiteral("report"),
          QStringLiteral("quality")}},
        {QStringLiteral("pgstore"),
         {QStringLiteral("core"), QStringLiteral("domain"), QStringLiteral("store"), QStringLiteral("import"),
          QStringLiteral("kpi")}},
        {QStringLiteral("services"),
         {QStringLiteral("core"), QStringLiteral("domain"), QStringLiteral("store"), QStringLiteral("csv"),
          QStringLiteral("import"), QStringLiteral("exports"), QStringLiteral("demo"), QStringLiteral("kpi"),
          QStringLiteral("report"), QStringLiteral("quality"), QStringLiteral("itemmodels"), QStringLiteral("pgstore")}},
    };
    return deps;
}

const QStringList kSqlFolders = {QStringLiteral("models/store/"), QStringLiteral("models/import/"),
                                 QStringLiteral("models/demo/"), QStringLiteral("models/kpi/"),
                                 QStringLiteral("models/quality/"), QStringLiteral("models/exports/"),
                                 QStringLiteral("models/pgstore/")};

// The Qt module a bare class header such as <QChartView> belongs to, from
// the headers installed with Qt; "" for modules the rules do not name.
class QtModules {
public:
    QtModules()
    {
        const QString root = QLibraryInfo::path(QLibraryInfo::HeadersPath);
        for (const char *module : {"QtWidgets", "QtGui", "QtPrintSupport", "QtCharts", "QtSql"}) {
            const QString name = QLatin1String(module);
            for (const QString &header : QDir(root + QLatin1Char('/') + name).entryList(QDir::Files))
                m_owner.insert(header, name);
            m_owner.insert(name, name);
            m_counts.insert(name, int(QDir(root + QLatin1Char('/') + name).entryList(QDir::Files).size()));
        }
    }
    int headerCount(const QString &module) const { return m_counts.value(module); }
    QString moduleOf(const QString &include) const
    {
        const qsizetype slash = include.indexOf(QLatin1Char('/'));
        if (slash > 0 && include.startsWith(QLatin1String("Qt")))
            return m_owner.contains(include.left(slash)) ? include.left(slash) : QString();
        return m_owner.value(include);
    }

private:
    QHash<QString, QString> m_owner;
    QHash<QString, int> m_counts;
};

const QtModules &qtModules()
{
    static const QtModules modules;
    return modules;
}

// "models/kpi/x.cpp" -> "models/kpi"; "ui/charts/x.h" -> "ui/charts"; "app/x.cpp" -> "app".
QString areaOf(const QString &file)
{
    const QStringList parts = file.split(QLatin1Char('/'));
    return parts.size() > 2 ? parts[0] + QLatin1Char('/') + parts[1] : parts[0];
}

QString checkProjectInclude(const QString &file, const QString &included)
{
    const QString area = areaOf(file);
    const QString folder = included.section(QLatin1Char('/'), 0, 0);
    if (!area.startsWith(QLatin1String("models/")) || !included.contains(QLatin1Char('/')))
        return {}; // outside models/, or a header of the same folder
    const QString own = area.mid(7);
    if (!modelDeps().contains(folder))
        return QStringLiteral("models/ includes \"%1\", a header outside models/").arg(included);
    if (folder != own && !modelDeps().value(own).contains(folder))
        return QStringLiteral("models/%1 includes \"%2\": %3 is not below %1").arg(own, included, folder);
    return {};
}

QString checkSystemInclude(const QString &file, const QString &included)
{
    const QString area = areaOf(file);
    const bool inModels = area.startsWith(QLatin1String("models/"));
    if (included == QLatin1String("sqlite3.h") || qtModules().moduleOf(included) == QLatin1String("QtSql")) {
        if (!kSqlFolders.contains(area + QLatin1Char('/')))
            return QStringLiteral("SQL (<%1>) outside models/store, import, demo, kpi and quality").arg(included);
        return {};
    }
    const QString module = qtModules().moduleOf(included);
    if (module == QLatin1String("QtCharts") && area != QLatin1String("ui/charts"))
        return QStringLiteral("Qt Charts (<%1>) outside ui/charts").arg(included);
    if (!module.isEmpty() && inModels)
        return QStringLiteral("%1 (<%2>) in models/: Widgets, Gui and Charts belong to ui/").arg(module, included);
    return {};
}

// Every break of the rules in one source file, as "file:line: rule".
QStringList violations(const QString &file, const QString &source)
{
    static const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    static const QRegularExpression sqliteCall(QStringLiteral(R"(\bsqlite3_\w+\s*\(|\bQSql(Query|Database)\b)"));
    const bool sqlAllowed = kSqlFolders.contains(areaOf(file) + QLatin1Char('/'));
    QStringList out;
    const QStringList lines = stripComments(source).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const auto m = include.match(lines.at(i));
        QString problem;
        if (m.hasMatch())
            problem = m.captured(1) == QLatin1String("\"") ? checkProjectInclude(file, m.captured(2))
                                                           : checkSystemInclude(file, m.captured(2));
        else if (!sqlAllowed && sqliteCall.match(lines.at(i)).hasMatch())
            problem = QStringLiteral("SQL outside models/store, import, demo, kpi and quality");
        if (!problem.isEmpty())
            out << QStringLiteral("%1:%2: %3").arg(file).arg(i + 1).arg(problem);
    }
    return out;
}

} // namespace

class TestLayering : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void qtHeadersFound();
    void detectorFindsViolations_data();
    void detectorFindsViolations();
    void treeFollowsLayers();
};

// Without Qt's header lists the module rules would pass on anything.
void TestLayering::qtHeadersFound()
{
    for (const char *module : {"QtWidgets", "QtGui", "QtPrintSupport", "QtCharts", "QtSql"})
        QVERIFY2(qtModules().headerCount(QLatin1String(module)) > 10,
                 qPrintable(QStringLiteral("no headers of %1 below %2")
                                .arg(QLatin1String(module), QLibraryInfo::path(QLibraryInfo::HeadersPath))));
}

void TestLayering::detectorFindsViolations_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<bool>("flagged");
    // Planted violations: each must be found.
    QTest::newRow("store includes kpi") << "models/store/x.cpp" << "#include \"kpi/kpiengine.h\"" << true;
    QTest::newRow("import reaches into kpi") << "models/import/x.cpp" << "#include \"kpi/snapshot.h\"" << true;
    QTest::newRow("domain includes store") << "models/domain/x.h" << "#include \"store/store.h\"" << true;
    QTest::newRow("models includes ui") << "models/report/x.cpp" << "#include \"pages/kpipage.h\"" << true;
    QTest::newRow("widget in models") << "models/services/x.cpp" << "#include <QWidget>" << true;
    QTest::newRow("gui in models") << "models/itemmodels/x.cpp" << "#include <QtGui/QColor>" << true;
    QTest::newRow("charts in pages") << "ui/pages/x.cpp" << "#include <QChartView>" << true;
    QTest::newRow("charts module in app") << "app/x.cpp" << "#include <QtCharts>" << true;
    QTest::newRow("sql in ui") << "ui/pages/x.cpp" << "#include <QSqlQuery>" << true;
    QTest::newRow("sqlite in services") << "models/services/x.cpp" << "#include <sqlite3.h>" << true;
    QTest::newRow("sqlite call in app") << "app/verbs/x.cpp" << "sqlite3_exec(db, \"DELETE FROM leads\", 0, 0, 0);"
                                        << true;
    QTest::newRow("QSqlQuery in report") << "models/report/x.cpp" << "QSqlQuery q(db);" << true;
    // What the rules allow.
    QTest::newRow("kpi includes store") << "models/kpi/x.cpp" << "#include \"store/store.h\"" << false;
    QTest::newRow("services include import") << "models/services/x.cpp" << "#include \"import/bundleimporter.h\""
                                             << false;
    QTest::newRow("charts in ui/charts") << "ui/charts/x.cpp" << "#include <QChartView>" << false;
    QTest::newRow("widget in ui") << "ui/pages/x.cpp" << "#include <QWidget>" << false;
    QTest::newRow("sqlite in store") << "models/store/x.cpp" << "#include <sqlite3.h>" << false;
    QTest::newRow("sqlite call in kpi") << "models/kpi/x.cpp" << "sqlite3_step(st);" << false;
    QTest::newRow("sql in a comment") << "ui/pages/x.cpp" << "// no QSqlQuery here: the service runs it" << false;
    QTest::newRow("core header in models") << "models/csv/x.cpp" << "#include <QString>" << false;
}

void TestLayering::detectorFindsViolations()
{
    QFETCH(QString, file);
    QFETCH(QString, snippet);
    QFETCH(bool, flagged);
    const QStringList found = violations(file, snippet);
    QVERIFY2(!found.isEmpty() == flagged, qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLayering::treeFollowsLayers()
{
    const auto files = sourceFiles();
    QVERIFY2(files.size() > 100, qPrintable(sourceRoot()));
    QStringList problems;
    for (const auto &[file, text] : files)
        problems << violations(file, text);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("layering broken (docs/decisions/layering.md):\n")
                                            + problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
