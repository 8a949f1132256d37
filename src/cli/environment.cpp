#include "cli/environment.hpp"

#include "spec/environment_variables.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>

namespace cpcost {

namespace {

std::string variable_named(EnvironmentVariable variable) {
  const char* value = std::getenv(std::string(name_of(variable)).c_str());
  return value ? value : "";
}

}  // namespace

const std::string& Environment::variable(std::string_view name) const {
  static const std::string none;
  if (name == name_of(EnvironmentVariable::data)) return data;
  if (name == name_of(EnvironmentVariable::config)) return config;
  return none;
}

Environment read_environment() {
  Environment environment;
  environment.no_color = variable_named(EnvironmentVariable::no_color);
  environment.lc_all = variable_named(EnvironmentVariable::lc_all);
  environment.lc_ctype = variable_named(EnvironmentVariable::lc_ctype);
  environment.lang = variable_named(EnvironmentVariable::lang);
  environment.columns = variable_named(EnvironmentVariable::columns);
  environment.today = variable_named(EnvironmentVariable::today);
  environment.data = variable_named(EnvironmentVariable::data);
  environment.config = variable_named(EnvironmentVariable::config);
  environment.xdg_config_home = variable_named(EnvironmentVariable::xdg_config_home);
  environment.home = variable_named(EnvironmentVariable::home);
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
