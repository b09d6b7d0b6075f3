#include "pages/dataqualitypage.h"

#include "domain/language.h"
#include "itemmodels/importlogmodel.h"
#include "itemmodels/qualityissuemodel.h"
#include "pages/tablefit.h"

#include <QDateTime>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ra {
namespace {

QWidget *card(const QString &title, QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    auto *label = new QLabel(title, frame);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    auto *view = new QTableView(frame);
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(label);
    layout->addWidget(view);
    return frame;
}

} // namespace

DataQualityPage::DataQualityPage(QWidget *parent) : DashboardPage(parent)
{
    setObjectName(QStringLiteral("page:quality"));
    m_issues = new QualityIssueModel(this);
    m_imports = new ImportLogModel(this);
    m_rejections = new RejectionsModel(this);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(16);
    m_status = new QLabel(inner);
    m_status->setObjectName(QStringLiteral("quality:status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_cards = {card(tr("Findings: rows the KPIs leave out or treat specially"), m_issues, QStringLiteral("table:issues"), inner),
               card(tr("Import log"), m_imports, QStringLiteral("table:imports"), inner),
               card(tr("Rejected rows of the last imports"), m_rejections, QStringLiteral("table:rejections"), inner)};
    for (QWidget *c : std::as_const(m_cards))
        layout->addWidget(c);
    layout->addStretch(1);
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setContext({});
}

void DataQualityPage::fitTables()
{
    for (QTableView *view : findChildren<QTableView *>())
        fitTableHeight(view, 12);
}

QAbstractItemModel *DataQualityPage::primaryTable() const { return m_issues; }

void DataQualityPage::setContext(const DashboardContext &context)
{
    const bool failed = !context.quality && !context.qualityError.isEmpty();
    for (QWidget *c : std::as_const(m_cards))
        c->setVisible(!failed);
    if (!context.quality) {
        if (failed)
            m_status->setText(tr("The data-quality checks could not run: %1").arg(context.qualityError));
        else
            m_status->setText(context.engine ? tr("The data-quality checks have not run yet for this store.")
                                             : tr("Open or import a store to see its data quality."));
        m_issues->setIssues({});
        m_imports->setImports({});
        m_rejections->setImports({});
        fitTables();
        return;
    }
    const DataQualityReport &q = *context.quality;
    qint64 findings = 0;
    for (const QualityIssue &i : q.issues)
        findings += i.count;
    m_status->setText(tr("%1 rows to look at across %2 checks. Counts cover the whole store, whatever the period "
                         "and filters.")
                          .arg(readerLocale().toString(findings))
                          .arg(q.issues.size()));
    m_issues->setIssues(q.issues);
    m_imports->setImports(q.imports);
    m_rejections->setImports(q.imports);
    fitTables();
}

} // namespace ra
