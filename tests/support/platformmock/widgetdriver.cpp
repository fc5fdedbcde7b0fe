#include "widgetdriver.h"

#include "platformmock.h"

#include <QJsonObject>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

WidgetDriver::WidgetDriver(PlatformMock &mock)
    : m_mock(mock) {}

void WidgetDriver::install(QWebEnginePage *page) {
    QWebEngineScript script;
    script.setName(QStringLiteral("calldock-test-driver"));
    script.setSourceCode(m_mock.driverScript());
    // Its own world: it shares the DOM with the widget but none of its JavaScript.
    script.setWorldId(QWebEngineScript::ApplicationWorld + 7);
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setRunsOnSubFrames(true);
    page->scripts().insert(script);
}

QString WidgetDriver::bySign(const QString &sign) {
    return QStringLiteral("document.querySelector('[data-sign=\"%1\"]')").arg(sign);
}

std::optional<QPoint> WidgetDriver::frameOffset(QWebEngineView *view) {
    // The widget frame's place in the host page (main frame: runJavaScript reaches it).
    std::optional<QPoint> offset;
    bool done = false;
    view->page()->runJavaScript(
        QStringLiteral("(() => { const f = document.querySelector('iframe');"
                       " if (!f) return null; const r = f.getBoundingClientRect();"
                       " return [r.left, r.top]; })()"),
        [&](const QVariant &value) {
            const QVariantList point = value.toList();
            if (point.size() == 2) {
                offset = QPoint(qRound(point.at(0).toDouble()), qRound(point.at(1).toDouble()));
            }
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 5000)) {
        return std::nullopt;
    }
    return offset;
}

std::optional<QPoint> WidgetDriver::locate(QWebEngineView *view, const QString &elementExpression) {
    const QJsonValue centre = m_mock.eval(
        QStringLiteral("(() => { const e = %1; if (!e) return null;"
                       " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                       " if (r.width === 0 || r.height === 0) return null;"
                       " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()")
            .arg(elementExpression),
        5000);
    if (!centre.isObject()) {
        return std::nullopt;
    }
    const std::optional<QPoint> offset = frameOffset(view);
    if (!offset) {
        return std::nullopt;
    }
    const QJsonObject point = centre.toObject();
    return *offset
           + QPoint(qRound(point.value(QLatin1String("x")).toDouble()),
                    qRound(point.value(QLatin1String("y")).toDouble()));
}

bool WidgetDriver::hover(QWebEngineView *view, const QString &elementExpression, int timeoutMs) {
    std::optional<QPoint> where;
    if (!QTest::qWaitFor([&] { return (where = locate(view, elementExpression)).has_value(); },
                         timeoutMs)) {
        qWarning() << "widget driver: no element" << elementExpression;
        return false;
    }
    QWidget *target = view->focusProxy() ? view->focusProxy() : view;
    QTest::mouseMove(target, *where);
    return true;
}

bool WidgetDriver::click(QWebEngineView *view, const QString &elementExpression, int timeoutMs) {
    std::optional<QPoint> where;
    if (!QTest::qWaitFor([&] { return (where = locate(view, elementExpression)).has_value(); },
                         timeoutMs)) {
        qWarning() << "widget driver: no element" << elementExpression;
        return false;
    }
    // Chromium's input goes to the render widget, the view's focus proxy.
    QWidget *target = view->focusProxy() ? view->focusProxy() : view;
    QTest::mouseMove(target, *where);
    QTest::qWait(50);
    QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, *where);
    return true;
}
