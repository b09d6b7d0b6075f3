#include "demofixture.h"

#include "store/store.h"

namespace ra::testsupport {

Result<DemoSummary> makeDemoStore(const QString &path, const DemoFixture &fixture)
{
    auto store = Store::open(path);
    if (!store)
        return store.error();
    DemoOptions options;
    options.leads = fixture.leads;
    options.seed = fixture.seed;
    options.end = fixture.end;
    options.replace = true;
    return DemoGenerator::generate(**store, options);
}

} // namespace ra::testsupport
