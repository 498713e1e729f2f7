#include "tablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace cm {

int TableModel::columnCount(const QModelIndex &parent) const
{
    // Views ask very often; the headers are translated text, so count them once.
    if (m_columnCount < 0)
        m_columnCount = int(headers().size());
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        const QStringList h = headers();
        if (section >= 0 && section < h.size())
            return h.at(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString TableModel::shortTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace cm
