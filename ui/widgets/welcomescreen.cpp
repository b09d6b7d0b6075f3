#include "widgets/welcomescreen.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ra {

WelcomeScreen::WelcomeScreen(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Welcome to RevAlign"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);

    auto *intro = new QLabel(tr("One set of numbers for marketing, sales and service.\n"
                                "Import your CRM export as a bundle of CSV files, or look around in the demo store first."),
                             this);
    intro->setAlignment(Qt::AlignCenter);
    intro->setWordWrap(true);

    m_import = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import a bundle…"), this);
    m_demo = new QPushButton(style()->standardIcon(QStyle::SP_ComputerIcon), tr("Open the &demo store"), this);
    m_open = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("&Open a store file…"), this);
    for (QPushButton *b : {m_import, m_demo, m_open}) {
        b->setMinimumHeight(40);
        b->setMinimumWidth(280);
    }
    m_demo->setDefault(true);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setMaximumWidth(280);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(intro);
    column->addSpacing(24);
    for (QPushButton *b : {m_import, m_demo, m_open})
        column->addWidget(b, 0, Qt::AlignHCenter);
    column->addSpacing(12);
    column->addWidget(m_busy, 0, Qt::AlignHCenter);
    column->addWidget(m_message);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column);
    outer->addStretch(2);

    connect(m_import, &QPushButton::clicked, this, &WelcomeScreen::importRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomeScreen::demoRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomeScreen::openRequested);
}

void WelcomeScreen::setBusy(bool busy, const QString &message)
{
    for (QPushButton *b : {m_import, m_demo, m_open})
        b->setEnabled(!busy);
    m_busy->setVisible(busy);
    m_busy->setRange(0, 0);
    m_message->setText(message);
}

void WelcomeScreen::setProgress(int percent)
{
    m_busy->setRange(0, 100);
    m_busy->setValue(percent);
}

void WelcomeScreen::setMessage(const QString &message) { m_message->setText(message); }

} // namespace ra
