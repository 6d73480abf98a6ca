#pragma once
// The stable keys of spec/CLI.md (a member code, a product code, a person id), each looked up in
// one place: an unknown key is Exit::data with the same message and hint from every command.
#include <cstdint>
#include <string>
#include <string_view>

namespace mbov {
class Session;

std::string require_member(Session& s, std::string_view code);    // the code as stored
std::string require_product(Session& s, std::string_view code);   // the code as stored
void require_person(Session& s, std::int64_t id);

}  // namespace mbov
