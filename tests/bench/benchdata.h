// The generated contact file the import and browsing benchmarks share: email, phone, first and last name, city and
// two custom fields, with Turkish, Polish, Spanish and Zulu names.
#pragma once

#include <QString>

namespace bench {

// Writes `rows` contacts (and a header) to `path`. Returns the file's size in bytes.
qint64 writeContactsCsv(const QString &path, qint64 rows);
// Peak resident memory of this process so far, in MB.
double peakMegabytes();

} // namespace bench
