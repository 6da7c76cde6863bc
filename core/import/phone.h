// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace comptoir::import {

// A phone number in E.164 form ("+33612345678"), the key contacts are matched by. A number
// without a country code ("06 12 34 56 78") is read with the conventions of `region` (an ISO
// 3166 code: "FR", "US"...); "+33 6 12 34 56 78" and "0033612345678" give the same key.
// libphonenumber reads it, so that trunk prefixes ("0" in France, "(0)" in "+44 (0)20...") and
// international call prefixes ("00", "011") are understood per country. Text that is not a
// possible phone number gives its digits alone, so that two such values still match when they
// are written alike; text without digits gives an empty string.
QString normalisePhone(QStringView phone, QStringView region = u"FR");

// True when `region` is a region libphonenumber knows ("FR", "us"...).
bool isKnownPhoneRegion(QStringView region);

} // namespace comptoir::import
