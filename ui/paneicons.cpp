#include "paneicons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace cm {

namespace {

// A cloud's outline on the 24-unit grid, open at the bottom; `dy` moves it up or down.
QPainterPath cloud(qreal dy)
{
    QPainterPath path;
    path.moveTo(7, 18 + dy);
    path.arcTo(QRectF(2, 10 + dy, 8, 8), 270, -180);
    path.arcTo(QRectF(6, 5 + dy, 11, 11), 160, -160);
    path.arcTo(QRectF(14, 10 + dy, 8, 8), 90, -180);
    return path;
}

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
        case PaneIcon::Overview: { // a house
            QPainterPath house;
            house.moveTo(3, 11.5);
            house.lineTo(12, 3.5);
            house.lineTo(21, 11.5);
            house.moveTo(5.5, 9.5);
            house.lineTo(5.5, 20.5);
            house.lineTo(18.5, 20.5);
            house.lineTo(18.5, 9.5);
            painter->drawPath(house);
            painter->drawRect(QRectF(10, 14, 4, 6.5));
            break;
        }
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
        case PaneIcon::Series: // three messages in a row, joined
            for (const qreal x : {5.0, 12.0, 19.0})
                painter->drawEllipse(QPointF(x, 12), 2.5, 2.5);
            painter->drawLine(QPointF(7.5, 12), QPointF(9.5, 12));
            painter->drawLine(QPointF(14.5, 12), QPointF(16.5, 12));
            painter->drawLine(QPointF(4, 19), QPointF(20, 19));
            painter->drawLine(QPointF(17, 16.5), QPointF(20, 19));
            painter->drawLine(QPointF(17, 21.5), QPointF(20, 19));
            break;
        case PaneIcon::Reports: // a bar chart
            painter->drawLine(QPointF(3, 21), QPointF(21, 21));
            painter->setBrush(ink);
            painter->drawRect(QRectF(5, 13, 3, 6));
            painter->drawRect(QRectF(10.5, 8, 3, 11));
            painter->drawRect(QRectF(16, 4, 3, 15));
            break;
        case PaneIcon::Add: // a plus
            painter->drawLine(QPointF(12, 4), QPointF(12, 20));
            painter->drawLine(QPointF(4, 12), QPointF(20, 12));
            break;
        case PaneIcon::Edit: { // a pencil
            QPainterPath pencil;
            pencil.moveTo(4, 20);
            pencil.lineTo(5, 15);
            pencil.lineTo(16, 4);
            pencil.lineTo(20, 8);
            pencil.lineTo(9, 19);
            pencil.closeSubpath();
            painter->drawPath(pencil);
            painter->drawLine(QPointF(13.5, 6.5), QPointF(17.5, 10.5));
            break;
        }
        case PaneIcon::Delete: // a bin
            painter->drawLine(QPointF(4, 6.5), QPointF(20, 6.5));
            painter->drawLine(QPointF(9.5, 6.5), QPointF(10, 3.5));
            painter->drawLine(QPointF(10, 3.5), QPointF(14, 3.5));
            painter->drawLine(QPointF(14, 3.5), QPointF(14.5, 6.5));
            painter->drawRoundedRect(QRectF(6, 6.5, 12, 14.5), 1.5, 1.5);
            painter->drawLine(QPointF(10, 10.5), QPointF(10, 17));
            painter->drawLine(QPointF(14, 10.5), QPointF(14, 17));
            break;
        case PaneIcon::Copy: // two sheets
            painter->drawRoundedRect(QRectF(8, 8, 12, 13), 1.5, 1.5);
            painter->drawPolyline(
                    QPolygonF({QPointF(16, 5), QPointF(16, 3), QPointF(4, 3), QPointF(4, 17), QPointF(6, 17)}));
            break;
        case PaneIcon::Cancel: // a crossed circle
            painter->drawEllipse(QPointF(12, 12), 8.5, 8.5);
            painter->drawLine(QPointF(8.5, 8.5), QPointF(15.5, 15.5));
            painter->drawLine(QPointF(15.5, 8.5), QPointF(8.5, 15.5));
            break;
        case PaneIcon::Test: { // a flask
            QPainterPath flask;
            flask.moveTo(9.5, 3);
            flask.lineTo(9.5, 9.5);
            flask.lineTo(4.5, 19);
            flask.quadTo(4, 21, 6.5, 21);
            flask.lineTo(17.5, 21);
            flask.quadTo(20, 21, 19.5, 19);
            flask.lineTo(14.5, 9.5);
            flask.lineTo(14.5, 3);
            painter->drawPath(flask);
            painter->drawLine(QPointF(8, 3), QPointF(16, 3));
            painter->drawLine(QPointF(7, 15), QPointF(17, 15));
            break;
        }
        case PaneIcon::Retry: // a circular arrow
            painter->drawArc(QRectF(4, 4, 16, 16), 60 * 16, 300 * 16);
            painter->drawPolyline(QPolygonF({QPointF(15.5, 2.5), QPointF(16.5, 6.2), QPointF(12.8, 7.4)}));
            break;
        case PaneIcon::Resolve: // a question mark in a circle
            painter->drawEllipse(QPointF(12, 12), 8.5, 8.5);
            painter->drawArc(QRectF(9, 6.5, 6, 6), -90 * 16, 270 * 16);
            painter->drawLine(QPointF(12, 12.5), QPointF(12, 14));
            painter->drawPoint(QPointF(12, 17.2));
            break;
        case PaneIcon::Upload:
        case PaneIcon::Download: { // a cloud with an arrow up or down
            painter->drawPath(cloud(-1));
            const bool up = m_which == PaneIcon::Upload;
            painter->drawLine(QPointF(12, 12), QPointF(12, 22));
            painter->drawPolyline(up ? QPolygonF({QPointF(9, 15), QPointF(12, 12), QPointF(15, 15)})
                                     : QPolygonF({QPointF(9, 19), QPointF(12, 22), QPointF(15, 19)}));
            break;
        }
        case PaneIcon::Cloud: {
            QPainterPath closed = cloud(0);
            closed.closeSubpath();
            painter->drawPath(closed);
            break;
        }
        case PaneIcon::Import:
        case PaneIcon::Export: { // a tray with an arrow in or out
            painter->drawPolyline(QPolygonF({QPointF(3, 14), QPointF(3, 21), QPointF(21, 21), QPointF(21, 14)}));
            const bool in = m_which == PaneIcon::Import;
            painter->drawLine(QPointF(12, 3), QPointF(12, 16));
            painter->drawPolyline(in ? QPolygonF({QPointF(8, 12), QPointF(12, 16), QPointF(16, 12)})
                                     : QPolygonF({QPointF(8, 7), QPointF(12, 3), QPointF(16, 7)}));
            break;
        }
        case PaneIcon::Merge: // two lines joining into one arrow
            painter->drawPolyline(QPolygonF({QPointF(5, 3), QPointF(12, 11), QPointF(19, 3)}));
            painter->drawLine(QPointF(12, 11), QPointF(12, 21));
            painter->drawPolyline(QPolygonF({QPointF(8.5, 17.5), QPointF(12, 21), QPointF(15.5, 17.5)}));
            break;
        case PaneIcon::Block: // a circle with a bar
            painter->drawEllipse(QPointF(12, 12), 8.5, 8.5);
            painter->drawLine(QPointF(6, 18), QPointF(18, 6));
            break;
        case PaneIcon::Check: // a tick
            painter->drawPolyline(QPolygonF({QPointF(4, 12.5), QPointF(9.5, 18), QPointF(20, 6)}));
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
