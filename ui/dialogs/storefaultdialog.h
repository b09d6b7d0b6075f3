#pragma once
// What went wrong opening a store, in words that say what to do next.
#include "core/result.h"

#include <QMessageBox>

namespace ra {

// Title line and the advice for one fault (also used by the status bar).
QString storeFaultSummary(const Error &error);
QString storeFaultAdvice(const Error &error);

class StoreFaultDialog : public QMessageBox {
    Q_OBJECT
public:
    StoreFaultDialog(const Error &error, const QString &path, QWidget *parent = nullptr);
};

} // namespace ra
