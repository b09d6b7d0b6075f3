#include "services/storesession.h"

#include "kpi/kpiengine.h"
#include "kpi/snapshot.h"
#include "pgstore/teamsettings.h"
#include "pgstore/teamsnapshot.h"
#include "pgstore/teamstore.h"
#include "quality/dataquality.h"
#include "services/engineloader.h"
#include "store/settingsstore.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace ra {

namespace {

// A team store without an offline copy on this machine: the snapshot the
// server keeps for its current data (teamsnapshot.h), when it keeps one; the
// copy is made afterwards (StoreSession::startOfflineCopy).
bool loadServerSnapshot(QPromise<SnapshotLoadOutcome> &promise, const QString &location)
{
    if (QFileInfo::exists(offlineCopyPath(location)))
        return false;
    QElapsedTimer clock;
    clock.start();
    Result<TeamSnapshot> fetched = fetchTeamSnapshot(location);
    if (!fetched)
        return false; // the usual way: copy, then load
    SnapshotLoadOutcome outcome;
    outcome.snapshot = fetched->snapshot;
    outcome.settings = fetched->settings;
    outcome.engine = std::make_shared<const KpiEngine>(fetched->snapshot, fetched->settings);
    outcome.teamServer = fetched->server;
    outcome.teamViewer = fetched->role == TeamRole::Viewer;
    outcome.origin.fromCache = true;
    outcome.origin.cachePath = fetched->server;
    outcome.origin.loadMs = clock.elapsed();
    outcome.copyPending = true;
    promise.addResult(std::move(outcome));
    return true;
}

// Runs on a pool thread with its own Store: a QSqlDatabase connection may
// only be used by the thread that opened it.
void loadSnapshot(QPromise<SnapshotLoadOutcome> &promise, const QString &location)
{
    promise.setProgressRange(0, 100);
    if (isTeamStoreLocation(location) && loadServerSnapshot(promise, location))
        return;
    SnapshotLoadOutcome outcome;
    QString path = location;
    if (isTeamStoreLocation(location)) {
        // The offline copy is brought up to date (one consistent server
        // snapshot, incremental after the first time), then read as a file.
        path = offlineCopyPath(location);
        Result<SyncResult> synced = syncTeamStore(location, path, [&promise](qint64 done, qint64 total, const QString &table) {
            promise.setProgressValueAndText(total > 0 ? int(done * 50 / total) : 0, // the first half of the bar
                                            StoreSession::tr("Copying %1 from the team store").arg(table));
            return !promise.isCanceled();
        });
        if (!synced) {
            outcome.error = synced.error();
            promise.addResult(std::move(outcome));
            return;
        }
        outcome.teamServer = synced->server;
        outcome.teamViewer = synced->role == TeamRole::Viewer;
    }
    outcome.dataPath = path;
    Result<std::unique_ptr<Store>> store = Store::open(path, Store::Mode::ReadOnly);
    if (!store) {
        outcome.error = store.error();
        promise.addResult(std::move(outcome));
        return;
    }
    auto progress = [&promise](qint64 percent, qint64, const QString &stage) {
        promise.setProgressValueAndText(int(percent), stage);
        return !promise.isCanceled();
    };
    Result<std::shared_ptr<const KpiEngine>> engine = loadEngineCached(**store, outcome.origin, progress);
    if (!engine) {
        outcome.error = engine.error();
        promise.addResult(std::move(outcome));
        return;
    }
    outcome.engine = *engine;
    outcome.snapshot = outcome.engine->sharedSnapshot();
    outcome.settings = outcome.engine->settings();
    promise.addResult(std::move(outcome));
}

// The SQL checks of the Data quality page, on their own connection. A failed
// check never stops the dashboard; the page shows why it has no report.
QualityOutcome runQualityChecks(const QString &path, std::shared_ptr<const KpiEngine> engine)
{
    QualityOutcome outcome;
    Result<std::unique_ptr<Store>> store = Store::open(path, Store::Mode::ReadOnly);
    if (!store) {
        outcome.error = store.error();
        return outcome;
    }
    Result<DataQualityReport> quality = checkDataQuality(**store, engine.get());
    if (quality)
        outcome.report = std::make_shared<const DataQualityReport>(std::move(*quality));
    else
        outcome.error = quality.error();
    return outcome;
}

} // namespace

StoreSession::StoreSession(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<SnapshotLoadOutcome>::progressValueChanged, this,
            [this](int value) { Q_EMIT loadProgress(value, m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcher<SnapshotLoadOutcome>::finished, this, &StoreSession::loadFinished);
    connect(&m_copyWatcher, &QFutureWatcher<Status>::finished, this, &StoreSession::offlineCopyFinished);
    connect(&m_qualityWatcher, &QFutureWatcher<QualityOutcome>::finished, this, [this] {
        if (m_qualityGeneration != m_loadGeneration) { // checked an older load: check the current one
            if (m_engine)
                startQualityChecks();
            return;
        }
        const auto future = m_qualityWatcher.future();
        const QualityOutcome outcome = future.resultCount() > 0 ? future.result() : QualityOutcome{};
        m_quality = outcome.report;
        m_qualityError = outcome.error;
        m_qualityPending = false;
        Q_EMIT qualityChanged(); // also when the checks failed, so waiters never hang
    });
}

StoreSession::~StoreSession()
{
    m_watcher.disconnect(this);
    m_qualityWatcher.disconnect(this);
    m_copyWatcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
    if (m_copyCancel)
        *m_copyCancel = true; // an interrupted copy leaves nothing behind
    m_copyWatcher.waitForFinished();
    m_qualityWatcher.waitForFinished(); // the checks cannot be interrupted; they are short
}

bool StoreSession::isReadOnly() const { return m_team ? m_teamViewer : m_store && m_store->isReadOnly(); }

void StoreSession::open(const QString &path, bool create)
{
    if (isTeamStoreLocation(path)) {
        // No UI connection: settings go to the server (applySettings).
        cancelLoad();
        m_store.reset();
        m_team = true;
        m_teamViewer = false;
        m_teamServer.clear();
        m_path = path;
        m_engine.reset();
        m_quality.reset();
        m_snapshot.reset();
        startLoad();
        return;
    }
    if (!create && !QFileInfo::exists(path)) {
        Q_EMIT failed(makeError(ErrorCode::NotFound, tr("no store at %1").arg(path)), path);
        return;
    }
    Result<std::unique_ptr<Store>> store = Store::open(path, Store::Mode::ReadWrite);
    if (!store && store.error().code == ErrorCode::ReadOnly) // still worth showing, without settings writes
        store = Store::open(path, Store::Mode::ReadOnly);
    if (!store) {
        Q_EMIT failed(store.error(), path);
        return;
    }
    cancelLoad();
    m_store = std::move(*store);
    m_team = false;
    m_path = path;
    m_engine.reset();
    m_quality.reset();
    m_qualityError.reset();
    m_snapshot.reset();
    startLoad();
}

void StoreSession::reload()
{
    if (m_store)
        startLoad();
}

void StoreSession::cancelLoad()
{
    if (m_watcher.isRunning())
        m_watcher.cancel();
}

void StoreSession::startQualityChecks()
{
    // One check at a time, and no waiting on the GUI thread: while older checks
    // run, their finished handler starts the current load's checks.
    if (m_qualityWatcher.isRunning())
        return;
    m_qualityGeneration = m_loadGeneration;
    // The checks read the file the snapshot came from (a team store's offline copy).
    m_qualityWatcher.setFuture(QtConcurrent::run(runQualityChecks, m_dataPath, m_engine));
}

void StoreSession::close()
{
    ++m_loadGeneration;
    cancelLoad();
    m_store.reset();
    m_team = false;
    m_engine.reset();
    m_quality.reset();
    m_qualityError.reset();
    m_snapshot.reset();
    m_path.clear();
    Q_EMIT engineChanged();
}

void StoreSession::startLoad()
{
    if (m_watcher.isRunning()) {
        // The superseded worker notices the cancel at its next progress step;
        // setFuture() below drops its pending signals.
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    ++m_loadGeneration;
    m_quality.reset();
    m_qualityError.reset();
    m_qualityPending = true;
    Q_EMIT loadStarted(m_path);
    m_watcher.setFuture(QtConcurrent::run(loadSnapshot, m_path));
}

void StoreSession::loadFinished()
{
    const QFuture<SnapshotLoadOutcome> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT failed(makeError(ErrorCode::Cancelled, tr("Loading was cancelled.")), m_path);
        return;
    }
    SnapshotLoadOutcome outcome = future.result();
    if (outcome.error) {
        Q_EMIT failed(*outcome.error, m_path);
        return;
    }
    m_dataPath = outcome.dataPath;
    m_teamServer = outcome.teamServer;
    m_teamViewer = outcome.teamViewer;
    m_settings = outcome.settings;
    m_snapshot = outcome.snapshot;
    if (m_origin.write)
        m_origin.write->cancel(); // superseded: the new load's state is the one worth caching
    m_origin = std::move(outcome.origin);
    m_engine = outcome.engine;
    Q_EMIT engineChanged();
    if (outcome.copyPending)
        startOfflineCopy(); // the quality checks read the copy, so they follow it
    else
        startQualityChecks();
}

void StoreSession::startOfflineCopy()
{
    if (m_copyWatcher.isRunning()) { // an earlier open's copy of the same or another store
        *m_copyCancel = true;
        m_copyWatcher.waitForFinished();
    }
    m_copyGeneration = m_loadGeneration;
    m_copyCancel = std::make_shared<std::atomic<bool>>(false);
    m_copyWatcher.setFuture(QtConcurrent::run([location = m_path, cancel = m_copyCancel] {
        const Result<SyncResult> synced
            = syncTeamStore(location, offlineCopyPath(location), [cancel](qint64, qint64, const QString &) { return !*cancel; });
        return synced ? Status() : Status(synced.error());
    }));
}

void StoreSession::offlineCopyFinished()
{
    if (m_copyGeneration != m_loadGeneration || !m_team)
        return; // another store or load since
    const Status copied = m_copyWatcher.future().result();
    if (!copied) { // the dashboard stays; the Data quality page says why it has no report
        m_qualityError = copied.error();
        m_qualityPending = false;
        Q_EMIT qualityChanged();
        return;
    }
    m_dataPath = offlineCopyPath(m_path);
    startQualityChecks();
}

Status StoreSession::applySettings(const Settings &wanted)
{
    if (m_team && m_engine)
        return applyTeamSettings(wanted);
    if (!m_store || !m_engine)
        return makeError(ErrorCode::NotFound, tr("No store is open."));
    if (m_store->isReadOnly())
        return makeError(ErrorCode::ReadOnly, tr("The store %1 is read-only; settings cannot be saved.").arg(m_path));
    QList<QPair<QString, QString>> changes;
    for (const QString &key : Settings::keys()) {
        const QString value = wanted.get(key);
        if (value != m_settings.get(key))
            changes.append({key, value});
    }
    if (changes.isEmpty())
        return {};
    if (Status s = saveSettings(*m_store, changes); !s) // all or nothing
        return s;
    Result<Settings> saved = loadSettings(*m_store);
    if (!saved)
        return saved.error();
    m_settings = *saved;
    m_engine = std::make_shared<const KpiEngine>(m_snapshot, m_settings);
    Q_EMIT engineChanged();
    return {};
}

// Each changed key is written on the server (validated as for a file, under
// the write lock); the engine is rebuilt on the same snapshot, as for a file.
Status StoreSession::applyTeamSettings(const Settings &wanted)
{
    if (m_teamViewer)
        return makeError(ErrorCode::ReadOnly, tr("Connected to %1 as a viewer: settings need the admin role.").arg(m_teamServer));
    Settings next = m_settings;
    bool changed = false;
    for (const QString &key : Settings::keys()) {
        const QString value = wanted.get(key);
        if (value == m_settings.get(key))
            continue;
        if (Status s = saveTeamSetting(m_path, key, value); !s)
            return s;
        (void)next.set(key, value);
        changed = true;
    }
    if (!changed)
        return {};
    m_settings = next;
    m_engine = std::make_shared<const KpiEngine>(m_snapshot, m_settings);
    Q_EMIT engineChanged();
    return {};
}

} // namespace ra
