// mbov contract product|supplier|cert: what contracts are about and with whom.
#include <mbov/core/i18n.hpp>
#include <mbov/contract/catalog.hpp>
#include "contract/parts.hpp"
#include "options.hpp"

namespace mbov::cli {

namespace {

template <typename T>
std::vector<Object> objects(const std::vector<T>& rows) {
  std::vector<Object> out;
  for (const T& row : rows) out.push_back(contract::to_object(row));
  return out;
}

}  // namespace

void register_contract_products(CLI::App* group, Context& ctx) {
  auto* product = group->add_subcommand("product", tr("the products procured for the members (CAMBO, VVA, ...)"));
  product->require_subcommand(1);

  struct AddOptions {
    std::string code, name;
  };
  auto o = std::make_shared<AddOptions>();
  auto* add = product->add_subcommand("add", tr("add a product; prints its code"));
  add->add_option("CODE", o->code, tr("the product's code, e.g. CAMBO"))->required();
  add->add_option("--name", o->name, tr("the product's name"))->required();
  add->callback([&ctx, o] {
    Session s = ctx.write();
    contract::add_product(s, o->code, o->name);
    s.commit();
    ctx.print_id(o->code);
  });

  product->add_subcommand("list", tr("every product, with its number of contracts"))->callback([&ctx] {
    Session s = ctx.read();
    ctx.print_list({"code", "name", "contracts"}, objects(contract::products(s)));
  });
}

void register_contract_suppliers(CLI::App* group, Context& ctx) {
  auto* supplier = group->add_subcommand("supplier", tr("the suppliers of the products"));
  supplier->require_subcommand(1);

  auto name = std::make_shared<std::string>();
  auto* add = supplier->add_subcommand("add", tr("add a supplier; prints its id"));
  add->add_option("NAME", *name, tr("the supplier's name (unique)"))->required();
  add->callback([&ctx, name] {
    Session s = ctx.write();
    std::int64_t id = contract::add_supplier(s, *name);
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  supplier->add_subcommand("list", tr("every supplier, its certificates and how long it is certified (R-CON-5)"))
      ->callback([&ctx] {
        Session s = ctx.read();
        ctx.print_list({"id", "name", "certificates_count", "certified_until", "contracts"}, objects(contract::suppliers(s)));
      });
}

void register_contract_certificates(CLI::App* group, Context& ctx) {
  auto* cert = group->add_subcommand("cert", tr("a supplier's security certificates (R-CON-5)"));
  cert->require_subcommand(1);

  struct AddOptions {
    std::string supplier, standard, valid_until;
    std::optional<std::string> valid_from, evidence, equivalence;
  };
  auto o = std::make_shared<AddOptions>();
  auto* add = cert->add_subcommand("add", tr("add a certificate to a supplier; prints its id"));
  add->add_option("SUPPLIER", o->supplier, tr("the supplier's id or name"))->required();
  add->add_option("--standard", o->standard,
                  tr("a standard of policy contract.certifications (ISO27001, ISAE3000, ISAE3402), or OTHER"))
      ->required();
  add->add_option("--valid-until", o->valid_until, tr("its last valid day, YYYY-MM-DD"))->required();
  add->add_option("--valid-from", o->valid_from, tr("its first valid day, YYYY-MM-DD (default: valid already)"));
  add->add_option("--evidence", o->evidence, tr("where the certificate is kept (document reference, URL)"));
  add->add_option("--equivalence", o->equivalence, tr("OTHER only, required: why it is equivalent"));
  add->callback([&ctx, o] {
    contract::Certificate c{.standard = o->standard,
                            .valid_from = optional_date(o->valid_from, "--valid-from"),
                            .valid_until = Date::parse(o->valid_until, "--valid-until"),
                            .evidence = o->evidence,
                            .equivalence = o->equivalence};
    Session s = ctx.write();
    std::int64_t id = contract::add_certificate(s, o->supplier, std::move(c));
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  auto supplier = std::make_shared<std::optional<std::string>>();
  auto* list = cert->add_subcommand("list", tr("the certificates, of one supplier or all; 'valid' as of --today"));
  list->add_option("SUPPLIER", *supplier, tr("only this supplier's (id or name)"));
  list->callback([&ctx, supplier] {
    Session s = ctx.read();
    ctx.print_list({"id", "supplier", "standard", "valid_from", "valid_until", "valid", "evidence"},
                   objects(contract::certificates(s, *supplier)));
  });
}

}  // namespace mbov::cli
