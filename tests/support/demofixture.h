#pragma once
// The demo store the tests share: small, fixed seed, fixed end date, so that
// figures asserted on it (and the golden files) stay put.
#include "demo/demogenerator.h"

#include <QDate>
#include <QString>

namespace ra::testsupport {

struct DemoFixture {
    int leads = 2000;
    quint64 seed = 7;
    QDate end{2026, 11, 20};
};

// Writes the demo store to path (created or replaced) and closes it again.
Result<DemoSummary> makeDemoStore(const QString &path, const DemoFixture &fixture = {});

} // namespace ra::testsupport
