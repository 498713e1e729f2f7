// A list model that loads its rows in windows by key (`WHERE id > ? ORDER BY id LIMIT n`) as the view scrolls:
// never OFFSET, never everything at once.
#pragma once

#include "tablemodel.h"

#include <QScopedValueRollback>

namespace cm {

template<typename T> // T has a qint64 `id`, the key the windows follow
class WindowModel : public TableModel
{
public:
    static constexpr int WindowSize = 500;

    using TableModel::TableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        // Not while this model is telling its views about a change: a view reacting to it must not nest another.
        return !parent.isValid() && !m_signalling && !m_atEnd;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        const QList<T> more = fetchWindow(m_rows.isEmpty() ? 0 : m_rows.constLast().id, WindowSize);
        m_atEnd = more.size() < WindowSize;
        if (more.isEmpty())
            return;
        const QScopedValueRollback signalling(m_signalling, true);
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows.append(more);
        endInsertRows();
    }

    void reload() override
    {
        const QScopedValueRollback signalling(m_signalling, true);
        beginResetModel();
        m_rows.clear();
        m_atEnd = !hasSource();
        if (!m_atEnd) {
            m_rows = fetchWindow(0, WindowSize);
            m_atEnd = m_rows.size() < WindowSize;
        }
        endResetModel();
    }

protected:
    virtual bool hasSource() const = 0; // a group, a campaign… chosen
    virtual QList<T> fetchWindow(qint64 afterId, int limit) const = 0;
    const T &row(int index) const { return m_rows.at(index); }

private:
    QList<T> m_rows;
    bool m_atEnd = true;
    bool m_signalling = false;
};

} // namespace cm
