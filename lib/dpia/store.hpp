#pragma once
// The dpia area's SQL and shared helpers (internal, not installed): DPIAs and processing
// records read and written here; the rules live in dpia.cpp and register.cpp.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dpia/dpia.hpp"

namespace mbov::dpia::detail {

// Exit::data "WHAT 'VALUE' is not one of: ..." (with the rule) unless value is in allowed.
void require_one_of(std::string_view value, std::span<const char* const> allowed, std::string_view what,
                    std::string rule = {});
// The days of a stored or given hand-over (R-DPIA-6); nullopt when not a whole number.
std::optional<int> whole_days(std::string_view text);

}  // namespace mbov::dpia::detail

namespace mbov::dpia::store {

// ---- DPIAs
std::vector<Dpia> select_dpias(Session& s, std::optional<std::int64_t> id, const std::optional<std::string>& product,
                               bool open_only);
std::int64_t insert_dpia(Session& s, const NewDpia& d);
void update_completion(Session& s, std::int64_t id, const Completion& c);
struct Incident {
  std::string kind;
  std::optional<std::string> product;
};
std::optional<Incident> select_incident(Session& s, std::int64_t id);

// ---- processing records: the columns of register_fields(), then updated
std::vector<ProcessingRecord> select_processing(Session& s, std::optional<std::int64_t> id,
                                                const std::optional<std::string>& product);
std::int64_t insert_processing(Session& s, const ProcessingFields& v, Date updated);
void update_processing(Session& s, std::int64_t id, const ProcessingFields& v, Date updated);

}  // namespace mbov::dpia::store
