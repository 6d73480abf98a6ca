#include "cli_text.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <cctype>
#include <memory>
#include <regex>
#include <string_view>
#include <vector>

#include <mbov/core/i18n.hpp>

namespace mbov::cli {
namespace {

// An option's value placeholder (TEXT, INT:ID, INT in [1900 - 9998]) with CLI11's type words
// translated.
std::string shown_type(std::string type) {
  // TRANSLATORS: the placeholder of an option's value in --help and in "--x: 1 required TEXT missing".
  static constexpr const char* words[] = {N_("TEXT"), N_("INT")};
  for (const char* word : words) {
    const std::string_view w = word;
    for (std::size_t at = type.find(w); at != std::string::npos; at = type.find(w, at + 1)) {
      const bool starts = at == 0 || !std::isupper(static_cast<unsigned char>(type[at - 1]));
      const bool ends = at + w.size() == type.size() || !std::isupper(static_cast<unsigned char>(type[at + w.size()]));
      if (!starts || !ends) continue;
      const std::string shown = tr(word);
      type.replace(at, w.size(), shown);
      at += shown.size() - 1;
    }
  }
  return type;
}

// TRANSLATORS: a positional argument's name, in --help ("Usage: mbov vote cast MOTION CODE
// CHOICE") and at the start of its parse errors ("YEAR: value 1800 not in range ...").
constexpr const char* kPositionals[] = {N_("BALLOT"), N_("CHOICE"), N_("CODE"),    N_("FILE"),  N_("GROUP"),
                                        N_("ID"),     N_("KIND"),   N_("LINE"),    N_("MEETING"), N_("MOTION"),
                                        N_("NAME"),   N_("PRODUCT"), N_("ROLE"),   N_("SHELL"), N_("SUPPLIER"),
                                        N_("YEAR")};

std::string shown_positional(const std::string& name) {
  for (const char* p : kPositionals)
    if (name == p) return tr(p);
  return name;
}

class Formatter : public CLI::Formatter {
 public:
  Formatter() {
    // TRANSLATORS: the words of --help around the commands and options.
    label("Usage", tr("Usage"));
    label("OPTIONS", tr("OPTIONS"));
    label("SUBCOMMAND", tr("SUBCOMMAND"));
    label("SUBCOMMANDS", tr("SUBCOMMANDS"));
    label("Positionals", tr("Positionals"));
    label("REQUIRED", tr("REQUIRED"));
    label("Env", tr("Env"));
    label("Needs", tr("Needs"));
    label("Excludes", tr("Excludes"));
  }
  std::string make_option_name(const CLI::Option* opt, bool positional) const override {
    const std::string name = CLI::Formatter::make_option_name(opt, positional);
    return positional ? shown_positional(name) : name;
  }
  // CLI11 writes the type name first (" TEXT=default REQUIRED"): only that part is its own word.
  std::string make_option_opts(const CLI::Option* opt) const override {
    std::string out = CLI::Formatter::make_option_opts(opt);
    const std::string type = opt->get_type_name();
    if (opt->get_option_text().empty() && !type.empty() && out.compare(0, type.size() + 1, " " + type) == 0)
      out.replace(1, type.size(), shown_type(type));
    return out;
  }
};

// CLI11's parse error messages, as CLI11 writes them with {} for each part (CLI/Error.hpp,
// CLI/Validators.hpp); the first that matches the whole message is translated.
constexpr const char* kTypedMissing = N_("{}: {} required {} missing");  // the third part: a type (TEXT)
constexpr const char* kMessages[] = {
    N_("A subcommand is required"),
    N_("The following argument was not expected: {}"),
    N_("The following arguments were not expected: {}"),
    kTypedMissing,
    N_("{}: At least {} required but received {}"),
    N_("{}: At Most {} required but received {}"),
    N_("Expected exactly {} arguments to {}, got {}"),
    N_("Could not convert: {} = {}"),
    N_("The value {} is not an allowed value for {}"),
    N_("{}: too many inputs for a flag"),
    N_("{}: Should be true/false or a number"),
    N_("{}: Value {} not in range {} to {}"),
    N_("{}: {} not in {}"),
    N_("{} requires {}"),
    N_("{} excludes {}"),
    N_("{} is required"),
};

// A message of kMessages as a regular expression: each {} one group.
std::regex pattern(std::string_view message) {
  std::string re;
  for (std::size_t i = 0; i < message.size(); ++i) {
    if (message.substr(i, 2) == "{}") {
      re += "(.+?)";
      ++i;
    } else if (std::string_view(R"(\^$.|?*+()[]{}/)").find(message[i]) != std::string_view::npos) {
      re += '\\';
      re += message[i];
    } else {
      re += message[i];
    }
  }
  return std::regex(re);
}

// A subcommand makes its -h/--help before it takes its parent's option group: put it in the
// translated group ("Opties") of the other options.
void help_group(CLI::App& app, const std::string& group) {
  if (CLI::Option* help = app.get_help_ptr()) help->group(group);
  for (CLI::App* sub : app.get_subcommands({})) help_group(*sub, group);
}

}  // namespace

void translate_help(CLI::App& app, const std::string& version) {
  app.formatter(std::make_shared<Formatter>());
  app.group(tr("Subcommands"));
  app.option_defaults()->group(tr("Options"));
  app.set_help_flag("-h,--help", tr("Print this help message and exit"));
  app.set_version_flag("--version", version, tr("Display program version information and exit"));
  // Before parsing, every subcommand exists.
  app.preparse_callback([&app](std::size_t) { help_group(app, tr("Options")); });
}

std::string parse_error_text(const CLI::ParseError& e) {
  std::string text = e.what();
  std::smatch m;
  for (const char* message : kMessages) {
    if (!std::regex_match(text, m, pattern(message))) continue;
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (std::size_t i = 1; i < m.size(); ++i) args.push_back(message == kTypedMissing && i == 3 ? shown_type(m[i].str()) : m[i].str());
    text = fmt::vformat(tr(message), args);
    break;
  }
  // A positional's errors start with its name ("YEAR: ..."): the name people read in --help.
  if (const std::size_t colon = text.find(": "); colon != std::string::npos)
    text.replace(0, colon, shown_positional(text.substr(0, colon)));
  return text;
}

}  // namespace mbov::cli
