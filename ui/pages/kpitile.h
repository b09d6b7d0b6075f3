#pragma once
// One KPI at a glance: label, value, previous value, change arrow coloured by
// better/worse, target and status when a target exists, and a sparkline of
// the last periods of the current grain.
#include "kpi/kpiresult.h"

#include <QFrame>
#include <optional>
#include <vector>

class QLabel;

namespace ra {

class Sparkline;

class KpiTile : public QFrame {
    Q_OBJECT
public:
    explicit KpiTile(KpiId id, QWidget *parent = nullptr);

    // A derived figure shown through this KPI's formatting: e.g. PPU = ARPA × gross margin.
    void setDerived(const QString &label, double factor, const QString &definition);

    void setData(const KpiReport &report, const std::vector<std::optional<double>> &spark, const QString &currency);
    void clear();

    KpiId kpi() const { return m_id; }
    QString valueText() const;
    QString changeText() const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override; // the focus ring

private:
    void applyColours();

    KpiId m_id;
    double m_factor = 1.0;
    QString m_definition;
    QLabel *m_label = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_previous = nullptr;
    QLabel *m_target = nullptr;
    Sparkline *m_spark = nullptr;
    int m_direction = 0; // ChangeDirection as int, kept for palette changes
    int m_status = -1;   // TargetStatus as int, -1 = no target
};

// Tiny line of values (null = gap), in the palette's text colour with the last point marked.
class Sparkline : public QWidget {
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(std::vector<std::optional<double>> values);
    const std::vector<std::optional<double>> &values() const { return m_values; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<std::optional<double>> m_values;
};

} // namespace ra
