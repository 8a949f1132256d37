#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace cpcost {

// One thing wrong in a data file, and where.
struct Problem {
  SourcePosition where;
  std::string message;
};

using Problems = std::vector<Problem>;

// path:line:col of a byte offset in a file's text; columns count characters
// (UTF-8 code points), as toml++'s do. For the readers that find problems
// themselves: the nesting guard, the saved results' JSON.
inline SourcePosition position_at(const std::string& path, std::string_view text, std::size_t offset) {
  SourcePosition where{path, 1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

}  // namespace cpcost
