#include "import/writequeue.h"

namespace ra {

WriteQueue::WriteQueue(std::size_t maxPending) : m_maxPending(std::max<std::size_t>(1, maxPending))
{
    m_thread = std::thread([this] { loop(); });
}

WriteQueue::~WriteQueue()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    m_jobs.clear(); // after the join: whatever they own is released on this thread
}

Status WriteQueue::push(Job job)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_failure.ok() || m_jobs.size() < m_maxPending; });
    if (!m_failure.ok())
        return m_failure;
    m_jobs.push_back(std::move(job));
    lock.unlock();
    m_wake.notify_one();
    return {};
}

Status WriteQueue::drain()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_failure.ok() || (m_jobs.empty() && !m_running); });
    return m_failure;
}

bool WriteQueue::stopping() const
{
    std::lock_guard lock(m_mutex);
    return m_stop;
}

void WriteQueue::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return m_stop || (m_failure.ok() && !m_jobs.empty()); });
        if (m_stop)
            return;
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_running = true;
        lock.unlock();
        m_changed.notify_all(); // room for one more
        Status s = job();
        job = nullptr; // release what the job owns before reporting idle
        lock.lock();
        m_running = false;
        if (!s.ok())
            m_failure = s;
        m_changed.notify_all();
    }
}

} // namespace ra
