#pragma once
// Enumerations of docs/bundle-format.md, with case-insensitive parsing and the
// canonical lower-case spelling used in bundles and in the store.
#include <QString>
#include <optional>

namespace ra {

enum class LeadSource : quint8 { Marketing, Sales, Partner };
enum class OppType : quint8 { New, Expansion, Renewal };
enum class OppStatus : quint8 { Open, Won, Lost };
enum class SpendTeam : quint8 { Marketing, Sales };
enum class TargetOwner : quint8 { Marketing, Sales, Service, Shared };
enum class SurveyRole : quint8 { Marketing, Sales, Service, Executive };
enum class SurveyQuestion : quint8 { SharedKpis, LeadDefinition, LeadFlowDefined, LeadFlowWorking, FollowupSatisfaction };

std::optional<LeadSource> parseLeadSource(QStringView s);
std::optional<OppType> parseOppType(QStringView s);
std::optional<OppStatus> parseOppStatus(QStringView s);
std::optional<SpendTeam> parseSpendTeam(QStringView s);
std::optional<TargetOwner> parseTargetOwner(QStringView s);
std::optional<SurveyRole> parseSurveyRole(QStringView s);
std::optional<SurveyQuestion> parseSurveyQuestion(QStringView s);

QString toString(LeadSource v);
QString toString(OppType v);
QString toString(OppStatus v);
QString toString(SpendTeam v);
QString toString(TargetOwner v);
QString toString(SurveyRole v);
QString toString(SurveyQuestion v);

// "marketing, sales, partner": for error messages naming the valid values.
QString validLeadSources();
QString validOppTypes();
QString validOppStatuses();
QString validSpendTeams();
QString validTargetOwners();
QString validSurveyRoles();
QString validSurveyQuestions();

constexpr int kSurveyQuestionCount = 5;

} // namespace ra
