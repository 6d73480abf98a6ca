// Tests for lib/core/policy_file.cpp: reading a policy file. The cases test_policy.cpp leaves
// out: no file is the built-in defaults, a FIFO is refused without waiting on it, a file past
// the 256 KiB limit is refused before it is read whole, a file just under it is read.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/policy.hpp>

using namespace mbov;

namespace {

struct PolicyDir {
  std::filesystem::path dir;
  PolicyDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "mbov-policy-XXXXXX").string();
    dir = ::mkdtemp(tmpl.data());
  }
  ~PolicyDir() { std::filesystem::remove_all(dir); }
  std::string write(const std::string& name, const std::string& text) const {
    const std::string path = (dir / name).string();
    std::ofstream(path) << text;
    return path;
  }
};

Exit policy_load_status(const std::string& path, std::string* message = nullptr) {
  try {
    Policy::load(path);
  } catch (const Error& e) {
    if (message) *message = e.what();
    return e.code();
  }
  return Exit::ok;
}

}  // namespace

TEST_CASE("policy file: none given is the built-in defaults, every key's origin default") {
  const Policy p = Policy::load(std::nullopt);
  const Policy d = Policy::defaults();
  CHECK(p.contract.notice_months == d.contract.notice_months);
  CHECK(p.vote.av_meetings_per_year == d.vote.av_meetings_per_year);
  for (const PolicyEntry& e : p.entries()) CHECK(e.origin == "default");
}

TEST_CASE("policy file: a FIFO is refused at once, not waited on") {
  set_language(Language::en);
  PolicyDir t;
  const std::string fifo = (t.dir / "fifo.toml").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  std::string message;
  CHECK(policy_load_status(fifo, &message) == Exit::config);
  CHECK(message == fifo + ": not a regular file (a policy file is one)");
}

TEST_CASE("policy file: up to 256 KiB is read, a larger one refused") {
  set_language(Language::en);
  PolicyDir t;
  // Comments fill the file; the key at its end shows it was read to the end.
  const std::string key = "[contract]\nnotice_months = 3\n";
  std::string fill;
  while (fill.size() + 80 + key.size() <= (std::size_t{256} << 10)) fill += "# " + std::string(77, 'x') + "\n";
  const std::string fits = t.write("fits.toml", fill + key);
  REQUIRE(std::filesystem::file_size(fits) <= (std::size_t{256} << 10));
  CHECK(Policy::load(fits).contract.notice_months == 3);
  const std::string big = t.write("big.toml", fill + std::string(80 * 2, '#') + "\n" + key + std::string(1 << 10, '#'));
  REQUIRE(std::filesystem::file_size(big) > (std::size_t{256} << 10));
  std::string message;
  CHECK(policy_load_status(big, &message) == Exit::config);
  CHECK(message == big + ": larger than 256 KiB (the limit of a policy file)");
}

TEST_CASE("policy file: an unreadable path is noinput and names the path") {
  PolicyDir t;
  std::string message;
  CHECK(policy_load_status((t.dir / "none.toml").string(), &message) == Exit::noinput);
  CHECK(message.find("none.toml") != std::string::npos);
}
