// WriteQueue: the import's background writer. Jobs run in order on one other
// thread; the first failure stops it and comes back from push() and drain();
// pending jobs are dropped, never run, when the queue is destroyed.
#include "import/writequeue.h"

#include <QTest>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

using namespace ra;

class TstWriteQueue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsJobsInOrderOnAnotherThread();
    void firstFailureStopsTheQueue();
    void pushWaitsWhenFull();
    void destructorDropsPendingJobs();
    void jobsAreReleasedOnTheWriterThread();
};

void TstWriteQueue::runsJobsInOrderOnAnotherThread()
{
    std::vector<int> order;
    std::thread::id writer;
    {
        WriteQueue q(2);
        for (int i = 0; i < 100; ++i) {
            QVERIFY(q.push([&, i] {
                        order.push_back(i);
                        writer = std::this_thread::get_id();
                        return Status{};
                    }).ok());
        }
        QVERIFY(q.drain().ok());
        QCOMPARE(order.size(), std::size_t(100)); // drained: all ran, visible here
    }
    for (int i = 0; i < 100; ++i)
        QCOMPARE(order[std::size_t(i)], i);
    QVERIFY(writer != std::this_thread::get_id());
}

void TstWriteQueue::firstFailureStopsTheQueue()
{
    std::atomic<int> ran{0};
    WriteQueue q;
    QVERIFY(q.push([&] { ++ran; return Status{}; }).ok());
    QVERIFY(q.push([&] { ++ran; return Status(makeError(ErrorCode::Database, QStringLiteral("leads.csv:7: disk full"))); }).ok());
    // Queued or refused, depending on whether the failure already happened: it never runs.
    (void)q.push([&] { ++ran; return Status(makeError(ErrorCode::Internal, QStringLiteral("second"))); });
    const Status drained = q.drain();
    QVERIFY(!drained.ok());
    QCOMPARE(drained.error().code, ErrorCode::Database);
    QCOMPARE(drained.message(), QStringLiteral("leads.csv:7: disk full"));
    QCOMPARE(ran.load(), 2); // the job after the failure never ran
    const Status pushed = q.push([&] { ++ran; return Status{}; });
    QVERIFY(!pushed.ok());
    QCOMPARE(pushed.message(), QStringLiteral("leads.csv:7: disk full"));
    QCOMPARE(q.drain().message(), QStringLiteral("leads.csv:7: disk full"));
    QCOMPARE(ran.load(), 2);
}

void TstWriteQueue::pushWaitsWhenFull()
{
    std::atomic<bool> release{false};
    std::atomic<int> ran{0};
    WriteQueue q(1);
    auto slow = [&] {
        while (!release)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        ++ran;
        return Status{};
    };
    QVERIFY(q.push(slow).ok()); // running (or about to)
    QVERIFY(q.push(slow).ok()); // waiting: the queue is full now
    std::atomic<bool> thirdQueued{false};
    std::thread pusher([&] {
        (void)q.push(slow);
        thirdQueued = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    QVERIFY(!thirdQueued); // blocked until the writer takes the next job
    release = true;
    pusher.join();
    QVERIFY(q.drain().ok());
    QCOMPARE(ran.load(), 3);
}

void TstWriteQueue::destructorDropsPendingJobs()
{
    std::atomic<bool> started{false}, release{false};
    std::atomic<int> ran{0};
    std::thread releaser;
    {
        WriteQueue q(8);
        QVERIFY(q.push([&] {
                    started = true;
                    while (!release)
                        std::this_thread::sleep_for(std::chrono::milliseconds(1));
                    ++ran;
                    return Status{};
                }).ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY(q.push([&] { ++ran; return Status{}; }).ok());
        while (!started)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        releaser = std::thread([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            release = true;
        });
    } // waits for the running job, drops the five behind it
    releaser.join();
    QCOMPARE(ran.load(), 1);
}

// What a job captures (a prepared statement) is released on the writer's
// thread when the job has run, before drain() returns.
void TstWriteQueue::jobsAreReleasedOnTheWriterThread()
{
    struct Probe {
        explicit Probe(std::thread::id *on) : releasedOn(on) {}
        ~Probe() { *releasedOn = std::this_thread::get_id(); }
        std::thread::id *releasedOn;
    };
    std::thread::id releasedOn;
    WriteQueue q;
    // The job holds the only reference.
    QVERIFY(q.push([probe = std::make_shared<Probe>(&releasedOn)] { return Status{}; }).ok());
    QVERIFY(q.drain().ok());
    QVERIFY(releasedOn != std::thread::id());
    QVERIFY(releasedOn != std::this_thread::get_id());
}

QTEST_GUILESS_MAIN(TstWriteQueue)
#include "tst_writequeue.moc"
