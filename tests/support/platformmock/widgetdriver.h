#pragma once

#include <QPoint>
#include <QString>

#include <optional>

class PlatformMock;
class QWebEnginePage;
class QWebEngineView;

// Reaches into the real widget's frame from a test: injects widgetdriver.js into a page (as a
// QWebEngineScript in an isolated world, so the widget's files and code stay untouched) and
// clicks the widget's elements with real mouse events, as a user does.
class WidgetDriver final {
    Q_DISABLE_COPY_MOVE(WidgetDriver)

public:
    explicit WidgetDriver(PlatformMock &mock);

    // Frames `page` loads from now on (including reloads) run the driver.
    void install(QWebEnginePage *page);

    // Where the element `elementExpression` (JavaScript in the widget frame) is, in `view`'s
    // coordinates; scrolled into view first. Empty when it is not there.
    std::optional<QPoint> locate(QWebEngineView *view, const QString &elementExpression);
    // A left click at the element's centre; false when the element is not found in time.
    bool click(QWebEngineView *view, const QString &elementExpression, int timeoutMs = 20000);

    // Moves the mouse onto the element's centre (some controls appear only on hover).
    bool hover(QWebEngineView *view, const QString &elementExpression, int timeoutMs = 20000);

    // JavaScript for "the element with data-sign=`sign`" (the widget marks its controls).
    static QString bySign(const QString &sign);

private:
    std::optional<QPoint> frameOffset(QWebEngineView *view);

    PlatformMock &m_mock;
};
