// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"

namespace comptoir::app {

// The filter options shared by "deals list", "deals count", "deals bulk" and "export deals":
// --search --pipeline --stage --group --responsible --min-amount --max-amount --currency
// --repeat --new --created-from --created-to --filter. Every value ends up a bound SQL value.
class FilterOptions final
{
public:
    FilterOptions();
    void addTo(CommandParser &parser) const;
    // The filter the options describe; the error names the option and the value.
    Result<DealFilter> filter(Workspace &ws, const CommandParser &parser) const;
    static QString synopsis();

private:
    QList<QCommandLineOption> m_options;
};

// --sort FIELD[:desc], from the whitelist of dealColumnKey(); the error names the field.
Result<DealSort> parseSort(const QString &text, DealSort fallback);

int dealsCount(Session &session, const QStringList &args);
int dealsBulk(Session &session, const QStringList &args);
int dealsDelete(Session &session, const QStringList &args);
int dealsRestore(Session &session, const QStringList &args);
int dealsPurge(Session &session, const QStringList &args);
int runExport(Session &session, const QStringList &args);

} // namespace comptoir::app
