#pragma once
// Help → About: version, the open store's path and its as_of.
#include <QDialog>
#include <optional>

namespace ra {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const QString &storePath, std::optional<qint64> asOf, QWidget *parent = nullptr);
    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace ra
