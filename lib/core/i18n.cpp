#include "core/i18n.hpp"

#include <dlfcn.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/mo.hpp"

namespace mbov {
namespace {

Language current = Language::en;

const MoCatalogue& catalogue() {
  static const MoCatalogue c = [] {
    std::ifstream in(fmt::format("{}/{}/LC_MESSAGES/mbov.mo", locale_dir(), language_code()), std::ios::binary);
    return MoCatalogue(std::string(std::istreambuf_iterator<char>(in), {}));
  }();
  return c;
}

}  // namespace

Language parse_language(std::string_view name) {
  if (name == "en") return Language::en;
  if (name == "nl") return Language::nl;
  throw Error(Exit::usage, fmt::format(fmt::runtime(tr("unknown language '{}' (want nl or en)")), name));
}

Language environment_language() {
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(variable);
    if (!value || !*value) continue;
    std::string_view v = value;
    return v == "nl" || v.starts_with("nl_") || v.starts_with("nl.") ? Language::nl : Language::en;
  }
  return Language::en;
}

void set_language(Language language) { current = language; }
Language language() { return current; }
std::string_view language_code() { return current == Language::nl ? "nl" : "en"; }

const char* tr(const char* msgid) {
  if (current == Language::en) return msgid;
  std::size_t size = 0;
  const char* t = catalogue().find(msgid, &size);
  return t ? t : msgid;
}

const char* tr_n(const char* singular, const char* plural, long long n) {
  const bool one = n == 1;
  if (current == Language::en) return one ? singular : plural;
  std::size_t size = 0;
  const char* t = catalogue().find(singular, &size);
  if (!t) return one ? singular : plural;
  if (one) return t;
  const std::size_t first = std::strlen(t);
  return first < size ? t + first + 1 : t;
}

std::string human_date(Date d) {
  if (current == Language::en) return d.str();
  static constexpr std::array<const char*, 12> months = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                                         "juli",    "augustus", "september", "oktober", "november", "december"};
  const std::string iso = d.str();  // YYYY-MM-DD
  return fmt::format("{} {} {}", std::stoi(iso.substr(8, 2)), months[static_cast<std::size_t>(std::stoi(iso.substr(5, 2)) - 1)],
                     iso.substr(0, 4));
}

std::string human_moment(std::string_view local_iso) {
  if (current == Language::en) return std::string(local_iso);
  const std::size_t time = local_iso.substr(17, 2) == "00" ? 5 : 8;  // HH:MM or HH:MM:SS
  return human_date(Date::parse(local_iso.substr(0, 10), "")) + ' ' + std::string(local_iso.substr(11, time));
}

std::string human_moment(Timestamp t) { return human_moment(t.local()); }

std::string locale_dir() {
  if (const char* dir = std::getenv("MBOV_LOCALEDIR"); dir && *dir) return dir;
  Dl_info info{};
  if (!::dladdr(reinterpret_cast<const void*>(&locale_dir), &info) || !info.dli_fname) return {};
  const std::filesystem::path lib = std::filesystem::path(info.dli_fname).parent_path();
  std::error_code ec;
  if (std::filesystem::is_directory(lib / "locale", ec)) return (lib / "locale").string();
  return (lib / MBOV_LOCALE_FROM_LIB).lexically_normal().string();
}

}  // namespace mbov
