#pragma once
// The open store as the window sees it: the UI thread's Store connection
// (settings writes), the in-memory snapshot loaded on a worker thread, and
// the KPI engine built on it. Widget-free so tests and the screenshot verb
// drive it the same way the window does.
#include "core/result.h"
#include "domain/settings.h"
#include "services/engineloader.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <QString>
#include <memory>
#include <optional>

namespace ra {

class KpiEngine;
struct DataQualityReport;
class Snapshot;
class Store;

// What the worker hands back; default-constructible because QFuture stores it.
struct SnapshotLoadOutcome {
    std::shared_ptr<const Snapshot> snapshot;
    std::shared_ptr<const KpiEngine> engine;
    Settings settings;
    SnapshotOrigin origin;
    std::optional<Error> error;
    QString dataPath;   // the file read: the store, or a team store's offline copy
    QString teamServer; // team store only: "user@host:port/db"
    bool teamViewer = false;
    bool copyPending = false; // team store read from the server's snapshot: the offline copy is still to be made
};

// The data-quality checks' result: a report, or why there is none.
struct QualityOutcome {
    std::shared_ptr<const DataQualityReport> report;
    std::optional<Error> error;
};

class StoreSession : public QObject {
    Q_OBJECT
public:
    explicit StoreSession(QObject *parent = nullptr);
    ~StoreSession() override; // cancels a running load and waits for its worker

    // Opens the UI connection (falling back to read-only when the file is not
    // writable), then loads the snapshot off the UI thread. A team store
    // (postgresql://… or service=…) is first synced into its offline copy
    // (offlineCopyPath) on the worker, which is then loaded like a file; when
    // there is no copy yet, the snapshot the server keeps for its current data
    // is shown first and the copy is made in the background. A fault is
    // reported through failed() and leaves the previous store open. Only
    // `create` makes a new store file; opening a missing file is a fault.
    void open(const QString &path, bool create = false);
    // Reloads the snapshot of the open store (after an import).
    void reload();
    void cancelLoad();
    void close();

    bool isOpen() const { return m_store != nullptr || m_team; }
    bool isTeam() const { return m_team; }
    // Team store, once loaded: the server and whether this login is a viewer.
    QString teamServer() const { return m_teamServer; }
    bool isTeamViewer() const { return m_teamViewer; }
    // The file the snapshot came from (for a team store, its offline copy;
    // empty while that copy is being made).
    QString dataPath() const { return m_dataPath; }
    bool isMakingOfflineCopy() const { return m_copyWatcher.isRunning(); }
    bool isLoading() const { return m_watcher.isRunning(); }
    bool isReadOnly() const;
    QString path() const { return m_path; }
    Store *store() const { return m_store.get(); }
    std::shared_ptr<const KpiEngine> engine() const { return m_engine; }
    const Settings &settings() const { return m_settings; }
    // Where the current snapshot came from (the snapshot cache or the store).
    const SnapshotOrigin &snapshotOrigin() const { return m_origin; }
    // The data-quality checks (they read SQL, so not in the pages). They run
    // on a second worker after each load, so the dashboard shows first; null
    // until they are done or when they failed (qualityError() then says why).
    std::shared_ptr<const DataQualityReport> quality() const { return m_quality; }
    std::optional<Error> qualityError() const { return m_qualityError; }
    bool isCheckingQuality() const { return m_engine && m_qualityPending; }

    // Validates and writes the changed keys on the UI connection, then
    // rebuilds the engine on the same in-memory snapshot (no reload).
    Status applySettings(const Settings &wanted);

Q_SIGNALS:
    void loadStarted(const QString &path);
    void loadProgress(int percent, const QString &stage);
    void engineChanged();              // a new engine (store opened, reloaded, settings changed)
    void qualityChanged();             // the data-quality report of the current load is ready
    void failed(const ra::Error &error, const QString &path);

private:
    void startLoad();
    void loadFinished();
    void startQualityChecks();
    void startOfflineCopy();
    void offlineCopyFinished();
    Status applyTeamSettings(const Settings &wanted);

    QString m_path;
    QString m_dataPath;
    QString m_teamServer;
    bool m_team = false, m_teamViewer = false;
    std::unique_ptr<Store> m_store;
    std::shared_ptr<const Snapshot> m_snapshot;
    std::shared_ptr<const KpiEngine> m_engine;
    std::shared_ptr<const DataQualityReport> m_quality;
    std::optional<Error> m_qualityError;
    Settings m_settings;
    SnapshotOrigin m_origin; // its write, if any, is waited for by the destructor
    QFutureWatcher<SnapshotLoadOutcome> m_watcher;
    QFutureWatcher<QualityOutcome> m_qualityWatcher;
    QFutureWatcher<Status> m_copyWatcher; // a team store's first offline copy, after a load from the server's snapshot
    std::shared_ptr<std::atomic<bool>> m_copyCancel;
    quint64 m_copyGeneration = 0;
    quint64 m_loadGeneration = 0;    // bumped by every load and close
    quint64 m_qualityGeneration = 0; // the load the running quality checks belong to
    bool m_qualityPending = false;   // qualityChanged() not yet emitted for the current load
};

} // namespace ra
