#pragma once
// libmbov is built with -fvisibility=hidden: only the declarations between MBOV_PUBLIC_BEGIN and
// MBOV_PUBLIC_END (the public headers installed under include/mbov/) are exported. Internal
// headers (core/sql.hpp, */store.hpp, ...) stay hidden, so their symbols are no ABI promise.
#define MBOV_PUBLIC_BEGIN _Pragma("GCC visibility push(default)")
#define MBOV_PUBLIC_END _Pragma("GCC visibility pop")
