#pragma once
// The HTTP side of `vote screen` (cmd/vote/screen.cpp): GET /, /state.json and /events, nothing
// else. It is built as a module of its own, mbov-screen.so, that mbov loads only for this
// command: Debian's libcpp-httplib links libssl, libcrypto, zlib and brotli, and linking it into
// mbov would load them at every start of every command (start-up 5.9 -> 8.5 ms).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace mbov::cli {

struct ScreenServer {
  std::string host;
  int port = 0;
  std::string policy;                 // the Content-Security-Policy header
  std::function<std::string()> page;  // GET /
  std::function<std::string()> state; // GET /state.json
  // GET /events: waits for a state newer than `seen` and returns its <main> part (updating
  // `seen`), "" after a while with nothing new (a keep-alive), nullopt when the server stops.
  std::function<std::optional<std::string>(std::uint64_t& seen)> next;
  // Runs in the caller's thread while the server answers; the server stops when it returns.
  std::function<void()> serve_until_stopped;
};

// The symbol mbov-screen.so exports: serves until serve_until_stopped returns (true); false with
// the reason in `error` when it cannot listen (the port in use, an address not of this machine).
using ServeScreen = bool (*)(const ScreenServer& server, std::string& error);
inline constexpr const char* serve_screen_symbol = "mbov_serve_screen";

}  // namespace mbov::cli
