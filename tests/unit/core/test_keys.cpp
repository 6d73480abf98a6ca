// Tests for lib/core/keys.cpp: a member code, product code or person id looked up in one place,
// the stored spelling returned, an unknown key refused (65) with a near spelling as the hint.
#include <doctest/doctest.h>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include "core/sql.hpp"
#include "testdb.hpp"

using namespace mbov;

namespace {

// The error a call fails with, if any.
std::optional<Error> key_error_of(auto&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("keys: a member or product code in any case gives the code as stored") {
  test::TestDb t;
  Session s = t.write();
  sql(s).exec("INSERT INTO member (code, name, contracting_authority, joined) VALUES ('25LZ', 'ROC', 1, '2020-01-01')");
  CHECK(require_member(s, "25LZ") == "25LZ");
  CHECK(require_member(s, "25lz") == "25LZ");
  CHECK(require_product(s, "cambo") == "CAMBO");
  CHECK(require_product(s, "VVA") == "VVA");
}

TEST_CASE("keys: an unknown member, product or person is bad data with a hint") {
  set_language(Language::en);
  test::TestDb t;
  Session s = t.write();
  sql(s).exec(R"sql(INSERT INTO member (code, name, contracting_authority, joined) VALUES ('25LZ', 'ROC', 1, '2020-01-01');
    INSERT INTO person (id, name) VALUES (3, 'Ann');)sql");
  const auto near = key_error_of([&] { require_member(s, "25LX"); });
  REQUIRE(near);
  CHECK(near->code() == Exit::data);
  CHECK(std::string(near->what()) == "no member with code '25LX'");
  CHECK(english(near->hint()) == "did you mean '25LZ'? see 'mbov member list --all'");
  const auto far = key_error_of([&] { require_member(s, "99QQ"); });
  REQUIRE(far);
  CHECK(english(far->hint()) == "see 'mbov member list --all'");
  const auto product = key_error_of([&] { require_product(s, "CAMB"); });
  REQUIRE(product);
  CHECK(product->code() == Exit::data);
  CHECK(std::string(product->what()) == "no product with code 'CAMB'");
  CHECK(english(product->hint()) == "did you mean 'CAMBO'? see 'mbov contract product list'");
  require_person(s, 3);
  const auto person = key_error_of([&] { require_person(s, 4); });
  REQUIRE(person);
  CHECK(person->code() == Exit::data);
  CHECK(std::string(person->what()) == "no person with id 4");
  CHECK(english(person->hint()) == "see 'mbov member contact list'");
}
