#include "app/info.hpp"

#include <fmt/format.h>

#include "app/settings.hpp"
#include "data/bundled_catalog.hpp"
#include "report/help_page.hpp"
#include "report/text_table.hpp"

namespace cpcost {

namespace {

// "cpcost 0.1.0", and how old the data compiled into it is (worked out when it was compiled in).
std::string version_text() {
  const BundledFacts facts = bundled_facts();
  return fmt::format("cpcost {}\nbundled data: {} destinations, figures dated {} (oldest) to {} (newest)\n",
                     CPCOST_VERSION, facts.destinations, facts.oldest, facts.newest);
}

}  // namespace

std::string info_text(const ParsedArgs& parsed, const Environment& environment) {
  if (parsed.info == Info::version) return version_text();
  return help_page(parsed.help_for, layout_width(output_width(environment, environment.stdout_is_terminal)));
}

}  // namespace cpcost
