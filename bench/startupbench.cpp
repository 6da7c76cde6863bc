// SPDX-License-Identifier: GPL-3.0-or-later
// startup: runs the real comptoir executable on the database until its window first painted.
// The app reports "first_paint_ms=<ms since its process started>" and quits when
// COMPTOIR_EXIT_AFTER_FIRST_PAINT=1; its peak memory comes from wait4().

#include "benchmarks.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace comptoir::bench {
namespace {

constexpr int DefaultRuns = 10;
constexpr int TimeoutMs = 60000;

struct Launch
{
    double firstPaintMs = -1; // as the app measured it
    double wallMs = -1; // from spawning it until its report arrived
    long peakRssKib = 0;
};

Result<Launch> launchOnce(const QString &app, const QString &db, const QString &configHome)
{
    const QByteArray appPath = QFile::encodeName(app);
    const QByteArray dbPath = QFile::encodeName(db);
    const char *argv[] = { appPath.constData(), "--db", dbPath.constData(), nullptr };

    // The environment of the bench, plus the hook and a settings folder of its own so that the
    // runs neither read nor change the user's remembered window and databases.
    std::vector<QByteArray> variables;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        if (!entry.startsWith("COMPTOIR_EXIT_AFTER_FIRST_PAINT=")
            && !entry.startsWith("QT_QPA_PLATFORM=") && !entry.startsWith("XDG_CONFIG_HOME="))
            variables.push_back(entry);
    }
    variables.push_back("COMPTOIR_EXIT_AFTER_FIRST_PAINT=1");
    variables.push_back("QT_QPA_PLATFORM=offscreen");
    variables.push_back("XDG_CONFIG_HOME=" + QFile::encodeName(configHome));
    std::vector<char *> envp;
    for (QByteArray &v : variables)
        envp.push_back(v.data());
    envp.push_back(nullptr);

    int out[2];
    if (pipe(out) != 0)
        return Error { Error::Code::Io,
                       QStringLiteral("cannot make a pipe"),
                       QString::fromLocal8Bit(strerror(errno)),
                       {} };
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, out[1]);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned
        = posix_spawn(&pid, argv[0], &actions, nullptr, const_cast<char **>(argv), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        return Error { Error::Code::Io,
                       QStringLiteral("cannot start %1").arg(app),
                       QString::fromLocal8Bit(strerror(spawned)),
                       {} };
    }

    Launch launch;
    static const QRegularExpression report(QStringLiteral("first_paint_ms=(\\d+(?:\\.\\d+)?)"));
    QByteArray output;
    bool timedOut = false;
    for (;;) {
        pollfd fd { out[0], POLLIN, 0 };
        const int remaining = int(TimeoutMs - timer.elapsed());
        if (remaining <= 0 || poll(&fd, 1, remaining) == 0) {
            timedOut = true;
            kill(pid, SIGKILL);
            break;
        }
        char buffer[4096];
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        output.append(buffer, n);
        if (launch.wallMs < 0 && report.match(QString::fromUtf8(output)).hasMatch())
            launch.wallMs = double(timer.nsecsElapsed()) / 1e6;
    }
    close(out[0]);
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    launch.peakRssKib = usage.ru_maxrss;

    const auto match = report.match(QString::fromUtf8(output));
    if (timedOut || !match.hasMatch()) {
        const QString ending = WIFSIGNALED(status)
            ? QStringLiteral("killed by signal %1").arg(WTERMSIG(status))
            : QStringLiteral("exit code %1").arg(WEXITSTATUS(status));
        return Error::invalid(QStringLiteral("%1 did not report first_paint_ms%2 (%3); output: %4")
                                  .arg(app, timedOut ? QStringLiteral(" within 60 s") : QString(),
                                       ending, QString::fromUtf8(output.left(400))));
    }
    launch.firstPaintMs = match.captured(1).toDouble();
    return launch;
}

} // namespace

Result<QList<Figure>> startupBench(const Options &options)
{
    if (!QFileInfo::exists(options.db))
        return Error::notFound(
            QStringLiteral("%1 does not exist; make it with: comptoir --db %1 demo --deals 1000000")
                .arg(options.db));
    const QString app = !options.app.isEmpty()
        ? options.app
        : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/comptoir"));
    if (!QFileInfo(app).isExecutable())
        return Error::notFound(
            QStringLiteral("%1 is not an executable; give the app with --app PATH").arg(app));

    qint64 deals = 0;
    {
        // Closed again before the app starts: it takes the database's write lock.
        auto workspace = Workspace::open(options.db);
        if (!workspace)
            return workspace.error();
        const auto count = (*workspace)->db().scalar(QStringLiteral("SELECT count(*) FROM deals"));
        if (!count)
            return count.error();
        deals = count->toLongLong();
    }

    QTemporaryDir configHome;
    Figure paint { QStringLiteral("startup"), deals, {}, 0 };
    Figure wall { QStringLiteral("startup_wall"), deals, {}, 0 };
    const int runs = options.runs > 0 ? options.runs : DefaultRuns;
    for (int i = 0; i < runs; ++i) {
        const auto launch
            = launchOnce(QFileInfo(app).absoluteFilePath(), options.db, configHome.path());
        if (!launch)
            return launch.error();
        paint.samplesMs.append(launch->firstPaintMs);
        wall.samplesMs.append(launch->wallMs);
        paint.peakRssKib = std::max(paint.peakRssKib, launch->peakRssKib);
    }
    wall.peakRssKib = paint.peakRssKib;
    return QList<Figure> { paint, wall };
}

} // namespace comptoir::bench
