// mbov vote screen MEETING: the meeting on the room's projector, live until Ctrl-C, or --once as
// a file. The page and its state are lib/vote/screen.hpp's; the HTTP server is mbov-screen.so
// (screen_http.hpp), loaded here only for this command. Each change another mbov process
// commits (PRAGMA data_version, polled on a read-only connection) is read again in one read
// session and sent to every open page as a server-sent event.
#include <dlfcn.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <thread>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/json.hpp>
#include <mbov/core/watch.hpp>
#include "options.hpp"
#include "vote/parts.hpp"
#include <mbov/vote/screen.hpp>
#include "vote/screen_http.hpp"
#include <mbov/core/msg.hpp>

namespace mbov::cli {
namespace {

// Set by SIGINT and SIGTERM (lock-free: safe in a handler); the poll loop ends on it.
std::atomic<bool> stop_requested{false};
void request_stop(int) { stop_requested.store(true); }

// Ctrl-C and SIGTERM end the serving loop instead of the process; a peer that hangs up is an
// error of that write, not a SIGPIPE.
struct StopSignals {
  struct sigaction old_int {}, old_term {}, old_pipe {};
  StopSignals() {
    struct sigaction on_stop {}, ignore {};
    on_stop.sa_handler = request_stop;  // no SA_RESTART: a sleep ends early
    sigemptyset(&on_stop.sa_mask);
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGINT, &on_stop, &old_int);
    sigaction(SIGTERM, &on_stop, &old_term);
    sigaction(SIGPIPE, &ignore, &old_pipe);
  }
  ~StopSignals() {
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGTERM, &old_term, nullptr);
    sigaction(SIGPIPE, &old_pipe, nullptr);
  }
};

struct Address {
  std::string host;
  int port = 0;
};

// ADDR:PORT ([ADDR]:PORT for IPv6), the port 1-65535; exit 65 naming --listen otherwise.
Address parse_listen(const std::string& text) {
  const std::size_t colon = text.rfind(':');
  Address a;
  if (colon != std::string::npos && colon > 0) {
    a.host = text.substr(0, colon);
    if (a.host.size() > 2 && a.host.front() == '[' && a.host.back() == ']') a.host = a.host.substr(1, a.host.size() - 2);
    const std::string port = text.substr(colon + 1);
    std::size_t used = 0;
    try {
      a.port = std::stoi(port, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == port.size() && used > 0 && a.port >= 1 && a.port <= 65535) return a;
  }
  fail_data(msg("--listen {} is not ADDR:PORT with a port from 1 to 65535", text), {},
            tr("e.g. --listen 127.0.0.1:8080, or --listen 0.0.0.0:8080 for the room's network"));
}

// The newest state, shared by the poll loop (which writes it) and the server's threads.
class Live {
 public:
  void set(std::string main, std::string page, std::string state) {
    {
      std::lock_guard lock(mutex_);
      main_ = std::move(main);
      page_ = std::move(page);
      state_ = std::move(state);
      ++version_;
    }
    changed_.notify_all();
  }
  std::string page() {
    std::lock_guard lock(mutex_);
    return page_;
  }
  std::string state() {
    std::lock_guard lock(mutex_);
    return state_;
  }
  std::optional<std::string> next(std::uint64_t& seen) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, std::chrono::seconds(15), [&] { return stopping_ || version_ != seen; });
    if (stopping_) return std::nullopt;
    if (version_ == seen) return std::string();
    seen = version_;
    return main_;
  }
  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::uint64_t version_ = 0;
  std::string main_, page_, state_;
  bool stopping_ = false;
};

// mbov-screen.so beside mbov (the build tree) or where it is installed (MBOV_SCREEN_FROM_BIN).
ServeScreen load_server() {
  const std::filesystem::path bin = std::filesystem::read_symlink("/proc/self/exe").parent_path();
  std::string why;
  for (const std::filesystem::path& at : {bin / "mbov-screen.so", bin / MBOV_SCREEN_FROM_BIN / "mbov-screen.so"}) {
    if (void* module = ::dlopen(at.c_str(), RTLD_NOW | RTLD_LOCAL))
      if (void* serve = ::dlsym(module, serve_screen_symbol)) return reinterpret_cast<ServeScreen>(serve);
    why = ::dlerror();
  }
  throw Error(Exit::software, msg("cannot load the screen's server: {}", why), {},
              tr("reinstall mbov: mbov-screen.so belongs to it"));
}

void write_once(const std::string& path, const std::string& page) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) throw Error(Exit::cantcreat, msg("cannot create {}: {}", path, std::strerror(errno)));
  file << page;
  file.close();
  if (!file) throw Error(Exit::ioerr, msg("cannot write {}: {}", path, std::strerror(errno)));
}

struct ScreenArgs {
  std::int64_t meeting = 0;
  std::string listen = "127.0.0.1:8080";
  bool names = false;
  std::optional<std::string> once;
};

void serve(Context& ctx, const ScreenArgs& o) {
  const Address at = parse_listen(o.listen);
  const vote::ScreenOptions how{.names = o.names, .live = true};
  Watch watch(ctx.invocation());  // read-only, and the file checked, before anything is served
  Live live;
  auto refresh = [&] {
    Session s = ctx.read();
    const vote::Screen st = vote::screen(s, o.meeting);
    live.set(vote::screen_main(st, how), vote::screen_page(st, how), to_json(vote::to_object(st, how)));
  };
  refresh();  // an unknown meeting fails here (65), before the port is taken
  const ServeScreen serve_screen = load_server();
  StopSignals signals;
  stop_requested.store(false);
  ScreenServer server{
      .host = at.host,
      .port = at.port,
      .policy = vote::screen_policy(true),
      .page = [&live] { return live.page(); },
      .state = [&live] { return live.state(); },
      .next = [&live](std::uint64_t& seen) { return live.next(seen); },
      .serve_until_stopped =
          [&] {
            if (!ctx.options.quiet)
              std::cerr << say("mbov: meeting {} on http://{}:{}/ (Ctrl-C ends it)\n", o.meeting,
                                       at.host.find(':') == std::string::npos ? at.host : "[" + at.host + "]", at.port);
            bool failing = false;  // one message per run of failures, not one per poll
            while (!stop_requested.load()) {
              std::this_thread::sleep_for(std::chrono::milliseconds(250));  // within 2 s of a change
              try {
                if (watch.changed() || failing) refresh();
                failing = false;
              } catch (const Error& e) {
                if (!failing) std::cerr << say("mbov: the page keeps its last state: {}\n", e.message());
                failing = true;
              }
            }
            live.stop();
          },
  };
  std::string error;
  if (!serve_screen(server, error))
    throw Error(Exit::tempfail, msg("cannot listen on {}: {}", o.listen, error), {},
                tr("another program may use that port: try again later or choose another with --listen ADDR:PORT"));
}

}  // namespace

void register_vote_screen(CLI::App* vote, Context& ctx) {
  auto o = std::make_shared<ScreenArgs>();
  auto* screen = vote->add_subcommand("screen", tr("a live, read-only page of a meeting for the room's projector, until "
                                                  "Ctrl-C; or --once as a file"));
  add_id(screen, "MEETING", o->meeting, tr("the meeting's id"))->required();
  screen->add_option("--listen", o->listen, tr("where to serve the page, ADDR:PORT (default 127.0.0.1:8080)"));
  screen->add_flag("--names", o->names, tr("name the members present and voting in advance, not only count them"));
  screen->add_option("--once", o->once, tr("write the page once to FILE, with no live part, and end"));
  screen->callback([&ctx, o] {
    if (!o->once) return serve(ctx, *o);
    Session s = ctx.read();
    const vote::Screen st = vote::screen(s, o->meeting);
    write_once(*o->once, vote::screen_page(st, {.names = o->names, .live = false}));
  });
}

}  // namespace mbov::cli
