#pragma once
// The import's SQLite work, run in order on one background thread, so that
// reading and checking the CSV (one core) overlaps with SQLite writing the
// rows (the other core). See docs/decisions/import-pipeline.md.
//
// The importer's connection is used by exactly one thread at a time: while a
// WriteQueue is alive and not drained, only its jobs touch the connection.
// After the first failing job nothing more runs; push() and drain() return
// that failure, and the pending jobs are destroyed (not run) by the
// destructor, after the thread has stopped.
#include "core/result.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ra {

class WriteQueue {
public:
    using Job = std::function<Status()>;

    // maxPending bounds the memory of the queued jobs: push() waits when full.
    explicit WriteQueue(std::size_t maxPending = 8);
    ~WriteQueue();
    WriteQueue(const WriteQueue &) = delete;
    WriteQueue &operator=(const WriteQueue &) = delete;

    // Queues job behind the others. When an earlier job failed, job is not
    // queued and that failure is returned.
    Status push(Job job);
    // Waits until every queued job has run; returns the first failure, if any.
    Status drain();
    // True once the destructor has begun: the running job is the last one, so
    // a long job may stop early.
    bool stopping() const;

private:
    void loop();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;    // the thread: a job or stop
    std::condition_variable m_changed; // push/drain: room, idle or failure
    std::deque<Job> m_jobs;
    std::size_t m_maxPending;
    bool m_running = false; // the thread is inside a job
    bool m_stop = false;
    Status m_failure;
    std::thread m_thread;
};

} // namespace ra
