// The labels of the fields only the dpia area emits (core/labels.hpp): sorted by field; a new
// field gets its label here and in po/nl.po.
#include "core/labels.hpp"
#include <mbov/core/i18n.hpp>

namespace mbov::dpia {
namespace {

constexpr Label labels[] = {
    {"change", N_("change")},
    {"prior_consultation", N_("prior consultation")},
    {"processors", N_("processors")},
    {"report", N_("report")},
    {"retention_end", N_("retention end")},
    {"safeguards", N_("safeguards")},
    {"spared", N_("spared")},
    {"transfers", N_("transfers")},
    {"updated", N_("updated")},
};
const LabelTable registered(labels);

}  // namespace
}  // namespace mbov::dpia
