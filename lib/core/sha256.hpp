#pragma once
// SHA-256 (FIPS 180-4) for the audit chain. Written here rather than taken from OpenSSL: loading
// libcrypto costs every mbov run about 4,000 symbol relocations (a third of the start-up time),
// for one small function.
#include <string>
#include <string_view>

namespace mbov {

// Lower-case hex SHA-256 of data, with the CPU's SHA instructions where it has them.
std::string sha256_hex(std::string_view data);
// The same without them, whatever the CPU: the tests compare the two paths.
std::string sha256_hex_portable(std::string_view data);
// Whether sha256_hex uses the CPU's SHA instructions here.
bool sha256_accelerated();

}  // namespace mbov
