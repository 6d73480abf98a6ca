// The budget area's records as output objects (the output edge).
#include <mbov/budget/budget.hpp>
#include <mbov/core/output.hpp>

namespace mbov::budget {
namespace {

Object realisation_fields(Object o, const Realisation& r, Format f) {
  return o.add("budgeted", money(r.budgeted, f))
      .add("spent", money(r.spent, f))
      .add("left", money(r.left(), f))
      .add("percent", r.percent());
}

}  // namespace

Object to_object(const Plan& p) {
  Array goals;
  for (const std::string& g : p.goals) goals.emplace_back(g);
  return Object()
      .add("year", p.year)
      .add("goals", std::move(goals))
      .add("approved", p.motion.has_value())
      .add("motion", p.motion)
      .add("approved_on", date_value(p.approved_on));
}

Object to_object(const Line& l, Format f) {
  Object o;
  o.add("id", l.id)
      .add("year", l.year)
      .add("description", l.description)
      .add("kind", kind_name(l.kind))
      .add("product", l.product)
      .add("acquisition", l.acquisition ? money(*l.acquisition, f) : Value())
      .add("life_years", l.life_years);
  return realisation_fields(std::move(o), l.money, f);
}

Object to_object(const Spending& sp, Format f) {
  return Object()
      .add("id", sp.id)
      .add("line", sp.line)
      .add("date", sp.date)
      .add("amount", money(sp.amount, f))
      .add("supplier", sp.supplier)
      .add("reference", sp.reference);
}

Object to_object(const Report& r, Format f) {
  Object o = to_object(r.plan);
  o = realisation_fields(std::move(o), r.total, f);
  Array kinds;
  for (const auto& [kind, sum] : {std::pair{Kind::investment, r.investment}, std::pair{Kind::running, r.running}})
    kinds.emplace_back(realisation_fields(Object().add("kind", kind_name(kind)), sum, f));
  Array lines;
  for (const Line& l : r.lines) lines.emplace_back(to_object(l, f));
  return o.add("kinds", std::move(kinds)).add("lines", std::move(lines));
}

Object to_object(const Fee& fee, Format f) {
  return Object()
      .add("product", fee.product)
      .add("from_year", fee.from_year)
      .add("one_off", money(fee.one_off, f))
      .add("yearly", money(fee.yearly, f));
}

Object to_object(const Charge& c, Format f) {
  return Object()
      .add("member", c.member)
      .add("product", c.product)
      .add("days", static_cast<std::int64_t>(c.days))
      .add("one_off", money(c.one_off, f))
      .add("yearly", money(c.yearly, f))
      .add("total", money(c.total(), f));
}

}  // namespace mbov::budget
