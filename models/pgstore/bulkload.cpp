#include "pgstore/bulkload.h"

#include "pgstore/pgconnection.h"
#include "pgstore/tablelayout.h"

namespace ra {
namespace {

QString qualified(const QString &table) { return QStringLiteral("revalign.") + table; }

} // namespace

Result<bool> DeferredChecks::lockDataTables(PgConnection &conn)
{
    Result<PgRows> owner = conn.query(QStringLiteral(
        "SELECT coalesce(bool_and(pg_has_role(c.relowner, 'USAGE')), false) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'revalign' AND c.relkind = 'r'"));
    if (!owner)
        return owner.error();
    if (owner->text(0, 0) != QLatin1String("t"))
        return false;
    QStringList tables;
    for (const TableLayout &t : storeTables())
        if (t.sync == TableLayout::Sync::ByRevision)
            tables << qualified(t.name);
    if (Status s = conn.command(QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(tables.join(QStringLiteral(", ")))); !s)
        return s.error();
    return true;
}

Status DeferredChecks::dropForeignKeys(PgConnection &conn, const QString &table, bool referring)
{
    Result<PgRows> keys = conn.query(QStringLiteral("SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) "
                                                    "FROM pg_constraint WHERE contype = 'f' AND (conrelid = $1::regclass%1) "
                                                    "ORDER BY 1, 2")
                                         .arg(referring ? QStringLiteral(" OR confrelid = $1::regclass") : QString()),
                                     {qualified(table)});
    if (!keys)
        return keys.error();
    for (int r = 0; r < keys->rows(); ++r) {
        if (Status s = conn.command(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(keys->text(r, 0), keys->text(r, 1))); !s)
            return s;
        m_foreignKeys.push_back({keys->text(r, 0), keys->text(r, 1) + QLatin1Char(' ') + keys->text(r, 2)});
    }
    return {};
}

Status DeferredChecks::deferForeignKeys(PgConnection &conn, const QString &table)
{
    return dropForeignKeys(conn, table, false);
}

Status DeferredChecks::deferAll(PgConnection &conn, const QString &table)
{
    if (Status s = dropForeignKeys(conn, table, true); !s)
        return s;
    // Indexes of their own first (a key's index goes with its constraint).
    Result<PgRows> indexes = conn.query(QStringLiteral("SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index i "
                                                       "WHERE indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                                                       "WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid) ORDER BY 1"),
                                        {qualified(table)});
    if (!indexes)
        return indexes.error();
    for (int r = 0; r < indexes->rows(); ++r) {
        if (Status s = conn.command(QStringLiteral("DROP INDEX %1").arg(indexes->text(r, 0))); !s)
            return s;
        m_indexes.push_back(indexes->text(r, 1));
    }
    Result<PgRows> keys = conn.query(QStringLiteral("SELECT quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint "
                                                    "WHERE conrelid = $1::regclass AND contype IN ('p', 'u') ORDER BY 1"),
                                     {qualified(table)});
    if (!keys)
        return keys.error();
    for (int r = 0; r < keys->rows(); ++r) {
        if (Status s = conn.command(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(qualified(table), keys->text(r, 0))); !s)
            return s;
        m_keys.push_back({qualified(table), keys->text(r, 0) + QLatin1Char(' ') + keys->text(r, 1)});
    }
    return {};
}

Status DeferredChecks::restore(PgConnection &conn)
{
    for (const Dropped &k : m_keys)
        if (Status s = conn.command(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2").arg(k.table, k.definition)); !s)
            return s;
    for (const QString &sql : m_indexes)
        if (Status s = conn.command(sql); !s)
            return s;
    for (const Dropped &k : m_foreignKeys)
        if (Status s = conn.command(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2").arg(k.table, k.definition)); !s)
            return s;
    m_keys.clear();
    m_indexes.clear();
    m_foreignKeys.clear();
    return {};
}

} // namespace ra
