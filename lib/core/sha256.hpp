#pragma once
// SHA-256 (FIPS 180-4) for the audit chain. Written here rather than taken from OpenSSL: loading
// libcrypto costs every mbov run about 4,000 symbol relocations (a third of the start-up time),
// for one small function.
#include <string>
#include <string_view>

namespace mbov {

// Lower-case hex SHA-256 of data.
std::string sha256_hex(std::string_view data);

}  // namespace mbov
