#pragma once
// How a message's money and duration arguments read in a language (core/message.cpp renders
// them; budget's money cells use the same writer).
#include <cstdint>
#include <string>

#include <mbov/core/dates.hpp>
#include <mbov/core/i18n.hpp>

namespace mbov {

// Euro cents: plain in English and the data formats ("-1234.50"), Dutch for people ("€ -1.234,50").
std::string money_text(std::int64_t cents, Language language);

// A duration: as it is written on the command line in English ("8w"), in words in Dutch ("8 weken").
std::string duration_text(Duration d, Language language);

}  // namespace mbov
