#include "gov/store.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "core/error.hpp"
#include "core/i18n.hpp"
#include "core/spelling.hpp"

namespace mbov::gov::store {

void require_one_of(std::string_view value, const std::vector<std::string>& allowed, std::string_view what,
                    std::string_view rule) {
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
    fail_data(fmt::format(fmt::runtime(tr("{} '{}' is not one of: {}")), what, value, fmt::join(allowed, ", ")), std::string(rule),
              did_you_mean(value, allowed, ""));
}

}  // namespace mbov::gov::store
