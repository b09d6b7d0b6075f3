#include "widgets/periodbar.h"

#include "domain/calendar.h"
#include "domain/language.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

namespace ra {

namespace bg = boost::gregorian;

namespace {

const Period::Kind kGrains[] = {Period::Kind::Week, Period::Kind::Month, Period::Kind::Quarter, Period::Kind::Year,
                                Period::Kind::Custom};


bg::date today() { return fromQDate(QDate::currentDate()); }

} // namespace

Period::Kind grainFromName(const QString &name)
{
    for (Period::Kind k : kGrains)
        if (kindName(k) == name)
            return k;
    return Period::Kind::Month;
}

PeriodBar::PeriodBar(QWidget *parent) : QWidget(parent)
{
    m_grain = new QComboBox(this);
    m_grain->addItems({tr("Week"), tr("Month"), tr("Quarter"), tr("Year"), tr("Custom range")});
    m_grain->setToolTip(tr("Period grain"));
    m_grain->setAccessibleName(tr("Period grain"));

    auto makeButton = [this](QStyle::StandardPixmap icon, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        return b;
    };
    m_back = makeButton(QStyle::SP_ArrowLeft, tr("Previous period (Alt+Left)"));
    m_forward = makeButton(QStyle::SP_ArrowRight, tr("Next period (Alt+Right)"));
    m_current = new QToolButton(this);
    m_current->setText(tr("Current"));
    m_current->setToolTip(tr("The period that contains the store's latest data"));

    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setVisible(false);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));

    m_label = new QLabel(this);
    QFont bold = m_label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_label->setFont(bold);
    m_dates = new QLabel(this);
    m_dates->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_grain);
    layout->addWidget(m_back);
    layout->addWidget(m_forward);
    layout->addWidget(m_current);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(m_label);
    layout->addWidget(m_dates);
    layout->addStretch(1);

    connect(m_grain, &QComboBox::activated, this, &PeriodBar::grainChosen);
    connect(m_back, &QToolButton::clicked, this, &PeriodBar::stepBack);
    connect(m_forward, &QToolButton::clicked, this, &PeriodBar::stepForward);
    connect(m_current, &QToolButton::clicked, this, &PeriodBar::goToCurrent);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodBar::customRangeEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodBar::customRangeEdited);
    refresh();
}

Period PeriodBar::lastComplete(Period::Kind kind, bg::date day)
{
    if (kind == Period::Kind::Custom) {
        // A custom range starts as the last complete month, ready to be edited.
        const Period month = lastComplete(Period::Kind::Month, day);
        return Period::customRange(month.first(), month.last());
    }
    const Period containing = Period::containing(kind, day);
    // The anchor day itself is still under way (as_of lies inside it), so a
    // period ending on it is not complete yet.
    return containing.previous();
}

Period PeriodBar::defaultPeriod(Period::Kind kind) const
{
    return lastComplete(kind, m_anchor.is_special() ? today() : m_anchor);
}

void PeriodBar::setPeriod(const Period &period)
{
    if (!period.isValid() || period == m_period)
        return;
    m_period = period;
    refresh();
    Q_EMIT periodChanged(m_period);
}

void PeriodBar::stepBack()
{
    if (m_period.isValid())
        setPeriod(m_period.previous());
}

void PeriodBar::stepForward()
{
    if (m_period.isValid())
        setPeriod(m_period.next());
}

void PeriodBar::goToCurrent()
{
    const bg::date day = m_anchor.is_special() ? today() : m_anchor;
    if (grain() == Period::Kind::Custom)
        setPeriod(Period::customRange(day - bg::days(m_period.days() - 1), day));
    else
        setPeriod(Period::containing(grain(), day));
}

void PeriodBar::grainChosen(int index)
{
    const Period::Kind kind = kGrains[index];
    if (kind == grain())
        return;
    if (!m_period.isValid()) {
        setPeriod(defaultPeriod(kind));
        return;
    }
    // Keep the place in time: the new period holds the old one's last day.
    if (kind == Period::Kind::Custom)
        setPeriod(Period::customRange(m_period.first(), m_period.last()));
    else
        setPeriod(Period::containing(kind, m_period.last()));
}

void PeriodBar::customRangeEdited()
{
    if (m_updating || grain() != Period::Kind::Custom)
        return;
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (to < from)
        to = from; // a range never runs backwards; the pickers follow
    setPeriod(Period::customRange(fromQDate(from), fromQDate(to)));
}

void PeriodBar::refresh()
{
    m_updating = true;
    const bool valid = m_period.isValid();
    const int grainIndex = int(std::find(std::begin(kGrains), std::end(kGrains), grain()) - std::begin(kGrains));
    m_grain->setCurrentIndex(grainIndex);
    const bool custom = valid && m_period.kind() == Period::Kind::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_back->setEnabled(valid);
    m_forward->setEnabled(valid);
    m_current->setEnabled(valid);
    if (valid) {
        m_from->setDate(toQDate(m_period.first()));
        m_to->setDate(toQDate(m_period.last()));
        m_label->setText(m_period.label());
        m_dates->setText(custom ? (m_period.days() == 1 ? tr("1 day") : tr("%1 days").arg(m_period.days()))
                                : QStringLiteral("%1 – %2").arg(formatMediumDate(toQDate(m_period.first())),
                                                                formatMediumDate(toQDate(m_period.last()))));
    } else {
        m_label->setText(tr("No period"));
        m_dates->clear();
    }
    m_updating = false;
}

} // namespace ra
