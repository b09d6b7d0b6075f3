#pragma once
// Writes one CSV file: RFC 4180 quoting where a field needs it, UTF-8, LF line
// ends. Fields are appended one by one and buffered; the file replaces any
// earlier one only when close() succeeds (QSaveFile), so a failed export never
// leaves half a file behind under the final name.
#include "core/result.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QStringList>

namespace ra {

class CsvWriter {
public:
    explicit CsvWriter(const QString &path);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    Status open();
    void addField(QByteArrayView utf8);
    void addField(const QByteArray &utf8) { addField(QByteArrayView(utf8)); }
    void addField(const QString &text) { addField(text.toUtf8()); }
    void addField(const char *latin1) { addField(QByteArrayView(latin1)); }
    void addEmpty(); // NULL in the bundle format
    void endRow();
    void writeRow(const QStringList &fields);
    // Flushes and commits the file; the first write error, if any.
    Status close();

    // The field as it appears in the file (quoted when needed).
    static QByteArray escape(QByteArrayView utf8);
    static bool needsQuotes(QByteArrayView utf8);

private:
    void flushIfFull();

    QString m_path;
    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_failed = false;
};

} // namespace ra
