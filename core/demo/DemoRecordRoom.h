#pragma once
// The demo office's record room: places, about sixteen new files a working day, their movements, closings
// and the odd destruction. Used by Demo only.

#include "registers/EntryStore.h"
#include "registers/Masters.h"

#include <QRandomGenerator>

namespace gd {

class DemoRecordRoom {
public:
    DemoRecordRoom(Book &book, QRandomGenerator &random, const QStringList &villages, double busyness);
    // The room, its almirahs and shelves.
    Status places();
    // One working day: files opened, issued, returned, closed, destroyed. `charter` is the office's masters.
    Status day(const QDate &day, const QDate &last, const Charter &charter);

private:
    struct Open {
        QString code;
        QString subject;
        QDate opened;
        QDate closeOn;  // when the demo closes it (invalid: stays open)
    };
    Result<Entry> insert(const RegisterDef &def, QVariantMap values, const Charter &charter);
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    Book &m_book;
    QRandomGenerator &m_random;
    QStringList m_villages;
    double m_busyness;
    QList<Open> m_open;                 // files the demo will close
    QHash<QString, QString> m_out;      // file code → movement number still out
    QList<QPair<QDate, QString>> m_due; // return date → movement number, by date
    QStringList m_recent;               // the latest files, to issue from
    int m_orders = 0;
    int m_weededYear = 0;
};

}  // namespace gd
