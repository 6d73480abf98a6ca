// Tests for lib/report/svg.cpp: the html reports' charts. Positions are checked against the
// geometry worked out by hand (a plot 220 high whose top is the largest total; a time axis of 960
// from x 20), and on random bars against a second computation of each segment from the values.
#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <regex>

#include "report/svg.hpp"
#include "seed.hpp"

using namespace mbov;

namespace {

std::size_t svg_count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// The segments of a bar chart: x, y, height of each <rect> that has a <title> (the legend's have none).
struct SvgSegment {
  int x;
  double y, height;
};
std::vector<SvgSegment> svg_segments(const std::string& svg) {
  static const std::regex rect(R"re(<rect x="(\d+)" y="([\d.]+)" width="44" height="([\d.]+)" fill="[^"]+"><title>)re");
  std::vector<SvgSegment> out;
  for (std::sregex_iterator it(svg.begin(), svg.end(), rect), end; it != end; ++it)
    out.push_back({std::stoi((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3])});
  return out;
}

}  // namespace

TEST_CASE("svg stacked bars: segments scaled to the largest total, zeros left out, totals above the bars") {
  const std::string svg =
      report::stacked_bars("Incidents & changes", {"R&D", "W2"}, {"open", "closed"}, {{2, 0}, {1, 3}});
  // 40 + 2 bars of 44 with a gap of 16 + 20 wide; 56 + 220 + 50 high.
  CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"180\" height=\"326\" "
                        "viewBox=\"0 0 180 326\""));
  CHECK(svg.ends_with("</svg>"));
  CHECK(svg_count(svg, "<title>Incidents &amp; changes</title>") == 1);
  CHECK(svg_count(svg, "R&D") == 0);  // escaped everywhere
  // The largest total is 4: 2 is 110 high from the base line at 276, 1 is 55, 3 is 165.
  const std::vector<SvgSegment> s = svg_segments(svg);
  REQUIRE(s.size() == 3);  // R&D's "closed" is 0 and draws nothing
  CHECK(s[0].x == 40);
  CHECK(s[0].y == 166.0);
  CHECK(s[0].height == 110.0);
  CHECK(s[1].x == 100);
  CHECK(s[1].y == 221.0);
  CHECK(s[1].height == 55.0);
  CHECK(s[2].x == 100);
  CHECK(s[2].y == 56.0);
  CHECK(s[2].height == 165.0);
  CHECK(svg_count(svg, "<title>R&amp;D: 2 open</title>") == 1);
  CHECK(svg_count(svg, "<title>W2: 3 closed</title>") == 1);
  // Totals above each bar, the scale's top and zero at the axis.
  CHECK(svg_count(svg, "<text x=\"62\" y=\"162.0\" text-anchor=\"middle\">2</text>") == 1);
  CHECK(svg_count(svg, "<text x=\"122\" y=\"52.0\" text-anchor=\"middle\">4</text>") == 1);
  CHECK(svg_count(svg, "<text x=\"32\" y=\"60\" text-anchor=\"end\">4</text>") == 1);
  // The legend: one swatch and name per series, in the palette's order.
  CHECK(svg_count(svg, "<rect x=\"40\" y=\"26\" width=\"12\" height=\"12\" fill=\"#0072B2\"/><text x=\"56\" y=\"37\">open</text>") == 1);
  CHECK(svg_count(svg, "<rect x=\"140\" y=\"26\" width=\"12\" height=\"12\" fill=\"#E69F00\"/><text x=\"156\" y=\"37\">closed</text>") == 1);
}

TEST_CASE("svg stacked bars: all zero draws no segment and a scale of 1, and no bars is an empty plot") {
  const std::string zeros = report::stacked_bars("t", {"a"}, {"s"}, {{0}});
  CHECK(svg_segments(zeros).empty());
  CHECK(svg_count(zeros, "text-anchor=\"end\">1</text>") == 1);
  CHECK(svg_count(zeros, "text-anchor=\"middle\">0</text>") == 1);
  const std::string empty = report::stacked_bars("t", {}, {"s"}, {});
  CHECK(svg_count(empty, "width=\"60\" height=\"326\"") == 1);
  CHECK(svg_segments(empty).empty());
}

TEST_CASE("svg stacked bars, property: every segment is its value's share of 220, stacked from the base line") {
  const std::uint64_t seed = test::seed(20261205);
  INFO("seed ", seed);
  std::mt19937_64 rng(seed);
  for (int round = 0; round < 200; ++round) {
    const std::size_t bars = rng() % 6, series = 1 + rng() % 4;
    std::vector<std::string> labels, names;
    std::vector<std::vector<long>> values(bars);
    for (std::size_t x = 0; x < bars; ++x) labels.push_back("b" + std::to_string(x));
    for (std::size_t k = 0; k < series; ++k) names.push_back("s" + std::to_string(k));
    long max_total = 1;
    for (auto& bar : values) {
      long total = 0;
      for (std::size_t k = 0; k < series; ++k) bar.push_back(rng() % 3 == 0 ? 0 : static_cast<long>(rng() % 1000));
      for (long v : bar) total += v;
      max_total = std::max(max_total, total);
    }
    const std::vector<SvgSegment> got = svg_segments(report::stacked_bars("p", labels, names, values));
    std::size_t i = 0;
    for (std::size_t x = 0; x < bars; ++x) {
      double top = 276;
      for (long v : values[x]) {
        if (v == 0) continue;
        REQUIRE(i < got.size());
        const double h = static_cast<double>(v) * 220 / static_cast<double>(max_total);
        top -= h;
        CHECK(got[i].x == 40 + static_cast<int>(x) * 60);
        CHECK(std::abs(got[i].height - h) <= 0.0501);  // printed to one decimal
        CHECK(std::abs(got[i].y - top) <= 0.0501);
        ++i;
      }
    }
    CHECK(i == got.size());
  }
}

TEST_CASE("svg timeline: dates placed on a 960 wide axis, clamped to it, a tick a week, labels in lanes") {
  const Date from = Date::from_ymd(2026, 3, 2), to = Date::from_ymd(2026, 3, 30);  // 28 days
  const std::string svg = report::timeline("Due <soon>", from, to,
                                           {{from, "a", report::DeadlineStatus::overdue},
                                            {Date::from_ymd(2026, 3, 16), "mid & more", report::DeadlineStatus::soon},
                                            {Date::from_ymd(2026, 3, 16), "same day", report::DeadlineStatus::later},
                                            {Date::from_ymd(2026, 2, 1), "early", report::DeadlineStatus::overdue},
                                            {Date::from_ymd(2026, 5, 1), "late", report::DeadlineStatus::later}});
  CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"1000\" height=\"198\""));
  CHECK(svg_count(svg, "<title>Due &lt;soon&gt;</title>") == 1);
  // A tick each week from `from` to `to`, labelled MM-DD.
  CHECK(svg_count(svg, "stroke=\"#999\"/>") == 5);
  for (const char* label : {">03-02<", ">03-09<", ">03-16<", ">03-23<", ">03-30<"}) CHECK(svg_count(svg, label) == 1);
  // x = 20 + days * 960 / 28: the 16th (14 days) at 500.0; before `from` at 20.0, after `to` at 980.0.
  CHECK(svg_count(svg, "<circle cx=\"20.0\" cy=\"50\" r=\"5\" fill=\"#D55E00\"/>") == 2);  // `from` and the clamped early one
  CHECK(svg_count(svg, "<circle cx=\"500.0\" cy=\"50\" r=\"5\" fill=\"#E69F00\"/>") == 1);
  CHECK(svg_count(svg, "<circle cx=\"500.0\" cy=\"50\" r=\"5\" fill=\"#0072B2\"/>") == 1);
  CHECK(svg_count(svg, "<circle cx=\"980.0\" cy=\"50\" r=\"5\" fill=\"#0072B2\"/>") == 1);
  // Labels: the first at 74 (lane 0), the one at the same x a lane lower (92); past the right
  // edge a label runs leftwards from its marker.
  CHECK(svg_count(svg, "<text x=\"503.0\" y=\"74\" fill=\"#E69F00\" text-anchor=\"start\">mid &amp; more</text>") == 1);
  CHECK(svg_count(svg, "<text x=\"503.0\" y=\"92\" fill=\"#0072B2\" text-anchor=\"start\">same day</text>") == 1);
  CHECK(svg_count(svg, "<text x=\"977.0\" y=\"74\" fill=\"#0072B2\" text-anchor=\"end\">late</text>") == 1);
  CHECK(svg_count(svg, "<g><title>") == 5);
}
