#pragma once
// The label tables behind label() (output.hpp; internal, not installed): core/labels.cpp holds
// the labels of fields that core or several areas emit, lib/<area>/labels.cpp those of one area,
// each registering its table at start-up, so core names no area.
#include <span>
#include <string_view>

namespace mbov {

struct Label {
  std::string_view field;
  const char* text;  // English, marked N_; translated where shown
};

// Registers a table sorted by field (a static object of each area's labels.cpp).
struct LabelTable {
  explicit LabelTable(std::span<const Label> sorted);
};

}  // namespace mbov
