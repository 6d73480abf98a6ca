#pragma once
// Whether another connection changed the database: SQLite's PRAGMA data_version, on a read-only
// connection of its own held outside any transaction (a Session's snapshot never sees another
// process's commit). For a page that follows the records live (`vote screen`).
#include <cstdint>
#include <memory>

#include <mbov/core/export.hpp>
#include <mbov/core/session.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

class Watch {
 public:
  // Opens the database read-only (it never writes to it); errors as a Session's.
  explicit Watch(const Invocation& how);
  ~Watch();
  Watch(const Watch&) = delete;
  Watch& operator=(const Watch&) = delete;

  // True when a change was committed since the last call (or since the Watch was made).
  bool changed();

 private:
  struct Connection;
  std::unique_ptr<Connection> connection_;
  std::int64_t version_ = 0;
};

}  // namespace mbov

MBOV_PUBLIC_END
