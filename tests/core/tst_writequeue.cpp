// WriteQueue: the import's background writer. Jobs run in order on one other
// thread; the first failure stops it and comes back from push() and drain();
// pending jobs are dropped, never run, when the queue is destroyed.
#include "import/writequeue.h"

#include <QTest>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <memory>
#include <thread>
#include <vector>

using namespace ra;

class TestWriteQueue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsJobsInOrderOnAnotherThread();
    void firstFailureStopsTheQueue();
    void pushWaitsWhenFull();
    void destructorDropsPendingJobs();
    void jobsAreReleasedOnTheWriterThread();
};

void TestWriteQueue::runsJobsInOrderOnAnotherThread()
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

void TestWriteQueue::firstFailureStopsTheQueue()
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

// A job that waits for a gate the test opens.
class Gate {
public:
    void open()
    {
        {
            std::lock_guard lock(m_mutex);
            m_open = true;
        }
        m_changed.notify_all();
    }
    void waitOpen()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_open; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_open = false;
};

// With room for one job, a third push waits until the writer has finished
// the first job and taken the second. No clock: the first job waits for a
// gate that another thread opens once the third push is under way, and the
// third push must not return before the first job is done.
void TestWriteQueue::pushWaitsWhenFull()
{
    Gate gate;
    std::atomic<bool> firstDone{false}, pushing{false};
    std::atomic<int> ran{0};
    WriteQueue q(1);
    QVERIFY(q.push([&] {
                gate.waitOpen();
                ++ran;
                firstDone = true;
                return Status{};
            }).ok()); // running (or about to)
    QVERIFY(q.push([&] { ++ran; return Status{}; }).ok()); // waiting: the queue is full now
    std::thread opener([&] {
        while (!pushing)
            std::this_thread::yield();
        gate.open();
    });
    pushing = true;
    const Status third = q.push([&] { ++ran; return Status{}; });
    const bool waited = firstDone; // read as the push returned
    opener.join();
    QVERIFY(third.ok());
    QVERIFY2(waited, "push() returned while the queue was full");
    QVERIFY(q.drain().ok());
    QCOMPARE(ran.load(), 3);
}

void TestWriteQueue::destructorDropsPendingJobs()
{
    std::atomic<bool> started{false};
    std::atomic<int> ran{0};
    {
        WriteQueue q(8);
        // Runs until the destructor has begun: only then may the writer look
        // for the next job, so the five behind it are dropped, not run.
        QVERIFY(q.push([&] {
                    started = true;
                    while (!q.stopping())
                        std::this_thread::yield();
                    ++ran;
                    return Status{};
                }).ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY(q.push([&] { ++ran; return Status{}; }).ok());
        while (!started)
            std::this_thread::yield();
    } // waits for the running job, drops the five behind it
    QCOMPARE(ran.load(), 1);
}

// What a job captures (a prepared statement) is released on the writer's
// thread when the job has run, before drain() returns.
void TestWriteQueue::jobsAreReleasedOnTheWriterThread()
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

QTEST_GUILESS_MAIN(TestWriteQueue)
#include "tst_writequeue.moc"
