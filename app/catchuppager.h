#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// Decides which /unlogged-calls page to ask for next during one catch-up run.
//
// The widget answers each page after asking CallDock's matcher, so calls stored on one page
// vanish from the list before the next request. Paging therefore depends on the mode:
//   - Store: ask for the same page again while it brings calls not seen in this run (what we
//     stored has gone, the next calls moved up). A page of only seen calls means the widget still
//     lists them as not logged (a stale match); step past them so the run neither loops on them
//     nor skips what follows.
//   - Count: nothing is stored, the list does not shrink: advance page by page.
// Calls that move while paging (a newer call pushes the list down) are counted once by session
// id. A run ends when the widget says there is no more, or after `maxPages` pages as a guard
// against a widget that keeps answering with more.
class CatchUpPager final {
public:
    enum class Mode { Store, Count };

    struct Step {
        QStringList newSessionIds; // calls of this page not seen before in this run
        bool finished = false;     // no page left to ask for
        bool hitPageLimit = false; // finished because of the `maxPages` guard, not the widget
    };

    CatchUpPager(Mode mode, int maxPages);

    Mode mode() const { return m_mode; }
    // The page (from 1) to ask for next.
    int page() const { return m_page; }
    int pagesDone() const { return m_pagesDone; }
    // Distinct calls seen in this run.
    int seenCount() const { return int(m_seen.size()); }

    // Takes the session ids of an answered page and the widget's hasMore.
    Step accept(const QStringList &sessionIds, bool hasMore);

private:
    Mode m_mode;
    int m_maxPages;
    int m_page = 1;
    int m_pagesDone = 0;
    QSet<QString> m_seen;
};
