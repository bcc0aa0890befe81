#pragma once
// Making a written file (and its folder's entry) reach the disk before the program goes on: fsync on Linux,
// _commit on Windows (where a folder cannot be opened, and NTFS journals renames itself).

#include <QString>

namespace gd::disk {

// True when the file's contents are on the disk.
bool syncFile(const QString &path);
// Makes a rename or a new file in `folder` durable (nothing to do on Windows).
void syncFolder(const QString &folder);

}  // namespace gd::disk
