// Policy::load: a policy file (--config, MBOV_CONFIG, or the default path) over the built-in
// defaults, which the build compiled from data/policy.toml (generated default_policy.cpp).
#include <fcntl.h>
#include <mbov/core/msg.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>


#include <mbov/core/i18n.hpp>
#include <mbov/core/policy.hpp>
#include "core/policy_text.hpp"

namespace mbov {
namespace {

// A policy file is a few kilobytes; anything near this is not one.
constexpr std::size_t max_policy_bytes = std::size_t{256} << 10;

std::string read_file(const std::string& path) {
  auto fail = [&](int err) {
    return Error(Exit::noinput, msg("cannot read policy file {}: {}", path, std::strerror(err)));
  };
  // O_NONBLOCK: a FIFO is refused below, not waited on.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) throw fail(errno);
  std::string text;
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    const int err = errno;
    ::close(fd);
    throw fail(err);
  }
  // The policy decides what mbov does: a file anyone may change is no policy (a root cron job
  // would follow any user's rules), and only a regular file is one.
  std::optional<Message> refused;
  if (!S_ISREG(st.st_mode)) refused = msg("{}: not a regular file (a policy file is one)", path);
  else if ((st.st_mode & S_IWOTH) != 0) refused = msg("{}: writable by every user, so anyone could change the policy", path);
  if (refused) {
    ::close(fd);
    throw Error(Exit::config, *refused, {}, msg("use a regular file only its owner can write (chmod 644)"));
  }
  if (st.st_size > 0) text.reserve(std::min(static_cast<std::size_t>(st.st_size), max_policy_bytes + 1));
  char buf[16384];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      throw fail(err);
    }
    text.append(buf, static_cast<std::size_t>(n));
    if (text.size() > max_policy_bytes) {  // checked before it grows further: --config /dev/zero
      ::close(fd);
      throw Error(Exit::config, msg("{}: larger than {} KiB (the limit of a policy file)", path,
                                            max_policy_bytes >> 10));
    }
  }
  ::close(fd);
  return text;
}

}  // namespace

Policy Policy::load(const std::optional<std::string>& path) {
  Policy p = defaults();
  if (!path) return p;
  p.line_ = read_policy_text(p, read_file(*path), *path, Exit::config);
  p.file_ = *path;
  return p;
}

}  // namespace mbov
