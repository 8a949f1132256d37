#include "report/render.hpp"

namespace cpcost {

std::string render(const Estimate& estimate, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::table:
      return render_table(estimate, options);
    case Format::json:
      return render_json(estimate, options);
    case Format::jsonl:
      return render_json_line(estimate, options);
    case Format::csv:
      return render_csv(estimate, options);
    case Format::markdown:
      return render_markdown(estimate, options);
    case Format::html:
      return render_html(estimate, options);
  }
  return render_table(estimate, options);
}

}  // namespace cpcost
