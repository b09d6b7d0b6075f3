#include "dialogs/aboutdialog.h"

#include "domain/language.h"
#include "widgets/icons.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ra {

AboutDialog::AboutDialog(const QString &storePath, std::optional<qint64> asOf, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About RevAlign"));
    const QString store = storePath.isEmpty() ? tr("none open") : storePath.toHtmlEscaped();
    const QString asOfText = asOf ? formatDateTimeUtc(*asOf) : QStringLiteral("—");
    m_text = tr("<h2>RevAlign %1</h2>"
                "<p>Revenue alignment dashboard: marketing, sales and service on one set of KPIs.</p>"
                "<p><b>Store:</b> %2<br><b>Data as of:</b> %3</p>"
                "<p>Built with Qt %4.</p>")
                 .arg(QCoreApplication::applicationVersion(), store, asOfText, QString::fromLatin1(qVersion()));
    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    auto *label = new QLabel(m_text, this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    row->addWidget(icon);
    row->addWidget(label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace ra
