#include "widgets/pagehost.h"

#include "pages/dashboardpage.h"
#include "widgets/icons.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace ra {

PageHost::PageHost(QWidget *parent) : QWidget(parent)
{
    m_nav = new QListWidget(this);
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    m_nav->setUniformItemSizes(true);
    m_nav->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_stack = new QStackedWidget(this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    connect(m_nav, &QListWidget::currentRowChanged, this, &PageHost::showIndex);
}

void PageHost::setPages(const std::vector<DashboardPage *> &pages)
{
    m_pages = pages;
    m_appliedGeneration.assign(pages.size(), 0);
    int widest = 0;
    for (DashboardPage *page : pages) {
        m_stack->addWidget(page);
        QIcon icon = page->icon();
        if (icon.isNull())
            icon = pageIcon(page->pageId());
        auto *item = new QListWidgetItem(icon, page->title(), m_nav);
        item->setSizeHint(QSize(0, 32));
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(page->title()));
        connect(page, &DashboardPage::drillDown, this, &PageHost::drillDown);
    }
    m_nav->setFixedWidth(widest + 20 + 48);
    if (!pages.empty())
        m_nav->setCurrentRow(0);
}

void PageHost::setContext(const DashboardContext &context)
{
    m_context = context;
    ++m_generation;
    applyIfStale(m_stack->currentIndex());
}

DashboardPage *PageHost::currentPage() const
{
    const int i = m_stack->currentIndex();
    return i >= 0 && i < int(m_pages.size()) ? m_pages[i] : nullptr;
}

DashboardPage *PageHost::page(const QString &pageId) const
{
    for (DashboardPage *p : m_pages)
        if (p->pageId() == pageId)
            return p;
    return nullptr;
}

bool PageHost::selectPage(const QString &pageId)
{
    for (size_t i = 0; i < m_pages.size(); ++i)
        if (m_pages[i]->pageId() == pageId) {
            selectIndex(int(i));
            return true;
        }
    return false;
}

void PageHost::selectIndex(int index)
{
    if (index >= 0 && index < int(m_pages.size()))
        m_nav->setCurrentRow(index);
}

void PageHost::showIndex(int index)
{
    if (index < 0 || index >= int(m_pages.size()))
        return;
    applyIfStale(index); // before it is shown, so it never flashes old numbers
    m_stack->setCurrentIndex(index);
    Q_EMIT currentPageChanged(m_pages[index]);
}

void PageHost::applyIfStale(int index)
{
    if (index < 0 || index >= int(m_pages.size()) || m_generation == 0)
        return;
    if (m_appliedGeneration[index] == m_generation)
        return;
    m_appliedGeneration[index] = m_generation;
    m_pages[index]->setContext(m_context);
}

} // namespace ra
