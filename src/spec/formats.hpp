#pragma once
// The output formats, defined once: their names, the file extensions that ask
// for them, whether they are for people or for scripts, and which commands give
// them. The command line, the config file, --output's extension, cpcost config
// and the help read this.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "spec/commands.hpp"

namespace cpcost {

enum class Format { table, json, jsonl, csv, markdown, html };

struct FormatSpec {
  Format format;
  std::string_view name;                     // as typed: --format NAME, format = "NAME"
  std::array<std::string_view, 2> extensions;  // of an --output file that asks for it; the first is shown
  bool machine;                              // stable and versioned, for scripts (README, "JSON and CSV")
  Commands commands;                         // that give it
};

namespace format_detail {
using enum Command;
inline constexpr Commands kAll{estimate, compare, countries, show, checklist, batch, diff, config, validate, plan};
// A page holds one result: an estimate (not a sweep's rows), a comparison (not a sweep's), a plan.
inline constexpr Commands kPages{estimate, compare, plan};
}  // namespace format_detail

inline constexpr std::array<FormatSpec, 6> kFormats = {{
    {Format::table, "table", {".txt", ""}, false, format_detail::kAll},
    {Format::json, "json", {".json", ""}, true, format_detail::kAll},
    {Format::jsonl, "jsonl", {".jsonl", ".ndjson"}, true, format_detail::kAll},
    {Format::csv, "csv", {".csv", ""}, true, format_detail::kAll},
    {Format::markdown, "markdown", {".md", ".markdown"}, false, format_detail::kAll},
    {Format::html, "html", {".html", ".htm"}, false, format_detail::kPages},
}};

const FormatSpec& spec_of(Format format);
std::string_view name_of(Format format);
// The format called name, in any case ("JSON" is json).
std::optional<Format> format_named(std::string_view name);
// The format an output file's extension asks for, in any case; empty when none does.
std::optional<Format> format_of_path(std::string_view path);
// "table, json, jsonl, csv, markdown, html".
std::string format_names();
// ".txt, .json, .jsonl, .csv, .md or .html".
std::string format_extensions();

}  // namespace cpcost
