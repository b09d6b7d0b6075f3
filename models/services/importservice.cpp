#include "services/importservice.h"

#include "import/bundleimporter.h"
#include "pgstore/teamimport.h"
#include "pgstore/teamstore.h"
#include "store/store.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace ra {

qint64 ImportOutcome::accepted() const
{
    qint64 n = 0;
    for (const ImportFileReport &f : files)
        n += f.accepted;
    return n;
}

qint64 ImportOutcome::rejected() const
{
    qint64 n = 0;
    for (const ImportFileReport &f : files)
        n += f.rejected;
    return n;
}

namespace {

constexpr int kProblemsPerFile = 20; // the dialog shows a sample; the CLI and the store keep them all

// On a pool thread: the Store is opened here because a QSqlDatabase
// connection belongs to the thread that opened it.
// Progress values past the bundle's 100%: the team store's own steps, in
// the order they run (QPromise drops a text whose value does not rise).
constexpr int kServerRows = 101;     // keys and indexes built, or changes sent
constexpr int kServerSnapshot = 102; // the snapshot for first reads saved

int progressValue(const QString &stage, int percent)
{
    if (stage == QLatin1String(kStageServerKeys) || stage == QLatin1String(kStageServerSend))
        return kServerRows;
    return stage == QLatin1String(kStageServerSnapshot) ? kServerSnapshot : percent;
}

// What the dialog says while a stage runs: the share of the bundle read, or
// the team store's own work once the bundle is through.
QString progressText(const QString &stage, int percent, bool dryRun)
{
    if (stage == QLatin1String(kStageServerKeys))
        return ImportService::tr("Building the team store's keys and indexes…");
    if (stage == QLatin1String(kStageServerSend))
        return ImportService::tr("Sending the changes to the team store…");
    if (stage == QLatin1String(kStageServerSnapshot))
        return ImportService::tr("Saving the team's numbers for first reads on other laptops…");
    return dryRun ? ImportService::tr("Checking… %1%").arg(percent) : ImportService::tr("Importing… %1%").arg(percent);
}

void runImport(QPromise<ImportOutcome> &promise, const QString &folder, const QString &storePath, bool dryRun)
{
    ImportOutcome outcome;
    outcome.dryRun = dryRun;
    promise.setProgressRange(0, kServerSnapshot); // 0–100: the share of the bundle read
    const bool team = isTeamStoreLocation(storePath);
    Result<std::unique_ptr<Store>> store =
        team ? Result<std::unique_ptr<Store>>(nullptr) : Store::open(storePath, Store::Mode::ReadWrite);
    if (!store) {
        outcome.error = store.error();
        promise.addResult(std::move(outcome));
        return;
    }
    ImportOptions options;
    options.dryRun = dryRun;
    int lastPercent = -1;
    QString lastText;
    options.progress = [&promise, &lastPercent, &lastText, dryRun](qint64 done, qint64 total, const QString &stage) {
        const int percent = total > 0 ? qBound(0, int(done * 100 / total), 100) : 100;
        QString text = progressText(stage, percent, dryRun);
        if (percent != lastPercent || text != lastText) { // called per chunk; one signal per change is plenty
            lastPercent = percent;
            lastText = std::move(text);
            promise.setProgressValueAndText(progressValue(stage, percent), lastText);
        }
        return !promise.isCanceled();
    };
    // A team store checks the bundle with the same importer, on its working copy.
    Result<ImportSummary> summary = team ? importIntoTeamStore(storePath, folder, TeamImportOptions{options})
                                         : BundleImporter(**store).run(folder, options);
    if (!summary) {
        outcome.error = summary.error();
    } else {
        for (const FileSummary &f : summary->files) {
            if (!f.present)
                continue;
            ImportFileReport report;
            report.file = f.file;
            report.accepted = f.inserted + f.updated + f.unchanged;
            report.rejected = f.rejected;
            report.rows = report.accepted + report.rejected;
            for (const Rejection &r : summary->rejections)
                if (r.file == f.file && report.problems.size() < kProblemsPerFile)
                    report.problems << r.shown();
            for (const QString &w : f.warningMessages)
                if (report.problems.size() < kProblemsPerFile)
                    report.problems << w;
            outcome.files.push_back(std::move(report));
        }
    }
    promise.addResult(std::move(outcome));
}

} // namespace

ImportService::ImportService(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(qMin(value, 100), m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this] {
        const QFuture<ImportOutcome> f = m_watcher.future();
        ImportOutcome outcome;
        if (f.resultCount() > 0)
            outcome = f.result();
        else
            outcome.error = makeError(ErrorCode::Cancelled, tr("The import was cancelled; the store is unchanged."));
        Q_EMIT finished(outcome);
    });
}

ImportService::~ImportService()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ImportService::preview(const QString &bundleFolder, const QString &storePath)
{
    start(bundleFolder, storePath, true);
}

void ImportService::import(const QString &bundleFolder, const QString &storePath)
{
    start(bundleFolder, storePath, false);
}

void ImportService::cancel() { m_watcher.cancel(); }

void ImportService::start(const QString &bundleFolder, const QString &storePath, bool dryRun)
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run(runImport, bundleFolder, storePath, dryRun));
}

} // namespace ra
