#include <fmt/format.h>

#include "report/csv.hpp"
#include "report/footnotes.hpp"
#include "report/json_document.hpp"
#include "report/markdown.hpp"
#include "report/render.hpp"
#include "report/text_table.hpp"

namespace cpcost {

namespace {

std::string render_checklist_table(const Checklist& checklist, const RenderOptions& options) {
  const Styler style(options.color);
  const auto width = static_cast<std::size_t>(std::max(options.width, 40));
  std::string out = style(Styler::bold, checklist.title) + "\n\n";
  for (std::size_t i = 0; i < checklist.items.size(); ++i) {
    const ChecklistItem& item = checklist.items[i];
    out += style(Styler::bold, fmt::format("[ ] {}. {}", i + 1, item.name)) + "\n";
    for (const auto& line : wrap(item.detail, width, "    ")) out += line + "\n";
    out += "\n";
  }
  if (!options.quiet) {
    for (const auto& line : wrap("Source: " + describe_provenance(checklist.provenance), width)) out += line + "\n";
  }
  return out;
}

std::string render_checklist_markdown(const Checklist& checklist, const RenderOptions& options) {
  std::string out = "## " + markdown_escape(checklist.title) + "\n\n";
  for (const auto& item : checklist.items) {
    out += fmt::format("- [ ] **{}**: {}\n", markdown_escape(item.name), markdown_escape(item.detail));
  }
  if (!options.quiet) out += "\n*Source: " + markdown_escape(describe_provenance(checklist.provenance)) + "*\n";
  return out;
}

toml::table checklist_document(const Checklist& checklist) {
  toml::array items;
  for (std::size_t i = 0; i < checklist.items.size(); ++i) {
    items.push_back(toml::table{{"number", static_cast<std::int64_t>(i + 1)},
                                {"name", checklist.items[i].name},
                                {"detail", checklist.items[i].detail}});
  }
  toml::table document{{"schema_version", kJsonSchemaVersion},
                       {"kind", "checklist"},
                       {"title", checklist.title},
                       {"items", std::move(items)},
                       {"source", checklist.provenance.source},
                       {"as_of", checklist.provenance.as_of}};
  return document;
}

std::string render_checklist_csv(const Checklist& checklist) {
  std::string out = csv_record({"number", "name", "detail"});
  for (std::size_t i = 0; i < checklist.items.size(); ++i) {
    out += csv_record({std::to_string(i + 1), checklist.items[i].name, checklist.items[i].detail});
  }
  return out;
}

}  // namespace

std::string render(const Checklist& checklist, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::json:
      return to_json(checklist_document(checklist));
    case Format::jsonl:
      return to_json_line(checklist_document(checklist)) + "\n";
    case Format::csv:
      return render_checklist_csv(checklist);
    case Format::markdown:
      return render_checklist_markdown(checklist, options);
    case Format::table:
    case Format::html:  // no page (render.hpp)
      break;
  }
  return render_checklist_table(checklist, options);
}

}  // namespace cpcost
