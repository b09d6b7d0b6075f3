#include "csv/csvwriter.h"

#include <QCoreApplication>

namespace ra {

namespace {
constexpr qsizetype kFlushBytes = 1 << 20;
}

CsvWriter::CsvWriter(const QString &path)
    : m_path(path)
    , m_file(path)
{
}

CsvWriter::~CsvWriter()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
}

Status CsvWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ra::Csv", "cannot write %1: %2").arg(m_path, m_file.errorString()));
    m_buffer.reserve(kFlushBytes + 4096);
    return {};
}

bool CsvWriter::needsQuotes(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return false;
    // Leading or trailing spaces are quoted too: readers that trim unquoted
    // fields still see them as part of the value.
    if (utf8.front() == ' ' || utf8.back() == ' ')
        return true;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

QByteArray CsvWriter::escape(QByteArrayView utf8)
{
    if (!needsQuotes(utf8))
        return utf8.toByteArray();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void CsvWriter::addField(QByteArrayView utf8)
{
    if (m_rowStarted)
        m_buffer += ',';
    m_rowStarted = true;
    if (needsQuotes(utf8))
        m_buffer += escape(utf8);
    else
        m_buffer.append(utf8.data(), utf8.size());
}

void CsvWriter::addEmpty()
{
    if (m_rowStarted)
        m_buffer += ',';
    m_rowStarted = true;
}

void CsvWriter::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    flushIfFull();
}

void CsvWriter::writeRow(const QStringList &fields)
{
    for (const QString &f : fields)
        addField(f);
    endRow();
}

void CsvWriter::flushIfFull()
{
    if (m_buffer.size() < kFlushBytes)
        return;
    if (m_file.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
}

Status CsvWriter::close()
{
    if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    if (m_failed) {
        const QString why = m_file.errorString();
        m_file.cancelWriting();
        m_file.commit();
        return makeError(ErrorCode::Io, QCoreApplication::translate("ra::Csv", "cannot write %1: %2").arg(m_path, why));
    }
    if (!m_file.commit())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ra::Csv", "cannot write %1: %2").arg(m_path, m_file.errorString()));
    return {};
}

} // namespace ra
