# cmake -DPOLICY=data/policy.toml -DTEMPLATE=lib/core/default_policy.cpp.in -DOUT=... -P embed_policy.cmake
# Writes the built-in policy source at build time, so editing data/policy.toml rebuilds it.
file(READ "${POLICY}" MBOV_DEFAULT_POLICY)
configure_file("${TEMPLATE}" "${OUT}" @ONLY)
