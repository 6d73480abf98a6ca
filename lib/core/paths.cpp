#include <mbov/core/paths.hpp>

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace mbov {
namespace {

std::string home() {
  if (const char* h = std::getenv("HOME"); h && *h) return h;
  if (const passwd* pw = ::getpwuid(::getuid())) return pw->pw_dir;
  return ".";
}

// An XDG variable is used only when set to an absolute path, as the specification says.
std::string xdg(const char* variable, const char* fallback) {
  if (const char* v = std::getenv(variable); v && *v == '/') return v;
  return home() + "/" + fallback;
}

}  // namespace

std::string default_db_path() { return xdg("XDG_DATA_HOME", ".local/share") + "/mbov/mbov.db"; }

std::optional<std::string> default_config_path() {
  std::string path = xdg("XDG_CONFIG_HOME", ".config") + "/mbov/policy.toml";
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return path;
  return std::nullopt;
}

}  // namespace mbov
