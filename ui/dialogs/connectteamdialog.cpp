#include "dialogs/connectteamdialog.h"

#include "pgstore/pgconnection.h"
#include "pgstore/teamstore.h"

#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <initializer_list>

namespace ra {

namespace {

TeamProbe probe(const QString &location)
{
    TeamProbe p;
    Result<TeamConnection> tc = connectTeamStore(location, TeamAccess::Read, QStringLiteral("connection test"));
    if (!tc) {
        p.error = tc.error();
        return p;
    }
    p.server = tc->conn->describe();
    p.role = roleName(tc->role);
    return p;
}

// Wide enough to show the example URI and the remembered one whole (a real
// server name plus sslmode and options easily passes 60 characters), but
// never wider than a laptop screen comfortably holds.
int fieldWidthFor(const QFontMetrics &fm, std::initializer_list<QString> texts)
{
    int widest = 0;
    for (const QString &t : texts)
        widest = std::max(widest, fm.horizontalAdvance(t));
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    return std::clamp(widest + 3 * em, 40 * em, 70 * em);
}

} // namespace

ConnectTeamDialog::ConnectTeamDialog(const QString &recent, QWidget *parent)
    : QDialog(parent), m_location(new QLineEdit(recent, this)), m_result(new QLabel(this)),
      m_test(new QPushButton(tr("&Test connection"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to team store"));
    const QString example = QStringLiteral("postgresql://user@host:5432/revalign?sslmode=require");
    m_location->setPlaceholderText(example);
    m_location->setMinimumWidth(fieldWidthFor(m_location->fontMetrics(), {example, recent}));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hint = new QLabel(tr("A PostgreSQL URI or service=NAME. Passwords come from ~/.pgpass, PGPASSWORD or the "
                               "service file; RevAlign never stores them."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_location);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectTeamDialog::test);
    connect(m_location, &QLineEdit::textChanged, this, [this] {
        m_result->clear();
        updateButtons();
    });
    connect(&m_probe, &QFutureWatcher<TeamProbe>::finished, this, [this] {
        const TeamProbe p = m_probe.result();
        m_result->setText(p.error ? tr("Not connected: %1").arg(p.error->message)
                                  : tr("Connected to %1 as %2.").arg(p.server, p.role));
        updateButtons();
    });
    updateButtons();
}

ConnectTeamDialog::~ConnectTeamDialog() { m_probe.waitForFinished(); }

QString ConnectTeamDialog::location() const { return m_location->text().trimmed(); }

void ConnectTeamDialog::test()
{
    m_result->setText(tr("Connecting…"));
    m_probe.setFuture(QtConcurrent::run(probe, location()));
    updateButtons();
}

void ConnectTeamDialog::updateButtons()
{
    const bool valid = isTeamStoreLocation(location());
    m_test->setEnabled(valid && !m_probe.isRunning());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    if (!valid && !location().isEmpty())
        m_result->setText(tr("Enter a postgresql:// URI or service=NAME."));
}

} // namespace ra
