#include "cli/environment.hpp"

#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <ctime>
#include <string_view>

#include "core/error.hpp"
#include "core/text.hpp"

namespace cpcost {

namespace {

std::string_view variable(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

// The locale's character set, as setlocale would choose it: the first of
// LC_ALL, LC_CTYPE and LANG that is set.
bool utf8_locale() {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const std::string locale = ascii_lowercase(variable(name));
    if (!locale.empty()) return locale.find("utf-8") != std::string::npos || locale.find("utf8") != std::string::npos;
  }
  return false;
}

int terminal_width() {
  const std::string_view columns = variable("COLUMNS");
  int width = 0;
  const auto [end, error] = std::from_chars(columns.data(), columns.data() + columns.size(), width);
  return error == std::errc() && end == columns.data() + columns.size() && width > 0 ? width : 80;
}

Date today() {
  const std::string_view fixed = variable("CPCOST_TODAY");
  if (!fixed.empty()) {
    if (fixed.size() == 10) {
      if (const auto date = parse_as_of(fixed)) return *date;
    }
    throw Error(ErrorKind::usage, "CPCOST_TODAY: '" + std::string(fixed) + "' is not a date (YYYY-MM-DD)");
  }
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace

RenderOptions render_options(const Invocation& invocation) {
  RenderOptions options;
  // no-color.org: NO_COLOR counts when present and not empty.
  options.color = !invocation.no_color && variable("NO_COLOR").empty() && isatty(STDOUT_FILENO) == 1;
  options.quiet = invocation.quiet;
  options.unicode = !invocation.ascii && utf8_locale();
  options.width = terminal_width();
  options.today = today();
  return options;
}

}  // namespace cpcost
