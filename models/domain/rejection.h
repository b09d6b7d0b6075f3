#pragma once
// One rejected bundle row, as the importer reports it, the imports log
// stores it and the data-quality report and the window show it.
#include <QString>

namespace ra {

struct Rejection {
    QString file;    // "leads.csv"
    qint64 line = 0; // physical line where the record starts
    QString column;  // header name of the first failing column in file order
    QString reason; // in English: stored and printed for programs as it is
    QString toString() const; // "leads.csv:17:mql_at: reason"
    QString shown() const; // the same with the reason in the reader's language (shownReason)
};

} // namespace ra
