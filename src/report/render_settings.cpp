#include <fmt/format.h>

#include "core/text.hpp"
#include "report/csv.hpp"
#include "report/json_document.hpp"
#include "report/markdown.hpp"
#include "report/render.hpp"
#include "report/text_table.hpp"

namespace cpcost {

std::string render(const std::vector<SettingRow>& settings, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::json:
    case Format::jsonl: {
      toml::array rows;
      for (const auto& s : settings) rows.push_back(toml::table{{"name", s.name}, {"value", s.value}, {"from", s.origin}});
      toml::table document{{"schema_version", kJsonSchemaVersion}, {"kind", "settings"}, {"settings", std::move(rows)}};
      return format == Format::json ? to_json(document) : to_json_line(document) + "\n";
    }
    case Format::csv: {
      std::string out = csv_record({"name", "value", "from"});
      for (const auto& s : settings) out += csv_record({s.name, s.value, s.origin});
      return out;
    }
    case Format::markdown: {
      std::string out = "| Setting | Value | From |\n|:--|:--|:--|\n";
      for (const auto& s : settings) {
        out += fmt::format("| {} | {} | {} |\n", markdown_escape(s.name), markdown_escape(s.value), markdown_escape(s.origin));
      }
      return out;
    }
    case Format::table:
    case Format::html:  // no page (render.hpp)
      break;
  }
  const Styler style(options.color);
  TextTable table({Align::left, Align::left, Align::left});
  table.add_row({"Setting", "Value", "From"});
  for (const auto& s : settings) table.add_row({s.name, s.value, s.origin});
  std::string out;
  const auto lines = table.lines();
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i == 0 ? style(Styler::bold, lines[i]) : lines[i]) + "\n";
  return out;
}

std::string render(const ValidationReport& report, Format format, const RenderOptions&) {
  auto where = [](const ValidationReport::Finding& p) {
    std::string text = p.path;
    if (p.line > 0) text += ":" + std::to_string(p.line) + (p.column > 0 ? ":" + std::to_string(p.column) : "");
    return text;
  };
  switch (format) {
    case Format::json:
    case Format::jsonl: {
      toml::array problems, files;
      for (const auto& p : report.problems) {
        problems.push_back(toml::table{{"path", p.path}, {"line", p.line}, {"column", p.column}, {"message", p.message}});
      }
      for (const auto& f : report.files) files.push_back(f);
      toml::table document{{"schema_version", kJsonSchemaVersion}, {"kind", "validation"},
                           {"files", std::move(files)}, {"problems", std::move(problems)}};
      return format == Format::json ? to_json(document) : to_json_line(document) + "\n";
    }
    case Format::csv: {
      std::string out = csv_record({"path", "line", "column", "message"});
      for (const auto& p : report.problems) {
        out += csv_record({p.path, std::to_string(p.line), std::to_string(p.column), p.message});
      }
      return out;
    }
    case Format::markdown:
    case Format::table:
    case Format::html:  // no page (render.hpp)
      break;
  }
  std::string out;
  for (const auto& p : report.problems) out += message_line(where(p) + ": " + p.message) + "\n";
  const std::size_t files = report.files.size();
  out += report.problems.empty()
             ? fmt::format("{} file{} checked: no problems.\n", files, files == 1 ? "" : "s")
             : fmt::format("{} problem{} in {} file{} checked.\n", report.problems.size(),
                           report.problems.size() == 1 ? "" : "s", files, files == 1 ? "" : "s");
  return out;
}

}  // namespace cpcost
