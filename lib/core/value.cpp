#include <mbov/core/value.hpp>

#include <type_traits>

#include <fmt/format.h>

#include <mbov/core/json.hpp>

namespace mbov {

std::string Value::text() const {
  return std::visit(
      [&](const auto& x) -> std::string {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return {};
        } else if constexpr (std::is_same_v<T, bool>) {
          return x ? "true" : "false";
        } else if constexpr (std::is_same_v<T, std::int64_t> || std::is_same_v<T, double>) {
          return fmt::format("{}", x);  // doubles: shortest round-trip; nan, inf, -inf
        } else if constexpr (std::is_same_v<T, std::string>) {
          return x;
        } else if constexpr (std::is_same_v<T, Date>) {
          return x.str();
        } else if constexpr (std::is_same_v<T, Timestamp>) {
          return x.local();
        } else if constexpr (std::is_same_v<T, Message>) {
          return english(x);
        } else {
          return to_json(*this, 0);  // arrays and objects: their compact JSON text
        }
      },
      data);
}

}  // namespace mbov
