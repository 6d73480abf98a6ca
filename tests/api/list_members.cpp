// Opens an mbov database read-only and prints its members, one code and name a line:
//   list_members DATABASE TODAY
#include <mbov/core/database.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/session.hpp>
#include <mbov/member/member.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: list_members DATABASE TODAY\n";
    return 64;
  }
  try {
    const mbov::Date today = mbov::Date::parse(argv[2], "TODAY");
    const mbov::Invocation how{.db_path = argv[1],
                               .policy = mbov::Policy::defaults(),
                               .today = today,
                               .now = mbov::Timestamp::local_noon(today),
                               .actor = "list_members",
                               .command = "list_members"};
    mbov::Session s(how, mbov::Session::Access::read);
    for (const mbov::member::Member& m : mbov::member::list(s, {.all = true}))
      std::cout << m.code << ' ' << m.name << '\n';
    return 0;
  } catch (const mbov::Error& e) {
    std::cerr << "list_members: " << e.what() << '\n';
    return static_cast<int>(e.code());
  }
}
