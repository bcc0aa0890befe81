#include "office/OfficeSettings.h"
#include "TestBook.h"

using namespace gd;
using gd::test::TestBook;

class TestUsers : public QObject {
    Q_OBJECT
private slots:
    void rights_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("right");
        QTest::addColumn<bool>("allowed");
        const struct {
            Role role;
            QList<Right> yes;
        } table[] = {
            {Role::Admin, {Right::ManageUsers, Right::EditOffice, Right::EditSettings, Right::EnterEntries, Right::CloseBooks,
                           Right::Backup, Right::Restore, Right::Verify, Right::Read}},
            {Role::Secretary, {Right::EditOffice, Right::EditSettings, Right::EnterEntries, Right::CloseBooks, Right::Backup,
                               Right::Restore, Right::Verify, Right::Read}},
            {Role::Operator, {Right::EnterEntries, Right::Backup, Right::Verify, Right::Read}},
            {Role::Auditor, {Right::Verify, Right::Read}},
        };
        const QList<Right> all = {Right::ManageUsers, Right::EditOffice, Right::EditSettings, Right::EnterEntries,
                                  Right::CloseBooks, Right::Backup, Right::Restore, Right::Verify, Right::Read};
        for (const auto &row : table) {
            for (Right r : all)
                QTest::addRow("%s/%d", qPrintable(Roles::code(row.role)), int(r)) << int(row.role) << int(r) << row.yes.contains(r);
        }
    }
    void rights()
    {
        QFETCH(int, role);
        QFETCH(int, right);
        QFETCH(bool, allowed);
        QCOMPARE(Roles::has(Role(role), Right(right)), allowed);
        QCOMPARE(Roles::require(Role(role), Right(right)).ok(), allowed);
    }

    void coreEnforcesRolesOnEveryWrite()
    {
        TestBook t;
        QVERIFY(t.create());
        UserDirectory users(*t.book);
        const User op = users.add(t.admin, QStringLiteral("pooja"), QStringLiteral("पूजा यादव"), Role::Operator, test::kPassword).value();
        const User aud = users.add(t.admin, QStringLiteral("rajesh"), QStringLiteral("राजेश प्रसाद"), Role::Auditor, test::kPassword).value();
        const User sec = users.add(t.admin, QStringLiteral("suresh"), QStringLiteral("सुरेश"), Role::Secretary, test::kPassword).value();
        OfficeSettings settings(*t.book);
        QCOMPARE(settings.set(op, QStringLiteral("weekly_off"), QStringLiteral("sat")).error().code, ErrorCode::NotAllowed);
        QCOMPARE(settings.set(aud, QStringLiteral("weekly_off"), QStringLiteral("sat")).error().code, ErrorCode::NotAllowed);
        QVERIFY(settings.set(sec, QStringLiteral("weekly_off"), QStringLiteral("sat")).ok());
        QCOMPARE(users.add(sec, QStringLiteral("new1"), QStringLiteral("x"), Role::Operator, test::kPassword).error().code,
                 ErrorCode::NotAllowed);
        QCOMPARE(users.resetPassword(op, QStringLiteral("admin"), QStringLiteral("hijacked!!")).error().code, ErrorCode::NotAllowed);
        Office office = OfficeProfile(*t.book).load().value();
        office.nameEn = QStringLiteral("Changed");
        QCOMPARE(OfficeProfile(*t.book).save(aud, office).error().code, ErrorCode::NotAllowed);
        QVERIFY(OfficeProfile(*t.book).save(sec, office).ok());
    }

    void fiveWrongTriesLockForFiveMinutes()
    {
        TestBook t;
        QVERIFY(t.create());
        UserDirectory users(*t.book);
        for (int i = 1; i <= 4; ++i) {
            auto r = users.login(QStringLiteral("admin"), QStringLiteral("wrong-password"));
            QVERIFY(!r.ok());
            QVERIFY(r.error().message.contains(QStringLiteral("wrong")));
        }
        auto fifth = users.login(QStringLiteral("admin"), QStringLiteral("wrong-password"));
        QVERIFY(fifth.error().message.contains(QStringLiteral("locked for 5 minutes")));
        // Even the right password is refused while locked.
        auto locked = users.login(QStringLiteral("admin"), test::kPassword);
        QVERIFY(!locked.ok());
        QVERIFY(locked.error().message.contains(QStringLiteral("Try again in 5 minute")));
        t.clock.advanceSecs(4 * 60 + 59);
        QVERIFY(!users.login(QStringLiteral("admin"), test::kPassword).ok());
        t.clock.advanceSecs(1);
        auto ok = users.login(QStringLiteral("admin"), test::kPassword);
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
        QCOMPARE(ok.value().failedAttempts, 0);
    }

    // The refusal of a name nobody has takes the same Argon2id work as a wrong password, with the same words, so
    // neither its time nor its text tells which names exist.
    void anUnknownNameTakesThePasswordWorkOfAKnownOne()
    {
        TestBook t;
        QVERIFY(t.create());
        UserDirectory users(*t.book);
        int before = UserDirectory::passwordChecks();
        auto wrong = users.login(QStringLiteral("admin"), QStringLiteral("not-the-password"));
        QVERIFY(!wrong.ok());
        QCOMPARE(UserDirectory::passwordChecks() - before, 1);
        before = UserDirectory::passwordChecks();
        auto unknown = users.login(QStringLiteral("nobody"), QStringLiteral("not-the-password"));
        QVERIFY(!unknown.ok());
        QCOMPARE(UserDirectory::passwordChecks() - before, 1);
        QCOMPARE(unknown.error().message, wrong.error().message);
        QCOMPARE(unknown.error().code, wrong.error().code);
    }

    // Under seeded salts (the demo) a hash is made the same way each time, in the form libsodium's own verify
    // reads: the password logs in, a wrong one does not, and the same seed gives the same hash.
    void seededSaltsMakeTheSameHashThatStillVerifies()
    {
        const auto hashOf = [](quint64 seed) {
            TestBook t;
            if (!t.create())
                return QString();
            const UserDirectory::SeededSalts salts(seed);
            UserDirectory users(*t.book);
            if (!users.add(t.admin, QStringLiteral("pooja"), QStringLiteral("पूजा"), Role::Operator, test::kPassword).ok())
                return QString();
            if (!users.login(QStringLiteral("pooja"), test::kPassword).ok() || users.login(QStringLiteral("pooja"), QStringLiteral("nope-nope")).ok())
                return QString();
            auto hash = t.book->scalar(QStringLiteral("SELECT password_hash FROM users WHERE user_name = 'pooja'"));
            return hash ? hash.value().toString() : QString();
        };
        const QString first = hashOf(7);
        QVERIFY(first.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")));
        QCOMPARE(hashOf(7), first);
        const QString other = hashOf(8);
        QVERIFY(other.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")));
        QVERIFY(other != first);
    }

    void adminResetsAndUnlocks()
    {
        TestBook t;
        QVERIFY(t.create());
        UserDirectory users(*t.book);
        QVERIFY(users.add(t.admin, QStringLiteral("pooja"), QStringLiteral("पूजा"), Role::Operator, test::kPassword).ok());
        for (int i = 0; i < 5; ++i)
            (void)users.login(QStringLiteral("pooja"), QStringLiteral("nope-nope"));
        QVERIFY(!users.login(QStringLiteral("pooja"), test::kPassword).ok());
        QVERIFY(users.unlock(t.admin, QStringLiteral("pooja")).ok());
        QVERIFY(users.login(QStringLiteral("pooja"), test::kPassword).ok());
        QVERIFY(users.resetPassword(t.admin, QStringLiteral("pooja"), QStringLiteral("new-password-1")).ok());
        QVERIFY(!users.login(QStringLiteral("pooja"), test::kPassword).ok());
        QVERIFY(users.login(QStringLiteral("POOJA"), QStringLiteral("new-password-1")).ok());
        QCOMPARE(users.resetPassword(t.admin, QStringLiteral("pooja"), QStringLiteral("short")).error().code, ErrorCode::InputRejected);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fullName");
        QTest::addColumn<QString>("password");
        QTest::newRow("short password") << "ramesh" << "रमेश" << "1234567";
        QTest::newRow("space in name") << "ram esh" << "रमेश" << "12345678";
        QTest::newRow("short name") << "rk" << "रमेश" << "12345678";
        QTest::newRow("no full name") << "ramesh" << "  " << "12345678";
        QTest::newRow("duplicate (any case)") << "ADMIN" << "x" << "12345678";
    }
    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, fullName);
        QFETCH(QString, password);
        TestBook t;
        QVERIFY(t.create());
        auto r = UserDirectory(*t.book).add(t.admin, name, fullName, Role::Operator, password);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InputRejected);
        QCOMPARE(UserDirectory(*t.book).count().value(), 1);
    }

    void lastAdminStays()
    {
        TestBook t;
        QVERIFY(t.create());
        QCOMPARE(UserDirectory(*t.book).setActive(t.admin, QStringLiteral("admin"), false).error().code, ErrorCode::InputRejected);
        QVERIFY(!UserDirectory(*t.book).createFirstAdmin(QStringLiteral("second"), QStringLiteral("x"), test::kPassword).ok());
    }

    void settingsValidation()
    {
        QCOMPARE(OfficeSettings::normalize(QStringLiteral("weekly_off"), QStringLiteral("Sun, sat")).value(), QStringLiteral("sat,sun"));
        QCOMPARE(OfficeSettings::normalize(QStringLiteral("vital_fees"), QStringLiteral("0, 2.5, Rs 5, 10.00")).value(),
                 QStringLiteral("0,2.50,5,10"));
        QVERIFY(!OfficeSettings::normalize(QStringLiteral("weekly_off"), QStringLiteral("sunday")).ok());
        QVERIFY(!OfficeSettings::normalize(QStringLiteral("vital_fees"), QStringLiteral("1,2,3")).ok());
        QVERIFY(!OfficeSettings::normalize(QStringLiteral("devanagari_digits"), QStringLiteral("yes")).ok());
        QVERIFY(!OfficeSettings::normalize(QStringLiteral("colour"), QStringLiteral("red")).ok());
        // What the citizen charter poster states: the adoption day (day first, kept ISO), the resolution and whom
        // to complain to (spaces tidied, case kept, at most 200 characters).
        QCOMPARE(OfficeSettings::normalize(QStringLiteral("charter_adopted_on"), QStringLiteral("15-08-2026")).value(),
                 QStringLiteral("2026-08-15"));
        QCOMPARE(OfficeSettings::normalize(QStringLiteral("charter_adopted_on"), QString()).value(), QString());
        QVERIFY(!OfficeSettings::normalize(QStringLiteral("charter_adopted_on"), QStringLiteral("31-02-2026")).ok());
        QCOMPARE(OfficeSettings::normalize(QStringLiteral("charter_resolution"), QStringLiteral("  GS/2026/07 ")).value(),
                 QStringLiteral("GS/2026/07"));
        QCOMPARE(OfficeSettings::normalize(QStringLiteral("grievance_contact"), QStringLiteral("Secretary,   9876543210")).value(),
                 QStringLiteral("Secretary, 9876543210"));
        QVERIFY(!OfficeSettings::normalize(QStringLiteral("grievance_contact"), QString(201, u'x')).ok());
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
