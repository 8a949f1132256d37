#include "app/settings.hpp"

#include <charconv>
#include <filesystem>

#include "core/query_input.hpp"
#include "core/text.hpp"
#include "data/load_config.hpp"
#include "report/format_money.hpp"
#include "spec/manual.hpp"
#include "spec/query_options.hpp"
#include "spec/sort_keys.hpp"

namespace cpcost {

namespace {

// One option's value as resolved: where it came from.
struct Chosen {
  std::vector<std::string> values;
  std::string origin;  // for cpcost config
  std::optional<SourcePosition> where;  // in the config file
};

// The file --output names: none without it, nor for -o - (standard output, as
// a file operand's "-"); an empty path is a usage error, not a file to fail on.
std::optional<std::string> output_file(const CommandLine& line) {
  const GivenOption* output = line.find(OptionId::output);
  if (!output) return std::nullopt;
  const std::string& path = output->values.front();
  if (path.empty()) throw Error(ErrorKind::usage, "--output: an empty path (give a file name, or - for standard output)");
  if (path == "-") return std::nullopt;
  return path;
}

std::optional<Chosen> choose(const OptionSpec& option, const CommandLine& line, const Environment& environment,
                             const Config& config) {
  if (const GivenOption* given = line.find(option.id)) return Chosen{given->values, std::string(option.name()), {}};
  // An output file's extension says the format, when --format does not.
  if (const auto output = output_file(line); output && option.id == OptionId::format) {
    const std::string& path = *output;
    const auto format = format_of_path(path);
    if (!format) {
      throw Error(ErrorKind::usage, "--output: cannot tell the format of '" + path + "' (use " + format_extensions() +
                                        ", or give --format)");
    }
    return Chosen{{std::string(name_of(*format))}, "--output", {}};
  }
  if (!option.env.empty() && !environment.variable(option.env).empty()) {
    return Chosen{{environment.variable(option.env)}, std::string(option.env), {}};
  }
  if (const ConfigSetting* setting = config.find(option.id)) {
    return Chosen{{setting->value},
                  "config file " + setting->where.path + ":" + std::to_string(setting->where.line),
                  setting->where};
  }
  return std::nullopt;
}

// A value as cpcost config shows it: canonical, or "(several)" for a sweep.
std::string shown(const OptionSpec& option, const std::string& text) {
  switch (option.kind) {
    case ValueKind::counts: {
      const auto values = parse_number_sweep(text, option.low, option.high).value;
      return values.size() == 1 ? std::to_string(values.front()) : "(several)";
    }
    case ValueKind::origins: {
      const auto values = parse_origin_sweep(text).value;
      return values.size() == 1 ? values.front() : "(several)";
    }
    case ValueKind::currency:
      return parse_currency_code(text).value;
    case ValueKind::format:
      return std::string(name_of(*format_named(text)));
    case ValueKind::percent:
      return format_percent(parse_percent(text).value);
    default:
      return text;
  }
}

// The one place each option's value becomes a setting.
void apply(Settings& settings, const OptionSpec& option, const std::vector<std::string>& values) {
  const std::string& value = values.empty() ? std::string() : values.front();
  switch (option.id) {
    case OptionId::countries:
      settings.countries = parse_name_list(value).value;
      break;
    case OptionId::sort:
      settings.sort = *sort_key_named(value);
      break;
    case OptionId::confidence:
      settings.confidence_percent = parse_whole_number(value, option.low, option.high).value;
      break;
    case OptionId::rate:
      settings.rate_micros = parse_rate_per_usd(value).value;
      break;
    case OptionId::only_fits:
      settings.only_fits = true;
      break;
    case OptionId::items:
      settings.items = true;
      break;
    case OptionId::max_rows:
      settings.max_rows = static_cast<std::uint64_t>(parse_whole_number(value, option.low, option.high).value);
      break;
    case OptionId::keep_going:
      settings.keep_going = true;
      break;
    case OptionId::quote:
      settings.quotes = values;
      break;
    case OptionId::format:
      settings.format = *format_named(value);
      settings.format_given = true;
      break;
    case OptionId::output:
      if (value != "-") settings.output = value;
      break;
    case OptionId::quiet:
      settings.render.quiet = true;
      break;
    case OptionId::no_color:
    case OptionId::ascii:
    case OptionId::config:
      break;  // read with the environment, or before every other
    case OptionId::data:
      settings.data_dir = value;
      break;
    default:
      apply_query_option(settings.sweep, option.id, value);  // checked where it was given
      break;
  }
}

// The locale's character set, as setlocale would choose it: the first of
// LC_ALL, LC_CTYPE and LANG that is set.
bool utf8_locale(const Environment& environment) {
  for (const std::string* variable : {&environment.lc_all, &environment.lc_ctype, &environment.lang}) {
    const std::string locale = ascii_lowercase(*variable);
    if (!locale.empty()) return locale.find("utf-8") != std::string::npos || locale.find("utf8") != std::string::npos;
  }
  return false;
}

Date today(const Environment& environment) {
  if (environment.today.empty()) return environment.clock_today;
  if (environment.today.size() == 10) {
    if (const auto date = parse_as_of(environment.today)) return *date;
  }
  throw Error(ErrorKind::usage, "CPCOST_TODAY: '" + environment.today + "' is not a date (YYYY-MM-DD)");
}

// to_terminal: the report goes to the terminal; one written with -o goes to a
// file, and never has colour.
RenderOptions render_options(const CommandLine& line, const Environment& environment, bool quiet, bool to_terminal) {
  RenderOptions options;
  options.color = !line.has(OptionId::no_color) && environment.no_color.empty() && to_terminal;
  options.quiet = quiet;
  options.unicode = !line.has(OptionId::ascii) && utf8_locale(environment);
  options.width = output_width(environment, to_terminal);
  options.today = today(environment);
  return options;
}

// The config file: named by --config or CPCOST_CONFIG (then it must exist), or
// in its default place (then it may not).
Config read_config_file(Settings& settings, const CommandLine& line, const Environment& environment) {
  std::string origin = "default location";
  bool named = true;
  if (const GivenOption* given = line.find(OptionId::config)) {
    settings.config_path = given->values.front();
    origin = "--config";
  } else if (!environment.config.empty()) {
    settings.config_path = environment.config;
    origin = "CPCOST_CONFIG";
  } else {
    named = false;
    const std::string file(kConfigFile);
    if (!environment.xdg_config_home.empty()) settings.config_path = environment.xdg_config_home + "/" + file;
    else if (!environment.home.empty()) settings.config_path = environment.home + "/.config/" + file;
  }
  Config config;
  std::error_code error;
  if (!settings.config_path.empty() && (named || std::filesystem::exists(settings.config_path, error))) {
    config = load_config(settings.config_path);  // a named file that is missing is an error
    settings.config_found = true;
  }
  settings.rows.push_back({"config", settings.config_path.empty() ? "(none)" : settings.config_path,
                           origin + (settings.config_found ? "" : " (not found)")});
  return config;
}

// What cannot give the format asked for ("cpcost countries", "a sweep"), or
// nothing when it can. An HTML page holds one result (spec/formats.hpp): a
// sweep's rows have none.
std::string without_format(const Settings& settings) {
  if (!spec_of(settings.format).commands.has(settings.command)) {
    return "cpcost " + std::string(spec_of(settings.command).name);
  }
  const bool sweep = (settings.command == Command::estimate && settings.sweep.is_sweep()) ||
                     (settings.command == Command::compare && settings.sweep.sweeps_options());
  return settings.format == Format::html && sweep ? "a sweep" : "";
}

}  // namespace

// The width to lay out at: the terminal's own, when the report goes to it;
// else COLUMNS (a pipe or a file may say how wide it wants), else 80.
int output_width(const Environment& environment, bool to_terminal) {
  if (to_terminal && environment.terminal_columns > 0) return environment.terminal_columns;
  const std::string& columns = environment.columns;
  int width = 0;
  const auto [end, error] = std::from_chars(columns.data(), columns.data() + columns.size(), width);
  return error == std::errc() && end == columns.data() + columns.size() && width > 0 ? width : 80;
}


Settings resolve_settings(const CommandLine& line, const Environment& environment) {
  Settings settings;
  settings.command = line.command;
  output_file(line);  // a mistake in the command line is reported before the config file is read
  const Config config = read_config_file(settings, line, environment);
  std::string format_origin;  // "--format", "--output", or the config file's line

  for (const auto& option : kOptions) {
    const bool settable = !option.config_key.empty();
    if (!option.commands.has(line.command) && !settable) continue;
    const std::optional<Chosen> chosen = choose(option, line, environment, config);
    if (!chosen) {
      if (settable) settings.rows.push_back({std::string(option.config_key), std::string(option.default_text), "built-in default"});
      continue;
    }
    apply(settings, option, chosen->values);
    if (option.id == OptionId::format) format_origin = chosen->origin;
    if (!settable) continue;
    settings.rows.push_back({std::string(option.config_key),
                             chosen->values.empty() ? std::string() : shown(option, chosen->values.front()),
                             chosen->origin});
    if (option.id == OptionId::currency) settings.currency_from_config = chosen->where;
  }

  const auto& operands = line.operands;
  auto operand = [&operands](std::size_t i) { return i < operands.size() ? operands[i] : std::string(); };
  switch (line.command) {
    case Command::show:
      settings.show_id = operand(0);
      break;
    case Command::batch:
      settings.batch_file = operand(0);
      break;
    case Command::diff:
      settings.diff_old = operand(0);
      settings.diff_new = operand(1);
      break;
    case Command::validate:
      settings.validate_paths = operands;
      break;
    default:
      break;
  }
  if (const std::string other = without_format(settings); !other.empty()) {
    // Asked for here, a mistake; in the config file, a preference where it applies, and the rest keep their default.
    if (format_origin == "--format" || format_origin == "--output") {
      throw Error(ErrorKind::usage, format_origin + ": " + std::string(name_of(settings.format)) +
                                        " is a page for one estimate, compare or plan, not for " + other +
                                        ": give another format");
    }
    settings.format = Format::table;
    settings.format_given = false;
  }
  settings.to_terminal = environment.stdout_is_terminal && !output_file(line);
  settings.render = render_options(line, environment, settings.render.quiet, settings.to_terminal);
  settings.progress = environment.stderr_is_terminal;
  return settings;
}

}  // namespace cpcost
