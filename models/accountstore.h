#pragma once

#include "store.h"
#include "types.h"

#include <optional>

namespace cm {

class AccountStore : public Store
{
    Q_OBJECT
public:
    using Store::Store;

    QList<Account> accounts() const;
    std::optional<Account> byId(qint64 id) const;
    std::optional<Account> byName(const QString &name) const;

    bool add(Account &account); // sets account.id
    bool update(const Account &account);
    bool remove(qint64 id);

signals:
    void changed();
};

} // namespace cm
