#pragma once
// The period selector above the pages: grain, previous/next, "current
// period", a custom range with date pickers, and the period's label and dates.
#include "domain/period.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace ra {

class PeriodBar : public QWidget {
    Q_OBJECT
public:
    explicit PeriodBar(QWidget *parent = nullptr);

    // The day "now" means for this store (its as_of). Does not change the period.
    void setAnchorDay(boost::gregorian::date day) { m_anchor = day; }
    // The last complete period of `kind` at the anchor day (the store's default).
    Period defaultPeriod(Period::Kind kind) const;
    static Period lastComplete(Period::Kind kind, boost::gregorian::date day);

    Period period() const { return m_period; }
    Period::Kind grain() const { return m_period.isValid() ? m_period.kind() : Period::Kind::Month; }
    void setPeriod(const Period &period); // emits periodChanged when it differs

    void stepBack();
    void stepForward();
    void goToCurrent(); // the period of the current grain that contains the anchor day

Q_SIGNALS:
    void periodChanged(const ra::Period &period);

private:
    void grainChosen(int index);
    void customRangeEdited();
    void refresh();

    QComboBox *m_grain = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_current = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_dates = nullptr;
    Period m_period;
    boost::gregorian::date m_anchor{boost::gregorian::not_a_date_time};
    bool m_updating = false;
};

Period::Kind grainFromName(const QString &name); // kindName() back to a Kind; Month when unknown

} // namespace ra
