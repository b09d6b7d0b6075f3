#pragma once
// Reading our own sources for the inspection tests (tst_sqlsafety,
// tst_layering): the files of models/, ui/ and app/, with comments removed.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>
#include <utility>

namespace ra::test {

// Removes comments, keeps string literals (and their line breaks, so line
// numbers stay right).
inline QString stripComments(const QString &src)
{
    QString out;
    out.reserve(src.size());
    enum { Code, Line, Block, Str, Chr, Raw } state = Code;
    QString rawEnd;
    for (qsizetype i = 0; i < src.size(); ++i) {
        const QChar c = src.at(i);
        const QChar n = i + 1 < src.size() ? src.at(i + 1) : QChar();
        switch (state) {
        case Code:
            if (c == QLatin1Char('/') && n == QLatin1Char('/')) {
                state = Line;
                ++i;
                continue;
            }
            if (c == QLatin1Char('/') && n == QLatin1Char('*')) {
                state = Block;
                ++i;
                continue;
            }
            if (c == QLatin1Char('R') && n == QLatin1Char('"')) {
                const qsizetype open = src.indexOf(QLatin1Char('('), i + 2);
                if (open > 0) {
                    rawEnd = QLatin1Char(')') + src.mid(i + 2, open - i - 2) + QLatin1Char('"');
                    out += src.mid(i, open - i + 1);
                    i = open;
                    state = Raw;
                    continue;
                }
            }
            if (c == QLatin1Char('"'))
                state = Str;
            else if (c == QLatin1Char('\''))
                state = Chr;
            out += c;
            break;
        case Line:
            if (c == QLatin1Char('\n')) {
                state = Code;
                out += c;
            }
            break;
        case Block:
            if (c == QLatin1Char('*') && n == QLatin1Char('/')) {
                state = Code;
                ++i;
            } else if (c == QLatin1Char('\n')) {
                out += c;
            }
            break;
        case Str:
        case Chr:
            out += c;
            if (c == QLatin1Char('\\') && i + 1 < src.size()) {
                out += n;
                ++i;
            } else if ((state == Str && c == QLatin1Char('"')) || (state == Chr && c == QLatin1Char('\''))) {
                state = Code;
            }
            break;
        case Raw:
            if (src.mid(i, rawEnd.size()) == rawEnd) {
                out += rawEnd;
                i += rawEnd.size() - 1;
                state = Code;
            } else {
                out += c;
            }
            break;
        }
    }
    return out;
}

inline QString sourceRoot() { return QDir(QStringLiteral(RA_TEST_DATA_DIR "/../..")).absolutePath(); }

// (path relative to the checkout, text) of every .cpp and .h below models/, ui/, app/.
inline QList<std::pair<QString, QString>> sourceFiles()
{
    QList<std::pair<QString, QString>> files;
    for (const char *top : {"models", "ui", "app"}) {
        QDirIterator it(sourceRoot() + QLatin1Char('/') + QLatin1String(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                files.append({QDir(sourceRoot()).relativeFilePath(path), QString::fromUtf8(f.readAll())});
        }
    }
    return files;
}

} // namespace ra::test
