#pragma once
// Matches billing customers and ticket organisations to the CRM's accounts,
// in order: a match the user confirmed, an explicit account id, the e-mail
// domain against the account's domain (public mail domains never count),
// the normalised name (case, punctuation and legal suffixes ignored). Where
// a rule finds more than one account the party is ambiguous: it is listed,
// never guessed. Pure: the caller loads the accounts and stored decisions.
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ra {

struct ExternalParty {
    QString source;     // "stripe", "zendesk"
    QString externalId; // "cus_123", or the organisation's name
    QString name;
    QString email;
    QString explicitId; // an account id named by the party itself (a metadata column)
};

enum class MatchStatus { Matched, Unmatched, Ambiguous };

struct MatchOutcome {
    MatchStatus status = MatchStatus::Unmatched;
    QString accountId;
    QString method;        // "confirmed", "explicit id", "e-mail domain", "name"
    QStringList candidates; // ambiguous: the accounts it could be
};

class AccountMatcher {
public:
    void addAccount(const QString &accountId, const QString &name);
    void addDomain(const QString &accountId, const QString &domain);
    void confirm(const QString &source, const QString &externalId, const QString &accountId);
    void reject(const QString &source, const QString &externalId, const QString &accountId);
    bool hasAccounts() const { return !m_ids.isEmpty(); }
    bool hasAccount(const QString &id) const { return m_ids.contains(id); }
    // Any account whose id starts with none of the prefixes (a CRM account, not a billing one).
    bool hasAccountOutside(const QStringList &prefixes) const;

    MatchOutcome match(const ExternalParty &party) const;

    // "ACME, Inc." -> "acme"; "Müller GmbH & Co. KG" -> "muller"
    static QString normaliseName(const QString &name);
    static bool isPublicMailDomain(const QString &domain);
    static QString domainOfEmail(const QString &email);

private:
    QStringList allowed(const ExternalParty &party, QStringList ids) const;

    QSet<QString> m_ids;
    QHash<QString, QStringList> m_bySuffix; // "123" of "hubspot:123"
    QHash<QString, QStringList> m_byDomain;
    QHash<QString, QStringList> m_byName;
    QHash<QString, QString> m_confirmed;   // source \x1f external -> account
    QSet<QString> m_rejected;               // source \x1f external \x1f account
};

} // namespace ra
