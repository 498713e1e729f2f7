// The roles and columns the item models share; proxies sort on SortRole and never parse display text.
#pragma once

#include <Qt>

namespace cm {

enum Role {
    IdRole = Qt::UserRole + 1, // qint64 row id
    SortRole,                  // typed value to sort on
    StateRole,                 // the state key ("sent", "delivered", …)
    ChannelRole,               // "sms" / "email"
    NameRole,                  // the plain name, whatever the column
};

} // namespace cm
