#pragma once
// The output layer's text helpers, shared by its writers, the reports and the vote screen page
// (internal, not installed): a cell's text, text made safe for html and markdown, its width.
#include <cstddef>
#include <string>
#include <string_view>

#include <mbov/core/value.hpp>

namespace mbov {

// The text of a value in a csv, tsv or markdown cell: Value::text(), but a nested array as its
// element count and a nested object as its compact JSON.
std::string cell_text(const Value& value);

// &, <, >, " and ' as entities: for html text, attributes and svg alike (the html reports, the
// vote screen).
std::string html_escape(std::string_view text);

// s as markdown inline text (a cell, a title, a list item): its syntax characters escaped, line
// breaks as <br>, controls and hidden format characters escaped (core/hidden_chars.hpp).
std::string markdown_text(std::string_view s);

// The number of terminal columns s takes: code points, with combining marks and zero-width
// characters 0 and East Asian wide characters and emoji 2; an invalid UTF-8 sequence counts 1.
std::size_t display_width(std::string_view s);

}  // namespace mbov
