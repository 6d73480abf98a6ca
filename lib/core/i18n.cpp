#include <mbov/core/i18n.hpp>
#include <mbov/core/msg.hpp>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <filesystem>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include <mbov/core/error.hpp>
#include "core/mo.hpp"

namespace mbov {
namespace {

Language current = Language::en;

// A catalogue is input like any other: a regular file of at most this size (nl.mo is about
// 150 KiB), read without blocking (a FIFO) and without growing past the limit (/dev/zero).
constexpr std::size_t max_catalogue_bytes = std::size_t{4} << 20;

std::string read_bounded(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return {};
  struct stat st {};
  std::string data;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) <= max_catalogue_bytes) {
    data.resize(static_cast<std::size_t>(st.st_size));
    std::size_t got = 0;
    while (got < data.size()) {
      const ssize_t n = ::read(fd, data.data() + got, data.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      got += static_cast<std::size_t>(n);
    }
    data.resize(got);
  }
  ::close(fd);
  return data;
}

// The one catalogue, Dutch's (English is the source).
const MoCatalogue& catalogue() {
  static const MoCatalogue c(read_bounded(fmt::format("{}/nl/LC_MESSAGES/mbov.mo", locale_dir())));
  return c;
}

}  // namespace

Language parse_language(std::string_view name) {
  if (name == "en") return Language::en;
  if (name == "nl") return Language::nl;
  throw Error(Exit::usage, msg("unknown language '{}' (want nl or en)", name));
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

const char* tr(const char* msgid) { return tr(current, msgid); }

const char* tr(Language language, const char* msgid) {
  if (language == Language::en) return msgid;
  std::size_t size = 0;
  const char* t = catalogue().find(msgid, &size);
  return t ? t : msgid;
}

const char* tr_n(const char* singular, const char* plural, long long n) { return tr_n(current, singular, plural, n); }

const char* tr_n(Language language, const char* singular, const char* plural, long long n) {
  const bool one = n == 1;
  if (language == Language::en) return one ? singular : plural;
  std::size_t size = 0;
  const char* t = catalogue().find(singular, &size);
  if (!t) return one ? singular : plural;
  if (one) return t;
  const std::size_t first = std::strlen(t);
  return first < size ? t + first + 1 : t;
}

std::string human_date(Date d) { return human_date(d, current); }

std::string human_date(Date d, Language language) {
  if (language == Language::en) return d.str();
  static constexpr std::array<const char*, 12> months = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                                         "juli",    "augustus", "september", "oktober", "november", "december"};
  const std::string iso = d.str();  // YYYY-MM-DD
  return fmt::format("{} {} {}", std::stoi(iso.substr(8, 2)), months[static_cast<std::size_t>(std::stoi(iso.substr(5, 2)) - 1)],
                     iso.substr(0, 4));
}

std::string human_moment(std::string_view local_iso) { return human_moment(local_iso, current); }

std::string human_moment(std::string_view local_iso, Language language) {
  if (language == Language::en) return std::string(local_iso);
  const std::size_t time = local_iso.substr(17, 2) == "00" ? 5 : 8;  // HH:MM or HH:MM:SS
  return human_date(Date::parse(local_iso.substr(0, 10), ""), language) + ' ' + std::string(local_iso.substr(11, time));
}

std::string human_moment(Timestamp t) { return human_moment(t.local()); }

std::string locale_dir() {
  if (const char* dir = std::getenv("MBOV_LOCALEDIR"); dir && *dir) return dir;
  // A folder counts only when it holds the Dutch catalogue: Debian's /usr/lib/locale
  // exists and holds the C library's locales, not mbov's (issue 25).
  const std::string catalogue = "nl/LC_MESSAGES/mbov.mo";  // the one catalogue
  std::error_code ec;
  const auto holds = [&](const std::filesystem::path& dir) { return std::filesystem::is_regular_file(dir / catalogue, ec); };
  if (holds(MBOV_LOCALEDIR_INSTALLED)) return MBOV_LOCALEDIR_INSTALLED;
  Dl_info info{};
  if (!::dladdr(reinterpret_cast<const void*>(&locale_dir), &info) || !info.dli_fname) return {};
  const std::filesystem::path lib = std::filesystem::path(info.dli_fname).parent_path();
  // An installed tree elsewhere (cmake --install --prefix, a package unpacked), then a build tree.
  for (const std::filesystem::path& dir : {(lib / MBOV_LOCALE_FROM_LIB).lexically_normal(), lib / "locale"})
    if (holds(dir)) return dir.string();
  return MBOV_LOCALEDIR_INSTALLED;
}

}  // namespace mbov
