#include "app/generate.hpp"

#include "data/bundled_catalog.hpp"
#include "report/completions.hpp"
#include "report/man_page.hpp"

namespace cpcost {

std::string generate(Generated what) {
  switch (what) {
    case Generated::man:
      return man_page(CPCOST_VERSION);
    case Generated::complete_bash:
      return bash_completion(bundled_catalog());
    case Generated::complete_zsh:
      return zsh_completion(bundled_catalog());
    case Generated::complete_fish:
      return fish_completion(bundled_catalog());
  }
  return {};
}

}  // namespace cpcost
