#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

// Cancels history requests that are no longer wanted: a model starts a new generation when its
// query changes, and every request carries the Stamp of the generation it was made in. An
// answer whose stamp is stale is dropped (the rows of the old filter never reach the new one),
// and a source may skip a stale request before it runs (typing a search does not queue a count
// per key). Stamps are checked on the storage thread too, so the counter is atomic.
class CallHistoryGeneration final {
    Q_DISABLE_COPY_MOVE(CallHistoryGeneration)

public:
    class Stamp final {
    public:
        Stamp() = default; // never stale: a request nobody cancels (an export)
        bool isStale() const { return m_counter && m_counter->load() != m_value; }

    private:
        friend class CallHistoryGeneration;
        Stamp(std::shared_ptr<const std::atomic<quint64>> counter, quint64 value)
            : m_counter(std::move(counter))
            , m_value(value) {}

        std::shared_ptr<const std::atomic<quint64>> m_counter;
        quint64 m_value = 0;
    };

    CallHistoryGeneration()
        : m_counter(std::make_shared<std::atomic<quint64>>(0)) {}

    Stamp stamp() const { return Stamp(m_counter, m_counter->load()); }
    // Makes every stamp handed out so far stale.
    void advance() { ++*m_counter; }

private:
    std::shared_ptr<std::atomic<quint64>> m_counter;
};
