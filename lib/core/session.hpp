#pragma once
// One command's view of mbov: the database inside one transaction, the policy, the clock and
// the actor. Every function of lib/ that reads or writes takes a Session.
#include <memory>
#include <string>

#include <mbov/core/dates.hpp>
#include <mbov/core/policy.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

// What the command line fixed for this run (global options, resolved).
struct Invocation {
  std::string db_path;
  Policy policy;
  Date today;
  Timestamp now;
  std::string actor;
  std::string command;   // e.g. "member contact add", written to the audit log
  int busy_timeout_ms = 5000;
};

class Session {
 public:
  // inspect: a read that also opens an older schema (db check, before 'mbov init' upgrades it).
  enum class Access { read, write, inspect };

  // Opens an existing mbov database and begins the command's transaction: BEGIN for reads (one
  // consistent snapshot), BEGIN IMMEDIATE for writes (the write lock up front, so a busy database
  // fails before anything is done). Missing file -> Exit::noinput with the hint 'mbov init'.
  Session(const Invocation& how, Access access);
  ~Session();  // rolls back unless commit() was called
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  void commit();

  // From now on, every statement this session runs is recorded as it ran, its parameters
  // inlined as SQL literals, each ending in ";\n": a script sqlite3 runs as it is (--sql).
  void trace_sql();
  const std::string& traced_sql() const;

  // The connection, for lib/ only (core/sql.hpp): no SQLite type reaches a public header.
  struct Connection;
  Connection& connection() const { return *connection_; }

  // The policy as the session opened: its own copy, shared by nothing the caller can free (an
  // Invocation that was a temporary is gone by the first statement).
 private:
  std::shared_ptr<const Policy> policy_;

 public:
  const Policy& policy;
  const Date today;
  const Timestamp now;
  const std::string actor;
  const std::string command;

 private:
  std::unique_ptr<Connection> connection_;
  bool open_ = true;
};

}  // namespace mbov

MBOV_PUBLIC_END
