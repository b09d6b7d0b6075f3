// Security by inspection of our own sources (models/, ui/, app/):
//  - SQL is never built from strings (QString::arg, + concatenation,
//    std::to_string, QString::number) — values are bound. The few statements
//    that cannot bind (PRAGMA values, identifiers from our compile-time table
//    specs) are allow-listed below with the reason; a stale entry fails too.
//  - No path or other text ever reaches a shell: no system(), popen(),
//    exec*() of a shell, QProcess running "sh -c", QProcess::startCommand.
// The detectors are tested on planted snippets first, so this test can fail.
#include "support/sourcescan.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

using namespace ra::test;

struct Finding {
    QString file;
    int line = 0;
    QString statement;
};

// The statement's code outside string literals, and its literals' contents.
void splitLiterals(const QString &stmt, QString &code, QStringList &literals)
{
    static const QRegularExpression lit(QStringLiteral("R\"([^(]*)\\((.*?)\\)\\1\"|\"((?:[^\"\\\\]|\\\\.)*)\""),
                                        QRegularExpression::DotMatchesEverythingOption);
    qsizetype last = 0;
    auto it = lit.globalMatch(stmt);
    while (it.hasNext()) {
        const auto m = it.next();
        code += stmt.mid(last, m.capturedStart() - last) + QStringLiteral("\"\"");
        literals << (m.capturedLength(2) > 0 || m.captured(0).startsWith(QLatin1Char('R')) ? m.captured(2) : m.captured(3));
        last = m.capturedEnd();
    }
    code += stmt.mid(last);
}

// Statements (split at ';' outside literals) that hold an SQL fragment in a
// literal and build text around it.
QList<Finding> findBuiltSql(const QString &file, const QString &source)
{
    static const QRegularExpression sqlStart(QStringLiteral(
        R"(^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|CREATE|DROP|ALTER|WITH|ATTACH|VACUUM|FROM|WHERE|VALUES|SET|ORDER BY|GROUP BY|JOIN|LEFT JOIN|LIMIT|ON CONFLICT|DO UPDATE|AND|OR)\b)"));
    static const QRegularExpression building(QStringLiteral(
        R"(\.arg\s*\(|\+|std::to_string|QString::number|QString::asprintf|sprintf|std::format|\.append\s*\()"));
    const QString code = stripComments(source);
    QList<Finding> out;
    qsizetype start = 0;
    bool inStr = false;
    for (qsizetype i = 0; i <= code.size(); ++i) {
        const QChar c = i < code.size() ? code.at(i) : QLatin1Char(';');
        if (inStr) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inStr = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inStr = true;
            continue;
        }
        if (c == QLatin1Char('\'')) { // a char literal such as '"' or ';'
            const qsizetype close = code.indexOf(QLatin1Char('\''), i + (code.mid(i + 1, 1) == QLatin1String("\\") ? 3 : 2));
            if (close > i && close - i <= 8)
                i = close;
            continue;
        }
        if (c != QLatin1Char(';') && c != QLatin1Char('{') && c != QLatin1Char('}'))
            continue;
        const QString stmt = code.mid(start, i - start);
        qsizetype first = start;
        while (first < i && code.at(first).isSpace())
            ++first;
        const int line = int(code.left(first).count(QLatin1Char('\n'))) + 1;
        start = i + 1;
        QString outside;
        QStringList literals;
        splitLiterals(stmt, outside, literals);
        bool hasSql = false;
        for (const QString &l : literals)
            hasSql = hasSql || sqlStart.match(l).hasMatch();
        // "++i" and "+ 1" in index arithmetic are not text building.
        QString ops = outside;
        ops.replace(QRegularExpression(QStringLiteral(R"(\+\+|\+\s*\d+\b|\d+\s*\+)")), QString());
        if (hasSql && building.match(ops).hasMatch())
            out.append({file, line, stmt.simplified()});
    }
    return out;
}

QList<Finding> findShell(const QString &file, const QString &source)
{
    static const QRegularExpression shell(QStringLiteral(
        R"(((?<![\w:.>])system\s*\(|(?<!QLocale)::system\s*\(|\bpopen\s*\(|\bexecl[p]?\s*\(|\bexecv[p]?e?\s*\(|startCommand\s*\(|"/bin/sh"|"sh"|"bash"|"/bin/bash"|"cmd(\.exe)?"|"-c"))"));
    const QString code = stripComments(source);
    QList<Finding> out;
    const QStringList lines = code.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i)
        if (shell.match(lines.at(i)).hasMatch())
            out.append({file, i + 1, lines.at(i).simplified()});
    return out;
}

struct Allowed {
    const char *file;
    const char *fragment; // a piece of the simplified statement
    const char *why;
};

// Statements that cannot use bound values. Keep this list short; every entry
// says why, and must still match something (no stale permissions).
const Allowed kAllowed[] = {
    {"models/store/store.cpp", "PRAGMA user_version = %1",
     "PRAGMA takes no bound parameters; the value is the schema's own integer constant"},
    {"models/import/bundleimporter.cpp", "PRAGMA cache_size = ",
     "PRAGMA takes no bound parameters; the value is an integer read back from SQLite itself"},
    {"models/import/tableimporter.cpp", "\" FROM \"",
     "column and table names come from the compile-time bundle spec (identifiers cannot be bound)"},
    {"models/import/upsertstatement.cpp", "",
     "builds the upsert's column list from the compile-time bundle spec; every value is a '?' bound later"},
    {"models/import/bundleimporter.cpp", "DROP INDEX",
     "an index name (identifier, cannot be bound) read from sqlite_master of our own schema, quoted"},
    {"models/demo/demogenerator.cpp", "FROM \") + table",
     "table names from the generator's constant kDataTables list (identifiers cannot be bound)"},
    {"models/quality/dataquality.cpp", "FROM %",
     "table, column and condition come from the constant check list in that file; the limit is bound"},
    {"models/import/bundleexporter.cpp", "",
     "builds SELECT column lists from the compile-time bundle spec; no value enters the text"},
    {"models/store/schema.cpp", "WITHOUT ROWID",
     "a migration step's table rebuild: table names and column lists are the schema's own literals"},
    {"models/pgstore/tablelayout.cpp", "FROM pragma_",
     "table names read from sqlite_master of the schema built in memory (identifiers cannot be bound)"},
    {"models/pgstore/pgpush.cpp", "",
     "table and column names from the store's table layout, the import id an integer; values travel through COPY"},
    {"models/pgstore/pgpull.cpp", "",
     "table and column names from the store's table layout, import ids integers; COPY (SELECT …) takes no parameters"},
    {"models/pgstore/bulkload.cpp", "",
     "constraint and index names and definitions read back from the server's catalog (quote_ident, regclass, "
     "pg_get_constraintdef, pg_get_indexdef) to drop and re-create them; table names from the table layout"},
    {"models/pgstore/teamimport.cpp", "empty.join",
     "one NOT EXISTS per table of the store's table layout (identifiers cannot be bound); no value enters the text"},
    {"models/pgstore/pgtransaction.cpp", "SELECT %1($1)",
     "the advisory-lock function name is one of our constants; the key is bound"},
    {"models/pgstore/pgschema.cpp", "SET LOCAL ROLE",
     "SET ROLE takes no parameters; the role is the schema owner read from the catalog, quoted by quote_ident"},
};

bool isAllowed(const Finding &f, QList<bool> &used)
{
    for (qsizetype i = 0; i < qsizetype(std::size(kAllowed)); ++i) {
        if (f.file == QLatin1String(kAllowed[i].file) && f.statement.contains(QLatin1String(kAllowed[i].fragment))) {
            used[i] = true;
            return true;
        }
    }
    return false;
}

} // namespace

class TestSqlSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detectorFindsBuiltSql_data();
    void detectorFindsBuiltSql();
    void detectorFindsShell_data();
    void detectorFindsShell();
    void noStringBuiltSql();
    void noShell();
};

void TestSqlSafety::detectorFindsBuiltSql_data()
{
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("arg into exec") << R"(q.exec(QStringLiteral("DELETE FROM leads WHERE lead_id = '%1'").arg(id));)" << true;
    QTest::newRow("plus into prepare") << R"(q.prepare("SELECT * FROM accounts WHERE name = '" + name + "'");)" << true;
    QTest::newRow("built first") << "const QString sql = QStringLiteral(\"SELECT *\")\n + where;\nq.exec(sql);" << true;
    QTest::newRow("std string") << R"(std::string s = std::string("UPDATE t SET a = ") + std::to_string(v);)" << true;
    QTest::newRow("fragment") << R"(sql += " WHERE id = " + id;)" << true;
    QTest::newRow("raw literal arg") << "q.exec(QStringLiteral(R\"(INSERT INTO x VALUES(%1))\").arg(v));" << true;
    QTest::newRow("bound") << R"(q.prepare(QStringLiteral("SELECT * FROM leads WHERE lead_id = ?")); q.addBindValue(id);)" << false;
    QTest::newRow("message arg") << R"(return makeError(Io, QStringLiteral("cannot read %1").arg(path));)" << false;
    QTest::newRow("commented") << "// q.exec(QStringLiteral(\"DELETE FROM x WHERE a=%1\").arg(v));\nint a = 1;" << false;
    QTest::newRow("index arithmetic") << R"(sqlite3_bind_text(st, i + 1, "SELECT", -1, nullptr);)" << false;
}

void TestSqlSafety::detectorFindsBuiltSql()
{
    QFETCH(QString, snippet);
    QFETCH(bool, flagged);
    QCOMPARE(!findBuiltSql(QStringLiteral("x.cpp"), snippet).isEmpty(), flagged);
}

void TestSqlSafety::detectorFindsShell_data()
{
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("system") << R"(::system(qPrintable("xdg-open " + path));)" << true;
    QTest::newRow("popen") << R"(FILE *f = popen(cmd, "r");)" << true;
    QTest::newRow("sh -c") << R"(p.start(QStringLiteral("sh"), {QStringLiteral("-c"), cmd});)" << true;
    QTest::newRow("startCommand") << R"(p.startCommand(QStringLiteral("pdftotext ") + path);)" << true;
    QTest::newRow("argument list") << R"(p.start(QStringLiteral("pdftotext"), {path, out});)" << false;
    QTest::newRow("word in text") << R"(tr("the system is ready");)" << false;
    QTest::newRow("locale") << R"(QLocale::system().toString(n);)" << false;
}

void TestSqlSafety::detectorFindsShell()
{
    QFETCH(QString, snippet);
    QFETCH(bool, flagged);
    QCOMPARE(!findShell(QStringLiteral("x.cpp"), snippet).isEmpty(), flagged);
}

void TestSqlSafety::noStringBuiltSql()
{
    const auto files = sourceFiles();
    QVERIFY2(files.size() > 20, qPrintable(sourceRoot()));
    QList<bool> used(qsizetype(std::size(kAllowed)), false);
    QStringList problems;
    for (const auto &[file, text] : files)
        for (const Finding &f : findBuiltSql(file, text))
            if (!isAllowed(f, used))
                problems << QStringLiteral("%1:%2: %3").arg(f.file).arg(f.line).arg(f.statement.left(160));
    for (qsizetype i = 0; i < used.size(); ++i)
        if (!used[i] && QFile::exists(sourceRoot() + QLatin1Char('/') + QLatin1String(kAllowed[i].file)))
            problems << QStringLiteral("stale allow-list entry: %1 \"%2\"").arg(QLatin1String(kAllowed[i].file),
                                                                              QLatin1String(kAllowed[i].fragment));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("SQL built from strings (bind the values instead):\n")
                                            + problems.join(QLatin1Char('\n'))));
}

void TestSqlSafety::noShell()
{
    QStringList problems;
    for (const auto &[file, text] : sourceFiles())
        for (const Finding &f : findShell(file, text))
            problems << QStringLiteral("%1:%2: %3").arg(f.file).arg(f.line).arg(f.statement.left(160));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("a path could reach a shell:\n") + problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestSqlSafety)
#include "tst_sqlsafety.moc"
