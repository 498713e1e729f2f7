#include "demoworkspace.h"

#include "models/settingsstore.h"

#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/groupstore.h"
#include "models/seriesstore.h"
#include "models/smscounter.h"
#include "models/sqlhelpers.h"
#include "models/templaterenderer.h"
#include "models/templatestore.h"
#include "providers/sandbox/sandboxprovider.h"
#include "reportservice.h"
#include "workspace.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

namespace cm {

namespace {

struct Country
{
    const char *code;
    QStringList first;
    QStringList last;
    QStringList cities;
    QStringList mobilePrefixes; // after the country code
    int subscriberDigits;
};

QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

const QList<Country> &countries()
{
    static const QList<Country> list = {
            {"TR", utf8List({"Ayşe",    "Mehmet", "Zeynep", "Mustafa", "Elif",  "Emre",    "Fatma",
                             "Ahmet",   "Büşra",  "Çağrı",  "Gökhan",  "Şeyma", "İbrahim", "Özge",
                             "Hüseyin", "Tuğba",  "Burak",  "Merve",   "Oğuz",  "Irmak"}),
             utf8List({"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
                       "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan"}),
             utf8List({"İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Eskişehir", "Muğla"}),
             utf8List({"+90530", "+90532", "+90533", "+90535", "+90541", "+90542", "+90505", "+90555"}), 7},
            {"ES",
             utf8List({"Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Leo", "Julia", "Pablo", "Valeria", "Álvaro",
                       "Carmen", "Javier", "Noelia", "Íñigo", "Begoña", "Adrián"}),
             utf8List({"García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
                       "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Muñoz", "Álvarez"}),
             utf8List({"Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Bilbao", "A Coruña"}),
             utf8List({"+3460", "+3461", "+3462", "+3463", "+3465", "+3466", "+3467", "+3468", "+3469", "+3471",
                       "+3472"}),
             7},
            {"PL",
             utf8List({"Zofia", "Jakub", "Zuzanna", "Antoni", "Hanna", "Jan", "Maja", "Szymon", "Łucja", "Franciszek",
                       "Małgorzata", "Wojciech", "Agnieszka", "Paweł", "Katarzyna", "Michał"}),
             utf8List({"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
                       "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur"}),
             utf8List({"Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin", "Lublin"}),
             utf8List({"+4850", "+4851", "+4853", "+4860", "+4866", "+4869", "+4872", "+4879", "+4888"}), 7},
            {"ZA",
             utf8List({"Thabo", "Nomvula", "Sipho", "Lerato", "Johan", "Annelie", "Themba", "Zanele", "Pieter",
                       "Naledi", "Kagiso", "Lindiwe", "Ruan", "Ayanda", "Mpho", "Chantelle"}),
             utf8List({"Nkosi", "Dlamini", "Ndlovu", "Khumalo", "Mokoena", "van der Merwe", "Botha", "Naidoo", "Pillay",
                       "Mahlangu", "Pretorius", "Mthembu", "Sithole", "Coetzee"}),
             utf8List({"Johannesburg", "Cape Town", "Durban", "Pretoria", "Gqeberha", "Bloemfontein", "Polokwane"}),
             utf8List({"+2772", "+2773", "+2776", "+2782", "+2783", "+2784", "+2761", "+2779"}), 7},
            {"US",
             utf8List({"Olivia", "Liam", "Emma", "Noah", "Ava", "James", "Mia", "Ethan", "Harper", "Lucas", "Evelyn",
                       "Mason", "Aaliyah", "Diego", "Grace", "Jamal"}),
             utf8List({"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
                       "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Nguyen"}),
             utf8List({"New York", "Chicago", "Austin", "Seattle", "Denver", "Atlanta", "Boston", "San Diego"}),
             // 555-01XX numbers are reserved for fiction in every US area code.
             utf8List({"+1212555", "+1312555", "+1512555", "+1206555", "+1303555", "+1404555", "+1617555"}), 4},
    };
    return list;
}

QString asciiFold(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char(' ')))
            out.append(c.toLower());
        else if (c == QChar(0x0131)) // ı
            out.append(QLatin1Char('i'));
        else if (c == QChar(0x0142) || c == QChar(0x0141)) // ł, Ł
            out.append(QLatin1Char('l'));
    }
    return out.replace(QLatin1Char(' '), QString());
}

QList<Contact> makeContacts(QRandomGenerator &random, const QList<int> &countryIndexes, int count,
                            QSet<QString> &usedEmails, QSet<QString> &usedPhones)
{
    static const QStringList domains = {QStringLiteral("example.com"), QStringLiteral("example.org"),
                                        QStringLiteral("example.net"), QStringLiteral("mail.example.com")};
    static const QStringList tiers = {QStringLiteral("Gold"), QStringLiteral("Silver"), QStringLiteral("Bronze")};
    QList<Contact> contacts;
    while (contacts.size() < count) {
        const Country &country = countries().at(countryIndexes.at(random.bounded(int(countryIndexes.size()))));
        Contact c;
        c.firstName = country.first.at(random.bounded(int(country.first.size())));
        c.lastName = country.last.at(random.bounded(int(country.last.size())));
        c.city = country.cities.at(random.bounded(int(country.cities.size())));
        c.country = QLatin1String(country.code);
        QString phone = country.mobilePrefixes.at(random.bounded(int(country.mobilePrefixes.size())));
        if (c.country == QLatin1String("US")) {
            phone += QStringLiteral("01%1").arg(random.bounded(100), 2, 10, QLatin1Char('0'));
        } else {
            for (int i = 0; i < country.subscriberDigits; ++i)
                phone += QChar(QLatin1Char('0' + char(random.bounded(10))));
        }
        QString email = asciiFold(c.firstName) + QLatin1Char('.') + asciiFold(c.lastName);
        if (random.bounded(3) == 0)
            email += QString::number(random.bounded(10, 99));
        email += QLatin1Char('@') + domains.at(random.bounded(int(domains.size())));
        if (usedEmails.contains(email) || usedPhones.contains(phone))
            continue;
        usedEmails.insert(email);
        usedPhones.insert(phone);
        c.email = email;
        c.phone = phone;
        c.fields.insert(QStringLiteral("loyalty_tier"), tiers.at(random.bounded(3)));
        if (random.bounded(4) != 0)
            c.fields.insert(QStringLiteral("preferred_store"), c.city);
        contacts.append(c);
    }
    return contacts;
}

} // namespace

QString DemoWorkspace::demoAccountKey()
{
    return QStringLiteral("demo_account");
}

DatabaseError DemoWorkspace::populate(Workspace &workspace, quint64 seed)
{
    // All or nothing: a demo that fails half-way leaves the workspace empty, not half-filled.
    sql::Transaction transaction(workspace.database()->connection());
    DatabaseError error = fill(workspace, seed);
    if (!error && !transaction.commit())
        error = workspace.database()->errorFor(transaction.error(), tr("create the demo workspace"));
    return error;
}

DatabaseError DemoWorkspace::fill(Workspace &workspace, quint64 seed)
{
    QRandomGenerator random {quint32(seed)};
    const QDateTime now = workspace.clock()->now();
    auto failed = [](const Store *store) { return store->lastError(); };

    Account sandbox;
    sandbox.name = tr("Sandbox (demo)");
    sandbox.provider = QStringLiteral("sandbox");
    sandbox.settings = QJsonObject {{QStringLiteral("seed"), qint64(seed)}};
    if (!workspace.accounts()->add(sandbox))
        return failed(workspace.accounts());
    // The workspace says which account is the demo's: OverviewService::isDemo() reads it.
    if (!workspace.settings()->setValue(demoAccountKey(), QString::number(sandbox.id)))
        return failed(workspace.settings());

    struct GroupSpec
    {
        QString name;
        QString description;
        QList<int> countries;
        int size;
    };
    const QList<GroupSpec> groupSpecs = {
            {tr("Newsletter subscribers"),
             tr("Everyone who signed up for the monthly newsletter."),
             {0, 1, 2, 3, 4},
             180},
            {tr("VIP customers İstanbul"), tr("Gold and Silver card holders of the İstanbul stores."), {0}, 120},
            {tr("Spring promo Europe & Africa"),
             tr("Shoppers of the spring campaign in Spain, Poland, South Africa "
                "and the US."),
             {1, 2, 3, 4},
             150},
    };
    QSet<QString> usedEmails;
    QSet<QString> usedPhones;
    QList<Group> groups;
    for (const GroupSpec &spec : groupSpecs) {
        Group g;
        g.name = spec.name;
        g.description = spec.description;
        g.accountId = sandbox.id;
        g.createdAt = now.addDays(-40 + groups.size() * 7);
        if (!workspace.groups()->create(g))
            return failed(workspace.groups());
        QList<Contact> contacts = makeContacts(random, spec.countries, spec.size, usedEmails, usedPhones);
        if (!workspace.groups()->addContacts(g.id, contacts))
            return failed(workspace.groups());
        groups.append(g);
    }

    QList<Template> templates = {
            {0,
             tr("Weekend flash sale (SMS)"),
             Channel::Sms,
             {},
             QString::fromUtf8("Merhaba {{first_name|capitalize}}! Hafta sonu tüm ürünlerde %30 indirim, "
                               "{{preferred_store|default:\"online\"}} mağazamızda. Ret: STOP yaz 4455"),
             {},
             true,
             {},
             {}},
            {0,
             tr("Appointment reminder (SMS)"),
             Channel::Sms,
             {},
             QStringLiteral("Hi {{first_name|default:\"there\"}}, your fitting at {{preferred_store|default:\"our "
                            "store\"}} is confirmed for Saturday. Reply STOP to opt out."),
             {},
             true,
             {},
             {}},
            {0,
             tr("Monthly newsletter"),
             Channel::Email,
             QStringLiteral("{{first_name|default:\"Hello\"}}, our March picks are here"),
             QStringLiteral("<h1>Hello {{first_name|default:\"there\"}}!</h1>\n<p>Spring has arrived at "
                            "{{preferred_store|default:\"our stores\"}}. As a {{loyalty_tier|default:\"valued\"}} "
                            "member you get early access to the new collection.</p>\n<p><a "
                            "href=\"https://example.com/spring-sale\">See the collection</a></p>\n<p><small><a "
                            "href=\"{{unsubscribe_url}}\">Unsubscribe</a></small></p>"),
             QStringLiteral("Hello {{first_name|default:\"there\"}}!\nSpring has arrived. See the collection: "
                            "https://example.com/spring-sale\nUnsubscribe: {{unsubscribe_url}}"),
             true,
             {},
             {}},
            {0,
             tr("Welcome email"),
             Channel::Email,
             QStringLiteral("Welcome, {{first_name|default:\"friend\"}}!"),
             QStringLiteral("<p>Thanks for joining us, {{first_name|default:\"friend\"}}.</p>\n<p><a "
                            "href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>"),
             QStringLiteral("Thanks for joining us, {{first_name|default:\"friend\"}}.\nUnsubscribe: "
                            "{{unsubscribe_url}}"),
             true,
             {},
             {}},
    };
    for (Template &t : templates) {
        if (!workspace.templates()->add(t))
            return failed(workspace.templates());
    }

    // A finished email campaign, sent six days ago, with reports refreshed three times since.
    CampaignStore *campaigns = workspace.campaigns();
    Campaign newsletter;
    newsletter.name = tr("March newsletter");
    newsletter.channel = Channel::Email;
    newsletter.accountId = sandbox.id;
    newsletter.templateId = templates.at(2).id;
    newsletter.groupId = groups.at(0).id;
    newsletter.sender = QStringLiteral("news@example.com");
    newsletter.state = CampaignState::Sent;
    const QDateTime sentAt = QDateTime(now.date().addDays(-6), QTime(7, 0), Qt::UTC);
    newsletter.createdAt = sentAt.addDays(-2);
    newsletter.startedAt = sentAt;
    newsletter.finishedAt = sentAt.addSecs(95);
    if (!campaigns->create(newsletter))
        return failed(campaigns);

    QList<Recipient> recipients;
    for (const Contact &c : workspace.groups()->allContacts(newsletter.groupId)) {
        Recipient r;
        r.contactId = c.id;
        r.address = c.email;
        QVariantMap values = c.templateValues();
        values.insert(QStringLiteral("unsubscribe_url"), QStringLiteral("https://example.com/u/%1").arg(c.id));
        r.content = TemplateRenderer::render(templates.at(2).textBody, values);
        r.clientKey = QStringLiteral("demo-%1-%2").arg(seed).arg(c.id);
        recipients.append(r);
    }
    if (!campaigns->addRecipients(newsletter.id, recipients))
        return failed(campaigns);

    const SandboxSimulator simulator(seed);
    QList<SubmitResult> submitted;
    QStringList providerIds;
    for (const Recipient &r : std::as_const(recipients)) {
        const QString id = simulator.accept(Channel::Email, r.address, r.clientKey, sentAt);
        submitted.append({r.id, id, true, {}});
        providerIds.append(id);
    }
    if (!campaigns->recordSubmitResults(submitted))
        return failed(campaigns);

    const ProviderInfo info = SandboxProvider::providerInfo();
    for (const QDateTime &refreshAt : {sentAt.addSecs(2 * 3600), sentAt.addDays(1), now}) {
        QList<DeliveryEvent> events;
        for (const QString &id : std::as_const(providerIds))
            events.append(simulator.events(id, refreshAt));
        if (campaigns->addEvents(newsletter.id, events) < 0)
            return failed(campaigns);
        const CampaignStats stats
                = ReportService::normalise(campaigns->computeStats(newsletter.id), info, sandbox, Channel::Email,
                                           campaigns->sentParts(newsletter.id), refreshAt);
        if (!campaigns->addSnapshot(newsletter.id, stats))
            return failed(campaigns);
    }

    // A scheduled SMS campaign: next Saturday at 10:00 in İstanbul.
    Campaign flash;
    flash.name = tr("Weekend flash sale");
    flash.channel = Channel::Sms;
    flash.accountId = sandbox.id;
    flash.templateId = templates.at(0).id;
    flash.groupId = groups.at(1).id;
    flash.sender = QStringLiteral("MODASHOP");
    flash.state = CampaignState::Scheduled;
    flash.timeZone = QStringLiteral("Europe/Istanbul");
    const QTimeZone istanbul(flash.timeZone.toLatin1());
    QDate saturday = now.toTimeZone(istanbul).date().addDays(1);
    while (saturday.dayOfWeek() != Qt::Saturday)
        saturday = saturday.addDays(1);
    flash.scheduledAt = QDateTime(saturday, QTime(10, 0), istanbul).toUTC();
    flash.createdAt = now.addDays(-1);
    if (!campaigns->create(flash))
        return failed(campaigns);

    // And a draft, so every state has an example.
    Campaign draft;
    draft.name = tr("Welcome series");
    draft.channel = Channel::Email;
    draft.accountId = sandbox.id;
    draft.templateId = templates.at(3).id;
    draft.groupId = groups.at(2).id;
    draft.sender = QStringLiteral("hello@example.com");
    draft.createdAt = now.addSecs(-3 * 3600);
    if (!campaigns->create(draft))
        return failed(campaigns);

    // A series to start from: new subscribers get the welcome email, and an SMS three days later if they did not
    // open it. A draft: nothing goes until the user starts it.
    Series series;
    series.name = tr("New subscriber welcome");
    series.groupId = groups.at(0).id;
    series.onlyNew = true;
    series.timeZone = QStringLiteral("Europe/Istanbul");
    SeriesStep welcome;
    welcome.name = tr("Welcome");
    welcome.templateId = templates.at(3).id;
    welcome.accountId = sandbox.id;
    welcome.sender = QStringLiteral("hello@example.com");
    SeriesStep nudge;
    nudge.name = tr("Nudge by SMS");
    nudge.templateId = templates.at(0).id;
    nudge.accountId = sandbox.id;
    nudge.sender = QStringLiteral("MODASHOP");
    nudge.delayMinutes = 3 * 1440;
    nudge.timeOfDay = 10 * 60;
    nudge.condition = StepCondition::NotOpened;
    series.steps = {welcome, nudge};
    if (!workspace.series()->save(series))
        return failed(workspace.series());
    return {};
}

} // namespace cm
