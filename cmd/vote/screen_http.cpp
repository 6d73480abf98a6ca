// mbov-screen.so: `vote screen`'s HTTP server (cmd/vote/screen_http.hpp says why a module).
// GET only, no write path: every other method is 405; every answer is no-store and nosniff.
#include "vote/screen_http.hpp"

#include <httplib.h>

#include <cerrno>
#include <cstring>
#include <thread>

namespace mbov::cli {
namespace {

void secure(httplib::Response& res, const std::string& policy) {
  res.set_header("Content-Security-Policy", policy);
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Cache-Control", "no-store");
}

// One server-sent event: each line of the data on a `data:` line of its own.
std::string event(const std::string& data) {
  if (data.empty()) return ": keep-alive\n\n";
  std::string out;
  std::size_t from = 0;
  while (from <= data.size()) {
    std::size_t end = data.find('\n', from);
    if (end == std::string::npos) end = data.size();
    out += "data: " + data.substr(from, end - from) + "\n";
    from = end + 1;
  }
  return out + "\n";
}

}  // namespace
}  // namespace mbov::cli

extern "C" __attribute__((visibility("default"))) bool mbov_serve_screen(const mbov::cli::ScreenServer& c, std::string& error) {
  using namespace mbov::cli;
  httplib::Server server;
  // One thread per open page follows /events: room for a projector and a few laptops.
  server.new_task_queue = [] { return new httplib::ThreadPool(32); };
  server.set_pre_routing_handler([&c](const httplib::Request& req, httplib::Response& res) {
    if (req.method == "GET" || req.method == "HEAD") return httplib::Server::HandlerResponse::Unhandled;
    secure(res, c.policy);
    res.status = 405;
    res.set_header("Allow", "GET, HEAD");
    res.set_content("GET only\n", "text/plain; charset=utf-8");
    return httplib::Server::HandlerResponse::Handled;
  });
  server.Get("/", [&c](const httplib::Request&, httplib::Response& res) {
    secure(res, c.policy);
    res.set_content(c.page(), "text/html; charset=utf-8");
  });
  server.Get("/state.json", [&c](const httplib::Request&, httplib::Response& res) {
    secure(res, c.policy);
    res.set_content(c.state(), "application/json");
  });
  server.Get("/events", [&c](const httplib::Request&, httplib::Response& res) {
    secure(res, c.policy);
    res.set_chunked_content_provider("text/event-stream", [&c, seen = std::uint64_t{0}](std::size_t, httplib::DataSink& sink) mutable {
      const std::optional<std::string> next = c.next(seen);
      if (!next) {
        sink.done();
        return true;
      }
      const std::string text = event(*next);
      return sink.write(text.data(), text.size());
    });
  });
  // SO_REUSEADDR (a restart right after Ctrl-C binds again) without httplib's SO_REUSEPORT, by
  // which a second server would share the port silently instead of failing.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  errno = 0;
  if (!server.bind_to_port(c.host, c.port)) {
    error = errno ? std::strerror(errno) : "cannot bind";
    return false;
  }
  std::thread listening([&server] { server.listen_after_bind(); });
  c.serve_until_stopped();
  server.stop();
  listening.join();
  return true;
}
