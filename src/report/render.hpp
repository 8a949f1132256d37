#pragma once
// Estimate -> text in one of the output formats. Renderers only arrange what
// the estimate holds; they compute nothing of the cost model.

#include <string>
#include <string_view>

#include "core/estimate.hpp"

namespace cpcost {

enum class Format { table, json, csv, markdown };

struct RenderOptions {
  bool color = false;  // ANSI styles, for a terminal
  bool quiet = false;  // no footnotes, no disclaimer
};

std::string render_table(const Estimate& estimate, const RenderOptions& options);
std::string render_json(const Estimate& estimate);
std::string render_csv(const Estimate& estimate);
std::string render_markdown(const Estimate& estimate, const RenderOptions& options);

std::string render(const Estimate& estimate, Format format, const RenderOptions& options);

}  // namespace cpcost
