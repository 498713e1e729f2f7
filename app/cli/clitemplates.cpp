// campaignctl templates: SMS and email templates, rendered for a contact and exchanged with a provider.
#include "cli.h"
#include "cliutil.h"

#include "app/services/composer.h"
#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/workspace.h"
#include "models/contactcheck.h"
#include "models/groupstore.h"
#include "models/smscounter.h"
#include "models/templaterenderer.h"
#include "models/templatestore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>

namespace cm {

const char Cli::templatesHelp[] = QT_TRANSLATE_NOOP(
        "cm::Cli",
        "  templates list\n"
        "  templates add NAME --channel sms|email|voice|whatsapp [--subject TEXT] (--body TEXT | --body-file FILE)\n"
        "                [--text-file FILE] [--transactional]\n"
        "  templates add NAME --language CODE [--subject TEXT] (--body TEXT | --body-file FILE) [--text-file FILE]\n"
        "                # the template's version for contacts whose language field is CODE (es, or es-MX)\n"
        "  templates render NAME --contact EMAIL_OR_PHONE [--group NAME]\n"
        "  templates delete NAME [--language CODE]  # the template, or only that language's version\n"
        "  templates push NAME --account ACCOUNT   # an email template to the provider's templates\n"
        "  templates pull --account ACCOUNT        # the provider's templates here, as email templates");

void Cli::templates(const QStringList &args)
{
    QCommandLineParser parser;
    QString error;
    if (args.value(0) == QLatin1String("add") || args.value(0) == QLatin1String("render")
        || args.value(0) == QLatin1String("delete"))
        return editTemplates(args);
    if (args.value(0) == QLatin1String("push") || args.value(0) == QLatin1String("pull"))
        return exchangeTemplates(args);
    if (args.value(0) != QLatin1String("list"))
        return usage(tr("Use: campaignctl templates list|add|render|delete|push|pull …"));
    if (!parseArguments(parser, args.mid(1), 0, &error))
        return usage(error);
    if (!openWorkspace())
        return;
    const QList<Template> list = m_workspace->templates()->templates();
    if (m_json) {
        QJsonArray array;
        for (const Template &t : list)
            array.append(QJsonObject {{QStringLiteral("id"), t.id},
                                      {QStringLiteral("name"), t.name},
                                      {QStringLiteral("channel"), channelKey(t.channel)},
                                      {QStringLiteral("subject"), t.subject},
                                      {QStringLiteral("body"), t.body},
                                      {QStringLiteral("updated_at"), jsonTime(t.updatedAt)}});
        printJson({{QStringLiteral("templates"), array}});
    } else {
        QList<QStringList> rows;
        for (const Template &t : list)
            rows.append({t.name, channelKey(t.channel), t.channel == Channel::Email ? t.subject : t.body.left(40)});
        printTable({tr("NAME"), tr("CHANNEL"), tr("SUBJECT OR TEXT")}, rows);
    }
    finish(Success);
}

// templates push NAME --account A (to the provider's template store), templates pull --account A (all of them here).
void Cli::exchangeTemplates(const QStringList &args)
{
    const bool push = args.value(0) == QLatin1String("push");
    QCommandLineParser parser;
    const QCommandLineOption accountOption(QStringLiteral("account"), {}, QStringLiteral("NAME"));
    parser.addOption(accountOption);
    QString error;
    if (!parseArguments(parser, args.mid(1), push ? 1 : 0, &error))
        return usage(error);
    if (!parser.isSet(accountOption))
        return usage(tr("Say which account with --account NAME."));
    if (!openWorkspace())
        return;
    const auto account = accountNamed(parser.value(accountOption));
    if (!account)
        return;
    Job *job = nullptr;
    if (push) {
        const auto tmpl = templateNamed(parser.positionalArguments().first());
        if (!tmpl)
            return;
        job = m_groupSync->pushTemplate(tmpl->id, account->id);
    } else {
        job = m_groupSync->pullTemplates(account->id);
    }
    connect(job, &Job::finished, this, [this, job](bool ok, const QString &message) {
        if (!ok)
            return fail(message);
        if (m_json)
            printJson({{QStringLiteral("message"), message},
                       {QStringLiteral("remote_id"), job->property("remote_id").toString()}});
        else
            print(message);
        finish(Success);
    });
}

namespace {
// The contents of a UTF-8 text file, or nullopt.
std::optional<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}
} // namespace

void Cli::editTemplates(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption channel(QStringLiteral("channel"), {}, QStringLiteral("sms|email"));
    const QCommandLineOption subject(QStringLiteral("subject"), {}, QStringLiteral("TEXT"));
    const QCommandLineOption body(QStringLiteral("body"), {}, QStringLiteral("TEXT"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption textFile(QStringLiteral("text-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption transactional(QStringLiteral("transactional"));
    const QCommandLineOption contact(QStringLiteral("contact"), {}, QStringLiteral("EMAIL_OR_PHONE"));
    const QCommandLineOption group(QStringLiteral("group"), {}, QStringLiteral("NAME"));
    const QCommandLineOption language(QStringLiteral("language"), {}, QStringLiteral("CODE"));
    if (sub == QLatin1String("add"))
        parser.addOptions({channel, subject, body, bodyFile, textFile, transactional, language});
    else if (sub == QLatin1String("delete"))
        parser.addOption(language);
    else if (sub == QLatin1String("render"))
        parser.addOptions({contact, group});
    QString error;
    if (!parseArguments(parser, args.mid(1), 1, &error))
        return usage(error);
    const QString name = parser.positionalArguments().first();

    if (sub == QLatin1String("add") && parser.isSet(language))
        return addTemplateVersion(name, parser.value(language), parser.value(subject), parser.value(body),
                                  parser.value(bodyFile), parser.value(textFile));
    if (sub == QLatin1String("delete") && parser.isSet(language)) {
        if (!openWorkspace())
            return;
        auto t = templateNamed(name);
        if (!t)
            return;
        const int index = t->versionFor(parser.value(language));
        if (index < 0 || t->versions.at(index).language != Template::languageKey(parser.value(language)))
            return fail(tr("“%1” has no “%2” version.").arg(name, parser.value(language)));
        t->versions.removeAt(index);
        if (!m_workspace->templates()->update(*t))
            return fail(m_workspace->templates()->lastError().message);
        print(tr("The “%1” version of “%2” deleted.").arg(Template::languageKey(parser.value(language)), name));
        return finish(Success);
    }
    if (sub == QLatin1String("add")) {
        const auto ch = channelFromKey(parser.value(channel));
        if (!ch)
            return usage(tr("Give the channel: --channel sms, email, voice (a call) or whatsapp."));
        if (parser.isSet(body) == parser.isSet(bodyFile))
            return usage(tr("Give the text with --body TEXT or --body-file FILE (one of them)."));
        Template t;
        t.name = name;
        t.channel = *ch;
        t.subject = parser.value(subject);
        t.marketing = !parser.isSet(transactional);
        for (const auto &[option, target] : {std::pair {&bodyFile, &t.body}, std::pair {&textFile, &t.textBody}}) {
            if (!parser.isSet(*option))
                continue;
            const auto text = readText(parser.value(*option));
            if (!text)
                return fail(tr("Cannot read “%1”; check the path.").arg(parser.value(*option)));
            *target = *text;
        }
        if (parser.isSet(body))
            t.body = parser.value(body);
        if (!openWorkspace())
            return;
        if (m_workspace->templates()->byName(name))
            return fail(tr("A template named “%1” exists already. Choose another name.").arg(name));
        if (const QStringList problems = Composer::templateProblems(t); !problems.isEmpty())
            return fail(problems.join(QLatin1Char(' ')));
        if (!m_workspace->templates()->add(t))
            return fail(m_workspace->templates()->lastError().message);
        if (m_json) {
            printJson({{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}});
        } else if (t.channel == Channel::Sms) {
            const SmsCount count = countSms(t.body);
            print(tr("Template “%1” added: %2, %n part(s) before personalisation.", nullptr, count.parts)
                          .arg(name, count.encoding == SmsCount::Gsm7 ? tr("GSM-7") : tr("Unicode (UCS-2)")));
        } else {
            print(tr("Template “%1” added.").arg(name));
        }
        return finish(Success);
    }

    if (!openWorkspace())
        return;
    const auto tmpl = templateNamed(name);
    if (!tmpl)
        return;

    if (sub == QLatin1String("delete")) {
        if (!m_workspace->templates()->remove(tmpl->id))
            return fail(m_workspace->templates()->lastError().message);
        print(tr("Template “%1” deleted.").arg(name));
        return finish(Success);
    }

    // render
    if (!parser.isSet(contact))
        return usage(tr("Name the contact to render for: --contact EMAIL_OR_PHONE."));
    QList<Group> groups;
    if (parser.isSet(group)) {
        const auto g = groupNamed(parser.value(group));
        if (!g)
            return;
        groups.append(*g);
    } else {
        groups = m_workspace->groups()->groups();
    }
    Contact probe;
    const QString raw = parser.value(contact).trimmed();
    (raw.contains(QLatin1Char('@')) ? probe.email : probe.phone) = raw;
    checkContact(probe, m_workspace->phoneRegion()); // E.164 and lower case, as stored
    std::optional<Contact> found;
    for (const Group &g : std::as_const(groups)) {
        found = m_workspace->groups()->contactByAddress(g.id, probe.email.isEmpty() ? probe.phone : probe.email);
        if (found)
            break;
    }
    if (!found)
        return fail(
                tr("No contact “%1” in %2.")
                        .arg(raw,
                             parser.isSet(group) ? tr("the group “%1”").arg(parser.value(group)) : tr("any group")));
    const TemplateRenderer::Rendered r = TemplateRenderer::renderTemplate(*tmpl, *found);
    if (m_json) {
        QJsonObject out {{QStringLiteral("body"), r.body},
                         {QStringLiteral("missing_fields"), QJsonArray::fromStringList(r.missing)}};
        if (tmpl->channel == Channel::Email) {
            out.insert(QStringLiteral("subject"), r.subject);
            out.insert(QStringLiteral("text"), r.text);
        } else {
            const SmsCount count = countSms(r.body);
            out.insert(QStringLiteral("encoding"),
                       count.encoding == SmsCount::Gsm7 ? QStringLiteral("gsm7") : QStringLiteral("ucs2"));
            out.insert(QStringLiteral("length"), count.units);
            out.insert(QStringLiteral("parts"), count.parts);
            out.insert(QStringLiteral("ucs2_characters"), count.ucs2Characters);
        }
        printJson(out);
        return finish(Success);
    }
    if (tmpl->channel == Channel::Email) {
        print(tr("Subject: %1").arg(r.subject));
        print(QString());
    }
    print(r.body);
    if (tmpl->channel == Channel::Email && !r.text.isEmpty()) {
        print(QStringLiteral("--"));
        print(r.text);
    }
    if (tmpl->channel == Channel::Sms) {
        const SmsCount count = countSms(r.body);
        print(QStringLiteral("--"));
        print(tr("%1, %n character(s)", nullptr, count.units)
                      .arg(count.encoding == SmsCount::Gsm7 ? tr("GSM-7") : tr("Unicode (UCS-2)"))
              + QStringLiteral(", ") + tr("%n part(s)", nullptr, count.parts));
        if (!count.ucs2Characters.isEmpty())
            print(tr("Unicode because of: %1").arg(count.ucs2Characters));
    }
    if (!r.missing.isEmpty())
        print(tr("This contact has no value for: %1").arg(r.missing.join(QStringLiteral(", "))));
    finish(Success);
}

void Cli::addTemplateVersion(const QString &name, const QString &language, const QString &subject, const QString &body,
                             const QString &bodyFile, const QString &textFile)
{
    if (body.isEmpty() == bodyFile.isEmpty())
        return usage(tr("Give the text with --body TEXT or --body-file FILE (one of them)."));
    const QString key = Template::languageKey(language);
    if (!Template::isLanguageCode(language))
        return usage(tr("--language takes a language code such as es, tr or pt-BR, as the contacts' language field "
                        "holds it."));
    TemplateVersion version {key, subject, body, {}};
    for (const auto &[file, target] :
         {std::pair {&bodyFile, &version.body}, std::pair {&textFile, &version.textBody}}) {
        if (file->isEmpty())
            continue;
        const auto text = readText(*file);
        if (!text)
            return fail(tr("Cannot read “%1”; check the path.").arg(*file));
        *target = *text;
    }
    if (!openWorkspace())
        return;
    auto t = templateNamed(name);
    if (!t)
        return;
    if (version.subject.isEmpty())
        version.subject = t->subject; // an SMS has none; an email keeps its subject unless given
    t->versions.removeIf([&key](const TemplateVersion &v) { return v.language == key; });
    t->versions.append(version);
    if (const QStringList problems = Composer::templateProblems(*t); !problems.isEmpty())
        return fail(problems.join(QLatin1Char(' ')));
    if (!m_workspace->templates()->update(*t))
        return fail(m_workspace->templates()->lastError().message);
    print(tr("“%1” has a “%2” version: contacts whose language field is %2 get it.").arg(name, key));
    finish(Success);
}

} // namespace cm
