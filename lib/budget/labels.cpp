// The labels of the fields only the budget area emits (core/labels.hpp): sorted by field; a new
// field gets its label here and in po/nl.po.
#include "core/labels.hpp"
#include <mbov/core/i18n.hpp>

namespace mbov::budget {
namespace {

constexpr Label labels[] = {
    {"acquisition", N_("acquisition")},
    {"amount", N_("amount")},
    {"from_year", N_("from year")},
    {"goals", N_("goals")},
    {"kinds", N_("kinds")},
    {"life_years", N_("life years")},
    {"lines", N_("lines")},
    {"reference", N_("reference")},
};
const LabelTable registered(labels);

}  // namespace
}  // namespace mbov::budget
