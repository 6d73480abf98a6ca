#pragma once
// What the gov unit tests share: a document version added in one call, its kind and status
// given as the command line gives them.
#include <mbov/gov/gov.hpp>
#include "testdb.hpp"

namespace mbov::test {

inline std::int64_t version(Session& s, const char* kind, const char* number, const char* date,
                            const char* status = "for-approval") {
  return gov::add_version(s, {.kind = gov::parse_document_kind(kind, "KIND"),
                              .number = number,
                              .date = Date::parse(date, "d"),
                              .status = gov::parse_document_status(status, "--status")});
}

}  // namespace mbov::test
