#include "itemmodels/surveymodel.h"

#include "domain/kpicatalog.h"
#include "itemmodels/modelroles.h"
#include "kpi/snapshot.h"
#include "report/kpiformat.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace ra {

std::optional<double> SurveyTable::gap(int question) const
{
    const auto &m = mean[static_cast<size_t>(question)];
    if (!m[0] || !m[1])
        return std::nullopt;
    return std::abs(*m[0] - *m[1]);
}

int SurveyTable::total() const
{
    int n = 0;
    for (const auto &q : answers)
        for (int a : q)
            n += a;
    return n;
}

SurveyTable computeSurveyTable(const Snapshot &snapshot, const Period &period, qint64 asOf)
{
    std::array<std::array<double, kSurveyRoles>, kSurveyQuestions> sums{};
    SurveyTable t;
    const auto &s = snapshot.survey;
    const qint64 from = period.startEpoch(), to = period.endEpoch();
    for (size_t i = 0; i < s.surveyedOn.size(); ++i) {
        const qint64 at = s.surveyedOn[i];
        if (at < from || at >= to || at > asOf)
            continue;
        const int q = s.question[i], r = s.role[i];
        if (q < 0 || q >= kSurveyQuestions || r < 0 || r >= kSurveyRoles)
            continue;
        sums[static_cast<size_t>(q)][static_cast<size_t>(r)] += s.score[i];
        ++t.answers[static_cast<size_t>(q)][static_cast<size_t>(r)];
    }
    for (size_t q = 0; q < kSurveyQuestions; ++q)
        for (size_t r = 0; r < kSurveyRoles; ++r)
            if (t.answers[q][r] > 0)
                t.mean[q][r] = sums[q][r] / t.answers[q][r];
    return t;
}

SurveyModel::SurveyModel(QObject *parent) : QAbstractTableModel(parent) {}

void SurveyModel::setTable(const SurveyTable &table)
{
    m_table = table;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SurveyModel::questionText(int question)
{
    // The survey KPIs are catalogued in question order after SurveySharedKpis.
    return kpiLabel(static_cast<KpiId>(static_cast<int>(KpiId::SurveySharedKpis) + question));
}

int SurveyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kSurveyQuestions;
}

int SurveyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurveyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int q = index.row();
    if (index.column() == Question) {
        if (role == Qt::DisplayRole || role == SortRole)
            return questionText(q);
        if (role == Qt::ToolTipRole)
            return kpiDefinition(static_cast<KpiId>(static_cast<int>(KpiId::SurveySharedKpis) + q));
        return {};
    }
    std::optional<double> v;
    int answers = 0;
    if (index.column() == Gap) {
        v = m_table.gap(q);
    } else {
        const auto r = static_cast<size_t>(index.column() - Marketing);
        v = m_table.mean[static_cast<size_t>(q)][r];
        answers = m_table.answers[static_cast<size_t>(q)][r];
    }
    switch (role) {
    case Qt::DisplayRole: return v ? formatNumber(*v, 1) : QStringLiteral("—");
    case SortRole: return v ? *v : -std::numeric_limits<double>::infinity();
    case RawValueRole: return v ? QVariant(*v) : QVariant();
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Gap)
            return v ? QCoreApplication::translate("ra::SurveyModel", "How far marketing's and sales' mean scores are apart")
                     : QCoreApplication::translate("ra::SurveyModel", "Needs answers from both marketing and sales in this period");
        return v ? QCoreApplication::translate("ra::SurveyModel", "Mean of %1 answers").arg(answers)
                 : QCoreApplication::translate("ra::SurveyModel", "No answers from this role in this period");
    default: return {};
    }
}

QVariant SurveyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ra::SurveyModel", "Question"),  QT_TRANSLATE_NOOP("ra::SurveyModel", "Marketing"),
        QT_TRANSLATE_NOOP("ra::SurveyModel", "Sales"),     QT_TRANSLATE_NOOP("ra::SurveyModel", "Service"),
        QT_TRANSLATE_NOOP("ra::SurveyModel", "Executive"), QT_TRANSLATE_NOOP("ra::SurveyModel", "Gap (mkt − sales)"),
    };
    return QCoreApplication::translate("ra::SurveyModel", names[section]);
}

} // namespace ra
