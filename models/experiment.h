// A/B tests: a campaign's 2-4 variants (content, sender, or route: the account that carries it), the share of the
// audience each is tested on, the measure that picks the winner and how long to wait for it. ExperimentStore keeps
// them; ExperimentService (app/services) runs them.
#pragma once

#include "store.h"
#include "types.h"

#include <QCoreApplication>

namespace cm {

// What picks the winner. The rates are of the variant's own send; the costs are the provider's price of it.
enum class AbMeasure { Delivery, Open, Click, CostPerDelivered, CostPerClick };
QString abMeasureKey(AbMeasure measure); // "delivery", "open", "click", "cost_delivered", "cost_click"
std::optional<AbMeasure> abMeasureFromKey(const QString &key);
QString abMeasureName(AbMeasure measure); // translated
QList<AbMeasure> allAbMeasures();
inline bool lowerWins(AbMeasure measure)
{
    return measure == AbMeasure::CostPerDelivered || measure == AbMeasure::CostPerClick;
}

enum class AbState { Ready, Testing, Decided };

struct AbVariant
{
    QString label; // A, B, C, D; A is the campaign's own
    qint64 templateId = 0;
    qint64 accountId = 0;
    QString sender;
    QString subject;   // email: instead of the template's; empty: the template's
    qint64 sendId = 0; // its send (a campaign with variant_of), once the test started
    // Joined for display.
    QString templateName;
    QString accountName;
};

struct AbTest
{
    Q_DECLARE_TR_FUNCTIONS(cm::AbTest)
public:
    static constexpr int MaxVariants = 4;

    qint64 campaignId = 0;
    int sharePercent = 10; // of the audience, for each variant
    AbMeasure measure = AbMeasure::Delivery;
    int waitMinutes = 240;
    quint64 seed = 0;
    AbState state = AbState::Ready;
    QDateTime startedAt;
    QString winner;
    QDateTime decidedAt;
    QString decidedBy; // "measure", "user", "nothing"
    QList<AbVariant> variants;

    QDateTime decisionDue() const
    {
        return startedAt.isValid() ? startedAt.addSecs(qint64(waitMinutes) * 60) : QDateTime();
    }
    std::optional<AbVariant> variant(const QString &label) const;
    QString stateText() const; // translated: "testing until 14:00", "B won (by delivery rate)", …
};

// The test's contacts, drawn at random but reproducibly: the same audience (contact ids in the order a send reaches
// them) and seed draw the same contacts. `perVariant` for each of `variants` groups, none in two.
QList<QList<qint64>> drawTestContacts(const QList<qint64> &audience, int variants, qint64 perVariant, quint64 seed);

// The only writer of ab_tests, ab_variants and campaign_audience. The variants' sends are campaigns (variant_of) that
// CampaignStore keeps; start() runs in the caller's transaction that creates them.
class ExperimentStore : public Store
{
    Q_OBJECT
public:
    using Store::Store;

    std::optional<AbTest> byCampaign(qint64 campaignId) const; // with its variants, by label
    QSet<qint64> testedCampaigns() const;                      // those with a test, for the panes
    // A new or changed test (only before it started): its variants replace the ones saved.
    bool save(AbTest &test);
    bool remove(qint64 campaignId); // only before it started
    // The test starts: variant A as the campaign is now, each variant's send and its drawn contacts, and the test
    // 'testing' from `now`. Fails, changing nothing, when it is no longer ready (another process started it).
    bool start(qint64 campaignId, const AbVariant &variantA, const QHash<QString, qint64> &sendIds,
               const QHash<QString, QList<qint64>> &drawn, const QDateTime &now);
    // The winner (only once, while testing): `by` is "measure", "user" or "nothing".
    bool decide(qint64 campaignId, const QString &label, const QString &by, const QDateTime &now);
    QList<qint64> audience(qint64 sendId) const; // a variant send's drawn contacts
    // Everyone drawn for the campaign's variants, but those their variant never reached (refused before it went, so
    // with no provider id: the rest may reach them); every address the variants' sends snapshotted, but those.
    QSet<qint64> testContacts(qint64 campaignId) const;
    QSet<QString> testAddresses(qint64 campaignId) const;
    std::optional<qint64> testOfSend(qint64 sendId) const; // the campaign whose variant it is
};

} // namespace cm
