// The workspace database: creation, migrations, and refusing files it must not touch.
#include "models/accountstore.h"
#include "models/database.h"
#include "models/clock.h"
#include "models/groupstore.h"
#include "models/settingsstore.h"
#include "models/sqlhelpers.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
            QVERIFY(!db.open());
        }
        // Back to schema 7's table, with one entry (and without what later schemas added).
        makeSqliteFile(path,
                       {QStringLiteral("DROP TABLE workspace_settings"), QStringLiteral("DROP TABLE suppressions"),
                        QStringLiteral("CREATE TABLE suppressions (id INTEGER PRIMARY KEY, channel TEXT NOT NULL "
                                       "CHECK (channel IN ('sms', 'email', 'all')), address TEXT NOT NULL, reason "
                                       "TEXT NOT NULL CHECK (reason IN ('opt_out', 'block', 'bounce', "
                                       "'complaint')), source TEXT NOT NULL DEFAULT '', created_at TEXT NOT "
                                       "NULL, UNIQUE (channel, address))"),
                        QStringLiteral("INSERT INTO suppressions (channel, address, reason, source, created_at) "
                                       "VALUES ('sms', '+34666555441', 'opt_out', 'STOP', "
                                       "'2026-03-01T10:00:00Z')"),
                        QStringLiteral("PRAGMA user_version = 7")});
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
            QVERIFY(!db.open());
            AccountStore accounts(&db);
            Account a;
            a.name = QStringLiteral("Main");
            a.provider = QStringLiteral("sandbox");
            QVERIFY(accounts.add(a));
        }
        makeSqliteFile(path, {QStringLiteral("DROP TABLE workspace_settings"), QStringLiteral("PRAGMA user_version = 8")});

        Database db(path);
        const DatabaseError error = db.open();
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), 9);
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
