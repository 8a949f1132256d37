#include "spec/formats.hpp"

#include "core/text.hpp"

namespace cpcost {

const FormatSpec& spec_of(Format format) {
  for (const auto& spec : kFormats) {
    if (spec.format == format) return spec;
  }
  return kFormats.front();
}

std::string_view name_of(Format format) { return spec_of(format).name; }

std::optional<Format> format_named(std::string_view name) {
  for (const auto& spec : kFormats) {
    if (equal_ignoring_case(name, spec.name)) return spec.format;
  }
  return std::nullopt;
}

std::optional<Format> format_of_path(std::string_view path) {
  const auto dot = path.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const std::string_view extension = path.substr(dot);
  for (const auto& spec : kFormats) {
    for (const auto known : spec.extensions) {
      if (!known.empty() && equal_ignoring_case(extension, known)) return spec.format;
    }
  }
  return std::nullopt;
}

std::string format_names() {
  std::string names;
  for (const auto& spec : kFormats) names += (names.empty() ? "" : ", ") + std::string(spec.name);
  return names;
}

std::string format_extensions() {
  std::string text;
  for (std::size_t i = 0; i < kFormats.size(); ++i) {
    text += (i == 0 ? "" : i + 1 == kFormats.size() ? " or " : ", ") + std::string(kFormats[i].extensions[0]);
  }
  return text;
}

}  // namespace cpcost
