#include "catchuppager.h"

#include <QtGlobal>

CatchUpPager::CatchUpPager(Mode mode, int maxPages)
    : m_mode(mode)
    , m_maxPages(qMax(1, maxPages)) {}

CatchUpPager::Step CatchUpPager::accept(const QStringList &sessionIds, bool hasMore) {
    Step step;
    ++m_pagesDone;
    for (const QString &id : sessionIds) {
        if (!id.isEmpty() && !m_seen.contains(id)) {
            m_seen.insert(id);
            step.newSessionIds.append(id);
        }
    }
    if (!hasMore) {
        step.finished = true;
        return step;
    }
    if (m_mode == Mode::Count || step.newSessionIds.isEmpty()) {
        ++m_page;
    }
    if (m_pagesDone >= m_maxPages) {
        step.finished = true;
        step.hitPageLimit = true;
    }
    return step;
}
