#pragma once
// What the terminal and the environment say about how to print: colour
// (a TTY, NO_COLOR, --no-color), Unicode (the locale, --ascii), the width
// (COLUMNS), and today's date (CPCOST_TODAY, else the clock).

#include "cli/parse_args.hpp"
#include "report/render.hpp"

namespace cpcost {

// Throws a usage Error for an unreadable CPCOST_TODAY.
RenderOptions render_options(const Invocation& invocation);

}  // namespace cpcost
