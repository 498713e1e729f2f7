// Asking for another contact group: where to merge a group, where to copy or move contacts.
#pragma once

#include <QtGlobal>

class QString;
class QWidget;

namespace cm {
class MessageBanner;
class Workspace;
} // namespace cm

namespace cm::ui {

// Asks which group other than `exceptId` to use; 0 when the user says no, or when there is none, which `banner`
// then says.
qint64 chooseOtherGroup(QWidget *parent, Workspace *workspace, qint64 exceptId, const QString &title,
                        const QString &label, MessageBanner *banner);

} // namespace cm::ui
