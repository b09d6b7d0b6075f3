#pragma once
// The drill-down selector: persona, segment and channel combos ("All" plus
// the store's values) and the active drill-down as a breadcrumb of removable
// chips ("All › CFO › Enterprise").
#include "kpi/kpifilters.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QToolButton;

namespace ra {

class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // The values offered for one dimension (the engine's values(dim)).
    // A current filter that is no longer offered is dropped.
    void setValues(Dimension dimension, const QStringList &values);
    KpiFilters filters() const { return m_filters; }
    void setFilters(const KpiFilters &filters); // emits filtersChanged when they differ
    void setFilter(Dimension dimension, const std::optional<QString> &value);
    void clear();

    // The breadcrumb as text, the same words the chips show.
    QString breadcrumb() const;

Q_SIGNALS:
    void filtersChanged(const ra::KpiFilters &filters);

private:
    QComboBox *combo(Dimension d) const;
    void comboChosen(Dimension d);
    void refresh();

    QComboBox *m_persona = nullptr;
    QComboBox *m_segment = nullptr;
    QComboBox *m_channel = nullptr;
    QWidget *m_chips = nullptr;
    QHBoxLayout *m_chipLayout = nullptr;
    QToolButton *m_clear = nullptr;
    KpiFilters m_filters;
    bool m_updating = false;
};

std::optional<QString> &filterValue(KpiFilters &filters, Dimension d);
QString dimensionLabel(Dimension d); // "Persona", "Segment", "Channel"

} // namespace ra
