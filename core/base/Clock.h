#pragma once
// The one source of "now" in GramDesk, so that tests can fix today's date.

#include <QDateTime>

namespace gd {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;  // local time
    QDate today() const { return now().date(); }

    static const Clock &system();
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at; }
    void advanceSecs(qint64 secs) { m_at = m_at.addSecs(secs); }

private:
    QDateTime m_at;
};

}  // namespace gd
