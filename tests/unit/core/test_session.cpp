// Tests for lib/core/session.cpp: what a Session keeps of the Invocation it was opened with.
#include <doctest/doctest.h>

#include <memory>
#include <optional>

#include <mbov/core/session.hpp>
#include "testdb.hpp"

using namespace mbov;

TEST_CASE("Session owns its policy: the caller's Invocation may change or go after opening") {
  test::TestDb t;
  auto how = std::make_unique<Invocation>(t.how);
  how->policy.contract.notice_months = 7;
  std::optional<Session> s;
  s.emplace(*how, Session::Access::read);
  how->policy.contract.notice_months = 99;  // a session that referred to the caller's would see it
  how.reset();
  CHECK(s->policy.contract.notice_months == 7);
}
