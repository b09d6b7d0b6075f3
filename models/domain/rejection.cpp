#include "domain/rejection.h"

namespace ra {

QString Rejection::toString() const { return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column, reason); }

} // namespace ra
