#pragma once

#include <QDialog>

namespace cm {

class Database;

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const Database *database, QWidget *parent = nullptr);
    static QString versionText(const Database *database); // the versions, one a line
};

} // namespace cm
