#pragma once

#include <QTimer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

// Shown instead of the web view when the widget cannot load: what failed, which address, when
// CallDock tries again, and a button to try now. Never a blank window.
class LoadErrorPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadErrorPanel)

public:
    explicit LoadErrorPanel(QWidget *parent = nullptr);

    // `secondsUntilRetry` counts down on screen; 0 hides the countdown.
    void showFailure(const QUrl &url, const QString &reason, int secondsUntilRetry);

signals:
    void retryRequested();

private:
    void updateCountdown();

    QLabel *m_reason = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_countdown = nullptr;
    QPushButton *m_retry = nullptr;
    QTimer m_tick;
    int m_secondsLeft = 0;
};
