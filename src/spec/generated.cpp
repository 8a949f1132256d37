#include "spec/generated.hpp"

#include "core/text.hpp"

namespace cpcost {

std::optional<Generated> generated_named(std::string_view name) {
  for (const auto& spec : kGenerated) {
    if (equal_ignoring_case(name, spec.name)) return spec.what;
  }
  return std::nullopt;
}

std::string generated_names() {
  std::string names;
  for (const auto& spec : kGenerated) names += (names.empty() ? "" : ", ") + std::string(spec.name);
  return names;
}

}  // namespace cpcost
