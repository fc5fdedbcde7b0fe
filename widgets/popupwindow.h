#pragma once

#include <QWidget>

class QWebEnginePage;
class QWebEngineView;

// A real window for a popup the widget opened (the RingCentral sign-in). It owns the page,
// shows the host of the page in its title so the user sees where they sign in, and closes when
// the page calls window.close().
class PopupWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PopupWindow)

public:
    PopupWindow(QWebEnginePage *page, QWidget *parent);

    QWebEnginePage *page() const;

private:
    void updateTitle();

    QWebEngineView *m_view = nullptr;
};
