#include "app/info.hpp"

#include <fmt/format.h>

#include "app/settings.hpp"
#include "data/bundled_catalog.hpp"
#include "report/help_page.hpp"
#include "report/text_table.hpp"

namespace cpcost {

namespace {

// "cpcost 0.1.0", and how old the data compiled into it is.
std::string version_text() {
  const Catalog catalog = bundled_catalog();
  const AsOfSpan span = as_of_span(catalog);
  return fmt::format("cpcost {}\nbundled data: {} destinations, figures dated {} (oldest) to {} (newest)\n",
                     CPCOST_VERSION, catalog.destinations.size(), span.oldest, span.newest);
}

}  // namespace

std::string info_text(const ParsedArgs& parsed, const Environment& environment) {
  if (parsed.info == Info::version) return version_text();
  return help_page(parsed.help_for, layout_width(output_width(environment, environment.stdout_is_terminal)));
}

}  // namespace cpcost
