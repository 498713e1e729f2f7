#include "logging.h"

#include "models/redaction.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>

#include <cstdio>

namespace cm {

namespace {

QFile *logFileHandle = nullptr;
QMutex logMutex;

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
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installLogging(const QString &logFile)
{
    if (!logFile.isEmpty()) {
        auto *file = new QFile(logFile); // lives as long as the process
        if (file->open(QIODevice::Append | QIODevice::Text)) {
            file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            logFileHandle = file;
        } else {
            delete file;
        }
    }
    qInstallMessageHandler(handler);
}

} // namespace cm
