#pragma once

#include <string>
#include <string_view>

namespace cpcost {

// Backslash-escapes what Markdown (CommonMark, GFM, pandoc) would read as
// markup: emphasis, code, links, HTML, table pipes, headings, and pandoc's $
// for mathematics. Line breaks become spaces, so a cell stays one cell.
std::string markdown_escape(std::string_view text);

}  // namespace cpcost
