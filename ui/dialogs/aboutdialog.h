#pragma once
// Help → About: version, the open store's path, its as_of and where the
// snapshot was read from (the snapshot cache or the store).
#include <QDialog>
#include <optional>

namespace ra {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const QString &storePath, std::optional<qint64> asOf, const QString &snapshotSource = {},
                QWidget *parent = nullptr);
    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace ra
