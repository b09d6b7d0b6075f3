#include "store/datastate.h"

#include <QString>
#include <sqlite3.h>

namespace ra {

Result<DataState> readDataState(sqlite3 *db)
{
    static const char *const kSelect = "SELECT version, stamp FROM data_state WHERE id = 1";
    sqlite3_stmt *st = nullptr;
    const int prepared = sqlite3_prepare_v2(db, kSelect, -1, &st, nullptr);
    if (prepared != SQLITE_OK)
        return makeError(ErrorCode::Database,
                         QStringLiteral("cannot read the store's data version: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    DataState state;
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        state.version = sqlite3_column_int64(st, 0);
        state.stamp = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return makeError(ErrorCode::Database, QStringLiteral("the store has no data version row"));
    return state;
}

const char *bumpDataStateSql()
{
    return "UPDATE data_state SET version = version + 1, stamp = random() WHERE id = 1";
}

} // namespace ra
