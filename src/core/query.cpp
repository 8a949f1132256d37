#include "core/query.hpp"

namespace cpcost {

void Overrides::set(std::string_view item, const MoneyRange& figure) {
  for (auto& [id, existing] : figures_) {
    if (id == item) {
      existing = figure;
      return;
    }
  }
  figures_.emplace_back(item, figure);
}

}  // namespace cpcost
