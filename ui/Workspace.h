#pragma once
// What every screen works on: the open book, the user at the keyboard, and the clock.

#include "office/Users.h"
#include "storage/Book.h"

#include <QObject>

namespace gd::ui {

class Workspace : public QObject {
    Q_OBJECT
public:
    Workspace(Book &book, User user, const Clock &clock) : m_book(book), m_user(std::move(user)), m_clock(clock)
    {
        m_book.setActor(m_user.userName);
    }
    Book &book() const { return m_book; }
    const User &user() const { return m_user; }
    const Clock &clock() const { return m_clock; }
    bool may(Right right) const { return Roles::has(m_user.role, right); }

    void setUser(const User &user)
    {
        m_user = user;
        m_book.setActor(user.userName);
        emit userChanged();
    }
    // Tells every screen that the book's contents changed underneath it (a restore).
    void notifyBookReplaced() { emit bookReplaced(); }

signals:
    void userChanged();
    void bookReplaced();

private:
    Book &m_book;
    User m_user;
    const Clock &m_clock;
};

}  // namespace gd::ui
