#include "desktopintegration.h"

#include "desktopnotifier.h"
#include "settings.h"

#include <QLoggingCategory>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcDesktop, "calldock.widgets.desktop")

namespace {

QImage baseImage(int size) {
    QImage image = QIcon(QStringLiteral(":/calldock/icons/calldock.svg"))
                       .pixmap(size, size)
                       .toImage()
                       .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (image.isNull() || image.size() != QSize(size, size)) {
        // Without the resource (or the SVG plugin) still draw a recognisable blue tile, so the
        // states keep distinct pictures.
        image = QImage(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x0b, 0x6b, 0xcb));
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22);
    }
    return image;
}

// Signed out: grey and faded, like a disabled icon, so "not working yet" reads at a glance.
void greyOut(QImage &image) {
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = line[x];
            const int alpha = qAlpha(pixel) * 55 / 100;
            const int grey = qGray(pixel) * alpha / qMax(1, qAlpha(pixel));
            line[x] = qRgba(grey, grey, grey, alpha);
        }
    }
}

void drawBadge(QImage &image, const QColor &colour, bool exclamation) {
    const qreal size = image.width();
    const qreal diameter = size * 0.5;
    const QRectF badge(size - diameter, size - diameter, diameter, diameter);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, qMax<qreal>(1.0, size / 24)));
    painter.setBrush(colour);
    painter.drawEllipse(badge.adjusted(0.5, 0.5, -0.5, -0.5));
    if (exclamation) {
        // Drawn, not typed: fonts are not guaranteed at 16 px in every tray.
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        const qreal stroke = diameter * 0.16;
        const qreal centreX = badge.center().x();
        painter.drawRect(
            QRectF(centreX - stroke / 2, badge.top() + diameter * 0.2, stroke, diameter * 0.38));
        painter.drawEllipse(QPointF(centreX, badge.top() + diameter * 0.76), stroke * 0.6,
                            stroke * 0.6);
    }
}

} // namespace

DesktopIntegration::DesktopIntegration(Settings &settings, DesktopNotifier &notifier,
                                       QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_menu(std::make_unique<QMenu>()) {
    createMenu();
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::AutoLogCalls) {
            m_autoLogAction->setChecked(m_settings.autoLogCalls());
        }
    });

    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcDesktop) << "no system tray on this desktop";
        return;
    }
    m_tray = new QSystemTrayIcon(this);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger) {
                    emit showHideRequested();
                }
            });
    m_iconState = m_status.state();
    m_tray->setIcon(iconFor(m_iconState));
    m_tray->setToolTip(m_status.toolTip());
    m_tray->show();
    notifier.setTrayIcon(m_tray);
}

DesktopIntegration::~DesktopIntegration() {
    // The icon refers to the menu: it goes first.
    delete m_tray;
    m_tray = nullptr;
}

void DesktopIntegration::createMenu() {
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *showHide = m_menu->addAction(tr("Show/Hide CallDock"));
    showHide->setObjectName(QStringLiteral("showHideAction"));
    connect(showHide, &QAction::triggered, this, &DesktopIntegration::showHideRequested);

    m_menu->addSeparator();
    m_autoLogAction = m_menu->addAction(tr("Auto log calls"));
    m_autoLogAction->setObjectName(QStringLiteral("autoLogAction"));
    m_autoLogAction->setCheckable(true);
    m_autoLogAction->setChecked(m_settings.autoLogCalls());
    // triggered (not toggled): only the user's click is a request; following Settings is not.
    connect(m_autoLogAction, &QAction::triggered, this, &DesktopIntegration::autoLogToggled);

    QAction *history = m_menu->addAction(tr("Call history…"));
    history->setObjectName(QStringLiteral("historyAction"));
    connect(history, &QAction::triggered, this, &DesktopIntegration::historyRequested);
    QAction *activity = m_menu->addAction(tr("Activity…"));
    activity->setObjectName(QStringLiteral("activityAction"));
    connect(activity, &QAction::triggered, this, &DesktopIntegration::activityRequested);
    QAction *catchUp = m_menu->addAction(tr("Catch up un-logged calls now"));
    catchUp->setObjectName(QStringLiteral("catchUpAction"));
    connect(catchUp, &QAction::triggered, this, &DesktopIntegration::catchUpRequested);
    QAction *settings = m_menu->addAction(tr("Settings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    connect(settings, &QAction::triggered, this, &DesktopIntegration::settingsRequested);

    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    connect(quit, &QAction::triggered, this, &DesktopIntegration::quitRequested);
}

void DesktopIntegration::setSignedIn(bool signedIn) {
    m_status.setSignedIn(signedIn);
    refresh();
}

void DesktopIntegration::setCallInProgress(bool inProgress) {
    m_status.setCallInProgress(inProgress);
    refresh();
}

void DesktopIntegration::setLoggingProblem(const QString &message) {
    m_status.setLoggingProblem(message);
    refresh();
}

void DesktopIntegration::setLastLogged(const QString &who, const QDateTime &when) {
    m_status.setLastLogged(who, when);
    refresh();
}

void DesktopIntegration::setExtraLine(const QString &key, const QString &text) {
    m_status.setExtraLine(key, text);
    refresh();
}

void DesktopIntegration::refresh() {
    if (!m_tray) {
        return;
    }
    if (m_status.state() != m_iconState) {
        m_iconState = m_status.state();
        m_tray->setIcon(iconFor(m_iconState));
    }
    m_tray->setToolTip(m_status.toolTip());
}

QIcon DesktopIntegration::iconFor(State state) {
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QImage image = baseImage(size);
        switch (state) {
        case State::SignedOut:
            greyOut(image);
            break;
        case State::Ready:
            break;
        case State::CallInProgress:
            drawBadge(image, QColor(0x2e, 0x9d, 0x3a), false);
            break;
        case State::LoggingProblem:
            drawBadge(image, QColor(0xd3, 0x2f, 0x2f), true);
            break;
        }
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}
