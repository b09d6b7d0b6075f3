#include "pages/kpitile.h"

#include "charts/chartdata.h"
#include "report/kpiformat.h"
#include "report/reportmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>

namespace ra {
namespace {

bool isDark(const QPalette &p) { return p.color(QPalette::Window).lightnessF() < 0.5; }

// Green/red readable on both palettes; the arrow shape carries the direction
// for readers who cannot tell the colours apart.
QColor betterColour(const QPalette &p) { return isDark(p) ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32); }
QColor worseColour(const QPalette &p) { return isDark(p) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c); }

std::optional<double> scaled(std::optional<double> v, double factor)
{
    return v ? std::optional<double>(*v * factor) : std::nullopt;
}

} // namespace

KpiTile::KpiTile(KpiId id, QWidget *parent)
    : QFrame(parent), m_id(id), m_definition(kpiDefinition(id))
{
    setObjectName(QStringLiteral("tile:") + kpiKey(id));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(200);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Reachable with Tab; a screen reader reads the name and the description.
    setFocusPolicy(Qt::StrongFocus);
    watchFocus(this);
    setAccessibleName(kpiLabel(id));

    m_label = new QLabel(kpiLabel(id), this);
    m_label->setWordWrap(true);
    m_value = new QLabel(QStringLiteral("—"), this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    m_previous = new QLabel(this);
    m_target = new QLabel(this);
    m_spark = new Sparkline(this);

    auto *changeRow = new QHBoxLayout;
    changeRow->setSpacing(8);
    changeRow->addWidget(m_change);
    changeRow->addWidget(m_previous, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    layout->addWidget(m_value);
    layout->addLayout(changeRow);
    layout->addWidget(m_target);
    layout->addWidget(m_spark);
    clear();
}

void KpiTile::setDerived(const QString &label, double factor, const QString &definition)
{
    m_factor = factor;
    m_definition = definition;
    m_label->setText(label);
    setAccessibleName(label);
}

void KpiTile::clear()
{
    m_value->setText(QStringLiteral("—"));
    m_change->clear();
    m_previous->clear();
    m_target->setText(tr("No target"));
    m_spark->setValues({});
    m_direction = static_cast<int>(ChangeDirection::Unknown);
    m_status = -1;
    setToolTip(m_definition);
    setAccessibleDescription(tr("No value. %1").arg(m_definition));
    applyColours();
}

void KpiTile::setData(const KpiReport &report, const std::vector<std::optional<double>> &spark, const QString &currency)
{
    const auto cur = scaled(report.current.value(m_id), m_factor);
    const auto prev = scaled(report.previous.value(m_id), m_factor);
    m_value->setText(formatKpiValue(m_id, cur, currency));

    const ChangeDirection dir = changeDirection(m_id, cur, prev);
    m_direction = static_cast<int>(dir);
    QString arrow;
    if (dir == ChangeDirection::Same)
        arrow = QStringLiteral("■ ");
    else if (cur && prev)
        arrow = *cur > *prev ? QStringLiteral("▲ ") : QStringLiteral("▼ ");
    m_change->setText(arrow + formatKpiChange(m_id, cur, prev));
    m_previous->setText(tr("prev. %1").arg(formatKpiValue(m_id, prev, currency)));

    m_status = -1;
    // A derived figure (PPU) has no target of its own.
    const TargetResult *t = m_factor == 1.0 ? report.targetFor(m_id) : nullptr;
    if (t) {
        m_status = static_cast<int>(t->status);
        const QString status = t->status == TargetStatus::OnTrack ? tr("on track")
                               : t->status == TargetStatus::Behind ? tr("behind")
                                                                   : QStringLiteral("—");
        m_target->setText(tr("Target %1 · %2")
                              .arg(formatKpiValue(m_id, t->value, currency), status));
    } else {
        // Kept (not hidden) so that tiles in a row line up.
        m_target->setText(tr("No target"));
    }

    std::vector<std::optional<double>> values;
    values.reserve(spark.size());
    for (const auto &v : spark)
        values.push_back(scaled(v, m_factor));
    m_spark->setValues(std::move(values));

    QStringList tip{m_definition};
    if (!cur)
        tip << tr("No value: %1").arg(nullReasonText(m_id, report.current.nullReason(m_id)));
    tip << tr("Previous period (%1): %2").arg(report.previousPeriod.label(), formatKpiValue(m_id, prev, currency));
    if (!spark.empty())
        tip << tr("Sparkline: the last %1 periods").arg(spark.size());
    setToolTip(tip.join(QLatin1Char('\n')));
    //: For screen readers: %1 the value, %2 the change, %3 the previous value, %4 the target line
    setAccessibleDescription(tr("%1, %2 against the previous period (%3). %4.")
                                 .arg(m_value->text(), formatKpiChange(m_id, cur, prev),
                                      formatKpiValue(m_id, prev, currency), m_target->text()));
    applyColours();
}

QString KpiTile::valueText() const { return m_value->text(); }
QString KpiTile::changeText() const { return m_change->text(); }

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void KpiTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    paintFocusRing(painter, this, rect());
}


void KpiTile::applyColours()
{
    const QPalette &p = palette();
    // Text blended into the background: secondary, yet readable in light and dark palettes.
    const QColor text = p.color(QPalette::WindowText), back = p.color(QPalette::Window);
    const QColor muted = QColor::fromRgbF(text.redF() * 0.6f + back.redF() * 0.4f, text.greenF() * 0.6f + back.greenF() * 0.4f,
                                          text.blueF() * 0.6f + back.blueF() * 0.4f);
    // Palettes, not style sheets: a persona click recolours every tile, and
    // style sheets are re-parsed on each change.
    auto colourOf = [](QLabel *label, const QColor &c) {
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, c);
        label->setPalette(pal);
    };
    colourOf(m_label, muted);
    colourOf(m_previous, muted);
    const auto dir = static_cast<ChangeDirection>(m_direction);
    colourOf(m_change, dir == ChangeDirection::Better ? betterColour(p)
                       : dir == ChangeDirection::Worse ? worseColour(p)
                                                       : muted);
    colourOf(m_target, m_status == static_cast<int>(TargetStatus::OnTrack) ? betterColour(p)
                       : m_status == static_cast<int>(TargetStatus::Behind) ? worseColour(p)
                                                                            : muted);
}

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(std::vector<std::optional<double>> values)
{
    m_values = std::move(values);
    update();
}

QSize Sparkline::sizeHint() const { return {120, 28}; }

void Sparkline::paintEvent(QPaintEvent *)
{
    double lo = 0, hi = 0;
    bool any = false;
    for (const auto &v : m_values) {
        if (!v)
            continue;
        lo = any ? std::min(lo, *v) : *v;
        hi = any ? std::max(hi, *v) : *v;
        any = true;
    }
    if (!any || m_values.size() < 2)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(2, 3, -4, -3);
    const double span = hi > lo ? hi - lo : 1.0;
    auto point = [&](size_t i) {
        const double x = r.left() + r.width() * static_cast<double>(i) / static_cast<double>(m_values.size() - 1);
        const double y = r.bottom() - r.height() * ((*m_values[i] - lo) / span) * (hi > lo ? 1.0 : 0.5) -
                         (hi > lo ? 0 : r.height() / 2);
        return QPointF(x, y);
    };
    QPainterPath path;
    bool pen = false;
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (!m_values[i]) {
            pen = false; // a null period is a gap, not a zero
            continue;
        }
        pen ? path.lineTo(point(i)) : path.moveTo(point(i));
        pen = true;
    }
    QColor line = palette().color(QPalette::Text);
    line.setAlphaF(0.7);
    p.setPen(QPen(line, 1.5));
    p.drawPath(path);
    if (m_values.back()) {
        p.setBrush(palette().color(QPalette::Highlight));
        p.setPen(Qt::NoPen);
        p.drawEllipse(point(m_values.size() - 1), 2.5, 2.5);
    }
}

} // namespace ra
