#include "storeerrortext.h"

QString StoreErrorText::userMessage(const StoreError &error) {
    return userMessage(error.code);
}

QString StoreErrorText::userMessage(StoreError::Code code) {
    switch (code) {
    case StoreError::Code::None:
        return QString();
    case StoreError::Code::DiskFull:
        return tr("The disk is full.");
    case StoreError::Code::Busy:
        return tr("Another program is holding the call database.");
    case StoreError::Code::ReadOnly:
        return tr("The call database cannot be written (read-only or no permission).");
    case StoreError::Code::NotOpen:
        return tr("The call database is not open.");
    case StoreError::Code::Corrupt:
        return tr("The call database is damaged.");
    case StoreError::Code::Io:
        return tr("The disk holding the call database reported a read or write error.");
    case StoreError::Code::CannotOpen:
        return tr("The call database cannot be opened.");
    case StoreError::Code::NotFound:
        return tr("This call is not logged.");
    case StoreError::Code::InvalidInput:
        return tr("The widget sent a call CallDock cannot log (it has no session id).");
    case StoreError::Code::Schema:
        return tr("The call database belongs to a different version of CallDock.");
    case StoreError::Code::Internal:
        break;
    }
    return tr("The call database reported an error.");
}
