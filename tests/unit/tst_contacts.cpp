// Browsing, searching, sorting and editing the contacts of a group: the model over the full-text index and the
// group store's contact operations, on a real workspace file.
#include "app/services/contactimport.h"
#include "app/services/workspace.h"
#include "models/contactmodel.h"
#include "models/contactquery.h"
#include "models/groupstore.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cm;

namespace {

Contact person(const QString &email, const QString &first, const QString &last, const QString &city = {},
               const QString &phone = {})
{
    Contact c;
    c.email = email;
    c.phone = phone;
    c.firstName = first;
    c.lastName = last;
    c.city = city;
    return c;
}

qint64 makeGroup(test::TempWorkspace &ws, const QString &name, QList<Contact> contacts)
{
    Group g;
    g.name = name;
    if (!ws->groups()->create(g) || !ws->groups()->addContacts(g.id, contacts))
        return 0;
    return g.id;
}

bool waitLoaded(ContactModel &model)
{
    if (!model.isLoading())
        return true;
    QSignalSpy loaded(&model, &ContactModel::loaded);
    return loaded.wait(10000);
}

// FTS5's own check that the search index matches the contacts, row for row.
bool searchIndexIntact(test::TempWorkspace &ws)
{
    QSqlQuery check(ws->database()->connection());
    if (check.exec(QStringLiteral("INSERT INTO contacts_search (contacts_search) VALUES ('integrity-check')")))
        return true;
    qWarning() << check.lastError().text();
    return false;
}

QString cell(const ContactModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestContacts : public QObject
{
    Q_OBJECT

private slots:
    void matchExpression_quotesEveryWordAsAPrefix()
    {
        QCOMPARE(ContactQuery::matchExpression(QStringLiteral("  ayşe  yıl ")), QStringLiteral("\"ayşe\"* \"yıl\"*"));
        // FTS5 syntax in user text is just text.
        QCOMPARE(ContactQuery::matchExpression(QStringLiteral("a\"b OR NEAR(")),
                 QStringLiteral("\"a\"\"b\"* \"OR\"* \"NEAR(\"*"));
        QCOMPARE(ContactQuery::matchExpression(QStringLiteral("@ - ")), QString());
    }

    // Ids are kept in four bytes while they fit, in eight from the first that does not, in the same order.
    void idList_narrowWhileItCanThenWide()
    {
        IdList ids;
        IdList prefix;
        for (qint64 id : {qint64(7), qint64(3), qint64(4000000000LL)}) {
            ids.append(id);
            prefix.append(id);
        }
        QVERIFY(ids == prefix);
        const qint64 big = qint64(1) << 40;
        ids.append(big);
        ids.append(5);
        ids.squeeze();
        QCOMPARE(ids.toList(), (QList<qint64> {7, 3, 4000000000LL, big, 5}));
        QCOMPARE(ids.mid(2, 2), (QList<qint64> {4000000000LL, big}));
        QCOMPARE(ids.mid(4, 10), QList<qint64> {5});
        QVERIFY(ids.mid(9).isEmpty());
        QCOMPARE(ids.value(5), 0);
        QVERIFY(ids.startsWith(prefix));
        QVERIFY(!(ids == prefix));
        QVERIFY(!prefix.startsWith(ids));
        prefix.append(8);
        QVERIFY(!ids.startsWith(prefix));
    }

    void model_showsTheFirstPageAtOnceThenEveryRow()
    {
        test::TempWorkspace ws;
        QList<Contact> many;
        for (int i = 0; i < 1000; ++i)
            many.append(person(QStringLiteral("p%1@example.com").arg(i), QStringLiteral("P"), QString::number(i)));
        const qint64 group = makeGroup(ws, QStringLiteral("Big"), many);
        QVERIFY(group);
        ContactModel model(ws->groups());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroup(group);
        QCOMPARE(model.rowCount(), ContactModel::PageSize); // before the worker answers
        QCOMPARE(cell(model, 0, ContactModel::EmailColumn), QStringLiteral("p0@example.com"));
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.totalCount(), 1000);
        QCOMPARE(cell(model, 999, ContactModel::EmailColumn), QStringLiteral("p999@example.com"));
        QCOMPARE(cell(model, 500, ContactModel::LastNameColumn), QStringLiteral("500"));

        // A new contact shows; another group's does not touch the model.
        QList<Contact> late {person(QStringLiteral("late@example.com"), {}, {})};
        QVERIFY(ws->groups()->addContacts(group, late));
        QVERIFY(makeGroup(ws, QStringLiteral("Other"), {person(QStringLiteral("x@example.com"), {}, {})}));
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 1001);
        QCOMPARE(cell(model, 1000, ContactModel::EmailColumn), QStringLiteral("late@example.com"));
    }

    void model_sortsAndSearchesInTheDatabase()
    {
        test::TempWorkspace ws;
        const qint64 group = makeGroup(
                ws, QStringLiteral("Customers"),
                {person(QStringLiteral("ayse@example.com"), QStringLiteral("Ayşe"), QStringLiteral("Yılmaz"),
                        QStringLiteral("İstanbul"), QStringLiteral("+905321112233")),
                 person(QStringLiteral("jose@example.es"), QStringLiteral("José"), QStringLiteral("García"),
                        QStringLiteral("Madrid")),
                 person(QStringLiteral("lukasz@example.pl"), QStringLiteral("Łukasz"), QStringLiteral("Kowalski"),
                        QStringLiteral("Kraków")),
                 person(QStringLiteral("mary@example.com"), QStringLiteral("Mary"), QStringLiteral("Adams"),
                        QStringLiteral("Boston"))});
        QVERIFY(makeGroup(
                ws, QStringLiteral("Elsewhere"),
                {person(QStringLiteral("ayse2@example.com"), QStringLiteral("Ayşe"), QStringLiteral("Kaya"))}));
        ContactModel model(ws->groups());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroup(group);
        QVERIFY(waitLoaded(model));

        model.sort(ContactModel::LastNameColumn, Qt::AscendingOrder);
        QVERIFY(model.isLoading());
        QVERIFY(waitLoaded(model));
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order.append(cell(model, row, ContactModel::LastNameColumn));
        QCOMPARE(order,
                 (QStringList {QStringLiteral("Adams"), QStringLiteral("García"), QStringLiteral("Kowalski"),
                               QStringLiteral("Yılmaz")}));
        model.sort(ContactModel::LastNameColumn, Qt::DescendingOrder);
        QVERIFY(waitLoaded(model));
        QCOMPARE(cell(model, 0, ContactModel::LastNameColumn), QStringLiteral("Yılmaz"));

        // Accents folded, prefixes of any word, only this group, every word must match.
        model.setSearch(QStringLiteral("ayse"));
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, ContactModel::EmailColumn), QStringLiteral("ayse@example.com"));
        QCOMPARE(model.totalCount(), 4);
        model.setSearch(QStringLiteral("krak"));
        QVERIFY(waitLoaded(model));
        QCOMPARE(cell(model, 0, ContactModel::FirstNameColumn), QStringLiteral("Łukasz"));
        model.setSearch(QStringLiteral("example.com"));
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 2);
        model.setSearch(QStringLiteral("mary madrid"));
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 0);
        model.setSearch(QStringLiteral("90532"));
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(QStringLiteral("\"OR("));
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 0); // no syntax error, no match

        // The index follows edits.
        model.setSearch({});
        QVERIFY(waitLoaded(model));
        auto mary = ws->groups()->contact(model.idAt(model.ids().toList().indexOf(model.idAt(0))));
        QVERIFY(mary);
        mary->city = QStringLiteral("Gdańsk");
        QVERIFY(ws->groups()->saveContact(*mary));
        model.setSearch(QStringLiteral("gdansk"));
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), mary->id);

        // A search reuses the group's size it knows, until the group changes: then it is counted again.
        QCOMPARE(model.totalCount(), 4);
        QList<Contact> more {person(QStringLiteral("zoe@example.com"), QStringLiteral("Zoe"), QStringLiteral("Ng"))};
        QVERIFY(ws->groups()->addContacts(group, more));
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.totalCount(), 5);
        model.setSearch(QStringLiteral("zoe"));
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.totalCount(), 5);
    }

    void model_anEditKeepsTheRowsAndRefreshesTheValues()
    {
        test::TempWorkspace ws;
        const qint64 group = makeGroup(ws, QStringLiteral("G"),
                                       {person(QStringLiteral("a@example.com"), QStringLiteral("A"), {}),
                                        person(QStringLiteral("b@example.com"), QStringLiteral("B"), {})});
        ContactModel model(ws->groups());
        model.setGroup(group);
        QVERIFY(waitLoaded(model));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Contact b = model.contactAt(1);
        b.firstName = QStringLiteral("Berk");
        QVERIFY(ws->groups()->saveContact(b));
        QVERIFY(waitLoaded(model));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(model, 1, ContactModel::FirstNameColumn), QStringLiteral("Berk"));
    }

    void search_followsImportsUpdatesAndUndo()
    {
        test::TempWorkspace ws;
        const qint64 group = makeGroup(ws, QStringLiteral("G"),
                                       {person(QStringLiteral("old@example.com"), QStringLiteral("Eski"), {})});
        const auto import = [&](const QByteArray &csv, bool update) {
            const QString path = ws.dir() + QStringLiteral("/in.csv");
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write(csv);
            file.close();
            ImportOptions options;
            options.filePath = path;
            options.groupId = group;
            options.updateDuplicates = update;
            const std::atomic<bool> cancel {false};
            return ContactImportService::run(ws->database(), options, cancel, [](qint64, qint64) {});
        };
        const auto matches = [&](const QString &search) {
            return contactKeys(ws->database(), {group, search}).ids.size();
        };
        // New rows, the same person twice in the file (one contact, the last row winning) and an update of an older
        // contact.
        const ImportReport first = import("email,first_name\nnew@example.com,Yeni\nnew@example.com,Güncel\n"
                                          "old@example.com,Tekrar\n",
                                          true);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.merged, 1);
        QCOMPARE(matches(QStringLiteral("yeni")), 0);
        QCOMPARE(matches(QStringLiteral("guncel")), 1);
        QCOMPARE(matches(QStringLiteral("tekrar")), 1); // the older contact, updated
        QCOMPARE(matches(QStringLiteral("eski")), 0);
        QString message;
        ContactImportService service(&ws.workspace(), nullptr);
        QVERIFY(service.undo(first.importId, &message));
        QCOMPARE(matches(QStringLiteral("guncel")), 0);
        QCOMPARE(matches(QStringLiteral("eski")), 1); // restored
        QCOMPARE(matches(QStringLiteral("tekrar")), 0);
        QCOMPARE(matches(QStringLiteral("example")), 1);
        QVERIFY(searchIndexIntact(ws));
    }

    void store_refusesADuplicateAndEditsInPlace()
    {
        test::TempWorkspace ws;
        const qint64 group = makeGroup(ws, QStringLiteral("G"), {person(QStringLiteral("a@example.com"), {}, {})});
        Contact dup = person(QStringLiteral("a@example.com"), QStringLiteral("Other"), {});
        dup.groupId = group;
        QVERIFY(!ws->groups()->saveContact(dup));
        QVERIFY(ws->groups()->lastError().message.contains(QStringLiteral("a@example.com")));
        QCOMPARE(ws->groups()->contactCount(group), 1);
        Contact fresh = person(QStringLiteral("b@example.com"), QStringLiteral("Bea"), {}, {},
                               QStringLiteral("+48501234567"));
        fresh.groupId = group;
        fresh.fields.insert(QStringLiteral("tier"), QStringLiteral("gold"));
        QVERIFY(ws->groups()->saveContact(fresh));
        QVERIFY(fresh.id);
        QCOMPARE(ws->groups()->contact(fresh.id)->fields.value(QStringLiteral("tier")).toString(),
                 QStringLiteral("gold"));
        QCOMPARE(contactKeys(ws->database(), {group, QStringLiteral("bea")}).ids.toList(), QList<qint64> {fresh.id});
        QVERIFY(searchIndexIntact(ws));
    }

    void store_deletesCopiesMovesAndMerges()
    {
        test::TempWorkspace ws;
        const qint64 a = makeGroup(ws, QStringLiteral("A"),
                                   {person(QStringLiteral("1@example.com"), {}, {}),
                                    person(QStringLiteral("2@example.com"), {}, {}),
                                    person(QStringLiteral("3@example.com"), {}, {})});
        const qint64 b = makeGroup(ws, QStringLiteral("B"),
                                   {person(QStringLiteral("2@example.com"), QStringLiteral("Kept"), {})});
        const QList<Contact> inA = ws->groups()->allContacts(a);

        // Copy: the duplicate stays out, the others are copied, A is unchanged.
        QCOMPARE(ws->groups()->copyContacts({inA[0].id, inA[1].id}, b, false), 1);
        QCOMPARE(ws->groups()->contactCount(a), 3);
        QCOMPARE(ws->groups()->contactCount(b), 2);
        // Move: 3 moves; 2 (a duplicate in B) stays in A.
        QCOMPARE(ws->groups()->copyContacts({inA[1].id, inA[2].id}, b, true), 1);
        QCOMPARE(ws->groups()->contactCount(a), 2);
        QCOMPARE(ws->groups()->contactCount(b), 3);
        // Delete.
        QCOMPARE(ws->groups()->deleteContacts({inA[0].id}), 1);
        QCOMPARE(ws->groups()->contactCount(a), 1);
        // Merge A (only 2@ left, which B has) into B: A is gone, B keeps its own 2@.
        const auto merged = ws->groups()->mergeGroups(a, b);
        QCOMPARE(merged.first, 0);
        QCOMPARE(merged.second, 1);
        QVERIFY(!ws->groups()->byId(a));
        QCOMPARE(ws->groups()->contactCount(b), 3);
        bool kept = false;
        for (const Contact &c : ws->groups()->allContacts(b))
            kept |= c.email == QLatin1String("2@example.com") && c.firstName == QLatin1String("Kept");
        QVERIFY(kept);
        QCOMPARE(ws->groups()->mergeGroups(b, b).first, -1);
        // Copies, moves and merges are all searchable where they landed, and the index matches the rows.
        QCOMPARE(contactKeys(ws->database(), {b, QStringLiteral("3@example")}).ids.size(), 1);
        QCOMPARE(contactKeys(ws->database(), {b, QStringLiteral("example")}).ids.size(), 3);
        QVERIFY(searchIndexIntact(ws));
        QVERIFY(!ws->groups()->lastError().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContacts)
#include "tst_contacts.moc"
