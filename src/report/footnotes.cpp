#include "report/footnotes.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "report/markdown.hpp"
#include "report/text_table.hpp"

namespace cpcost {

Footnotes::Footnotes(const Estimate& estimate) {
  for (const auto& line : estimate.lines) add(*line.provenance);
  for (const auto& advisory : estimate.destination->advisories) add(advisory.provenance);
  for (const EntryRule* rule : estimate.entry_rules) add(rule->provenance);
}

void Footnotes::add(const Provenance& provenance) {
  const bool seen = std::any_of(notes_.begin(), notes_.end(), [&](const Provenance* note) { return *note == provenance; });
  if (!seen) notes_.push_back(&provenance);
}

int Footnotes::number_of(const Provenance& provenance) const {
  const auto found = std::find_if(notes_.begin(), notes_.end(), [&](const Provenance* note) { return *note == provenance; });
  return static_cast<int>(found - notes_.begin()) + 1;
}

std::string sources_section(const Footnotes& footnotes, bool color, std::size_t width) {
  const Styler style(color);
  const auto& notes = footnotes.notes();
  const std::size_t number_width = fmt::format("[{}]", notes.size()).size();
  std::string out = "Sources:\n";
  for (std::size_t i = 0; i < notes.size(); ++i) {
    // Each source wrapped under its own text, the numbers standing out on the left.
    const std::string number = fmt::format("{:>{}} ", fmt::format("[{}]", i + 1), number_width);
    const std::string text = hanging(number, describe_provenance(*notes[i]), width, number_width + 1);
    std::size_t at = 0;
    while (at < text.size()) {
      const std::size_t end = text.find('\n', at);
      out += style(Styler::dim, text.substr(at, end - at)) + "\n";
      at = end + 1;
    }
  }
  return out;
}

std::string markdown_sources_section(const Footnotes& footnotes) {
  std::string out = "**Sources**\n\n";
  const auto& notes = footnotes.notes();
  for (std::size_t i = 0; i < notes.size(); ++i) {
    out += fmt::format("{}. {}\n", i + 1, markdown_escape(describe_provenance(*notes[i])));
  }
  return out;
}

std::string describe_provenance(const Provenance& provenance) {
  if (provenance.yours) {
    return "Yours: " + provenance.source + (provenance.as_of.empty() ? "" : " (" + provenance.as_of + ")");
  }
  // The date once: a source that already ends with it keeps it where it is.
  const std::string dated = "(" + provenance.as_of + ")";
  std::string cited = provenance.source;
  if (!provenance.as_of.empty() && !cited.ends_with(dated)) cited += cited.empty() ? provenance.as_of : " " + dated;
  if (!provenance.assumption) return cited;
  std::string text = "Assumption: " + provenance.reason;
  if (provenance.source.empty()) {
    // Dated data named only in the reason: its date, not a source.
    return provenance.as_of.empty() ? text : text + " (data as of " + provenance.as_of + ")";
  }
  return text + (text.back() == '.' ? " " : ". ") + "Derived from: " + cited;
}

}  // namespace cpcost
