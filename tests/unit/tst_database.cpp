// The workspace database: creation, migrations, and refusing files it must not touch.
#include "models/accountstore.h"
#include "models/clock.h"
#include "models/database.h"
#include "models/groupstore.h"
#include "models/settingsstore.h"
#include "models/sqlhelpers.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

using namespace cm;

namespace {

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(test::fileBytes(path), QCryptographicHash::Sha256);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Writes an SQLite file with another connection name, outside any Database object.
void makeSqliteFile(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &s : statements)
            QVERIFY2(QSqlQuery(db).exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newWorkspace_isWalPrivateAndAtCurrentVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/ws.sqlite"));
        Database db(path);
        const DatabaseError error = db.open();
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(db.wasCreated());
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        // Every table of the schema is there.
        for (const char *table : {"accounts", "groups", "contacts", "custom_fields", "suppressions", "templates",
                                  "campaigns", "send_batches", "campaign_recipients", "events", "report_snapshots",
                                  "import_batches", "import_changes"}) {
            QCOMPARE(scalar(db.connection(),
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                    .arg(QLatin1String(table)))
                             .toInt(),
                     1);
        }
    }

    void reopen_keepsDataAndDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            Database db(path);
            QVERIFY(!db.open());
            AccountStore store(&db);
            Account a {0, QStringLiteral("Main"), QStringLiteral("sandbox"), {}, {}, {}, {}};
            QVERIFY(store.add(a));
        }
        Database again(path);
        QVERIFY(!again.open());
        QVERIFY(!again.wasCreated());
        AccountStore store(&again);
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.accounts().first().name, QStringLiteral("Main"));
    }

    // Schema 8 rebuilds the suppression list to take "voice": a workspace of schema 7 keeps its rows.
    void schema7_migratesToVoiceSuppressions_keepingTheList()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            Database db(path);
            QVERIFY(!db.openAt(7)); // schema 7's table, with one entry
        }
        makeSqliteFile(path,
                       {QStringLiteral("INSERT INTO suppressions (channel, address, reason, source, created_at) "
                                       "VALUES ('sms', '+34666555441', 'opt_out', 'STOP', "
                                       "'2026-03-01T10:00:00Z')")});
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check7"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(!QSqlQuery(raw).exec(QStringLiteral( // schema 7 refuses a call's entry
                    "INSERT INTO suppressions (channel, address, reason, created_at) VALUES ('voice', '+1', "
                    "'opt_out', '2026-03-01T10:00:00Z')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check7"));

        Database db(path);
        const DatabaseError error = db.open();
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QCOMPARE(scalar(db.connection(),
                        QStringLiteral("SELECT source FROM suppressions WHERE address = '+34666555441'"))
                         .toString(),
                 QStringLiteral("STOP"));
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO suppressions (channel, address, reason, created_at) VALUES "
                                       "('voice', '+34666555441', 'opt_out', '2026-03-02T10:00:00Z')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO suppressions (channel, address, reason, created_at) VALUES "
                                       "('fax', '+34666555441', 'opt_out', '2026-03-02T10:00:00Z')")));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM suppressions")).toInt(), 2);
    }

    // Schema 9 gives the workspace settings of its own: a random id (each workspace its own) and the default phone
    // region. A workspace of schema 8 holding data keeps it.
    void schema8_migratesToWorkspaceSettings_keepingItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            Database db(path);
            QVERIFY(!db.openAt(8));
            QCOMPARE(db.schemaVersion(), 8);
            AccountStore accounts(&db);
            Account a;
            a.name = QStringLiteral("Main");
            a.provider = QStringLiteral("sandbox");
            QVERIFY(accounts.add(a));
        }

        Database db(path);
        const DatabaseError error = db.open();
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QCOMPARE(AccountStore(&db).accounts().size(), 1);
        SettingsStore settings(&db);
        QCOMPARE(settings.phoneRegion(), QStringLiteral("TR"));
        const QString id = settings.workspaceId();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch(), qPrintable(id));

        Database other(dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY(!other.open());
        const QString otherId = SettingsStore(&other).workspaceId();
        QCOMPARE(otherId.size(), 32);
        QVERIFY(otherId != id);
    }

    // Schema 9 also makes calls and WhatsApp channels of their own: the templates and campaigns tables are rebuilt
    // (foreign keys off, checked before the commit). 360NRS campaigns whose "delivery" was a call or WhatsApp take
    // that channel, with the option gone; a landing SMS stays SMS. Every row of a workspace holding data stays, and
    // still refers to what it did.
    // Schema 10 adds the send leases, and saves "my time zone" as the zone's id: campaigns saved without one get
    // the zone of the machine that upgrades them.
    void schema9_migratesToLeases_andSavesTheMachinesTimeZone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            Database db(path);
            QVERIFY(!db.openAt(9));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaigns (name, channel, state, time_zone, created_at) VALUES "
                                          "('Mine', 'sms', 'draft', '', '2026-01-01T00:00:00Z'), "
                                          "('Tokyo', 'sms', 'draft', 'Asia/Tokyo', '2026-01-01T00:00:00Z')")));
        }
        Database db(path);
        const DatabaseError error = db.open();
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name, time_zone FROM campaigns ORDER BY name")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Mine"));
        // The machine's zone (/etc/localtime), not TZ's: the tests run with TZ=America/New_York.
        const QString target = QFileInfo(QStringLiteral("/etc/localtime")).symLinkTarget();
        const QByteArray machine = target.contains(QLatin1String("zoneinfo/"))
                ? target.mid(target.indexOf(QLatin1String("zoneinfo/")) + 9).toUtf8()
                : QTimeZone::systemTimeZoneId();
        QCOMPARE(q.value(1).toByteArray(), machine);
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("Asia/Tokyo"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM send_leases")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Schema 11 keeps the report's event counters: a workspace with events gets them counted once, on upgrade.
    void schema10_migratesToEventCounters_countingWhatIsThere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            Database db(path);
            QVERIFY(!db.openAt(10));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaigns (id, name, channel, state, created_at) VALUES "
                                          "(1, 'Spring', 'email', 'sent', '2026-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO campaign_recipients (id, campaign_id, address, client_key, "
                                          "updated_at) VALUES (1, 1, 'a@example.com', 'k1', '2026-01-01'), "
                                          "(2, 1, 'b@example.com', 'k2', '2026-01-01')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO events (campaign_id, recipient_id, type, occurred_at) VALUES "
                                          "(1, 1, 'opened', '2026-01-02T10:00:00Z'), "
                                          "(1, 1, 'opened', '2026-01-02T11:00:00Z'), "
                                          "(1, 2, 'opened', '2026-01-02T12:00:00Z'), "
                                          "(1, 2, 'clicked', '2026-01-02T12:01:00Z')")));
        }
        Database db(path);
        const DatabaseError error = db.open();
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT type, events, recipients FROM event_counts ORDER BY type")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("clicked"));
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toInt(), 1);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("opened"));
        QCOMPARE(q.value(1).toInt(), 3);
        QCOMPARE(q.value(2).toInt(), 2);
        QVERIFY(!q.next());
    }

    // Two processes opening an older workspace at the same moment: each reads the version again under the write
    // lock, so the second finds the upgrade done instead of running it again (a column added twice fails).
    void twoUpgradingAtOnce_migrateOnce()
    {
        for (int round = 0; round < 20; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
            {
                Database db(path);
                QVERIFY(!db.openAt(9));
            }
            std::atomic<int> ready {0};
            DatabaseError errors[2];
            auto open = [&](int i) {
                Database db(path);
                ++ready;
                while (ready < 2) { } // both start together
                errors[i] = db.open();
                db.releaseThreadConnection();
            };
            std::thread first(open, 0);
            std::thread second(open, 1);
            first.join();
            second.join();
            for (const DatabaseError &e : errors)
                QVERIFY2(!e, qPrintable(e.message));
            Database db(path);
            QVERIFY(!db.open());
            QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        }
    }

    void schema8_migratesToChannels_keepingEveryRowAndReference()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            Database db(path);
            QVERIFY(!db.openAt(8));
        }
        const QString at = QStringLiteral("'2026-03-01T10:00:00Z'");
        QStringList data {
                QStringLiteral("INSERT INTO accounts (id, name, provider, created_at) VALUES (1, 'NRS', 'nrs360', %1)"),
                QStringLiteral("INSERT INTO accounts (id, name, provider, created_at) VALUES (2, 'Box', 'outbox', %1)"),
                QStringLiteral("INSERT INTO groups (id, name, account_id, created_at) VALUES (1, 'Customers', 1, %1)"),
                QStringLiteral("INSERT INTO contacts (id, group_id, phone, first_name, created_at, updated_at) VALUES "
                               "(1, 1, '+34666555441', 'Ana', %1, %1), (2, 1, '+34666555442', 'Luis', %1, %1)"),
                // An SMS template used by SMS and call campaigns, one used by calls only, one by WhatsApp only, one by
                // a landing SMS, and an email one.
                QStringLiteral("INSERT INTO templates (id, name, channel, body, created_at, updated_at) VALUES "
                               "(1, 'Shared', 'sms', 'Hello {{first_name}}', %1, %1), "
                               "(2, 'Call text', 'sms', 'Your appointment is tomorrow', %1, %1), "
                               "(3, 'WA lines', 'sms', 'Ana\nheader: Spring', %1, %1), "
                               "(4, 'Landing', 'sms', 'See {LAND_URL}', %1, %1), "
                               "(5, 'Letter', 'email', '<p>Hi</p>', %1, %1)"),
        };
        const QList<QPair<QString, QString>> campaigns {
                {QStringLiteral("sms"), QStringLiteral("{\"tags\":\"spring\"}")},
                {QStringLiteral("sms"), QStringLiteral("{\"delivery\":\"voice\",\"voice_gender\":\"M\"}")},
                {QStringLiteral("sms"),
                 QStringLiteral("{\"delivery\":\"voice_audio\",\"audio_url\":\"https://example.com/a.mp3\"}")},
                {QStringLiteral("sms"), QStringLiteral("{\"delivery\":\"whatsapp\",\"whatsapp_template\":\"42\"}")},
                {QStringLiteral("sms"), QStringLiteral("{\"delivery\":\"landing\",\"landing_page\":\"v2:7\"}")},
                {QStringLiteral("sms"), QStringLiteral("{\"delivery\":\"voice\",\"voice_language\":\"es_ES\"}")},
                {QStringLiteral("email"), QStringLiteral("{\"track_opens\":false}")},
        };
        const QList<int> templateOf {1, 1, 2, 3, 4, 2, 5};
        for (int i = 0; i < campaigns.size(); ++i) {
            const int id = i + 1;
            data << QStringLiteral("INSERT INTO campaigns (id, name, channel, account_id, template_id, group_id, "
                                   "state, created_at, options) VALUES (%1, 'C%1', '%2', 1, %3, 1, 'sent', %4, '%5')")
                            .arg(id)
                            .arg(campaigns.at(i).first)
                            .arg(templateOf.at(i))
                            .arg(at, campaigns.at(i).second)
                 << QStringLiteral("INSERT INTO campaign_groups (campaign_id, group_id) VALUES (%1, 1)").arg(id)
                 << QStringLiteral("INSERT INTO send_batches (id, campaign_id, seq, state, updated_at) VALUES "
                                   "(%1, %1, 0, 'accepted', %2)")
                            .arg(id)
                            .arg(at)
                 << QStringLiteral("INSERT INTO campaign_recipients (id, campaign_id, contact_id, batch_id, address, "
                                   "state, client_key, updated_at) VALUES (%1, %1, 1, %1, '+34666555441', 'delivered', "
                                   "'cm-%1-1', %2)")
                            .arg(id)
                            .arg(at)
                 << QStringLiteral("INSERT INTO events (campaign_id, recipient_id, type, occurred_at) VALUES "
                                   "(%1, %1, 'delivered', %2)")
                            .arg(id)
                            .arg(at)
                 << QStringLiteral("INSERT INTO report_snapshots (campaign_id, taken_at, counters) VALUES "
                                   "(%1, %2, '{}')")
                            .arg(id)
                            .arg(at);
        }
        for (QString &statement : data)
            statement = statement.contains(QLatin1String("%1")) ? statement.arg(at) : statement;
        makeSqliteFile(path, data);
        const auto counts = [](const QSqlDatabase &db) {
            QStringList n;
            for (const char *table : {"accounts", "groups", "contacts", "templates", "campaigns", "campaign_groups",
                                      "send_batches", "campaign_recipients", "events", "report_snapshots"})
                n << QStringLiteral("%1=%2").arg(
                        QLatin1String(table),
                        scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toString());
            return n;
        };
        QStringList before;
        {
            Database old(path);
            QVERIFY(!old.openAt(8));
            before = counts(old.connection());
        }

        Database db(path);
        const DatabaseError error = db.open();
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        const QSqlDatabase c = db.connection();
        QCOMPARE(counts(c), before);
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QSqlQuery fk(c);
        QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!fk.next(), qPrintable(fk.value(0).toString()));
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'campaigns_due'")).toInt(),
                 1);

        const auto campaign = [&c](int id) {
            QSqlQuery q(c);
            q.exec(QStringLiteral("SELECT channel, options FROM campaigns WHERE id = %1").arg(id));
            return q.next() ? q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() : QString();
        };
        QCOMPARE(campaign(1), QStringLiteral("sms {\"tags\":\"spring\"}"));
        QCOMPARE(campaign(2), QStringLiteral("voice {\"voice_gender\":\"M\"}"));
        QCOMPARE(campaign(3), QStringLiteral("voice {\"audio_url\":\"https://example.com/a.mp3\"}"));
        QCOMPARE(campaign(4), QStringLiteral("whatsapp {\"whatsapp_template\":\"42\"}"));
        QCOMPARE(campaign(5), QStringLiteral("sms {\"landing_page\":\"v2:7\"}"));
        QCOMPARE(campaign(6), QStringLiteral("voice {\"voice_language\":\"es_ES\"}"));
        QCOMPARE(campaign(7), QStringLiteral("email {\"track_opens\":false}"));
        const auto templateChannel = [&c](int id) {
            return scalar(c, QStringLiteral("SELECT channel FROM templates WHERE id = %1").arg(id)).toString();
        };
        QCOMPARE(templateChannel(1), QStringLiteral("sms")); // shared with an SMS campaign
        QCOMPARE(templateChannel(2), QStringLiteral("voice"));
        QCOMPARE(templateChannel(3), QStringLiteral("whatsapp"));
        QCOMPARE(templateChannel(4), QStringLiteral("sms"));
        QCOMPARE(templateChannel(5), QStringLiteral("email"));
        // Everything still refers to what it did: recipients to their batch and contact, events to their campaign.
        QCOMPARE(scalar(c,
                        QStringLiteral("SELECT count(*) FROM campaign_recipients r JOIN send_batches b ON "
                                       "b.id = r.batch_id JOIN campaigns k ON k.id = b.campaign_id JOIN events e "
                                       "ON e.recipient_id = r.id AND e.campaign_id = k.id JOIN campaign_groups g ON "
                                       "g.campaign_id = k.id JOIN templates t ON t.id = k.template_id"))
                         .toInt(),
                 campaigns.size());
        // Deleting a campaign still cascades to what refers to it.
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM campaigns WHERE id = 7")));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM events WHERE campaign_id = 7")).toInt(), 0);

        // The new CHECK takes calls and WhatsApp, and nothing else.
        for (const char *channel : {"voice", "whatsapp"}) {
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO templates (name, channel, body, created_at, updated_at) "
                                           "VALUES ('T %1', '%1', 'x', %2, %2)")
                                    .arg(QLatin1String(channel), at)),
                     qPrintable(q.lastError().text()));
            QVERIFY2(
                    q.exec(QStringLiteral("INSERT INTO campaigns (name, channel, created_at) VALUES ('N %1', '%1', %2)")
                                   .arg(QLatin1String(channel), at)),
                    qPrintable(q.lastError().text()));
        }
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO templates (name, channel, body, created_at, updated_at) VALUES "
                                       "('Fax', 'fax', 'x', %1, %1)")
                                .arg(at)));
        QVERIFY(!q.exec(
                QStringLiteral("INSERT INTO campaigns (name, channel, created_at) VALUES ('Fax', 'fax', %1)").arg(at)));
    }

    void phoneRegion_isAWorkspaceSetting_checkedOnSave()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("ws.sqlite")));
        QVERIFY(!db.open());
        SettingsStore settings(&db);
        QSignalSpy changed(&settings, &SettingsStore::changed);
        QVERIFY(settings.setPhoneRegion(QStringLiteral(" es ")));
        QCOMPARE(settings.phoneRegion(), QStringLiteral("ES"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!settings.setPhoneRegion(QStringLiteral("Spain")));
        QVERIFY(settings.lastError().message.contains(QStringLiteral("two letters")));
        QCOMPARE(settings.phoneRegion(), QStringLiteral("ES"));
        QCOMPARE(SettingsStore(&db).phoneRegion(), QStringLiteral("ES")); // stored, not cached
    }

    // The stores write times from the workspace clock, not the system's.
    void stores_stampTimesFromTheWorkspaceClock()
    {
        QTemporaryDir dir;
        const ManualClock clock(QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9), Qt::UTC));
        Database db(dir.filePath(QStringLiteral("ws.sqlite")), &clock);
        QVERIFY(!db.open());
        AccountStore accounts(&db);
        Account a;
        a.name = QStringLiteral("Main");
        a.provider = QStringLiteral("sandbox");
        QVERIFY(accounts.add(a));
        QCOMPARE(accounts.byName(QStringLiteral("Main"))->createdAt, clock.now());
    }

    void textFile_isRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,email\nAyşe,ayse@example.com\n");
        file.close();
        const QByteArray before = digest(path);
        Database db(path);
        const DatabaseError error = db.open();
        QCOMPARE(error.kind, DatabaseError::NotADatabase);
        QVERIFY(error.message.contains(path));
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void foreignSqliteDatabase_isRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        makeSqliteFile(path,
                       {QStringLiteral("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)"),
                        QStringLiteral("INSERT INTO songs (title) VALUES ('Bir Derdim Var')")});
        const QByteArray before = digest(path);
        Database db(path);
        const DatabaseError error = db.open();
        QCOMPARE(error.kind, DatabaseError::ForeignDatabase);
        QVERIFY(error.message.contains(path));
        QCOMPARE(digest(path), before);
    }

    void newerSchema_isRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            Database db(path);
            QVERIFY(!db.open());
            QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray before = digest(path);
        Database db(path);
        const DatabaseError error = db.open();
        QCOMPARE(error.kind, DatabaseError::NewerSchema);
        QVERIFY(error.message.contains(QStringLiteral("99")));
        QVERIFY(error.message.contains(path));
        QCOMPARE(digest(path), before);
    }

    void damagedFile_isRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            Database db(path);
            QVERIFY(!db.open());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100)); // past the 100-byte header: the schema page
        file.write(QByteArray(3000, '\xA5'));
        file.close();
        const QByteArray before = digest(path);
        Database db(path);
        const DatabaseError error = db.open();
        QVERIFY2(error.kind == DatabaseError::Corrupt || error.kind == DatabaseError::NotADatabase,
                 qPrintable(error.message));
        QVERIFY(error.message.contains(path));
        QCOMPARE(digest(path), before);
    }

    void readOnlyFile_isRefusedWithWhatToDo()
    {
        if (::geteuid() == 0)
            QSKIP("root may write any file; the read-only write path is covered by readOnlyConnection_*");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.sqlite"));
        {
            Database db(path);
            QVERIFY(!db.open());
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        Database db(path);
        const DatabaseError error = db.open();
        QCOMPARE(error.kind, DatabaseError::ReadOnly);
        QVERIFY(error.message.contains(path));
    }

    void readOnlyConnection_writeFailsWithReadOnlyMessage()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isOpen());
        QVERIFY(QSqlQuery(ws->database()->connection()).exec(QStringLiteral("PRAGMA query_only = ON")));
        Group g;
        g.name = QStringLiteral("VIP");
        QVERIFY(!ws->groups()->create(g));
        QCOMPARE(ws->groups()->lastError().kind, DatabaseError::ReadOnly);
        QVERIFY(ws->groups()->lastError().message.contains(ws.path()));
    }

    void diskFull_reportsTheFileAndLosesNothing()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isOpen());
        Group g;
        g.name = QStringLiteral("Full");
        QVERIFY(ws->groups()->create(g));
        QList<Contact> first = {Contact {0,
                                         0,
                                         QStringLiteral("ayse@example.com"),
                                         QStringLiteral("+905321234567"),
                                         QStringLiteral("Ayşe"),
                                         QStringLiteral("Yılmaz"),
                                         {},
                                         {},
                                         {},
                                         {}}};
        QVERIFY(ws->groups()->addContacts(g.id, first));
        // No more pages may be added to the file: the next large write meets a full "disk".
        const QSqlDatabase db = ws->database()->connection();
        const int pages = scalar(db, QStringLiteral("PRAGMA page_count")).toInt();
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        QList<Contact> many;
        for (int i = 0; i < 5000; ++i)
            many.append(Contact {0,
                                 0,
                                 QStringLiteral("person%1@example.com").arg(i),
                                 {},
                                 QStringLiteral("Name"),
                                 QStringLiteral("Surname %1").arg(i),
                                 QStringLiteral("İstanbul"),
                                 {},
                                 {},
                                 {}});
        QVERIFY(!ws->groups()->addContacts(g.id, many));
        QCOMPARE(ws->groups()->lastError().kind, DatabaseError::DiskFull);
        QVERIFY(ws->groups()->lastError().message.contains(ws.path()));
        QCOMPARE(ws->groups()->contactCount(g.id), 1); // all or nothing: the first contact stays, none of the rest
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void nestedTransactions_rollBackTogether()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isOpen());
        {
            sql::Transaction outer(ws->database()->connection());
            QVERIFY(outer.isActive());
            Group g;
            g.name = QStringLiteral("Inner");
            QVERIFY(ws->groups()->create(g));
            QList<Contact> contacts = {Contact {0, 0, QStringLiteral("a@example.com"), {}, {}, {}, {}, {}, {}, {}}};
            QVERIFY(ws->groups()->addContacts(g.id, contacts)); // its own transaction, nested
            // `outer` is not committed: everything goes.
        }
        QVERIFY(ws->groups()->groups().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
