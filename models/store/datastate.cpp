#include "store/datastate.h"

#include "store/statement.h"

#include <QString>

namespace ra {

Result<DataState> readDataState(sqlite3 *db)
{
    Statement select(db, "SELECT version, stamp FROM data_state WHERE id = 1");
    if (select.next())
        return DataState{select.int64(0), select.int64(1)};
    if (!select.status())
        return makeError(select.status().error().code,
                         QStringLiteral("cannot read the store's data version: %1").arg(select.status().message()));
    return makeError(ErrorCode::Database, QStringLiteral("the store has no data version row"));
}

const char *bumpDataStateSql()
{
    return "UPDATE data_state SET version = version + 1, stamp = random() WHERE id = 1";
}

} // namespace ra
