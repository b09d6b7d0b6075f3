#pragma once
// The alignment-survey scorecard: one row per question, the mean score per
// role in the period and the marketing–sales gap (the number the survey is
// for: do both teams see the hand-off the same way?).
#include "domain/period.h"

#include <QAbstractTableModel>
#include <array>
#include <optional>

namespace ra {

class Snapshot;

constexpr int kSurveyQuestions = 5; // SurveyQuestion order
constexpr int kSurveyRoles = 4;     // SurveyRole order

struct SurveyTable {
    // [question][role] mean score; null when nobody of that role answered.
    std::array<std::array<std::optional<double>, kSurveyRoles>, kSurveyQuestions> mean{};
    std::array<std::array<int, kSurveyRoles>, kSurveyQuestions> answers{};
    std::optional<double> gap(int question) const; // |marketing − sales|
    int total() const;                             // answers in all cells
};

// Answers with surveyed_on in the period and not after as_of.
SurveyTable computeSurveyTable(const Snapshot &snapshot, const Period &period, qint64 asOf);

class SurveyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Question, Marketing, Sales, Service, Executive, Gap, ColumnCount };

    explicit SurveyModel(QObject *parent = nullptr);
    void setTable(const SurveyTable &table);
    const SurveyTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString questionText(int question);

private:
    SurveyTable m_table;
};

} // namespace ra
