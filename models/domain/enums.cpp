#include "domain/enums.h"

#include <QStringList>
#include <array>

namespace ra {
namespace {

template<typename E, std::size_t N>
std::optional<E> parseEnum(QStringView s, const std::array<const char *, N> &names)
{
    const QStringView t = s.trimmed();
    for (std::size_t i = 0; i < N; ++i) {
        if (t.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template<std::size_t N>
QString joinNames(const std::array<const char *, N> &names)
{
    QStringList l;
    for (const char *n : names)
        l << QLatin1String(n);
    return l.join(QLatin1String(", "));
}

constexpr std::array<const char *, 3> kSources{"marketing", "sales", "partner"};
constexpr std::array<const char *, 3> kOppTypes{"new", "expansion", "renewal"};
constexpr std::array<const char *, 3> kOppStatuses{"open", "won", "lost"};
constexpr std::array<const char *, 2> kTeams{"marketing", "sales"};
constexpr std::array<const char *, 4> kOwners{"marketing", "sales", "service", "shared"};
constexpr std::array<const char *, 4> kRoles{"marketing", "sales", "service", "executive"};
constexpr std::array<const char *, 5> kQuestions{"shared_kpis", "lead_definition", "lead_flow_defined",
                                                 "lead_flow_working", "followup_satisfaction"};

} // namespace

std::optional<LeadSource> parseLeadSource(QStringView s) { return parseEnum<LeadSource>(s, kSources); }
std::optional<OppType> parseOppType(QStringView s) { return parseEnum<OppType>(s, kOppTypes); }
std::optional<OppStatus> parseOppStatus(QStringView s) { return parseEnum<OppStatus>(s, kOppStatuses); }
std::optional<SpendTeam> parseSpendTeam(QStringView s) { return parseEnum<SpendTeam>(s, kTeams); }
std::optional<TargetOwner> parseTargetOwner(QStringView s) { return parseEnum<TargetOwner>(s, kOwners); }
std::optional<SurveyRole> parseSurveyRole(QStringView s) { return parseEnum<SurveyRole>(s, kRoles); }
std::optional<SurveyQuestion> parseSurveyQuestion(QStringView s) { return parseEnum<SurveyQuestion>(s, kQuestions); }

QString toString(LeadSource v) { return QLatin1String(kSources[static_cast<int>(v)]); }
QString toString(OppType v) { return QLatin1String(kOppTypes[static_cast<int>(v)]); }
QString toString(OppStatus v) { return QLatin1String(kOppStatuses[static_cast<int>(v)]); }
QString toString(SpendTeam v) { return QLatin1String(kTeams[static_cast<int>(v)]); }
QString toString(TargetOwner v) { return QLatin1String(kOwners[static_cast<int>(v)]); }
QString toString(SurveyRole v) { return QLatin1String(kRoles[static_cast<int>(v)]); }
QString toString(SurveyQuestion v) { return QLatin1String(kQuestions[static_cast<int>(v)]); }

QString validLeadSources() { return joinNames(kSources); }
QString validOppTypes() { return joinNames(kOppTypes); }
QString validOppStatuses() { return joinNames(kOppStatuses); }
QString validSpendTeams() { return joinNames(kTeams); }
QString validTargetOwners() { return joinNames(kOwners); }
QString validSurveyRoles() { return joinNames(kRoles); }
QString validSurveyQuestions() { return joinNames(kQuestions); }

} // namespace ra
