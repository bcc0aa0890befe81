#pragma once
// SQLite's locks on the book that no close() elsewhere in the process can drop.
//
// SQLite's unix VFS locks with POSIX advisory locks, which belong to the process: when the process closes ANY
// descriptor of a file, every such lock it holds on that file is gone. A library reading the book to choose an
// icon or a MIME type (a file dialog, a print dialog's completer) then leaves the GUI writing a book that other
// processes believe nobody has open; the next one deletes its -wal and -shm. Here SQLite's fcntl() is replaced
// (through its own sqlite3_vfs::xSetSystemCall) by one that takes the same byte-range locks as open-file-description
// locks (Linux F_OFD_*), all of a file's locks on one description that this process keeps for as long as SQLite has
// the file open. They conflict with other processes' locks exactly as before, the process's own connections share
// them as before, and only SQLite's own close of its last descriptor of the file releases them.

namespace gd::storage {

// Installs the guard once, before the first SQLite connection; safe to call from any thread, any number of times.
// False where the system has no open-file-description locks (SQLite's own locks are used there).
bool guardSqliteLocks();

// For tests: whether the guard is in force.
bool sqliteLocksGuarded();

}  // namespace gd::storage
