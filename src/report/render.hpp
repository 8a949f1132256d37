#pragma once
// Estimate -> text in one of the output formats. Renderers only arrange what
// the estimate holds; they compute nothing of the cost model.

#include <string>
#include <string_view>
#include <vector>

#include "core/compare.hpp"
#include "core/dates.hpp"
#include "core/estimate.hpp"
#include "core/result_diff.hpp"

namespace cpcost {

enum class Format { table, json, jsonl, csv, markdown };

struct RenderOptions {
  bool color = false;    // ANSI styles, for a terminal
  bool quiet = false;    // no footnotes, no disclaimer
  bool unicode = false;  // Unicode symbols and blocks; ASCII otherwise
  int width = 80;        // terminal columns, for what must not wrap
  Date today;            // for the age of figures
};

std::string render_table(const Estimate& estimate, const RenderOptions& options);
std::string render_json(const Estimate& estimate);
std::string render_json_line(const Estimate& estimate);
std::string render_csv(const Estimate& estimate);
std::string render_markdown(const Estimate& estimate, const RenderOptions& options);

std::string render(const Estimate& estimate, Format format, const RenderOptions& options);

// cpcost compare: one row per destination, and in the table a range chart.
std::string render(const Comparison& comparison, Format format, const RenderOptions& options);

// cpcost countries: every destination, its aliases, cycle price and considerations.
std::string render(const Catalog& catalog, Format format, const RenderOptions& options);

// cpcost show: every figure about one destination, with its provenance and age.
std::string render(const Destination& destination, Format format, const RenderOptions& options);

// cpcost diff: what changed between two saved results.
std::string render(const ResultDiff& diff, Format format, const RenderOptions& options);

// cpcost config: each setting in effect, and where it comes from.
struct SettingRow {
  std::string name;
  std::string value;
  std::string origin;  // "--from", "CPCOST_DATA", "config file PATH:LINE", "built-in default"
};
std::string render(const std::vector<SettingRow>& settings, Format format, const RenderOptions& options);

// cpcost validate: every problem, as path:line:col: what is wrong.
struct ValidationReport {
  std::vector<std::string> files;  // checked
  struct Finding {
    std::string path;
    long line = 0;
    long column = 0;
    std::string message;
  };
  std::vector<Finding> problems;
};
std::string render(const ValidationReport& report, Format format, const RenderOptions& options);

// cpcost checklist: the guide's checklist, a box per item.
std::string render(const Checklist& checklist, Format format, const RenderOptions& options);

}  // namespace cpcost
