#pragma once
// Translations (GNU gettext catalogues): English in the source, po/LANG.po for other languages,
// compiled to LANG/LC_MESSAGES/mbov.mo. The language comes from --lang / MBOV_LANG, else from
// LC_ALL, LC_MESSAGES, LANG (the first one set), else English; it never depends on a generated
// locale (setlocale): the .mo file is read here, only when a translated string is first asked
// for, so `mbov --version` and data formats (json, csv) never load it.
//
// Mark strings in the source with tr("…") (tr_n for counts); a string in a static table with
// N_("…"), translated where it is shown. xgettext finds them (po/SWEEP.md says how).
// JSON keys, CSV headers and exit statuses never change with the language; neither do a check's
// findings in json, csv and tsv (a Message renders English there: core/message.hpp).
#include <string>
#include <string_view>

#include <mbov/core/dates.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

enum class Language { en, nl };

// "nl" or "en" (exact); anything else: Error(Exit::usage).
Language parse_language(std::string_view name);
// The language of LC_ALL / LC_MESSAGES / LANG (the first set and non-empty): nl for "nl" or
// "nl_*", else en.
Language environment_language();
// The language of this process (en until set).
void set_language(Language language);
Language language();
std::string_view language_code();  // "en", "nl": HTML lang

// msgid in the current language; msgid itself when English or not in the catalogue. The result
// lives as long as the process.
const char* tr(const char* msgid);
// The singular or plural form for n, translated (Dutch and English share the plural rule n != 1).
const char* tr_n(const char* singular, const char* plural, long long n);
// The same in a given language (a Message rendered in English for the data formats).
const char* tr(Language language, const char* msgid);
const char* tr_n(Language language, const char* singular, const char* plural, long long n);

// A date where a person reads it: ISO (2026-11-25) in English, "25 november 2026" in Dutch.
std::string human_date(Date d);
std::string human_date(Date d, Language language);
// A moment where a person reads it: local ISO time with its offset (Timestamp::local(),
// 2026-11-25T16:00:00+01:00) in English, "25 november 2026 16:00" in Dutch (local time, seconds
// only when not :00). The second form takes the text Timestamp::local() wrote.
std::string human_moment(Timestamp t);
std::string human_moment(std::string_view local_iso);
std::string human_moment(std::string_view local_iso, Language language);

// The folder of the catalogues: $MBOV_LOCALEDIR, else the first that holds the Dutch
// catalogue of: the installed folder compiled in (share/locale of the prefix), share/locale
// relative to the library (an installed tree moved: `cmake --install --prefix`, a package
// unpacked), `locale` beside the library (a build tree).
std::string locale_dir();

}  // namespace mbov

// Marks a string for xgettext without translating it (static tables; tr() where shown).
#ifndef N_
#define N_(text) text
#endif

MBOV_PUBLIC_END
