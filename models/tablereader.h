// A table read a record at a time, whatever the file: a CSV file (CsvReader) or a sheet of an Excel workbook
// (XlsxReader). The contact import reads through this, so both get the same preview, mapping and report.
#pragma once

#include <QStringList>

#include <memory>
#include <optional>

namespace cm {

struct CsvRecord
{
    qint64 line = 0; // the physical line the record starts on (a sheet's row number), from 1
    QStringList fields;
    QString error;   // translated; empty when the record is fine
    QString warning; // translated; the record was read, but something in it was repaired (a stray quote)
};
using TableRecord = CsvRecord;

class TableReader
{
public:
    virtual ~TableReader() = default;
    // Reads what the rest needs (the encoding and delimiter, the workbook's sheets). False with error() for a file
    // that cannot be read as a table.
    virtual bool open() = 0;
    virtual QString error() const = 0;
    // The next record, or nullopt at the end. Empty lines (rows) are not records.
    virtual std::optional<CsvRecord> next() = 0;
    // Progress: how far into totalBytes() the reading is.
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
};

} // namespace cm
