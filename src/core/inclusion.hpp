#pragma once
// What a clinic's package may include, by the names a quote file uses. The
// cost item table says which line each inclusion covers.

#include <array>
#include <optional>
#include <string_view>

namespace cpcost {

enum class Inclusion {
  accommodation,
  airport_transfers,
  local_transport,
  meals,
  rehabilitation,
  translation,
  consultation,
  diagnostics,
};

inline constexpr std::array<std::string_view, 8> kInclusionNames = {
    "accommodation", "airport-transfers", "local-transport", "meals",
    "rehabilitation", "translation",       "consultation",    "diagnostics"};

std::string_view name_of(Inclusion inclusion);
std::optional<Inclusion> inclusion_named(std::string_view name);

}  // namespace cpcost
