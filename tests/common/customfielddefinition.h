// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A custom field to add in a test: its name, type and list options.

#include "customfields.h"

namespace comptoir::test {

inline CustomField definition(const QString &name, FieldType type, const QStringList &options = {})
{
    CustomField f;
    f.name = name;
    f.type = type;
    f.options = options;
    return f;
}

} // namespace comptoir::test
