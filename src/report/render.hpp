#pragma once
// Estimate -> text in one of the output formats. Renderers only arrange what
// the estimate holds; they compute nothing of the cost model.

#include <string>
#include <string_view>
#include <vector>

#include "core/compare.hpp"
#include "core/dates.hpp"
#include "core/estimate.hpp"
#include "core/plan.hpp"
#include "core/result_diff.hpp"
#include "core/setting_rows.hpp"
#include "core/validation_report.hpp"
#include "spec/formats.hpp"
#include "spec/render_options.hpp"

namespace cpcost {

std::string render_table(const Estimate& estimate, const RenderOptions& options);
std::string render_json(const Estimate& estimate, const RenderOptions& options);
std::string render_json_line(const Estimate& estimate, const RenderOptions& options);
std::string render_csv(const Estimate& estimate, const RenderOptions& options);
std::string render_markdown(const Estimate& estimate, const RenderOptions& options);
// One self-contained page: inline style and chart, nothing loaded, the disclaimer even with --quiet.
std::string render_html(const Estimate& estimate, const RenderOptions& options);

std::string render(const Estimate& estimate, Format format, const RenderOptions& options);

// cpcost compare: one row per destination, and in the table and HTML a range chart.
std::string render(const Comparison& comparison, Format format, const RenderOptions& options);

// cpcost plan: the most each destination's plan may be within a budget.
std::string render(const Plan& plan, Format format, const RenderOptions& options);

// The commands below have no HTML page: settings refuse --format html for them,
// and a config file's html passes them by. Asked for html all the same, they
// give their table.

// cpcost countries: every destination, its aliases, cycle price and considerations.
std::string render(const Catalog& catalog, Format format, const RenderOptions& options);

// cpcost show: every figure about one destination, with its provenance and age.
std::string render(const Destination& destination, Format format, const RenderOptions& options);

// cpcost diff: what changed between two saved results.
std::string render(const ResultDiff& diff, Format format, const RenderOptions& options);

// cpcost config: each setting in effect, and where it comes from.
std::string render(const std::vector<SettingRow>& settings, Format format, const RenderOptions& options);

// cpcost validate: every problem, as path:line:col: what is wrong.
std::string render(const ValidationReport& report, Format format, const RenderOptions& options);

// cpcost checklist: the guide's checklist, a box per item.
std::string render(const Checklist& checklist, Format format, const RenderOptions& options);

}  // namespace cpcost
