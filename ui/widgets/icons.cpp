#include "widgets/icons.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

// Q_INIT_RESOURCE must be called outside a namespace; calling it also keeps
// the linker from dropping the resource object out of the static library.
static void initIconResources()
{
    Q_INIT_RESOURCE(revalign);
}

namespace ra {

namespace {

QIcon renderSvg(const QString &path, std::initializer_list<int> sizes)
{
    static const bool loaded = (initIconResources(), true);
    Q_UNUSED(loaded);
    if (!QFile::exists(path))
        return {};
    QSvgRenderer svg(path);
    QIcon icon;
    for (int size : sizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon applicationIcon()
{
    return renderSvg(QStringLiteral(":/icons/revalign.svg"), {16, 24, 32, 48, 64, 128, 256});
}

QIcon pageIcon(const QString &pageId)
{
    const QIcon icon = renderSvg(QStringLiteral(":/icons/pages/%1.svg").arg(pageId), {16, 20, 24, 32, 48});
    return icon.isNull() ? renderSvg(QStringLiteral(":/icons/pages/overview.svg"), {16, 20, 24, 32, 48}) : icon;
}

QIcon actionIcon(const QString &name)
{
    return renderSvg(QStringLiteral(":/icons/actions/%1.svg").arg(name), {16, 20, 24, 32});
}

} // namespace ra
