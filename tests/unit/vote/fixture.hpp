#pragma once
// What the vote unit tests share: a member written straight into its table (the member
// commands are another area's).
#include <SQLiteCpp/Statement.h>

#include <string>

#include "core/sql.hpp"
#include "testdb.hpp"

namespace mbov::test {

inline void vote_member(Session& s, const std::string& code, const std::string& joined, const char* left = nullptr) {
  SQLite::Statement q(sql(s), "INSERT INTO member (code, name, contracting_authority, joined, left_on) VALUES (?, ?, 1, ?, ?)");
  q.bind(1, code);
  q.bind(2, "Lid " + code);
  q.bind(3, joined);
  if (left) q.bind(4, left);
  q.exec();
}

}  // namespace mbov::test
