#pragma once
// The output formats (spec/CLI.md "Output"): what --format names. Their writers are output.hpp;
// a domain header that shapes a value by format (budget::money) needs only this.
#include <string_view>

#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

enum class Format { table, json, csv, tsv, markdown, text, html, ics, prometheus, xlsx };

// "table", "json", ... (exact, lower case); anything else: Error(Exit::usage).
Format parse_format(std::string_view name);
std::string_view format_name(Format format);
// Whether people read the format (table, markdown, text, html, xlsx): it shows translated texts, where
// the data formats (json, csv, tsv, ics, prometheus) keep the English that scripts read.
bool for_people(Format format);

}  // namespace mbov

MBOV_PUBLIC_END
