#pragma once
// Files GramDesk writes for people (CSV, PDF, JSON): never the book or anything of it, and all or nothing.

#include "base/Result.h"

#include <QCoreApplication>

namespace gd {

class OutputFile {
    Q_DECLARE_TR_FUNCTIONS(gd::OutputFile)
public:
    // Refuses (ErrorCode::InputRejected, before anything is written) an output path that is the book, its -wal,
    // -shm, -journal, -lock or -seals.txt, its backups folder or anything in it; the same file under another name (a link)
    // too.
    static Status refuseBook(const QString &output, const QString &bookPath);

    // Writes bytes to path all or nothing, readable by its owner alone (it holds citizens' data): into a temporary
    // file beside it, on the disk, then renamed over it, so a
    // failed write leaves the file that was there. The error says why, in the UI language. A path that refuseBook
    // refuses for any book this process holds is refused here too, before anything is written.
    static Status write(const QString &path, const QByteArray &bytes);

    // Why a write failed, from the system's error number: a full disk, a file-size limit, a read-only place, or the
    // system's own words. `what` names what was being written ("the output" for standard output).
    static Error writeError(const QString &what, int osError);
};

}  // namespace gd
