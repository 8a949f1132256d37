#include "cli/environment.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>

namespace cpcost {

namespace {

std::string variable_named(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

}  // namespace

const std::string& Environment::variable(std::string_view name) const {
  static const std::string none;
  if (name == "CPCOST_DATA") return data;
  if (name == "CPCOST_CONFIG") return config;
  return none;
}

Environment read_environment() {
  Environment environment;
  environment.no_color = variable_named("NO_COLOR");
  environment.lc_all = variable_named("LC_ALL");
  environment.lc_ctype = variable_named("LC_CTYPE");
  environment.lang = variable_named("LANG");
  environment.columns = variable_named("COLUMNS");
  environment.today = variable_named("CPCOST_TODAY");
  environment.data = variable_named("CPCOST_DATA");
  environment.config = variable_named("CPCOST_CONFIG");
  environment.xdg_config_home = variable_named("XDG_CONFIG_HOME");
  environment.home = variable_named("HOME");
  environment.stdout_is_terminal = isatty(STDOUT_FILENO) == 1;
  environment.stderr_is_terminal = isatty(STDERR_FILENO) == 1;
  winsize window{};
  if (environment.stdout_is_terminal && ioctl(STDOUT_FILENO, TIOCGWINSZ, &window) == 0) {
    environment.terminal_columns = window.ws_col;
  }
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  environment.clock_today = {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
  return environment;
}

}  // namespace cpcost
