#include "domain/rejection.h"

#include "domain/reasons.h"

namespace ra {

namespace {
QString located(const Rejection &r, const QString &reason)
{
    return QStringLiteral("%1:%2:%3: %4").arg(r.file).arg(r.line).arg(r.column, reason);
}
} // namespace

QString Rejection::toString() const
{
    return located(*this, reason);
}
QString Rejection::shown() const
{
    return located(*this, shownReason(reason));
}

} // namespace ra
