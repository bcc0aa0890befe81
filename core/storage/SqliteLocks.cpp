#include "SqliteLocks.h"

#include <mutex>
#include <sqlite3.h>

#if defined(__linux__)
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <fcntl.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace gd::storage {

#if defined(__linux__) && defined(F_OFD_SETLK)

namespace {

using Fcntl = int (*)(int, int, ...);
using Close = int (*)(int);

Fcntl g_fcntl = nullptr;  // SQLite's own (the system's) fcntl and close
Close g_close = nullptr;
bool g_guarded = false;

struct FileKey {
    dev_t device;
    ino_t inode;
    bool operator<(const FileKey &other) const
    {
        return device != other.device ? device < other.device : inode < other.inode;
    }
};

// One open file description per file that SQLite has open: its locks are the process's locks on that file.
struct Holder {
    int fd = -1;     // a dup of the first descriptor SQLite locked through: shares its description
    int users = 0;   // SQLite's descriptors of the file that have locked
};

std::mutex g_mutex;
std::map<FileKey, Holder> g_holders;
std::map<int, FileKey> g_descriptors;  // SQLite's descriptors seen locking, and their file

// The description that holds the locks of fd's file; -1 when fd cannot be examined.
int holderFor(int fd)
{
    std::lock_guard lock(g_mutex);
    if (const auto known = g_descriptors.find(fd); known != g_descriptors.end())
        return g_holders[known->second].fd;
    struct stat st {};
    if (fstat(fd, &st) != 0)
        return -1;
    const FileKey key{st.st_dev, st.st_ino};
    Holder &holder = g_holders[key];
    if (holder.fd < 0) {
        // A description of its own, for reading and writing where the file allows it: a write lock needs one
        // open for writing, and the first connection may have opened the file read-only.
        char self[32];
        std::snprintf(self, sizeof self, "/proc/self/fd/%d", fd);
        holder.fd = open(self, O_RDWR | O_CLOEXEC);
        if (holder.fd < 0)
            holder.fd = g_fcntl(fd, F_DUPFD_CLOEXEC, 0);
        if (holder.fd < 0) {
            g_holders.erase(key);
            return -1;
        }
    }
    ++holder.users;
    g_descriptors[fd] = key;
    return holder.fd;
}

int guardedFcntl(int fd, int op, ...)
{
    va_list args;
    va_start(args, op);
    void *arg = va_arg(args, void *);  // as the C library reads it: a pointer, or an int in the same register
    va_end(args);
    int ofdOp = 0;
    switch (op) {
    case F_SETLK:
        ofdOp = F_OFD_SETLK;
        break;
    case F_SETLKW:
        ofdOp = F_OFD_SETLKW;
        break;
    case F_GETLK:
        ofdOp = F_OFD_GETLK;
        break;
    default:
        return g_fcntl(fd, op, arg);
    }
    const int holder = holderFor(fd);
    if (holder < 0)
        return g_fcntl(fd, op, arg);
    auto *request = static_cast<struct flock *>(arg);
    request->l_pid = 0;  // required of open-file-description locks
    return g_fcntl(holder, ofdOp, request);
}

int guardedClose(int fd)
{
    {
        std::lock_guard lock(g_mutex);
        if (const auto known = g_descriptors.find(fd); known != g_descriptors.end()) {
            const auto holder = g_holders.find(known->second);
            // SQLite closes a file's last descriptor only when none of its connections holds a lock on it.
            if (holder != g_holders.end() && --holder->second.users == 0) {
                g_close(holder->second.fd);
                g_holders.erase(holder);
            }
            g_descriptors.erase(known);
        }
    }
    return g_close(fd);
}

}  // namespace

bool guardSqliteLocks()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_vfs *unix = sqlite3_vfs_find(nullptr);
        if (!unix || unix->iVersion < 3 || !unix->xGetSystemCall || !unix->xSetSystemCall)
            return;
        g_fcntl = reinterpret_cast<Fcntl>(unix->xGetSystemCall(unix, "fcntl"));
        g_close = reinterpret_cast<Close>(unix->xGetSystemCall(unix, "close"));
        if (!g_fcntl || !g_close)
            return;
        // A kernel without open-file-description locks (before Linux 3.15) keeps SQLite's own.
        struct flock probe {};
        probe.l_type = F_RDLCK;
        probe.l_whence = SEEK_SET;
        const int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
        const bool supported = fd >= 0 && fcntl(fd, F_OFD_GETLK, &probe) == 0;
        if (fd >= 0)
            close(fd);
        if (!supported)
            return;
        if (unix->xSetSystemCall(unix, "close", reinterpret_cast<sqlite3_syscall_ptr>(&guardedClose)) != SQLITE_OK)
            return;
        if (unix->xSetSystemCall(unix, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&guardedFcntl)) != SQLITE_OK) {
            unix->xSetSystemCall(unix, "close", reinterpret_cast<sqlite3_syscall_ptr>(g_close));
            return;
        }
        g_guarded = true;
    });
    return g_guarded;
}

bool sqliteLocksGuarded()
{
    return g_guarded;
}

#else

// Elsewhere (Windows: a lock belongs to its handle already) SQLite's own locks stay.
bool guardSqliteLocks()
{
    return false;
}

bool sqliteLocksGuarded()
{
    return false;
}

#endif

}  // namespace gd::storage
