// The base of the list models the panes show: columns named at display time (so a language switch shows at once),
// rows replaced on reload.
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace cm {

class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    virtual void reload() = 0;

protected:
    virtual QStringList headers() const = 0;
    static QString shortTime(const QDateTime &utc); // in the user's zone and locale

private:
    mutable int m_columnCount = -1;
};

// A TableModel over a list of values.
template<typename T> class RowsModel : public TableModel
{
public:
    using TableModel::TableModel;
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const T &at(int row) const { return m_rows.at(row); }
    const QList<T> &rows() const { return m_rows; }

protected:
    void setRows(QList<T> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

private:
    QList<T> m_rows;
};

} // namespace cm
