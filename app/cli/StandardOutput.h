#pragma once
// Standard output as a device that remembers why a write failed (the system's error number), so that a full disk or
// a file-size limit behind `> FILE` is reported as such and the command ends with exit status 5.

#include <QIODevice>
#include <cerrno>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace gd::cli {

class StandardOutput final : public QIODevice {
public:
    StandardOutput() { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }
    // The error number of the first failed write; 0 while every write has arrived.
    int failure() const { return m_failure; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_failure)
            return -1;
        qint64 done = 0;
        while (done < size) {
#ifdef Q_OS_WIN
            const auto n = ::_write(1, data + done, unsigned(qMin<qint64>(size - done, 1 << 30)));
#else
            const auto n = ::write(1, data + done, size_t(size - done));
#endif
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                m_failure = n < 0 ? errno : EIO;
                return -1;
            }
            done += n;
        }
        return done;
    }

private:
    int m_failure = 0;
};

}  // namespace gd::cli
