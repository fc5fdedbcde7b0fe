#pragma once

#include "callquery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

// The filters above the call history table: search as you type (debounced, so typing a name
// runs one query, not one per key), direction, date range and the missed / recording / note
// checkboxes. It only builds CallQuery values; the window hands them to the model.
class CallHistoryFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallHistoryFilterBar)

public:
    static constexpr int kSearchDelayMs = 150;

    explicit CallHistoryFilterBar(QWidget *parent = nullptr);
    ~CallHistoryFilterBar() override;

    // `base` (its sort order) with this bar's filters.
    CallQuery applyTo(CallQuery base) const;
    bool hasFilter() const;
    // Back to "everything"; emits filtersChanged() once.
    void clear();
    // Applies a pending search at once (e.g. before an export).
    void flush();
    // Shows the filters of `query` (emits filtersChanged() once). What the controls cannot show
    // (one contact, inbound calls that were not missed: Activity's bars) is listed in a line of
    // its own with a button that removes it.
    void setQuery(const CallQuery &query);
    // Activity has periods of its own instead of the date range.
    void setDateRangeVisible(bool visible);
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    QComboBox *directionBox() const { return m_direction; }
    QCheckBox *anyDateBox() const { return m_anyDate; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QCheckBox *missedBox() const { return m_missed; }
    QCheckBox *recordingBox() const { return m_withRecording; }
    QCheckBox *noteBox() const { return m_withNote; }
    // The line of filters set from outside (setQuery()), hidden when there are none.
    QWidget *extraFilters() const { return m_extra; }
    QLabel *extraFiltersLabel() const { return m_extraLabel; }
    QComboBox *followUpsBox() const { return m_followUps; }

signals:
    void filtersChanged();

private:
    void changed();
    void updateExtra();

    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_direction = nullptr;
    QCheckBox *m_anyDate = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_missed = nullptr;
    QCheckBox *m_withRecording = nullptr;
    QCheckBox *m_withNote = nullptr;
    QWidget *m_dateRange = nullptr;
    QWidget *m_extra = nullptr;
    QLabel *m_extraLabel = nullptr;
    QString m_contact;
    bool m_inboundNotMissed = false;
    QComboBox *m_followUps = nullptr;
    bool m_clearing = false;
};
