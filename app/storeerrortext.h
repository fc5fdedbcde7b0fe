#pragma once

#include "storeerror.h"

#include <QCoreApplication>
#include <QString>

// The one place where a store error becomes words a user reads, translated. The technical
// detail (SQLite's own English text) stays in the log.
class StoreErrorText final {
    Q_DECLARE_TR_FUNCTIONS(StoreErrorText)

public:
    static QString userMessage(const StoreError &error);
    static QString userMessage(StoreError::Code code);
};
