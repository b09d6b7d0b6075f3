#include "charts/chartdata.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPainter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ra {

namespace {

class FocusRepaint : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
            auto *w = static_cast<QWidget *>(watched);
            if (auto *area = qobject_cast<QAbstractScrollArea *>(w))
                area->viewport()->update();
            w->update();
        }
        return false;
    }
};

} // namespace

void watchFocus(QWidget *widget)
{
    widget->installEventFilter(new FocusRepaint(widget));
}

void installShowData(QWidget *chart, std::function<ChartTable()> table)
{
    chart->setFocusPolicy(Qt::StrongFocus);
    watchFocus(chart);
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *action = new QAction(QCoreApplication::translate("ra::Charts", "Show data"), chart);
    action->setObjectName(QStringLiteral("showData"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    action->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(action, &QAction::triggered, chart, [chart, table = std::move(table)] { showChartData(chart, table()); });
    chart->addAction(action);
}

void showChartData(QWidget *chart, const ChartTable &table)
{
    auto *dialog = new QDialog(chart);
    dialog->setObjectName(QStringLiteral("chartData"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(chart->accessibleName());
    auto *grid = new QTableWidget(int(table.rows.size()), int(table.columns.size()), dialog);
    grid->setAccessibleName(chart->accessibleName());
    grid->setHorizontalHeaderLabels(table.columns);
    grid->verticalHeader()->setVisible(false);
    grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < int(table.rows.size()); ++r)
        for (int c = 0; c < int(table.columns.size()); ++c) {
            auto *item = new QTableWidgetItem(table.rows[size_t(r)].value(c));
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            grid->setItem(r, c, item);
        }
    grid->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(grid);
    layout->addWidget(buttons);
    dialog->resize(std::min(900, grid->horizontalHeader()->length() + 60), 420);
    dialog->open();
    grid->setFocus();
}

void describeChart(QWidget *chart, const ChartTable &table)
{
    chart->setAccessibleDescription(
        QCoreApplication::translate("ra::Charts", "%1. Show data (Ctrl+Shift+D) reads the whole chart as a table.")
            .arg(table.summary()));
}

void paintFocusRing(QPainter &painter, const QWidget *widget, const QRect &rect)
{
    if (!widget->hasFocus())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(widget->palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(1, 1, -1, -1));
    painter.restore();
}

} // namespace ra
