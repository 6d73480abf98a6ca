#include "report/svg.hpp"

#include <fmt/format.h>

#include <algorithm>

#include <mbov/core/i18n.hpp>
#include "core/text.hpp"

namespace mbov::report {
namespace {

// Colours that stay apart for colour-blind readers (Okabe-Ito), in series order.
constexpr const char* palette[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"};

const char* status_colour(DeadlineStatus status) {
  switch (status) {
    case DeadlineStatus::overdue: return "#D55E00";
    case DeadlineStatus::soon: return "#E69F00";
    case DeadlineStatus::later: break;
  }
  return "#0072B2";
}

std::string open_svg(int width, int height, std::string_view title) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
      "font-family=\"sans-serif\" font-size=\"12\"><title>{2}</title>\n"
      "<text x=\"0\" y=\"16\" font-size=\"15\" font-weight=\"bold\">{2}</text>\n",
      width, height, html_escape(title));
}

}  // namespace

std::string stacked_bars(std::string_view title, const std::vector<std::string>& labels,
                         const std::vector<std::string>& series, const std::vector<std::vector<long>>& values) {
  const int left = 40, top = 56, plot_h = 220, bar_w = 44, gap = 16;
  const int width = left + static_cast<int>(labels.size()) * (bar_w + gap) + 20, height = top + plot_h + 50;
  long max_total = 1;
  for (const auto& bar : values) {
    long total = 0;
    for (long v : bar) total += v;
    max_total = std::max(max_total, total);
  }
  std::string svg = open_svg(width, height, title);
  for (std::size_t k = 0; k < series.size(); ++k)  // the legend
    svg += fmt::format(
        "<rect x=\"{0}\" y=\"26\" width=\"12\" height=\"12\" fill=\"{1}\"/><text x=\"{2}\" y=\"37\">{3}</text>\n",
        left + static_cast<int>(k) * 100, palette[k % std::size(palette)], left + static_cast<int>(k) * 100 + 16,
        html_escape(series[k]));
  const int base_y = top + plot_h;
  svg += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#333\"/>\n", left - 4, base_y, width - 10);
  svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", left - 8, top + 4, max_total);
  svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">0</text>\n", left - 8, base_y + 4);
  for (std::size_t x = 0; x < labels.size(); ++x) {
    const int bx = left + static_cast<int>(x) * (bar_w + gap);
    double y = base_y;
    long total = 0;
    for (std::size_t k = 0; k < series.size() && k < values[x].size(); ++k) {
      const long v = values[x][k];
      total += v;
      if (v == 0) continue;
      const double h = static_cast<double>(v) * plot_h / static_cast<double>(max_total);
      y -= h;
      svg += fmt::format(
          "<rect x=\"{}\" y=\"{:.1f}\" width=\"{}\" height=\"{:.1f}\" fill=\"{}\"><title>{}: {} {}</title></rect>\n", bx, y,
          bar_w, h, palette[k % std::size(palette)], html_escape(labels[x]), v, html_escape(series[k]));
    }
    svg += fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>\n", bx + bar_w / 2, y - 4, total);
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", bx + bar_w / 2, base_y + 16,
                       html_escape(labels[x]));
  }
  return svg + "</svg>";
}

std::string timeline(std::string_view title, Date from, Date to, const std::vector<Mark>& marks) {
  const int left = 20, right = 20, width = 1000, lanes = 6, lane_h = 18;
  const int axis_y = 50, height = axis_y + 30 + lanes * lane_h + 10;
  const long span = std::max(1L, from.days_until(to));
  auto x_of = [&](Date d) {
    return left + static_cast<double>(std::clamp(from.days_until(d), 0L, span)) * (width - left - right) / span;
  };
  std::string svg = open_svg(width, height, title);
  svg += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#333\"/>\n", left, axis_y, width - right);
  for (Date d = from; d <= to; d = d.plus_days(7))  // a tick each week, labelled with its date
    svg += fmt::format(
        "<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#999\"/>"
        "<text x=\"{0:.1f}\" y=\"{3}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#555\">{4}</text>\n",
        x_of(d), axis_y - 4, axis_y + 4, axis_y - 8, d.str().substr(5));
  // Labels go to the first lane free at their x, so neighbours stack instead of overlapping.
  std::vector<double> lane_end(lanes, -1e9);
  for (const Mark& m : marks) {
    const double x = x_of(m.date);
    const double label_w = 7.0 * static_cast<double>(m.label.size());
    // Labels near the right edge run leftwards from their marker, so they stay inside.
    const bool leftwards = x + label_w > width - right;
    const double start = leftwards ? x - 3 - label_w : x;
    int lane = 0;
    while (lane < lanes - 1 && lane_end[lane] > start) ++lane;
    lane_end[lane] = start + label_w + 8;
    const int y = axis_y + 24 + lane * lane_h;
    svg += fmt::format(
        "<g><title>{0} {1} ({2})</title><circle cx=\"{3:.1f}\" cy=\"{4}\" r=\"5\" fill=\"{5}\"/>"
        "<line x1=\"{3:.1f}\" y1=\"{4}\" x2=\"{3:.1f}\" y2=\"{6}\" stroke=\"{5}\" stroke-dasharray=\"2,2\"/>"
        "<text x=\"{7:.1f}\" y=\"{8}\" fill=\"{5}\" text-anchor=\"{9}\">{1}</text></g>\n",
        human_date(m.date), html_escape(m.label), html_escape(tr(status_name(m.status))), x, axis_y, status_colour(m.status), y - 4,
        leftwards ? x - 3 : x + 3, y, leftwards ? "end" : "start");
  }
  return svg + "</svg>";
}

}  // namespace mbov::report
