#pragma once
// "Open the demo store" on the welcome screen: writes the demo store at the
// default path on a worker thread when it does not hold data yet.
#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <optional>

namespace ra {

class DemoStoreService : public QObject {
    Q_OBJECT
public:
    explicit DemoStoreService(QObject *parent = nullptr);
    ~DemoStoreService() override; // waits for a running generation

    static constexpr int kDemoLeads = 20000;

    void ensureDemoStore(const QString &path);
    bool isBusy() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progress(int percent);
    void ready(const QString &path);
    void failed(const ra::Error &error, const QString &path);

private:
    void finished();

    QString m_path;
    QFutureWatcher<std::optional<Error>> m_watcher;
};

} // namespace ra
