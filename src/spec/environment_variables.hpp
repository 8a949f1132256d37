#pragma once
// The environment variables cpcost reads, defined once: the environment is read
// by these names (cli/environment.cpp), and the help lists them from here.

#include <array>
#include <string_view>

namespace cpcost {

enum class EnvironmentVariable { data, config, today, no_color, columns, xdg_config_home, home, lc_all, lc_ctype, lang };

struct EnvironmentVariableSpec {
  EnvironmentVariable variable;
  std::string_view name;
  std::string_view help;  // empty: read, but not worth a line in the help (HOME)
};

inline constexpr std::array<EnvironmentVariableSpec, 10> kEnvironmentVariables = {{
    {EnvironmentVariable::data, "CPCOST_DATA", "a data directory, as --data"},
    {EnvironmentVariable::config, "CPCOST_CONFIG", "a config file, as --config"},
    {EnvironmentVariable::today, "CPCOST_TODAY",
     "today's date (YYYY-MM-DD), for reproducible reports: the age of figures counts from it"},
    {EnvironmentVariable::no_color, "NO_COLOR", "no colour when set and not empty (no-color.org)"},
    {EnvironmentVariable::columns, "COLUMNS", "the width to lay out at when standard output is not a terminal"},
    {EnvironmentVariable::xdg_config_home, "XDG_CONFIG_HOME",
     "where the config file is looked for: $XDG_CONFIG_HOME/cpcost/config.toml (else ~/.config/cpcost)"},
    {EnvironmentVariable::home, "HOME", ""},
    {EnvironmentVariable::lc_all, "LC_ALL", "the locale (also LC_CTYPE, LANG): not UTF-8 means plain ASCII output"},
    {EnvironmentVariable::lc_ctype, "LC_CTYPE", ""},
    {EnvironmentVariable::lang, "LANG", ""},
}};

constexpr std::string_view name_of(EnvironmentVariable variable) {
  for (const auto& spec : kEnvironmentVariables) {
    if (spec.variable == variable) return spec.name;
  }
  return {};
}

}  // namespace cpcost
