#include "messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace cm {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_secondary(new QPushButton(this))
    , m_expiry(new QTimer(this))
{
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, &QWidget::hide);
    if (parent)
        parent->installEventFilter(this); // a success goes when its pane is left
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    // Messages carry the provider's own words: shown as text, never as markup that could load a file or an image.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("bannerText"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setText(QStringLiteral("×")); // its icon is loaded when the banner first shows: most never do
    close->setAutoRaise(true);
    close->setToolTip(tr("Close this message"));
    close->setAccessibleName(tr("Close message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_secondary, 0, Qt::AlignTop);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    m_secondary->hide();
    connect(m_secondary, &QPushButton::clicked, this, [this] {
        if (m_secondaryCallback)
            m_secondaryCallback();
    });
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        if (m_callback)
            m_callback();
    });
    hide();
}

void MessageBanner::showMessage(Type type, const QString &text, const QString &actionText, std::function<void()> action)
{
    m_type = type;
    m_text->setText(text);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_callback);
    m_secondary->hide();
    m_secondaryCallback = {};
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint = palette().color(QPalette::Highlight);
    switch (type) {
    case Information:
        break;
    case Success:
        tint = QColor(0x2e, 0x9e, 0x4f);
        break;
    case Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xd9, 0x8e, 0x04);
        break;
    case Error:
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xc6, 0x28, 0x28);
        break;
    }
    if (auto *close = findChild<QToolButton *>(QStringLiteral("closeButton")); close && close->icon().isNull())
        close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    // A light wash of the type's colour over the window colour: readable in light and dark palettes.
    QPalette p = palette();
    const QColor base = QPalette().color(QPalette::Window);
    QColor wash;
    wash.setRgbF(base.redF() * 0.85f + tint.redF() * 0.15f, base.greenF() * 0.85f + tint.greenF() * 0.15f,
                 base.blueF() * 0.85f + tint.blueF() * 0.15f);
    p.setColor(QPalette::Window, wash);
    setPalette(p);
    show();
    if (type == Success)
        m_expiry->start(!m_action->isHidden() ? m_actionTimeout : m_plainTimeout); // shown or not, the pane may be
    else
        m_expiry->stop();
}

void MessageBanner::setSuccessTimeouts(int plain, int withAction)
{
    m_plainTimeout = plain;
    m_actionTimeout = withAction;
}

bool MessageBanner::eventFilter(QObject *watched, QEvent *event)
{
    // Not a minimised window (a spontaneous hide): the user has not moved on.
    // One offering an action (Undo) stays for its time: the user may come back for it.
    if (watched == parent() && event->type() == QEvent::Hide && !event->spontaneous() && m_type == Success
        && !isHidden() && m_action->isHidden()) {
        m_expiry->stop();
        hide();
    }
    return QFrame::eventFilter(watched, event);
}

void MessageBanner::setSecondaryAction(const QString &text, std::function<void()> action)
{
    m_secondaryCallback = std::move(action);
    m_secondary->setText(text);
    m_secondary->setVisible(!text.isEmpty() && m_secondaryCallback);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace cm
