#include <doctest/doctest.h>

#include <mbov/app/checks.hpp>

using namespace mbov;
using namespace mbov::app;

TEST_CASE("prometheus: the status of the area and of every area of mbov check, findings counted per rule") {
  CheckReport r{"contract", {}, {}};
  CHECK(prometheus(r).find("mbov_check_status{area=\"contract\"} 0\n") != std::string::npos);
  r.add(Severity::warning, "R-CON-3", "contract 1", std::nullopt, "review");
  r.add(Severity::warning, "R-CON-3", "contract 2", std::nullopt, "review");
  r.add(Severity::critical, "R-CON-5", "contract 2", std::nullopt, "no \"certificate\"");
  const std::string text = prometheus(r);
  CHECK(text.starts_with("# HELP mbov_check_status "));
  CHECK(text.find("# TYPE mbov_check_status gauge\nmbov_check_status{area=\"contract\"} 2\n") != std::string::npos);
  // Every registered rule of the area at both severities, counted; 0 where nothing was found.
  CHECK(text.find("# TYPE mbov_findings gauge\n"
                  "mbov_findings{area=\"contract\",rule=\"R-CON-2\",severity=\"warning\"} 0\n"
                  "mbov_findings{area=\"contract\",rule=\"R-CON-2\",severity=\"critical\"} 0\n"
                  "mbov_findings{area=\"contract\",rule=\"R-CON-3\",severity=\"warning\"} 2\n"
                  "mbov_findings{area=\"contract\",rule=\"R-CON-3\",severity=\"critical\"} 0\n") != std::string::npos);
  CHECK(text.find("mbov_findings{area=\"contract\",rule=\"R-CON-5\",severity=\"critical\"} 1\n") != std::string::npos);
  CHECK(text.find("area=\"member\"") == std::string::npos);
  // A rule no check registers (none should) is still counted, after the registered ones.
  r.add(Severity::warning, "R-CON-99", "contract 3", std::nullopt, "new");
  CHECK(prometheus(r).ends_with("mbov_findings{area=\"contract\",rule=\"R-CON-99\",severity=\"warning\"} 1\n"));
  // mbov check: one status per area it ran, the findings keep their area.
  CheckReport all{"all", r.findings, {}, {"member", "contract"}};
  const std::string whole = prometheus(all);
  CHECK(whole.find("mbov_check_status{area=\"all\"} 2\n") != std::string::npos);
  CHECK(whole.find("mbov_check_status{area=\"contract\"} 2\n") != std::string::npos);
  CHECK(whole.find("mbov_check_status{area=\"member\"} 0\n") != std::string::npos);
  CHECK(whole.find("mbov_findings{area=\"member\",rule=\"R-MEM-3\",severity=\"critical\"} 0\n") != std::string::npos);
  CHECK(prometheus_unknown("vote").ends_with("# TYPE mbov_check_status gauge\nmbov_check_status{area=\"vote\"} 3\n"));
  // mbov check that could not run: every area UNKNOWN, and no findings (none were counted).
  const std::string unknown = prometheus_unknown("all");
  CHECK(unknown.find("mbov_check_status{area=\"all\"} 3\n") != std::string::npos);
  CHECK(unknown.find("mbov_check_status{area=\"gov\"} 3\n") != std::string::npos);
  CHECK(unknown.find("mbov_findings") == std::string::npos);
}
