#pragma once
// What --generate prints, defined once: the man page and each shell's
// completion script, all built from the tables of spec/.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cpcost {

enum class Generated : std::uint8_t { man, complete_bash, complete_zsh, complete_fish };

struct GeneratedSpec {
  Generated what;
  std::string_view name;  // as typed: --generate NAME
};

inline constexpr std::array<GeneratedSpec, 4> kGenerated = {{
    {Generated::man, "man"},
    {Generated::complete_bash, "complete-bash"},
    {Generated::complete_zsh, "complete-zsh"},
    {Generated::complete_fish, "complete-fish"},
}};

// The output called name, in any case.
std::optional<Generated> generated_named(std::string_view name);
// "man, complete-bash, complete-zsh, complete-fish".
std::string generated_names();

}  // namespace cpcost
