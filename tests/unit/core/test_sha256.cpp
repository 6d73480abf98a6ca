#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>

#include "core/sha256.hpp"

using mbov::sha256_hex;
using mbov::sha256_hex_portable;

TEST_CASE("SHA-256 of the FIPS 180-4 / NIST test vectors") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 around the block edges: the padding takes one or two blocks") {
  // Digests from coreutils' sha256sum of n times 'x'.
  CHECK(sha256_hex(std::string(55, 'x')) == "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072");
  CHECK(sha256_hex(std::string(56, 'x')) == "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e");
  CHECK(sha256_hex(std::string(63, 'x')) == "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2");
  CHECK(sha256_hex(std::string(64, 'x')) == "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c");
  CHECK(sha256_hex(std::string(65, 'x')) == "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9");
}

TEST_CASE("SHA-256 without the CPU's SHA instructions: the test vectors") {
  CHECK(sha256_hex_portable("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex_portable("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex_portable(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  CHECK(sha256_hex_portable(std::string(65, 'x')) == "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9");
}

TEST_CASE("property: both SHA-256 paths agree on random inputs of every length up to four blocks") {
  constexpr unsigned seed = 20261205;
  INFO("seed " << seed);
  // Where the CPU has no SHA instructions both sides are the portable code; the vectors above still hold.
  MESSAGE(std::string(mbov::sha256_accelerated() ? "the CPU's SHA instructions against the portable code"
                                      : "no SHA instructions here: the portable code on both sides"));
  std::mt19937 rng(seed);
  for (std::size_t n = 0; n <= 256; ++n) {
    std::string data(n, '\0');
    for (char& c : data) c = static_cast<char>(rng() & 0xff);
    CHECK(sha256_hex(data) == sha256_hex_portable(data));
  }
}
