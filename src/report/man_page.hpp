#pragma once
// cpcost(1), the man page, built from the tables of spec/ (commands, options,
// formats, exit codes, the environment): printed by cpcost --generate man.

#include <string>
#include <string_view>

namespace cpcost {

// The page in roff, with the man(7) macros.
std::string man_page(std::string_view version);

// text as a line of roff input: a backslash as \e, every hyphen as \- (names
// are typed as printed: --output, north-america), any other character than
// ASCII as \[uXXXX], newlines as spaces, and a leading '.' or '\'' made text.
std::string roff_text(std::string_view text);

}  // namespace cpcost
