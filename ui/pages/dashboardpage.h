#pragma once
// Base of the navigation pages. The main window calls setContext() whenever
// the store, period or filters change; a page recomputes from the engine and
// updates its widgets. A page asks for a drill-down by emitting drillDown().
#include "pages/dashboardcontext.h"

#include <QIcon>
#include <QWidget>

class QAbstractItemModel;

namespace ra {

class DashboardPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString pageId() const = 0;    // "overview", "marketing", ... (screenshot --page NAME)
    virtual QString title() const = 0;     // "Overview"
    virtual QIcon icon() const { return {}; }
    virtual void setContext(const DashboardContext &context) = 0;
    // The table File → Export table as CSV writes when no table has focus.
    virtual QAbstractItemModel *primaryTable() const { return nullptr; }

Q_SIGNALS:
    // e.g. a persona bar clicked: the whole app drills down to it.
    void drillDown(ra::Dimension dimension, const QString &value);
};

} // namespace ra
