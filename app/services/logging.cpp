#include "logging.h"

#include "models/redaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>

#include <cstdio>

namespace cm {

namespace {

QFile *logFileHandle = nullptr;
QMutex logMutex;
qint64 logLimit = LogRotateBytes;

// Opens the log for appending, the owner's only; a log past its size goes to "<log>.1" (replacing the one before)
// and a new one starts, so the log never grows without end.
QFile *openLog(const QString &path)
{
    if (QFileInfo(path).size() > logLimit) {
        QFile::remove(path + QStringLiteral(".1"));
        QFile::rename(path, path + QStringLiteral(".1"));
    }
    auto *file = new QFile(path);
    if (!file->open(QIODevice::Append | QIODevice::Text)) {
        delete file;
        return nullptr;
    }
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *level = "debug";
    switch (type) {
    case QtDebugMsg:
        level = "debug";
        break;
    case QtInfoMsg:
        level = "info";
        break;
    case QtWarningMsg:
        level = "warning";
        break;
    case QtCriticalMsg:
        level = "critical";
        break;
    case QtFatalMsg:
        level = "fatal";
        break;
    }
    const QByteArray line
            = QStringLiteral("%1 %2 %3: %4\n")
                      .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QLatin1String(level),
                           QLatin1String(context.category ? context.category : "default"), redact(message))
                      .toUtf8();
    QMutexLocker lock(&logMutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    if (logFileHandle) {
        logFileHandle->write(line);
        logFileHandle->flush();
        if (logFileHandle->size() > logLimit) {
            const QString path = logFileHandle->fileName();
            delete logFileHandle;
            logFileHandle = openLog(path);
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installLogging(const QString &logFile, qint64 rotateBytes)
{
    // Debug lines carry request bodies (message texts, names): only when asked for (CM_DEBUG, or QT_LOGGING_RULES,
    // which wins over this).
    if (!qEnvironmentVariableIsSet("CM_DEBUG"))
        QLoggingCategory::setFilterRules(QStringLiteral("cm.*.debug=false"));
    const QMutexLocker lock(&logMutex);
    logLimit = rotateBytes;
    if (!logFile.isEmpty())
        logFileHandle = openLog(logFile); // lives as long as the process
    qInstallMessageHandler(handler);
}

} // namespace cm
