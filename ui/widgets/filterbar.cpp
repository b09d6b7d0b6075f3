#include "widgets/filterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace ra {

namespace {
constexpr Dimension kDimensions[] = {Dimension::Persona, Dimension::Segment, Dimension::Channel};
const QString kSeparator = QStringLiteral(" \u203A ");
} // namespace

std::optional<QString> &filterValue(KpiFilters &filters, Dimension d)
{
    switch (d) {
    case Dimension::Persona: return filters.persona;
    case Dimension::Segment: return filters.segment;
    case Dimension::Channel: break;
    }
    return filters.channel;
}

QString dimensionLabel(Dimension d)
{
    switch (d) {
    case Dimension::Persona: return FilterBar::tr("Persona");
    case Dimension::Segment: return FilterBar::tr("Segment");
    case Dimension::Channel: break;
    }
    return FilterBar::tr("Channel");
}

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString mnemonics[] = {tr("&Persona:"), tr("Se&gment:"), tr("Cha&nnel:")};
    for (Dimension d : kDimensions) {
        auto *box = new QComboBox(this);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumContentsLength(8);
        box->addItem(tr("All"));
        box->setAccessibleName(dimensionLabel(d));
        auto *label = new QLabel(mnemonics[int(d)], this);
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
        layout->addSpacing(6);
        connect(box, &QComboBox::activated, this, [this, d] { comboChosen(d); });
        (d == Dimension::Persona ? m_persona : d == Dimension::Segment ? m_segment : m_channel) = box;
    }
    layout->addSpacing(10);
    m_chips = new QWidget(this);
    m_chipLayout = new QHBoxLayout(m_chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    m_chips->setStyleSheet(QStringLiteral("QToolButton[chip=\"true\"] { border: 1px solid palette(mid);"
                                          " border-radius: 9px; padding: 1px 8px; background: palette(alternate-base); }"));
    layout->addWidget(m_chips);
    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear every filter (Esc)"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    refresh();
}

QComboBox *FilterBar::combo(Dimension d) const
{
    return d == Dimension::Persona ? m_persona : d == Dimension::Segment ? m_segment : m_channel;
}

void FilterBar::setValues(Dimension dimension, const QStringList &values)
{
    QComboBox *box = combo(dimension);
    m_updating = true;
    box->clear();
    box->addItem(tr("All"));
    box->addItems(values);
    m_updating = false;
    KpiFilters next = m_filters;
    std::optional<QString> &current = filterValue(next, dimension);
    if (current && !values.contains(*current))
        current.reset();
    if (next == m_filters)
        refresh();
    else
        setFilters(next);
}

void FilterBar::setFilters(const KpiFilters &filters)
{
    if (filters == m_filters) {
        refresh();
        return;
    }
    m_filters = filters;
    refresh();
    Q_EMIT filtersChanged(m_filters);
}

void FilterBar::setFilter(Dimension dimension, const std::optional<QString> &value)
{
    KpiFilters next = m_filters;
    filterValue(next, dimension) = value;
    setFilters(next);
}

void FilterBar::clear() { setFilters(KpiFilters{}); }

void FilterBar::comboChosen(Dimension d)
{
    if (m_updating)
        return;
    QComboBox *box = combo(d);
    setFilter(d, box->currentIndex() <= 0 ? std::nullopt : std::optional<QString>(box->currentText()));
}

QString FilterBar::breadcrumb() const
{
    QStringList parts{tr("All")};
    KpiFilters f = m_filters;
    for (Dimension d : kDimensions)
        if (const auto &v = filterValue(f, d))
            parts << *v;
    return parts.join(kSeparator);
}

void FilterBar::refresh()
{
    m_updating = true;
    KpiFilters f = m_filters;
    for (Dimension d : kDimensions) {
        QComboBox *box = combo(d);
        const auto &v = filterValue(f, d);
        const int index = v ? box->findText(*v) : 0;
        if (v && index < 0) // offered later by setValues(); show it meanwhile
            box->addItem(*v);
        box->setCurrentIndex(v ? box->findText(*v) : 0);
    }
    m_updating = false;

    // Chips are rebuilt: at most four, and rebuilding keeps their order right.
    // deleteLater: the clicked chip may be the one being replaced.
    while (QLayoutItem *item = m_chipLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    auto *root = new QToolButton(m_chips);
    root->setText(tr("All"));
    root->setToolTip(tr("Show everything (Esc)"));
    root->setAutoRaise(true);
    connect(root, &QToolButton::clicked, this, &FilterBar::clear);
    m_chipLayout->addWidget(root);
    for (Dimension d : kDimensions) {
        const auto &v = filterValue(f, d);
        if (!v)
            continue;
        m_chipLayout->addWidget(new QLabel(QStringLiteral("\u203A"), m_chips));
        auto *chip = new QToolButton(m_chips);
        chip->setText(QStringLiteral("%1  \u2715").arg(*v));
        chip->setToolTip(tr("%1 is %2 — click to remove").arg(dimensionLabel(d), *v));
        chip->setAccessibleName(tr("Remove %1 filter %2").arg(dimensionLabel(d), *v));
        chip->setProperty("chip", true);
        connect(chip, &QToolButton::clicked, this, [this, d] { setFilter(d, std::nullopt); });
        m_chipLayout->addWidget(chip);
    }
    m_clear->setVisible(!m_filters.isEmpty());
}

} // namespace ra
