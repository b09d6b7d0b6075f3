#include "pgstore/copysink.h"

#include "import/importsummary.h"
#include "import/rowbatch.h"
#include "pgstore/pgcopystream.h"

#include <charconv>
#include <cstdio>

namespace ra {
namespace {

void appendInteger(std::string &out, qint64 v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

// COPY's text format escapes the backslash, tab, newline and carriage return.
void appendText(std::string &out, std::string_view text)
{
    std::size_t plain = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const char *escaped = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : nullptr;
        if (!escaped)
            continue;
        out.append(text.substr(plain, i - plain));
        out.append(escaped, 2);
        plain = i + 1;
    }
    out.append(text.substr(plain));
}

void appendCell(std::string &out, const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Null: out += "\\N"; return;
    case Cell::Type::Int: appendInteger(out, cell.i); return;
    case Cell::Type::Real: {
        char buf[32];
        const int n = std::snprintf(buf, sizeof buf, "%.17g", cell.d); // round-trips exactly, as the working copy's rows
        out.append(buf, std::size_t(n));
        return;
    }
    case Cell::Type::Text: appendText(out, cell.text); return;
    }
}

class CopySink : public RowSink {
public:
    CopySink(PgConnection &conn, const std::vector<bool> &written, qint64 importId)
        : m_copy(conn), m_written(written)
    {
        appendInteger(m_rev, importId);
    }

    Status open(const TableSpec &table)
    {
        QStringList columns;
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            if (m_written[c])
                columns << QString::fromStdString(table.columns[c].name); // from the fixed spec, never from the file
        columns << QStringLiteral("rev");
        return m_copy.begin(QStringLiteral("COPY revalign.%1 (%2) FROM STDIN")
                                .arg(QString::fromStdString(table.table), columns.join(QStringLiteral(", "))));
    }

    Status write(const RowBatch &batch, FileSummary &, const QString &file) override
    {
        std::string &out = m_copy.buffer();
        for (std::size_t r = 0; r < batch.size(); ++r) {
            if (!batch.knownNew(r))
                return makeError(ErrorCode::Internal,
                                 QStringLiteral("%1:%2: the row's key is already stored, but the team store's tables were "
                                                "empty when the import began")
                                     .arg(file)
                                     .arg(batch.line(r)));
            const std::span<const Cell> cells = batch.cells(r);
            for (std::size_t c = 0; c < cells.size(); ++c) {
                if (!m_written[c])
                    continue;
                appendCell(out, cells[c]);
                out += '\t';
            }
            out += m_rev;
            out += '\n';
        }
        if (Status s = m_copy.flush(); !s)
            return makeError(s.error().code, QStringLiteral("%1: %2").arg(file, s.message()));
        return {};
    }

    Status finish() override { return m_copy.end(); }

private:
    PgCopyStream m_copy;
    std::vector<bool> m_written;
    std::string m_rev;
};

} // namespace

RowSinkFactory teamCopySinks(PgConnection &conn, qint64 importId)
{
    return [&conn, importId](const TableSpec &table, const std::vector<bool> &written) -> Result<std::unique_ptr<RowSink>> {
        auto sink = std::make_unique<CopySink>(conn, written, importId);
        if (Status s = sink->open(table); !s)
            return s.error();
        return std::unique_ptr<RowSink>(std::move(sink));
    };
}

} // namespace ra
