#pragma once
// How a report is to look, resolved from the options and the terminal: what
// every renderer reads, and what the command line may know of without them.

#include "core/dates.hpp"

namespace cpcost {

struct RenderOptions {
  bool color = false;    // ANSI styles, for a terminal
  bool quiet = false;    // no footnotes, no disclaimer
  bool unicode = false;  // Unicode symbols and blocks; ASCII otherwise
  int width = 80;        // terminal columns, for what must not wrap
  Date today;            // for the age of figures
};

}  // namespace cpcost
