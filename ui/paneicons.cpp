#include "paneicons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace cm {

namespace {

class PaneIconEngine : public QIconEngine
{
public:
    explicit PaneIconEngine(PaneIcon which)
        : m_which(which)
    { }

    QIconEngine *clone() const override { return new PaneIconEngine(m_which); }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor ink = mode == QIcon::Selected ? palette.color(QPalette::HighlightedText)
                                             : palette.color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            ink = palette.color(QPalette::Disabled, QPalette::WindowText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        // Draw on a 24×24 grid, scaled to the rectangle.
        const qreal s = qMin(rect.width(), rect.height()) / 24.0;
        painter->translate(rect.topLeft() + QPointF((rect.width() - 24 * s) / 2, (rect.height() - 24 * s) / 2));
        painter->scale(s, s);
        QPen pen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        switch (m_which) {
        case PaneIcon::Accounts: // a key
            painter->drawEllipse(QPointF(7.5, 12), 4, 4);
            painter->drawLine(QPointF(11.5, 12), QPointF(21, 12));
            painter->drawLine(QPointF(18, 12), QPointF(18, 15.5));
            painter->drawLine(QPointF(21, 12), QPointF(21, 15));
            break;
        case PaneIcon::Groups: // two people
            painter->drawEllipse(QPointF(9, 8), 3.2, 3.2);
            painter->drawArc(QRectF(3, 13, 12, 10), 0, 180 * 16);
            painter->drawEllipse(QPointF(16.5, 9), 2.6, 2.6);
            painter->drawArc(QRectF(13, 14, 9, 8), 0, 160 * 16);
            break;
        case PaneIcon::Templates: { // a page with lines
            QPainterPath page;
            page.moveTo(5, 3);
            page.lineTo(15, 3);
            page.lineTo(19, 7);
            page.lineTo(19, 21);
            page.lineTo(5, 21);
            page.closeSubpath();
            painter->drawPath(page);
            for (qreal y : {10.0, 13.5, 17.0})
                painter->drawLine(QPointF(8.5, y), QPointF(15.5, y));
            break;
        }
        case PaneIcon::Campaigns: { // a paper plane
            QPainterPath plane;
            plane.moveTo(3, 11);
            plane.lineTo(21, 3);
            plane.lineTo(15, 21);
            plane.lineTo(11, 13);
            plane.closeSubpath();
            painter->drawPath(plane);
            painter->drawLine(QPointF(11, 13), QPointF(21, 3));
            break;
        }
        case PaneIcon::Reports: // a bar chart
            painter->drawLine(QPointF(3, 21), QPointF(21, 21));
            painter->setBrush(ink);
            painter->drawRect(QRectF(5, 13, 3, 6));
            painter->drawRect(QRectF(10.5, 8, 3, 11));
            painter->drawRect(QRectF(16, 4, 3, 15));
            break;
        }
        painter->restore();
    }

private:
    PaneIcon m_which;
};

} // namespace

QIcon paneIcon(PaneIcon which)
{
    return QIcon(new PaneIconEngine(which));
}

} // namespace cm
