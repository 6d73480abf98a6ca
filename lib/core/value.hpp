#pragma once
// A small tree of values: what every command hands to the output layer (output.hpp).
// Objects keep their insertion order, so every format prints fields in a stable order.
// Dates and timestamps keep their type: the data formats write them as ISO text (a timestamp in
// local time with its offset), the formats people read as human_date / human_moment.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <mbov/core/dates.hpp>
#include <mbov/core/export.hpp>
#include <mbov/core/message.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

struct Value;
using Array = std::vector<Value>;

struct Object {
  std::vector<std::string> keys;
  std::vector<Value> values;

  Object& add(std::string key, Value value);
  const Value* find(std::string_view key) const;  // nullptr when absent
  std::size_t size() const { return keys.size(); }
};

struct Value {
  // A Message is English in the data formats and in --lang where people read it.
  std::variant<std::monostate, bool, std::int64_t, double, std::string, Date, Timestamp, Array, Object, Message> data;

  Value() = default;
  Value(std::nullptr_t) {}
  Value(bool b) : data(b) {}
  Value(int i) : data(std::int64_t{i}) {}
  Value(long i) : data(std::int64_t{i}) {}
  Value(long long i) : data(std::int64_t{i}) {}
  Value(double d) : data(d) {}
  Value(const char* s) : data(std::string(s)) {}
  Value(std::string s) : data(std::move(s)) {}
  Value(std::string_view s) : data(std::string(s)) {}
  Value(Date d) : data(d) {}
  Value(Timestamp t) : data(t) {}
  Value(Array a) : data(std::move(a)) {}
  Value(Object o) : data(std::move(o)) {}
  Value(Message m) : data(std::move(m)) {}
  // An absent optional is null.
  template <class T>
  Value(const std::optional<T>& o) {
    if (o) *this = Value(*o);
  }

  bool is_null() const { return std::holds_alternative<std::monostate>(data); }
  bool is_array() const { return std::holds_alternative<Array>(data); }
  bool is_object() const { return std::holds_alternative<Object>(data); }
  // The plain text of a scalar (as csv cells show it): null -> "", bool -> "true"/"false", a date
  // YYYY-MM-DD, a timestamp local with its offset (2026-05-04T09:00:00+02:00), a message in English.
  std::string text() const;
};

inline Object& Object::add(std::string key, Value value) {
  keys.push_back(std::move(key));
  values.push_back(std::move(value));
  return *this;
}

inline const Value* Object::find(std::string_view key) const {
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (keys[i] == key) return &values[i];
  return nullptr;
}

}  // namespace mbov

MBOV_PUBLIC_END
