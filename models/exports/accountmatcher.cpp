#include "exports/accountmatcher.h"

#include <QRegularExpression>

namespace ra {
namespace {

QString pairKey(const QString &source, const QString &externalId) { return source + QChar(0x1f) + externalId; }

void addUnique(QHash<QString, QStringList> &index, const QString &key, const QString &id)
{
    if (key.isEmpty())
        return;
    QStringList &ids = index[key];
    if (!ids.contains(id))
        ids << id;
}

} // namespace

QString AccountMatcher::normaliseName(const QString &name)
{
    // Accents folded, punctuation to spaces, then legal forms dropped from the end.
    QString s = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString plain;
    for (const QChar c : s) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        plain += c.isLetterOrNumber() ? c : QChar(u' ');
    }
    QStringList words = plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QSet<QString> legal = {
        QStringLiteral("inc"), QStringLiteral("incorporated"), QStringLiteral("ltd"), QStringLiteral("limited"),
        QStringLiteral("llc"), QStringLiteral("llp"), QStringLiteral("lp"), QStringLiteral("gmbh"), QStringLiteral("ag"),
        QStringLiteral("kg"), QStringLiteral("co"), QStringLiteral("corp"), QStringLiteral("corporation"),
        QStringLiteral("company"), QStringLiteral("ab"), QStringLiteral("as"), QStringLiteral("asa"), QStringLiteral("aps"),
        QStringLiteral("oy"), QStringLiteral("oyj"), QStringLiteral("sa"), QStringLiteral("sas"), QStringLiteral("sarl"),
        QStringLiteral("srl"), QStringLiteral("spa"), QStringLiteral("bv"), QStringLiteral("nv"), QStringLiteral("plc"),
        QStringLiteral("pty"), QStringLiteral("pte"), QStringLiteral("kk"), QStringLiteral("se"), QStringLiteral("and")};
    while (words.size() > 1 && legal.contains(words.last()))
        words.removeLast();
    if (words.size() > 1 && words.first() == QLatin1String("the"))
        words.removeFirst();
    return words.join(QLatin1Char(' '));
}

bool AccountMatcher::isPublicMailDomain(const QString &domain)
{
    static const QSet<QString> exact = {
        QStringLiteral("gmail.com"), QStringLiteral("googlemail.com"), QStringLiteral("outlook.com"),
        QStringLiteral("hotmail.com"), QStringLiteral("live.com"), QStringLiteral("msn.com"), QStringLiteral("icloud.com"),
        QStringLiteral("me.com"), QStringLiteral("mac.com"), QStringLiteral("aol.com"), QStringLiteral("proton.me"),
        QStringLiteral("protonmail.com"), QStringLiteral("mail.com"), QStringLiteral("gmx.com"), QStringLiteral("gmx.de"),
        QStringLiteral("gmx.net"), QStringLiteral("web.de"), QStringLiteral("t-online.de"), QStringLiteral("zoho.com"),
        QStringLiteral("yandex.com"), QStringLiteral("yandex.ru"), QStringLiteral("mail.ru"), QStringLiteral("qq.com"),
        QStringLiteral("163.com"), QStringLiteral("126.com"), QStringLiteral("fastmail.com"), QStringLiteral("hey.com"),
        QStringLiteral("orange.fr"), QStringLiteral("free.fr"), QStringLiteral("laposte.net"), QStringLiteral("libero.it")};
    if (exact.contains(domain))
        return true;
    // yahoo.co.uk, hotmail.fr, outlook.de, live.nl ...
    static const QRegularExpression family(QStringLiteral("^(yahoo|ymail|hotmail|outlook|live|gmx|aol)\\.[a-z.]+$"));
    return family.match(domain).hasMatch();
}

QString AccountMatcher::domainOfEmail(const QString &email)
{
    const int at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).trimmed().toLower();
}

void AccountMatcher::addAccount(const QString &accountId, const QString &name)
{
    m_ids.insert(accountId);
    const int colon = accountId.indexOf(QLatin1Char(':'));
    if (colon > 0)
        addUnique(m_bySuffix, accountId.mid(colon + 1), accountId);
    addUnique(m_byName, normaliseName(name), accountId);
}

bool AccountMatcher::hasAccountOutside(const QStringList &prefixes) const
{
    for (const QString &id : m_ids)
        if (std::none_of(prefixes.begin(), prefixes.end(), [&](const QString &p) { return id.startsWith(p); }))
            return true;
    return false;
}

void AccountMatcher::addDomain(const QString &accountId, const QString &domain)
{
    const QString d = domain.trimmed().toLower();
    if (!isPublicMailDomain(d))
        addUnique(m_byDomain, d, accountId);
}

void AccountMatcher::confirm(const QString &source, const QString &externalId, const QString &accountId)
{
    m_confirmed.insert(pairKey(source, externalId), accountId);
}

void AccountMatcher::reject(const QString &source, const QString &externalId, const QString &accountId)
{
    m_rejected.insert(pairKey(source, externalId) + QChar(0x1f) + accountId);
}

QStringList AccountMatcher::allowed(const ExternalParty &party, QStringList ids) const
{
    const QString prefix = pairKey(party.source, party.externalId) + QChar(0x1f);
    ids.removeIf([&](const QString &id) { return m_rejected.contains(prefix + id); });
    return ids;
}

MatchOutcome AccountMatcher::match(const ExternalParty &party) const
{
    MatchOutcome out;
    const auto decide = [&](const QStringList &found, const char *method) {
        const QStringList ids = allowed(party, found);
        if (ids.isEmpty())
            return false;
        out.method = QString::fromLatin1(method);
        if (ids.size() == 1) {
            out.status = MatchStatus::Matched;
            out.accountId = ids.first();
        } else {
            out.status = MatchStatus::Ambiguous;
            out.candidates = ids;
        }
        return true;
    };
    const auto confirmed = m_confirmed.constFind(pairKey(party.source, party.externalId));
    if (confirmed != m_confirmed.constEnd() && m_ids.contains(*confirmed)) {
        out.status = MatchStatus::Matched;
        out.accountId = *confirmed;
        out.method = QStringLiteral("confirmed");
        return out;
    }
    const QString explicitId = party.explicitId.trimmed();
    if (!explicitId.isEmpty()) {
        if (m_ids.contains(explicitId) && decide({explicitId}, "explicit id"))
            return out;
        if (decide(m_bySuffix.value(explicitId), "explicit id"))
            return out;
    }
    const QString domain = domainOfEmail(party.email);
    if (!domain.isEmpty() && !isPublicMailDomain(domain)) {
        QStringList found = m_byDomain.value(domain);
        // mail.acme.com belongs to acme.com
        for (int dot = domain.indexOf(QLatin1Char('.')); found.isEmpty() && dot > 0; dot = domain.indexOf(QLatin1Char('.'), dot + 1))
            found = m_byDomain.value(domain.mid(dot + 1));
        if (decide(found, "e-mail domain"))
            return out;
    }
    const QString name = normaliseName(party.name);
    if (!name.isEmpty() && decide(m_byName.value(name), "name"))
        return out;
    return out;
}

} // namespace ra
