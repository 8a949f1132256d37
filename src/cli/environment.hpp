#pragma once
// The environment, read once: the variables cpcost looks at and whether
// standard output is a terminal. What they mean is app/settings' to resolve.

#include <string>
#include <string_view>

#include "core/dates.hpp"

namespace cpcost {

struct Environment {
  std::string no_color;         // NO_COLOR: no colour when set and not empty (no-color.org)
  std::string lc_all, lc_ctype, lang;  // the locale: Unicode or ASCII
  std::string columns;          // COLUMNS: the terminal's width
  std::string today;            // CPCOST_TODAY: a fixed date, for tests and reproducible reports
  std::string data;             // CPCOST_DATA: a data directory
  std::string config;           // CPCOST_CONFIG: a config file
  std::string xdg_config_home;  // where the config file is looked for
  std::string home;
  bool stdout_is_terminal = false;
  int terminal_columns = 0;         // standard output's window width (TIOCGWINSZ); 0: not a terminal
  bool stderr_is_terminal = false;  // where a long batch shows its progress
  Date clock_today;             // the local date, when CPCOST_TODAY does not fix one

  // The variable an option may be set in (OptionSpec::env); empty for another name.
  const std::string& variable(std::string_view name) const;
};

Environment read_environment();

}  // namespace cpcost
