#include "dialogs/aboutdialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ra {

AboutDialog::AboutDialog(const QString &storePath, std::optional<qint64> asOf, const QString &snapshotSource,
                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About RevAlign"));
    const QString store = storePath.isEmpty() ? tr("none open") : storePath.toHtmlEscaped();
    const QString asOfText = asOf ? QDateTime::fromSecsSinceEpoch(*asOf, Qt::UTC).toString(Qt::ISODate)
                                  : tr("—");
    m_text = tr("<h2>RevAlign %1</h2>"
                "<p>Revenue alignment dashboard: marketing, sales and service on one set of KPIs.</p>"
                "<p><b>Store:</b> %2<br><b>Data as of:</b> %3<br><b>Snapshot:</b> %4</p>"
                "<p>Built with Qt %5.</p>")
                 .arg(QCoreApplication::applicationVersion(), store, asOfText,
                      snapshotSource.isEmpty() ? tr("—") : snapshotSource.toHtmlEscaped(), QString::fromLatin1(qVersion()));
    auto *label = new QLabel(m_text, this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace ra
