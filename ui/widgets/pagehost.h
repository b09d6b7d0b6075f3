#pragma once
// The navigation side list and the stack of dashboard pages. Only the visible
// page is given a new context at once; the others get it when they are shown,
// so a persona click recomputes one page, not nine.
#include "pages/dashboardcontext.h"

#include <QWidget>
#include <vector>

class QListWidget;
class QStackedWidget;

namespace ra {

class DashboardPage;

class PageHost : public QWidget {
    Q_OBJECT
public:
    explicit PageHost(QWidget *parent = nullptr);

    // Takes the pages (reparented into the stack).
    void setPages(const std::vector<DashboardPage *> &pages);
    const std::vector<DashboardPage *> &pages() const { return m_pages; }

    void setContext(const DashboardContext &context);
    const DashboardContext &context() const { return m_context; }

    DashboardPage *currentPage() const;
    DashboardPage *page(const QString &pageId) const;
    bool selectPage(const QString &pageId);
    void selectIndex(int index);
    QListWidget *navigation() const { return m_nav; }

Q_SIGNALS:
    void currentPageChanged(ra::DashboardPage *page);
    void drillDown(ra::Dimension dimension, const QString &value);

private:
    void showIndex(int index);
    void applyIfStale(int index);

    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::vector<DashboardPage *> m_pages;
    std::vector<quint64> m_appliedGeneration; // per page: which context it last got
    DashboardContext m_context;
    quint64 m_generation = 0;
};

} // namespace ra
