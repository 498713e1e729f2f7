#include "groupchoice.h"

#include "app/services/workspace.h"
#include "messagebanner.h"
#include "models/groupstore.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace cm::ui {

qint64 chooseOtherGroup(QWidget *parent, Workspace *workspace, qint64 exceptId, const QString &title,
                        const QString &label, MessageBanner *banner)
{
    QStringList names;
    QList<qint64> ids;
    for (const Group &g : workspace->groups()->groups()) {
        if (g.id != exceptId) {
            names.append(g.name);
            ids.append(g.id);
        }
    }
    if (ids.isEmpty()) {
        // The groups pane's words, with their translations.
        banner->showMessage(
                MessageBanner::Information,
                QCoreApplication::translate("cm::GroupsPane", "There is no other group. Create one first (Ctrl+N)."));
        return 0;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, names, 0, false, &ok);
    return ok ? ids.value(names.indexOf(chosen)) : 0;
}

} // namespace cm::ui
