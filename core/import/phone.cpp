// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/phone.h"

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace comptoir::import {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QString digitsOnly(QStringView phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits;
}

} // namespace

QString normalisePhone(QStringView phone, QStringView region)
{
    const QString digits = digitsOnly(phone);
    if (digits.isEmpty())
        return {};
    // GetInstance() is thread-safe and lives for the program (the library's own singleton).
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string text = phone.toString().toStdString();
    const std::string regionCode = region.toString().toUpper().toStdString();
    if (util->Parse(text, regionCode, &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util->IsPossibleNumber(number))
        return digits;
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

bool isKnownPhoneRegion(QStringView region)
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.count(region.toString().toUpper().toStdString()) > 0;
}

} // namespace comptoir::import
