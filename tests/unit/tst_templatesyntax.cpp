// The personalisation syntax: email HTML as designers and builders write it is text around the tags; conditional
// blocks choose a branch per contact the same way everywhere (render, a provider's bulk text, the SMS worst case);
// every mistake is named with what to fix.
#include "app/services/composer.h"
#include "models/smscounter.h"
#include "models/templaterenderer.h"

#include <QFile>
#include <QTest>

using namespace cm;

namespace {

QString newsletter()
{
    QFile file(QStringLiteral(CM_TEST_DATA "/email/newsletter.html"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QVariantMap contact(const QString &firstName, const QString &city)
{
    return {{QStringLiteral("first_name"), firstName}, {QStringLiteral("city"), city}};
}

} // namespace

class TestTemplateSyntax : public QObject
{
    Q_OBJECT

private slots:
    // A newsletter the way MJML and designers write it: minified media queries (whose "}}" closes two rules),
    // Outlook's conditional comments, nested tables, a dark-mode query, and our tags among them.
    void realNewsletter_isAcceptedAsWritten()
    {
        const QString html = newsletter();
        QVERIFY(html.contains(QStringLiteral("{display:none!important}}")));
        QCOMPARE(TemplateRenderer::problems(html), QStringList());
        QCOMPARE(TemplateRenderer::emailHtml(html), html); // HTML as written, nothing escaped
        QStringList fields;
        for (const auto &p : TemplateRenderer::placeholders(html))
            fields.append(p.field);
        QCOMPARE(fields,
                 (QStringList {QStringLiteral("first_name"), QStringLiteral("city"),
                               QStringLiteral("unsubscribe_url")}));
        QVERIFY(TemplateRenderer::hasConditions(html));

        Template tmpl;
        tmpl.channel = Channel::Email;
        tmpl.subject = QStringLiteral("Spring picks");
        tmpl.body = html;
        const QString istanbul
                = TemplateRenderer::renderTemplate(tmpl, contact(QStringLiteral("ayşe"), QString::fromUtf8("İstanbul")))
                          .body;
        QVERIFY(istanbul.contains(QString::fromUtf8("Hi Ayşe,")));
        QVERIFY(istanbul.contains(QString::fromUtf8("Our Kadıköy store opens on Saturday.")));
        QVERIFY(!istanbul.contains(QStringLiteral("{{#")) && !istanbul.contains(QStringLiteral("{{ first_name")));
        QVERIFY(istanbul.contains(QStringLiteral("href=\"{{unsubscribe_url}}\""))); // the provider's link goes there
        // Everything that is not a tag is left exactly as it was.
        for (const char *kept : {"@media (max-width:480px){.hide-mobile{display:none!important}}",
                                 "<!--[if mso | IE]><table align=\"center\"", "<!--[if !mso]><!-->",
                                 "@media (prefers-color-scheme:dark){.dark-bg{background:#111!important}"})
            QVERIFY2(istanbul.contains(QLatin1String(kept)), kept);
        const QString paris
                = TemplateRenderer::renderTemplate(tmpl, contact(QStringLiteral("Jean"), QStringLiteral("Paris"))).body;
        QVERIFY(paris.contains(QStringLiteral("See what is new at our Paris store.")));
        QVERIFY(TemplateRenderer::renderTemplate(tmpl, contact({}, {})).body.contains(QStringLiteral("Hi there,<")));
        QVERIFY(TemplateRenderer::renderTemplate(tmpl, contact({}, {}))
                        .body.contains(QStringLiteral("See what is new online.")));
    }

    void strayBraces_areText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rendered");
        QTest::newRow("minified media query") << QStringLiteral("<style>@media (max-width:480px){.a{display:none}}"
                                                                "</style>")
                                              << QStringLiteral("<style>@media (max-width:480px){.a{display:none}}"
                                                                "</style>");
        QTest::newRow("braces in a style") << QStringLiteral("<p style=\"{color:red}\">{{first_name}}</p>")
                                           << QStringLiteral("<p style=\"{color:red}\">Ada</p>");
        QTest::newRow("a stray closing pair")
                << QStringLiteral("a }} b {{first_name}}") << QStringLiteral("a }} b Ada");
        QTest::newRow("triple braces") << QStringLiteral("{{{first_name}}}") << QStringLiteral("{Ada}");
        QTest::newRow("not a field") << QStringLiteral("{{ 42 }} {{}} {{-x}}")
                                     << QStringLiteral("{{ 42 }} {{}} {{-x}}");
        QTest::newRow("a tag never spans lines")
                << QStringLiteral("{{\nfirst_name}}") << QStringLiteral("{{\nfirst_name}}");
    }

    void strayBraces_areText()
    {
        QFETCH(QString, text);
        QFETCH(QString, rendered);
        QCOMPARE(TemplateRenderer::problems(text), QStringList());
        QCOMPARE(TemplateRenderer::render(text, {{QStringLiteral("first_name"), QStringLiteral("Ada")}}), rendered);
    }

    void conditions_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("visits");
        QTest::addColumn<bool>("holds");
        const QString istanbul = QString::fromUtf8("İstanbul");
        QTest::newRow("equals") << QString::fromUtf8("city == \"İstanbul\"") << istanbul << "" << true;
        QTest::newRow("equals ignores case and blanks") << "city = 'paris'"
                                                        << " Paris "
                                                        << "" << true;
        QTest::newRow("typographic quotes") << QString::fromUtf8("city == “Paris”") << "Paris"
                                            << "" << true;
        QTest::newRow("not equals") << "city != \"Paris\"" << istanbul << "" << true;
        QTest::newRow("contains") << "city contains \"stan\"" << istanbul << "" << true;
        QTest::newRow("not contains") << "city not contains \"stan\"" << istanbul << "" << false;
        QTest::newRow("is empty") << "city is empty"
                                  << "  "
                                  << "" << true;
        QTest::newRow("is not empty") << "city is not empty"
                                      << ""
                                      << "" << false;
        QTest::newRow("a field alone: not empty") << "city"
                                                  << "Oslo"
                                                  << "" << true;
        QTest::newRow("numbers as numbers") << "visits >= 10"
                                            << ""
                                            << "9.5" << false;
        QTest::newRow("a decimal comma") << "visits > 9"
                                         << ""
                                         << "9,5" << true;
        QTest::newRow("10 equals 10.0") << "visits == 10"
                                        << ""
                                        << "10.0" << true;
        QTest::newRow("< needs numbers") << "visits < 3"
                                         << ""
                                         << "" << false;
        QTest::newRow("and before or") << "city == \"Oslo\" or city == \"Paris\" and visits > 3"
                                       << "Oslo"
                                       << "1" << true;
        QTest::newRow("brackets") << "(city == \"Oslo\" or city == \"Paris\") and visits > 3"
                                  << "Oslo"
                                  << "1" << false;
        QTest::newRow("not") << "not city is empty"
                             << "Oslo"
                             << "" << true;
        QTest::newRow("two fields") << "city == visits"
                                    << "7"
                                    << "7" << true;
    }

    void conditions()
    {
        QFETCH(QString, condition);
        QFETCH(QString, city);
        QFETCH(QString, visits);
        QFETCH(bool, holds);
        const QString text = QStringLiteral("{{#if ") + condition + QStringLiteral("}}yes{{else}}no{{/if}}");
        QCOMPARE(TemplateRenderer::problems(text), QStringList());
        QCOMPARE(TemplateRenderer::render(text, {{QStringLiteral("city"), city}, {QStringLiteral("visits"), visits}}),
                 holds ? QStringLiteral("yes") : QStringLiteral("no"));
    }

    // Blocks nest; the first branch that holds is the one shown, else the {{else}}, else nothing.
    void blocks_nestAndChooseTheFirstBranchThatHolds()
    {
        const QString text = QStringLiteral(
                "A{{#if tier == \"gold\"}}G{{#if city}} in {{city|upper}}{{/if}}{{else if tier}}T:{{tier}}"
                "{{else}}-{{/if}}Z{{#if vip}}!{{/if}}");
        QCOMPARE(TemplateRenderer::problems(text), QStringList());
        const auto render = [&text](const QString &tier, const QString &city) {
            return TemplateRenderer::render(text, {{QStringLiteral("tier"), tier}, {QStringLiteral("city"), city}});
        };
        QCOMPARE(render(QStringLiteral("Gold"), QStringLiteral("Oslo")), QStringLiteral("AG in OSLOZ"));
        QCOMPARE(render(QStringLiteral("gold"), {}), QStringLiteral("AGZ"));
        QCOMPARE(render(QStringLiteral("silver"), QStringLiteral("Oslo")), QStringLiteral("AT:silverZ"));
        QCOMPARE(render({}, {}), QStringLiteral("A-Z"));
        QStringList fields;
        for (const auto &p : TemplateRenderer::placeholders(text))
            fields.append(p.field);
        QCOMPARE(fields, (QStringList {QStringLiteral("city"), QStringLiteral("tier")})); // not those of conditions
        // Missing values are a worry outside the blocks only: inside, the condition chooses who reads them.
        QCOMPARE(TemplateRenderer::fieldsWithoutDefault(
                         QStringLiteral("Hi {{first_name}} {{#if company}}of {{company}}{{/if}} {{city|default:x}}")),
                 QStringList {QStringLiteral("first_name")});
    }

    void mistakes_sayWhatToFix_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("names");
        QTest::newRow("unclosed placeholder") << "Hi {{first_name"
                                              << "{{first_name";
        QTest::newRow("a field with a blank") << "Hi {{first name}}"
                                              << "{{first name}}";
        QTest::newRow("unknown filter") << "Hi {{first_name|shout}}"
                                        << "shout";
        QTest::newRow("unclosed block") << "{{#if city}}x"
                                        << "{{/if}}";
        QTest::newRow("else without if") << "x{{else}}y"
                                         << "{{else}}";
        QTest::newRow("end without if") << "x{{/if}}"
                                        << "{{/if}}";
        QTest::newRow("unknown block") << "{{#each items}}x"
                                       << "{{#each items}}";
        QTest::newRow("no condition") << "{{#if}}x{{/if}}"
                                      << "{{#if}}";
        QTest::newRow("is what") << "{{#if city is blue}}x{{/if}}"
                                 << "empty";
        QTest::newRow("nothing to compare") << "{{#if city == }}x{{/if}}"
                                            << "==";
        QTest::newRow("unclosed quote") << "{{#if city == \"Oslo}}x{{/if}}"
                                        << "quotes";
        QTest::newRow("two conditions not joined") << "{{#if city tier}}x{{/if}}"
                                                   << "and, or";
        QTest::newRow("a bracket") << "{{#if (city}}x{{/if}}"
                                   << "bracket";
        QTest::newRow("after else") << "{{#if a}}x{{else}}y{{else if b}}z{{/if}}"
                                    << "{{else if b}}";
    }

    void mistakes_sayWhatToFix()
    {
        QFETCH(QString, text);
        QFETCH(QString, names);
        const QStringList problems = TemplateRenderer::problems(text);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(names), qPrintable(problems.first()));
    }

    // A provider that personalises one text for many gets each block as one variable: the content is the same
    // for every recipient, and filling it in gives what rendering gives, escaped where the body is HTML.
    void bulk_aBlockIsOneVariable()
    {
        const QString text = QStringLiteral("<p>Hi {{first_name}}, {{#if city}}<b>{{city}}</b>{{else}}hello{{/if}}"
                                            "</p>");
        const QVariantMap a = contact(QStringLiteral("Ada"), QStringLiteral("<Oslo>"));
        const QVariantMap b = contact(QStringLiteral("Bo"), {});
        const TemplateRenderer::Bulk bulkA = TemplateRenderer::bulk(text, a, true);
        const TemplateRenderer::Bulk bulkB = TemplateRenderer::bulk(text, b, true);
        QCOMPARE(bulkA.content, bulkB.content);
        QCOMPARE(bulkA.content, QStringLiteral("<p>Hi /*v0*/, /*v1*/</p>"));
        QCOMPARE(TemplateRenderer::substitute(bulkA.content, bulkA.variables),
                 QStringLiteral("<p>Hi Ada, <b>&lt;Oslo&gt;</b></p>"));
        QCOMPARE(TemplateRenderer::substitute(bulkB.content, bulkB.variables), QStringLiteral("<p>Hi Bo, hello</p>"));
        Template tmpl;
        tmpl.channel = Channel::Email;
        tmpl.body = text;
        QCOMPARE(TemplateRenderer::substitute(bulkA.content, bulkA.variables),
                 TemplateRenderer::renderTemplate(tmpl, a).body);
    }

    // The SMS counter without a contact counts the costliest branch: the longest, and one that needs Unicode
    // before any that does not, since it turns the whole message into UCS-2.
    void smsWorstCase_takesTheCostliestBranch()
    {
        const QString longest = QStringLiteral("Hi{{#if tier}} our dear friend{{else}} you{{/if}}!");
        QCOMPARE(TemplateRenderer::withTypicalValues(longest), QStringLiteral("Hi our dear friend!"));
        const QString unicode = QString::fromUtf8("{{#if city}}Ş{{else}}a much longer text in GSM{{/if}}");
        QCOMPARE(TemplateRenderer::withTypicalValues(unicode), QString::fromUtf8("Ş"));
        QCOMPARE(countSms(TemplateRenderer::withTypicalValues(unicode)).encoding, SmsCount::Ucs2);
        QCOMPARE(TemplateRenderer::withTypicalValues(QStringLiteral("{{#if a}}{{first_name}}{{/if}}")),
                 QStringLiteral("xxxxxx"));
    }

    // A link from contact data is checked wherever it sits in an href or src, a block's branch included; the
    // unsubscribe link inside a block keeps its recipient's text their own (a provider puts its link only in the
    // content); numbers written with separators, and digits of other scripts, read safely.
    void linksUnsubscribeAndNumbers_insideBlocks()
    {
        const QString text = QStringLiteral("<a href=\"{{#if link}}{{link}}{{else}}https://shop.example.com{{/if}}\">"
                                            "Shop</a>");
        const QVariantMap evil {{QStringLiteral("link"), QStringLiteral("javascript:alert(1)")}};
        Template tmpl;
        tmpl.channel = Channel::Email;
        tmpl.body = text;
        QCOMPARE(TemplateRenderer::renderTemplate(tmpl, evil).body, QStringLiteral("<a href=\"\">Shop</a>"));
        const TemplateRenderer::Bulk bulk = TemplateRenderer::bulk(text, evil, true);
        QCOMPARE(TemplateRenderer::substitute(bulk.content, bulk.variables), QStringLiteral("<a href=\"\">Shop</a>"));
        const QVariantMap fine {{QStringLiteral("link"), QStringLiteral("https://example.com/mine")}};
        QCOMPARE(TemplateRenderer::renderTemplate(tmpl, fine).body,
                 QStringLiteral("<a href=\"https://example.com/mine\">Shop</a>"));

        const QString conditional
                = QStringLiteral("<p>{{#if tier}}<a href=\"{{unsubscribe_url}}\">Stop</a>{{/if}}</p>");
        const TemplateRenderer::Bulk own = TemplateRenderer::bulk(conditional, {{QStringLiteral("tier"), 1}}, true);
        QVERIFY(own.variables.isEmpty());
        QCOMPARE(own.content, QStringLiteral("<p><a href=\"{{unsubscribe_url}}\">Stop</a></p>"));
        QVERIFY(!TemplateRenderer::everyoneGetsUnsubscribeLink(conditional));
        QVERIFY(TemplateRenderer::everyoneGetsUnsubscribeLink(
                QStringLiteral("{{#if a}}{{unsubscribe_url}}{{else}}x {{unsubscribe_url}}{{/if}}")));
        QVERIFY(TemplateRenderer::everyoneGetsUnsubscribeLink(QStringLiteral("{{#if a}}x{{/if}} {{unsubscribe_url}}")));
        Template marketing;
        marketing.name = QStringLiteral("News");
        marketing.channel = Channel::Email;
        marketing.subject = QStringLiteral("News");
        marketing.body = conditional;
        const QStringList problems = Composer::templateProblems(marketing);
        QVERIFY2(problems.join(QLatin1Char(' ')).contains(QStringLiteral("let everyone unsubscribe")),
                 qPrintable(problems.join(QLatin1Char(' '))));
        // A block opened in the subject and closed in the body is two mistakes: each part is rendered on its own.
        marketing.subject = QStringLiteral("{{#if a}}News");
        marketing.body = QStringLiteral("{{/if}}<a href=\"{{unsubscribe_url}}\">Stop</a>");
        QCOMPARE(Composer::templateProblems(marketing).size(), 2);

        const auto holds = [](const QString &condition, const QString &amount) {
            return TemplateRenderer::render(QStringLiteral("{{#if ") + condition + QStringLiteral("}}y{{/if}}"),
                                            {{QStringLiteral("amount"), amount}})
                    == QLatin1String("y");
        };
        QVERIFY(holds(QStringLiteral("amount > 500"), QStringLiteral("1,000")));
        QVERIFY(holds(QStringLiteral("amount == 1000.5"), QStringLiteral("1,000.50")));
        QVERIFY(holds(QStringLiteral("amount < 10"), QStringLiteral("9,5")));
        const QString arabic = QString::fromUtf8("{{#if amount == ١٢}}y{{/if}}");
        QVERIFY(!TemplateRenderer::problems(arabic).isEmpty()); // not a number here, and no crash
    }

    // A plain-text email is escaped around the tags, never inside them.
    void plainTextEmail_escapesAroundTheTags()
    {
        QCOMPARE(TemplateRenderer::emailHtml(QStringLiteral("Hi {{#if tier == \"<gold>\"}}<VIP> {{first_name}}"
                                                            "{{/if}}\nBye")),
                 QStringLiteral("Hi {{#if tier == \"<gold>\"}}&lt;VIP&gt; {{first_name}}{{/if}}<br>\nBye"));
    }
};

QTEST_GUILESS_MAIN(TestTemplateSyntax)
#include "tst_templatesyntax.moc"
