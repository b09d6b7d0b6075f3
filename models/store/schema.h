#pragma once
// Versioned schema: PRAGMA user_version plus an ordered list of migration
// steps. Step i moves a store from version i to i+1.
#include <QStringList>
#include <vector>

namespace ra {

struct MigrationStep {
    int toVersion;
    QStringList statements;
};

const std::vector<MigrationStep> &migrationSteps();
int currentSchemaVersion();

} // namespace ra
