// libFuzzer target for the CSV reader: any bytes, any options; it must never crash, hang or grow without bound.
#include "models/csvreader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the options, the rest is the file.
    const uint8_t knobs = data[0];
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    cm::CsvOptions options;
    options.maxFieldLength = 64 + (knobs & 0x0f) * 256;
    static const char *const encodings[] = {nullptr, "UTF-8", "UTF-16LE", "windows-1254"};
    if (const char *e = encodings[(knobs >> 4) & 0x03])
        options.encoding = e;
    if (knobs & 0x40)
        options.delimiter = QLatin1Char(';');
    options.trimUnquoted = knobs & 0x80;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    cm::CsvReader reader(&buffer, options);
    if (!reader.open())
        return 0;
    qint64 records = 0;
    qint64 line = 0;
    while (auto record = reader.next()) {
        if (record->line <= line)
            __builtin_trap(); // records go forward, each from a later line
        line = record->line;
        for (const QString &field : record->fields) {
            if (field.size() > options.maxFieldLength)
                __builtin_trap(); // a field past its limit is a bug
        }
        if (++records > qint64(size) + 1)
            __builtin_trap(); // more records than bytes: the reader is looping
    }
    return 0;
}
