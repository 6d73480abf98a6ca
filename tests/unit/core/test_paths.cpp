#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <mbov/core/paths.hpp>

using namespace mbov;

TEST_CASE("the XDG defaults: absolute XDG variables, else under HOME") {
  const char* home = std::getenv("HOME");
  std::string saved_home = home ? home : "";
  auto dir = std::filesystem::temp_directory_path() / "mbov-paths-test";
  std::filesystem::create_directories(dir / "cfg" / "mbov");
  ::setenv("HOME", dir.c_str(), 1);
  ::unsetenv("XDG_DATA_HOME");
  ::unsetenv("XDG_CONFIG_HOME");
  CHECK(default_db_path() == (dir / ".local/share/mbov/mbov.db").string());
  CHECK_FALSE(default_config_path());
  ::setenv("XDG_DATA_HOME", "relative/path", 1);  // ignored: not absolute
  CHECK(default_db_path() == (dir / ".local/share/mbov/mbov.db").string());
  ::setenv("XDG_DATA_HOME", "/srv/data", 1);
  CHECK(default_db_path() == "/srv/data/mbov/mbov.db");
  ::setenv("XDG_CONFIG_HOME", (dir / "cfg").c_str(), 1);
  CHECK_FALSE(default_config_path());  // only when the file exists
  std::ofstream(dir / "cfg" / "mbov" / "policy.toml") << "";
  CHECK(default_config_path() == (dir / "cfg/mbov/policy.toml").string());
  ::unsetenv("XDG_DATA_HOME");
  ::unsetenv("XDG_CONFIG_HOME");
  ::setenv("HOME", saved_home.c_str(), 1);
  std::filesystem::remove_all(dir);
}
