#pragma once
// How people sort names and titles: letters first, then accents, then case, so that
// alpha < Ärger < beta < Één < Zeta (byte order would put Zeta first and Ärger last). It needs
// no generated locale: the keys come from Unicode decomposition and case folding (libutf8proc),
// the same on every machine. Codes (member codes, product codes) keep their own order.
#include <string>
#include <string_view>

#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

// <0, 0, >0 as a sorts before, with or after b: compared by letters without accents or case,
// then with accents, then byte by byte (case), so only identical strings are equal. Invalid UTF-8
// compares by bytes.
int collate_people(std::string_view a, std::string_view b);

// The name of the SQLite collation every connection has (`ORDER BY name COLLATE people`), so
// SQL stays the one place that sorts.
inline constexpr const char* people_collation = "people";

}  // namespace mbov

MBOV_PUBLIC_END
